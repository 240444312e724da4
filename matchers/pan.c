/*
 * pan.c - the card-number matcher (bs_matcher_pan, docs/REPORT.md, "Card
 * data"; --no-pan turns it off).  Every text object (no NUL byte in its
 * first BS_PAN_BINARY_SNIFF bytes: logs, CSV exports, order dumps, mail
 * spools, database text dumps) goes through the card-number finder
 * (pan_find.c).  An object with numbers gets one finding, rule
 * Card_Numbers_In_Clear: severity high, critical when it holds track data
 * or a CVV-like field beside a number, with the typed card info.  Each
 * object's numbers are kept as keyed hashes (a random key held in memory
 * only) until finish(), which - once suppressions have removed findings of
 * known-good files - sets summary.card_exposure from every object but those
 * suppressions took out (one whose finding --max-findings-per-rule did not
 * list still counts): distinct numbers across all of them, per issuer,
 * the window; and adds "card.first"/"card.last" timeline events per object.
 * A log read in windows is one file there: its merged finding's distinct
 * count and issuers are counted again over all its windows' numbers.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/limits.h"
#include "core/vec.h"
#include "matchers/matcher.h"
#include "matchers/pan_find.h"
#include "report/model.h"

#define PAN_RULE "Card_Numbers_In_Clear"
#define PAN_RULE_NO_CONTEXT "Card_Like_Numbers_Without_Context"
#define EVENT_CARD_FIRST "card.first"
#define EVENT_CARD_LAST "card.last"

/* An object with numbers in card context: where, its numbers (keyed hashes), first and last lines. */
typedef struct card_object {
    char *location;
    uint64_t *keys;
    size_t n_keys;
    bs_time first, last;
    bool cvv; /* a CVV-like field beside a number (the description says so) */
} card_object;

typedef struct pan_state {
    uint8_t key[BS_PAN_KEY_LEN];
    pthread_mutex_t lock;
    bs_pan_keyset all; /* finish: every distinct number of the totals, as keyed hashes */
    bs_card_exposure exposure;
    bool capped;
    size_t kept_keys; /* keys held by objects, at most BS_PAN_TOTAL_DISTINCT_MAX */
    card_object *objects;
    size_t n_objects, cap_objects;
} pan_state;

static bool pan_enabled(const bs_config *cfg)
{
    return !cfg->no_pan;
}

static bs_status pan_load(const bs_matcher_env *env, void **state, bs_error *err)
{
    pan_state *st = calloc(1, sizeof(*st));

    (void)env;
    *state = NULL;
    if (!st || bs_pan_key_random(st->key) != 0) {
        free(st);
        bs_error_set(err, "pan", "cannot get a random key for the card-number hashes");
        return BS_FATAL;
    }
    st->all.max = BS_PAN_TOTAL_DISTINCT_MAX;
    pthread_mutex_init(&st->lock, NULL);
    *state = st;
    return BS_OK;
}

static void pan_free(void *state)
{
    pan_state *st = state;

    if (!st)
        return;
    for (size_t i = 0; i < st->n_objects; i++) {
        free(st->objects[i].location);
        free(st->objects[i].keys);
    }
    free(st->objects);
    bs_pan_keyset_release(&st->all);
    memset(st->key, 0, sizeof(st->key));
    pthread_mutex_destroy(&st->lock);
    free(st);
}

typedef struct pan_worker {
    pan_state *st;
    bs_pan_finder *finder;
} pan_worker;

static void *pan_worker_new(void *state, bs_error *err)
{
    pan_state *st = state;
    pan_worker *w = calloc(1, sizeof(*w));

    if (w && !(w->finder = bs_pan_finder_new(st->key))) {
        free(w);
        w = NULL;
    }
    if (!w) {
        bs_error_set(err, "pan", "out of memory");
        return NULL;
    }
    w->st = st;
    return w;
}

static void pan_worker_free(void *ws)
{
    pan_worker *w = ws;

    if (w)
        bs_pan_finder_free(w->finder);
    free(w);
}

/* Keeps one object's numbers and times for the totals of finish(). */
static void remember_object(pan_state *st, const bs_pan_finder *f, const bs_object *obj,
                            const bs_pan_result *res)
{
    const bs_pan_keyset *keys = bs_pan_finder_keys(f);
    card_object o = {.first = res->card.first, .last = res->card.last, .cvv = res->cvv > 0};

    pthread_mutex_lock(&st->lock);
    if (st->kept_keys + keys->count > BS_PAN_TOTAL_DISTINCT_MAX) {
        st->capped = true;
        pthread_mutex_unlock(&st->lock);
        return;
    }
    o.location = strdup(obj->location);
    o.keys = keys->count ? malloc(keys->count * sizeof(*o.keys)) : NULL;
    for (size_t i = 0; o.keys && i < keys->cap; i++)
        if (keys->slots[i])
            o.keys[o.n_keys++] = keys->slots[i];
    if (!o.location || (keys->count && !o.keys) ||
        bs_grow(&st->objects, &st->cap_objects, st->n_objects, sizeof(card_object), 0) !=
            BS_GROW_OK) {
        free(o.location);
        free(o.keys);
        st->capped = true;
    } else {
        st->objects[st->n_objects++] = o;
        st->kept_keys += o.n_keys;
    }
    pthread_mutex_unlock(&st->lock);
}

/* The finding's description, from its counts (a malloc'd string, NULL on ENOMEM). */
static char *describe(const bs_card_info *card, bool context, bool cvv)
{
    char desc[260];

    snprintf(desc, sizeof(desc),
             context ? "%llu distinct card number%s (%llu occurrences) in clear text%s%s"
                     : "%llu distinct number%s (%llu occurrences) that pass the card checks "
                       "but have no card context on their lines (probably identifiers)%s%s",
             (unsigned long long)card->distinct, card->distinct == 1 ? "" : "s",
             (unsigned long long)card->occurrences,
             card->track1 || card->track2 ? ", with magnetic-stripe track data" : "",
             cvv ? ", with a CVV-like field beside a number" : "");
    return strdup(desc);
}

/*
 * Severity: critical with track data or a CVV beside a number; high when a
 * number has card context (a card word on its line, or a card-field header
 * line); without any context, Luhn-valid numbers are most often identifiers
 * (bug-tracker ids, test-case numbers): an info finding to review, not
 * exposure.
 */
static bs_finding *card_finding(const bs_object *obj, const bs_pan_result *res)
{
    bool critical = res->card.track1 || res->card.track2 || res->cvv;
    bool context = res->in_context > 0;
    bs_finding *f = bs_finding_new("pan", context ? PAN_RULE : PAN_RULE_NO_CONTEXT,
                                   critical  ? BS_SEV_CRITICAL
                                   : context ? BS_SEV_HIGH
                                             : BS_SEV_INFO,
                                   obj);

    if (!f)
        return NULL;
    f->card = malloc(sizeof(*f->card));
    if (!f->card) {
        bs_finding_free(f);
        return NULL;
    }
    *f->card = res->card;
    f->description = describe(&res->card, context, res->cvv > 0);
    bs_strlist_add(&f->tags, "carddata");
    return f;
}

/* Source code by its extension: there, test card numbers are sample data (pan_find.c). */
static bool is_source_code(const char *path)
{
    static const char *const exts[] = {".php", ".phtml", ".inc", ".jsp", ".jspx", ".java",
                                       ".js", ".mjs", ".ts", ".jsx", ".tsx", ".vue",
                                       ".asp", ".aspx", ".ascx", ".ashx", ".cs", ".vb",
                                       ".py", ".rb", ".pl", ".html", ".htm", ".twig",
                                       ".tpl", ".phpt", ".go", ".c", ".h"};
    const char *dot = path ? strrchr(path, '.') : NULL;

    for (size_t i = 0; dot && i < sizeof(exts) / sizeof(exts[0]); i++)
        if (strcasecmp(dot, exts[i]) == 0)
            return true;
    return false;
}

static bs_status pan_match(void *ws, const bs_match_input *in, bs_match_output *out,
                           bs_error *err)
{
    pan_worker *w = ws;
    const bs_object *obj = in->obj;
    size_t sniff;
    bs_pan_result res;
    bs_finding *f;

    if (!in->content || !obj->data || obj->len < BS_PAN_MIN_DIGITS)
        return BS_OK;
    sniff = obj->len < BS_PAN_BINARY_SNIFF ? obj->len : BS_PAN_BINARY_SNIFF;
    if (memchr(obj->data, '\0', sniff))
        return BS_OK; /* binary */
    bs_pan_finder_skip_test_numbers(w->finder, is_source_code(obj->path));
    if (bs_pan_find(w->finder, obj->data, obj->len, &res) != 0) {
        bs_error_set(err, "pan", "out of memory counting card numbers");
        return BS_FAILED;
    }
    if (res.card.distinct == 0)
        return BS_OK;
    if (res.in_context) /* numbers without card context are no exposure */
        remember_object(w->st, w->finder, obj, &res);
    if (!(f = card_finding(obj, &res)) || bs_finding_list_add(out->findings, f) != 0) {
        bs_finding_free(f);
        bs_error_set(err, "pan", "out of memory");
        return BS_FAILED;
    }
    return BS_OK;
}

static void card_event(struct bs_report *report, const char *event, bs_time t,
                       const char *location)
{
    bs_timeline_event ev = {.time = t,
                            .event = event,
                            .location = location,
                            .detail = "line with a card number",
                            .finding_location = location,
                            .finding_rule = PAN_RULE};

    bs_report_add_timeline_event(report, &ev);
}

/* A card finding by its file's location: its index in the report, or -1 (suppressed). */
typedef struct card_ref {
    const char *location;
    int index;
} card_ref;

static int cmp_ref(const void *a, const void *b)
{
    return strcmp(((const card_ref *)a)->location, ((const card_ref *)b)->location);
}

static int cmp_object(const void *a, const void *b)
{
    return strcmp(((const card_object *)a)->location, ((const card_object *)b)->location);
}

/*
 * Card findings by location (sorted; *n of them), NULL when none or on
 * ENOMEM: the report's (index: where it is), or with suppressed, the ones
 * suppressions took out (index -1).
 */
static card_ref *card_findings(struct bs_report *report, bool suppressed, size_t *n)
{
    int count = suppressed ? bs_report_suppressed_count(report) : bs_report_finding_count(report);
    card_ref *v = count > 0 ? malloc((size_t)count * sizeof(*v)) : NULL;

    *n = 0;
    for (int i = 0; v && i < count; i++) {
        const bs_finding *f = suppressed ? bs_report_suppressed_at(report, i)
                                         : bs_report_finding_at(report, i);

        if (f && f->object && !strcmp(f->source, "pan") && !strcmp(f->rule, PAN_RULE))
            v[(*n)++] = (card_ref){f->object->location, suppressed ? -1 : i};
    }
    if (v && *n > 1)
        qsort(v, *n, sizeof(*v), cmp_ref);
    return v;
}

/* The entry for location, or NULL. */
static const card_ref *find_card(const card_ref *v, size_t n, const char *location)
{
    card_ref key = {location, -1};

    return v ? bsearch(&key, v, n, sizeof(*v), cmp_ref) : NULL;
}

/*
 * A log read in windows: its merged finding added the windows' counts, so a
 * number in two windows counted twice.  Counted again over the union of the
 * windows' numbers (objects[from..to), one location); the description
 * follows.
 */
static void recount_windows(pan_state *st, struct bs_report *report, int index, size_t from,
                            size_t to)
{
    bs_finding *f = bs_report_finding_edit(report, index);
    bs_pan_keyset seen = {0};
    bs_card_info *card = f ? f->card : NULL;
    uint64_t distinct = 0, by_issuer[BS_ISSUER_COUNT] = {0};
    bool cvv = false, failed = false;
    char *desc;

    if (!card || !f->object || !f->object->window)
        return;
    for (size_t j = from; j < to; j++) {
        cvv |= st->objects[j].cvv;
        for (size_t k = 0; k < st->objects[j].n_keys; k++) {
            int rc = bs_pan_keyset_add(&seen, st->objects[j].keys[k]);

            if (rc == 1) {
                distinct++;
                by_issuer[bs_pan_key_issuer(st->objects[j].keys[k])]++;
            } else if (rc < 0) {
                failed = true;
            }
        }
    }
    bs_pan_keyset_release(&seen);
    if (failed || st->capped)
        return; /* not every window's numbers are known: the sum stays, an upper bound */
    card->distinct = distinct;
    memcpy(card->by_issuer, by_issuer, sizeof(by_issuer));
    if ((desc = describe(card, true, cvv))) {
        free(f->description);
        f->description = desc;
    }
}

/* Adds one object's numbers and times (a window of a log: one part of it) to the totals. */
static void add_to_totals(pan_state *st, const card_object *o, bs_time *first, bs_time *last)
{
    bs_card_exposure *e = &st->exposure;

    for (size_t k = 0; k < o->n_keys; k++) {
        int rc = bs_pan_keyset_add(&st->all, o->keys[k]);

        if (rc == 1) {
            e->distinct++;
            e->by_issuer[bs_pan_key_issuer(o->keys[k])]++;
        } else if (rc < 0) {
            st->capped = true;
        }
    }
    bs_time_keep_earliest(first, o->first);
    bs_time_keep_latest(last, o->last);
}

/*
 * Per file (the windows of a large log together: the objects sorted by
 * location) whose card finding was not suppressed: its numbers into the
 * totals, one card.first/card.last pair.  Sorting and a sorted index of the
 * findings keep this n log n: 20,000 order exports took 11 s by pairs.
 */
static void pan_finish(void *state, struct bs_report *report)
{
    pan_state *st = state;
    bs_card_exposure *e = &st->exposure;
    size_t n_live = 0, n_gone = 0, next;
    card_ref *live = card_findings(report, false, &n_live);
    card_ref *gone = card_findings(report, true, &n_gone);

    if ((!live && bs_report_finding_count(report) > 0 && st->n_objects > 0) ||
        (!gone && bs_report_suppressed_count(report) > 0))
        st->capped = true; /* out of memory for the index: no totals, and the error says so */
    if (st->n_objects > 1)
        qsort(st->objects, st->n_objects, sizeof(*st->objects), cmp_object);
    for (size_t i = 0; i < st->n_objects; i = next) {
        const char *loc = st->objects[i].location;
        bs_time first = {0}, last = {0};
        const card_ref *hit;

        for (next = i + 1; next < st->n_objects && !strcmp(st->objects[next].location, loc);)
            next++;
        if (find_card(gone, n_gone, loc))
            continue; /* suppressed: a known-good file counts in no total */
        if ((hit = find_card(live, n_live, loc)) != NULL)
            recount_windows(st, report, hit->index, i, next);
        /* else held back by --max-findings-per-rule: it still counts */
        for (size_t j = i; j < next; j++)
            add_to_totals(st, &st->objects[j], &first, &last);
        e->objects++;
        bs_time_keep_earliest(&e->first, first);
        bs_time_keep_latest(&e->last, last);
        if (first.set) {
            card_event(report, EVENT_CARD_FIRST, first, loc);
            if (bs_time_cmp(first, last) != 0)
                card_event(report, EVENT_CARD_LAST, last, loc);
        }
    }
    free(live);
    free(gone);
    if (e->objects)
        bs_report_set_card_exposure(report, e);
    if (st->capped)
        bs_report_add_error(report, -1, "", "pan",
                            "more distinct card numbers than can be counted: "
                            "summary.card_exposure.distinct is a lower bound");
}

const bs_matcher bs_matcher_pan = {
    .name = "pan",
    .flags = BS_MATCHER_CONTENT,
    .enabled = pan_enabled,
    .load = pan_load,
    .free = pan_free,
    .worker_new = pan_worker_new,
    .worker_free = pan_worker_free,
    .match = pan_match,
    .finish = pan_finish,
};
