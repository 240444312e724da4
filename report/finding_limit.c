/*
 * finding_limit.c - --max-findings-per-rule and --max-findings (see
 * finding_limit.h).
 *
 * One group per rule (source, namespace, rule), found through an
 * open-addressing table.  A group holds the slots of its kept findings as a
 * max-heap under keep_cmp, so the one to displace is at the top: adding a
 * finding costs O(log per_rule) once the group is full, and memory stays at
 * per_rule findings per rule however many arrive.
 *
 * For the total, the groups themselves form a second heap ("worst"), keyed
 * by each group's worst kept finding, so the worst finding of the whole
 * report is the top of the top group.  Once the report holds `total`
 * findings, a new one either displaces that finding or is held back.  The
 * result is what it would be taken in two steps at the end - each rule's
 * best per_rule, then the best `total` of those - whatever the arrival
 * order: a finding held back by the total is worse than every one kept,
 * and the worst kept only gets better.
 */
#include "report/finding_limit.h"

#include <limits.h>
#include <stdint.h>
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
    uint64_t arrived; /* findings of this rule offered, held back or not */
    size_t at;     /* index in the limit's worst-heap; NOT_THERE when empty */
} group;

#define NOT_THERE ((size_t)-1)

struct bs_finding_limit {
    int per_rule, total; /* INT_MAX: no limit */
    group **table;       /* open addressing, size a power of two */
    size_t size, used;
    size_t kept;   /* findings kept, windowed logs' aside */
    group **worst; /* groups with findings, as a max-heap by their worst kept (total only) */
    size_t n_worst, cap_worst;
};

bs_finding_limit *bs_finding_limit_new(int per_rule, int total)
{
    bs_finding_limit *l = calloc(1, sizeof(*l));

    if (!l)
        return NULL;
    l->per_rule = per_rule > 0 ? per_rule : INT_MAX;
    l->total = total > 0 ? total : INT_MAX;
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
    free(l->worst);
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
    g->at = NOT_THERE;
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

static void sift_down(bs_finding **findings, group *g, size_t i)
{
    for (;;) {
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

/* ---- the groups by their worst kept finding (--max-findings) ---- */

static bool group_worse(bs_finding **findings, const group *a, const group *b)
{
    return keep_cmp(findings[a->heap[0]], findings[b->heap[0]]) > 0;
}

static void worst_swap(bs_finding_limit *l, size_t i, size_t j)
{
    group *t = l->worst[i];

    l->worst[i] = l->worst[j];
    l->worst[j] = t;
    l->worst[i]->at = i;
    l->worst[j]->at = j;
}

static void worst_sift(bs_finding_limit *l, bs_finding **findings, size_t i)
{
    while (i > 0 && group_worse(findings, l->worst[i], l->worst[(i - 1) / 2])) {
        worst_swap(l, i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
    for (;;) {
        size_t a = 2 * i + 1, b = a + 1, top = i;

        if (a < l->n_worst && group_worse(findings, l->worst[a], l->worst[top]))
            top = a;
        if (b < l->n_worst && group_worse(findings, l->worst[b], l->worst[top]))
            top = b;
        if (top == i)
            return;
        worst_swap(l, i, top);
        i = top;
    }
}

/* g's worst kept finding changed (or g emptied): its place among the groups follows. */
static void worst_fix(bs_finding_limit *l, bs_finding **findings, group *g)
{
    if (l->total == INT_MAX)
        return;
    if (g->n == 0) {
        size_t i = g->at;

        if (i == NOT_THERE)
            return;
        g->at = NOT_THERE;
        if (i != --l->n_worst) {
            l->worst[i] = l->worst[l->n_worst];
            l->worst[i]->at = i;
            worst_sift(l, findings, i);
        }
        return;
    }
    if (g->at == NOT_THERE) { /* room was made before the finding was counted */
        g->at = l->n_worst;
        l->worst[l->n_worst++] = g;
    }
    worst_sift(l, findings, g->at);
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

/* Room in the worst-heap for one more group, before anything is changed. */
static bool worst_room(bs_finding_limit *l)
{
    return l->total == INT_MAX ||
           bs_grow(&l->worst, &l->cap_worst, l->n_worst, sizeof(*l->worst), SIZE_MAX) == BS_GROW_OK;
}

/* The report is full: the worst finding kept leaves its group; its slot is returned. */
static int evict_worst(bs_finding_limit *l, bs_finding **findings)
{
    group *w = l->worst[0];
    int slot = w->heap[0];

    note_dropped(w, findings[slot]);
    w->heap[0] = w->heap[--w->n];
    sift_down(findings, w, 0);
    worst_fix(l, findings, w);
    l->kept--;
    return slot;
}

bs_finding *bs_finding_limit_add(bs_finding_limit *l, bs_finding **findings, int n, bs_finding *f,
                                 bool *append)
{
    group *g;
    bs_finding *worst;
    int slot = n;

    *append = true;
    if ((f->object && f->object->window) || !(g = group_of(l, f)))
        return NULL;
    g->arrived++;
    if (g->n < (size_t)l->per_rule) {
        if (bs_grow(&g->heap, &g->cap, g->n, sizeof(*g->heap), (size_t)l->per_rule) != BS_GROW_OK ||
            !worst_room(l))
            return NULL; /* kept, outside the limit */
        worst = NULL;
        if (l->kept >= (size_t)l->total) { /* full: f displaces the worst kept, or is held back */
            if (keep_cmp(f, findings[l->worst[0]->heap[0]]) >= 0) {
                note_dropped(g, f);
                *append = false;
                return f;
            }
            slot = evict_worst(l, findings);
            worst = findings[slot];
            *append = false;
        }
        findings[slot] = f; /* where the caller stores it: the heap compares it there */
        g->heap[g->n++] = slot;
        sift_up(findings, g, g->n - 1);
        l->kept++;
        worst_fix(l, findings, g);
        return worst;
    }
    *append = false;
    worst = findings[g->heap[0]];
    if (keep_cmp(f, worst) >= 0) {
        note_dropped(g, f);
        return f;
    }
    findings[g->heap[0]] = f;
    sift_down(findings, g, 0);
    worst_fix(l, findings, g);
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
        d.per_rule = l->per_rule == INT_MAX ? 0 : l->per_rule;
        d.total = l->total == INT_MAX ? 0 : l->total;
        /* as the two steps would tell it: the rule's limit first, then the total */
        d.by_rule = l->per_rule != INT_MAX && g->arrived > (uint64_t)l->per_rule;
        d.by_total = g->dropped > (d.by_rule ? g->arrived - (uint64_t)l->per_rule : 0);
        d.target = g->first_target;
        d.location = g->first_location;
        fn(arg, &d);
    }
}
