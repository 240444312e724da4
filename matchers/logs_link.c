/*
 * logs_link.c - the log matcher's finish() (docs/LOGS.md, "Requests tied
 * to findings"): once every object was scanned, the kept requests become
 * timeline events:
 *   - each logs.txt pattern hit: a "log.request" linked to the log's own
 *     pattern finding (its log_hits);
 *   - each request whose URL path ends with a finding file's parent
 *     directory and name - a member of a deployed X.war maps to
 *     /X/<member>, ROOT.war and web-root directories to /<name> - a
 *     "log.request" linked to the findings of that file;
 *   - every other request of a client that requested a file with a high or
 *     critical finding: a "log.client_request" linked to that file's
 *     findings (what else did the attacker touch?).
 * Also the per-target log stats.  Events are capped (--max-log-events) and
 * a cap that was hit is reported in errors[].
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/limits.h"
#include "core/vec.h"
#include "matchers/logs_priv.h"
#include "report/model.h"

#define EVENT_CLIENT_REQUEST "log.client_request"
#define EVENT_LOG_REQUEST "log.request"
#define URL_MAX 1024 /* a war member's URL path put together */

/* One URL key of a finding file. */
typedef struct file_key {
    uint64_t key;
    const char *location; /* the finding object's location (owned by the report) */
    bool suspect;         /* high/critical finding that is not a log pattern hit */
} file_key;

/* A client that requested a suspect file, and the first such file (by location). */
typedef struct suspect {
    const char *client, *location;
} suspect;

typedef struct link_ctx {
    bs_logs_state *st;
    struct bs_report *report;
    file_key *keys;
    size_t n_keys, cap_keys;
    suspect *sus;
    size_t n_sus, cap_sus;
    uint64_t events;
    bool capped, failed;
} link_ctx;

static const char *const web_roots[] = {"root", "html", "htdocs", "www", "wwwroot",
                                        "public_html", "webroot", "defaultwebapp"};

/* ---- finding files -> URL keys ---- */

static int add_key(link_ctx *c, uint64_t key, const bs_finding *f)
{
    if (!key)
        return 0;
    if (bs_grow(&c->keys, &c->cap_keys, c->n_keys, sizeof(file_key), 0) != BS_GROW_OK)
        return -1;
    c->keys[c->n_keys++] = (file_key){key, f->object->location,
                                      f->severity >= BS_SEV_HIGH && strcmp(f->source, "log") != 0};
    return 0;
}

/* The last path segment of s[0..n) and the one before it (empty when none). */
static void last_two(const char *s, size_t n, const char **name, size_t *name_n,
                     const char **parent, size_t *parent_n)
{
    size_t e = n, b;

    for (b = e; b > 0 && !strchr("/\\:!", s[b - 1]); b--)
        ;
    *name = s + b;
    *name_n = e - b;
    for (e = b; e > 0 && (s[e - 1] == '/' || s[e - 1] == '\\'); e--)
        ;
    for (b = e; b > 0 && !strchr("/\\:!", s[b - 1]); b--)
        ;
    *parent = s + b;
    *parent_n = e - b;
}

static bool is_web_root(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof(web_roots) / sizeof(web_roots[0]); i++)
        if (strlen(web_roots[i]) == n && strncasecmp(web_roots[i], s, n) == 0)
            return true;
    return false;
}

/* The keys of one finding's file (docs/LOGS.md, "URL paths of files"). */
static int file_keys(link_ctx *c, const bs_finding *f)
{
    const char *loc = f->object->location, *bang = strrchr(loc, '!');
    const char *name, *parent;
    size_t name_n, parent_n;

    if (bang && bang - loc > 4 && strncasecmp(bang - 4, ".war", 4) == 0) {
        const char *member = bang + 1;
        char url[URL_MAX];

        last_two(loc, (size_t)(bang - 4 - loc), &name, &name_n, &parent, &parent_n);
        while (*member == '/')
            member++;
        if (name_n == 4 && strncasecmp(name, "ROOT", 4) == 0)
            return add_key(c, bs_path_key(member, strlen(member), false), f);
        snprintf(url, sizeof(url), "/%.*s/%s", (int)name_n, name, member);
        return add_key(c, bs_path_key(url, strlen(url), false), f);
    }
    /* a plain file, or a member of another archive: its path inside the innermost container */
    if (bang)
        loc = bang + 1;
    if (add_key(c, bs_path_key(loc, strlen(loc), false), f) != 0)
        return -1;
    last_two(loc, strlen(loc), &name, &name_n, &parent, &parent_n);
    if (is_web_root(parent, parent_n))
        return add_key(c, bs_path_key(name, name_n, false), f);
    return 0;
}

static int cmp_key(const void *pa, const void *pb)
{
    const file_key *a = pa, *b = pb;
    int c;

    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    if ((c = strcmp(a->location, b->location)))
        return c;
    return (int)b->suspect - (int)a->suspect;
}

/* Sorted, one entry per (key, location). */
static int build_keys(link_ctx *c)
{
    int n = bs_report_finding_count(c->report);
    size_t out = 0;

    for (int i = 0; i < n; i++) {
        const bs_finding *f = bs_report_finding_at(c->report, i);

        if (f && f->object && f->object->location && file_keys(c, f) != 0)
            return -1;
    }
    if (!c->n_keys)
        return 0;
    qsort(c->keys, c->n_keys, sizeof(file_key), cmp_key);
    for (size_t i = 0; i < c->n_keys; i++) {
        if (out && c->keys[out - 1].key == c->keys[i].key &&
            strcmp(c->keys[out - 1].location, c->keys[i].location) == 0) {
            c->keys[out - 1].suspect |= c->keys[i].suspect;
            continue;
        }
        c->keys[out++] = c->keys[i];
    }
    c->n_keys = out;
    return 0;
}

static size_t first_key(const link_ctx *c, uint64_t key)
{
    size_t lo = 0, hi = c->n_keys;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (c->keys[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ---- events ---- */

static void add_event(link_ctx *c, const bs_log_entry *e, const char *event, const char *detail,
                      const char *finding_location, const char *finding_rule)
{
    char where[BS_LOG_LOCATION_MAX];
    bs_timeline_event ev;

    if (c->events >= c->st->max_events) {
        c->capped = true;
        return;
    }
    c->events++;
    snprintf(where, sizeof(where), "%s:%u", e->log, e->line);
    ev = (bs_timeline_event){.time = e->time,
                             .event = event,
                             .location = where,
                             .detail = detail,
                             .finding_location = finding_location,
                             .finding_rule = finding_rule,
                             .client = e->client,
                             .method = e->method,
                             .url = e->url,
                             .status = e->status,
                             .bytes = e->bytes,
                             .has_bytes = e->has_bytes,
                             .user_agent = e->user_agent};
    bs_report_add_timeline_event(c->report, &ev);
}

static void add_suspect(link_ctx *c, const char *client, const char *location)
{
    for (size_t i = 0; i < c->n_sus; i++) {
        if (strcmp(c->sus[i].client, client) == 0) {
            if (strcmp(location, c->sus[i].location) < 0)
                c->sus[i].location = location;
            return;
        }
    }
    if (bs_grow(&c->sus, &c->cap_sus, c->n_sus, sizeof(suspect), BS_LOG_SUSPECT_CLIENTS_MAX) !=
        BS_GROW_OK) {
        c->capped = true;
        return;
    }
    c->sus[c->n_sus++] = (suspect){client, location};
}

static const suspect *find_suspect(const link_ctx *c, const char *client)
{
    for (size_t i = 0; client && i < c->n_sus; i++)
        if (strcmp(c->sus[i].client, client) == 0)
            return &c->sus[i];
    return NULL;
}

/* Pattern hits and requests for finding files, one store. */
static void link_store(link_ctx *c, bs_log_store *s)
{
    size_t n = bs_log_store_count(s);
    bs_log_entry e;

    for (size_t i = 0; i < n; i++) {
        bs_log_store_get(s, i, &e);
        for (int b = 0; b < BS_LOGS_PATTERN_BITS && e.patterns; b++) {
            const char *name = c->st->pattern_names[b];

            if ((e.patterns >> b & 1) && name) {
                add_event(c, &e, EVENT_LOG_REQUEST, name, e.log, name);
                bs_log_store_mark(s, i);
            }
        }
        for (size_t k = e.key ? first_key(c, e.key) : c->n_keys;
             k < c->n_keys && c->keys[k].key == e.key; k++) {
            add_event(c, &e, EVENT_LOG_REQUEST, NULL, c->keys[k].location, NULL);
            bs_log_store_mark(s, i);
            if (c->keys[k].suspect && e.client)
                add_suspect(c, e.client, c->keys[k].location);
        }
    }
}

/* Every other request of a suspect client. */
static void link_clients(link_ctx *c, bs_log_store *s)
{
    size_t n = bs_log_store_count(s);
    bs_log_entry e;

    for (size_t i = 0; i < n; i++) {
        const suspect *sus;

        if (bs_log_store_marked(s, i))
            continue;
        bs_log_store_get(s, i, &e);
        if ((sus = find_suspect(c, e.client)))
            add_event(c, &e, EVENT_CLIENT_REQUEST, "request by a client of a file with findings",
                      sus->location, NULL);
    }
}

static void report_counts(bs_logs_state *st, struct bs_report *report)
{
    for (size_t t = 0; t < st->n_counts; t++) {
        const bs_logs_counts *k = &st->counts[t];

        bs_report_count(report, (int)t, BS_STAT_LOG_FILES, k->files);
        bs_report_count(report, (int)t, BS_STAT_LOG_REQUESTS, k->requests);
        bs_report_count(report, (int)t, BS_STAT_LOG_MALFORMED, k->malformed);
        bs_report_count(report, (int)t, BS_STAT_LOG_LONG_LINES, k->long_lines);
    }
}

void bs_logs_link(bs_logs_state *st, struct bs_report *report)
{
    link_ctx c = {.st = st, .report = report};
    char msg[256];

    report_counts(st, report);
    if (build_keys(&c) != 0) {
        bs_report_add_error(report, -1, "", "logs", "out of memory tying log requests to findings");
    } else {
        for (size_t i = 0; i < st->n_stores; i++)
            link_store(&c, st->stores[i]);
        for (size_t i = 0; c.n_sus && i < st->n_stores; i++)
            link_clients(&c, st->stores[i]);
    }
    if (c.capped) {
        snprintf(msg, sizeof(msg),
                 "more than %llu log events (--max-log-events) or %d attacker clients: the rest "
                 "are not in the timeline",
                 (unsigned long long)st->max_events, BS_LOG_SUSPECT_CLIENTS_MAX);
        bs_report_add_error(report, -1, "", "logs", msg);
    }
    if (st->budget.dropped && c.n_keys) { /* with no finding files, nothing was lost */
        snprintf(msg, sizeof(msg),
                 "%llu log requests beyond the kept limit (%d requests, %u MiB) were not tied "
                 "to findings",
                 (unsigned long long)st->budget.dropped, BS_LOG_KEPT_REQUESTS_MAX,
                 (unsigned)(BS_LOG_KEPT_BYTES_MAX >> 20));
        bs_report_add_error(report, -1, "", "logs", msg);
    }
    free(c.keys);
    free(c.sus);
}
