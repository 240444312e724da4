/*
 * finding_limit.h - --max-findings-per-rule and --max-findings: how many
 * findings of one rule, and how many in all, the report keeps in full, so
 * that evidence planted with a million copies of a shell (or of a file made
 * to match many rules) cannot make the report outgrow memory
 * (docs/RELIABILITY.md).
 *
 * Which findings are kept does not depend on the order they arrive in (the
 * thread count): per rule, the most severe, then the first in the report's
 * own order (bs_report_cmp_finding); of those, in all, the same way.  The
 * others are counted, and the first of them named, for one skipped[] entry
 * per rule ("findings-limit").
 *
 * The limit keeps its own record of where each kept finding sits in the
 * report's array, so it must end (bs_finding_limit_end) before anything else
 * reorders or removes findings.  Not thread-safe: the report's lock covers it.
 */
#ifndef BS_REPORT_FINDING_LIMIT_H
#define BS_REPORT_FINDING_LIMIT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/finding.h"

typedef struct bs_finding_limit bs_finding_limit;

/* Either may be 0 (no limit of that kind).  NULL on ENOMEM. */
bs_finding_limit *bs_finding_limit_new(int per_rule, int total);
void bs_finding_limit_free(bs_finding_limit *l);

/*
 * A new finding f for findings[0..n): returns what the caller must free (f
 * itself when it is held back, a kept finding it displaces, or NULL), and
 * sets *append when f is to be stored at findings[n] (the caller grows the
 * array first).  A displaced finding's slot receives f.  Findings of a log
 * read in windows are always kept (they are merged later, and few).  On
 * ENOMEM f is kept unlimited.
 */
bs_finding *bs_finding_limit_add(bs_finding_limit *l, bs_finding **findings, int n, bs_finding *f,
                                 bool *append);

/* What the limit held back, per rule, in the order of the rules' first findings. */
typedef struct bs_finding_limit_drop {
    const char *source, *namespace_, *rule; /* namespace_ may be NULL */
    uint64_t dropped;
    int kept;
    int per_rule, total; /* the limits (0: none) */
    bool by_rule;        /* the rule had more than per_rule */
    bool by_total;       /* some of its per_rule best were held back by the total */
    int target;           /* of the first finding held back (report order) */
    const char *location; /* ... and its location (may be NULL) */
} bs_finding_limit_drop;

/* Calls fn for each rule with findings held back; the strings live until free. */
void bs_finding_limit_each_drop(const bs_finding_limit *l,
                                void (*fn)(void *arg, const bs_finding_limit_drop *d), void *arg);

#endif
