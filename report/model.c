/*
 * model.c - the in-memory report: a store of targets, findings, errors,
 * skipped entries and timeline events behind one mutex, and the
 * deterministic sort of bs_report_finish (docs/REPORT.md, "Order").
 *
 * The JSON document is built in json.c, the timeline in timeline.c.
 */
#include "report/model_priv.h"

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "core/vec.h"
#include "report/finding_limit.h"
#include "report/timeline.h"


/* ---- small helpers shared with timeline.c and json.c ---- */

/* The model's int-counted lists, grown by the one capped helper (core/vec.h). */
int bs_report_grow(void *items, int *cap, int count, size_t size)
{
    size_t c = (size_t)*cap;

    if (count < 0 || bs_grow(items, &c, (size_t)count, size, BS_REPORT_LIST_MAX) != BS_GROW_OK)
        return -1;
    *cap = (int)c;
    return 0;
}

int bs_report_strcmp(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

char *bs_report_strdup(const char *s, bool *failed)
{
    char *d;

    if (!s)
        return NULL;
    d = strdup(s);
    if (!d)
        *failed = true;
    return d;
}


/* ---- lifecycle ---- */

bs_report *bs_report_new(void)
{
    bs_report *r = calloc(1, sizeof(*r));

    if (!r)
        return NULL;
    if (pthread_mutex_init(&r->lock, NULL) != 0) {
        free(r);
        return NULL;
    }
    return r;
}

static void target_release(bs_target *t)
{
    free(t->path);
    free(t->kind);
    free(t->format);
    free(t->sha256);
    free(t->volumes);
    for (int i = 0; i < t->n_segments; i++)
        free(t->segments[i].file);
    free(t->segments);
}

static void options_release(bs_report_options *o)
{
    free(o->format);
    bs_strlist_release(&o->argv);
    bs_strlist_release(&o->excludes);
    bs_strlist_release(&o->rule_paths);
    bs_strlist_release(&o->ioc_paths);
}

void bs_report_free(bs_report *r)
{
    if (!r)
        return;
    for (int i = 0; i < r->n_targets; i++)
        target_release(&r->targets[i]);
    free(r->targets);
    for (int i = 0; i < r->n_findings; i++)
        bs_finding_free(r->findings[i]);
    free(r->findings);
    for (int i = 0; i < r->n_errors; i++) {
        free(r->errors[i].location);
        free(r->errors[i].stage);
        free(r->errors[i].message);
    }
    free(r->errors);
    for (int i = 0; i < r->n_skipped; i++) {
        free(r->skipped[i].location);
        free(r->skipped[i].reason);
        free(r->skipped[i].detail);
    }
    free(r->skipped);
    bs_event_list_release(&r->added);
    bs_event_list_release(&r->timeline);
    free(r->rules_sha256);
    free(r->tool_version);
    free(r->yara_version);
    options_release(&r->opt);
    bs_summary_release(&r->summary);
    bs_suppress_release(r);
    bs_windows_release(r);
    bs_finding_limit_free(r->limit);
    bs_finding_limit_free(r->suppress_limit);
    pthread_mutex_destroy(&r->lock);
    free(r);
}

/* ---- targets ---- */

int bs_report_add_target(bs_report *r, const char *path, const char *kind)
{
    bs_target *t;
    bool failed = false;
    int index = -1;

    bs_report_lock(r);
    if (bs_report_grow(&r->targets, &r->cap_targets, r->n_targets, sizeof(*r->targets)) == 0) {
        t = &r->targets[r->n_targets];
        memset(t, 0, sizeof(*t));
        t->path = bs_report_strdup(path ? path : "", &failed);
        t->kind = bs_report_strdup(kind, &failed);
        if (failed)
            target_release(t);
        else
            index = r->n_targets++;
    }
    bs_report_unlock(r);
    return index;
}

/* The target at index, or NULL (caller holds the lock). */
static bs_target *target_at(bs_report *r, int target)
{
    return target >= 0 && target < r->n_targets ? &r->targets[target] : NULL;
}

static void set_target_string(bs_report *r, int target, size_t field, const char *value)
{
    bs_target *t;

    bs_report_lock(r);
    t = target_at(r, target);
    if (t) {
        char **slot = (char **)((char *)t + field);
        bool failed = false;
        char *copy = bs_report_strdup(value, &failed);

        if (failed) {
            r->lost++;
        } else {
            free(*slot);
            *slot = copy;
        }
    }
    bs_report_unlock(r);
}

void bs_report_target_format(bs_report *r, int target, const char *format)
{
    set_target_string(r, target, offsetof(bs_target, format), format);
}

void bs_report_target_kind(bs_report *r, int target, const char *kind)
{
    set_target_string(r, target, offsetof(bs_target, kind), kind);
}

void bs_report_target_sha256(bs_report *r, int target, const char *sha256)
{
    set_target_string(r, target, offsetof(bs_target, sha256), sha256);
}

void bs_report_target_size(bs_report *r, int target, uint64_t size)
{
    bs_target *t;

    bs_report_lock(r);
    t = target_at(r, target);
    if (t) {
        t->size = size;
        t->has_size = true;
    }
    bs_report_unlock(r);
}

void bs_report_target_segment(bs_report *r, int target, const char *file, uint64_t size,
                              const char *sha256)
{
    bs_target *t;
    bool failed = false;

    bs_report_lock(r);
    t = target_at(r, target);
    if (t && bs_report_grow(&t->segments, &t->cap_segments, t->n_segments,
                            sizeof(*t->segments)) == 0) {
        bs_segment *seg = &t->segments[t->n_segments];

        seg->file = bs_report_strdup(file ? file : "", &failed);
        seg->size = size;
        snprintf(seg->sha256, sizeof(seg->sha256), "%s", sha256 ? sha256 : "");
        if (!failed)
            t->n_segments++;
    } else if (t) {
        failed = true;
    }
    if (failed)
        r->lost++;
    bs_report_unlock(r);
}

void bs_report_target_ewf(bs_report *r, int target, const bs_ewf_check *check)
{
    bs_target *t;

    bs_report_lock(r);
    t = target_at(r, target);
    if (t && check) {
        t->ewf = *check;
        t->has_ewf = true;
    }
    bs_report_unlock(r);
}

void bs_report_add_volume(bs_report *r, int target, const bs_volume_info *vol)
{
    bs_target *t;

    bs_report_lock(r);
    t = target_at(r, target);
    if (t && vol) {
        if (bs_report_grow(&t->volumes, &t->cap_volumes, t->n_volumes, sizeof(*vol)) == 0)
            t->volumes[t->n_volumes++] = *vol;
        else
            r->lost++;
    }
    bs_report_unlock(r);
}

static void count_locked(bs_report *r, int target, bs_stat stat, uint64_t n)
{
    bs_target *t = target_at(r, target);

    if (t && (int)stat >= 0 && stat < BS_STAT_COUNT)
        t->stats[stat] += n;
}

void bs_report_count(bs_report *r, int target, bs_stat stat, uint64_t n)
{
    bs_report_lock(r);
    count_locked(r, target, stat, n);
    bs_report_unlock(r);
}

uint64_t bs_report_stat(const bs_report *r, int target, bs_stat stat)
{
    uint64_t v = 0;

    bs_report_lock(r);
    if (target >= 0 && target < r->n_targets && (int)stat >= 0 && stat < BS_STAT_COUNT)
        v = r->targets[target].stats[stat];
    bs_report_unlock(r);
    return v;
}


/* ---- errors and skipped ---- */

static void add_error_locked(bs_report *r, int target, const char *location, const char *stage,
                             const char *message)
{
    bs_problem *p;
    bool failed = false;

    if (target < 0 || target >= r->n_targets)
        target = -1;
    if (bs_report_grow(&r->errors, &r->cap_errors, r->n_errors, sizeof(*r->errors)) != 0) {
        r->lost++;
        return;
    }
    p = &r->errors[r->n_errors];
    p->target = target;
    p->location = bs_report_strdup(location, &failed);
    p->stage = bs_report_strdup(stage ? stage : "", &failed);
    p->message = bs_report_strdup(message ? message : "", &failed);
    if (failed) {
        free(p->location);
        free(p->stage);
        free(p->message);
        r->lost++;
        return;
    }
    r->n_errors++;
    count_locked(r, target, BS_STAT_ERRORS, 1);
}

void bs_report_add_error(bs_report *r, int target, const char *location, const char *stage,
                         const char *message)
{
    bs_report_lock(r);
    add_error_locked(r, target, location, stage, message);
    bs_report_unlock(r);
}

void bs_report_add_skipped(bs_report *r, int target, const char *location, const char *reason,
                           const char *detail, const bs_hashes *hashes)
{
    bs_skip *s;
    bool failed = false;

    bs_report_lock(r);
    if (target < 0 || target >= r->n_targets)
        target = -1;
    if (bs_report_grow(&r->skipped, &r->cap_skipped, r->n_skipped, sizeof(*r->skipped)) != 0) {
        r->lost++;
        goto out;
    }
    s = &r->skipped[r->n_skipped];
    memset(s, 0, sizeof(*s));
    s->target = target;
    s->location = bs_report_strdup(location, &failed);
    s->reason = bs_report_strdup(reason ? reason : "", &failed);
    s->detail = bs_report_strdup(detail, &failed);
    if (hashes)
        s->hashes = *hashes;
    if (failed) {
        free(s->location);
        free(s->reason);
        free(s->detail);
        r->lost++;
        goto out;
    }
    r->n_skipped++;
    count_locked(r, target, BS_STAT_SKIPPED, 1);
out:
    bs_report_unlock(r);
}

/* ---- findings ---- */

/* f into (*items)[0..*n) under limit l (NULL: none); returns what the caller frees. */
static bs_finding *add_limited(bs_report *r, bs_finding ***items, int *cap, int *n,
                               bs_finding_limit *l, bs_finding *f)
{
    bs_finding *unlisted = NULL;
    bool append = true;

    if (bs_report_grow(items, cap, *n, sizeof(**items)) != 0) {
        r->lost++;
        return f;
    }
    if (l)
        unlisted = bs_finding_limit_add(l, *items, *n, f, &append);
    if (append)
        (*items)[(*n)++] = f;
    return unlisted;
}

void bs_report_add_finding(bs_report *r, bs_finding *f)
{
    bs_finding *unlisted;

    if (!f)
        return;
    bs_report_lock(r);
    /* a window's finding gets its file's digests later: suppressed, if so, at the end */
    if (!(f->object && f->object->window) && bs_suppress_matches(r, f))
        unlisted = add_limited(r, &r->to_suppress, &r->cap_to_suppress, &r->n_to_suppress,
                               r->suppress_limit, f);
    else
        unlisted = add_limited(r, &r->findings, &r->cap_findings, &r->n_findings, r->limit, f);
    bs_report_unlock(r);
    bs_finding_free(unlisted);
}

void bs_report_set_finding_limit(bs_report *r, int per_rule, int total)
{
    bool any = per_rule > 0 || total > 0;

    bs_report_lock(r);
    bs_finding_limit_free(r->limit);
    bs_finding_limit_free(r->suppress_limit);
    /* ENOMEM: no limit */
    r->limit = any ? bs_finding_limit_new(per_rule, total) : NULL;
    r->suppress_limit = any ? bs_finding_limit_new(per_rule, total) : NULL;
    bs_report_unlock(r);
}

/* The report, and whether the findings of the entries are suppressed ones. */
typedef struct limit_skip_arg {
    bs_report *r;
    bool suppressed;
} limit_skip_arg;

/* One skipped[] entry for a rule whose findings the limit held back. */
static void add_limit_skip(void *arg, const bs_finding_limit_drop *d)
{
    const limit_skip_arg *a = arg;
    bs_report *r = a->r;
    char rule[512], limits[128], detail[900];

    snprintf(rule, sizeof(rule), "%s%s%s", d->namespace_ ? d->namespace_ : "",
             d->namespace_ ? ":" : "", d->rule ? d->rule : "?");
    if (d->by_rule && d->by_total)
        snprintf(limits, sizeof(limits), "--max-findings-per-rule %d, --max-findings %d in all",
                 d->per_rule, d->total);
    else if (d->by_total)
        snprintf(limits, sizeof(limits), "--max-findings %d in all", d->total);
    else
        snprintf(limits, sizeof(limits), "--max-findings-per-rule %d", d->per_rule);
    snprintf(detail, sizeof(detail),
             "%llu more %sfinding(s) of %s rule %s not listed, %d listed%s: %s (the most "
             "severe, then the first in report order, are listed; this location is the first "
             "held back; -f jsonl streams every finding)",
             (unsigned long long)d->dropped, a->suppressed ? "suppressed " : "",
             d->source ? d->source : "?", rule, d->kept, a->suppressed ? " in suppressed[]" : "",
             limits);
    bs_report_add_skipped(r, d->target, d->location ? d->location : "", "findings-limit", detail,
                          NULL);
}

void bs_report_end_finding_limit(bs_report *r)
{
    bs_finding_limit *l, *sl;
    limit_skip_arg listed = {r, false}, suppressed = {r, true};

    bs_report_lock(r);
    l = r->limit;
    sl = r->suppress_limit;
    r->limit = r->suppress_limit = NULL;
    bs_report_unlock(r);
    bs_finding_limit_each_drop(l, add_limit_skip, &listed); /* add_skipped takes the lock */
    bs_finding_limit_each_drop(sl, add_limit_skip, &suppressed);
    bs_finding_limit_free(l);
    bs_finding_limit_free(sl);
}

bs_finding *bs_report_finding_edit(bs_report *r, int i)
{
    bs_finding *f = NULL;

    bs_report_lock(r);
    if (i >= 0 && i < r->n_findings)
        f = r->findings[i];
    bs_report_unlock(r);
    return f;
}

const bs_finding *bs_report_finding_at(const bs_report *r, int i)
{
    const bs_finding *f = NULL;

    bs_report_lock(r);
    if (i >= 0 && i < r->n_findings)
        f = r->findings[i];
    bs_report_unlock(r);
    return f;
}

int bs_report_finding_count(const bs_report *r)
{
    int n;

    bs_report_lock(r);
    n = r->n_findings;
    bs_report_unlock(r);
    return n;
}

int bs_report_max_severity(const bs_report *r)
{
    int max = -1;

    bs_report_lock(r);
    for (int i = 0; i < r->n_findings; i++)
        if ((int)r->findings[i]->severity > max)
            max = (int)r->findings[i]->severity;
    bs_report_unlock(r);
    return max;
}

/* ---- timeline events ---- */

void bs_report_add_timeline_event(bs_report *r, const bs_timeline_event *ev)
{
    bs_event *e;
    bool failed = false;

    if (!ev || !ev->event)
        return;
    bs_report_lock(r);
    if (bs_report_grow(&r->added.items, &r->added.cap, r->added.count, sizeof(bs_event)) != 0) {
        r->lost++;
        goto out;
    }
    e = &r->added.items[r->added.count];
    memset(e, 0, sizeof(*e));
    e->time = ev->time;
    e->status = ev->status;
    e->event = bs_report_strdup(ev->event, &failed);
    e->location = bs_report_strdup(ev->location ? ev->location : "", &failed);
    e->detail = bs_report_strdup(ev->detail, &failed);
    e->finding_location = bs_report_strdup(ev->finding_location, &failed);
    e->finding_rule = bs_report_strdup(ev->finding_rule, &failed);
    e->client = bs_report_strdup(ev->client, &failed);
    e->method = bs_report_strdup(ev->method, &failed);
    e->url = bs_report_strdup(ev->url, &failed);
    e->user_agent = bs_report_strdup(ev->user_agent, &failed);
    e->bytes = ev->bytes;
    e->has_bytes = ev->has_bytes;
    e->counted = ev->counted;
    if (failed) {
        bs_event_release(e);
        r->lost++;
        goto out;
    }
    r->added.count++;
out:
    bs_report_unlock(r);
}

void bs_report_set_card_exposure(bs_report *r, const bs_card_exposure *e)
{
    bs_report_lock(r);
    if (e) {
        r->card = *e;
        r->has_card = true;
    }
    bs_report_unlock(r);
}

void bs_report_set_interrupted(bs_report *r)
{
    bs_report_lock(r);
    r->interrupted = true;
    bs_report_unlock(r);
}

const char *bs_report_verdict(const bs_report *r)
{
    const char *v;

    bs_report_lock(r);
    v = r->summary.verdict ? r->summary.verdict : BS_VERDICT_CLEAN;
    bs_report_unlock(r);
    return v;
}

/* ---- header metadata ---- */

void bs_report_rules_info(bs_report *r, int files, int rules, const char *sha256)
{
    bool failed = false;
    char *copy = bs_report_strdup(sha256, &failed);

    bs_report_lock(r);
    r->rule_files = files;
    r->rule_count = rules;
    free(r->rules_sha256);
    r->rules_sha256 = copy;
    bs_report_unlock(r);
}

void bs_report_set_tool(bs_report *r, const char *version, const char *yara)
{
    bool failed = false;
    char *v = bs_report_strdup(version, &failed), *y = bs_report_strdup(yara, &failed);

    bs_report_lock(r);
    free(r->tool_version);
    free(r->yara_version);
    r->tool_version = v;
    r->yara_version = y;
    if (failed)
        r->lost++;
    bs_report_unlock(r);
}

void bs_report_scan_times(bs_report *r, double started, double finished)
{
    bs_report_lock(r);
    r->started = started;
    r->finished_at = finished;
    bs_report_unlock(r);
}

static int copy_strlist(bs_strlist *dst, char *const *items, int count)
{
    for (int i = 0; i < count; i++)
        if (items[i] && bs_strlist_add(dst, items[i]) != 0)
            return -1;
    return 0;
}

void bs_report_set_config(bs_report *r, const bs_config *cfg, int threads)
{
    bs_report_options *o = &r->opt;
    bool failed = false;

    if (!cfg)
        return;
    bs_report_lock(r);
    options_release(o);
    memset(o, 0, sizeof(*o));
    o->set = true;
    o->threads = threads;
    o->fail_on = cfg->fail_on;
    o->max_file_size = cfg->max_file_size;
    o->hash_max_size = cfg->hash_max_size;
    o->memory_limit = cfg->memory_limit;
    o->max_depth = cfg->max_depth;
    o->max_findings_per_rule = cfg->max_findings_per_rule;
    o->max_findings = cfg->max_findings;
    o->max_matches = cfg->max_matches;
    o->max_path_length = cfg->max_path_length;
    o->max_log_events = cfg->max_log_events;
    o->max_log_line = cfg->max_log_line;
    o->archive_max_bytes = cfg->archive_max_total_bytes;
    o->archive_max_members = cfg->archive_max_members;
    o->archive_max_ratio = cfg->archive_max_ratio;
    o->archive_depth = cfg->archive_depth;
    o->timeout_s = cfg->timeout_s;
    o->archives = !cfg->no_archives;
    o->images = !cfg->no_images;
    o->deleted = !cfg->no_deleted;
    o->logs = !cfg->no_logs;
    o->pan = !cfg->no_pan;
    o->hash_evidence = cfg->hash_evidence;
    o->add_rules = cfg->add_rules;
    o->since = cfg->since;
    o->until = cfg->until;
    o->format = bs_report_strdup(cfg->format, &failed);
    if (failed || copy_strlist(&o->argv, cfg->argv, cfg->argc) != 0 ||
        copy_strlist(&o->excludes, cfg->excludes.items, cfg->excludes.count) != 0 ||
        copy_strlist(&o->rule_paths, cfg->rule_paths.items, cfg->rule_paths.count) != 0 ||
        copy_strlist(&o->ioc_paths, cfg->ioc_paths.items, cfg->ioc_paths.count) != 0)
        r->lost++;
    bs_report_unlock(r);
}

/* ---- the deterministic order (docs/REPORT.md, "Order") ---- */

static int cmp_int(long long a, long long b)
{
    return (a > b) - (a < b);
}

static int cmp_bytes(const uint8_t *a, uint32_t alen, const uint8_t *b, uint32_t blen)
{
    uint32_t n = alen < blen ? alen : blen;
    int c = n && a && b ? memcmp(a, b, n) : 0;

    return c ? c : cmp_int(alen, blen);
}

static int cmp_matches(const bs_finding *a, const bs_finding *b)
{
    int c = cmp_int(a->n_matches, b->n_matches);

    for (int i = 0; !c && i < a->n_matches; i++) {
        const bs_match *x = &a->matches[i], *y = &b->matches[i];

        if (!(c = cmp_int((long long)x->offset, (long long)y->offset)) &&
            !(c = cmp_int(x->length, y->length)) && !(c = bs_report_strcmp(x->id, y->id)))
            c = cmp_bytes(x->data, x->data_len, y->data, y->data_len);
    }
    return c;
}

static int cmp_hashes(const bs_hashes *a, const bs_hashes *b)
{
    int c;

    if ((c = strcmp(a->md5, b->md5)) || (c = strcmp(a->sha1, b->sha1)))
        return c;
    return strcmp(a->sha256, b->sha256);
}

/* Primary key (target, location, source, namespace, rule), then everything shown. */
/* Two objects at one location (a deleted file and its re-created namesake). */
static int cmp_object_meta(const bs_object *a, const bs_object *b)
{
    int c;

    if (!a || !b)
        return cmp_int(a != NULL, b != NULL);
    if ((c = cmp_int(a->deleted, b->deleted)) || (c = cmp_int(a->has_inode, b->has_inode)))
        return c;
    if (a->inode != b->inode)
        return a->inode < b->inode ? -1 : 1;
    if (a->size != b->size)
        return a->size < b->size ? -1 : 1;
    return bs_time_cmp(a->mtime, b->mtime);
}

int bs_report_cmp_finding(const void *pa, const void *pb)
{
    const bs_finding *a = *(bs_finding *const *)pa, *b = *(bs_finding *const *)pb;
    const char *la = a->object ? a->object->location : NULL;
    const char *lb = b->object ? b->object->location : NULL;
    int c;

    if ((c = cmp_int(a->object ? a->object->target : -1, b->object ? b->object->target : -1)) ||
        (c = bs_report_strcmp(la, lb)) || (c = bs_report_strcmp(a->source, b->source)) ||
        (c = bs_report_strcmp(a->namespace_, b->namespace_)) ||
        (c = bs_report_strcmp(a->rule, b->rule)) || (c = cmp_int(b->severity, a->severity)) ||
        (c = bs_report_strcmp(a->description, b->description)) ||
        (c = bs_report_strcmp(a->family, b->family)) || (c = cmp_matches(a, b)) ||
        (c = cmp_int(a->log_hits, b->log_hits)) ||
        (c = cmp_object_meta(a->object, b->object)))
        return c;
    return cmp_hashes(&a->hashes, &b->hashes);
}

static int cmp_error(const void *pa, const void *pb)
{
    const bs_problem *a = pa, *b = pb;
    int c;

    if ((c = cmp_int(a->target, b->target)) || (c = bs_report_strcmp(a->location, b->location)) ||
        (c = bs_report_strcmp(a->stage, b->stage)))
        return c;
    return bs_report_strcmp(a->message, b->message);
}

static int cmp_skipped(const void *pa, const void *pb)
{
    const bs_skip *a = pa, *b = pb;
    int c;

    if ((c = cmp_int(a->target, b->target)) || (c = bs_report_strcmp(a->location, b->location)) ||
        (c = bs_report_strcmp(a->reason, b->reason)) ||
        (c = bs_report_strcmp(a->detail, b->detail)))
        return c;
    return cmp_hashes(&a->hashes, &b->hashes);
}

void bs_report_finish(bs_report *r)
{
    bs_report_lock(r);
    if (r->finished)
        goto out;
    if (r->n_findings > 1)
        qsort(r->findings, (size_t)r->n_findings, sizeof(*r->findings), bs_report_cmp_finding);
    bs_suppress_apply(r);
    if (bs_timeline_build(r) != 0) {
        r->lost++;
    }
    if (bs_summary_build(r) != 0)
        r->lost++;
    if (r->n_errors > 1)
        qsort(r->errors, (size_t)r->n_errors, sizeof(*r->errors), cmp_error);
    if (r->n_skipped > 1)
        qsort(r->skipped, (size_t)r->n_skipped, sizeof(*r->skipped), cmp_skipped);
    r->finished = true;
out:
    bs_report_unlock(r);
}
