/*
 * cmd_report.c - `breachscan report convert IN.json --to FMT [-o OUT]` and
 * `breachscan merge A.json B.json... -o OUT`: saved reports read back into
 * the model (report/json_read.c) and written by any writer.  Merging: reports
 * of separate runs (other machines, other days) combined into one: targets
 * renumbered t1.., findings renumbered F1.. in the usual order, per-target
 * stats kept, timeline and summary computed again over everything.  A card
 * exposure total can only be summed across runs (each run's keyed hashes
 * stay in its memory), so it is an upper bound (docs/REPORT.md, "Reading
 * reports").  Merging applies the scan's findings limits (--max-findings-per-rule,
 * --max-findings, the same defaults): many reports each within them can hold
 * many times more together, and the merged report lists the findings one
 * scan of all their targets would have listed (the reports' suppressed[]
 * entries are kept as they were, not limited again).
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/limits.h"
#include "report/json_read.h"
#include "report/model.h"
#include "report/writer.h"
#include "scanner/cli.h"
#include "scanner/commands.h"
#include "core/fileio.h"
#include "scanner/output.h"

/* The findings limits a command applies while reading (0: none of that kind). */
typedef struct finding_limits {
    int per_rule, total;
} finding_limits;

/*
 * Reads saved reports (JSON or JSONL) into one model through
 * report/json_read.c, then finishes it: sorted, numbered, summary computed
 * again.  Shared by `report convert` (one file) and `merge` (several).
 * NULL with err set on bad input.
 */
static bs_report *bs_reports_load(char *const *paths, int count, finding_limits limits,
                                  bs_error *err)
{
    bs_report *r = bs_report_new();

    if (!r) {
        bs_error_set(err, "report", "out of memory");
        return NULL;
    }
    bs_report_set_finding_limit(r, limits.per_rule, limits.total);
    for (int i = 0; i < count; i++) {
        int fd = bs_open_readonly(paths[i]);
        uint8_t *data = NULL;
        size_t len = 0;
        bs_status st;

        if (fd < 0) {
            bs_error_set(err, "open", "%s: %s", paths[i], strerror(errno));
            bs_report_free(r);
            return NULL;
        }
        st = bs_read_all(fd, 1 << 20, BS_REPORT_READ_MAX, &data, &len, err);
        close(fd);
        if (st == BS_OK)
            st = bs_report_read(r, (const char *)data, len, paths[i], err);
        free(data);
        if (st != BS_OK) {
            bs_report_free(r);
            return NULL;
        }
    }
    bs_report_end_finding_limit(r); /* its skipped[] entries, before finish sorts */
    bs_report_finish(r);
    return r;
}

/* Writes a finished model with writer `to` to output (atomically) or stdout. */
static int bs_report_emit(bs_report *r, const char *to, const char *output, const char *cmd)
{
    cJSON *doc = bs_report_to_json(r);
    bs_error err;
    int status = 0;

    if (!doc) {
        fprintf(stderr, "breachscan %s: out of memory\n", cmd);
        return 2;
    }
    if (bs_output_write(doc, to, output, &err) != BS_OK) {
        fprintf(stderr, "breachscan %s: %s\n", cmd, err.message);
        status = 2;
    }
    cJSON_Delete(doc);
    return status;
}

/*
 * The body `report convert` and `merge` share: parse, check the format,
 * read the saved reports into one model, write it.  verb: the word that must
 * come first ("convert"), or NULL; files: how many reports exactly (0: one
 * or more); limits: the findings limits the options set (read after parsing;
 * the option parser refuses negative values).
 */
static int run_reports(const char *cmd, const bs_command_spec *spec, const char *const *to,
                       const char *const *output, const char *verb, int files,
                       const finding_limits *limits, int argc, char **argv)
{
    char **rest = NULL;
    int nrest = 0, first = verb ? 1 : 0, status = 2;
    bool help = false;
    bs_error err;
    bs_report *r = NULL;

    if (bs_cli_parse(spec, argc, argv, &rest, &nrest, &help, &err) != BS_OK) {
        fprintf(stderr, "breachscan %s: %s (see breachscan %s --help)\n", cmd, err.message, cmd);
        goto out;
    }
    if (help) {
        bs_cli_help(spec, stdout);
        fprintf(stdout, "\nformats: %s\n", bs_writer_names());
        status = 0;
        goto out;
    }
    if ((verb && (nrest < 1 || strcmp(rest[0], verb) != 0)) || !*to ||
        nrest - first < (files ? files : 1) || (files && nrest - first != files)) {
        fprintf(stderr, "usage: %s\n", spec->usage);
        goto out;
    }
    if (!bs_writer_find(*to)) {
        fprintf(stderr, "breachscan %s: unknown format \"%s\" (formats: %s)\n", cmd, *to,
                bs_writer_names());
        goto out;
    }
    if (!(r = bs_reports_load(&rest[first], nrest - first, *limits, &err))) {
        fprintf(stderr, "breachscan %s: %s\n", cmd, err.message);
        goto out;
    }
    status = bs_report_emit(r, *to, *output, cmd);
out:
    bs_report_free(r);
    free(rest);
    return status;
}

int cmd_report(int argc, char **argv)
{
    const char *to = NULL, *output = NULL;
    const finding_limits none = {0, 0}; /* a faithful copy: its scan's limits already applied */
    const bs_option opts[] = {
        {0, "to", BS_OPT_STRING, &to, "FMT", "output format"},
        {'o', "output", BS_OPT_STRING, &output, "FILE", "output file, written atomically [stdout]"},
        {0, NULL, 0, NULL, NULL, NULL},
    };
    const bs_command_spec spec = {"breachscan report convert IN.json --to FMT [-o OUT]",
                                  "Re-render a saved report in another format.", opts};

    return run_reports("report", &spec, &to, &output, "convert", 1, &none, argc, argv);
}

int cmd_merge(int argc, char **argv)
{
    const char *to = "json", *output = NULL;
    finding_limits limits = {BS_DEFAULT_MAX_FINDINGS_PER_RULE, BS_DEFAULT_MAX_FINDINGS};
    const bs_option opts[] = {
        {'o', "output", BS_OPT_STRING, &output, "FILE", "merged report, written atomically [stdout]"},
        {'f', "format", BS_OPT_STRING, &to, "FMT", "format of the merged report [json]"},
        {0, "max-findings-per-rule", BS_OPT_INT, &limits.per_rule, "N",
         "findings of one rule listed in full, over all the reports, the most severe first; the "
         "rest are counted in skipped; 0 = no limit [10000]"},
        {0, "max-findings", BS_OPT_INT, &limits.total, "N",
         "findings listed in full in all, the most severe first; the rest are counted in skipped, "
         "one entry per rule; 0 = no limit [50000]"},
        {0, NULL, 0, NULL, NULL, NULL},
    };
    const bs_command_spec spec = {"breachscan merge A.json B.json... [-o OUT.json]",
                                  "Combine breachscan-report/1 reports (JSON or JSONL) of separate "
                                  "runs into one report.",
                                  opts};

    return run_reports("merge", &spec, &to, &output, NULL, 0, &limits, argc, argv);
}
