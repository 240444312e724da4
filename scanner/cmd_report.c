/*
 * cmd_report.c - `breachscan report convert IN.json --to FMT [-o OUT]`:
 * a saved report read back into the model (json_read.c) and written by
 * another writer; the loading shared with `merge` (cmd_merge.c).
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report/json_read.h"
#include "report/model.h"
#include "report/writer.h"
#include "scanner/cli.h"
#include "scanner/commands.h"
#include "core/fileio.h"
#include "scanner/output.h"

/*
 * Reads saved reports (JSON or JSONL) into one model through
 * report/json_read.c, then finishes it: sorted, numbered, summary computed
 * again.  Shared by `report convert` (one file) and `merge` (several).
 * NULL with err set on bad input.
 */
bs_report *bs_reports_load(char *const *paths, int count, bs_error *err)
{
    bs_report *r = bs_report_new();

    if (!r) {
        bs_error_set(err, "report", "out of memory");
        return NULL;
    }
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
    bs_report_finish(r);
    return r;
}

/* Writes a finished model with writer `to` to output (atomically) or stdout. */
int bs_report_emit(bs_report *r, const char *to, const char *output, const char *cmd)
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

int cmd_report(int argc, char **argv)
{
    const char *to = NULL, *output = NULL;
    const bs_option opts[] = {
        {0, "to", BS_OPT_STRING, &to, "FMT", "output format"},
        {'o', "output", BS_OPT_STRING, &output, "FILE", "output file, written atomically [stdout]"},
        {0, NULL, 0, NULL, NULL, NULL},
    };
    const bs_command_spec spec = {"breachscan report convert IN.json --to FMT [-o OUT]",
                                  "Re-render a saved report in another format.", opts};
    char **rest = NULL;
    int nrest = 0, status = 2;
    bool help = false;
    bs_error err;
    bs_report *r = NULL;

    if (bs_cli_parse(&spec, argc, argv, &rest, &nrest, &help, &err) != BS_OK) {
        fprintf(stderr, "breachscan report: %s\n", err.message);
        goto out;
    }
    if (help) {
        bs_cli_help(&spec, stdout);
        fprintf(stdout, "\nformats: %s\n", bs_writer_names());
        status = 0;
        goto out;
    }
    if (nrest != 2 || strcmp(rest[0], "convert") != 0 || !to) {
        fprintf(stderr, "usage: %s\n", spec.usage);
        goto out;
    }
    if (!bs_writer_find(to)) {
        fprintf(stderr, "breachscan report: unknown format \"%s\" (formats: %s)\n", to,
                bs_writer_names());
        goto out;
    }
    if (!(r = bs_reports_load(&rest[1], 1, &err))) {
        fprintf(stderr, "breachscan report: %s\n", err.message);
        goto out;
    }
    status = bs_report_emit(r, to, output, "report");
out:
    bs_report_free(r);
    free(rest);
    return status;
}
