/*
 * fuzz_common.h - what every collector fuzz target sets up per input: a
 * fresh report with one target, and an object holding a copy of the input
 * (libFuzzer's buffer is read-only and must not be owned by the object).
 */
#ifndef BS_FUZZ_COMMON_H
#define BS_FUZZ_COMMON_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/model.h"

/*
 * Fills *report and *obj (at path, content = a copy of data) and points sink
 * at the report's one target.  Returns 0, or -1 (nothing allocated) on ENOMEM.
 */
static inline int fuzz_setup(const uint8_t *data, size_t size, const char *path,
                             bs_report **report, bs_object **obj, bs_sink *sink)
{
    uint8_t *copy = malloc(size ? size : 1);

    *report = bs_report_new();
    *obj = bs_object_new(0, "fuzz.bin", path);
    if (!*report || !*obj || !copy) {
        free(copy);
        bs_object_free(*obj);
        bs_report_free(*report);
        return -1;
    }
    memcpy(copy, data, size);
    bs_object_set_data(*obj, copy, size);
    sink->report = *report;
    sink->target = bs_report_add_target(*report, "fuzz.bin", "file");
    return 0;
}

#endif
