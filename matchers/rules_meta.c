/*
 * rules_meta.c - meta enforcement for the bundled rules and the small meta
 * look-ups `rules list` needs.  A bundled public rule must carry the six meta
 * of docs/RULES.md as non-empty strings, a severity from the five names and a
 * YYYY-MM-DD date.  Private helper rules are never reported, so they need none.
 */
#include "matchers/rules_meta.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "matchers/rules.h"

const char *const bs_rules_required_meta[] = {"severity", "description", "family",
                                              "reference", "author", "date", NULL};

static const YR_META *find_meta(const YR_RULE *rule, const char *name)
{
    const YR_META *meta;

    yr_rule_metas_foreach(rule, meta)
    {
        if (strcmp(meta->identifier, name) == 0)
            return meta;
    }
    return NULL;
}

const char *bs_rule_meta_string(const YR_RULE *rule, const char *name)
{
    const YR_META *meta = find_meta(rule, name);

    return meta && meta->type == META_TYPE_STRING ? meta->string : NULL;
}

/* docs/RULES.md: meta severity, else score (integer or numeric string), else medium. */
bs_severity bs_rule_severity(const YR_RULE *rule)
{
    const YR_META *score = find_meta(rule, "score");
    bool has_score = score && (score->type == META_TYPE_INTEGER ||
                               (score->type == META_TYPE_STRING && score->string[0]));
    long long value = 0;

    if (has_score)
        value = score->type == META_TYPE_INTEGER ? score->integer : strtoll(score->string, NULL, 10);
    return bs_rules_severity_from_meta(bs_rule_meta_string(rule, "severity"), value, has_score);
}

const char *bs_rules_file_of_namespace(const bs_strlist *files, const char *ns)
{
    for (int i = 0; files && i < files->count; i++) {
        char name[256];

        bs_rules_namespace_of(files->items[i], name, sizeof(name));
        if (strcmp(name, ns) == 0)
            return files->items[i];
    }
    return NULL;
}

/* True when line declares `rule NAME` (with optional private/global). */
static bool declares(const char *line, const char *rule)
{
    size_t len = strlen(rule);
    const char *p = line;

    while (isspace((unsigned char)*p))
        p++;
    for (;;) {
        if (strncmp(p, "private", 7) == 0 && isspace((unsigned char)p[7]))
            p += 7;
        else if (strncmp(p, "global", 6) == 0 && isspace((unsigned char)p[6]))
            p += 6;
        else
            break;
        while (isspace((unsigned char)*p))
            p++;
    }
    if (strncmp(p, "rule", 4) != 0 || !isspace((unsigned char)p[4]))
        return false;
    p += 4;
    while (isspace((unsigned char)*p))
        p++;
    return strncmp(p, rule, len) == 0 && !isalnum((unsigned char)p[len]) && p[len] != '_';
}

int bs_rules_find_line(const char *file, const char *rule)
{
    FILE *f = fopen(file, "r");
    char *buf = NULL;
    size_t cap = 0;
    int line = 0, found = 0;

    if (!f)
        return 0;
    while (!found && getline(&buf, &cap, f) >= 0) {
        line++;
        if (declares(buf, rule))
            found = line;
    }
    free(buf);
    fclose(f);
    return found;
}

static bool under_dir(const char *file, const char *dir_real)
{
    char real[PATH_MAX];
    size_t n = strlen(dir_real);

    if (!realpath(file, real))
        return false;
    return strncmp(real, dir_real, n) == 0 && real[n] == '/';
}

static bool iso_date(const char *s)
{
    static const char shape[] = "dddd-dd-dd";

    if (strlen(s) != sizeof(shape) - 1)
        return false;
    for (size_t i = 0; shape[i]; i++)
        if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != shape[i])
            return false;
    return true;
}

/* Problems of one rule's meta; returns how many. */
static int check_rule(const YR_RULE *rule, const char *file, bs_meta_diag_fn diag, void *arg)
{
    int line = bs_rules_find_line(file, rule->identifier), problems = 0;
    char msg[512];
    const char *v;
    bs_severity sev;

    for (int i = 0; bs_rules_required_meta[i]; i++) {
        const char *name = bs_rules_required_meta[i];

        v = bs_rule_meta_string(rule, name);
        if (v && *v)
            continue;
        snprintf(msg, sizeof(msg), "rule %s: missing meta '%s' (a non-empty string)",
                 rule->identifier, name);
        diag(arg, file, line, msg);
        problems++;
    }
    if ((v = bs_rule_meta_string(rule, "severity")) && *v && bs_severity_parse(v, &sev) != 0) {
        snprintf(msg, sizeof(msg),
                 "rule %s: severity '%s' is not one of critical, high, medium, low, info",
                 rule->identifier, v);
        diag(arg, file, line, msg);
        problems++;
    }
    if ((v = bs_rule_meta_string(rule, "date")) && *v && !iso_date(v)) {
        snprintf(msg, sizeof(msg), "rule %s: date '%s' is not YYYY-MM-DD", rule->identifier, v);
        diag(arg, file, line, msg);
        problems++;
    }
    return problems;
}

int bs_rules_meta_check(YR_RULES *yr, const bs_strlist *files, const char *bundled_dir,
                        bs_meta_diag_fn diag, void *arg)
{
    char dir_real[PATH_MAX];
    const YR_RULE *rule;
    int problems = 0;

    if (!yr || !bundled_dir || !realpath(bundled_dir, dir_real))
        return 0;
    yr_rules_foreach(yr, rule)
    {
        const char *file;

        if (RULE_IS_PRIVATE(rule))
            continue;
        file = bs_rules_file_of_namespace(files, rule->ns->name);
        if (!file || !under_dir(file, dir_real))
            continue;
        problems += check_rule(rule, file, diag, arg);
    }
    return problems;
}
