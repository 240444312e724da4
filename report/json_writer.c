/*
 * json_writer.c - the `json` writer: the breachscan-report/1 document,
 * pretty-printed, with a trailing newline.
 */
#include <cjson/cJSON.h>

#include "report/writer.h"

static bs_status write_json(const cJSON *report, FILE *out, bs_error *err)
{
    return bs_writer_put_text(cJSON_Print(report), out, err);
}

const bs_writer bs_writer_json = {
    .name = "json",
    .extension = ".json",
    .write = write_json,
};
