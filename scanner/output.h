/*
 * output.h - writing a report document in a given format to stdout or,
 * atomically (temp file in the same directory + fsync + rename), to a file.
 */
#ifndef BS_OUTPUT_H
#define BS_OUTPUT_H

#include "core/status.h"

struct cJSON;

/* path NULL or "-" = stdout.  Unknown format: BS_FATAL. */
bs_status bs_output_write(const struct cJSON *doc, const char *format, const char *path,
                          bs_error *err);

/*
 * Checks, before a scan starts, that the report can be written to path and
 * will not touch the evidence: its directory exists and is writable, and it
 * is none of the targets nor inside a target directory (an existing device or
 * FIFO is fine: it is written in place).  NULL or "-" (stdout) is always fine.
 * BS_FATAL with a message naming the path and the target otherwise.
 */
bs_status bs_output_check(const char *path, char *const *targets, int ntargets, bs_error *err);

#endif
