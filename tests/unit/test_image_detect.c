/*
 * test_image_detect.c - unit tests of disk-image detection
 * (collectors/image_detect.c): the header of each container format, each
 * raw layout at offset 0, look-alikes that must not be taken for images,
 * split-segment names, partition entries past the end, and the collector's
 * probe_object / collect_object on a small FAT image built in memory.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "collectors/collector.h"
#include "collectors/image.h"
#include "report/model.h"

#define HEAD (96 * 1024)

static uint8_t *zeroed(void)
{
    uint8_t *b = calloc(1, HEAD);

    assert_non_null(b);
    return b;
}

static void put16(uint8_t *p, unsigned v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void put32be(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (24 - 8 * i));
}

static void put64(uint8_t *p, uint64_t v)
{
    put32(p, (uint32_t)v);
    put32(p + 4, (uint32_t)(v >> 32));
}

static bs_image_format container(const uint8_t *b)
{
    return bs_image_detect_container(b, HEAD, NULL, 0);
}

static void test_ewf(void **state)
{
    uint8_t *b = zeroed();

    (void)state;
    memcpy(b, "EVF\x09\x0d\x0a\xff\x00", 8);
    b[8] = 1;
    put16(b + 9, 1);
    assert_int_equal(container(b), BS_IMG_EWF);
    assert_int_equal(bs_image_ewf_segment_number(b, HEAD), 1);
    put16(b + 9, 3);
    assert_int_equal(bs_image_ewf_segment_number(b, HEAD), 3);
    memcpy(b, "EVF\x09\x0d\x0a\xff\x01", 8); /* one byte off */
    assert_int_equal(container(b), BS_IMG_NONE);
    assert_int_equal(bs_image_ewf_segment_number(b, HEAD), 0);
    free(b);
}

static void test_qcow(void **state)
{
    uint8_t *b = zeroed();

    (void)state;
    memcpy(b, "QFI\xfb", 4);
    for (uint32_t v = 1; v <= 3; v++) {
        put32be(b + 4, v);
        assert_int_equal(container(b), BS_IMG_QCOW2);
    }
    put32be(b + 4, 9); /* unknown version */
    assert_int_equal(container(b), BS_IMG_NONE);
    assert_int_equal(bs_image_detect_container(b, 3, NULL, 0), BS_IMG_NONE); /* short */
    free(b);
}

static void test_vmdk_vhdx_vhd(void **state)
{
    uint8_t *b = zeroed(), tail[512] = {0};

    (void)state;
    memcpy(b, "KDMV", 4);
    assert_int_equal(container(b), BS_IMG_VMDK);
    memcpy(b, "COWD", 4);
    assert_int_equal(container(b), BS_IMG_VMDK);
    memcpy(b, "# Disk DescriptorFile\nversion=1\n", 32);
    assert_int_equal(container(b), BS_IMG_VMDK);
    memset(b, 0, 64);
    memcpy(b, "vhdxfile", 8);
    assert_int_equal(container(b), BS_IMG_VHDX);
    memset(b, 0, 64);
    memcpy(b, "conectix", 8); /* dynamic VHD: footer copy at offset 0 */
    assert_int_equal(container(b), BS_IMG_VHD);
    memset(b, 0, 64);
    memcpy(tail, "conectix", 8); /* fixed VHD: footer only at the end */
    assert_int_equal(bs_image_detect_container(b, HEAD, tail, sizeof(tail)), BS_IMG_VHD);
    assert_int_equal(bs_image_detect_container(b, HEAD, NULL, 0), BS_IMG_NONE);
    free(b);
}

static void boot_sig(uint8_t *b)
{
    b[510] = 0x55;
    b[511] = 0xAA;
}

static void test_mbr_gpt(void **state)
{
    uint8_t *b = zeroed();

    (void)state;
    boot_sig(b);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_NONE); /* no entry used */
    b[446 + 4] = 0x83;
    put32(b + 446 + 8, 2048);
    put32(b + 446 + 12, 4096);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_MBR);
    assert_int_equal(bs_image_detect_buffer(b, HEAD), BS_IMG_RAW);
    b[446 + 16] = 0x42; /* a boot flag that is neither 0x00 nor 0x80 */
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_NONE);
    b[446 + 16] = 0;
    memcpy(b + 512, "EFI PART", 8);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_GPT);
    free(b);
}

static void test_file_systems(void **state)
{
    uint8_t *b = zeroed();

    (void)state;
    /* ext2/3/4: superblock magic, inode count, block size */
    put32(b + 1024, 2048);
    put32(b + 1024 + 24, 2);
    put16(b + 1024 + 56, 0xEF53);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_EXT);
    put32(b + 1024 + 24, 40); /* absurd block size */
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_NONE);
    memset(b, 0, HEAD);

    /* NTFS and exFAT boot sectors */
    memcpy(b + 3, "NTFS    ", 8);
    boot_sig(b);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_NTFS);
    memcpy(b + 3, "EXFAT   ", 8);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_EXFAT);
    memset(b, 0, HEAD);

    /* FAT: jump + BIOS parameter block + signature */
    b[0] = 0xEB;
    b[1] = 0x3C;
    b[2] = 0x90;
    put16(b + 11, 512);
    b[13] = 4;
    put16(b + 14, 1);
    b[16] = 2;
    boot_sig(b);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_FAT);
    put16(b + 11, 500); /* not a sector size */
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_NONE);
    memset(b, 0, HEAD);

    memcpy(b + 1024, "H+\x00\x04", 4);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_HFS);
    memset(b, 0, HEAD);
    b[32768] = 1;
    memcpy(b + 32769, "CD001", 5);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_ISO9660);
    memset(b, 0, HEAD);
    put32(b + 8192 + 1372, 0x00011954);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_UFS);
    memset(b, 0, HEAD);
    put32(b + 65536 + 1372, 0x19540119);
    assert_int_equal(bs_image_detect_layout(b, HEAD), BS_LAYOUT_UFS);
    assert_int_equal(bs_image_detect_layout(b, 65536), BS_LAYOUT_NONE); /* head too short */
    free(b);
}

static void test_not_images(void **state)
{
    static const char *const samples[] = {
        "PK\x03\x04 zip member", "%PDF-1.7", "\x7f" "ELF", "<%@ page import=\"java.io.*\" %>",
        "GIF89a", "",
    };
    uint8_t *b = zeroed();

    (void)state;
    for (size_t i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
        memset(b, 0, HEAD);
        memcpy(b, samples[i], strlen(samples[i]));
        assert_int_equal(bs_image_detect_buffer(b, HEAD), BS_IMG_NONE);
    }
    assert_int_equal(bs_image_detect_buffer(NULL, 0), BS_IMG_NONE);
    assert_int_equal(bs_image_detect_buffer(b, 0), BS_IMG_NONE);
    free(b);
}

static void test_segment_names(void **state)
{
    char out[64];

    (void)state;
    assert_true(bs_image_next_segment_name("disk.001", out, sizeof(out)));
    assert_string_equal(out, "disk.002");
    assert_true(bs_image_next_segment_name("d/disk.raw.099", out, sizeof(out)));
    assert_string_equal(out, "d/disk.raw.100");
    assert_false(bs_image_next_segment_name("disk.999", out, sizeof(out)));
    assert_true(bs_image_next_segment_name("disk.az", out, sizeof(out)));
    assert_string_equal(out, "disk.ba");
    assert_false(bs_image_next_segment_name("disk.img", out, sizeof(out)));
    assert_false(bs_image_next_segment_name("a.b/disk", out, sizeof(out)));
    assert_false(bs_image_next_segment_name("disk.001", out, 4)); /* too small */

    assert_true(bs_image_is_first_segment_name("x.001"));
    assert_true(bs_image_is_first_segment_name("x.000"));
    assert_true(bs_image_is_first_segment_name("x.aa"));
    assert_false(bs_image_is_first_segment_name("x.002"));
    assert_false(bs_image_is_first_segment_name("x.ab"));
    assert_false(bs_image_is_first_segment_name("x.E01"));

    assert_true(bs_image_first_segment_name("x.007", out, sizeof(out)));
    assert_string_equal(out, "x.001");
    assert_true(bs_image_first_segment_name("x.ac", out, sizeof(out)));
    assert_string_equal(out, "x.aa");
}

static void test_entries_past_end(void **state)
{
    uint8_t *b = zeroed();
    bs_image_bad_entry bad[4];

    (void)state;
    boot_sig(b);
    b[446 + 4] = 0x83;
    put32(b + 446 + 8, 2048);
    put32(b + 446 + 12, 2048);
    b[446 + 16 + 4] = 0x07;
    put32(b + 446 + 16 + 8, 1u << 20); /* starts at 512 MiB */
    put32(b + 446 + 16 + 12, 2048);
    assert_int_equal(bs_image_entries_past_end(b, HEAD, 64u << 20, bad, 4), 1);
    assert_int_equal(bad[0].index, 2);
    assert_true(bad[0].start == 512ULL << 20);
    assert_int_equal(bs_image_entries_past_end(b, HEAD, 1ULL << 30, bad, 4), 0);

    memset(b, 0, HEAD);
    memcpy(b + 512, "EFI PART", 8);
    put64(b + 512 + 72, 2);  /* entries at LBA 2 */
    put32(b + 512 + 80, 4);  /* 4 entries */
    put32(b + 512 + 84, 128);
    b[1024] = 1;             /* entry 1: used, inside */
    put64(b + 1024 + 32, 2048);
    b[1024 + 3 * 128] = 1;   /* entry 4: used, past the end */
    put64(b + 1024 + 3 * 128 + 32, 1ULL << 30);
    assert_int_equal(bs_image_entries_past_end(b, HEAD, 64u << 20, bad, 4), 1);
    assert_int_equal(bad[0].index, 4);
    free(b);
}

/* ---- the collector on a FAT image built in memory ---- */

typedef struct seen {
    int count;
    char location[256];
    char data[64];
    bool deleted;
} seen;

static bs_status record(bs_sink *sink, bs_object *obj)
{
    seen *s = sink->arg;

    s->count++;
    snprintf(s->location, sizeof(s->location), "%s", obj->location);
    snprintf(s->data, sizeof(s->data), "%.*s", (int)obj->len, obj->data ? (char *)obj->data : "");
    s->deleted = obj->deleted;
    bs_object_free(obj);
    return BS_OK;
}

/* FAT12, 1 MiB, 512-byte sectors, 1 sector per cluster, one file HELLO.TXT. */
static uint8_t *make_fat(size_t *len)
{
    enum { SECS = 2048, FAT_SECS = 6, ROOT_ENTRIES = 16 };
    uint8_t *img = calloc(1, SECS * 512);
    uint8_t *fat, *root, *e;
    static const char body[] = "image unit marker";

    assert_non_null(img);
    img[0] = 0xEB, img[1] = 0x3C, img[2] = 0x90;
    memcpy(img + 3, "MSDOS5.0", 8);
    put16(img + 11, 512);
    img[13] = 1;            /* sectors per cluster */
    put16(img + 14, 1);     /* reserved sectors */
    img[16] = 2;            /* FATs */
    put16(img + 17, ROOT_ENTRIES);
    put16(img + 19, SECS);
    img[21] = 0xF8;
    put16(img + 22, FAT_SECS);
    img[38] = 0x29;
    memcpy(img + 43, "UNITLABEL  ", 11);
    memcpy(img + 54, "FAT12   ", 8);
    boot_sig(img);
    for (int f = 0; f < 2; f++) {
        fat = img + 512 * (1 + f * FAT_SECS);
        fat[0] = 0xF8, fat[1] = 0xFF, fat[2] = 0xFF; /* clusters 0, 1 */
        fat[3] = 0xFF, fat[4] = 0x0F;                /* cluster 2: end of chain */
    }
    root = img + 512 * (1 + 2 * FAT_SECS);
    e = root;
    memcpy(e, "HELLO   TXT", 11);
    e[11] = 0x20;
    put16(e + 22, 0x6000);       /* 12:00 */
    put16(e + 24, (38 << 9) | (8 << 5) | 14); /* 2018-08-14 */
    put16(e + 26, 2);
    put32(e + 28, sizeof(body) - 1);
    memcpy(root + ROOT_ENTRIES * 32, body, sizeof(body) - 1); /* cluster 2 */
    *len = SECS * 512;
    return img;
}

static void test_collect_object_fat(void **state)
{
    bs_report *report = bs_report_new();
    bs_config cfg;
    seen s = {0};
    bs_sink sink = {.emit = record, .arg = &s, .cfg = &cfg};
    bs_object *obj = bs_object_new(0, "ev:/disk.bin", "/disk.bin");
    const char *format = NULL;
    size_t len = 0;
    uint8_t *fat = make_fat(&len);

    (void)state;
    bs_config_init(&cfg);
    sink.report = report;
    sink.target = bs_report_add_target(report, "ev", "directory");
    bs_object_set_data(obj, fat, len);
    assert_true(bs_collector_image.probe_object(obj, &format));
    assert_string_equal(format, "raw");
    assert_int_equal(bs_collector_image.collect_object(&sink, obj), BS_OK);
    assert_int_equal(s.count, 1);
    assert_string_equal(s.location, "ev:/disk.bin!/HELLO.TXT");
    assert_string_equal(s.data, "image unit marker");
    assert_false(s.deleted);
    bs_object_free(obj);
    bs_report_free(report);
    bs_config_release(&cfg);
}

static void test_probe_object_rejects_text(void **state)
{
    bs_object *obj = bs_object_new(0, "x", "/x.txt");
    uint8_t *text = malloc(4096);
    const char *format = NULL;

    (void)state;
    memset(text, 'a', 4096);
    bs_object_set_data(obj, text, 4096);
    assert_false(bs_collector_image.probe_object(obj, &format));
    bs_object_free(obj);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ewf),
        cmocka_unit_test(test_qcow),
        cmocka_unit_test(test_vmdk_vhdx_vhd),
        cmocka_unit_test(test_mbr_gpt),
        cmocka_unit_test(test_file_systems),
        cmocka_unit_test(test_not_images),
        cmocka_unit_test(test_segment_names),
        cmocka_unit_test(test_entries_past_end),
        cmocka_unit_test(test_collect_object_fat),
        cmocka_unit_test(test_probe_object_rejects_text),
    };

    return cmocka_run_group_tests_name("image_detect", tests, NULL, NULL);
}
