/*
 * yara_match.c - the YARA matcher (bs_matcher_yara): the rule set compiled
 * once per scan (rules.c), one YR_SCANNER and one set of externals per
 * worker; every matching rule becomes a finding: severity from meta
 * (severity, else score, else medium), family/description/reference/tags
 * copied, matched strings as short excerpts (BS_MATCH_EXCERPT_MAX bytes,
 * --max-matches of them).  The strings of rules that cannot match an
 * object's size are not verified in it (scan_gated, matchers/rule_bounds.h).
 */
#include <stdlib.h>
#include <string.h>
#include <yara.h>

#include "core/limits.h"
#include "matchers/externals.h"
#include "matchers/matcher.h"
#include "matchers/rules.h"
#include "matchers/rules_meta.h"
#include "report/model.h"

typedef struct yara_worker {
    YR_SCANNER *scanner;
    const bs_rules *rules; /* NULL: no strings skipped (--no-rule-bounds) */
    int max_matches;       /* --max-matches */
    bs_externals ext; /* the current object's */
} yara_worker;

typedef struct scan_call {
    const bs_object *obj;
    int max_matches; /* --max-matches */
    bs_finding_list *out;
    bs_status status;
} scan_call;

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* Copies description, family and references from the rule's meta into f. */
static void apply_meta(bs_finding *f, const YR_RULE *rule)
{
    const YR_META *meta;

    yr_rule_metas_foreach(rule, meta)
    {
        const char *id = meta->identifier;

        if (meta->type != META_TYPE_STRING)
            continue;
        if (strcmp(id, "family") == 0 && !f->family)
            f->family = strdup(meta->string);
        else if (strcmp(id, "description") == 0 && !f->description)
            f->description = strdup(meta->string);
        else if (strcmp(id, "reference") == 0 || strcmp(id, "references") == 0)
            bs_strlist_add(&f->references, meta->string);
    }
}

/*
 * libyara 4.2 keeps YR_MATCH records in an arena without 8-byte alignment;
 * reading them is fine on every platform libyara supports, but UBSan's
 * alignment check would abort the sanitizer build on every match.
 */
__attribute__((no_sanitize("alignment")))
static void add_matches(bs_finding *f, YR_SCAN_CONTEXT *context, const YR_RULE *rule,
                        uint64_t base, int max_matches)
{
    const YR_STRING *string;
    const YR_MATCH *match;

    f->matches = calloc((size_t)max_matches, sizeof(*f->matches));
    if (!f->matches)
        return;
    yr_rule_strings_foreach(rule, string)
    {
        yr_string_matches_foreach(context, string, match)
        {
            bs_match *m;
            uint32_t n;

            if (f->n_matches == max_matches)
                return;
            m = &f->matches[f->n_matches];
            n = (uint32_t)(match->data_length < BS_MATCH_EXCERPT_MAX ? match->data_length
                                                                      : BS_MATCH_EXCERPT_MAX);
            m->id = strdup(string->identifier);
            m->offset = base + (uint64_t)(match->base + match->offset);
            m->length = (uint32_t)match->match_length;
            m->data = malloc(n ? n : 1);
            if (m->data && n)
                memcpy(m->data, match->data, n);
            m->data_len = m->data ? n : 0;
            f->n_matches++;
        }
    }
}

/*
 * Rules tagged `carddata` match card records: their excerpts may hold
 * expiry dates and CVVs, which must not be stored (PCI DSS 3.2), nor full
 * card numbers.  Every digit of such an excerpt is replaced by '*'.
 */
static void mask_card_excerpts(bs_finding *f)
{
    for (int i = 0; i < f->n_matches; i++)
        for (uint32_t j = 0; j < f->matches[i].data_len; j++)
            if (f->matches[i].data[j] >= '0' && f->matches[i].data[j] <= '9')
                f->matches[i].data[j] = '*';
}

static bool has_tag(const bs_strlist *tags, const char *tag)
{
    for (int i = 0; i < tags->count; i++)
        if (strcmp(tags->items[i], tag) == 0)
            return true;
    return false;
}

static bs_finding *finding_from_rule(YR_SCAN_CONTEXT *context, const YR_RULE *rule,
                                     const bs_object *obj, int max_matches)
{
    bs_finding *f = bs_finding_new("yara", rule->identifier, BS_SEV_MEDIUM, obj);
    const char *tag;

    if (!f)
        return NULL;
    f->namespace_ = dup_or_null(rule->ns->name);
    f->severity = bs_rule_severity(rule);
    apply_meta(f, rule);
    yr_rule_tags_foreach(rule, tag)
    {
        bs_strlist_add(&f->tags, tag);
    }
    add_matches(f, context, rule, obj->win_offset, max_matches); /* offsets in the file */
    if (has_tag(&f->tags, "carddata"))
        mask_card_excerpts(f);
    return f;
}

static int scan_callback(YR_SCAN_CONTEXT *context, int message, void *data, void *arg)
{
    scan_call *call = arg;

    if (message == CALLBACK_MSG_RULE_MATCHING) {
        bs_finding *f = finding_from_rule(context, data, call->obj, call->max_matches);

        if (!f || bs_finding_list_add(call->out, f) != 0) {
            bs_finding_free(f);
            call->status = BS_FAILED;
            return CALLBACK_ABORT;
        }
    }
    return CALLBACK_CONTINUE;
}

static bs_status define_externals(YR_SCANNER *s, const bs_externals *ext)
{
    const char *values[BS_EXTERNAL_COUNT] = {ext->filename, ext->filepath, ext->extension,
                                             ext->filetype, ext->owner,    ext->md5};

    for (int i = 0; i < BS_EXTERNAL_COUNT; i++)
        if (yr_scanner_define_string_variable(s, bs_external_names[i], values[i]) !=
            ERROR_SUCCESS)
            return BS_FAILED;
    return BS_OK;
}

/*
 * Scans obj, leaving unverified the strings of rules that cannot match an
 * object its size (bs_rules_unmatchable_strings).  They are marked in the
 * scanner's bitmap of strings libyara skips (the one it uses for strings
 * with too many matches, cleared by every scan), and unmarked after, so that
 * nothing carries over to the next object whatever libyara does.
 */
static int scan_gated(yara_worker *w, const bs_object *obj)
{
    size_t n = 0;
    const uint32_t *skip = w->rules ? bs_rules_unmatchable_strings(w->rules, obj->len, &n) : NULL;
    int rc;

    for (size_t i = 0; i < n; i++)
        yr_bitmask_set(w->scanner->strings_temp_disabled, skip[i]);
    rc = yr_scanner_scan_mem(w->scanner, obj->data ? obj->data : (const uint8_t *)"", obj->len);
    for (size_t i = 0; i < n; i++)
        yr_bitmask_clear(w->scanner->strings_temp_disabled, skip[i]);
    return rc;
}

static bs_status yara_scan(yara_worker *w, const bs_object *obj, bs_finding_list *out,
                           bs_error *err)
{
    scan_call call = {.obj = obj, .max_matches = w->max_matches, .out = out, .status = BS_OK};
    int rc;

    if (define_externals(w->scanner, &w->ext) != BS_OK) {
        bs_error_set(err, "yara", "cannot set external variables");
        return BS_FAILED;
    }
    yr_scanner_set_callback(w->scanner, scan_callback, &call);
    rc = scan_gated(w, obj);
    if (rc == ERROR_SCAN_TIMEOUT) {
        bs_error_set(err, "yara", "scan timed out (--timeout)");
        return BS_FAILED;
    }
    if (rc != ERROR_SUCCESS && call.status == BS_OK) {
        bs_error_set(err, "yara", "scan failed (YARA error %d)", rc);
        return BS_FAILED;
    }
    if (call.status != BS_OK)
        bs_error_set(err, "yara", "out of memory while recording matches");
    return call.status;
}

/* ---- the matcher ---- */

typedef struct yara_state {
    bs_rules *rules;
    int timeout_s;
    bool rule_bounds; /* skip the strings of rules an object is too large for */
    int max_matches;
} yara_state;

static bs_status yara_load(const bs_matcher_env *env, void **state, bs_error *err)
{
    yara_state *st = calloc(1, sizeof(*st));
    bs_status rc;

    if (!st) {
        bs_error_set(err, "yara", "out of memory");
        return BS_FATAL;
    }
    rc = bs_rules_load(&env->cfg->rule_paths, env->cfg->add_rules, env->diag, env->diag_arg,
                       &st->rules, err);
    if (rc != BS_OK) {
        free(st);
        return rc;
    }
    st->timeout_s = env->cfg->timeout_s;
    st->rule_bounds = !env->cfg->no_rule_bounds;
    st->max_matches = env->cfg->max_matches;
    if (env->report)
        bs_report_rules_info(env->report, bs_rules_file_count(st->rules),
                             bs_rules_rule_count(st->rules), bs_rules_sha256(st->rules));
    *state = st;
    return BS_OK;
}

static void yara_free(void *state)
{
    yara_state *st = state;

    if (st)
        bs_rules_free(st->rules);
    free(st);
}

static unsigned yara_hash_algos(const void *state)
{
    const yara_state *st = state;

    return bs_rules_need_md5(st->rules) ? BS_HASH_MD5 : 0;
}

static void *yara_worker_new(void *state, bs_error *err)
{
    yara_state *st = state;
    yara_worker *w = calloc(1, sizeof(*w));

    if (!w || yr_scanner_create(bs_rules_yara(st->rules), &w->scanner) != ERROR_SUCCESS) {
        free(w);
        bs_error_set(err, "yara", "cannot create a YARA scanner");
        return NULL;
    }
    w->rules = st->rule_bounds ? st->rules : NULL;
    w->max_matches = st->max_matches;
    if (st->timeout_s > 0)
        yr_scanner_set_timeout(w->scanner, st->timeout_s);
    yr_scanner_set_flags(w->scanner, SCAN_FLAGS_REPORT_RULES_MATCHING);
    return w;
}

static void yara_worker_free(void *worker_state)
{
    yara_worker *w = worker_state;

    if (!w)
        return;
    if (w->scanner)
        yr_scanner_destroy(w->scanner);
    free(w);
}

static bs_status yara_match(void *worker_state, const bs_match_input *in, bs_match_output *out,
                            bs_error *err)
{
    yara_worker *w = worker_state;

    bs_externals_compute(in->obj, in->hashes->md5[0] ? in->hashes->md5 : NULL, &w->ext);
    return yara_scan(w, in->obj, out->findings, err);
}

const bs_matcher bs_matcher_yara = {
    .name = "yara",
    .flags = BS_MATCHER_CONTENT,
    .load = yara_load,
    .free = yara_free,
    .hash_algos = yara_hash_algos,
    .worker_new = yara_worker_new,
    .worker_free = yara_worker_free,
    .match = yara_match,
};
