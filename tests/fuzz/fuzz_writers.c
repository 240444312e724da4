/*
 * fuzz_writers.c - every report writer on arbitrary JSON (what `report
 * convert` feeds them from a file it did not write): no crash, no hang, no
 * leak, whatever the types and shapes of the fields.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>

#include "report/writer.h"

static const char *const formats[] = {"json", "jsonl", "sarif", "html", "csv", "body", "text"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    cJSON *doc = cJSON_ParseWithLength((const char *)data, size);

    if (!sink)
        sink = fopen("/dev/null", "w");
    if (!doc || !sink) {
        cJSON_Delete(doc);
        return 0;
    }
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
        bs_error err;

        bs_writer_find(formats[i])->write(doc, sink, &err);
        clearerr(sink);
    }
    cJSON_Delete(doc);
    return 0;
}
