/*
 * test_logparse.c - access-log lines (matchers/logparse.c): NCSA common and
 * combined, W3C extended (IIS, WebLogic) with #Fields: changes, time zones,
 * truncated and garbage lines, line splitting, format sniffing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/limits.h"
#include "core/timeparse.h"
#include "matchers/logparse.h"

/* 2019-07-30T14:02:11Z */
#define T_20190730_140211 1564495331

static void assert_span(bs_span s, const char *want)
{
    size_t n = strlen(want);

    if (s.n != n || (n && memcmp(s.p, want, n) != 0))
        fail_msg("span '%.*s' != '%s'", (int)s.n, s.p ? s.p : "", want);
}

static bs_log_line parse(bs_log_parser *p, const char *line, bs_log_request *r)
{
    return bs_log_parse_line(p, line, strlen(line), r);
}

static void test_ncsa_common(void **state)
{
    bs_log_parser *p = bs_log_parser_new(0);
    bs_log_request r;

    (void)state;
    assert_non_null(p);
    assert_int_equal(parse(p,
                           "203.0.113.7 - admin [30/Jul/2019:14:02:11 +0000] \"POST "
                           "/Click2GovCX/images/ok.jsp?m=CMDS HTTP/1.1\" 200 97",
                           &r),
                     BS_LOG_LINE_REQUEST);
    assert_span(r.client, "203.0.113.7");
    assert_span(r.user, "admin");
    assert_span(r.method, "POST");
    assert_span(r.url, "/Click2GovCX/images/ok.jsp?m=CMDS");
    assert_span(r.path, "/Click2GovCX/images/ok.jsp");
    assert_span(r.protocol, "HTTP/1.1");
    assert_span(r.request, "POST /Click2GovCX/images/ok.jsp?m=CMDS HTTP/1.1");
    assert_int_equal(r.status, 200);
    assert_true(r.has_bytes);
    assert_int_equal(r.bytes, 97);
    assert_true(r.time.set);
    assert_int_equal(r.time.sec, T_20190730_140211);
    assert_int_equal(r.referer.n, 0);
    assert_int_equal(r.user_agent.n, 0);
    /* "-" bytes: none */
    assert_int_equal(parse(p, "10.0.0.1 - - [30/Jul/2019:14:02:11 +0000] \"GET / HTTP/1.0\" 304 -",
                           &r),
                     BS_LOG_LINE_REQUEST);
    assert_false(r.has_bytes);
    assert_int_equal(r.status, 304);
    bs_log_parser_free(p);
}

static void test_ncsa_combined(void **state)
{
    bs_log_parser *p = bs_log_parser_new(0);
    bs_log_request r;

    (void)state;
    assert_int_equal(parse(p,
                           "198.51.100.21 - - [30/Jul/2019:09:02:11 -0500] \"GET /a\\\"b?x=1 "
                           "HTTP/1.1\" 404 12 \"http://example.org/\" \"Mozilla/5.0 (X11; "
                           "Linux) \\\"q\\\"\" \"extra\"",
                           &r),
                     BS_LOG_LINE_REQUEST);
    assert_int_equal(r.time.sec, T_20190730_140211); /* -0500 -> UTC */
    assert_span(r.url, "/a\\\"b?x=1");
    assert_span(r.referer, "http://example.org/");
    assert_span(r.user_agent, "Mozilla/5.0 (X11; Linux) \\\"q\\\"");
    assert_int_equal(r.status, 404);
    /* +0530 zone, request without protocol (HTTP/0.9), junk request */
    assert_int_equal(parse(p, "h - - [30/Jul/2019:19:32:11 +0530] \"GET /x\" 200 1", &r),
                     BS_LOG_LINE_REQUEST);
    assert_int_equal(r.time.sec, T_20190730_140211);
    assert_span(r.url, "/x");
    assert_int_equal(r.protocol.n, 0);
    assert_int_equal(parse(p, "h - - [30/Jul/2019:14:02:11 +0000] \"\\x16\\x03\" 400 0", &r),
                     BS_LOG_LINE_REQUEST);
    assert_int_equal(r.method.n, 0);
    assert_int_equal(r.url.n, 0);
    bs_log_parser_free(p);
}

static void test_malformed(void **state)
{
    static const char *const bad[] = {
        "garbage",
        "203.0.113.7 - - [30/Jul/2019:14:02:11 +0000] \"GET / HTTP/1.1",  /* cut in request */
        "203.0.113.7 - - [30/Jul/2019:14:02:11 +0000] \"GET / HTTP/1.1\"", /* no status */
        "203.0.113.7 - - [30/Jul/2019:14:02 +0000] \"GET / HTTP/1.1\" 200 1", /* bad time */
        "203.0.113.7 - - [30/Foo/2019:14:02:11 +0000] \"GET / HTTP/1.1\" 200 1",
        "203.0.113.7 - - [30/Jul/2019:14:02:11 +0000] \"GET / HTTP/1.1\" abc 1",
        "203.0.113.7 - - [30/Jul/2019:14:02:11 +0000] \"GET / HTTP/1.1\" 2000 1",
        "[30/Jul/2019:14:02:11 +0000] \"GET / HTTP/1.1\" 200 1",
        "h - - [30/Jul/2019:14:02:11 +0000",
    };
    bs_log_parser *p = bs_log_parser_new(0);
    bs_log_request r;

    (void)state;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        if (parse(p, bad[i], &r) != BS_LOG_LINE_MALFORMED)
            fail_msg("parsed: %s", bad[i]);
    assert_int_equal(parse(p, "", &r), BS_LOG_LINE_BLANK);
    assert_int_equal(bs_log_parser_stats(p)->malformed, sizeof(bad) / sizeof(bad[0]));
    assert_int_equal(bs_log_parser_stats(p)->requests, 0);
    bs_log_parser_reset(p);
    assert_int_equal(bs_log_parser_stats(p)->malformed, 0);
    bs_log_parser_free(p);
}

static void test_w3c_iis(void **state)
{
    bs_log_parser *p = bs_log_parser_new(0);
    bs_log_request r;

    (void)state;
    assert_int_equal(parse(p, "#Software: Microsoft Internet Information Services 10.0", &r),
                     BS_LOG_LINE_DIRECTIVE);
    assert_int_equal(parse(p,
                           "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                           "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
                           "sc-win32-status time-taken",
                           &r),
                     BS_LOG_LINE_DIRECTIVE);
    assert_int_equal(parse(p,
                           "2019-07-30 14:02:11 10.0.0.5 GET /shop/cmd.aspx c=whoami 443 - "
                           "203.0.113.9 Mozilla/5.0+(Windows+NT) - 200 0 0 15",
                           &r),
                     BS_LOG_LINE_REQUEST);
    assert_int_equal(r.time.sec, T_20190730_140211);
    assert_span(r.client, "203.0.113.9");
    assert_span(r.method, "GET");
    assert_span(r.url, "/shop/cmd.aspx?c=whoami");
    assert_span(r.path, "/shop/cmd.aspx");
    assert_span(r.request, "GET /shop/cmd.aspx?c=whoami -");
    assert_span(r.user_agent, "Mozilla/5.0+(Windows+NT)");
    assert_int_equal(r.referer.n, 0);
    assert_int_equal(r.status, 200);
    assert_false(r.has_bytes);
    /* query "-": no '?' */
    assert_int_equal(parse(p,
                           "2019-07-30 14:02:12 10.0.0.5 POST /a.aspx - 443 - 203.0.113.9 - - "
                           "500 0 0 1",
                           &r),
                     BS_LOG_LINE_REQUEST);
    assert_span(r.url, "/a.aspx");
    assert_int_equal(r.user_agent.n, 0);
    /* too few fields */
    assert_int_equal(parse(p, "2019-07-30 14:02:12 10.0.0.5 POST", &r), BS_LOG_LINE_MALFORMED);
    bs_log_parser_free(p);
}

static void test_w3c_fields_change(void **state)
{
    bs_log_parser *p = bs_log_parser_new(0);
    bs_log_request r;

    (void)state;
    parse(p, "#Fields: date time cs-method cs-uri sc-status", &r);
    assert_int_equal(parse(p, "2019-07-30 14:02:11 POST /wls-wsat/CoordinatorPortType 500", &r),
                     BS_LOG_LINE_REQUEST);
    assert_span(r.request, "POST /wls-wsat/CoordinatorPortType -");
    assert_int_equal(r.status, 500);
    assert_int_equal(r.client.n, 0);
    /* WebLogic extended with quoted user agent and bytes, new field order */
    parse(p, "#Fields: c-ip date time cs-method cs-uri sc-status bytes cs(User-Agent) cs-version",
          &r);
    assert_int_equal(parse(p,
                           "203.0.113.7 2019-07-30 14:02:11.250 GET /x/ok.jsp?m=EnvsInfo 200 "
                           "4410 \"curl/7.1 (x)\" HTTP/1.1",
                           &r),
                     BS_LOG_LINE_REQUEST);
    assert_span(r.client, "203.0.113.7");
    assert_int_equal(r.time.sec, T_20190730_140211);
    assert_int_equal(r.time.nsec, 250000000);
    assert_span(r.user_agent, "curl/7.1 (x)");
    assert_span(r.request, "GET /x/ok.jsp?m=EnvsInfo HTTP/1.1");
    /* a reset forgets the fields: NCSA again */
    bs_log_parser_reset(p);
    assert_int_equal(parse(p, "2019-07-30 14:02:11 GET /x 200", &r), BS_LOG_LINE_MALFORMED);
    /* a later window resumes with the file's last #Fields: line, not counted as a line */
    bs_log_parser_resume(p, "#Fields: date time cs-method cs-uri sc-status", 45);
    assert_int_equal(parse(p, "2019-07-30 14:02:11 GET /x 200", &r), BS_LOG_LINE_REQUEST);
    assert_int_equal(bs_log_parser_stats(p)->lines, 1);
    assert_int_equal(bs_log_parser_stats(p)->directives, 0);
    bs_log_parser_resume(p, NULL, 0); /* no header before the window: NCSA */
    assert_int_equal(parse(p, "2019-07-30 14:02:11 GET /x 200", &r), BS_LOG_LINE_MALFORMED);
    bs_log_parser_free(p);
}

static void test_times(void **state)
{
    bs_time t;

    (void)state;
    assert_true(bs_log_time_ncsa("30/Jul/2019:14:02:11 +0000", 26, &t));
    assert_int_equal(t.sec, T_20190730_140211);
    assert_true(bs_log_time_ncsa("31/Dec/2019:23:30:00 -0100", 26, &t));
    assert_int_equal(t.sec, 1577838600); /* 2020-01-01T00:30:00Z */
    assert_false(bs_log_time_ncsa("32/Jul/2019:14:02:11 +0000", 26, &t));
    assert_int_equal(bs_log_time_iso("2019-07-30 14:02:11", 19, &t), 19);
    assert_int_equal(t.sec, T_20190730_140211);
    assert_int_equal(bs_log_time_iso("2019-07-30 14:02:11,123 DEBUG", 29, &t), 23);
    assert_int_equal(t.nsec, 123000000);
    assert_int_equal(bs_log_time_iso("2019-07-30T16:02:11+02:00", 25, &t), 25);
    assert_int_equal(t.sec, T_20190730_140211);
    assert_int_equal(bs_log_time_iso("2019-07-30T14:02:11Z", 20, &t), 20);
    assert_int_equal(t.sec, T_20190730_140211);
    assert_int_equal(bs_log_time_iso("2019-13-30 14:02:11", 19, &t), 0);
    assert_int_equal(bs_log_time_iso("2019-07-30", 10, &t), 0);
    /* a line's own time */
    assert_true(bs_log_line_time("INFO [30/Jul/2019:14:02:11 +0000] x", 35, &t));
    assert_int_equal(t.sec, T_20190730_140211);
    assert_true(bs_log_line_time("[main] 2019-07-30 14:02:11,001 DEBUG", 36, &t));
    assert_int_equal(t.sec, T_20190730_140211);
    assert_false(bs_log_line_time("no time here 12345", 18, &t));
    assert_int_equal(bs_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(bs_days_from_civil(2000, 3, 1), 11017);
}

static void test_lines(void **state)
{
    const char text[] = "a\r\nbb\n\nccc";
    size_t pos = 0, n;
    const char *line;
    bool lng;
    uint8_t *big;

    (void)state;
    assert_true(bs_log_next_line((const uint8_t *)text, 10, &pos, &line, &n, &lng));
    assert_int_equal(n, 1);
    assert_true(bs_log_next_line((const uint8_t *)text, 10, &pos, &line, &n, &lng));
    assert_int_equal(n, 2);
    assert_true(bs_log_next_line((const uint8_t *)text, 10, &pos, &line, &n, &lng));
    assert_int_equal(n, 0);
    assert_true(bs_log_next_line((const uint8_t *)text, 10, &pos, &line, &n, &lng));
    assert_int_equal(n, 3);
    assert_false(lng);
    assert_false(bs_log_next_line((const uint8_t *)text, 10, &pos, &line, &n, &lng));
    /* a long line is flagged, and counted by the parser */
    big = malloc(BS_LOG_LINE_MAX + 100);
    assert_non_null(big);
    memset(big, 'x', BS_LOG_LINE_MAX + 100);
    big[BS_LOG_LINE_MAX + 50] = '\n';
    pos = 0;
    assert_true(bs_log_next_line(big, BS_LOG_LINE_MAX + 100, &pos, &line, &n, &lng));
    assert_true(lng);
    assert_int_equal(n, BS_LOG_LINE_MAX + 50);
    assert_int_equal(pos, BS_LOG_LINE_MAX + 51);
    {
        bs_log_parser *p = bs_log_parser_new(0);
        bs_log_request r;

        assert_int_equal(bs_log_parse_line(p, line, n, &r), BS_LOG_LINE_MALFORMED);
        assert_int_equal(bs_log_parser_stats(p)->long_lines, 1);
        bs_log_parser_free(p);
    }
    free(big);
}

static void test_sniff(void **state)
{
    const char *ncsa = "# comment\n203.0.113.7 - - [30/Jul/2019:14:02:11 +0000] \"GET / "
                       "HTTP/1.1\" 200 1\n198.51.100.1 - - [30/Jul/2019:14:02:12 +0000] \"GET "
                       "/x HTTP/1.1\" 200 1 \"-\" \"ua\"\n";
    const char *w3c = "#Software: Microsoft Internet Information Services 10.0\n#Version: "
                      "1.0\n#Fields: date time cs-method cs-uri-stem\n";
    const char *app = "2019-07-30 14:02:11 DEBUG card 4111111111111111\nhello\n";

    (void)state;
    assert_int_equal(bs_log_sniff((const uint8_t *)ncsa, strlen(ncsa)), BS_LOG_FORMAT_NCSA);
    assert_int_equal(bs_log_sniff((const uint8_t *)w3c, strlen(w3c)), BS_LOG_FORMAT_W3C);
    assert_int_equal(bs_log_sniff((const uint8_t *)app, strlen(app)), BS_LOG_FORMAT_NONE);
    assert_int_equal(bs_log_sniff((const uint8_t *)"", 0), BS_LOG_FORMAT_NONE);
    assert_string_equal(bs_log_format_name(BS_LOG_FORMAT_W3C), "w3c");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ncsa_common), cmocka_unit_test(test_ncsa_combined),
        cmocka_unit_test(test_malformed),   cmocka_unit_test(test_w3c_iis),
        cmocka_unit_test(test_w3c_fields_change), cmocka_unit_test(test_times),
        cmocka_unit_test(test_lines),       cmocka_unit_test(test_sniff),
    };

    return cmocka_run_group_tests_name("logparse", tests, NULL, NULL);
}
