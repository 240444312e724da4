/*
 * test_log_store.c - kept log requests (matchers/log_store.c): URL and file
 * path keys (what ties a request to a finding's file), interned strings,
 * marks, and the shared budget.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "matchers/log_store.h"

static uint64_t url(const char *s)
{
    return bs_path_key(s, strlen(s), true);
}

static uint64_t file(const char *s)
{
    return bs_path_key(s, strlen(s), false);
}

static void test_keys(void **state)
{
    (void)state;
    /* parent + name, case-insensitive, %XX decoded, ;params dropped */
    assert_true(url("/Click2GovCX/images/ok.jsp") != 0);
    assert_true(url("/Click2GovCX/images/ok.jsp") == file("/u01/app/Click2GovCX/images/ok.jsp"));
    assert_true(url("/Click2GovCX/IMAGES/ok.jsp") == file("images/ok.jsp"));
    assert_true(url("/Click2GovCX/images/%6Fk.jsp;jsessionid=AB12") == file("images/ok.jsp"));
    assert_true(url("//x//images//ok.jsp") == file("images/ok.jsp"));
    assert_true(url("/x/images/ok.jsp") != file("css/ok.jsp"));
    assert_true(url("/x/images/ok.jsp") != file("images/ok.jspx"));
    /* one segment: "/name" */
    assert_true(url("/shell.php") == file("shell.php"));
    assert_true(url("/shell.php") != file("html/shell.php"));
    assert_true(file("C:\\inetpub\\wwwroot\\cmd.aspx") == url("/wwwroot/cmd.aspx"));
    /* no file named */
    assert_true(url("/images/") == 0);
    assert_true(url("") == 0);
    /* a very long path keeps its tail */
    {
        char longp[3000];

        memset(longp, 'a', sizeof(longp));
        longp[0] = '/';
        strcpy(longp + 2900, "/images/ok.jsp");
        assert_true(url(longp) == file("images/ok.jsp"));
    }
}

static bs_log_request request(const char *client, const char *u, int status)
{
    bs_log_request r;

    memset(&r, 0, sizeof(r));
    r.client = (bs_span){client, strlen(client)};
    r.method = (bs_span){"GET", 3};
    r.url = (bs_span){u, strlen(u)};
    r.status = status;
    r.time = (bs_time){1564495331, 5, true};
    return r;
}

static void test_store(void **state)
{
    bs_log_budget budget = {0};
    bs_log_store *s = bs_log_store_new(&budget);
    bs_log_request a = request("203.0.113.7", "/x/ok.jsp?m=CMDS", 200);
    bs_log_request b = request("203.0.113.7", "/y", 404);
    bs_log_entry e;
    int log;

    (void)state;
    assert_non_null(s);
    log = bs_log_store_add_log(s, "t:/logs/access.log");
    assert_int_equal(log, 0);
    assert_int_equal(bs_log_store_add(s, &a, log, 7, 42, 0x5), 0);
    assert_int_equal(bs_log_store_add(s, &b, log, 8, 0, 0), 0);
    assert_int_equal(bs_log_store_count(s), 2);
    bs_log_store_get(s, 0, &e);
    assert_string_equal(e.log, "t:/logs/access.log");
    assert_string_equal(e.client, "203.0.113.7");
    assert_string_equal(e.url, "/x/ok.jsp?m=CMDS");
    assert_string_equal(e.method, "GET");
    assert_null(e.user_agent);
    assert_int_equal(e.line, 7);
    assert_int_equal(e.key, 42);
    assert_int_equal(e.patterns, 0x5);
    assert_int_equal(e.status, 200);
    assert_true(e.time.set);
    assert_int_equal(e.time.nsec, 5);
    bs_log_store_get(s, 1, &e);
    assert_string_equal(e.client, "203.0.113.7"); /* interned once */
    assert_false(bs_log_store_marked(s, 1));
    bs_log_store_mark(s, 1);
    assert_true(bs_log_store_marked(s, 1));
    assert_int_equal(budget.requests, 1); /* pattern hits do not use the budget */
    bs_log_store_free(s);
}

/*
 * Interning over the table's growth: strings of every length from 1 to 40
 * (the hash reads 8 bytes at a time, then the tail), prefixes of each other
 * and strings differing in one byte stay apart; equal strings share one copy.
 */
static void test_interning(void **state)
{
    enum { LONGEST = 40, ROUNDS = 60, HALF = ROUNDS * LONGEST };
    bs_log_budget budget = {0};
    bs_log_store *s = bs_log_store_new(&budget);
    static char urls[ROUNDS][LONGEST][LONGEST + 1];
    bs_log_entry e, again;
    size_t n = 0;
    int log;

    (void)state;
    assert_non_null(s);
    log = bs_log_store_add_log(s, "t:/access.log");
    for (int r = 0; r < ROUNDS; r++)
        for (int len = 1; len <= LONGEST; len++) {
            char *u = urls[r][len - 1];

            memset(u, 'a', (size_t)len); /* "aaa..." of each length: prefixes of each other */
            u[len] = '\0';
            u[(r * 7) % len] = (char)('b' + r % 20); /* one byte differs from round to round */
            if (r >= 20)
                u[len - 1] = (char)('0' + r / 20);
        }
    for (int pass = 0; pass < 2; pass++) /* each string twice, the table growing meanwhile */
        for (int r = 0; r < ROUNDS; r++)
            for (int len = 1; len <= LONGEST; len++) {
                bs_log_request req = request("192.0.2.1", urls[r][len - 1], 200);

                assert_int_equal(bs_log_store_add(s, &req, log, (uint32_t)n++, 0, 1), 0);
            }
    for (size_t i = 0; i < HALF; i++) {
        bs_log_store_get(s, i, &e);
        bs_log_store_get(s, i + HALF, &again);
        assert_string_equal(e.url, urls[i / LONGEST][i % LONGEST]);
        assert_ptr_equal(e.url, again.url); /* an equal string is the same copy */
        if (i > 0) {
            bs_log_entry prev;

            bs_log_store_get(s, i - 1, &prev);
            assert_ptr_not_equal(e.url, prev.url); /* every other string its own */
        }
    }
    bs_log_store_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_store),
        cmocka_unit_test(test_interning),
    };

    return cmocka_run_group_tests_name("log_store", tests, NULL, NULL);
}
