/*
 * test_ioc.c - unit tests for scanner/ioc.c: parsing of hashes.txt,
 * filenames.txt and logs.txt, errors with file and line, hash / file-name
 * matching into a report, log patterns, and bs_iocs_check.
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

#include "report/model.h"
#include "matchers/ioc.h"

typedef struct fixture {
    char dir[64];
} fixture;

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[256];
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof(*fx));

    snprintf(fx->dir, sizeof(fx->dir), "/tmp/bs-test-ioc.XXXXXX");
    if (!mkdtemp(fx->dir))
        return -1;
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    char cmd[128];

    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
    if (system(cmd) != 0)
        return -1;
    free(fx);
    return 0;
}

static bs_iocs *load_dir(const char *dir, bs_status want, bs_error *err)
{
    bs_strlist paths = {0};
    bs_iocs *iocs = NULL;

    bs_strlist_add(&paths, dir);
    assert_int_equal(bs_iocs_load(&paths, &iocs, err), want);
    bs_strlist_release(&paths);
    return iocs;
}

static void good_lists(const char *dir)
{
    write_file(dir, "hashes.txt",
               "# comment\n\n"
               "44D88612FEA8A8F36DE82E1278ABB02F;EICAR test file;low\n"
               "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f;EICAR sha256\n");
    write_file(dir, "filenames.txt",
               "(?i)/images/[^/]+\\.jsp$;high;JSP in images\n"
               "a;b(;c)?\\.php$;medium;regex holding semicolons\n");
    write_file(dir, "logs.txt", "wsat;high;^POST\\s+/wls-wsat/\n"
                                "cmds;critical;[?&]m=CMDS\\b\n");
    write_file(dir, "README", "ignored: not a list\n");
}

static void test_load_counts_and_algos(void **state)
{
    fixture *fx = *state;
    bs_error err;
    bs_iocs *iocs;
    int h, n, l;

    good_lists(fx->dir);
    iocs = load_dir(fx->dir, BS_OK, &err);
    bs_iocs_counts(iocs, &h, &n, &l);
    assert_int_equal(h, 2);
    assert_int_equal(n, 2);
    assert_int_equal(l, 2);
    assert_int_equal(bs_iocs_hash_algos(iocs), BS_HASH_MD5 | BS_HASH_SHA256);
    assert_int_equal(bs_iocs_log_pattern_count(iocs), 2);
    bs_iocs_free(iocs);
}

/* A list in memory: same parser, role from the name, errors name it and the line. */
static void test_load_buffer(void **state)
{
    static const char hashes[] = "# c\n44d88612fea8a8f36de82e1278abb02f;ok\n";
    static const char bad[] = "x;high;ok\nname;nosuch;(a\n"; /* no trailing NUL used */
    bs_iocs *iocs;
    bs_error err;
    int h, n, l;

    (void)state;
    assert_int_equal(bs_iocs_load_buffer("hashes.txt", hashes, strlen(hashes), &iocs, &err), BS_OK);
    bs_iocs_counts(iocs, &h, &n, &l);
    assert_int_equal(h, 1);
    assert_int_equal(bs_iocs_hash_algos(iocs), BS_HASH_MD5);
    bs_iocs_free(iocs);
    assert_int_equal(bs_iocs_load_buffer("logs.txt", bad, sizeof(bad) - 1, &iocs, &err), BS_FATAL);
    assert_null(iocs);
    assert_non_null(strstr(err.message, "logs.txt:2: "));
    assert_int_equal(bs_iocs_load_buffer("filenames.txt", "", 0, &iocs, &err), BS_OK);
    bs_iocs_free(iocs);
}

static void test_bad_line_reports_file_and_line(void **state)
{
    fixture *fx = *state;
    bs_error err;
    char want[128];

    write_file(fx->dir, "hashes.txt", "# c\n44d88612fea8a8f36de82e1278abb02f;ok\nxyz;bad\n");
    assert_null(load_dir(fx->dir, BS_FATAL, &err));
    snprintf(want, sizeof(want), "%s/hashes.txt:3: ", fx->dir);
    assert_non_null(strstr(err.message, want));
}

static void test_bad_regex_and_severity(void **state)
{
    fixture *fx = *state;
    char path[128];
    bs_error err;

    write_file(fx->dir, "filenames.txt", "(open;high;x\n");
    assert_null(load_dir(fx->dir, BS_FATAL, &err));
    assert_non_null(strstr(err.message, "filenames.txt:1: bad regular expression"));
    write_file(fx->dir, "filenames.txt", "/x$;severe;x\n");
    assert_null(load_dir(fx->dir, BS_FATAL, &err));
    assert_non_null(strstr(err.message, "filenames.txt:1: expected"));
    snprintf(path, sizeof(path), "%s/filenames.txt", fx->dir);
    unlink(path);
    write_file(fx->dir, "logs.txt", "name;urgent;x\n");
    assert_null(load_dir(fx->dir, BS_FATAL, &err));
    assert_non_null(strstr(err.message, "logs.txt:1: unknown severity 'urgent'"));
}

static void count_diag(void *arg, const char *file, int line, const char *message)
{
    int *lines = arg;

    (void)file;
    (void)message;
    lines[lines[0] + 1] = line;
    lines[0]++;
}

static void test_check_reports_every_problem(void **state)
{
    fixture *fx = *state;
    bs_strlist paths = {0};
    int lines[8] = {0};

    write_file(fx->dir, "logs.txt", "ok;high;x\nbad name;low;x\nok2;low;(x\nno_sev_and_regex\n");
    bs_strlist_add(&paths, fx->dir);
    assert_int_equal(bs_iocs_check(&paths, count_diag, lines), 3);
    assert_int_equal(lines[0], 3);
    assert_int_equal(lines[1], 2);
    assert_int_equal(lines[2], 3);
    assert_int_equal(lines[3], 4);
    bs_strlist_release(&paths);
}

static void test_unknown_list_file_is_an_error(void **state)
{
    fixture *fx = *state;
    char path[128];
    bs_error err;

    snprintf(path, sizeof(path), "%s/indicators.txt", fx->dir);
    write_file(fx->dir, "indicators.txt", "x\n");
    assert_null(load_dir(path, BS_FATAL, &err));
    assert_non_null(strstr(err.message, "cannot tell the list type"));
}

static void test_match_hash_and_filename(void **state)
{
    fixture *fx = *state;
    bs_ioc_scratch *sc = bs_ioc_scratch_new();
    bs_finding_list out = {0};
    bs_object *obj = bs_object_new(0, "t:/srv/app/images/ok.jsp", "/srv/app/images/ok.jsp");
    bs_object *other = bs_object_new(0, "t:/srv/a;b;c.php", "/srv/a;b;c.php");
    bs_hashes h = {.md5 = "44d88612fea8a8f36de82e1278abb02f"};
    bs_hashes none = {{0}, {0}, {0}};
    bs_error err;
    bs_iocs *iocs;

    good_lists(fx->dir);
    iocs = load_dir(fx->dir, BS_OK, &err);
    assert_int_equal(bs_iocs_match_object(iocs, obj, &h, sc, &out, &err), BS_OK);
    assert_int_equal(out.count, 2); /* md5 + the images JSP pattern */
    assert_string_equal(out.items[0]->source, "hash");
    assert_int_equal(out.items[0]->severity, BS_SEV_LOW);
    assert_int_equal(out.items[1]->severity, BS_SEV_HIGH);
    /* the rule names the indicator, not its line: stable when lines are added */
    assert_null(strstr(out.items[1]->rule, "_ioc_"));
    assert_int_equal(strncmp(out.items[1]->rule, "IOC_Filename_", 13), 0);
    assert_int_equal(bs_iocs_match_object(iocs, other, &none, sc, &out, &err), BS_OK);
    assert_int_equal(out.count, 3); /* regex with ';' */
    bs_finding_list_release(&out);
    bs_iocs_free(iocs);
    bs_ioc_scratch_free(sc);
    bs_object_free(obj);
    bs_object_free(other);
}

/* The same relative path matches the same way in a directory and inside an archive. */
static void test_filename_same_in_archive(void **state)
{
    fixture *fx = *state;
    bs_ioc_scratch *sc = bs_ioc_scratch_new();
    bs_finding_list dir = {0}, war = {0};
    bs_object *a = bs_object_new(0, "ev/app/images/x.jsp", "/app/images/x.jsp");
    bs_object *b = bs_object_new(0, "ev/release.war!app/images/x.jsp", "app/images/x.jsp");
    bs_error err;
    bs_iocs *iocs;

    good_lists(fx->dir);
    iocs = load_dir(fx->dir, BS_OK, &err);
    assert_int_equal(bs_iocs_match_object(iocs, a, NULL, sc, &dir, &err), BS_OK);
    assert_int_equal(bs_iocs_match_object(iocs, b, NULL, sc, &war, &err), BS_OK);
    assert_int_equal(dir.count, 1);
    assert_int_equal(war.count, dir.count);
    assert_string_equal(war.items[0]->rule, dir.items[0]->rule);
    bs_finding_list_release(&dir);
    bs_finding_list_release(&war);
    bs_iocs_free(iocs);
    bs_ioc_scratch_free(sc);
    bs_object_free(a);
    bs_object_free(b);
}

static void test_log_patterns(void **state)
{
    fixture *fx = *state;
    const char *name = NULL;
    bs_severity sev = BS_SEV_INFO;
    bs_ioc_scratch *sc = bs_ioc_scratch_new();
    const char *req = "POST /wls-wsat/CoordinatorPortType HTTP/1.1";
    const char *shell = "GET /Click2GovCX/images/ok.jsp?m=CMDS HTTP/1.1";
    bs_error err;
    bs_iocs *iocs;

    good_lists(fx->dir);
    iocs = load_dir(fx->dir, BS_OK, &err);
    assert_true(bs_iocs_log_pattern_match(iocs, 0, req, strlen(req), sc, &name, &sev));
    assert_string_equal(name, "wsat");
    assert_int_equal(sev, BS_SEV_HIGH);
    assert_false(bs_iocs_log_pattern_match(iocs, 1, req, strlen(req), sc, &name, &sev));
    assert_true(bs_iocs_log_pattern_match(iocs, 1, shell, strlen(shell), sc, &name, &sev));
    assert_int_equal(sev, BS_SEV_CRITICAL);
    assert_false(bs_iocs_log_pattern_match(iocs, 7, shell, strlen(shell), sc, &name, &sev));
    bs_iocs_free(iocs);
    bs_ioc_scratch_free(sc);
}

static void test_null_and_empty(void **state)
{
    fixture *fx = *state;
    bs_error err;
    bs_iocs *iocs;
    int h, n, l;

    (void)state;
    assert_int_equal(bs_iocs_hash_algos(NULL), 0);
    assert_int_equal(bs_iocs_log_pattern_count(NULL), 0);
    assert_int_equal(bs_iocs_match_object(NULL, NULL, NULL, NULL, NULL, &err), BS_OK);
    bs_iocs_free(NULL);
    iocs = load_dir(fx->dir, BS_OK, &err); /* empty directory: no IOCs */
    bs_iocs_counts(iocs, &h, &n, &l);
    assert_int_equal(h + n + l, 0);
    bs_iocs_free(iocs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_load_counts_and_algos, setup, teardown),
        cmocka_unit_test(test_load_buffer),
        cmocka_unit_test_setup_teardown(test_bad_line_reports_file_and_line, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_regex_and_severity, setup, teardown),
        cmocka_unit_test_setup_teardown(test_check_reports_every_problem, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_list_file_is_an_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_match_hash_and_filename, setup, teardown),
        cmocka_unit_test_setup_teardown(test_filename_same_in_archive, setup, teardown),
        cmocka_unit_test_setup_teardown(test_log_patterns, setup, teardown),
        cmocka_unit_test_setup_teardown(test_null_and_empty, setup, teardown),
    };

    return cmocka_run_group_tests_name("ioc", tests, NULL, NULL);
}
