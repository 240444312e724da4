/*
 * writer_util.c - reading the report document for the non-JSON writers (see
 * writer_util.h).  Every getter tolerates a missing or mistyped field: a
 * writer prints what is there and never crashes on a hand-edited report.
 */
#include "report/writer_util.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/timeparse.h"

static const char *const severity_names[BS_DOC_SEVERITIES] = {"info", "low", "medium", "high",
                                                              "critical"};

const char *bs_doc_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;

    return cJSON_IsString(v) ? v->valuestring : NULL;
}

double bs_doc_num(const cJSON *o, const char *key, double dflt)
{
    const cJSON *v = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;

    return cJSON_IsNumber(v) ? v->valuedouble : dflt;
}

bool bs_doc_true(const cJSON *o, const char *key)
{
    return cJSON_IsObject(o) && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, key));
}

const cJSON *bs_doc_obj(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;

    return cJSON_IsObject(v) ? v : NULL;
}

const cJSON *bs_doc_arr(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;

    return cJSON_IsArray(v) ? v : NULL;
}

#define DOC_PATH_KEY_MAX 64

const char *bs_doc_path_str(const cJSON *o, const char *path)
{
    char key[DOC_PATH_KEY_MAX];
    const char *dot;

    while ((dot = strchr(path, '.')) != NULL) {
        size_t n = (size_t)(dot - path);

        if (n >= sizeof(key))
            return NULL;
        memcpy(key, path, n);
        key[n] = '\0';
        o = bs_doc_obj(o, key);
        path = dot + 1;
    }
    return bs_doc_str(o, path);
}

int bs_doc_severity_rank(const char *severity)
{
    for (int i = 0; severity && i < BS_DOC_SEVERITIES; i++)
        if (strcmp(severity, severity_names[i]) == 0)
            return i;
    return -1;
}

const char *bs_doc_severity_name(int rank)
{
    return rank >= 0 && rank < BS_DOC_SEVERITIES ? severity_names[rank] : "info";
}

bool bs_doc_time(const char *text, int64_t *sec)
{
    bs_time t;

    if (!text || bs_time_parse(text, strlen(text), BS_TIME_ZONE_NEEDED | BS_TIME_ONLY_Z, &t, NULL) !=
                     strlen(text))
        return false;
    *sec = t.sec;
    return true;
}

void bs_doc_window(const cJSON *report, const char **first, const char **last)
{
    const cJSON *summary = bs_doc_obj(report, "summary"), *w = bs_doc_obj(summary, "window");

    *first = bs_doc_str(w, "start") ? bs_doc_str(w, "start") : bs_doc_str(w, "first");
    *last = bs_doc_str(w, "end") ? bs_doc_str(w, "end") : bs_doc_str(w, "last");
    if (!*first)
        *first = bs_doc_str(summary, "first_indicator");
    if (!*last)
        *last = bs_doc_str(summary, "last_indicator");
}

/* ---- findings grouped by file ---- */

typedef struct group_key {
    const char *location; /* "" for findings without an object */
    int index;
} group_key;

static int cmp_key(const void *pa, const void *pb)
{
    const group_key *a = pa, *b = pb;
    int c = strcmp(a->location, b->location);

    return c ? c : (a->index > b->index) - (a->index < b->index);
}

static int cmp_group(const void *pa, const void *pb)
{
    const bs_file_group *a = pa, *b = pb;

    if (a->max_rank != b->max_rank)
        return a->max_rank > b->max_rank ? -1 : 1;
    return (a->first > b->first) - (a->first < b->first);
}

static const char *finding_location(const cJSON *f)
{
    const char *loc = bs_doc_str(bs_doc_obj(f, "object"), "location");

    return loc ? loc : "";
}

/* Fills g->items from keys sorted by (location, index). */
static void fill_groups(bs_file_groups *g, const group_key *keys, const cJSON *const *all, int n)
{
    for (int i = 0; i < n; i++) {
        const cJSON *f = all[keys[i].index];
        int rank = bs_doc_severity_rank(bs_doc_str(f, "severity"));
        bs_file_group *cur;

        if (i == 0 || strcmp(keys[i].location, keys[i - 1].location) != 0) {
            cur = &g->items[g->count++];
            cur->location = keys[i].location[0] ? keys[i].location : NULL;
            cur->object = bs_doc_obj(f, "object");
            cur->findings = &g->storage[i];
            cur->max_rank = -1;
            cur->first = keys[i].index;
        }
        cur = &g->items[g->count - 1];
        cur->findings[cur->n_findings++] = f;
        if (rank > cur->max_rank)
            cur->max_rank = rank;
    }
}

bs_status bs_file_groups_build(const cJSON *report, bs_file_groups *out, bs_error *err)
{
    const cJSON *findings = bs_doc_arr(report, "findings"), *f;
    int n = cJSON_GetArraySize(findings), i = 0;
    const cJSON **all = malloc((size_t)(n ? n : 1) * sizeof(*all));
    group_key *keys = malloc((size_t)(n ? n : 1) * sizeof(*keys));

    memset(out, 0, sizeof(*out));
    out->items = calloc((size_t)(n ? n : 1), sizeof(*out->items));
    out->storage = calloc((size_t)(n ? n : 1), sizeof(*out->storage));
    if (!all || !keys || !out->items || !out->storage) {
        free(all);
        free(keys);
        bs_file_groups_release(out);
        bs_error_set(err, "write", "out of memory while printing the report");
        return BS_FATAL;
    }
    cJSON_ArrayForEach(f, findings)
    {
        all[i] = f;
        keys[i] = (group_key){finding_location(f), i};
        i++;
    }
    qsort(keys, (size_t)n, sizeof(*keys), cmp_key);
    fill_groups(out, keys, all, n);
    qsort(out->items, (size_t)out->count, sizeof(*out->items), cmp_group);
    free(all);
    free(keys);
    return BS_OK;
}

void bs_file_groups_release(bs_file_groups *g)
{
    free(g->items);
    free(g->storage);
    memset(g, 0, sizeof(*g));
}

/* ---- finding references and event kinds ---- */

bs_status bs_doc_findings_index(const cJSON *report, bs_doc_findings *idx, bs_error *err)
{
    const cJSON *findings = bs_doc_arr(report, "findings"), *f;
    int n = cJSON_GetArraySize(findings);

    idx->count = 0;
    idx->items = malloc((size_t)(n ? n : 1) * sizeof(*idx->items));
    if (!idx->items) {
        bs_error_set(err, "write", "out of memory while printing the report");
        return BS_FATAL;
    }
    cJSON_ArrayForEach(f, findings)
        idx->items[idx->count++] = f;
    return BS_OK;
}

void bs_doc_findings_release(bs_doc_findings *idx)
{
    free(idx->items);
    idx->items = NULL;
    idx->count = 0;
}

const cJSON *bs_doc_finding_by_id(const bs_doc_findings *idx, const char *id)
{
    char *end;
    long n;

    if (!id || id[0] != 'F')
        return NULL;
    errno = 0;
    n = strtol(id + 1, &end, 10);
    if (errno || *end || n < 1 || n > idx->count)
        return NULL;
    /* ids are F1..Fn in report order; check in case the report was edited */
    if (!bs_doc_str(idx->items[n - 1], "id") || strcmp(bs_doc_str(idx->items[n - 1], "id"), id))
        return NULL;
    return idx->items[n - 1];
}

/* True when the finding's object is not the log file that `log_line` ("file:N") names. */
static bool finding_elsewhere(const cJSON *finding, const char *log_line)
{
    const char *loc = bs_doc_str(bs_doc_obj(finding, "object"), "location");
    const char *colon = log_line ? strrchr(log_line, ':') : NULL;
    size_t n = colon ? (size_t)(colon - log_line) : (log_line ? strlen(log_line) : 0);

    if (!loc)
        return false;
    return !log_line || strlen(loc) != n || strncmp(loc, log_line, n) != 0;
}

const cJSON *bs_doc_event_target(const bs_doc_findings *idx, const cJSON *event)
{
    const char *name = bs_doc_str(event, "event"), *loc = bs_doc_str(event, "location");
    const cJSON *f = bs_doc_finding_by_id(idx, bs_doc_str(event, "finding")), *id;

    if (!name || strcmp(name, "log.request") != 0)
        return NULL;
    if (finding_elsewhere(f, loc))
        return f;
    cJSON_ArrayForEach(id, bs_doc_arr(event, "findings"))
    {
        f = cJSON_IsString(id) ? bs_doc_finding_by_id(idx, id->valuestring) : NULL;
        if (finding_elsewhere(f, loc))
            return f;
    }
    return NULL;
}

bs_event_kind bs_doc_event_kind(const bs_doc_findings *idx, const cJSON *event)
{
    const char *name = bs_doc_str(event, "event");

    if (!name)
        return BS_EV_OTHER;
    if (strncmp(name, "file.", 5) == 0)
        return BS_EV_FILE;
    if (strncmp(name, "card.", 5) == 0 || strncmp(name, "pan.", 4) == 0)
        return BS_EV_CARD;
    if (strcmp(name, "log.request") != 0)
        return BS_EV_OTHER;
    return bs_doc_event_target(idx, event) ? BS_EV_SHELL_ACCESS : BS_EV_REQUEST;
}

bs_status bs_writer_status(FILE *out, bs_error *err)
{
    if (fflush(out) != 0 || ferror(out)) {
        bs_error_set(err, "write", "cannot write the report: %s", strerror(errno));
        return BS_FATAL;
    }
    return BS_OK;
}
