/*
 * fuzz_archive.c - libFuzzer target for the archive collector
 * (collectors/archive.c): the input is the content of an object, probed and,
 * when it looks like a container, expanded.  Members that are containers
 * themselves are expanded too (down to a small depth), as the worker does;
 * every emitted object is freed.  Limits are lowered so that one run stays
 * small in time and memory.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "collectors/collector.h"
#include "report/model.h"
#include "fuzz_common.h"

enum { FUZZ_DEPTH = 3 };

static bs_status fuzz_emit(bs_sink *sink, bs_object *obj)
{
    const char *format = NULL;

    if (obj->depth < sink->cfg->archive_depth && bs_collector_archive.probe_object(obj, &format))
        bs_collector_archive.collect_object(sink, obj);
    bs_object_free(obj);
    return BS_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bs_config cfg;
    static int ready;
    bs_report *report;
    bs_object *obj;
    bs_sink sink = {0};
    const char *format = NULL;

    if (!ready) {
        bs_config_init(&cfg);
        cfg.archive_depth = FUZZ_DEPTH;
        cfg.max_file_size = 8u << 20;
        cfg.archive_max_total_bytes = 64u << 20;
        cfg.archive_max_members = 1000;
        ready = 1;
    }
    if (fuzz_setup(data, size, "dir/fuzz.bin.gz", &report, &obj, &sink) != 0)
        return 0;
    sink.emit = fuzz_emit;
    sink.cfg = &cfg;
    if (bs_collector_archive.probe_object(obj, &format))
        bs_collector_archive.collect_object(&sink, obj);
    bs_object_free(obj);
    bs_report_free(report);
    return 0;
}
