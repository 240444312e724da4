/*
 * test_core.c - objects and location strings, externals, file types,
 * --exclude matching, severities, and the bounded queue under threads.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "matchers/externals.h"
#include "matchers/filetype.h"
#include "collectors/archive_detect.h"
#include "core/magic.h"
#include "core/hash.h"
#include "core/limits.h"
#include "core/bytes.h"
#include "scanner/queue.h"
#include "matchers/rules.h"

static void test_location_chain(void **state)
{
    bs_object *war = bs_object_new(0, "srv01.E01@p2:/opt/app/Click2GovCX.war", "/opt/app/Click2GovCX.war");
    bs_object *jsp;
    bs_object *inner;

    (void)state;
    jsp = bs_object_child(war, "WEB-INF/x.jsp");
    assert_string_equal(jsp->location, "srv01.E01@p2:/opt/app/Click2GovCX.war!WEB-INF/x.jsp");
    assert_string_equal(jsp->path, "WEB-INF/x.jsp");
    assert_int_equal(jsp->depth, 1);
    inner = bs_object_child(jsp, "a/b.txt");
    assert_string_equal(inner->location,
                        "srv01.E01@p2:/opt/app/Click2GovCX.war!WEB-INF/x.jsp!a/b.txt");
    assert_int_equal(inner->depth, 2);
    bs_object_free(inner);
    bs_object_free(jsp);
    bs_object_free(war);
}

static void test_externals(void **state)
{
    bs_object *o = bs_object_new(0, "t.war!WEB-INF/jsp/Shell.JSP", "WEB-INF/jsp/Shell.JSP");
    bs_externals ext;
    const char *jsp = "<%@ page import=\"java.io.*\" %>";

    (void)state;
    bs_object_set_data(o, (uint8_t *)strdup(jsp), strlen(jsp));
    bs_object_set_owner_uid(o, 1001);
    bs_externals_compute(o, "098f6bcd4621d373cade4e832627b4f6", &ext);
    assert_string_equal(ext.filename, "Shell.JSP");
    assert_string_equal(ext.filepath, "WEB-INF/jsp");
    assert_string_equal(ext.extension, ".jsp");
    assert_string_equal(ext.filetype, "JSP");
    assert_string_equal(ext.owner, "1001");
    assert_string_equal(ext.md5, "098f6bcd4621d373cade4e832627b4f6");
    bs_object_free(o);

    o = bs_object_new(0, "root/x", "/x");
    bs_externals_compute(o, NULL, &ext);
    assert_string_equal(ext.filename, "x");
    assert_string_equal(ext.filepath, "/");
    assert_string_equal(ext.extension, "");
    assert_string_equal(ext.filetype, "EMPTY");
    assert_string_equal(ext.owner, "");
    assert_string_equal(ext.md5, "");
    bs_object_free(o);
}

static void test_filetype(void **state)
{
    uint8_t tar[600] = {0};

    (void)state;
    assert_string_equal(bs_filetype((const uint8_t *)"PK\x03\x04rest", 8, ".txt"), "ZIP");
    assert_string_equal(bs_filetype((const uint8_t *)"\x7f" "ELF\x02", 5, NULL), "ELF");
    assert_string_equal(bs_filetype((const uint8_t *)"MZ\x90\x00", 4, ".jsp"), "EXE");
    assert_string_equal(bs_filetype((const uint8_t *)"<?php echo 1;", 13, ".txt"), "PHP");
    assert_string_equal(bs_filetype((const uint8_t *)"<% out.print(1); %>", 19, NULL), "JSP");
    assert_string_equal(bs_filetype((const uint8_t *)"var a = 1;\n", 11, ".js"), "JS");
    assert_string_equal(bs_filetype((const uint8_t *)"hello\n", 6, NULL), "TEXT");
    assert_string_equal(bs_filetype((const uint8_t *)"\x01\x02\x00\x03", 4, ".js"), "DATA");
    memcpy(tar + 257, "ustar", 5);
    assert_string_equal(bs_filetype(tar, sizeof(tar), NULL), "TAR");
}

/* Text markers: the first in table order wins wherever it stands in the head. */
static void test_filetype_marker_order(void **state)
{
    char head[5000];
    const char *late = "<html><body>x</body></html>\n<?php echo 1; ?>";

    (void)state;
    assert_string_equal(bs_filetype((const uint8_t *)late, strlen(late), NULL), "PHP");
    assert_string_equal(bs_filetype((const uint8_t *)"<% x %> <%@ Page Language=\"C#\" %>", 33,
                                    NULL), "ASPX");
    assert_string_equal(bs_filetype((const uint8_t *)"#!/bin/sh\necho <x>", 18, NULL), "SCRIPT");
    assert_string_equal(bs_filetype((const uint8_t *)"a # b < c <?ph", 14, ".js"), "JS");
    assert_string_equal(bs_filetype((const uint8_t *)"text then <?php", 15, NULL), "PHP");
    memset(head, 'a', sizeof(head));
    memcpy(head + 4092, "<?php", 5); /* crosses the 4 KiB head: not seen */
    assert_string_equal(bs_filetype((const uint8_t *)head, sizeof(head), ".txt"), "TEXT");
    memcpy(head + 4091, "<?php", 5); /* ends on its last byte: seen */
    assert_string_equal(bs_filetype((const uint8_t *)head, sizeof(head), ".txt"), "PHP");
}

/* bs_find_binary_byte: every byte value at every position of the SIMD body and tail. */
static void test_find_binary_byte(void **state)
{
    uint8_t buf[40];

    (void)state;
    for (int c = 0; c < 256; c++)
        for (size_t at = 0; at < sizeof(buf); at++) {
            bool binary = c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1b;

            memset(buf, 'a', sizeof(buf));
            buf[at] = (uint8_t)c;
            assert_int_equal(bs_is_binary_byte((uint8_t)c), binary);
            assert_int_equal(bs_find_binary_byte(buf, sizeof(buf)), binary ? at : sizeof(buf));
            assert_int_equal(bs_find_binary_byte(buf, at), at); /* before it: none */
        }
}

/* bs_find_any3 against a plain loop: every length, position and needle, SIMD body and tail. */
static void test_find_any3(void **state)
{
    uint8_t buf[80];

    (void)state;
    assert_int_equal(bs_find_any3(buf, 0, 'a', 'b', 'c'), 0);
    for (size_t n = 1; n <= sizeof(buf); n++)
        for (size_t at = 0; at <= n; at++)
            for (int which = 0; which < 3; which++) {
                const uint8_t needles[3] = {'"', '\\', 0xfe};

                memset(buf, 'x', sizeof(buf));
                if (at < n)
                    buf[at] = needles[which];
                if (at + 1 < n)
                    buf[at + 1] = needles[(which + 1) % 3]; /* a second hit after the first */
                assert_int_equal(bs_find_any3(buf, n, '"', '\\', 0xfe), at);
                assert_int_equal(bs_find_any3(buf, n, 'y', 'y', 'y'), n);
            }
}

/* The file type and the archive probe read one signature table: they agree. */
static void test_magic_one_table(void **state)
{
    static const struct {
        const char *data;
        size_t len;
        const char *type, *format;
    } cases[] = {
        {"\x1f\x8b\x08\x00rest", 8, "GZIP", "gzip"},
        {"\x1f\x8b\x00\x00rest", 8, "DATA", NULL}, /* no deflate: not a gzip stream */
        {"BZh9\x31\x41\x59\x26\x53\x59", 10, "BZIP2", "bzip2"},
        {"BZh is text here", 16, "TEXT", NULL},        /* weak magic, not confirmed */
        {"PK\x03\x04rest", 8, "ZIP", "zip"},
        {"Rar!\x1a\x07\x00", 7, "RAR", "rar"},
        {"\x7f" "ELF\x02", 5, "ELF", NULL},
    };
    uint8_t tar[600] = {0};
    const arc_magic *a;

    (void)state;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const uint8_t *d = (const uint8_t *)cases[i].data;

        assert_string_equal(bs_filetype(d, cases[i].len, NULL), cases[i].type);
        a = bs_archive_detect(d, cases[i].len);
        if (cases[i].format) {
            assert_non_null(a);
            assert_string_equal(a->format, cases[i].format);
            assert_string_equal(a->type, cases[i].type);
        } else {
            assert_null(a);
        }
    }
    memcpy(tar + 257, "ustar", 5);
    a = bs_archive_detect(tar, sizeof(tar));
    assert_non_null(a);
    assert_string_equal(a->format, "tar");
    assert_ptr_equal(a, bs_magic_find(tar, sizeof(tar)));
    assert_null(bs_magic_find(NULL, 0));
}

static void test_exclude_and_severity(void **state)
{
    bs_config cfg;
    bs_severity s;

    (void)state;
    bs_config_init(&cfg);
    assert_false(bs_config_excluded(&cfg, "/a/b.log"));
    bs_strlist_add(&cfg.excludes, "*.log");
    bs_strlist_add(&cfg.excludes, "/var/cache/*");
    assert_true(bs_config_excluded(&cfg, "/a/b.log"));
    assert_false(bs_config_excluded(&cfg, "/a/b.jsp"));
    assert_true(bs_config_excluded(&cfg, "/var/cache/x/y"));
    assert_false(bs_config_excluded(&cfg, "/var/www/x"));
    /* one glob for a file-system path and an archive member path alike */
    bs_strlist_add(&cfg.excludes, "WEB-INF/lib/*");
    assert_true(bs_config_excluded(&cfg, "/WEB-INF/lib/a.jar"));
    assert_true(bs_config_excluded(&cfg, "WEB-INF/lib/a.jar"));
    assert_false(bs_config_excluded(&cfg, "WEB-INF/web.xml"));
    bs_config_release(&cfg);

    assert_int_equal(bs_severity_parse("CRITICAL", &s), 0);
    assert_int_equal(s, BS_SEV_CRITICAL);
    assert_int_not_equal(bs_severity_parse("bad", &s), 0);
    assert_string_equal(bs_severity_name(BS_SEV_LOW), "low");
    /* docs/RULES.md: severity meta, else score, else medium. */
    assert_int_equal(bs_rules_severity_from_meta("high", 10, true), BS_SEV_HIGH);
    assert_int_equal(bs_rules_severity_from_meta(NULL, 80, true), BS_SEV_HIGH);
    assert_int_equal(bs_rules_severity_from_meta(NULL, 79, true), BS_SEV_MEDIUM);
    assert_int_equal(bs_rules_severity_from_meta(NULL, 60, true), BS_SEV_MEDIUM);
    assert_int_equal(bs_rules_severity_from_meta(NULL, 40, true), BS_SEV_LOW);
    assert_int_equal(bs_rules_severity_from_meta(NULL, 39, true), BS_SEV_INFO);
    assert_int_equal(bs_rules_severity_from_meta("bogus", 0, false), BS_SEV_MEDIUM);
}

#define PRODUCERS 3
#define PER_PRODUCER 2000

static void *produce(void *arg)
{
    bs_queue *q = arg;

    for (int i = 0; i < PER_PRODUCER; i++) {
        bs_object *o = bs_object_new(0, "x", "x");

        bs_object_set_data(o, calloc(1, 100), 100);
        assert_int_equal(bs_queue_push(q, o), 0);
    }
    return NULL;
}

static void *consume(void *arg)
{
    bs_queue *q = arg;
    bs_object *o;
    long n = 0;

    while ((o = bs_queue_pop(q))) {
        size_t len = o->len;

        n++;
        bs_object_free(o);
        bs_queue_done(q, len);
    }
    return (void *)n;
}

static void test_queue_threads(void **state)
{
    bs_queue *q = bs_queue_new(8, 350); /* at most 3 objects of 100 bytes in flight */
    pthread_t p[PRODUCERS], c[2];
    long total = 0;
    size_t peak;
    uint64_t waits;

    (void)state;
    for (int i = 0; i < 2; i++)
        pthread_create(&c[i], NULL, consume, q);
    for (int i = 0; i < PRODUCERS; i++)
        pthread_create(&p[i], NULL, produce, q);
    for (int i = 0; i < PRODUCERS; i++)
        pthread_join(p[i], NULL);
    bs_queue_close(q);
    for (int i = 0; i < 2; i++) {
        void *n;

        pthread_join(c[i], &n);
        total += (long)n;
    }
    assert_int_equal(total, PRODUCERS * PER_PRODUCER);
    assert_int_equal(bs_queue_length(q), 0);
    bs_queue_usage(q, &peak, &waits);
    assert_true(peak <= 300); /* queued + being consumed, never over the budget */
    bs_queue_free(q);
}

static void test_queue_oversized_and_closed(void **state)
{
    bs_queue *q = bs_queue_new(4, 10);
    bs_object *big = bs_object_new(0, "big", "big");
    bs_object *late = bs_object_new(0, "late", "late");

    (void)state;
    bs_object_set_data(big, calloc(1, 1000), 1000);
    assert_int_equal(bs_queue_push(q, big), 0); /* admitted: queue was empty */
    assert_int_equal(bs_queue_length(q), 1);
    bs_queue_close(q);
    assert_int_equal(bs_queue_push(q, late), -1); /* freed by the queue */
    big = bs_queue_pop(q);                          /* drained after close */
    assert_non_null(big);
    bs_object_free(big);
    assert_null(bs_queue_pop(q));
    bs_queue_free(q);
}

/* A popped object's bytes stay in flight until bs_queue_done. */
static void *push_one(void *arg)
{
    bs_object *o = bs_object_new(0, "second", "second");

    bs_object_set_data(o, calloc(1, 60), 60);
    return (void *)(long)bs_queue_push(arg, o);
}

static void test_queue_budget_counts_popped(void **state)
{
    bs_queue *q = bs_queue_new(4, 100);
    bs_object *first = bs_object_new(0, "first", "first");
    pthread_t t;
    void *rc;
    size_t peak;
    uint64_t waits;

    (void)state;
    bs_object_set_data(first, calloc(1, 60), 60);
    assert_int_equal(bs_queue_push(q, first), 0);
    first = bs_queue_pop(q); /* queue empty, but 60 bytes still in flight */
    pthread_create(&t, NULL, push_one, q);
    while (bs_queue_usage(q, &peak, &waits), waits == 0)
        usleep(1000); /* the second push waits for the budget */
    assert_int_equal(bs_queue_length(q), 0);
    bs_object_free(first);
    bs_queue_done(q, 60);
    pthread_join(t, &rc);
    assert_int_equal((long)rc, 0);
    assert_int_equal(bs_queue_length(q), 1);
    bs_queue_usage(q, &peak, &waits);
    assert_int_equal(peak, 60);
    bs_queue_free(q);
}

/* The digests fed in 16 KiB pieces give the published vector, whatever the update sizes. */
static void test_hash_pieces(void **state)
{
    static const size_t cuts[] = {7, 16383, 16385, 65536, 1};
    const char *want = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    size_t n = 1000000, off = 0;
    uint8_t *a = malloc(n);
    bs_hasher *h = bs_hasher_new(BS_HASH_ALL);
    bs_hashes one, parts;

    (void)state;
    assert_non_null(a);
    memset(a, 'a', n); /* FIPS 180-2: SHA-256 of one million 'a' */
    bs_hash_buffer(a, n, BS_HASH_ALL, &one);
    assert_string_equal(one.sha256, want);
    for (size_t i = 0; off < n; i++) {
        size_t k = cuts[i % 5] < n - off ? cuts[i % 5] : n - off;

        bs_hasher_update(h, a + off, k);
        off += k;
    }
    bs_hasher_finish(h, &parts);
    assert_string_equal(parts.sha256, want);
    assert_string_equal(parts.md5, one.md5);
    assert_string_equal(parts.sha1, "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    free(a);
}

static void test_hashes_complete(void **state)
{
    bs_hashes full, part;

    (void)state;
    bs_hash_buffer("abc", 3, BS_HASH_ALL, &full);
    assert_string_equal(full.md5, "900150983cd24fb0d6963f7d28e17f72");
    bs_hash_buffer("abc", 3, BS_HASH_SHA256, &part);
    assert_string_equal(part.md5, "");
    bs_hashes_complete(&part, "abc", 3);
    assert_memory_equal(&part, &full, sizeof(full));
    bs_hashes_complete(&part, "other content", 13); /* nothing missing: unchanged */
    assert_memory_equal(&part, &full, sizeof(full));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_location_chain),
        cmocka_unit_test(test_externals),
        cmocka_unit_test(test_filetype),
        cmocka_unit_test(test_filetype_marker_order),
        cmocka_unit_test(test_find_any3),
        cmocka_unit_test(test_find_binary_byte),
        cmocka_unit_test(test_magic_one_table),
        cmocka_unit_test(test_exclude_and_severity),
        cmocka_unit_test(test_queue_threads),
        cmocka_unit_test(test_queue_oversized_and_closed),
        cmocka_unit_test(test_queue_budget_counts_popped),
        cmocka_unit_test(test_hash_pieces),
        cmocka_unit_test(test_hashes_complete),
    };
    return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
