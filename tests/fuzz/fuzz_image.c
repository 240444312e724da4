/*
 * fuzz_image.c - libFuzzer target for the image collector
 * (collectors/image*.c): the input is the content of an object taken as an
 * in-memory disk image.  Detection runs on it as is; then, so that random
 * bytes reach the volume-system and file-system readers too, the input is
 * also walked as a raw image through TSK's external image interface (the
 * collect_object path), and as a VMDK sparse extent when it has that magic
 * (whose embedded descriptor is also read, as for a renamed VMDK target).
 * Emitted objects are freed; limits are small so one run stays quick.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "collectors/collector.h"
#include "collectors/image.h"
#include "collectors/image_ext.h"
#include "report/model.h"
#include "fuzz_common.h"

/*
 * Leaks inside the libraries on broken input, not in breachscan: TSK 4.11's
 * vhdi_open does not free the libvhdi handle when the open fails, and
 * libewf 20140813 keeps a chunk buffer per failed chunk read.
 */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:vhdi_open\nleak:libvhdi_file_initialize\nleak:libewf_chunk_data_initialize\n";
}

static bs_status fuzz_emit(bs_sink *sink, bs_object *obj)
{
    (void)sink;
    bs_object_free(obj);
    return BS_OK;
}

static void walk_as(bs_sink *sink, const uint8_t *data, size_t size, bs_image_format fmt)
{
    bs_image *im = NULL;
    bs_error err;

    if (bs_image_open_buffer(data, size, fmt, &im, &err) == BS_OK) {
        bs_image_walk(sink, im, "fuzz.img", true, 1);
        bs_image_close(im);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bs_config cfg;
    static int ready;
    bs_report *report;
    bs_sink sink = {0};
    bs_object *obj;
    const char *format = NULL;
    char name[64];
    bs_image_format fmt;

    if (!ready) {
        bs_config_init(&cfg);
        cfg.max_file_size = 1u << 20;
        cfg.timeout_s = 5; /* the walk's watchdog, well inside libFuzzer's -timeout */
        ready = 1;
    }
    /* the pure parts: detection and segment names */
    fmt = bs_image_detect_buffer(data, size);
    bs_image_detect_layout(data, size);
    bs_image_ewf_segment_number(data, size);
    bs_image_vmdk_single_extent(data, size, "fuzz.vmdk"); /* the renamed-VMDK check */
    if (size > 0 && size < sizeof(name)) {
        memcpy(name, data, size);
        name[size] = '\0';
        bs_image_next_segment_name(name, name, sizeof(name));
    }
    if (fuzz_setup(data, size, "/fuzz.bin", &report, &obj, &sink) != 0)
        return 0;
    sink.emit = fuzz_emit;
    sink.cfg = &cfg;
    if (bs_collector_image.probe_object(obj, &format))
        bs_collector_image.collect_object(&sink, obj);
    if (fmt != BS_IMG_RAW && size >= 512)
        walk_as(&sink, obj->data, obj->len, BS_IMG_RAW); /* random bytes as a raw disk */
    if (fmt != BS_IMG_VMDK && size >= 512 && memcmp(data, "KDMV", 4) == 0)
        walk_as(&sink, obj->data, obj->len, BS_IMG_VMDK);
    bs_object_free(obj);
    bs_report_free(report);
    return 0;
}
