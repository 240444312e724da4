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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_store),
    };

    return cmocka_run_group_tests_name("log_store", tests, NULL, NULL);
}
