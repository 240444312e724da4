/*
 * json_writer.c - the `json` writer: the breachscan-report/1 document,
 * pretty-printed, with a trailing newline.
 *
 * The bytes are cJSON_Print's, but written a piece at a time: the root's
 * members, and each element of an array, are printed on their own and
 * indented to where they sit.  cJSON_Print of the whole document needed a
 * buffer growing to twice the report's size (a 39 MB report of 20,000
 * findings: 64 MB more at the peak); now the largest piece is one finding.
 * Every raw newline cJSON prints is structural (strings escape theirs), so
 * indenting after each one is exact.
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "report/writer.h"

/* text, with depth tabs after each newline: a piece printed alone, moved to its depth. */
static bool put_indented(const char *text, int depth, FILE *out)
{
    static const char tabs[] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";

    for (const char *nl; (nl = strchr(text, '\n')) != NULL; text = nl + 1) {
        if (fwrite(text, 1, (size_t)(nl - text) + 1, out) != (size_t)(nl - text) + 1)
            return false;
        for (int d = depth; d > 0; d -= (int)sizeof(tabs) - 1)
            if (fwrite(tabs, 1, d < (int)sizeof(tabs) - 1 ? (size_t)d : sizeof(tabs) - 1, out) == 0)
                return false;
    }
    return fputs(text, out) >= 0;
}

/* A value as cJSON_Print prints it at depth (the tabs before its members' lines). */
static bool put_value(const cJSON *item, int depth, FILE *out)
{
    char *text;
    bool ok;

    if (cJSON_IsArray(item) && item->child) { /* "[a, b]", each element on its own */
        if (fputc('[', out) == EOF)
            return false;
        for (const cJSON *e = item->child; e; e = e->next)
            if (!put_value(e, depth + 1, out) || (e->next && fputs(", ", out) < 0))
                return false;
        return fputc(']', out) != EOF;
    }
    if (!(text = cJSON_Print(item)))
        return false;
    ok = put_indented(text, depth, out);
    free(text);
    return ok;
}

/* The root object: "{\n", then "\t\"key\":\tvalue" lines separated by ",\n", then "\n}". */
static bool put_root(const cJSON *root, FILE *out)
{
    if (!cJSON_IsObject(root))
        return put_value(root, 0, out);
    if (fputs("{\n", out) < 0)
        return false;
    for (const cJSON *m = root->child; m; m = m->next) {
        cJSON *key = cJSON_CreateString(m->string ? m->string : "");
        char *name = key ? cJSON_PrintUnformatted(key) : NULL;
        bool ok = name && fprintf(out, "\t%s:\t", name) >= 0 && put_value(m, 1, out) &&
                  fputs(m->next ? ",\n" : "\n", out) >= 0;

        free(name);
        cJSON_Delete(key);
        if (!ok)
            return false;
    }
    return fputc('}', out) != EOF;
}

static bs_status write_json(const cJSON *report, FILE *out, bs_error *err)
{
    if (!put_root(report, out) || fputc('\n', out) == EOF || ferror(out)) {
        bs_error_set(err, "write", "cannot write the report: %s",
                     errno ? strerror(errno) : "out of memory");
        return BS_FATAL;
    }
    return BS_OK;
}

const bs_writer bs_writer_json = {
    .name = "json",
    .extension = ".json",
    .write = write_json,
};
