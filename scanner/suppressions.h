/*
 * suppressions.h - the suppressions of `scan` set up before the scan runs
 * (docs/SUPPRESSIONS.md): --allow files, the .breachscan-allow at the root of
 * each directory target, the --baseline report.  Any of them that cannot be
 * read or parsed stops the command before the scan (exit 2).
 */
#ifndef BS_SCANNER_SUPPRESSIONS_H
#define BS_SCANNER_SUPPRESSIONS_H

#include "core/config.h"
#include "core/status.h"
#include "report/model.h"

/* The name of the allow file read at a directory target's root. */
#define BS_ALLOW_AUTO_NAME ".breachscan-allow"

/* Loads them into r (not finished yet).  BS_FAILED + err ("FILE:LINE: why"). */
bs_status bs_suppressions_setup(const bs_config *cfg, char *const *targets, int ntargets,
                                bs_report *r, bs_error *err);

#endif
