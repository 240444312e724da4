/*
 * csv.c - the `csv` writer: one row per finding, RFC 4180 (CRLF line ends,
 * fields quoted when they hold a comma, quote or line break), a header row
 * and stable columns (docs/REPORT.md, "csv").  Cells that a spreadsheet
 * would run as a formula (starting with = + - @, TAB or CR) get a leading
 * apostrophe (escape.c, bs_put_csv).
 */
#include <cjson/cJSON.h>

#include "report/escape.h"
#include "report/writer.h"
#include "report/writer_util.h"

#define CSV_EOL "\r\n"

/* Where a column's value comes from: the finding, or its object. */
typedef enum { FROM_FINDING, FROM_OBJECT } csv_from;
typedef enum { CELL_STR, CELL_NUM, CELL_BOOL } csv_cell;

static const struct {
    const char *name;
    csv_from from;
    const char *key;
    csv_cell type;
} columns[] = {
    {"id", FROM_FINDING, "id", CELL_STR},
    {"severity", FROM_FINDING, "severity", CELL_STR},
    {"rule", FROM_FINDING, "rule", CELL_STR},
    {"source", FROM_FINDING, "source", CELL_STR},
    {"family", FROM_FINDING, "family", CELL_STR},
    {"target", FROM_FINDING, "target", CELL_STR},
    {"location", FROM_OBJECT, "location", CELL_STR},
    {"path", FROM_OBJECT, "path", CELL_STR},
    {"size", FROM_OBJECT, "size", CELL_NUM},
    {"sha256", FROM_OBJECT, "sha256", CELL_STR},
    {"mtime", FROM_OBJECT, "mtime", CELL_STR},
    {"crtime", FROM_OBJECT, "crtime", CELL_STR},
    {"deleted", FROM_OBJECT, "deleted", CELL_BOOL},
    {"log_hits", FROM_FINDING, "log_hits", CELL_NUM},
    {"description", FROM_FINDING, "description", CELL_STR},
};

#define N_COLUMNS (sizeof(columns) / sizeof(columns[0]))

static void put_cell(FILE *out, const cJSON *src, size_t c)
{
    const cJSON *v = cJSON_IsObject(src) ? cJSON_GetObjectItemCaseSensitive(src, columns[c].key)
                                         : NULL;

    switch (columns[c].type) {
    case CELL_STR:
        bs_put_csv(out, bs_doc_str(src, columns[c].key));
        break;
    case CELL_NUM:
        if (cJSON_IsNumber(v))
            fprintf(out, "%.0f", v->valuedouble);
        break;
    case CELL_BOOL:
        if (cJSON_IsBool(v))
            fputs(cJSON_IsTrue(v) ? "true" : "false", out);
        break;
    }
}

static bs_status write_csv(const cJSON *report, FILE *out, bs_error *err)
{
    const cJSON *f;

    for (size_t c = 0; c < N_COLUMNS; c++)
        fprintf(out, "%s%s", c ? "," : "", columns[c].name);
    fputs(CSV_EOL, out);
    cJSON_ArrayForEach(f, bs_doc_arr(report, "findings"))
    {
        const cJSON *obj = bs_doc_obj(f, "object");

        for (size_t c = 0; c < N_COLUMNS; c++) {
            if (c)
                fputc(',', out);
            put_cell(out, columns[c].from == FROM_OBJECT ? obj : f, c);
        }
        fputs(CSV_EOL, out);
    }
    return bs_writer_status(out, err);
}

const bs_writer bs_writer_csv = {
    .name = "csv",
    .extension = ".csv",
    .write = write_csv,
};
