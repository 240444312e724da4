/*
 * scan.h - one scan: rules and IOCs loaded once, one producer per target
 * feeding a bounded queue, -j workers each owning their matcher state, and
 * the report they all fill.
 */
#ifndef BS_SCAN_H
#define BS_SCAN_H

#include "report/model.h"
#include "core/config.h"
#include "matchers/rules.h"
#include "core/status.h"

typedef struct bs_scan bs_scan;

/* Loads rules and IOCs (BS_FATAL + err on a rule/IOC problem). */
bs_status bs_scan_new(const bs_config *cfg, bs_rules_diag_fn diag, void *diag_arg, bs_scan **out,
                      bs_error *err);
/*
 * Scans the targets.  Returns BS_OK, or BS_FAILED when a target could not
 * be read at all (it is in errors[]; the other targets are still scanned).
 */
bs_status bs_scan_run(bs_scan *scan, char *const *targets, int count);
/*
 * Called by the worker that recorded them, for each finding of an object as
 * it goes into the report (hashes complete, not yet sorted or numbered):
 * the jsonl stream (scanner/stream.c).  Concurrent calls from several
 * workers: fn locks.  Set before bs_scan_run.
 */
typedef void (*bs_scan_found_fn)(void *arg, const bs_finding *f);
void bs_scan_on_found(bs_scan *scan, bs_scan_found_fn fn, void *arg);
/* The report (owned by the scan, finished by bs_scan_run). */
bs_report *bs_scan_report(bs_scan *scan);
void bs_scan_free(bs_scan *scan);

#endif
