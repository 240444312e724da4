/*
 * finding_limit.c - --max-findings-per-rule (see finding_limit.h).
 *
 * One group per rule (source, namespace, rule), found through an
 * open-addressing table.  A group holds the slots of its kept findings as a
 * max-heap under keep_cmp, so the one to displace is at the top: adding a
 * finding costs O(log per_rule) once the group is full, and memory stays at
 * per_rule findings per rule however many arrive.
 */
#include "report/finding_limit.h"

#include <stdlib.h>
#include <string.h>

#include "core/vec.h"
#include "report/model_priv.h"

typedef struct group {
    char *source, *namespace_, *rule;
    uint64_t hash;
    int *heap; /* slots in the report's findings array; the worst kept first */
    size_t n, cap;
    uint64_t dropped;
    int first_target; /* the first finding held back, in report order */
    char *first_location;
    bool has_first;
} group;

struct bs_finding_limit {
    int per_rule;
    group **table; /* open addressing, size a power of two */
    size_t size, used;
};

bs_finding_limit *bs_finding_limit_new(int per_rule)
{
    bs_finding_limit *l = calloc(1, sizeof(*l));

    if (!l)
        return NULL;
    l->per_rule = per_rule;
    l->size = 64;
    if (!(l->table = calloc(l->size, sizeof(*l->table)))) {
        free(l);
        return NULL;
    }
    return l;
}

static void group_free(group *g)
{
    free(g->source);
    free(g->namespace_);
    free(g->rule);
    free(g->heap);
    free(g->first_location);
    free(g);
}

void bs_finding_limit_free(bs_finding_limit *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->size; i++)
        if (l->table[i])
            group_free(l->table[i]);
    free(l->table);
    free(l);
}

static uint64_t fnv(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0xff) * 1099511628211ULL; /* a separator: ("ab","c") differs from ("a","bc") */
}

static uint64_t rule_hash(const bs_finding *f)
{
    return fnv(fnv(fnv(14695981039346656037ULL, f->source), f->namespace_), f->rule);
}

static bool same_rule(const group *g, const bs_finding *f)
{
    return !bs_report_strcmp(g->source, f->source) &&
           !bs_report_strcmp(g->namespace_, f->namespace_) && !bs_report_strcmp(g->rule, f->rule);
}

static bool grow_table(bs_finding_limit *l)
{
    size_t size = l->size * 2;
    group **table = calloc(size, sizeof(*table));

    if (!table)
        return false;
    for (size_t i = 0; i < l->size; i++) {
        group *g = l->table[i];
        size_t j;

        if (!g)
            continue;
        for (j = g->hash & (size - 1); table[j]; j = (j + 1) & (size - 1))
            ;
        table[j] = g;
    }
    free(l->table);
    l->table = table;
    l->size = size;
    return true;
}

/* The group of f's rule, made on first sight; NULL on ENOMEM. */
static group *group_of(bs_finding_limit *l, const bs_finding *f)
{
    uint64_t h = rule_hash(f);
    size_t i;
    group *g;
    bool failed = false;

    for (i = h & (l->size - 1); l->table[i]; i = (i + 1) & (l->size - 1))
        if (l->table[i]->hash == h && same_rule(l->table[i], f))
            return l->table[i];
    if ((l->used + 1) * 2 > l->size) {
        if (!grow_table(l))
            return NULL;
        return group_of(l, f); /* the new table has room; this finds the free slot */
    }
    if (!(g = calloc(1, sizeof(*g))))
        return NULL;
    g->hash = h;
    g->source = bs_report_strdup(f->source, &failed);
    g->namespace_ = bs_report_strdup(f->namespace_, &failed);
    g->rule = bs_report_strdup(f->rule, &failed);
    if (failed) {
        group_free(g);
        return NULL;
    }
    l->table[i] = g;
    l->used++;
    return g;
}

/* Which of two findings of one rule to keep: the more severe, then the first in report order. */
static int keep_cmp(const bs_finding *a, const bs_finding *b)
{
    if (a->severity != b->severity)
        return a->severity > b->severity ? -1 : 1;
    return bs_report_cmp_finding(&a, &b);
}

static bool worse(bs_finding **findings, const group *g, size_t i, size_t j)
{
    return keep_cmp(findings[g->heap[i]], findings[g->heap[j]]) > 0;
}

static void swap(group *g, size_t i, size_t j)
{
    int t = g->heap[i];

    g->heap[i] = g->heap[j];
    g->heap[j] = t;
}

static void sift_up(bs_finding **findings, group *g, size_t i)
{
    while (i > 0 && worse(findings, g, i, (i - 1) / 2)) {
        swap(g, i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

static void sift_down(bs_finding **findings, group *g)
{
    for (size_t i = 0;;) {
        size_t l = 2 * i + 1, r = l + 1, top = i;

        if (l < g->n && worse(findings, g, l, top))
            top = l;
        if (r < g->n && worse(findings, g, r, top))
            top = r;
        if (top == i)
            return;
        swap(g, i, top);
        i = top;
    }
}

/* f is held back: count it, and remember it when it is the first so far in report order. */
static void note_dropped(group *g, const bs_finding *f)
{
    int target = f->object ? f->object->target : -1;
    const char *loc = f->object ? f->object->location : NULL;
    bool failed = false;

    g->dropped++;
    if (g->has_first && (target > g->first_target ||
                         (target == g->first_target &&
                          bs_report_strcmp(loc, g->first_location) >= 0)))
        return;
    free(g->first_location);
    g->first_location = bs_report_strdup(loc, &failed); /* ENOMEM: the entry names no location */
    g->first_target = target;
    g->has_first = true;
}

bs_finding *bs_finding_limit_add(bs_finding_limit *l, bs_finding **findings, int n, bs_finding *f,
                                 bool *append)
{
    group *g;
    bs_finding *worst;

    *append = true;
    if ((f->object && f->object->window) || !(g = group_of(l, f)))
        return NULL;
    if (g->n < (size_t)l->per_rule) {
        if (bs_grow(&g->heap, &g->cap, g->n, sizeof(*g->heap), (size_t)l->per_rule) != BS_GROW_OK)
            return NULL; /* kept, outside the limit */
        findings[n] = f; /* where the caller stores it: the heap compares it there */
        g->heap[g->n++] = n;
        sift_up(findings, g, g->n - 1);
        return NULL;
    }
    *append = false;
    worst = findings[g->heap[0]];
    if (keep_cmp(f, worst) >= 0) {
        note_dropped(g, f);
        return f;
    }
    findings[g->heap[0]] = f;
    sift_down(findings, g);
    note_dropped(g, worst);
    return worst;
}

void bs_finding_limit_each_drop(const bs_finding_limit *l,
                                void (*fn)(void *arg, const bs_finding_limit_drop *d), void *arg)
{
    for (size_t i = 0; l && i < l->size; i++) {
        const group *g = l->table[i];
        bs_finding_limit_drop d;

        if (!g || !g->dropped)
            continue;
        d.source = g->source;
        d.namespace_ = g->namespace_;
        d.rule = g->rule;
        d.dropped = g->dropped;
        d.kept = (int)g->n;
        d.target = g->first_target;
        d.location = g->first_location;
        fn(arg, &d);
    }
}
