/*
 * yara_match.c - run one object through YARA and describe every matching
 * rule as a finding: severity from meta (severity, else score, else medium),
 * family/description/reference/tags copied, matched strings as short
 * excerpts (BS_MATCH_EXCERPT_MAX bytes, BS_MATCHES_PER_FINDING_MAX matches).
 */
#include "matchers/yara_match.h"

#include <stdlib.h>
#include <string.h>
#include <yara.h>

#include "core/limits.h"
#include "matchers/rules_meta.h"

struct bs_yara_worker {
    YR_SCANNER *scanner;
};

typedef struct scan_call {
    const bs_object *obj;
    bs_finding_list *out;
    bs_status status;
} scan_call;

bs_yara_worker *bs_yara_worker_new(const bs_rules *rules, int timeout_s, bs_error *err)
{
    bs_yara_worker *w = calloc(1, sizeof(*w));

    if (!w || yr_scanner_create(bs_rules_yara(rules), &w->scanner) != ERROR_SUCCESS) {
        free(w);
        bs_error_set(err, "yara", "cannot create a YARA scanner");
        return NULL;
    }
    if (timeout_s > 0)
        yr_scanner_set_timeout(w->scanner, timeout_s);
    yr_scanner_set_flags(w->scanner, SCAN_FLAGS_REPORT_RULES_MATCHING);
    return w;
}

void bs_yara_worker_free(bs_yara_worker *w)
{
    if (!w)
        return;
    if (w->scanner)
        yr_scanner_destroy(w->scanner);
    free(w);
}

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
static void add_matches(bs_finding *f, YR_SCAN_CONTEXT *context, const YR_RULE *rule)
{
    const YR_STRING *string;
    const YR_MATCH *match;

    f->matches = calloc(BS_MATCHES_PER_FINDING_MAX, sizeof(*f->matches));
    if (!f->matches)
        return;
    yr_rule_strings_foreach(rule, string)
    {
        yr_string_matches_foreach(context, string, match)
        {
            bs_match *m;
            uint32_t n;

            if (f->n_matches == BS_MATCHES_PER_FINDING_MAX)
                return;
            m = &f->matches[f->n_matches];
            n = (uint32_t)(match->data_length < BS_MATCH_EXCERPT_MAX ? match->data_length
                                                                      : BS_MATCH_EXCERPT_MAX);
            m->id = strdup(string->identifier);
            m->offset = (uint64_t)(match->base + match->offset);
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
                                     const bs_object *obj)
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
    add_matches(f, context, rule);
    if (has_tag(&f->tags, "carddata"))
        mask_card_excerpts(f);
    return f;
}

static int scan_callback(YR_SCAN_CONTEXT *context, int message, void *data, void *arg)
{
    scan_call *call = arg;

    if (message == CALLBACK_MSG_RULE_MATCHING) {
        bs_finding *f = finding_from_rule(context, data, call->obj);

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

bs_status bs_yara_scan(bs_yara_worker *w, const bs_object *obj, const bs_externals *ext,
                       bs_finding_list *out, bs_error *err)
{
    scan_call call = {.obj = obj, .out = out, .status = BS_OK};
    int rc;

    if (define_externals(w->scanner, ext) != BS_OK) {
        bs_error_set(err, "yara", "cannot set external variables");
        return BS_FAILED;
    }
    yr_scanner_set_callback(w->scanner, scan_callback, &call);
    rc = yr_scanner_scan_mem(w->scanner, obj->data ? obj->data : (const uint8_t *)"", obj->len);
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
