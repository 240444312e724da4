/*
 * test_cli.c - option tables: sizes, times, short/long forms, errors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include <stdlib.h>

#include "scanner/cli.h"

static void test_parse_size(void **state)
{
    uint64_t v = 0;

    (void)state;
    assert_int_equal(bs_parse_size("1024", &v), 0);
    assert_int_equal(v, 1024);
    assert_int_equal(bs_parse_size("256M", &v), 0);
    assert_int_equal(v, 256ULL << 20);
    assert_int_equal(bs_parse_size("1G", &v), 0);
    assert_int_equal(v, 1ULL << 30);
    assert_int_equal(bs_parse_size("4k", &v), 0);
    assert_int_equal(v, 4096);
    assert_int_equal(bs_parse_size("2MiB", &v), 0);
    assert_int_equal(v, 2ULL << 20);
    assert_int_not_equal(bs_parse_size("", &v), 0);
    assert_int_not_equal(bs_parse_size("-1", &v), 0);
    assert_int_not_equal(bs_parse_size("12Q", &v), 0);
    assert_int_not_equal(bs_parse_size("99999999999999999999", &v), 0);
    assert_int_not_equal(bs_parse_size("999999999999T", &v), 0);
}

static void test_parse_time(void **state)
{
    int64_t t = 0;

    (void)state;
    assert_int_equal(bs_parse_time("2018-08-14", &t), 0);
    assert_int_equal(t, 1534204800);
    assert_int_equal(bs_parse_time("2018-08-14T03:12:09Z", &t), 0);
    assert_int_equal(t, 1534216329);
    assert_int_equal(bs_parse_time("2018-08-14T05:12:09.5+02:00", &t), 0);
    assert_int_equal(t, 1534216329);
    assert_int_not_equal(bs_parse_time("2018-08-14T03:12:09", &t), 0);
    assert_int_not_equal(bs_parse_time("yesterday", &t), 0);
    assert_int_not_equal(bs_parse_time("2018-08-14junk", &t), 0);
}

/* --until YYYY-MM-DD covers that whole day; a full time is taken as given. */
static void test_parse_time_end(void **state)
{
    int64_t t = 0;

    (void)state;
    assert_int_equal(bs_parse_time_end("2019-06-02", &t), 0);
    assert_int_equal(t, 1559519999); /* 2019-06-02T23:59:59Z */
    assert_int_equal(bs_parse_time_end("2019-06-02T10:00:00Z", &t), 0);
    assert_int_equal(t, 1559469600);
    assert_int_not_equal(bs_parse_time_end("2019-06-02x", &t), 0);
}

typedef struct opts {
    bs_strlist rules;
    const char *out;
    int threads;
    bool flag;
    uint64_t size;
    bs_severity sev;
    int verbosity;
} opts;

static const bs_command_spec *spec_for(opts *o)
{
    static bs_option table[8];
    static bs_command_spec spec = {"t [options] ARG...", "test", table};
    const bs_option t[] = {
        {'r', "rules", BS_OPT_LIST, &o->rules, "PATH", "rules"},
        {'o', "output", BS_OPT_STRING, &o->out, "FILE", "out"},
        {'j', "threads", BS_OPT_INT, &o->threads, "N", "threads"},
        {0, "flag", BS_OPT_FLAG, &o->flag, NULL, "flag"},
        {0, "max-file-size", BS_OPT_SIZE, &o->size, "SIZE", "size"},
        {0, "fail-on", BS_OPT_SEVERITY, &o->sev, "SEV", "sev"},
        {'v', "verbose", BS_OPT_COUNT_UP, &o->verbosity, NULL, "v"},
        {0, NULL, 0, NULL, NULL, NULL},
    };
    memcpy(table, t, sizeof(t));
    return &spec;
}

static void test_parse_options(void **state)
{
    opts o;
    char *argv[] = {"t", "-r", "a.yar", "--rules=b.yar", "-j4", "--flag", "x",
                    "--max-file-size", "1M", "--fail-on", "high", "-vv", "--", "-y"};
    char **rest;
    int nrest;
    bool help;
    bs_error err;

    (void)state;
    memset(&o, 0, sizeof(o));
    assert_int_equal(bs_cli_parse(spec_for(&o), 14, argv, &rest, &nrest, &help, &err), BS_OK);
    assert_int_equal(o.rules.count, 2);
    assert_string_equal(o.rules.items[1], "b.yar");
    assert_int_equal(o.threads, 4);
    assert_true(o.flag);
    assert_int_equal(o.size, 1 << 20);
    assert_int_equal(o.sev, BS_SEV_HIGH);
    assert_int_equal(o.verbosity, 2);
    assert_false(help);
    assert_int_equal(nrest, 2);
    assert_string_equal(rest[0], "x");
    assert_string_equal(rest[1], "-y");
    free(rest);
    bs_strlist_release(&o.rules);
}

static void test_bad_usage(void **state)
{
    opts o;
    char *unknown[] = {"t", "--nope"};
    char *missing[] = {"t", "-o"};
    char *badint[] = {"t", "-j", "many"};
    char *badsev[] = {"t", "--fail-on", "severe"};
    char *flagval[] = {"t", "--flag=1"};
    char *help[] = {"t", "--help"};
    char **rest;
    int nrest;
    bool h;
    bs_error err;

    (void)state;
    memset(&o, 0, sizeof(o));
    assert_int_equal(bs_cli_parse(spec_for(&o), 2, unknown, &rest, &nrest, &h, &err), BS_FAILED);
    assert_non_null(strstr(err.message, "--nope"));
    free(rest);
    assert_int_equal(bs_cli_parse(spec_for(&o), 2, missing, &rest, &nrest, &h, &err), BS_FAILED);
    free(rest);
    assert_int_equal(bs_cli_parse(spec_for(&o), 3, badint, &rest, &nrest, &h, &err), BS_FAILED);
    free(rest);
    assert_int_equal(bs_cli_parse(spec_for(&o), 3, badsev, &rest, &nrest, &h, &err), BS_FAILED);
    free(rest);
    assert_int_equal(bs_cli_parse(spec_for(&o), 2, flagval, &rest, &nrest, &h, &err), BS_FAILED);
    free(rest);
    assert_int_equal(bs_cli_parse(spec_for(&o), 2, help, &rest, &nrest, &h, &err), BS_OK);
    assert_true(h);
    free(rest);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_size),
        cmocka_unit_test(test_parse_time),
        cmocka_unit_test(test_parse_time_end),
        cmocka_unit_test(test_parse_options),
        cmocka_unit_test(test_bad_usage),
    };
    return cmocka_run_group_tests_name("cli", tests, NULL, NULL);
}
