/*
 * size_gates.c - strings to leave unverified by object size (see size_gates.h).
 *
 * One entry per string of a bounded rule, sorted by the rule's largest size:
 * the strings of the rules that cannot match `size` bytes are then a prefix,
 * found by binary search.
 */
#include "matchers/size_gates.h"

#include <stdlib.h>
#include <string.h>
#include <yara.h>

#include "core/vec.h"

typedef struct gated {
    uint64_t max_size;
    uint32_t string_idx;
} gated;

struct bs_size_gates {
    uint64_t *max_size; /* ascending */
    uint32_t *strings;  /* in the same order */
    size_t count;
};

static int cmp_bound(const void *a, const void *b)
{
    const bs_rule_bound *x = a, *y = b;
    int c = strcmp(x->namespace_ ? x->namespace_ : "", y->namespace_ ? y->namespace_ : "");

    return c ? c : strcmp(x->rule, y->rule);
}

static int cmp_gated(const void *a, const void *b)
{
    const gated *x = a, *y = b;

    if (x->max_size != y->max_size)
        return x->max_size < y->max_size ? -1 : 1;
    return x->string_idx < y->string_idx ? -1 : x->string_idx > y->string_idx;
}

bs_size_gates *bs_size_gates_build(const bs_rule_bounds *bounds, YR_RULES *rules)
{
    bs_rule_bound *sorted;
    gated *all = NULL;
    size_t n = 0, cap = 0;
    bs_size_gates *g = NULL;
    YR_RULE *rule;
    bool failed = false;

    if (!bounds->count || !(sorted = malloc(bounds->count * sizeof(*sorted))))
        return NULL;
    memcpy(sorted, bounds->items, bounds->count * sizeof(*sorted));
    qsort(sorted, bounds->count, sizeof(*sorted), cmp_bound);
    yr_rules_foreach(rules, rule)
    {
        bs_rule_bound key = {.rule = (char *)rule->identifier,
                             .namespace_ = (char *)rule->ns->name};
        const bs_rule_bound *b = bsearch(&key, sorted, bounds->count, sizeof(*sorted), cmp_bound);
        YR_STRING *string;

        if (!b || failed)
            continue;
        yr_rule_strings_foreach(rule, string)
        {
            if (bs_grow(&all, &cap, n, sizeof(*all), 0) != BS_GROW_OK) {
                failed = true;
                break;
            }
            all[n++] = (gated){b->max_size, string->idx};
        }
    }
    free(sorted);
    if (!failed && n && (g = calloc(1, sizeof(*g))) &&
        (g->max_size = malloc(n * sizeof(*g->max_size))) &&
        (g->strings = malloc(n * sizeof(*g->strings)))) {
        qsort(all, n, sizeof(*all), cmp_gated);
        for (size_t i = 0; i < n; i++) {
            g->max_size[i] = all[i].max_size;
            g->strings[i] = all[i].string_idx;
        }
        g->count = n;
    } else if (g) {
        bs_size_gates_free(g);
        g = NULL;
    }
    free(all);
    return g;
}

void bs_size_gates_free(bs_size_gates *g)
{
    if (!g)
        return;
    free(g->max_size);
    free(g->strings);
    free(g);
}

const uint32_t *bs_size_gates_for(const bs_size_gates *g, uint64_t size, size_t *n)
{
    size_t lo = 0, hi = g ? g->count : 0;

    while (lo < hi) { /* the first entry whose rule can still match `size` bytes */
        size_t mid = lo + (hi - lo) / 2;

        if (g->max_size[mid] < size)
            lo = mid + 1;
        else
            hi = mid;
    }
    *n = lo;
    return g ? g->strings : NULL;
}
