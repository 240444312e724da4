/*
 * test_timeparse.c - the one ISO 8601 / RFC 3339 reader (core/timeparse.c)
 * under each caller's flags: report files (Z only), the command line (zone
 * needed, a date alone allowed), log lines (zone optional, 1970 on).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "core/timeparse.h"

#define REPORT (BS_TIME_ZONE_NEEDED | BS_TIME_ONLY_Z)
#define CLI (BS_TIME_ZONE_NEEDED | BS_TIME_DATE_ONLY)

static size_t parse(const char *s, unsigned flags, bs_time *t, bool *date_only)
{
    return bs_time_parse(s, strlen(s), flags, t, date_only);
}

static void test_report_times(void **state)
{
    bs_time t;

    (void)state;
    assert_int_equal(parse("2018-08-14T03:12:09Z", REPORT, &t, NULL), 20);
    assert_int_equal(t.sec, 1534216329);
    assert_int_equal(t.nsec, 0);
    assert_true(t.set);
    assert_int_equal(parse("2018-08-14T03:12:09.000000123Z", REPORT, &t, NULL), 30);
    assert_int_equal(t.nsec, 123);
    /* file times before 1970 exist (hostile images) and must read back */
    assert_int_equal(parse("1969-12-31T23:59:59Z", REPORT, &t, NULL), 20);
    assert_int_equal(t.sec, -1);
    assert_int_equal(parse("2018-08-14T05:12:09+02:00", REPORT, &t, NULL), 0);
    assert_int_equal(parse("2018-08-14T03:12:09", REPORT, &t, NULL), 0);
    assert_int_equal(parse("2018-08-14", REPORT, &t, NULL), 0);
    assert_int_equal(parse("2018-13-14T03:12:09Z", REPORT, &t, NULL), 0);
}

static void test_command_line_times(void **state)
{
    bs_time t;
    bool date_only = false;

    (void)state;
    assert_int_equal(parse("2018-08-14", CLI, &t, &date_only), 10);
    assert_true(date_only);
    assert_int_equal(t.sec, 1534204800);
    assert_int_equal(parse("2018-08-14t05:12:09.5+02:00", CLI, &t, &date_only), 27);
    assert_false(date_only);
    assert_int_equal(t.sec, 1534216329);
    assert_int_equal(parse("2018-08-14T03:12:09z", CLI, &t, NULL), 20);
    assert_int_equal(parse("2018-08-14T03:12:09", CLI, &t, NULL), 0); /* no zone: ambiguous */
    assert_int_equal(parse("2018-08-14junk", CLI, &t, NULL), 10);      /* caller wants 14 */
}

static void test_log_times(void **state)
{
    bs_time t;

    (void)state;
    assert_int_equal(parse("2019-07-30 14:02:11,123 DEBUG", BS_TIME_SINCE_1970, &t, NULL), 23);
    assert_int_equal(t.nsec, 123000000);
    assert_int_equal(parse("2019-07-30T16:02:11+0200", BS_TIME_SINCE_1970, &t, NULL), 24);
    assert_int_equal(t.sec, 1564495331);
    assert_int_equal(parse("1969-07-30 14:02:11", BS_TIME_SINCE_1970, &t, NULL), 0);
    assert_int_equal(parse("2019-07-30", BS_TIME_SINCE_1970, &t, NULL), 0);
    assert_int_equal(bs_time_parse("2019-07-30 14:02", 16, 0, &t, NULL), 0); /* short */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_report_times),
        cmocka_unit_test(test_command_line_times),
        cmocka_unit_test(test_log_times),
    };
    return cmocka_run_group_tests_name("timeparse", tests, NULL, NULL);
}
