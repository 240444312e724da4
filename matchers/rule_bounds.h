/*
 * rule_bounds.h - the largest object a YARA rule can match, read from its
 * source: a rule whose condition is a conjunction with `filesize < N` (or
 * `<= N`, `N > filesize`) at its top level cannot match anything larger.
 *
 * YARA verifies every string whose atom occurs, whatever the condition; on a
 * 40 MB log, most of that work is for rules bounded to a few MB that cannot
 * match it.  The YARA matcher uses these bounds to skip verifying such
 * rules' strings (matchers/yara_match.c): the same findings, less work.
 *
 * The reader is deliberately narrow: anything it does not recognise (an `or`
 * at the top level, `not`, arithmetic, a bound inside a `for`) gives no
 * bound, which is always safe.
 */
#ifndef BS_RULE_BOUNDS_H
#define BS_RULE_BOUNDS_H

#include <stddef.h>
#include <stdint.h>

typedef struct bs_rule_bound {
    char *rule;        /* the rule's identifier */
    char *namespace_;  /* left NULL by the reader; set (malloc'd) by who knows it */
    uint64_t max_size; /* the largest object (filesize) it can match */
} bs_rule_bound;

typedef struct bs_rule_bounds {
    bs_rule_bound *items;
    size_t count, cap;
} bs_rule_bounds;

/*
 * Appends the bounded rules of one source file to *out.  A source that does
 * not read as expected stops the reading there (what was read stays: each
 * bound is only ever taken from one whole rule).  -1 on ENOMEM, else 0.
 */
int bs_rule_bounds_read(const char *src, size_t len, bs_rule_bounds *out);
void bs_rule_bounds_release(bs_rule_bounds *b);

#endif
