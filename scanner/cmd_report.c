/*
 * cmd_report.c - `breachscan report convert IN.json --to FMT [-o OUT]`:
 * re-render a saved report with another writer.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/writer.h"
#include "scanner/cli.h"
#include "scanner/commands.h"
#include "core/fileio.h"
#include "scanner/output.h"

#define REPORT_MAX_BYTES (4ULL << 30)

static cJSON *load_report(const char *path, bs_error *err)
{
    FILE *f = fopen(path, "rb");
    uint8_t *data = NULL;
    size_t len = 0;
    cJSON *doc;

    if (!f) {
        bs_error_set(err, "open", "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (bs_read_all(fileno(f), 1 << 20, REPORT_MAX_BYTES, &data, &len, err) != BS_OK) {
        fclose(f);
        return NULL;
    }
    fclose(f);
    doc = cJSON_ParseWithLength((const char *)data, len);
    free(data);
    if (!doc || !cJSON_IsObject(doc) ||
        !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(doc, "schema"))) {
        bs_error_set(err, "parse", "%s: not a breachscan report", path);
        cJSON_Delete(doc);
        return NULL;
    }
    return doc;
}

int cmd_report(int argc, char **argv)
{
    const char *to = NULL, *output = NULL;
    const bs_option opts[] = {
        {0, "to", BS_OPT_STRING, &to, "FMT", "output format (see formats below)"},
        {'o', "output", BS_OPT_STRING, &output, "FILE", "output file, written atomically [stdout]"},
        {0, NULL, 0, NULL, NULL, NULL},
    };
    const bs_command_spec spec = {"breachscan report convert IN.json --to FMT [-o OUT]",
                                  "Re-render a saved report in another format.", opts};
    char **rest = NULL;
    int nrest = 0, status = 2;
    bool help = false;
    bs_error err;
    cJSON *doc = NULL;

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
        fprintf(stderr, "breachscan report: unknown --to '%s' (one of: %s)\n", to,
                bs_writer_names());
        goto out;
    }
    if (!(doc = load_report(rest[1], &err))) {
        fprintf(stderr, "breachscan report: %s\n", err.message);
        goto out;
    }
    if (bs_output_write(doc, to, output, &err) != BS_OK) {
        fprintf(stderr, "breachscan report: %s\n", err.message);
        goto out;
    }
    status = 0;
out:
    cJSON_Delete(doc);
    free(rest);
    return status;
}
