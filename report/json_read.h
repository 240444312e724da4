/*
 * json_read.h - a saved breachscan-report/1 document (JSON, or JSONL as the
 * jsonl writer writes it) read back into the report model, so `report
 * convert` and `merge` reuse the model's sorting, numbering, timeline and
 * summary instead of re-implementing them (docs/REPORT.md, "Reading reports").
 *
 * Strict: a document that is not UTF-8, not JSON, of another schema, or with
 * a field of the wrong type is refused with an error naming the field
 * ("r.json: findings[2].object.size: expected a number").
 */
#ifndef BS_JSON_READ_H
#define BS_JSON_READ_H

#include <stddef.h>

#include "core/status.h"
#include "report/model.h"

/* Largest report accepted, bytes. */
#define BS_REPORT_READ_MAX (1ULL << 30)

/*
 * Adds the report in text[0..len) (named `name` in messages) to r: its
 * targets after r's, its findings, timeline events, errors and skipped
 * entries, its header when r has none yet.  r is not finished (call
 * bs_report_finish once every report is in).  BS_FAILED + err on bad input;
 * r may then hold part of the document and should be discarded.
 */
bs_status bs_report_read(bs_report *r, const char *text, size_t len, const char *name,
                         bs_error *err);

#endif
