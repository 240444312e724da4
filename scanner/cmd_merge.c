/*
 * cmd_merge.c - `breachscan merge A.json B.json... -o OUT.json`: reports of
 * separate runs (other machines, other days) combined into one: targets
 * renumbered t1.., findings renumbered F1.. in the usual order, per-target
 * stats kept, timeline and summary computed again over everything.  A card
 * exposure total can only be summed across runs (each run's keyed hashes
 * stay in its memory), so it is an upper bound of the distinct numbers
 * (docs/REPORT.md, "Reading reports").
 */
#include <stdio.h>
#include <stdlib.h>

#include "report/model.h"
#include "report/writer.h"
#include "scanner/cli.h"
#include "scanner/commands.h"

int cmd_merge(int argc, char **argv)
{
    const char *to = "json", *output = NULL;
    const bs_option opts[] = {
        {'o', "output", BS_OPT_STRING, &output, "FILE", "merged report, written atomically [stdout]"},
        {'f', "format", BS_OPT_STRING, &to, "FMT", "format of the merged report [json]"},
        {0, NULL, 0, NULL, NULL, NULL},
    };
    const bs_command_spec spec = {"breachscan merge A.json B.json... [-o OUT.json]",
                                  "Combine breachscan-report/1 reports (JSON or JSONL) of separate "
                                  "runs into one report.",
                                  opts};
    char **rest = NULL;
    int nrest = 0, status = 2;
    bool help = false;
    bs_report *r = NULL;
    bs_error err;

    if (bs_cli_parse(&spec, argc, argv, &rest, &nrest, &help, &err) != BS_OK) {
        fprintf(stderr, "breachscan merge: %s (see breachscan merge --help)\n", err.message);
        goto out;
    }
    if (help) {
        bs_cli_help(&spec, stdout);
        fprintf(stdout, "\nformats: %s\n", bs_writer_names());
        status = 0;
        goto out;
    }
    if (nrest < 1) {
        fprintf(stderr, "usage: %s\n", spec.usage);
        goto out;
    }
    if (!bs_writer_find(to)) {
        fprintf(stderr, "breachscan merge: unknown format \"%s\" (formats: %s)\n", to,
                bs_writer_names());
        goto out;
    }
    if (!(r = bs_reports_load(rest, nrest, &err))) {
        fprintf(stderr, "breachscan merge: %s\n", err.message);
        goto out;
    }
    status = bs_report_emit(r, to, output, "merge");
out:
    bs_report_free(r);
    free(rest);
    return status;
}
