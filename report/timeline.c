/*
 * timeline.c - builds the report timeline: one event per (file, MACB kind)
 * of the finding files, plus the events matchers added (log requests), each
 * linked to its finding ids, sorted by time, event, location (docs/REPORT.md,
 * "Timeline"), and writes it as JSON.
 */
#include "report/timeline.h"

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/vec.h"

static const struct {
    const char *event;
    size_t offset; /* of the bs_time in bs_object */
} macb_kinds[] = {
    {BS_EVENT_FILE_MODIFIED, offsetof(bs_object, mtime)},
    {BS_EVENT_FILE_ACCESSED, offsetof(bs_object, atime)},
    {BS_EVENT_FILE_CHANGED, offsetof(bs_object, ctime)},
    {BS_EVENT_FILE_CREATED, offsetof(bs_object, crtime)},
    {BS_EVENT_FILE_DELETED, offsetof(bs_object, dtime)},
};

void bs_event_release(bs_event *ev)
{
    free(ev->event);
    free(ev->location);
    free(ev->detail);
    free(ev->finding_location);
    free(ev->finding_rule);
    free(ev->client);
    free(ev->method);
    free(ev->url);
    free(ev->user_agent);
    free(ev->findings);
    memset(ev, 0, sizeof(*ev));
}

void bs_event_list_release(bs_event_list *list)
{
    for (int i = 0; i < list->count; i++)
        bs_event_release(&list->items[i]);
    free(list->items);
    memset(list, 0, sizeof(*list));
}

/* Appends an event with copies of the given strings and one finding (or none: -1). */
static int append_event(bs_event_list *list, const bs_event *src, int finding)
{
    bs_event *e;
    bool failed = false;

    if (bs_report_grow(&list->items, &list->cap, list->count, sizeof(*e)) != 0)
        return -1;
    e = &list->items[list->count];
    memset(e, 0, sizeof(*e));
    e->time = src->time;
    e->status = src->status;
    e->event = bs_report_strdup(src->event, &failed);
    e->location = bs_report_strdup(src->location, &failed);
    e->detail = bs_report_strdup(src->detail, &failed);
    e->client = bs_report_strdup(src->client, &failed);
    e->method = bs_report_strdup(src->method, &failed);
    e->url = bs_report_strdup(src->url, &failed);
    e->user_agent = bs_report_strdup(src->user_agent, &failed);
    e->bytes = src->bytes;
    e->has_bytes = src->has_bytes;
    if (!failed && finding >= 0) {
        e->findings = malloc(sizeof(int));
        if (e->findings) {
            e->findings[0] = finding;
            e->n_findings = 1;
        } else {
            failed = true;
        }
    }
    if (failed) {
        bs_event_release(e);
        return -1;
    }
    list->count++;
    return 0;
}

/* Links one more finding to the last appended event. */
static int add_finding_to_last(bs_event_list *list, int finding)
{
    bs_event *e = &list->items[list->count - 1];
    int *n = realloc(e->findings, (size_t)(e->n_findings + 1) * sizeof(int));

    if (!n)
        return -1;
    e->findings = n;
    e->findings[e->n_findings++] = finding;
    return 0;
}

static int add_macb_events(bs_report *r, bs_event_list *out)
{
    for (int i = 0; i < r->n_findings; i++) {
        const bs_finding *f = r->findings[i];
        const bs_object *o = f->object;

        for (size_t k = 0; o && k < sizeof(macb_kinds) / sizeof(macb_kinds[0]); k++) {
            const bs_time *t = (const bs_time *)((const char *)o + macb_kinds[k].offset);
            bs_event ev = {.time = *t,
                           .event = (char *)macb_kinds[k].event,
                           .location = o->location,
                           .detail = f->rule};

            if (t->set && append_event(out, &ev, i) != 0)
                return -1;
        }
    }
    return 0;
}

/* ---- links from added events to findings, by object location ---- */

static const char *finding_location(const bs_report *r, int i)
{
    const bs_object *o = r->findings[i]->object;

    return o ? o->location : NULL;
}

/* First index in the location-sorted order `by_loc` whose location is >= loc. */
static int lower_bound(const bs_report *r, const int *by_loc, const char *loc)
{
    int lo = 0, hi = r->n_findings;

    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;

        if (bs_report_strcmp(finding_location(r, by_loc[mid]), loc) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int cmp_by_location(const void *pa, const void *pb, void *arg)
{
    const bs_report *r = arg;
    int a = *(const int *)pa, b = *(const int *)pb;
    int c = bs_report_strcmp(finding_location(r, a), finding_location(r, b));

    return c ? c : (a > b) - (a < b);
}

/* (finding, client) pairs of linked log requests, to count distinct clients. */
typedef struct client_pair {
    int finding;
    const char *client;
} client_pair;

typedef struct client_pairs {
    client_pair *items;
    size_t count, cap;
} client_pairs;

/* One log request tied to finding f: log_hits and log_access. */
static int count_log_hit(bs_finding *f, int index, const bs_event *ev, client_pairs *clients)
{
    bs_log_access *a = &f->log_access;

    f->log_hits++;
    a->requests = f->log_hits;
    bs_time_keep_earliest(&a->first, ev->time);
    bs_time_keep_latest(&a->last, ev->time);
    if (!ev->client)
        return 0;
    if (bs_grow(&clients->items, &clients->cap, clients->count, sizeof(client_pair), 0) !=
        BS_GROW_OK)
        return -1;
    clients->items[clients->count++] = (client_pair){index, ev->client};
    return 0;
}

static int cmp_client_pair(const void *pa, const void *pb)
{
    const client_pair *a = pa, *b = pb;

    if (a->finding != b->finding)
        return a->finding < b->finding ? -1 : 1;
    return strcmp(a->client, b->client);
}

static void count_clients(bs_report *r, client_pairs *clients)
{
    if (clients->count > 1)
        qsort(clients->items, clients->count, sizeof(client_pair), cmp_client_pair);
    for (size_t i = 0; i < clients->count; i++)
        if (i == 0 || cmp_client_pair(&clients->items[i - 1], &clients->items[i]) != 0)
            r->findings[clients->items[i].finding]->log_access.clients++;
}

/* Appends the added event `ev` linked to every finding it names. */
static int link_event(bs_report *r, const int *by_loc, const bs_event *ev, bs_event_list *out,
                      client_pairs *clients)
{
    bool appended = false, is_log = strcmp(ev->event, BS_EVENT_LOG_REQUEST) == 0;
    int i = ev->finding_location ? lower_bound(r, by_loc, ev->finding_location) : r->n_findings;

    for (; i < r->n_findings; i++) {
        bs_finding *f = r->findings[by_loc[i]];

        if (bs_report_strcmp(finding_location(r, by_loc[i]), ev->finding_location) != 0)
            break;
        if (ev->finding_rule && bs_report_strcmp(f->rule, ev->finding_rule) != 0)
            continue;
        if (is_log && !ev->counted && count_log_hit(f, by_loc[i], ev, clients) != 0)
            return -1;
        if (!ev->time.set)
            continue;
        if ((appended ? add_finding_to_last(out, by_loc[i]) : append_event(out, ev, by_loc[i])) !=
            0)
            return -1;
        appended = true;
    }
    if (!appended && ev->time.set)
        return append_event(out, ev, -1);
    return 0;
}

static int add_linked_events(bs_report *r, bs_event_list *out)
{
    int *by_loc = malloc((size_t)(r->n_findings ? r->n_findings : 1) * sizeof(int));
    client_pairs clients = {0};
    int rc = 0;

    if (!by_loc)
        return -1;
    for (int i = 0; i < r->n_findings; i++)
        by_loc[i] = i;
    qsort_r(by_loc, (size_t)r->n_findings, sizeof(int), cmp_by_location, r);
    for (int i = 0; i < r->added.count && rc == 0; i++)
        rc = link_event(r, by_loc, &r->added.items[i], out, &clients);
    count_clients(r, &clients);
    free(clients.items);
    free(by_loc);
    return rc;
}

/* ---- order and merging ---- */

/* The fields that make two events one (merged: their findings and details join). */
static int cmp_event_key(const bs_event *a, const bs_event *b)
{
    int c;

    if ((c = bs_time_cmp(a->time, b->time)) || (c = bs_report_strcmp(a->event, b->event)) ||
        (c = bs_report_strcmp(a->location, b->location)) ||
        (c = bs_report_strcmp(a->client, b->client)) ||
        (c = bs_report_strcmp(a->method, b->method)) || (c = bs_report_strcmp(a->url, b->url)))
        return c;
    return (a->status > b->status) - (a->status < b->status);
}

static int cmp_event(const void *pa, const void *pb)
{
    const bs_event *a = pa, *b = pb;
    int fa = a->n_findings ? a->findings[0] : -1, fb = b->n_findings ? b->findings[0] : -1;
    int c;

    if ((c = cmp_event_key(a, b)) || (c = (fa > fb) - (fa < fb)))
        return c;
    return bs_report_strcmp(a->detail, b->detail);
}

/* True when `item` is one of the BS_EVENT_DETAIL_SEP-separated parts of list. */
static bool detail_has(const char *list, const char *item)
{
    size_t n = strlen(item), seplen = strlen(BS_EVENT_DETAIL_SEP);
    const char *p = list;

    while (p) {
        const char *next = strstr(p, BS_EVENT_DETAIL_SEP);
        size_t len = next ? (size_t)(next - p) : strlen(p);

        if (len == n && memcmp(p, item, n) == 0)
            return true;
        p = next ? next + seplen : NULL;
    }
    return false;
}

static int merge_detail(bs_event *into, const char *detail)
{
    size_t a, b;
    char *n;

    if (!detail || (into->detail && detail_has(into->detail, detail)))
        return 0;
    if (!into->detail) {
        into->detail = strdup(detail);
        return into->detail ? 0 : -1;
    }
    a = strlen(into->detail);
    b = strlen(detail);
    n = realloc(into->detail, a + strlen(BS_EVENT_DETAIL_SEP) + b + 1);
    if (!n)
        return -1;
    strcpy(n + a, BS_EVENT_DETAIL_SEP);
    strcpy(n + a + strlen(BS_EVENT_DETAIL_SEP), detail);
    into->detail = n;
    return 0;
}

/* Union of two ascending index lists into `into`. */
static int merge_findings(bs_event *into, const bs_event *from)
{
    int *n = malloc((size_t)(into->n_findings + from->n_findings + 1) * sizeof(int));
    int i = 0, j = 0, k = 0;

    if (!n)
        return -1;
    while (i < into->n_findings || j < from->n_findings) {
        int x = i < into->n_findings ? into->findings[i] : -1;
        int y = j < from->n_findings ? from->findings[j] : -1;
        int v = (y < 0 || (x >= 0 && x <= y)) ? x : y;

        if (v == x)
            i++;
        if (v == y)
            j++;
        n[k++] = v;
    }
    free(into->findings);
    into->findings = n;
    into->n_findings = k;
    return 0;
}

/* Sorts and merges events equal on the key (the same file time seen by several findings). */
static int sort_and_merge(bs_event_list *list)
{
    int last = 0;

    if (list->count < 2)
        return 0;
    qsort(list->items, (size_t)list->count, sizeof(bs_event), cmp_event);
    for (int i = 1; i < list->count; i++) {
        bs_event *into = &list->items[last], *ev = &list->items[i];

        if (cmp_event_key(into, ev) == 0) {
            if (merge_findings(into, ev) != 0 || merge_detail(into, ev->detail) != 0)
                return -1;
            bs_event_release(ev);
        } else if (++last != i) {
            list->items[last] = *ev;
            memset(ev, 0, sizeof(*ev));
        }
    }
    list->count = last + 1;
    return 0;
}

int bs_timeline_build(bs_report *r)
{
    bs_event_list out = {0};

    bs_event_list_release(&r->timeline);
    if (add_macb_events(r, &out) != 0 || add_linked_events(r, &out) != 0 ||
        sort_and_merge(&out) != 0) {
        r->timeline = out; /* what was built is still shown */
        return -1;
    }
    r->timeline = out;
    return 0;
}

bool bs_timeline_in_window(const bs_event *ev, const bs_report_options *opt)
{
    if (!ev->time.set)
        return false;
    if (opt->since && ev->time.sec < opt->since)
        return false;
    if (opt->until && ev->time.sec > opt->until)
        return false;
    return true;
}

/* ---- JSON ---- */

static cJSON *event_to_json(bs_json *j, const bs_event *ev)
{
    cJSON *o = cJSON_CreateObject();

    if (!o) {
        j->failed = true;
        return NULL;
    }
    bs_json_add(j, o, "time", bs_json_time(j, ev->time));
    bs_json_add_str(j, o, "event", ev->event);
    bs_json_add(j, o, "finding",
                ev->n_findings ? bs_json_finding_ref(j, ev->findings[0]) : cJSON_CreateNull());
    if (ev->n_findings > 1) {
        cJSON *all = cJSON_CreateArray();

        for (int i = 0; all && i < ev->n_findings; i++)
            cJSON_AddItemToArray(all, bs_json_finding_ref(j, ev->findings[i]));
        bs_json_add(j, o, "findings", all);
    }
    bs_json_add_str(j, o, "location", ev->location);
    if (ev->detail)
        bs_json_add_str(j, o, "detail", ev->detail);
    if (ev->client)
        bs_json_add_str(j, o, "client", ev->client);
    if (ev->method)
        bs_json_add_str(j, o, "method", ev->method);
    if (ev->url)
        bs_json_add_str(j, o, "url", ev->url);
    if (ev->status)
        bs_json_add_num(j, o, "status", ev->status);
    if (ev->has_bytes)
        bs_json_add_num(j, o, "bytes", (double)ev->bytes);
    if (ev->user_agent)
        bs_json_add_str(j, o, "user_agent", ev->user_agent);
    return o;
}

cJSON *bs_timeline_to_json(bs_json *j, const bs_report *r)
{
    cJSON *arr = cJSON_CreateArray();

    if (!arr) {
        j->failed = true;
        return NULL;
    }
    for (int i = 0; i < r->timeline.count; i++) {
        const bs_event *ev = &r->timeline.items[i];

        if (bs_timeline_in_window(ev, &r->opt))
            cJSON_AddItemToArray(arr, event_to_json(j, ev));
    }
    return arr;
}
