/*
 * size_gates.h - which strings YARA need not verify in an object of a given
 * size: those of the rules that cannot match an object that large
 * (matchers/rule_bounds.h), as indices into the compiled rules' strings.
 *
 * The YARA matcher marks them in its scanner before each scan and unmarks
 * them after (matchers/yara_match.c).  Built once at load, read-only after.
 */
#ifndef BS_SIZE_GATES_H
#define BS_SIZE_GATES_H

#include <stddef.h>
#include <stdint.h>

#include "matchers/rule_bounds.h"

struct YR_RULES;
typedef struct bs_size_gates bs_size_gates;

/*
 * The gates of the compiled rules, from the bounds of their sources (matched
 * by namespace and identifier).  NULL when no rule is bounded, or on ENOMEM
 * (then nothing is skipped: the same findings, only slower).
 */
bs_size_gates *bs_size_gates_build(const bs_rule_bounds *bounds, struct YR_RULES *rules);
void bs_size_gates_free(bs_size_gates *g);

/* The strings of every rule that cannot match `size` bytes: *n indices (g may be NULL). */
const uint32_t *bs_size_gates_for(const bs_size_gates *g, uint64_t size, size_t *n);

#endif
