/*
 * sarif.c - the `sarif` writer: SARIF 2.1.0 for CI (code scanning, PR
 * annotations).  One run; tool.driver.rules from the rules that have
 * findings; one result per finding with level, message, a physical location
 * (the path relative to the scanned root for plain files; the percent-encoded
 * location string for objects inside archives and images, with the
 * containers as logicalLocations) and a partialFingerprint that stays the
 * same across runs.  Mapping in docs/REPORT.md, "sarif".
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "report/allow.h"
#include "report/escape.h"
#include "report/writer.h"
#include "report/writer_util.h"

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SARIF_VERSION "2.1.0"
#define FINGERPRINT_KEY "breachscan/v2"

typedef struct sarif {
    const cJSON *report;
    const cJSON **rules; /* first finding of each rule, in order of appearance */
    int n_rules;
    bool failed; /* out of memory somewhere */
} sarif;

/* security-severity (GitHub code scanning: 9.0+ critical, 7.0+ high, 4.0+ medium, else low). */
static const char *const security_severity[BS_DOC_SEVERITIES] = {"0.0", "3.0", "5.5", "8.0",
                                                                 "9.5"};
static const char *const levels[BS_DOC_SEVERITIES] = {"note", "note", "warning", "error",
                                                      "error"};

static void add(sarif *s, cJSON *obj, const char *key, cJSON *item)
{
    if (!item || !obj || !cJSON_AddItemToObject(obj, key, item)) {
        cJSON_Delete(item);
        s->failed = true;
    }
}

static void push(sarif *s, cJSON *arr, cJSON *item)
{
    if (!item || !arr || !cJSON_AddItemToArray(arr, item)) {
        cJSON_Delete(item);
        s->failed = true;
    }
}

static void add_str(sarif *s, cJSON *obj, const char *key, const char *value)
{
    if (value)
        add(s, obj, key, cJSON_CreateString(value));
}

/* {"text": text} */
static cJSON *message(sarif *s, const char *text)
{
    cJSON *m = cJSON_CreateObject();

    add_str(s, m, "text", text ? text : "");
    return m;
}

static cJSON *dup(sarif *s, const cJSON *item)
{
    cJSON *d = item ? cJSON_Duplicate(item, true) : cJSON_CreateNull();

    if (!d)
        s->failed = true;
    return d;
}

/* Text printed to a memory stream (for URIs and joined strings); NULL on ENOMEM. */
typedef struct membuf {
    char *data;
    size_t len;
    FILE *f;
} membuf;

static FILE *mem_open(membuf *m)
{
    memset(m, 0, sizeof(*m));
    return m->f = open_memstream(&m->data, &m->len);
}

static char *mem_close(sarif *s, membuf *m)
{
    if (!m->f || fclose(m->f) != 0) {
        free(m->data);
        s->failed = true;
        return NULL;
    }
    return m->data;
}

static void add_owned_str(sarif *s, cJSON *obj, const char *key, char *text)
{
    if (text)
        add(s, obj, key, cJSON_CreateString(text));
    free(text);
}

static int rule_index(const sarif *s, const char *rule)
{
    for (int i = 0; rule && i < s->n_rules; i++)
        if (strcmp(bs_doc_str(s->rules[i], "rule"), rule) == 0)
            return i;
    return -1;
}

static int severity_rank(const cJSON *f)
{
    int r = bs_doc_severity_rank(bs_doc_str(f, "severity"));

    return r < 0 ? 0 : r;
}

/* ---- tool.driver.rules ---- */

static cJSON *rule_json(sarif *s, const cJSON *f)
{
    cJSON *r = cJSON_CreateObject(), *props = cJSON_CreateObject(), *cfg = cJSON_CreateObject();
    const char *rule = bs_doc_str(f, "rule"), *desc = bs_doc_str(f, "description");
    const cJSON *ref;
    membuf help;
    FILE *h = mem_open(&help);

    add_str(s, r, "id", rule);
    add(s, r, "shortDescription", message(s, desc ? desc : rule));
    add(s, r, "fullDescription", message(s, desc ? desc : rule));
    if (h) {
        fprintf(h, "%s", desc ? desc : rule);
        if (bs_doc_str(f, "family"))
            fprintf(h, " Family: %s.", bs_doc_str(f, "family"));
        cJSON_ArrayForEach(ref, bs_doc_arr(f, "reference"))
            if (cJSON_IsString(ref))
                fprintf(h, " Reference: %s", ref->valuestring);
    }
    {
        cJSON *hm = cJSON_CreateObject();

        add_owned_str(s, hm, "text", mem_close(s, &help));
        add(s, r, "help", hm);
    }
    add_str(s, cfg, "level", levels[severity_rank(f)]);
    add(s, r, "defaultConfiguration", cfg);
    add_str(s, props, "security-severity", security_severity[severity_rank(f)]);
    if (bs_doc_arr(f, "tags"))
        add(s, props, "tags", dup(s, bs_doc_arr(f, "tags")));
    add_str(s, props, "severity", bs_doc_severity_name(severity_rank(f)));
    add_str(s, props, "family", bs_doc_str(f, "family"));
    add_str(s, props, "source", bs_doc_str(f, "source"));
    add_str(s, props, "namespace", bs_doc_str(f, "namespace"));
    add(s, r, "properties", props);
    return r;
}

/* The rule of finding f in tool.driver.rules, once. */
static void add_rule(sarif *s, cJSON *rules, const cJSON *f)
{
    if (!s->rules || !bs_doc_str(f, "rule") || rule_index(s, bs_doc_str(f, "rule")) >= 0)
        return;
    s->rules[s->n_rules++] = f;
    push(s, rules, rule_json(s, f));
}

static cJSON *driver_json(sarif *s)
{
    const cJSON *tool = bs_doc_obj(s->report, "tool"), *f;
    cJSON *d = cJSON_CreateObject(), *rules = cJSON_CreateArray(), *props = cJSON_CreateObject();
    int n = cJSON_GetArraySize(bs_doc_arr(s->report, "findings")) +
            cJSON_GetArraySize(bs_doc_arr(s->report, "suppressed"));

    s->rules = calloc((size_t)(n ? n : 1), sizeof(*s->rules));
    if (!s->rules)
        s->failed = true;
    add_str(s, d, "name", "breachscan");
    add_str(s, d, "version", bs_doc_str(tool, "version"));
    add_str(s, d, "semanticVersion", bs_doc_str(tool, "version"));
    cJSON_ArrayForEach(f, bs_doc_arr(s->report, "findings"))
        add_rule(s, rules, f);
    cJSON_ArrayForEach(f, bs_doc_arr(s->report, "suppressed"))
        add_rule(s, rules, bs_doc_obj(f, "finding"));
    add(s, d, "rules", rules);
    add_str(s, props, "yara", bs_doc_str(tool, "yara"));
    add(s, props, "rules", dup(s, bs_doc_obj(tool, "rules")));
    add(s, d, "properties", props);
    return d;
}

/* ---- locations ---- */

static const cJSON *target_of(const sarif *s, const cJSON *f)
{
    const char *id = bs_doc_str(f, "target");
    const cJSON *t;

    cJSON_ArrayForEach(t, bs_doc_arr(s->report, "targets"))
        if (id && bs_doc_str(t, "id") && strcmp(bs_doc_str(t, "id"), id) == 0)
            return t;
    return NULL;
}

/* A file read directly from a directory or file target (not inside an archive or image). */
static bool plain_file(const cJSON *target, const cJSON *obj)
{
    const char *kind = bs_doc_str(target, "kind"), *loc = bs_doc_str(obj, "location");

    if (!kind || !loc || strchr(loc, '!') || bs_doc_num(obj, "depth", 0) != 0)
        return false;
    return strcmp(kind, "directory") == 0 || strcmp(kind, "dir") == 0 ||
           strcmp(kind, "file") == 0;
}

static char *artifact_uri(sarif *s, const cJSON *target, const cJSON *obj)
{
    const char *loc = bs_doc_str(obj, "location"), *path = bs_doc_str(obj, "path");
    const char *kind = bs_doc_str(target, "kind");
    membuf m;
    FILE *f = mem_open(&m);

    if (!f) {
        s->failed = true;
        return NULL;
    }
    if (plain_file(target, obj) && strcmp(kind, "file") != 0 && path) {
        while (*path == '/')
            path++;
        bs_put_uri(f, path);
    } else {
        bs_put_uri(f, loc);
    }
    return mem_close(s, &m);
}

static void push_container(sarif *s, cJSON *arr, const char *name, const char *fqn)
{
    cJSON *l = cJSON_CreateObject();

    add_str(s, l, "name", name);
    add_str(s, l, "fullyQualifiedName", fqn);
    add_str(s, l, "kind", "module");
    push(s, arr, l);
}

/* The image or archive target, then every container along location's '!' chain. */
static cJSON *logical_locations(sarif *s, const cJSON *target, const char *loc)
{
    cJSON *arr = cJSON_CreateArray();
    const char *tpath = bs_doc_str(target, "path"), *bang;
    size_t n = strlen(loc);
    char *buf = malloc(n + 1);

    if (!buf) {
        s->failed = true;
        return arr;
    }
    if (tpath)
        push_container(s, arr, tpath, tpath);
    for (const char *p = loc; (bang = strchr(p, '!')) != NULL; p = bang + 1) {
        char *name;

        memcpy(buf, loc, (size_t)(bang - loc));
        buf[bang - loc] = '\0';
        name = buf + (p - loc);
        if (!(tpath && strcmp(buf, tpath) == 0))
            push_container(s, arr, name, buf);
    }
    free(buf);
    return arr;
}

static cJSON *location_json(sarif *s, const cJSON *f)
{
    const cJSON *obj = bs_doc_obj(f, "object"), *target = target_of(s, f);
    cJSON *l = cJSON_CreateObject(), *phys = cJSON_CreateObject(), *art = cJSON_CreateObject();

    add_owned_str(s, art, "uri", artifact_uri(s, target, obj));
    add(s, phys, "artifactLocation", art);
    /* breachscan does not count lines: the region is the file (GitHub needs a startLine);
       match byte offsets are in the result's properties.matches */
    {
        cJSON *region = cJSON_CreateObject();

        add(s, region, "startLine", cJSON_CreateNumber(1));
        add(s, phys, "region", region);
    }
    add(s, l, "physicalLocation", phys);
    if (!plain_file(target, obj) && bs_doc_str(obj, "location"))
        add(s, l, "logicalLocations", logical_locations(s, target, bs_doc_str(obj, "location")));
    return l;
}

/* ---- results ---- */

/* The finding's stable fingerprint (bs_fingerprint, shared with --baseline). */
static void fingerprint(const sarif *s, const cJSON *f, char out[65])
{
    const cJSON *obj = bs_doc_obj(f, "object");

    bs_fingerprint(bs_doc_str(f, "rule"), bs_doc_str(f, "source"), bs_doc_str(obj, "location"),
                   bs_doc_str(target_of(s, f), "path"), bs_doc_str(obj, "sha256"), out);
}

static char *result_text(sarif *s, const cJSON *f)
{
    const char *desc = bs_doc_str(f, "description"), *rule = bs_doc_str(f, "rule");
    const char *loc = bs_doc_str(bs_doc_obj(f, "object"), "location");
    membuf m;
    FILE *out = mem_open(&m);

    if (!out) {
        s->failed = true;
        return NULL;
    }
    fprintf(out, "%s", desc ? desc : (rule ? rule : "finding"));
    if (loc)
        fprintf(out, " in %s", loc);
    fprintf(out, ".");
    return mem_close(s, &m);
}

static cJSON *result_props(sarif *s, const cJSON *f)
{
    static const char *const obj_keys[] = {"location", "sha256", "md5", "mtime", "crtime"};
    const cJSON *obj = bs_doc_obj(f, "object");
    cJSON *p = cJSON_CreateObject();

    add_str(s, p, "id", bs_doc_str(f, "id"));
    add_str(s, p, "severity", bs_doc_severity_name(severity_rank(f)));
    add_str(s, p, "source", bs_doc_str(f, "source"));
    add_str(s, p, "family", bs_doc_str(f, "family"));
    add_str(s, p, "target", bs_doc_str(f, "target"));
    for (size_t i = 0; i < sizeof(obj_keys) / sizeof(obj_keys[0]); i++)
        add_str(s, p, obj_keys[i], bs_doc_str(obj, obj_keys[i]));
    if (obj)
        add(s, p, "deleted", cJSON_CreateBool(bs_doc_true(obj, "deleted")));
    add(s, p, "log_hits", cJSON_CreateNumber(bs_doc_num(f, "log_hits", 0)));
    if (cJSON_GetArraySize(bs_doc_arr(f, "matches")))
        add(s, p, "matches", dup(s, bs_doc_arr(f, "matches")));
    return p;
}

static cJSON *result_json(sarif *s, const cJSON *f)
{
    cJSON *r = cJSON_CreateObject(), *locs = cJSON_CreateArray(), *fp = cJSON_CreateObject();
    char print[65];

    add_str(s, r, "ruleId", bs_doc_str(f, "rule"));
    add(s, r, "ruleIndex", cJSON_CreateNumber(rule_index(s, bs_doc_str(f, "rule"))));
    add_str(s, r, "level", levels[severity_rank(f)]);
    {
        cJSON *msg = cJSON_CreateObject();

        add_owned_str(s, msg, "text", result_text(s, f));
        add(s, r, "message", msg);
    }
    if (bs_doc_obj(f, "object"))
        push(s, locs, location_json(s, f));
    add(s, r, "locations", locs);
    fingerprint(s, f, print);
    add_str(s, fp, FINGERPRINT_KEY, print);
    add(s, r, "partialFingerprints", fp);
    add(s, r, "properties", result_props(s, f));
    return r;
}

/*
 * A suppressed finding (docs/SUPPRESSIONS.md): the result with a SARIF
 * suppression (kind external: an allow file or the baseline, accepted, the
 * reason as justification), so viewers show it as suppressed, not gone.
 */
static cJSON *suppressed_json(sarif *s, const cJSON *item)
{
    const cJSON *by = bs_doc_obj(item, "suppressed_by");
    cJSON *r = result_json(s, bs_doc_obj(item, "finding")), *list = cJSON_CreateArray();
    cJSON *sup = cJSON_CreateObject(), *props = cJSON_CreateObject();

    add_str(s, sup, "kind", "external");
    add_str(s, sup, "status", "accepted");
    add_str(s, sup, "justification", bs_doc_str(by, "reason"));
    add_str(s, props, "kind", bs_doc_str(by, "kind"));
    add_str(s, props, "file", bs_doc_str(by, "file"));
    if (bs_doc_num(by, "line", 0) > 0)
        add(s, props, "line", cJSON_CreateNumber(bs_doc_num(by, "line", 0)));
    add(s, sup, "properties", props);
    push(s, list, sup);
    add(s, r, "suppressions", list);
    return r;
}

/* ---- the run ---- */

static cJSON *invocation_json(sarif *s)
{
    const cJSON *scan = bs_doc_obj(s->report, "scan"), *e;
    cJSON *inv = cJSON_CreateObject(), *notes = cJSON_CreateArray();

    /* false only when the scan was stopped before the end (summary.complete) */
    add(s, inv, "executionSuccessful",
        cJSON_CreateBool(!cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(
            bs_doc_obj(s->report, "summary"), "complete"))));
    if (bs_doc_arr(scan, "argv"))
        add(s, inv, "arguments", dup(s, bs_doc_arr(scan, "argv")));
    add_str(s, inv, "startTimeUtc", bs_doc_str(scan, "started"));
    add_str(s, inv, "endTimeUtc", bs_doc_str(scan, "finished"));
    cJSON_ArrayForEach(e, bs_doc_arr(s->report, "errors"))
    {
        cJSON *n = cJSON_CreateObject();
        membuf m;
        FILE *out = mem_open(&m);

        if (out)
            fprintf(out, "%s: %s: %s", bs_doc_str(e, "location") ? bs_doc_str(e, "location") : "-",
                    bs_doc_str(e, "stage") ? bs_doc_str(e, "stage") : "-",
                    bs_doc_str(e, "message") ? bs_doc_str(e, "message") : "-");
        add_str(s, n, "level", "warning");
        {
            cJSON *msg = cJSON_CreateObject();

            add_owned_str(s, msg, "text", out ? mem_close(s, &m) : NULL);
            add(s, n, "message", msg);
        }
        push(s, notes, n);
    }
    add(s, inv, "toolExecutionNotifications", notes);
    return inv;
}

static cJSON *run_json(sarif *s)
{
    cJSON *run = cJSON_CreateObject(), *tool = cJSON_CreateObject(), *results, *invs, *props;
    const cJSON *f;

    add(s, tool, "driver", driver_json(s));
    add(s, run, "tool", tool);
    invs = cJSON_CreateArray();
    push(s, invs, invocation_json(s));
    add(s, run, "invocations", invs);
    results = cJSON_CreateArray();
    cJSON_ArrayForEach(f, bs_doc_arr(s->report, "findings"))
        if (bs_doc_str(f, "rule"))
            push(s, results, result_json(s, f));
    cJSON_ArrayForEach(f, bs_doc_arr(s->report, "suppressed"))
        if (bs_doc_str(bs_doc_obj(f, "finding"), "rule"))
            push(s, results, suppressed_json(s, f));
    add(s, run, "results", results);
    props = cJSON_CreateObject();
    add_str(s, props, "verdict", bs_doc_path_str(s->report, "summary.verdict"));
    add(s, props, "summary", dup(s, bs_doc_obj(s->report, "summary")));
    add(s, props, "skipped", cJSON_CreateNumber(cJSON_GetArraySize(bs_doc_arr(s->report, "skipped"))));
    add(s, run, "properties", props);
    return run;
}

static bs_status write_sarif(const cJSON *report, FILE *out, bs_error *err)
{
    sarif s = {.report = report};
    cJSON *doc = cJSON_CreateObject(), *runs = cJSON_CreateArray();

    add_str(&s, doc, "$schema", SARIF_SCHEMA);
    add_str(&s, doc, "version", SARIF_VERSION);
    push(&s, runs, run_json(&s));
    add(&s, doc, "runs", runs);
    free(s.rules);
    if (s.failed) {
        cJSON_Delete(doc);
        bs_error_set(err, "write", "out of memory while printing the report");
        return BS_FATAL;
    }
    {
        char *text = cJSON_Print(doc);

        cJSON_Delete(doc);
        return bs_writer_put_text(text, out, err);
    }
}

const bs_writer bs_writer_sarif = {
    .name = "sarif",
    .extension = ".sarif",
    .write = write_sarif,
};
