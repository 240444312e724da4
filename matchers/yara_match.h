/*
 * yara_match.h - the YARA matcher: one YR_SCANNER per worker thread, turning
 * rule matches into findings (meta -> severity/family/description/...).
 */
#ifndef BS_YARA_MATCH_H
#define BS_YARA_MATCH_H

#include "report/model.h"
#include "matchers/externals.h"
#include "matchers/rules.h"

typedef struct bs_yara_worker bs_yara_worker;

bs_yara_worker *bs_yara_worker_new(const bs_rules *rules, int timeout_s, bs_error *err);
void bs_yara_worker_free(bs_yara_worker *w);

/*
 * Scans obj's content with ext as the external variables; appends one finding
 * per matching rule to out.  A timeout or scan error returns BS_FAILED with
 * err set (findings collected before it are kept).
 */
bs_status bs_yara_scan(bs_yara_worker *w, const bs_object *obj, const bs_externals *ext,
                       bs_finding_list *out, bs_error *err);

#endif
