/*
 * suppress.c - suppressions in the report model (docs/SUPPRESSIONS.md): the
 * allow list and the --baseline fingerprints a report holds, the move of
 * matching findings from findings[] to suppressed[] at bs_report_finish,
 * and the two JSON parts that show them: suppressed[] (each finding with
 * the entry that suppressed it) and scan.suppressions (the allow files and
 * baseline in force).  Findings known to be suppressed when they arrive
 * are set apart then (model.c), outside the limits of the findings listed,
 * and moved first.  Nothing is dropped: a finding that cannot be moved (out
 * of memory) stays a finding.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "report/model_priv.h"

#define KIND_BASELINE "baseline"


static const char *const kind_names[] = {
    [BS_ALLOW_SHA256] = "sha256", [BS_ALLOW_PATH] = "path", [BS_ALLOW_RULE] = "rule"};

/* ---- setting up ---- */

void bs_report_set_allow(bs_report *r, bs_allow *allow)
{
    bs_report_lock(r);
    bs_allow_free(r->supp.allow);
    r->supp.allow = allow;
    bs_report_unlock(r);
}

/* The allow list of r, created on first use (reports read back); NULL on ENOMEM. */
static bs_allow *allow_of(bs_report *r)
{
    if (!r->supp.allow)
        r->supp.allow = bs_allow_new();
    return r->supp.allow;
}

void bs_report_note_allow_file(bs_report *r, const char *file, const char *scope, bool automatic,
                               int entries)
{
    bs_error err;
    bs_allow *a;

    bs_report_lock(r);
    if (!(a = allow_of(r)) || bs_allow_note_file(a, file, scope, automatic, entries, &err) != BS_OK)
        r->lost++;
    bs_report_unlock(r);
}

void bs_report_note_baseline(bs_report *r, const char *file, int findings)
{
    bs_report_lock(r);
    if (!r->supp.baseline_file) {
        bool failed = false;

        r->supp.baseline_file = bs_report_strdup(file, &failed);
        r->supp.baseline_findings = findings;
        if (failed)
            r->lost++;
    }
    bs_report_unlock(r);
}

static const char *target_path(const bs_report *r, const bs_finding *f)
{
    int t = f->object ? f->object->target : -1;

    return t >= 0 && t < r->n_targets ? r->targets[t].path : NULL;
}

static void finding_print(const bs_report *r, const bs_finding *f, char out[65])
{
    bs_fingerprint(f->rule, f->source, f->object ? f->object->location : NULL, target_path(r, f),
                   f->hashes.sha256, out);
}

static int cmp_print(const void *a, const void *b)
{
    return strcmp(a, b);
}

int bs_report_set_baseline(bs_report *r, const bs_report *base, const char *file)
{
    int n = base->n_findings + base->n_suppressed, k = 0;
    char(*prints)[65];
    bool failed = false;

    if (n > BS_BASELINE_FINDINGS_MAX)
        n = BS_BASELINE_FINDINGS_MAX;
    if (!(prints = malloc((size_t)(n ? n : 1) * sizeof(*prints))))
        return -1;
    for (int i = 0; i < base->n_findings && k < n; i++)
        finding_print(base, base->findings[i], prints[k++]);
    for (int i = 0; i < base->n_suppressed && k < n; i++)
        finding_print(base, base->suppressed[i].finding, prints[k++]);
    qsort(prints, (size_t)k, sizeof(*prints), cmp_print);
    bs_report_lock(r);
    free(r->supp.prints);
    free(r->supp.baseline_file);
    r->supp.prints = prints;
    r->supp.n_prints = k;
    r->supp.baseline_findings = k;
    r->supp.baseline_file = bs_report_strdup(file, &failed);
    bs_report_unlock(r);
    return failed ? -1 : 0;
}

/* ---- the move at finish ---- */

static int push(bs_report *r, bs_finding *f, const char *kind, const char *file, int line,
                const char *reason)
{
    bs_suppressed *s;
    bool failed = false;

    if (bs_report_grow(&r->suppressed, &r->cap_suppressed, r->n_suppressed,
                       sizeof(*r->suppressed)) != 0)
        return -1;
    s = &r->suppressed[r->n_suppressed];
    s->finding = f;
    s->line = line;
    s->kind = bs_report_strdup(kind, &failed);
    s->file = bs_report_strdup(file, &failed);
    s->reason = bs_report_strdup(reason, &failed);
    if (failed) {
        free(s->kind), free(s->file), free(s->reason);
        return -1;
    }
    r->n_suppressed++;
    return 0;
}

void bs_report_add_suppressed(bs_report *r, bs_finding *f, const char *kind, const char *file,
                              int line, const char *reason)
{
    if (!f)
        return;
    bs_report_lock(r);
    if (push(r, f, kind ? kind : "rule", file, line, reason ? reason : "") != 0) {
        r->lost++;
        bs_finding_free(f);
    }
    bs_report_unlock(r);
}

/* The first allow entry that suppresses f, or NULL. */
static const bs_allow_entry *allow_entry(const bs_report *r, const bs_finding *f)
{
    return bs_allow_match(r->supp.allow, f->rule, f->hashes.sha256, target_path(r, f),
                          f->object ? f->object->location : NULL);
}

/* Whether f's fingerprint is one of the --baseline report's. */
static bool in_baseline(const bs_report *r, const bs_finding *f)
{
    char print[65];

    if (!r->supp.n_prints)
        return false;
    finding_print(r, f, print);
    return bsearch(print, r->supp.prints, (size_t)r->supp.n_prints, sizeof(*r->supp.prints),
                   cmp_print) != NULL;
}

bool bs_suppress_matches(const bs_report *r, const bs_finding *f)
{
    return allow_entry(r, f) || in_baseline(r, f);
}

/* Whether f is suppressed: moved (0), or not (-1: no entry, or it could not be moved). */
static int suppress_one(bs_report *r, bs_finding *f)
{
    const bs_allow_entry *e = allow_entry(r, f);

    if (e)
        return push(r, f, kind_names[e->kind], bs_allow_file_name(r->supp.allow, e->file),
                    e->line, e->reason);
    if (!in_baseline(r, f))
        return -1;
    return push(r, f, KIND_BASELINE, r->supp.baseline_file, 0, KIND_BASELINE);
}

static int cmp_suppressed(const void *pa, const void *pb)
{
    const bs_suppressed *a = pa, *b = pb;

    return bs_report_cmp_finding(&a->finding, &b->finding);
}

void bs_suppress_apply(bs_report *r)
{
    int kept = 0;

    /* those set apart as they arrived; one that cannot be moved stays a finding */
    for (int i = 0; i < r->n_to_suppress; i++) {
        bs_finding *f = r->to_suppress[i];

        if (suppress_one(r, f) == 0)
            continue;
        if (bs_report_grow(&r->findings, &r->cap_findings, r->n_findings,
                           sizeof(*r->findings)) == 0)
            r->findings[r->n_findings++] = f;
        else {
            r->lost++;
            bs_finding_free(f);
        }
    }
    r->n_to_suppress = 0;
    for (int i = 0; i < r->n_findings; i++)
        if (suppress_one(r, r->findings[i]) != 0)
            r->findings[kept++] = r->findings[i];
    r->n_findings = kept;
    if (r->n_suppressed > 1)
        qsort(r->suppressed, (size_t)r->n_suppressed, sizeof(*r->suppressed), cmp_suppressed);
}

void bs_report_apply_suppressions(bs_report *r)
{
    bs_report_lock(r);
    bs_suppress_apply(r);
    bs_report_unlock(r);
}

int bs_report_suppressed_count(const bs_report *r)
{
    int n;

    bs_report_lock(r);
    n = r->n_suppressed;
    bs_report_unlock(r);
    return n;
}

const bs_finding *bs_report_suppressed_at(const bs_report *r, int i)
{
    const bs_finding *f = NULL;

    bs_report_lock(r);
    if (i >= 0 && i < r->n_suppressed)
        f = r->suppressed[i].finding;
    bs_report_unlock(r);
    return f;
}

void bs_suppress_release(bs_report *r)
{
    for (int i = 0; i < r->n_to_suppress; i++)
        bs_finding_free(r->to_suppress[i]);
    free(r->to_suppress);
    for (int i = 0; i < r->n_suppressed; i++) {
        bs_finding_free(r->suppressed[i].finding);
        free(r->suppressed[i].kind);
        free(r->suppressed[i].file);
        free(r->suppressed[i].reason);
    }
    free(r->suppressed);
    bs_allow_free(r->supp.allow);
    free(r->supp.baseline_file);
    free(r->supp.prints);
}

/* ---- JSON ---- */

cJSON *bs_suppressed_json(bs_json *j, const bs_report *r)
{
    cJSON *arr = cJSON_CreateArray();

    for (int i = 0; arr && i < r->n_suppressed; i++) {
        const bs_suppressed *s = &r->suppressed[i];
        cJSON *o = cJSON_CreateObject(), *by = cJSON_CreateObject();

        bs_json_add(j, o, "finding", bs_json_finding(j, s->finding, 'S', i));
        bs_json_add_str(j, by, "kind", s->kind);
        bs_json_add_str(j, by, "file", s->file);
        bs_json_add(j, by, "line", s->line > 0 ? cJSON_CreateNumber(s->line) : cJSON_CreateNull());
        bs_json_add_str(j, by, "reason", s->reason);
        bs_json_add(j, o, "suppressed_by", by);
        if (!cJSON_AddItemToArray(arr, o))
            j->failed = true;
    }
    if (!arr)
        j->failed = true;
    return arr;
}

cJSON *bs_suppressions_json(bs_json *j, const bs_report *r)
{
    const bs_allow *a = r->supp.allow;
    cJSON *o = cJSON_CreateObject(), *files = cJSON_CreateArray(), *base;

    for (int i = 0; files && i < bs_allow_file_count(a); i++) {
        cJSON *f = cJSON_CreateObject();

        bs_json_add_str(j, f, "file", bs_allow_file_name(a, i));
        bs_json_add_str(j, f, "target", bs_allow_file_scope(a, i));
        bs_json_add(j, f, "automatic", cJSON_CreateBool(bs_allow_file_automatic(a, i)));
        bs_json_add_num(j, f, "entries", bs_allow_file_entries(a, i));
        if (!cJSON_AddItemToArray(files, f))
            j->failed = true;
    }
    bs_json_add(j, o, "allow", files);
    if (r->supp.baseline_file) {
        base = cJSON_CreateObject();
        bs_json_add_str(j, base, "file", r->supp.baseline_file);
        bs_json_add_num(j, base, "findings", r->supp.baseline_findings);
    } else {
        base = cJSON_CreateNull();
    }
    bs_json_add(j, o, "baseline", base);
    return o;
}
