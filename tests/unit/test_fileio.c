/*
 * test_fileio.c - reading evidence files whole (core/fileio.c): bs_read_regular
 * stops at the size stat gave without a read that only returns 0, and still
 * reads everything when the file is larger or smaller than that size.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/fileio.h"
#include "core/limits.h"

/* A temporary file holding n bytes of a pattern, open for reading at offset 0. */
static int pattern_file(size_t n)
{
    char path[] = "/tmp/bs-fileio-XXXXXX";
    int fd = mkstemp(path);
    uint8_t *buf = malloc(n ? n : 1);

    assert_true(fd >= 0);
    assert_non_null(buf);
    unlink(path);
    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)(i * 7 + i / 251);
    assert_int_equal(write(fd, buf, n), (ssize_t)n);
    free(buf);
    assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
    return fd;
}

/* Reads fd with size hint `hint` and checks that all n bytes of the pattern came back. */
static void read_back(int fd, uint64_t hint, size_t n)
{
    uint8_t *data = NULL;
    size_t len = 0;
    bs_error err;

    assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
    assert_int_equal(bs_read_regular(fd, hint, 64 << 20, &data, &len, &err), BS_OK);
    assert_int_equal(len, n);
    for (size_t i = 0; i < n; i++)
        if (data[i] != (uint8_t)(i * 7 + i / 251))
            fail_msg("byte %zu differs (hint %llu, size %zu)", i, (unsigned long long)hint, n);
    free(data);
}

static void test_read_regular_sizes(void **state)
{
    const size_t sizes[] = {0, 1, 4095, 4096, 65537, BS_READ_CHUNK - 1, BS_READ_CHUNK,
                            BS_READ_CHUNK + 1, 3 * BS_READ_CHUNK};

    (void)state;
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        size_t n = sizes[i];
        int fd = pattern_file(n);

        read_back(fd, n, n);            /* as stat saw it */
        read_back(fd, n ? n - 1 : 0, n); /* grew since stat: read on to the end */
        read_back(fd, n / 2, n);
        read_back(fd, n + 1, n); /* shrank since stat */
        read_back(fd, 2 * n + 10, n);
        close(fd);
    }
}

/*
 * The read that would only say "end of file" is not made: shown on a pipe
 * whose writer stays open, where that read would block (SIGALRM then ends the
 * test run, failed).
 */
static void test_read_regular_no_read_for_eof(void **state)
{
    static const char msg[] = "0123456789";
    uint8_t *data = NULL;
    size_t len = 0;
    bs_error err;
    int p[2];

    (void)state;
    assert_int_equal(pipe(p), 0);
    assert_int_equal(write(p[1], msg, 10), 10);
    alarm(10);
    assert_int_equal(bs_read_regular(p[0], 10, 1 << 20, &data, &len, &err), BS_OK);
    alarm(0);
    assert_int_equal(len, 10);
    assert_memory_equal(data, msg, 10);
    free(data);
    close(p[0]);
    close(p[1]);
}

static void test_read_regular_too_large(void **state)
{
    uint8_t *data = (uint8_t *)"untouched";
    size_t len = 7;
    bs_error err;
    int fd = pattern_file(5000);

    (void)state;
    assert_int_equal(bs_read_regular(fd, 5000, 4999, &data, &len, &err), BS_FAILED);
    assert_string_equal(err.stage, "too-large");
    assert_null(data);
    assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
    assert_int_equal(bs_read_regular(fd, 100, 4999, &data, &len, &err), BS_FAILED);
    assert_string_equal(err.stage, "too-large");
    close(fd);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read_regular_sizes),
        cmocka_unit_test(test_read_regular_no_read_for_eof),
        cmocka_unit_test(test_read_regular_too_large),
    };
    return cmocka_run_group_tests_name("fileio", tests, NULL, NULL);
}
