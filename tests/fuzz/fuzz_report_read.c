/*
 * fuzz_report_read.c - libFuzzer target for the report reader used by
 * `report convert` and `merge` (report/json_read.c): whatever the bytes,
 * reading never crashes or leaks, and what it accepts is written back as a
 * valid breachscan-report/1 document of valid UTF-8.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "report/json_read.h"
#include "report/model.h"

#define FUZZ_MAX_LEN (256 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bs_report *r;
    bs_error err;

    if (size > FUZZ_MAX_LEN || !(r = bs_report_new()))
        return 0;
    if (bs_report_read(r, (const char *)data, size, "fuzz", &err) == BS_OK) {
        cJSON *doc;
        char *text;

        bs_report_finish(r);
        doc = bs_report_to_json(r);
        text = doc ? cJSON_PrintUnformatted(doc) : NULL;
        if (text && !bs_utf8_valid((const uint8_t *)text, strlen(text)))
            abort();
        free(text);
        cJSON_Delete(doc);
    } else if (!err.message[0]) {
        abort(); /* a refusal always says why */
    }
    bs_report_free(r);
    return 0;
}
