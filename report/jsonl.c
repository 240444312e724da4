/*
 * jsonl.c - the `jsonl` writer: one JSON object per line, each with a "type":
 * "finding" lines, then "event" (timeline), "error", "skipped" and
 * "suppressed" lines (docs/SUPPRESSIONS.md), and
 * last one "summary" line that also carries schema, tool, scan and targets.
 * Nothing of the document is lost, so a jsonl report can be read line by line
 * as it is written (docs/REPORT.md, "jsonl").
 */
#include <cjson/cJSON.h>
#include <stdbool.h>

#include "report/writer.h"

/* A new object {"type": type, ...copies of src's fields}; NULL on ENOMEM. */
static cJSON *typed_copy(const char *type, const cJSON *src)
{
    cJSON *o = cJSON_CreateObject(), *child;

    if (!o || !cJSON_AddStringToObject(o, "type", type))
        goto fail;
    cJSON_ArrayForEach(child, src)
    {
        cJSON *dup;

        if (!child->string)
            continue;
        dup = cJSON_Duplicate(child, true);
        if (!dup || !cJSON_AddItemToObject(o, child->string, dup)) {
            cJSON_Delete(dup);
            goto fail;
        }
    }
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

static bs_status write_line(cJSON *line, FILE *out, bs_error *err)
{
    char *text = line ? cJSON_PrintUnformatted(line) : NULL;

    cJSON_Delete(line);
    return bs_writer_put_text(text, out, err);
}

/* One line per element of report[key]. */
static bs_status write_section(const cJSON *report, const char *key, const char *type,
                               FILE *out, bs_error *err)
{
    const cJSON *item;

    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(report, key))
    {
        bs_status st = write_line(typed_copy(type, item), out, err);

        if (st != BS_OK)
            return st;
    }
    return BS_OK;
}

/* The last line: summary fields plus the header sections. */
static cJSON *summary_line(const cJSON *report)
{
    static const char *const header[] = {"schema", "tool", "scan", "targets"};
    cJSON *line = typed_copy("summary", cJSON_GetObjectItemCaseSensitive(report, "summary"));

    for (size_t i = 0; line && i < sizeof(header) / sizeof(header[0]); i++) {
        const cJSON *src = cJSON_GetObjectItemCaseSensitive(report, header[i]);
        cJSON *dup;

        if (!src)
            continue;
        dup = cJSON_Duplicate(src, true);
        if (!dup || !cJSON_AddItemToObject(line, header[i], dup)) {
            cJSON_Delete(dup);
            cJSON_Delete(line);
            return NULL;
        }
    }
    return line;
}

static bs_status write_jsonl(const cJSON *report, FILE *out, bs_error *err)
{
    static const char *const sections[][2] = {{"findings", "finding"},
                                              {"timeline", "event"},
                                              {"errors", "error"},
                                              {"skipped", "skipped"},
                                              {"suppressed", "suppressed"}};
    bs_status st;

    for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
        if ((st = write_section(report, sections[i][0], sections[i][1], out, err)) != BS_OK)
            return st;
    return write_line(summary_line(report), out, err);
}

const bs_writer bs_writer_jsonl = {
    .name = "jsonl",
    .extension = ".jsonl",
    .write = write_jsonl,
};
