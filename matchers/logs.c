/*
 * logs.c - the web-server log matcher (bs_matcher_logs, docs/LOGS.md;
 * --no-logs turns it off).  A log is recognised by its name (access.log*,
 * access_log*, *_access.log*, localhost_access_log*, IIS u_ex*.log and
 * ex*.log; other files under a logs/ directory when a line parses) or by
 * its content (bs_log_sniff), so a renamed log is not missed; gzip-rotated
 * logs arrive decompressed, as archive members.  Every line is parsed;
 * each request is tested against the logs.txt patterns - one finding per
 * pattern per log, with the count - and kept (log_store.h) so that
 * finish() (logs_link.c) can tie it to the files of findings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/limits.h"
#include "core/logname.h"
#include "core/vec.h"
#include "matchers/logparse.h"
#include "matchers/logs_priv.h"
#include "matchers/matcher.h"


/* ---- load / free ---- */

static bool logs_enabled(const bs_config *cfg)
{
    return !cfg->no_logs;
}

static bs_status logs_load(const bs_matcher_env *env, void **state, bs_error *err)
{
    bs_logs_state *st = calloc(1, sizeof(*st));
    bs_status rc;

    *state = NULL;
    if (!st) {
        bs_error_set(err, "logs", "out of memory");
        return BS_FATAL;
    }
    rc = bs_iocs_load(&env->cfg->ioc_paths, &st->iocs, err);
    if (rc >= BS_FAILED) {
        free(st);
        return rc;
    }
    st->max_events = env->cfg->max_log_events;
    st->line_max = (size_t)env->cfg->max_log_line;
    st->max_matches = env->cfg->max_matches;
    pthread_mutex_init(&st->lock, NULL);
    *state = st;
    return BS_OK;
}

static void logs_free(void *state)
{
    bs_logs_state *st = state;

    if (!st)
        return;
    for (size_t i = 0; i < st->n_stores; i++)
        bs_log_store_free(st->stores[i]);
    free(st->stores);
    free(st->counts);
    bs_iocs_free(st->iocs);
    pthread_mutex_destroy(&st->lock);
    free(st);
}

/* ---- workers ---- */

typedef struct pattern_hits {
    bs_finding *finding; /* created at the first hit */
    uint64_t count;
} pattern_hits;

typedef struct logs_worker {
    bs_logs_state *st;
    bs_log_parser *parser;
    bs_ioc_scratch *scratch;
    bs_log_store *store;
    pattern_hits *hits; /* one per logs.txt pattern */
    int n_patterns;
} logs_worker;

static void logs_worker_free(void *ws)
{
    logs_worker *w = ws;
    bs_logs_state *st;

    if (!w)
        return;
    st = w->st;
    if (w->store && bs_log_store_count(w->store)) {
        pthread_mutex_lock(&st->lock);
        if (bs_grow(&st->stores, &st->cap_stores, st->n_stores, sizeof(*st->stores), 0) ==
            BS_GROW_OK) {
            st->stores[st->n_stores++] = w->store;
            w->store = NULL;
        }
        pthread_mutex_unlock(&st->lock);
    }
    bs_log_store_free(w->store);
    bs_log_parser_free(w->parser);
    bs_ioc_scratch_free(w->scratch);
    free(w->hits);
    free(w);
}

static void *logs_worker_new(void *state, bs_error *err)
{
    bs_logs_state *st = state;
    logs_worker *w = calloc(1, sizeof(*w));
    int n = bs_iocs_log_pattern_count(st->iocs);

    if (w) {
        w->st = st;
        w->n_patterns = n;
        w->parser = bs_log_parser_new(st->line_max);
        w->scratch = bs_ioc_scratch_new();
        w->store = bs_log_store_new(&st->budget);
        w->hits = calloc((size_t)(n ? n : 1), sizeof(*w->hits));
    }
    if (!w || !w->parser || !w->scratch || !w->store || !w->hits) {
        logs_worker_free(w);
        bs_error_set(err, "logs", "out of memory");
        return NULL;
    }
    return w;
}

/* ---- one log ---- */

/* Adds a "$request" match (the line, its request as excerpt) to f. */
static void add_match(bs_finding *f, int max_matches, size_t offset, size_t line_len,
                      bs_span request)
{
    bs_match *m;
    uint32_t n = (uint32_t)(request.n < BS_MATCH_EXCERPT_MAX ? request.n : BS_MATCH_EXCERPT_MAX);
    size_t cap = (size_t)f->n_matches;

    if (f->n_matches >= max_matches)
        return;
    m = realloc(f->matches, (cap + 1) * sizeof(*m));
    if (!m)
        return;
    f->matches = m;
    m = &f->matches[f->n_matches];
    memset(m, 0, sizeof(*m));
    m->id = strdup("$request");
    m->data = malloc(n ? n : 1);
    if (!m->id || !m->data) {
        free(m->id);
        free(m->data);
        return;
    }
    memcpy(m->data, request.p, n);
    m->data_len = n;
    m->offset = offset;
    m->length = (uint32_t)(line_len > UINT32_MAX ? UINT32_MAX : line_len);
    f->n_matches++;
}

/* The logs.txt patterns the request matches, as bits; hits counted in w->hits. */
static uint64_t match_patterns(logs_worker *w, const bs_object *obj, const bs_log_request *req,
                               size_t offset, size_t line_len)
{
    uint64_t bits = 0;

    for (int i = 0; i < w->n_patterns; i++) {
        const char *name;
        bs_severity sev;
        pattern_hits *h = &w->hits[i];

        if (!bs_iocs_log_pattern_match(w->st->iocs, i, req->request.p, req->request.n,
                                       w->scratch, &name, &sev))
            continue;
        if (!h->finding && (h->finding = bs_finding_new("log", name, sev, obj)))
            h->finding->namespace_ = strdup("logs.txt");
        if (i < BS_LOGS_PATTERN_BITS)
            __atomic_store_n(&w->st->pattern_names[i], name, __ATOMIC_RELAXED);
        if (h->finding)
            add_match(h->finding, w->st->max_matches, obj->win_offset + offset, line_len,
                      req->request);
        h->count++;
        if (i < BS_LOGS_PATTERN_BITS)
            bits |= 1ULL << i;
    }
    return bits;
}

/* The findings of the patterns that matched, handed to out. */
static bs_status pattern_findings(logs_worker *w, bs_match_output *out, bs_error *err)
{
    bs_status rc = BS_OK;

    for (int i = 0; i < w->n_patterns; i++) {
        pattern_hits *h = &w->hits[i];
        char desc[160];

        if (!h->finding)
            continue;
        snprintf(desc, sizeof(desc), "%llu web-server log request%s matched the log pattern %s",
                 (unsigned long long)h->count, h->count == 1 ? "" : "s", h->finding->rule);
        h->finding->description = strdup(desc);
        if (bs_finding_list_add(out->findings, h->finding) != 0) {
            bs_finding_free(h->finding);
            bs_error_set(err, "logs", "out of memory");
            rc = BS_FAILED;
        }
        h->finding = NULL;
        h->count = 0;
    }
    return rc;
}

/* files: 1 for a log, 0 for a later window of one (bs_object.window) */
static void add_counts(bs_logs_state *st, int target, unsigned files, const bs_log_stats *s)
{
    if (target < 0)
        return;
    pthread_mutex_lock(&st->lock);
    if ((size_t)target >= st->n_counts) {
        bs_logs_counts *n = realloc(st->counts, ((size_t)target + 1) * sizeof(*n));

        if (!n) {
            pthread_mutex_unlock(&st->lock);
            return;
        }
        memset(n + st->n_counts, 0, ((size_t)target + 1 - st->n_counts) * sizeof(*n));
        st->counts = n;
        st->n_counts = (size_t)target + 1;
    }
    st->counts[target].files += files;
    st->counts[target].requests += s->requests;
    st->counts[target].malformed += s->malformed;
    st->counts[target].long_lines += s->long_lines;
    pthread_mutex_unlock(&st->lock);
}

static bs_status parse_log(logs_worker *w, const bs_object *obj, bs_log_name_kind kind,
                           bs_match_output *out, bs_error *err)
{
    size_t pos = 0, start, n;
    uint32_t line_no = (uint32_t)obj->win_line; /* a window of a larger log starts mid-file */
    const char *line;
    bool long_line;
    bs_log_request req;
    int log = -1;
    const bs_log_stats *stats;

    bs_log_parser_resume(w->parser, obj->win_fields, obj->win_fields ? strlen(obj->win_fields) : 0);
    while (start = pos, bs_log_next_line(obj->data, obj->len, &pos, &line, &n, &long_line)) {
        uint64_t bits, key;

        line_no++;
        if (bs_log_parse_line(w->parser, line, n, &req) != BS_LOG_LINE_REQUEST)
            continue;
        bits = match_patterns(w, obj, &req, start, n);
        key = bs_path_key(req.path.p, req.path.n, true);
        if (log < 0 && (log = bs_log_store_add_log(w->store, obj->location)) < 0)
            continue;
        bs_log_store_add(w->store, &req, log, line_no, key, bits);
    }
    stats = bs_log_parser_stats(w->parser);
    if (kind != BS_LOG_NAME_MAYBE || stats->requests)
        add_counts(w->st, obj->target, !obj->window || obj->win_offset == 0, stats);
    return pattern_findings(w, out, err);
}

static bs_status logs_match(void *ws, const bs_match_input *in, bs_match_output *out,
                            bs_error *err)
{
    logs_worker *w = ws;
    const bs_object *obj = in->obj;
    bs_log_name_kind kind;

    if (!in->content || !obj->data || obj->len == 0 || obj->layer > 0 || /* a decoded layer is no log */
        memchr(obj->data, '\0', obj->len < BS_LOG_BINARY_SNIFF ? obj->len : BS_LOG_BINARY_SNIFF))
        return BS_OK; /* empty, or binary */
    kind = bs_log_name(obj->path ? obj->path : obj->location);
    if (kind == BS_LOG_NAME_NONE && bs_log_sniff(obj->data, obj->len) != BS_LOG_FORMAT_NONE)
        kind = BS_LOG_NAME_LOG;
    if (kind == BS_LOG_NAME_NONE)
        return BS_OK;
    return parse_log(w, obj, kind, out, err);
}

static void logs_finish(void *state, struct bs_report *report)
{
    bs_logs_link(state, report);
}

const bs_matcher bs_matcher_logs = {
    .name = "logs",
    .flags = BS_MATCHER_CONTENT,
    .enabled = logs_enabled,
    .load = logs_load,
    .free = logs_free,
    .worker_new = logs_worker_new,
    .worker_free = logs_worker_free,
    .match = logs_match,
    .finish = logs_finish,
};
