/*
 * test_sigbus.c - a mapped file that shrinks under the scanner: the pages
 * past the new end read as zeros and the fault is reported, not fatal.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/fileio.h"
#include "core/object.h"
#include "core/sigbus.h"

static void test_truncated_mapping_reads_zeros(void **state)
{
    char path[] = "/tmp/bs-sigbus-XXXXXX";
    long page = sysconf(_SC_PAGESIZE);
    size_t len = (size_t)page * 3;
    char *buf = malloc(len);
    int fd = mkstemp(path);
    uint8_t *map = NULL;
    bs_object *obj = bs_object_new(0, "x", "x");
    bs_error err;
    volatile uint8_t sum = 0;

    (void)state;
    assert_true(fd >= 0);
    memset(buf, 'A', len);
    assert_int_equal(write(fd, buf, len), (ssize_t)len);
    assert_int_equal(bs_map_file(fd, len, &map, &err), BS_OK);
    bs_object_set_mapped(obj, map, len);
    assert_int_equal(bs_sigbus_install(), 0);

    bs_sigbus_watch(obj->data, obj->len);
    sum = obj->data[0];
    assert_int_equal(sum, 'A');
    assert_false(bs_sigbus_unwatch()); /* nothing went wrong yet */

    assert_int_equal(ftruncate(fd, page), 0); /* the file shrinks under the mapping */
    bs_sigbus_watch(obj->data, obj->len);
    assert_int_equal(obj->data[page - 1], 'A'); /* still there */
    assert_int_equal(obj->data[page * 2 + 10], 0); /* gone: read as zero */
    assert_true(bs_sigbus_unwatch());

    bs_object_free(obj); /* munmap, including the replaced page */
    close(fd);
    unlink(path);
    free(buf);
}

static void test_small_and_empty_files(void **state)
{
    uint8_t *map = (uint8_t *)"not touched";
    bs_error err;

    (void)state;
    assert_int_equal(bs_map_file(0, 0, &map, &err), BS_OK);
    assert_null(map); /* nothing to map */
    assert_int_equal(bs_map_file(-1, 4096, &map, &err), BS_FAILED);
    assert_string_equal(err.stage, "read");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_truncated_mapping_reads_zeros),
        cmocka_unit_test(test_small_and_empty_files),
    };
    return cmocka_run_group_tests_name("sigbus", tests, NULL, NULL);
}
