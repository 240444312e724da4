/*
 * cmd_rules.c - `breachscan rules list|check|compile`:
 *
 *   list     one line per public rule: rule, namespace, severity, family, file
 *   check    compile (no warnings allowed in bundled rules), meta of the bundled
 *            rules, IOC list syntax; every problem as "file:line: ..." on
 *            stderr, exit 2 when there is any
 *   compile  -o FILE: the compiled rule set (yr_rules_save), written
 *            atomically; load it later with `scan -r FILE`
 *
 * With no -r the bundled rules are used; -r replaces them unless --add-rules.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <yara.h>

#include "scanner/cli.h"
#include "scanner/commands.h"
#include "core/config.h"
#include "matchers/ioc.h"
#include "matchers/rules.h"
#include "matchers/rules_meta.h"

#define RULES_EXIT_OK 0
#define RULES_EXIT_PROBLEMS 2

typedef struct rules_opts {
    bs_strlist rule_paths;
    bs_strlist ioc_paths;
    bool add_rules;
    const char *output;
    int verbosity;
} rules_opts;

/* Diagnostics of `rules check`: counted, printed as "file:line: level: message". */
typedef struct check_state {
    int errors;
    int warnings;          /* all compiler warnings */
    int bundled_warnings;  /* warnings in bundled files: a problem */
    const char *bundled_dir;
    char bundled_real[PATH_MAX];
} check_state;

static void print_diag(const char *file, int line, const char *level, const char *message)
{
    if (file && line > 0)
        fprintf(stderr, "%s:%d: %s: %s\n", file, line, level, message);
    else if (file)
        fprintf(stderr, "%s: %s: %s\n", file, level, message);
    else
        fprintf(stderr, "breachscan rules: %s: %s\n", level, message);
}

static bool in_bundled(const check_state *cs, const char *file)
{
    char real[PATH_MAX];
    size_t n = strlen(cs->bundled_real);

    if (!file || !n || !realpath(file, real))
        return false;
    return strncmp(real, cs->bundled_real, n) == 0 && real[n] == '/';
}

static void compile_diag(void *arg, bool is_warning, const char *file, int line,
                         const char *message)
{
    check_state *cs = arg;

    if (!is_warning) {
        cs->errors++;
        print_diag(file, line, "error", message);
        return;
    }
    cs->warnings++;
    if (in_bundled(cs, file))
        cs->bundled_warnings++;
    print_diag(file, line, "warning", message);
}

static void meta_diag(void *arg, const char *file, int line, const char *message)
{
    check_state *cs = arg;

    cs->errors++;
    print_diag(file, line, "error", message);
}

static void ioc_diag(void *arg, const char *file, int line, const char *message)
{
    check_state *cs = arg;

    cs->errors++;
    print_diag(file, line, "error", message);
}

/* Loads the rule set of the options; prints the error unless diagnostics did. */
static bs_rules *load_rules(const rules_opts *o, check_state *cs)
{
    bs_rules *rules = NULL;
    bs_error err;

    bs_error_clear(&err);
    if (bs_rules_load(&o->rule_paths, o->add_rules, compile_diag, cs, &rules, &err) != BS_OK) {
        if (cs->errors == 0)
            fprintf(stderr, "breachscan rules: %s\n", err.message);
        return NULL;
    }
    return rules;
}

static bool uses_bundled(const rules_opts *o)
{
    return o->rule_paths.count == 0 || o->add_rules;
}

static void init_check_state(check_state *cs, const rules_opts *o)
{
    memset(cs, 0, sizeof(*cs));
    cs->bundled_dir = uses_bundled(o) ? bs_rules_bundled_dir() : NULL;
    if (!cs->bundled_dir || !realpath(cs->bundled_dir, cs->bundled_real))
        cs->bundled_real[0] = '\0';
}

/* ---- list ---- */

static const char *or_dash(const char *s)
{
    return s && *s ? s : "-";
}

static int do_list(const rules_opts *o)
{
    check_state cs;
    bs_rules *rules;
    const YR_RULE *rule;

    init_check_state(&cs, o);
    if (!(rules = load_rules(o, &cs)))
        return RULES_EXIT_PROBLEMS;
    printf("rule\tnamespace\tseverity\tfamily\tfile\n");
    yr_rules_foreach(bs_rules_yara(rules), rule)
    {
        const char *file;

        if (RULE_IS_PRIVATE(rule))
            continue;
        file = bs_rules_file_of_namespace(bs_rules_files(rules), rule->ns->name);
        printf("%s\t%s\t%s\t%s\t%s\n", rule->identifier, rule->ns->name,
               bs_severity_name(bs_rule_severity(rule)),
               or_dash(bs_rule_meta_string(rule, "family")), or_dash(file));
    }
    bs_rules_free(rules);
    return RULES_EXIT_OK;
}

/* ---- check ---- */

static int do_check(const rules_opts *o)
{
    check_state cs;
    bs_rules *rules;
    int hashes = 0, names = 0, logs = 0;

    /* a cached compile has no diagnostics: always compile fresh here */
    setenv("BREACHSCAN_NO_CACHE", "1", 1);
    init_check_state(&cs, o);
    rules = load_rules(o, &cs);
    if (!rules && cs.errors == 0)
        cs.errors++;
    if (rules && cs.bundled_dir)
        bs_rules_meta_check(bs_rules_yara(rules), bs_rules_files(rules), cs.bundled_dir,
                            meta_diag, &cs);
    if (bs_iocs_check(&o->ioc_paths, ioc_diag, &cs) == 0) {
        bs_iocs *iocs = NULL;
        bs_error err;

        if (bs_iocs_load(&o->ioc_paths, &iocs, &err) == BS_OK) {
            bs_iocs_counts(iocs, &hashes, &names, &logs);
            bs_iocs_free(iocs);
        }
    }
    if (cs.bundled_warnings)
        fprintf(stderr, "breachscan rules: %d warning(s) in bundled rules (bundled rules must "
                        "compile without warnings)\n", cs.bundled_warnings);
    if (cs.errors || cs.bundled_warnings) {
        fprintf(stderr, "breachscan rules: check failed: %d error(s), %d warning(s)\n",
                cs.errors, cs.warnings);
        bs_rules_free(rules);
        return RULES_EXIT_PROBLEMS;
    }
    printf("ok: %d rule file(s), %d rule(s), %d warning(s); IOCs: %d hash(es), %d file-name "
           "pattern(s), %d log pattern(s)\n",
           bs_rules_file_count(rules), bs_rules_rule_count(rules), cs.warnings, hashes, names,
           logs);
    bs_rules_free(rules);
    return RULES_EXIT_OK;
}

/* ---- compile ---- */

static int do_compile(const rules_opts *o)
{
    char tmp[PATH_MAX];
    check_state cs;
    bs_rules *rules;
    int fd, rc;

    if (!o->output) {
        fprintf(stderr, "breachscan rules: compile needs -o FILE\n");
        return RULES_EXIT_PROBLEMS;
    }
    init_check_state(&cs, o);
    if (!(rules = load_rules(o, &cs)))
        return RULES_EXIT_PROBLEMS;
    snprintf(tmp, sizeof(tmp), "%s.XXXXXX", o->output);
    if ((fd = mkstemp(tmp)) < 0) {
        fprintf(stderr, "breachscan rules: %s: %s\n", o->output, strerror(errno));
        bs_rules_free(rules);
        return RULES_EXIT_PROBLEMS;
    }
    close(fd);
    rc = yr_rules_save(bs_rules_yara(rules), tmp);
    if (rc != ERROR_SUCCESS || rename(tmp, o->output) != 0) {
        fprintf(stderr, "breachscan rules: %s: cannot write the compiled rules (%s)\n",
                o->output, rc != ERROR_SUCCESS ? "YARA save failed" : strerror(errno));
        unlink(tmp);
        bs_rules_free(rules);
        return RULES_EXIT_PROBLEMS;
    }
    if (o->verbosity >= 0)
        fprintf(stderr, "breachscan rules: wrote %s (%d rules from %d files)\n", o->output,
                bs_rules_rule_count(rules), bs_rules_file_count(rules));
    bs_rules_free(rules);
    return RULES_EXIT_OK;
}

int cmd_rules(int argc, char **argv)
{
    rules_opts o = {0};
    const bs_option opts[] = {
        {'r', "rules", BS_OPT_LIST, &o.rule_paths, "PATH",
         "YARA rule file, directory or compiled bundle, repeatable [bundled rules]"},
        {0, "add-rules", BS_OPT_FLAG, &o.add_rules, NULL, "-r adds to the bundled rules"},
        {0, "ioc", BS_OPT_LIST, &o.ioc_paths, "PATH",
         "IOC file or directory to check, repeatable [bundled rules/iocs/]"},
        {'o', "output", BS_OPT_STRING, &o.output, "FILE", "compile: the bundle to write"},
        {'q', "quiet", BS_OPT_COUNT_DOWN, &o.verbosity, NULL, "fewer messages"},
        {0, NULL, 0, NULL, NULL, NULL},
    };
    const bs_command_spec spec = {
        "breachscan rules list|check|compile [options]",
        "list: every rule with namespace, severity, family and file.  check: compile the rules "
        "(bundled rules must compile without warnings and carry the meta severity, description, "
        "family, reference, author, date) and check the IOC lists; exit 2 on any problem.  "
        "compile -o FILE: write a compiled bundle that `scan -r FILE` loads.",
        opts};
    char **rest = NULL;
    int nrest = 0, status = RULES_EXIT_PROBLEMS;
    bool help = false;
    bs_error err;

    if (bs_cli_parse(&spec, argc, argv, &rest, &nrest, &help, &err) != BS_OK) {
        fprintf(stderr, "breachscan rules: %s\n", err.message);
        goto out;
    }
    if (help) {
        bs_cli_help(&spec, stdout);
        status = RULES_EXIT_OK;
        goto out;
    }
    if (nrest != 1) {
        fprintf(stderr, "usage: %s\n", spec.usage);
        goto out;
    }
    if (strcmp(rest[0], "list") == 0)
        status = do_list(&o);
    else if (strcmp(rest[0], "check") == 0)
        status = do_check(&o);
    else if (strcmp(rest[0], "compile") == 0)
        status = do_compile(&o);
    else
        fprintf(stderr, "breachscan rules: unknown action '%s' (list, check, compile)\n",
                rest[0]);
out:
    bs_strlist_release(&o.rule_paths);
    bs_strlist_release(&o.ioc_paths);
    free(rest);
    return status;
}
