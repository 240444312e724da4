/*
 * json_read.c - rebuilds the report model from a breachscan-report/1
 * document (see json_read.h).  Strings written escaped (`\xNN`) are
 * unescaped, so writing the model again gives the same text; finding ids are
 * dropped (the model numbers again); the timeline's file.* events are made
 * again from the findings and the other events are linked to their findings
 * by object location; the summary is computed again, except what only the
 * scan could know (card exposure, an interrupted scan).
 */
#include "report/json_read.h"

#include <cjson/cJSON.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/limits.h"
#include "core/timeparse.h"
#include "core/utf8.h"
#include "report/model_priv.h"

#define REPORT_SCHEMA "breachscan-report/1"
#define FIELD_PATH_MAX 160

/* One document being read: where we are, for messages. */
typedef struct rd {
    bs_report *r;
    const char *name;
    bs_error *err;
    bool failed;
    char path[FIELD_PATH_MAX]; /* "findings[2].object" */
    int target_base;           /* index of this document's t1 in r */
    int n_targets;
    int finding_base;
    cJSON *doc;
    const cJSON **findings; /* the document's findings by index (cJSON arrays are lists) */
    int n_findings;
} rd;

static bool bad(rd *c, const char *key, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static bool bad(rd *c, const char *key, const char *fmt, ...)
{
    char what[160];
    va_list ap;

    if (c->failed)
        return false;
    va_start(ap, fmt);
    vsnprintf(what, sizeof(what), fmt, ap);
    va_end(ap);
    bs_error_set(c->err, "report", "%s: %s%s%s: %s", c->name, c->path,
                 c->path[0] && key ? "." : "", key ? key : "", what);
    c->failed = true;
    return false;
}

/* Enters key (or key[i] when i >= 0) for messages; returns the old length. */
static size_t enter(rd *c, const char *key, int i)
{
    size_t n = strlen(c->path);

    if (i >= 0)
        snprintf(c->path + n, sizeof(c->path) - n, "%s%s[%d]", n ? "." : "", key, i);
    else
        snprintf(c->path + n, sizeof(c->path) - n, "%s%s", n ? "." : "", key);
    return n;
}

static void leave(rd *c, size_t n)
{
    c->path[n] = '\0';
}

/* ---- typed getters: false (and the error set) when the field is wrong ---- */

static const cJSON *field(rd *c, const cJSON *o, const char *key, bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

    if (!v && required)
        bad(c, key, "missing");
    return v;
}

/* A string (unescaped, malloc'd) or NULL for null/missing when allowed. */
static bool get_str(rd *c, const cJSON *o, const char *key, bool nullable, char **out)
{
    const cJSON *v = field(c, o, key, !nullable);

    *out = NULL;
    if (c->failed)
        return false;
    if (!v || cJSON_IsNull(v))
        return nullable ? true : bad(c, key, "expected a string");
    if (!cJSON_IsString(v))
        return bad(c, key, "expected a string");
    if (!(*out = bs_utf8_unescape(v->valuestring, NULL)))
        return bad(c, key, "out of memory");
    return true;
}

static bool get_num(rd *c, const cJSON *o, const char *key, bool required, double min,
                    double *out)
{
    const cJSON *v = field(c, o, key, required);

    if (c->failed)
        return false;
    if (!v)
        return true;
    if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) || v->valuedouble < min)
        return bad(c, key, "expected a number >= %g", min);
    *out = v->valuedouble;
    return true;
}

/*
 * An optional number: true (and *out set) only when the field is there, not
 * null, valid and at most max (get_num alone is true for an absent field
 * and leaves *out as it was).
 */
static bool get_opt_num(rd *c, const cJSON *o, const char *key, double max, double *out)
{
    const cJSON *v = field(c, o, key, false);

    if (!v || cJSON_IsNull(v) || !get_num(c, o, key, false, 0, out))
        return false;
    return *out <= max || bad(c, key, "expected a number <= %g", max);
}

/* The numeric limits of scan.options, each into its bs_config field. */
typedef struct limit_field {
    const char *key;
    size_t offset; /* in bs_config */
    bool is_int;   /* an int field (else uint64_t) */
    double max;
} limit_field;

static const limit_field limit_fields[] = {
    {"max_file_size", offsetof(bs_config, max_file_size), false, (double)INT64_MAX},
    {"hash_max_size", offsetof(bs_config, hash_max_size), false, (double)INT64_MAX},
    {"memory_limit", offsetof(bs_config, memory_limit), false, (double)INT64_MAX},
    {"max_depth", offsetof(bs_config, max_depth), true, INT_MAX},
    {"max_findings_per_rule", offsetof(bs_config, max_findings_per_rule), true, INT_MAX},
    {"max_findings", offsetof(bs_config, max_findings), true, INT_MAX},
    {"max_matches", offsetof(bs_config, max_matches), true, BS_MATCHES_PER_FINDING_CEILING},
    {"max_path_length", offsetof(bs_config, max_path_length), false, (double)INT64_MAX},
    {"max_log_events", offsetof(bs_config, max_log_events), false, (double)INT64_MAX},
    {"max_log_line", offsetof(bs_config, max_log_line), false, (double)INT64_MAX},
    {"archive_max_bytes", offsetof(bs_config, archive_max_total_bytes), false, (double)INT64_MAX},
    {"archive_max_members", offsetof(bs_config, archive_max_members), false, (double)INT64_MAX},
    {"archive_max_ratio", offsetof(bs_config, archive_max_ratio), false, (double)INT64_MAX},
    {"archive_depth", offsetof(bs_config, archive_depth), true, INT_MAX},
    {"timeout_s", offsetof(bs_config, timeout_s), true, INT_MAX},
};

static void read_limits(rd *c, const cJSON *o, bs_config *cfg)
{
    /* a report from before --max-findings existed was made without it, not with its default */
    cfg->max_findings = 0;
    for (size_t i = 0; i < sizeof(limit_fields) / sizeof(limit_fields[0]); i++) {
        const limit_field *l = &limit_fields[i];
        char *at = (char *)cfg + l->offset;
        double n;

        if (!get_opt_num(c, o, l->key, l->max, &n))
            continue;
        if (l->is_int)
            *(int *)(void *)at = (int)n;
        else
            *(uint64_t *)(void *)at = (uint64_t)n;
    }
}

static bool get_bool(rd *c, const cJSON *o, const char *key, bool *out)
{
    const cJSON *v = field(c, o, key, false);

    if (!v || c->failed)
        return !c->failed;
    if (!cJSON_IsBool(v))
        return bad(c, key, "expected true or false");
    *out = cJSON_IsTrue(v);
    return true;
}

static bool get_array(rd *c, const cJSON *o, const char *key, bool required, const cJSON **out)
{
    const cJSON *v = field(c, o, key, required);

    *out = NULL;
    if (!v || c->failed)
        return !c->failed;
    if (!cJSON_IsArray(v))
        return bad(c, key, "expected an array");
    *out = v;
    return true;
}

static bool get_object(rd *c, const cJSON *o, const char *key, bool required, const cJSON **out)
{
    const cJSON *v = field(c, o, key, required);

    *out = NULL;
    if (!v || c->failed || cJSON_IsNull(v))
        return !c->failed;
    if (!cJSON_IsObject(v))
        return bad(c, key, "expected an object");
    *out = v;
    return true;
}

/* "YYYY-MM-DDTHH:MM:SS[.fraction]Z" or null. */
static bool get_time(rd *c, const cJSON *o, const char *key, bs_time *out)
{
    const cJSON *v = field(c, o, key, false);

    memset(out, 0, sizeof(*out));
    if (!v || c->failed || cJSON_IsNull(v))
        return !c->failed;
    if (!cJSON_IsString(v) ||
        bs_time_parse(v->valuestring, strlen(v->valuestring), BS_TIME_ZONE_NEEDED | BS_TIME_ONLY_Z,
                      out, NULL) != strlen(v->valuestring))
        return bad(c, key, "expected an RFC 3339 UTC time (YYYY-MM-DDTHH:MM:SS[.fraction]Z)");
    return true;
}

/* A string array into a list (unescaped). */
static bool get_strlist(rd *c, const cJSON *o, const char *key, bs_strlist *out)
{
    const cJSON *arr, *item;
    int i = 0;

    if (!get_array(c, o, key, false, &arr))
        return false;
    cJSON_ArrayForEach(item, arr)
    {
        char *s;

        if (!cJSON_IsString(item)) {
            size_t n = enter(c, key, i);

            bad(c, NULL, "expected a string");
            leave(c, n);
            return false;
        }
        if (!(s = bs_utf8_unescape(item->valuestring, NULL)) || bs_strlist_add(out, s) != 0) {
            free(s);
            return bad(c, key, "out of memory");
        }
        free(s);
        i++;
    }
    return true;
}

/* "t3" -> the model's target index, "F2" -> 1 + base; NULL/null -> -1. */
static bool get_ref(rd *c, const cJSON *o, const char *key, char prefix, int count, int base,
                    int *out)
{
    const cJSON *v = field(c, o, key, false);
    char *end;
    long n;

    *out = -1;
    if (!v || c->failed || cJSON_IsNull(v))
        return !c->failed;
    if (!cJSON_IsString(v) || v->valuestring[0] != prefix)
        return bad(c, key, "expected \"%c<n>\"", prefix);
    n = strtol(v->valuestring + 1, &end, 10);
    if (*end || n < 1 || n > count)
        return bad(c, key, "\"%s\" names no entry of this report", v->valuestring);
    *out = base + (int)n - 1;
    return true;
}

static bool get_hex(rd *c, const cJSON *o, const char *key, char *out, size_t size)
{
    char *s;

    out[0] = '\0';
    if (!get_str(c, o, key, true, &s))
        return false;
    if (s && strlen(s) != size - 1) {
        free(s);
        return bad(c, key, "expected %zu hex digits", size - 1);
    }
    if (s)
        memcpy(out, s, size);
    free(s);
    return true;
}

/* ---- header ---- */

static bool read_options(rd *c, const cJSON *scan)
{
    const cJSON *o;
    bs_config cfg;
    char *sev = NULL;
    double threads = 0;
    bool v;

    bs_config_init(&cfg);
    if (!get_object(c, scan, "options", true, &o) || !o)
        goto out;
    if (get_str(c, o, "fail_on", true, &sev) && sev && bs_severity_parse(sev, &cfg.fail_on) != 0)
        bad(c, "fail_on", "unknown severity");
    read_limits(c, o, &cfg);
    v = true, get_bool(c, o, "archives", &v), cfg.no_archives = !v;
    v = true, get_bool(c, o, "images", &v), cfg.no_images = !v;
    v = true, get_bool(c, o, "deleted", &v), cfg.no_deleted = !v;
    v = false, get_bool(c, o, "logs", &v), cfg.no_logs = !v;
    v = false, get_bool(c, o, "pan", &v), cfg.no_pan = !v;
    get_bool(c, o, "hash_evidence", &cfg.hash_evidence);
    get_bool(c, o, "add_rules", &cfg.add_rules);
    {
        bs_time t;

        if (get_time(c, o, "since", &t) && t.set)
            cfg.since = t.sec;
        if (get_time(c, o, "until", &t) && t.set)
            cfg.until = t.sec;
    }
    get_strlist(c, o, "excludes", &cfg.excludes);
    get_strlist(c, o, "rule_paths", &cfg.rule_paths);
    get_strlist(c, o, "ioc_paths", &cfg.ioc_paths);
    {
        bs_strlist argv = {0};

        get_strlist(c, scan, "argv", &argv);
        cfg.argv = argv.items;
        cfg.argc = argv.count;
        get_num(c, scan, "threads", false, 0, &threads);
        if (!c->failed)
            bs_report_set_config(c->r, &cfg, (int)threads);
        bs_strlist_release(&argv);
        cfg.argv = NULL;
    }
out:
    free(sev);
    bs_config_release(&cfg);
    return !c->failed;
}

static double epoch_of(bs_time t)
{
    return t.set ? (double)t.sec + (double)t.nsec / 1e9 : 0;
}

/* tool and scan: taken from the first report; the scan times span them all. */
static bool read_header(rd *c)
{
    const cJSON *tool, *scan, *rules;
    char *version = NULL, *yara = NULL, *sha = NULL;
    bs_time started, finished;
    double files = 0, count = 0;
    bool first = !c->r->opt.set;
    size_t n;

    if (!get_object(c, c->doc, "tool", true, &tool) || !get_object(c, c->doc, "scan", true, &scan) ||
        !tool || !scan)
        return c->failed ? false : bad(c, "tool", "expected an object");
    n = enter(c, "tool", -1);
    if (get_str(c, tool, "version", false, &version) && get_str(c, tool, "yara", true, &yara) &&
        get_object(c, tool, "rules", false, &rules) && rules) {
        get_num(c, rules, "files", false, 0, &files);
        get_num(c, rules, "rules", false, 0, &count);
        get_str(c, rules, "sha256", true, &sha);
    }
    leave(c, n);
    n = enter(c, "scan", -1);
    if (get_time(c, scan, "started", &started) && get_time(c, scan, "finished", &finished) &&
        first && read_options(c, scan)) {
        bs_report_set_tool(c->r, version, yara);
        bs_report_rules_info(c->r, (int)files, (int)count, sha);
    }
    if (!c->failed) {
        double s = epoch_of(started), f = epoch_of(finished);

        if (!first && c->r->started > 0 && (s <= 0 || c->r->started < s))
            s = c->r->started;
        if (!first && c->r->finished_at > f)
            f = c->r->finished_at;
        bs_report_scan_times(c->r, s, f);
    }
    leave(c, n);
    free(version);
    free(yara);
    free(sha);
    return !c->failed;
}

/* ---- targets ---- */

static bool read_volume(rd *c, const cJSON *v, int target)
{
    bs_volume_info vol;
    char *id = NULL, *scheme = NULL, *fs = NULL, *label = NULL;
    double off = 0, size = 0;

    memset(&vol, 0, sizeof(vol));
    if (get_str(c, v, "id", false, &id) && get_str(c, v, "scheme", false, &scheme) &&
        get_num(c, v, "offset", true, 0, &off) && get_num(c, v, "size", false, 0, &size) &&
        get_str(c, v, "fs", false, &fs) && get_str(c, v, "label", true, &label)) {
        snprintf(vol.id, sizeof(vol.id), "%s", id);
        snprintf(vol.scheme, sizeof(vol.scheme), "%s", scheme);
        snprintf(vol.fs, sizeof(vol.fs), "%s", fs);
        snprintf(vol.label, sizeof(vol.label), "%s", label ? label : "");
        vol.offset = (uint64_t)off;
        vol.size = (uint64_t)size;
        bs_report_add_volume(c->r, target, &vol);
    }
    free(id);
    free(scheme);
    free(fs);
    free(label);
    return !c->failed;
}

static bool read_target_evidence(rd *c, const cJSON *t, int target)
{
    const cJSON *ev, *segs, *seg, *ewf;
    bs_ewf_check check;

    if (get_object(c, t, "evidence", false, &ev) && ev && get_array(c, ev, "segments", true, &segs))
        cJSON_ArrayForEach(seg, segs)
        {
            char *file = NULL, sha[65];
            double size = 0;

            if (get_str(c, seg, "file", false, &file) && get_num(c, seg, "size", true, 0, &size) &&
                get_hex(c, seg, "sha256", sha, sizeof(sha)))
                bs_report_target_segment(c->r, target, file, (uint64_t)size, sha);
            free(file);
        }
    if (get_object(c, t, "ewf", false, &ewf) && ewf &&
        get_hex(c, ewf, "stored_md5", check.stored_md5, sizeof(check.stored_md5)) &&
        get_hex(c, ewf, "computed_md5", check.computed_md5, sizeof(check.computed_md5)) &&
        get_hex(c, ewf, "stored_sha1", check.stored_sha1, sizeof(check.stored_sha1)) &&
        get_hex(c, ewf, "computed_sha1", check.computed_sha1, sizeof(check.computed_sha1)))
        bs_report_target_ewf(c->r, target, &check);
    return !c->failed;
}

static bool read_target(rd *c, const cJSON *t)
{
    static const struct {
        const char *name;
        bs_stat stat;
        bool required;
    } stat_names[] = {{"objects", BS_STAT_OBJECTS, true},
                      {"bytes", BS_STAT_BYTES, true},
                      {"deleted", BS_STAT_DELETED, true},
                      {"archives", BS_STAT_ARCHIVES, true},
                      {"log_files", BS_STAT_LOG_FILES, false},
                      {"log_requests", BS_STAT_LOG_REQUESTS, false},
                      {"log_malformed", BS_STAT_LOG_MALFORMED, false},
                      {"log_long_lines", BS_STAT_LOG_LONG_LINES, false}};
    const cJSON *vols, *vol, *stats;
    char *path = NULL, *kind = NULL, *format = NULL, *sha = NULL;
    double size = -1, v;
    int index = -1;

    if (get_str(c, t, "path", false, &path) && get_str(c, t, "kind", true, &kind) &&
        get_str(c, t, "format", true, &format) && get_str(c, t, "sha256", true, &sha) &&
        (index = bs_report_add_target(c->r, path, kind)) < 0)
        bad(c, NULL, "out of memory");
    if (!c->failed) {
        const cJSON *sz = field(c, t, "size", false);

        if (sz && !cJSON_IsNull(sz) && get_num(c, t, "size", false, 0, &size))
            bs_report_target_size(c->r, index, (uint64_t)size);
        bs_report_target_format(c->r, index, format);
        bs_report_target_sha256(c->r, index, sha);
    }
    if (!c->failed && get_array(c, t, "volumes", false, &vols))
        cJSON_ArrayForEach(vol, vols) if (!read_volume(c, vol, index)) break;
    /* skipped and errors are counted again as their entries are added */
    if (!c->failed && get_object(c, t, "stats", true, &stats) && stats)
        for (size_t s = 0; s < sizeof(stat_names) / sizeof(stat_names[0]); s++)
            if ((v = 0, get_num(c, stats, stat_names[s].name, stat_names[s].required, 0, &v)))
                bs_report_count(c->r, index, stat_names[s].stat, (uint64_t)v);
    if (!c->failed)
        read_target_evidence(c, t, index);
    free(path);
    free(kind);
    free(format);
    free(sha);
    return !c->failed;
}

/* ---- findings ---- */

static bool read_object(rd *c, const cJSON *o, int target, bs_finding *f)
{
    char *loc = NULL, *path = NULL, *owner = NULL, *mode = NULL;
    double v = 0;
    bs_object *obj;
    const cJSON *inode;

    if (!get_str(c, o, "location", false, &loc) || !get_str(c, o, "path", true, &path))
        goto out;
    if (!(obj = bs_object_new(target, loc, path ? path : ""))) {
        bad(c, NULL, "out of memory");
        goto out;
    }
    f->object = obj;
    if ((inode = field(c, o, "inode", false)) && !cJSON_IsNull(inode) &&
        get_num(c, o, "inode", false, 0, &v)) {
        obj->inode = (uint64_t)v;
        obj->has_inode = true;
    }
    get_bool(c, o, "deleted", &obj->deleted);
    if (get_num(c, o, "size", true, 0, &v))
        obj->size = (uint64_t)v;
    if (get_str(c, o, "mode", true, &mode) && mode) {
        obj->mode = (uint32_t)strtoul(mode, NULL, 8);
        obj->has_mode = true;
    }
    if (get_str(c, o, "owner", true, &owner))
        obj->owner = owner, owner = NULL;
    get_hex(c, o, "md5", f->hashes.md5, sizeof(f->hashes.md5));
    get_hex(c, o, "sha1", f->hashes.sha1, sizeof(f->hashes.sha1));
    get_hex(c, o, "sha256", f->hashes.sha256, sizeof(f->hashes.sha256));
    get_time(c, o, "mtime", &obj->mtime);
    get_time(c, o, "atime", &obj->atime);
    get_time(c, o, "ctime", &obj->ctime);
    get_time(c, o, "crtime", &obj->crtime);
    get_time(c, o, "dtime", &obj->dtime);
    if (get_opt_num(c, o, "depth", INT_MAX, &v))
        obj->depth = (int)v;
out:
    free(loc);
    free(path);
    free(owner);
    free(mode);
    return !c->failed;
}

static bool read_matches(rd *c, const cJSON *f_json, bs_finding *f)
{
    const cJSON *arr, *m;
    int n, i = 0;

    if (!get_array(c, f_json, "matches", true, &arr) || !arr)
        return !c->failed;
    n = cJSON_GetArraySize(arr);
    if (n > BS_MATCHES_PER_FINDING_CEILING)
        return bad(c, "matches", "more than %d matches", BS_MATCHES_PER_FINDING_CEILING);
    if (n && !(f->matches = calloc((size_t)n, sizeof(*f->matches))))
        return bad(c, "matches", "out of memory");
    cJSON_ArrayForEach(m, arr)
    {
        bs_match *x = &f->matches[f->n_matches++]; /* counted now: freed with f */
        size_t depth = enter(c, "matches", i++);
        const cJSON *data = field(c, m, "data", true);
        double off = 0, len = 0;
        size_t dlen = 0;

        if (get_str(c, m, "id", false, &x->id) && get_num(c, m, "offset", true, 0, &off) &&
            get_num(c, m, "length", true, 0, &len) && !c->failed) {
            if (!cJSON_IsString(data))
                bad(c, "data", "expected a string");
            else if (!(x->data = (uint8_t *)bs_utf8_unescape(data->valuestring, &dlen)))
                bad(c, "data", "out of memory");
            x->offset = (uint64_t)off;
            x->length = (uint32_t)len;
            x->data_len = (uint32_t)(dlen < BS_MATCH_EXCERPT_MAX ? dlen : BS_MATCH_EXCERPT_MAX);
        }
        leave(c, depth);
        if (c->failed)
            break;
    }
    return !c->failed;
}

static bool read_card(rd *c, const cJSON *card, bs_card_info *info)
{
    static const char *const issuers[BS_ISSUER_COUNT] = {"visa", "mastercard", "amex",
                                                         "discover", "jcb", "diners"};
    const cJSON *iss, *samples, *s;
    double v = 0;

    if (get_num(c, card, "distinct", true, 0, &v))
        info->distinct = (uint64_t)v;
    if (get_opt_num(c, card, "occurrences", (double)INT64_MAX, &v))
        info->occurrences = (uint64_t)v;
    if (get_object(c, card, "issuers", false, &iss) && iss)
        for (int i = 0; i < BS_ISSUER_COUNT; i++) {
            v = 0;
            if (get_num(c, iss, issuers[i], false, 0, &v))
                info->by_issuer[i] = (uint64_t)v;
        }
    v = 0;
    if (get_num(c, card, "track1", false, 0, &v))
        info->track1 = (uint64_t)v;
    v = 0;
    if (get_num(c, card, "track2", false, 0, &v))
        info->track2 = (uint64_t)v;
    if (get_array(c, card, "samples", false, &samples) && samples)
        cJSON_ArrayForEach(s, samples)
        {
            if (!cJSON_IsString(s) || info->n_samples == BS_CARD_SAMPLES_MAX)
                return bad(c, "samples", "expected at most %d strings", BS_CARD_SAMPLES_MAX);
            snprintf(info->samples[info->n_samples++], BS_CARD_MASKED_MAX, "%s", s->valuestring);
        }
    get_time(c, card, "first", &info->first);
    get_time(c, card, "last", &info->last);
    return !c->failed;
}

static bool read_finding_extras(rd *c, const cJSON *fj, bs_finding *f)
{
    const cJSON *acc, *card;
    double v = 0;

    if (get_num(c, fj, "log_hits", true, 0, &v))
        f->log_hits = (int)v;
    if (get_object(c, fj, "log_access", false, &acc) && acc) {
        size_t n = enter(c, "log_access", -1);

        f->log_access.requests = f->log_hits;
        if (get_num(c, acc, "clients", true, 0, &v))
            f->log_access.clients = (int)v;
        get_time(c, acc, "first", &f->log_access.first);
        get_time(c, acc, "last", &f->log_access.last);
        leave(c, n);
    }
    if (get_object(c, fj, "card", false, &card) && card) {
        size_t n = enter(c, "card", -1);

        if (!(f->card = calloc(1, sizeof(*f->card))))
            bad(c, NULL, "out of memory");
        else
            read_card(c, card, f->card);
        leave(c, n);
    }
    return !c->failed;
}

/* One finding object into a new bs_finding (NULL when c->failed). */
static bs_finding *parse_finding(rd *c, const cJSON *fj)
{
    char *source = NULL, *rule = NULL, *sev_text = NULL;
    bs_severity sev = BS_SEV_MEDIUM;
    const cJSON *obj;
    bs_finding *f = NULL;
    int target = -1;

    if (!get_str(c, fj, "source", false, &source) || !get_str(c, fj, "rule", false, &rule) ||
        !get_str(c, fj, "severity", false, &sev_text))
        goto out;
    if (bs_severity_parse(sev_text, &sev) != 0) {
        bad(c, "severity", "unknown severity \"%s\"", sev_text);
        goto out;
    }
    if (!(f = bs_finding_new(source, rule, sev, NULL))) {
        bad(c, NULL, "out of memory");
        goto out;
    }
    if (get_str(c, fj, "namespace", true, &f->namespace_) &&
        get_str(c, fj, "family", true, &f->family) &&
        get_str(c, fj, "description", true, &f->description) &&
        get_strlist(c, fj, "reference", &f->references) && get_strlist(c, fj, "tags", &f->tags) &&
        get_ref(c, fj, "target", 't', c->n_targets, c->target_base, &target) &&
        get_object(c, fj, "object", true, &obj) && obj) {
        size_t n = enter(c, "object", -1);

        read_object(c, obj, target, f);
        leave(c, n);
    }
    if (!c->failed && read_matches(c, fj, f) && read_finding_extras(c, fj, f))
        goto out;
    bs_finding_free(f);
    f = NULL;
out:
    free(source);
    free(rule);
    free(sev_text);
    return c->failed ? NULL : f;
}

static bool read_finding(rd *c, const cJSON *fj)
{
    bs_finding *f = parse_finding(c, fj);

    if (f)
        bs_report_add_finding(c->r, f);
    return !c->failed;
}

/* suppressed[i]: the finding and the entry that suppressed it (docs/SUPPRESSIONS.md). */
static bool read_suppressed(rd *c, const cJSON *o)
{
    const cJSON *fj, *by;
    char *kind = NULL, *file = NULL, *reason = NULL;
    double line = 0;
    bs_finding *f = NULL;

    if (!get_object(c, o, "finding", true, &fj) || !get_object(c, o, "suppressed_by", true, &by))
        return false;
    if (!fj || !by)
        return bad(c, fj ? "suppressed_by" : "finding", "expected an object");
    {
        size_t n = enter(c, "finding", -1);

        f = parse_finding(c, fj);
        leave(c, n);
    }
    if (f) {
        size_t n = enter(c, "suppressed_by", -1);

        if (get_str(c, by, "kind", false, &kind) && get_str(c, by, "file", true, &file) &&
            get_str(c, by, "reason", false, &reason) &&
            (cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(by, "line")) ||
             get_num(c, by, "line", false, 0, &line)) &&
            (line <= INT_MAX || bad(c, "line", "expected a line number")))
            bs_report_add_suppressed(c->r, f, kind, file, (int)line, reason);
        else
            bs_finding_free(f);
        leave(c, n);
    }
    free(kind), free(file), free(reason);
    return !c->failed;
}

/* ---- timeline, errors, skipped ---- */

/* MACB and deletion events are rebuilt from the objects' times, not read. */
static bool is_file_event(const char *event)
{
    return strncmp(event, "file.", 5) == 0;
}

/*
 * A finding of this document by its "F<n>" (index among the document's
 * findings), through an index built once: cJSON_GetArrayItem walks the list,
 * and a timeline of 180,000 events linked to 20,000 findings took 15 s so.
 */
static const cJSON *doc_finding(rd *c, int index)
{
    const cJSON *all = cJSON_GetObjectItemCaseSensitive(c->doc, "findings"), *f;
    int i = index - c->finding_base;

    if (!c->findings && cJSON_IsArray(all) && (c->findings = calloc(
                                                   (size_t)cJSON_GetArraySize(all) + 1,
                                                   sizeof(*c->findings)))) {
        cJSON_ArrayForEach(f, all)
            c->findings[c->n_findings++] = f;
    }
    if (!c->findings)
        return cJSON_GetArrayItem(all, i); /* out of memory for the index: the slow way */
    return i >= 0 && i < c->n_findings ? c->findings[i] : NULL;
}

/* Adds ev linked to the findings at fj's location (narrowed to fj's rule when asked). */
static void add_linked(rd *c, bs_timeline_event *ev, const cJSON *fj, bool narrow)
{
    const cJSON *obj = fj ? cJSON_GetObjectItem(fj, "object") : NULL;
    char *flink = NULL, *frule = NULL;

    if (cJSON_IsObject(obj))
        flink = bs_utf8_unescape(cJSON_GetObjectItem(obj, "location")->valuestring, NULL);
    if (fj && narrow)
        frule = bs_utf8_unescape(cJSON_GetObjectItem(fj, "rule")->valuestring, NULL);
    ev->finding_location = flink;
    ev->finding_rule = frule;
    if (!c->failed)
        bs_report_add_timeline_event(c->r, ev);
    ev->finding_location = ev->finding_rule = NULL;
    free(flink), free(frule);
}

/*
 * One added event per finding in "findings" (its location, its rule): the
 * timeline merges them back into one event, so a request stays linked to the
 * log's pattern findings and to the shell it reached.  Without the list, the
 * one "finding" narrowed to its rule.
 */
static void add_event_links(rd *c, bs_timeline_event *ev, const cJSON *e, int finding,
                            int n_findings)
{
    const cJSON *ids = cJSON_GetObjectItem(e, "findings"), *id;
    bool any = false;

    if (!cJSON_IsArray(ids))
        ids = NULL;
    cJSON_ArrayForEach(id, ids)
    {
        char *end;
        long n;

        if (!cJSON_IsString(id) || id->valuestring[0] != 'F')
            continue;
        n = strtol(id->valuestring + 1, &end, 10);
        if (*end || n < 1 || n > n_findings)
            continue;
        add_linked(c, ev, doc_finding(c, c->finding_base + (int)n - 1), true);
        any = true;
    }
    if (!any)
        add_linked(c, ev, finding >= 0 ? doc_finding(c, finding) : NULL, true);
}

static bool read_event(rd *c, const cJSON *e, int n_findings)
{
    bs_timeline_event ev = {.counted = true};
    char *event = NULL, *loc = NULL, *detail = NULL, *client = NULL, *method = NULL;
    char *url = NULL, *ua = NULL;
    double v = 0;
    int finding = -1;

    if (get_time(c, e, "time", &ev.time) && get_str(c, e, "event", false, &event) &&
        get_str(c, e, "location", false, &loc) && get_str(c, e, "detail", true, &detail) &&
        get_str(c, e, "client", true, &client) && get_str(c, e, "method", true, &method) &&
        get_str(c, e, "url", true, &url) && get_str(c, e, "user_agent", true, &ua) &&
        get_ref(c, e, "finding", 'F', n_findings, c->finding_base, &finding) && !is_file_event(event)) {
        if (get_num(c, e, "status", false, 1, &v))
            ev.status = (int)v;
        if (field(c, e, "bytes", false) && get_num(c, e, "bytes", false, 0, &v)) {
            ev.bytes = (uint64_t)v;
            ev.has_bytes = true;
        }
        ev.event = event;
        ev.location = loc;
        ev.detail = detail;
        ev.client = client;
        ev.method = method;
        ev.url = url;
        ev.user_agent = ua;
        add_event_links(c, &ev, e, finding, n_findings);
    }
    free(event), free(loc), free(detail), free(client), free(method);
    free(url), free(ua);
    return !c->failed;
}

static bool read_problem(rd *c, const cJSON *e, bool skipped)
{
    char *loc = NULL, *a = NULL, *b = NULL;
    bs_hashes h;
    int target = -1;

    memset(&h, 0, sizeof(h));
    if (!get_ref(c, e, "target", 't', c->n_targets, c->target_base, &target) ||
        !get_str(c, e, "location", true, &loc))
        goto out;
    if (!skipped && get_str(c, e, "stage", false, &a) && get_str(c, e, "message", false, &b))
        bs_report_add_error(c->r, target, loc, a, b);
    if (skipped && get_str(c, e, "reason", false, &a) && get_str(c, e, "detail", true, &b) &&
        get_hex(c, e, "md5", h.md5, sizeof(h.md5)) &&
        get_hex(c, e, "sha1", h.sha1, sizeof(h.sha1)) &&
        get_hex(c, e, "sha256", h.sha256, sizeof(h.sha256)))
        bs_report_add_skipped(c->r, target, loc, a, b, &h);
out:
    free(loc);
    free(a);
    free(b);
    return !c->failed;
}

/* Runs fn over every element of doc[key]; each must be an object. */
static bool each(rd *c, const char *key, bool (*fn)(rd *, const cJSON *, int), int arg)
{
    const cJSON *arr, *item;
    int i = 0;

    if (!get_array(c, c->doc, key, true, &arr))
        return false;
    cJSON_ArrayForEach(item, arr)
    {
        size_t n = enter(c, key, i++);

        if (!cJSON_IsObject(item))
            bad(c, NULL, "expected an object");
        else
            fn(c, item, arg);
        leave(c, n);
        if (c->failed)
            return false;
    }
    return true;
}

static bool target_fn(rd *c, const cJSON *o, int arg)
{
    (void)arg;
    return read_target(c, o);
}

static bool finding_fn(rd *c, const cJSON *o, int arg)
{
    (void)arg;
    return read_finding(c, o);
}

static bool event_fn(rd *c, const cJSON *o, int n_findings)
{
    return read_event(c, o, n_findings);
}

static bool problem_fn(rd *c, const cJSON *o, int skipped)
{
    return read_problem(c, o, skipped != 0);
}

static bool suppressed_fn(rd *c, const cJSON *o, int arg)
{
    (void)arg;
    return read_suppressed(c, o);
}

/* scan.suppressions: the allow files and baseline an earlier scan used (listed again). */
static bool read_suppressions(rd *c)
{
    const cJSON *scan = cJSON_GetObjectItemCaseSensitive(c->doc, "scan"), *sup, *files, *f, *base;
    int i = 0;

    enter(c, "scan", -1);
    if (!get_object(c, scan, "suppressions", false, &sup) || !sup)
        goto out;
    enter(c, "suppressions", -1);
    if (!get_array(c, sup, "allow", false, &files))
        goto out;
    cJSON_ArrayForEach(f, files)
    {
        char *file = NULL, *target = NULL;
        bool automatic = false;
        double entries = 0;
        size_t n = enter(c, "allow", i++);

        if (get_str(c, f, "file", false, &file) && get_str(c, f, "target", true, &target) &&
            get_bool(c, f, "automatic", &automatic) &&
            get_num(c, f, "entries", false, 0, &entries))
            bs_report_note_allow_file(c->r, file, target, automatic,
                                      entries < INT_MAX ? (int)entries : INT_MAX);
        free(file), free(target);
        leave(c, n);
        if (c->failed)
            goto out;
    }
    if (get_object(c, sup, "baseline", false, &base) && base) {
        char *file = NULL;
        double findings = 0;
        size_t n = enter(c, "baseline", -1);

        if (get_str(c, base, "file", false, &file) &&
            get_num(c, base, "findings", false, 0, &findings))
            bs_report_note_baseline(c->r, file, findings < INT_MAX ? (int)findings : INT_MAX);
        free(file);
        leave(c, n);
    }
out:
    c->path[0] = '\0';
    return !c->failed;
}

/* What only the scan knew: card totals, an interrupted scan. */
static bool read_summary(rd *c)
{
    const cJSON *s, *card;
    bool complete = true;

    if (!get_object(c, c->doc, "summary", true, &s) || !s)
        return c->failed ? false : bad(c, "summary", "expected an object");
    enter(c, "summary", -1);
    get_bool(c, s, "complete", &complete);
    if (!complete)
        bs_report_set_interrupted(c->r);
    if (get_object(c, s, "card_exposure", false, &card) && card) {
        bs_card_exposure e;
        bs_card_info info;
        const bs_card_exposure *had = c->r->has_card ? &c->r->card : NULL;

        memset(&e, 0, sizeof(e));
        memset(&info, 0, sizeof(info));
        if (read_card(c, card, &info)) {
            double objects = 0;

            get_num(c, card, "objects", false, 0, &objects);
            /* merged reports: distinct numbers of separate runs can only be summed */
            e.distinct = info.distinct + (had ? had->distinct : 0);
            e.objects = (uint64_t)objects + (had ? had->objects : 0);
            for (int i = 0; i < BS_ISSUER_COUNT; i++)
                e.by_issuer[i] = info.by_issuer[i] + (had ? had->by_issuer[i] : 0);
            e.first = info.first;
            e.last = info.last;
            if (had) {
                bs_time_keep_earliest(&e.first, had->first);
                bs_time_keep_latest(&e.last, had->last);
            }
            bs_report_set_card_exposure(c->r, &e);
        }
    }
    c->path[0] = '\0';
    return !c->failed;
}

/* ---- the document: JSON, or JSONL reassembled ---- */

/* One JSON value filling text[0..len) but for white space; NULL otherwise. */
static cJSON *parse_whole(const char *text, size_t len)
{
    const char *end = NULL;
    cJSON *v = cJSON_ParseWithLengthOpts(text, len, &end, 0);

    while (v && end && end < text + len && strchr(" \t\r\n", *end))
        end++;
    if (v && end != text + len) {
        cJSON_Delete(v);
        return NULL;
    }
    return v;
}

/* JSONL: typed lines back into one document. */
static cJSON *assemble_jsonl(const char *text, size_t len, rd *c)
{
    static const char *const sections[][2] = {
        {"finding", "findings"}, {"event", "timeline"}, {"error", "errors"},
        {"skipped", "skipped"},  {"suppressed", "suppressed"}};
    const size_t n_sections = sizeof(sections) / sizeof(sections[0]);
    cJSON *doc = cJSON_CreateObject();
    size_t start = 0;
    int line = 0;
    bool summary = false;

    for (size_t i = 0; i < n_sections && doc; i++)
        cJSON_AddItemToObject(doc, sections[i][1], cJSON_CreateArray());
    while (doc && start < len) {
        size_t end = start;
        cJSON *item, *type;

        while (end < len && text[end] != '\n')
            end++;
        line++;
        if (end > start) {
            item = parse_whole(text + start, end - start);
            type = item ? cJSON_DetachItemFromObject(item, "type") : NULL;
            if (!cJSON_IsString(type)) {
                bs_error_set(c->err, "report", "%s: line %d: not a breachscan-report/1 jsonl line",
                             c->name, line);
                cJSON_Delete(type), cJSON_Delete(item), cJSON_Delete(doc);
                return NULL;
            }
            if (strcmp(type->valuestring, "finding.found") == 0) {
                /* provisional, streamed during the scan: the "finding" lines repeat them */
                cJSON_Delete(item);
                item = NULL;
            } else if (strcmp(type->valuestring, "summary") == 0) {
                static const char *const header[] = {"schema", "tool", "scan", "targets"};

                for (size_t h = 0; h < 4; h++) {
                    cJSON *v = cJSON_DetachItemFromObject(item, header[h]);

                    if (v)
                        cJSON_AddItemToObject(doc, header[h], v);
                }
                cJSON_AddItemToObject(doc, "summary", item);
                item = NULL;
                summary = true;
            }
            for (size_t s = 0; item && s < n_sections; s++)
                if (strcmp(type->valuestring, sections[s][0]) == 0) {
                    cJSON_AddItemToArray(cJSON_GetObjectItem(doc, sections[s][1]), item);
                    item = NULL;
                }
            cJSON_Delete(type);
            if (item) {
                bs_error_set(c->err, "report", "%s: line %d: unknown line type", c->name, line);
                cJSON_Delete(item), cJSON_Delete(doc);
                return NULL;
            }
        }
        start = end + 1;
    }
    if (doc && !summary) {
        bs_error_set(c->err, "report",
                     "%s: the jsonl stream has no summary line (an unfinished scan?)", c->name);
        cJSON_Delete(doc);
        return NULL;
    }
    return doc;
}

static cJSON *check_schema(cJSON *doc, rd *c);

static cJSON *parse_document(const char *text, size_t len, rd *c)
{
    cJSON *doc;
    size_t i = 0;

    if (!bs_utf8_valid((const uint8_t *)text, len) || memchr(text, '\0', len)) {
        bs_error_set(c->err, "report", "%s: not UTF-8 text", c->name);
        return NULL;
    }
    doc = parse_whole(text, len);
    if (cJSON_IsString(cJSON_GetObjectItemCaseSensitive(doc, "type"))) { /* one jsonl line */
        cJSON_Delete(doc);
        return check_schema(assemble_jsonl(text, len, c), c);
    }
    while (!doc && i < len && text[i] != '\n')
        i++;
    if (!doc && i < len) { /* jsonl when its first line is a typed line */
        cJSON *first = parse_whole(text, i);

        if (cJSON_IsString(cJSON_GetObjectItemCaseSensitive(first, "type")))
            doc = assemble_jsonl(text, len, c);
        else
            bs_error_set(c->err, "report", "%s: not JSON (or nested too deeply)", c->name);
        cJSON_Delete(first);
    } else if (!doc) {
        bs_error_set(c->err, "report", "%s: not JSON (or nested too deeply)", c->name);
    }
    return check_schema(doc, c);
}

/* The document, or NULL (freed) when it is not a breachscan-report/1 one. */
static cJSON *check_schema(cJSON *doc, rd *c)
{
    const cJSON *schema;

    if (!doc)
        return NULL;
    schema = cJSON_GetObjectItemCaseSensitive(doc, "schema");
    if (!cJSON_IsObject(doc) || !cJSON_IsString(schema)) {
        bs_error_set(c->err, "report", "%s: not a breachscan report (no schema)", c->name);
        cJSON_Delete(doc);
        return NULL;
    }
    if (strcmp(schema->valuestring, REPORT_SCHEMA) != 0) {
        bs_error_set(c->err, "report", "%s: schema \"%.40s\" is not %s", c->name,
                     schema->valuestring, REPORT_SCHEMA);
        cJSON_Delete(doc);
        return NULL;
    }
    return doc;
}

bs_status bs_report_read(bs_report *r, const char *text, size_t len, const char *name,
                         bs_error *err)
{
    rd c = {.r = r, .name = name, .err = err};
    int n_findings;

    if (len > BS_REPORT_READ_MAX) {
        bs_error_set(err, "report", "%s: larger than %llu bytes", name,
                     (unsigned long long)BS_REPORT_READ_MAX);
        return BS_FAILED;
    }
    if (!(c.doc = parse_document(text, len, &c)))
        return BS_FAILED;
    c.target_base = r->n_targets;
    c.finding_base = r->n_findings;
    c.n_targets = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(c.doc, "targets"));
    n_findings = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(c.doc, "findings"));
    if (read_header(&c) && each(&c, "targets", target_fn, 0) &&
        each(&c, "findings", finding_fn, 0) && each(&c, "timeline", event_fn, n_findings) &&
        each(&c, "errors", problem_fn, 0) && each(&c, "skipped", problem_fn, 1) &&
        (!cJSON_GetObjectItemCaseSensitive(c.doc, "suppressed") ||
         each(&c, "suppressed", suppressed_fn, 0)) &&
        read_suppressions(&c))
        read_summary(&c);
    free(c.findings);
    cJSON_Delete(c.doc);
    return c.failed ? BS_FAILED : BS_OK;
}
