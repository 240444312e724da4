/*
 * json.c - the breachscan-report/1 document (docs/REPORT.md)
 * built from the report model: header, targets, summary, findings, timeline,
 * errors, skipped.  Every string goes through the \xNN escaping of utf8.c;
 * match excerpts are also PAN-masked (pan_mask.c).  Writers print this
 * document; none of them looks at the model.
 */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yara.h>

#include "core/limits.h"
#include "core/pan_mask.h"
#include "core/utf8.h"
#include "core/version.h"
#include "report/model_priv.h"
#include "report/timeline.h"

#define REPORT_SCHEMA "breachscan-report/1"
#define TOOL_NAME "breachscan"
#define TIME_TEXT_MAX 48     /* "YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ" and then some */
#define REF_TEXT_MAX 24      /* "F2147483647", "t2147483647" */
#define MAX_RFC3339_YEAR 9999 /* four-digit years only; others are written as null */
#define MS_PER_S 1000.0

/* Issuer names as the report writes them, indexed by bs_issuer. */
const char *const bs_issuer_names[BS_ISSUER_COUNT] = {"visa", "mastercard", "amex",
                                                      "discover", "jcb", "diners"};

/* ---- building blocks (also used by timeline.c) ---- */

/*
 * The key is not copied (cJSON_AddItemToObjectCS): every key is a literal or
 * an entry of a static table, and a copy of each per node was a fifth of the
 * tree's memory for a report of many findings (docs/RELIABILITY.md).  A key
 * built at run time goes through add_key_copy.
 */
void bs_json_add(bs_json *j, cJSON *obj, const char *key, cJSON *item)
{
    if (!item || !obj || !cJSON_AddItemToObjectCS(obj, key, item)) {
        cJSON_Delete(item);
        j->failed = true;
    }
}

static void add_key_copy(bs_json *j, cJSON *obj, const char *key, cJSON *item)
{
    if (!item || !obj || !cJSON_AddItemToObject(obj, key, item)) {
        cJSON_Delete(item);
        j->failed = true;
    }
}

/*
 * Every string taken from evidence reaches the document through here:
 * Luhn-valid 13-19 digit runs masked (first 6 + last 4, pan_mask.c), then
 * invalid UTF-8 escaped (utf8.c).  Masking by construction: no writer can
 * print a full card number from a path, an excerpt, a log line or a message.
 */
char *bs_json_safe_text(const char *raw)
{
    size_t n = strlen(raw);
    char *copy = malloc(n + 1), *esc;

    if (!copy)
        return NULL;
    memcpy(copy, raw, n + 1);
    bs_pan_mask((uint8_t *)copy, n);
    esc = bs_utf8_escape_str(copy);
    free(copy);
    return esc;
}

static cJSON *json_str(bs_json *j, const char *raw)
{
    char *esc;
    cJSON *item;

    if (!raw)
        return cJSON_CreateNull();
    esc = bs_json_safe_text(raw);
    if (!esc) {
        j->failed = true;
        return NULL;
    }
    item = cJSON_CreateString(esc);
    free(esc);
    return item;
}

/* Our own hex digests: never masked (a digest may hold a Luhn-valid digit run). */
static void add_hex(bs_json *j, cJSON *obj, const char *key, const char *hex)
{
    bs_json_add(j, obj, key, hex ? cJSON_CreateString(hex) : cJSON_CreateNull());
}

void bs_json_add_str(bs_json *j, cJSON *obj, const char *key, const char *raw)
{
    bs_json_add(j, obj, key, json_str(j, raw));
}

void bs_json_add_num(bs_json *j, cJSON *obj, const char *key, double v)
{
    bs_json_add(j, obj, key, cJSON_CreateNumber(v));
}

static void add_bool(bs_json *j, cJSON *obj, const char *key, bool v)
{
    bs_json_add(j, obj, key, cJSON_CreateBool(v));
}

static void add_null(bs_json *j, cJSON *obj, const char *key)
{
    bs_json_add(j, obj, key, cJSON_CreateNull());
}

static cJSON *json_ref(char prefix, int index)
{
    char buf[REF_TEXT_MAX];

    if (index < 0)
        return cJSON_CreateNull();
    snprintf(buf, sizeof(buf), "%c%d", prefix, index + 1);
    return cJSON_CreateString(buf);
}

cJSON *bs_json_finding_ref(bs_json *j, int index)
{
    cJSON *item = json_ref('F', index);

    if (!item)
        j->failed = true;
    return item;
}

static cJSON *json_strlist(bs_json *j, const bs_strlist *list)
{
    cJSON *arr = cJSON_CreateArray();

    for (int i = 0; arr && i < list->count; i++)
        if (!cJSON_AddItemToArray(arr, json_str(j, list->items[i])))
            j->failed = true;
    return arr;
}

/* "" (not computed) is null. */
static void add_hash(bs_json *j, cJSON *obj, const char *key, const char *hex)
{
    add_hex(j, obj, key, hex[0] ? hex : NULL);
}

/* ---- times ---- */

/* RFC 3339 UTC; the fraction only when non-zero, without trailing zeros. */
static bool format_time(bs_time t, char *buf, size_t size)
{
    struct tm tm;
    time_t sec = (time_t)t.sec;
    int len, nsec = t.nsec, digits = 9;

    if (!t.set || nsec < 0 || nsec > 999999999 || !gmtime_r(&sec, &tm) ||
        tm.tm_year + 1900 < 0 || tm.tm_year + 1900 > MAX_RFC3339_YEAR)
        return false;
    len = snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                   tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    if (nsec) {
        while (nsec % 10 == 0) {
            nsec /= 10;
            digits--;
        }
        len += snprintf(buf + len, size - (size_t)len, ".%0*d", digits, nsec);
    }
    snprintf(buf + len, size - (size_t)len, "Z");
    return true;
}

cJSON *bs_json_time(bs_json *j, bs_time t)
{
    char buf[TIME_TEXT_MAX];
    cJSON *item = format_time(t, buf, sizeof(buf)) ? cJSON_CreateString(buf) : cJSON_CreateNull();

    if (!item)
        j->failed = true;
    return item;
}

/* Epoch seconds as a double (scan times), to the millisecond; 0 = unknown. */
static bs_time time_from_double(double v)
{
    bs_time t = {0};
    double ms = round(v * MS_PER_S);

    if (v <= 0 || !isfinite(v))
        return t;
    t.sec = (int64_t)floor(ms / MS_PER_S);
    t.nsec = (int32_t)(ms - (double)t.sec * MS_PER_S) * 1000000;
    t.set = true;
    return t;
}

static bs_time time_from_epoch(int64_t sec)
{
    bs_time t = {.sec = sec, .set = sec != 0};

    return t;
}

/* ---- header ---- */

static cJSON *tool_json(bs_json *j, const bs_report *r)
{
    cJSON *tool = cJSON_CreateObject(), *rules = cJSON_CreateObject();

    bs_json_add_str(j, tool, "name", TOOL_NAME);
    bs_json_add_str(j, tool, "version", r->tool_version ? r->tool_version : BS_VERSION);
    bs_json_add_str(j, tool, "yara", r->yara_version ? r->yara_version : YR_VERSION);
    bs_json_add_num(j, rules, "files", r->rule_files);
    bs_json_add_num(j, rules, "rules", r->rule_count);
    add_hex(j, rules, "sha256", r->rules_sha256);
    bs_json_add(j, tool, "rules", rules);
    return tool;
}

static cJSON *options_json(bs_json *j, const bs_report_options *o)
{
    cJSON *opt = cJSON_CreateObject();

    if (!o->set)
        return opt;
    bs_json_add_str(j, opt, "fail_on", bs_severity_name(o->fail_on));
    bs_json_add_num(j, opt, "max_file_size", (double)o->max_file_size);
    bs_json_add_num(j, opt, "hash_max_size", (double)o->hash_max_size);
    bs_json_add_num(j, opt, "archive_depth", o->archive_depth);
    bs_json_add_num(j, opt, "max_depth", o->max_depth);
    bs_json_add_num(j, opt, "max_findings_per_rule", o->max_findings_per_rule);
    bs_json_add_num(j, opt, "max_findings", o->max_findings);
    bs_json_add_num(j, opt, "max_matches", o->max_matches);
    bs_json_add_num(j, opt, "max_path_length", (double)o->max_path_length);
    bs_json_add_num(j, opt, "max_log_events", (double)o->max_log_events);
    bs_json_add_num(j, opt, "max_log_line", (double)o->max_log_line);
    bs_json_add_num(j, opt, "archive_max_bytes", (double)o->archive_max_bytes);
    bs_json_add_num(j, opt, "archive_max_members", (double)o->archive_max_members);
    bs_json_add_num(j, opt, "archive_max_ratio", (double)o->archive_max_ratio);
    bs_json_add_num(j, opt, "memory_limit", (double)o->memory_limit);
    add_bool(j, opt, "archives", o->archives);
    add_bool(j, opt, "images", o->images);
    add_bool(j, opt, "deleted", o->deleted);
    add_bool(j, opt, "logs", o->logs);
    add_bool(j, opt, "pan", o->pan);
    bs_json_add_num(j, opt, "timeout_s", o->timeout_s);
    add_bool(j, opt, "hash_evidence", o->hash_evidence);
    bs_json_add(j, opt, "excludes", json_strlist(j, &o->excludes));
    bs_json_add(j, opt, "since", bs_json_time(j, time_from_epoch(o->since)));
    bs_json_add(j, opt, "until", bs_json_time(j, time_from_epoch(o->until)));
    bs_json_add(j, opt, "rule_paths", json_strlist(j, &o->rule_paths));
    add_bool(j, opt, "add_rules", o->add_rules);
    bs_json_add(j, opt, "ioc_paths", json_strlist(j, &o->ioc_paths));
    return opt;
}

static cJSON *scan_json(bs_json *j, const bs_report *r)
{
    cJSON *scan = cJSON_CreateObject();
    bs_time started = time_from_double(r->started), finished = time_from_double(r->finished_at);

    bs_json_add(j, scan, "started", bs_json_time(j, started));
    bs_json_add(j, scan, "finished", bs_json_time(j, finished));
    /* from the times as written (milliseconds), so a report read back gives the same */
    if (started.set && finished.set && r->finished_at >= r->started)
        bs_json_add_num(j, scan, "duration_s",
                        (round(r->finished_at * MS_PER_S) - round(r->started * MS_PER_S)) /
                            MS_PER_S);
    else
        add_null(j, scan, "duration_s");
    bs_json_add(j, scan, "argv", json_strlist(j, &r->opt.argv));
    if (r->opt.set)
        bs_json_add_num(j, scan, "threads", r->opt.threads);
    else
        add_null(j, scan, "threads");
    bs_json_add(j, scan, "options", options_json(j, &r->opt));
    bs_json_add(j, scan, "suppressions", bs_suppressions_json(j, r));
    return scan;
}

/* ---- targets ---- */

static cJSON *segments_json(bs_json *j, const bs_target *t)
{
    cJSON *ev = cJSON_CreateObject(), *segs = cJSON_CreateArray();

    for (int i = 0; segs && i < t->n_segments; i++) {
        cJSON *seg = cJSON_CreateObject();

        bs_json_add_str(j, seg, "file", t->segments[i].file);
        bs_json_add_num(j, seg, "size", (double)t->segments[i].size);
        add_hex(j, seg, "sha256", t->segments[i].sha256);
        if (!cJSON_AddItemToArray(segs, seg)) {
            cJSON_Delete(seg);
            j->failed = true;
        }
    }
    bs_json_add(j, ev, "segments", segs);
    return ev;
}

/* "stored_X", "computed_X", "X_match"; returns -1 no stored value, 0 differ, 1 equal. */
static int ewf_compare(bs_json *j, cJSON *o, const char *alg, const char *stored,
                       const char *computed)
{
    char key[32];
    int match = stored[0] ? strcmp(stored, computed) == 0 : -1;

    snprintf(key, sizeof(key), "stored_%s", alg); /* keys built here: copied */
    add_key_copy(j, o, key, stored[0] ? cJSON_CreateString(stored) : cJSON_CreateNull());
    snprintf(key, sizeof(key), "computed_%s", alg);
    add_key_copy(j, o, key, cJSON_CreateString(computed));
    snprintf(key, sizeof(key), "%s_match", alg);
    add_key_copy(j, o, key, match < 0 ? cJSON_CreateNull() : cJSON_CreateBool(match));
    return match;
}

static cJSON *ewf_json(bs_json *j, const bs_ewf_check *c)
{
    cJSON *o = cJSON_CreateObject();
    int m1 = ewf_compare(j, o, "md5", c->stored_md5, c->computed_md5);
    int m2 = ewf_compare(j, o, "sha1", c->stored_sha1, c->computed_sha1);

    bs_json_add(j, o, "match",
                m1 < 0 && m2 < 0 ? cJSON_CreateNull() : cJSON_CreateBool(m1 != 0 && m2 != 0));
    return o;
}

static cJSON *volume_json(bs_json *j, const bs_volume_info *v)
{
    cJSON *o = cJSON_CreateObject();
    char id[sizeof(v->id) + 1], scheme[sizeof(v->scheme) + 1], fs[sizeof(v->fs) + 1];
    char label[sizeof(v->label) + 1];

    /* the fixed fields may lack a NUL when a collector filled them to the brim */
    snprintf(id, sizeof(id), "%.*s", (int)sizeof(v->id), v->id);
    snprintf(scheme, sizeof(scheme), "%.*s", (int)sizeof(v->scheme), v->scheme);
    snprintf(fs, sizeof(fs), "%.*s", (int)sizeof(v->fs), v->fs);
    snprintf(label, sizeof(label), "%.*s", (int)sizeof(v->label), v->label);
    bs_json_add_str(j, o, "id", id);
    bs_json_add_str(j, o, "scheme", scheme);
    bs_json_add_num(j, o, "offset", (double)v->offset);
    bs_json_add_num(j, o, "size", (double)v->size);
    bs_json_add_str(j, o, "fs", fs);
    bs_json_add_str(j, o, "label", label[0] ? label : NULL);
    return o;
}

static cJSON *stats_json(bs_json *j, const bs_target *t)
{
    static const char *const names[BS_STAT_COUNT] = {
        "objects", "bytes", "deleted", "archives", "skipped", "errors",
        "log_files", "log_requests", "log_malformed", "log_long_lines"};
    cJSON *o = cJSON_CreateObject();

    for (int s = 0; s < BS_STAT_COUNT; s++)
        bs_json_add_num(j, o, names[s], (double)t->stats[s]);
    return o;
}

/* The target's verdict and finding counts (summary.c). */
static void target_summary_json(bs_json *j, cJSON *o, const bs_target_summary *ts)
{
    cJSON *sev = cJSON_CreateObject();

    bs_json_add_str(j, o, "verdict", ts && ts->verdict ? ts->verdict : BS_VERDICT_CLEAN);
    bs_json_add_num(j, o, "findings", ts ? ts->findings : 0);
    for (int v = BS_SEV_CRITICAL; v >= BS_SEV_INFO; v--)
        bs_json_add_num(j, sev, bs_severity_name((bs_severity)v), ts ? ts->by_severity[v] : 0);
    bs_json_add(j, o, "by_severity", sev);
}

static cJSON *target_json(bs_json *j, const bs_report *r, int index)
{
    const bs_target *t = &r->targets[index];
    cJSON *o = cJSON_CreateObject(), *vols = cJSON_CreateArray();

    bs_json_add(j, o, "id", json_ref('t', index));
    bs_json_add_str(j, o, "path", t->path);
    bs_json_add_str(j, o, "kind", t->kind);
    bs_json_add_str(j, o, "format", t->format);
    if (t->has_size)
        bs_json_add_num(j, o, "size", (double)t->size);
    else
        add_null(j, o, "size");
    add_hex(j, o, "sha256", t->sha256 && t->sha256[0] ? t->sha256 : NULL);
    for (int i = 0; vols && i < t->n_volumes; i++)
        if (!cJSON_AddItemToArray(vols, volume_json(j, &t->volumes[i])))
            j->failed = true;
    bs_json_add(j, o, "volumes", vols);
    bs_json_add(j, o, "stats", stats_json(j, t));
    target_summary_json(j, o, r->summary.targets ? &r->summary.targets[index] : NULL);
    if (t->n_segments)
        bs_json_add(j, o, "evidence", segments_json(j, t));
    if (t->has_ewf)
        bs_json_add(j, o, "ewf", ewf_json(j, &t->ewf));
    return o;
}

/* ---- summary (computed in summary.c; encoded here) ---- */

static cJSON *window_end_json(bs_json *j, const bs_event *ev)
{
    cJSON *o = cJSON_CreateObject();

    bs_json_add(j, o, "time", bs_json_time(j, ev->time));
    bs_json_add_str(j, o, "event", ev->event);
    bs_json_add(j, o, "finding",
                ev->n_findings ? bs_json_finding_ref(j, ev->findings[0]) : cJSON_CreateNull());
    bs_json_add_str(j, o, "location", ev->location);
    return o;
}

/* The breach window: its start and end and the event that set each. */
static cJSON *window_json(bs_json *j, const bs_report *r)
{
    const bs_summary *s = &r->summary;
    cJSON *o;

    if (s->first < 0 || s->last < 0)
        return cJSON_CreateNull();
    o = cJSON_CreateObject();
    bs_json_add(j, o, "start", bs_json_time(j, r->timeline.items[s->first].time));
    bs_json_add(j, o, "end", bs_json_time(j, r->timeline.items[s->last].time));
    bs_json_add(j, o, "start_event", window_end_json(j, &r->timeline.items[s->first]));
    bs_json_add(j, o, "end_event", window_end_json(j, &r->timeline.items[s->last]));
    return o;
}

static cJSON *card_exposure_json(bs_json *j, const bs_card_exposure *c)
{
    cJSON *o = cJSON_CreateObject(), *issuers = cJSON_CreateObject();

    bs_json_add_num(j, o, "distinct", (double)c->distinct);
    for (int i = 0; i < BS_ISSUER_COUNT; i++)
        if (c->by_issuer[i])
            bs_json_add_num(j, issuers, bs_issuer_names[i], (double)c->by_issuer[i]);
    bs_json_add(j, o, "issuers", issuers);
    bs_json_add_num(j, o, "objects", (double)c->objects);
    bs_json_add(j, o, "first", bs_json_time(j, c->first));
    bs_json_add(j, o, "last", bs_json_time(j, c->last));
    return o;
}

static cJSON *summary_json(bs_json *j, const bs_report *r)
{
    const bs_summary *s = &r->summary;
    cJSON *o = cJSON_CreateObject(), *sev = cJSON_CreateObject();

    bs_json_add_str(j, o, "verdict", s->verdict ? s->verdict : BS_VERDICT_CLEAN);
    add_bool(j, o, "complete", s->complete);
    bs_json_add_num(j, o, "findings", s->findings);
    for (int v = BS_SEV_CRITICAL; v >= BS_SEV_INFO; v--)
        bs_json_add_num(j, sev, bs_severity_name((bs_severity)v), s->by_severity[v]);
    bs_json_add(j, o, "by_severity", sev);
    bs_json_add(j, o, "families", json_strlist(j, &s->families));
    bs_json_add(j, o, "first_indicator",
                s->first >= 0 ? bs_json_time(j, r->timeline.items[s->first].time)
                              : cJSON_CreateNull());
    bs_json_add(j, o, "last_indicator",
                s->last >= 0 ? bs_json_time(j, r->timeline.items[s->last].time)
                             : cJSON_CreateNull());
    bs_json_add(j, o, "window", window_json(j, r));
    if (r->has_card)
        bs_json_add(j, o, "card_exposure", card_exposure_json(j, &r->card));
    return o;
}

/* ---- findings ---- */

static cJSON *object_json(bs_json *j, const bs_object *obj, const bs_hashes *h)
{
    cJSON *o = cJSON_CreateObject();
    char mode[16];

    bs_json_add_str(j, o, "location", obj->location);
    bs_json_add_str(j, o, "path", obj->path);
    if (obj->has_inode)
        bs_json_add_num(j, o, "inode", (double)obj->inode);
    else
        add_null(j, o, "inode");
    add_bool(j, o, "deleted", obj->deleted);
    bs_json_add_num(j, o, "size", (double)obj->size);
    snprintf(mode, sizeof(mode), "%04o", (unsigned)(obj->mode & 07777));
    bs_json_add_str(j, o, "mode", obj->has_mode ? mode : NULL);
    bs_json_add_str(j, o, "owner", obj->owner);
    add_hash(j, o, "md5", h->md5);
    add_hash(j, o, "sha1", h->sha1);
    add_hash(j, o, "sha256", h->sha256);
    bs_json_add(j, o, "mtime", bs_json_time(j, obj->mtime));
    bs_json_add(j, o, "atime", bs_json_time(j, obj->atime));
    bs_json_add(j, o, "ctime", bs_json_time(j, obj->ctime));
    bs_json_add(j, o, "crtime", bs_json_time(j, obj->crtime));
    if (obj->dtime.set) /* optional: only file systems that keep one */
        bs_json_add(j, o, "dtime", bs_json_time(j, obj->dtime));
    bs_json_add_num(j, o, "depth", obj->depth);
    return o;
}

/* The excerpt of a match: at most BS_MATCH_EXCERPT_MAX bytes, PAN-masked, escaped. */
static cJSON *excerpt_json(bs_json *j, const bs_match *m)
{
    uint8_t buf[BS_MATCH_EXCERPT_MAX];
    size_t n = m->data ? (m->data_len < sizeof(buf) ? m->data_len : sizeof(buf)) : 0;
    char *esc;
    cJSON *item;

    if (n)
        memcpy(buf, m->data, n);
    bs_pan_mask(buf, n);
    esc = bs_utf8_excerpt(buf, n);
    if (!esc) {
        j->failed = true;
        return NULL;
    }
    item = cJSON_CreateString(esc);
    free(esc);
    return item;
}

static cJSON *matches_json(bs_json *j, const bs_finding *f)
{
    cJSON *arr = cJSON_CreateArray();

    for (int i = 0; arr && i < f->n_matches; i++) {
        const bs_match *m = &f->matches[i];
        cJSON *o = cJSON_CreateObject();

        bs_json_add_str(j, o, "id", m->id);
        bs_json_add_num(j, o, "offset", (double)m->offset);
        bs_json_add_num(j, o, "length", m->length);
        bs_json_add(j, o, "data", excerpt_json(j, m));
        if (!cJSON_AddItemToArray(arr, o)) {
            cJSON_Delete(o);
            j->failed = true;
        }
    }
    return arr;
}

static cJSON *log_access_json(bs_json *j, const bs_log_access *a)
{
    cJSON *o = cJSON_CreateObject();

    bs_json_add_num(j, o, "requests", a->requests);
    bs_json_add_num(j, o, "clients", a->clients);
    bs_json_add(j, o, "first", bs_json_time(j, a->first));
    bs_json_add(j, o, "last", bs_json_time(j, a->last));
    return o;
}

/* Samples were masked by the finder; bs_json_add_str masks again (safety net). */
static cJSON *card_json(bs_json *j, const bs_card_info *c)
{
    cJSON *o = cJSON_CreateObject(), *issuers = cJSON_CreateObject();
    cJSON *samples = cJSON_CreateArray();

    bs_json_add_num(j, o, "distinct", (double)c->distinct);
    bs_json_add_num(j, o, "occurrences", (double)c->occurrences);
    for (int i = 0; i < BS_ISSUER_COUNT; i++)
        if (c->by_issuer[i])
            bs_json_add_num(j, issuers, bs_issuer_names[i], (double)c->by_issuer[i]);
    bs_json_add(j, o, "issuers", issuers);
    bs_json_add_num(j, o, "track1", (double)c->track1);
    bs_json_add_num(j, o, "track2", (double)c->track2);
    for (int i = 0; samples && i < c->n_samples && i < BS_CARD_SAMPLES_MAX; i++) {
        char s[BS_CARD_MASKED_MAX + 1];

        snprintf(s, sizeof(s), "%.*s", (int)BS_CARD_MASKED_MAX, c->samples[i]);
        if (!cJSON_AddItemToArray(samples, json_str(j, s)))
            j->failed = true;
    }
    bs_json_add(j, o, "samples", samples);
    bs_json_add(j, o, "first", bs_json_time(j, c->first));
    bs_json_add(j, o, "last", bs_json_time(j, c->last));
    return o;
}

cJSON *bs_json_finding(bs_json *j, const bs_finding *f, char prefix, int index)
{
    cJSON *o = cJSON_CreateObject();

    bs_json_add(j, o, "id", json_ref(prefix, index));
    bs_json_add_str(j, o, "source", f->source);
    bs_json_add_str(j, o, "rule", f->rule);
    bs_json_add_str(j, o, "namespace", f->namespace_);
    bs_json_add_str(j, o, "severity", bs_severity_name(f->severity));
    bs_json_add_str(j, o, "family", f->family);
    bs_json_add_str(j, o, "description", f->description);
    bs_json_add(j, o, "reference", json_strlist(j, &f->references));
    bs_json_add(j, o, "tags", json_strlist(j, &f->tags));
    bs_json_add(j, o, "target", json_ref('t', f->object ? f->object->target : -1));
    bs_json_add(j, o, "object", f->object ? object_json(j, f->object, &f->hashes)
                                          : cJSON_CreateNull());
    bs_json_add(j, o, "matches", matches_json(j, f));
    bs_json_add_num(j, o, "log_hits", f->log_hits);
    if (f->log_hits)
        bs_json_add(j, o, "log_access", log_access_json(j, &f->log_access));
    if (f->card)
        bs_json_add(j, o, "card", card_json(j, f->card));
    return o;
}

/*
 * One finding as a provisional jsonl line, before the report is sorted and
 * numbered: {"type":"finding.found", ...the fields of a findings[] entry
 * without "id"...}, masked like the document (docs/REPORT.md, "jsonl").
 */
cJSON *bs_finding_found_json(const bs_finding *f)
{
    bs_json j = {0};
    cJSON *o = bs_json_finding(&j, f, 'F', -1);

    cJSON *line = cJSON_CreateObject();

    cJSON_DeleteItemFromObjectCaseSensitive(o, "id");
    if (!o || !line || !cJSON_AddStringToObject(line, "type", "finding.found"))
        j.failed = true;
    /* "type" first, then the fields in the document's order */
    while (!j.failed && o->child) {
        cJSON *field = cJSON_DetachItemViaPointer(o, o->child);

        if (!cJSON_AddItemToObject(line, field->string, field)) {
            cJSON_Delete(field);
            j.failed = true;
        }
    }
    cJSON_Delete(o);
    if (j.failed) {
        cJSON_Delete(line);
        return NULL;
    }
    return line;
}

/* ---- errors and skipped ---- */

static cJSON *error_json(bs_json *j, const bs_problem *p)
{
    cJSON *o = cJSON_CreateObject();

    bs_json_add(j, o, "target", json_ref('t', p->target));
    bs_json_add_str(j, o, "location", p->location);
    bs_json_add_str(j, o, "stage", p->stage);
    bs_json_add_str(j, o, "message", p->message);
    return o;
}

static cJSON *skipped_json(bs_json *j, const bs_skip *s)
{
    cJSON *o = cJSON_CreateObject();

    bs_json_add(j, o, "target", json_ref('t', s->target));
    bs_json_add_str(j, o, "location", s->location);
    bs_json_add_str(j, o, "reason", s->reason);
    if (s->detail)
        bs_json_add_str(j, o, "detail", s->detail);
    if (s->hashes.md5[0])
        add_hex(j, o, "md5", s->hashes.md5);
    if (s->hashes.sha1[0])
        add_hex(j, o, "sha1", s->hashes.sha1);
    if (s->hashes.sha256[0])
        add_hex(j, o, "sha256", s->hashes.sha256);
    return o;
}

static cJSON *errors_json(bs_json *j, const bs_report *r)
{
    cJSON *arr = cJSON_CreateArray();

    if (r->lost) {
        char msg[BS_ERROR_MESSAGE_MAX];
        bs_problem lost = {.target = -1, .stage = "report", .message = msg};

        snprintf(msg, sizeof(msg), "%llu report entries lost: out of memory",
                 (unsigned long long)r->lost);
        if (!cJSON_AddItemToArray(arr, error_json(j, &lost)))
            j->failed = true;
    }
    for (int i = 0; arr && i < r->n_errors; i++)
        if (!cJSON_AddItemToArray(arr, error_json(j, &r->errors[i])))
            j->failed = true;
    return arr;
}

/* ---- the document ---- */

static void add_sections(bs_json *j, cJSON *doc, const bs_report *r)
{
    cJSON *targets = cJSON_CreateArray(), *findings = cJSON_CreateArray();
    cJSON *skipped = cJSON_CreateArray();

    bs_json_add_str(j, doc, "schema", REPORT_SCHEMA);
    bs_json_add(j, doc, "tool", tool_json(j, r));
    bs_json_add(j, doc, "scan", scan_json(j, r));
    for (int i = 0; targets && i < r->n_targets; i++)
        if (!cJSON_AddItemToArray(targets, target_json(j, r, i)))
            j->failed = true;
    bs_json_add(j, doc, "targets", targets);
    bs_json_add(j, doc, "summary", summary_json(j, r));
    for (int i = 0; findings && i < r->n_findings; i++)
        if (!cJSON_AddItemToArray(findings, bs_json_finding(j, r->findings[i], 'F', i)))
            j->failed = true;
    bs_json_add(j, doc, "findings", findings);
    bs_json_add(j, doc, "timeline", bs_timeline_to_json(j, r));
    bs_json_add(j, doc, "errors", errors_json(j, r));
    for (int i = 0; skipped && i < r->n_skipped; i++)
        if (!cJSON_AddItemToArray(skipped, skipped_json(j, &r->skipped[i])))
            j->failed = true;
    bs_json_add(j, doc, "skipped", skipped);
    bs_json_add(j, doc, "suppressed", bs_suppressed_json(j, r));
}

cJSON *bs_report_to_json(const bs_report *r)
{
    bs_json j = {0};
    cJSON *doc = cJSON_CreateObject();

    if (!doc)
        return NULL;
    pthread_mutex_lock((pthread_mutex_t *)&r->lock);
    add_sections(&j, doc, r);
    pthread_mutex_unlock((pthread_mutex_t *)&r->lock);
    if (j.failed) {
        cJSON_Delete(doc);
        return NULL;
    }
    return doc;
}
