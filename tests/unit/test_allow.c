/*
 * test_allow.c - allow lists (report/allow.c) and suppressions in the model
 * (report/suppress.c): the line format (comments, blank lines, CRLF, the
 * three kinds, the mandatory reason), errors naming file and line, glob and
 * scope matching, the shared fingerprint, and findings moved to suppressed[]
 * by the allow list and the baseline with the per-target verdicts after.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include "report/allow.h"
#include "report/model.h"

#define SHA_A "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"

static bs_status parse(bs_allow *a, const char *text, bs_error *err)
{
    return bs_allow_parse(a, text, strlen(text), "allow.txt", NULL, false, err);
}

static void test_parse_kinds(void **state)
{
    bs_allow *a = bs_allow_new();
    bs_error err;
    const bs_allow_entry *e;

    (void)state;
    assert_int_equal(parse(a,
                           "# comment\n"
                           "\n"
                           "   # indented comment\r\n"
                           "sha256 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA -- "
                           "vendor file\r\n"
                           "path vendor/* -- third party -- reviewed\n"
                           "rule Web_Shell -- lab machine\n"
                           "\trule Web_Shell tests/*.php\t--\ttest fixtures  \n",
                           &err),
                     BS_OK);
    assert_int_equal(bs_allow_count(a), 4);
    e = bs_allow_entry_at(a, 0);
    assert_int_equal(e->kind, BS_ALLOW_SHA256);
    assert_string_equal(e->value, SHA_A); /* lower-cased */
    assert_string_equal(e->reason, "vendor file");
    assert_int_equal(e->line, 4);
    e = bs_allow_entry_at(a, 1);
    assert_int_equal(e->kind, BS_ALLOW_PATH);
    assert_string_equal(e->value, "vendor/*");
    assert_string_equal(e->reason, "third party -- reviewed"); /* the first " -- " splits */
    e = bs_allow_entry_at(a, 2);
    assert_int_equal(e->kind, BS_ALLOW_RULE);
    assert_null(e->glob);
    e = bs_allow_entry_at(a, 3);
    assert_string_equal(e->glob, "tests/*.php");
    assert_string_equal(e->reason, "test fixtures");
    assert_int_equal(e->line, 7);
    assert_int_equal(bs_allow_file_count(a), 1);
    assert_int_equal(bs_allow_file_entries(a, 0), 4);
    assert_string_equal(bs_allow_file_name(a, 0), "allow.txt");
    bs_allow_free(a);
}

static void expect_error(const char *text, const char *message)
{
    bs_allow *a = bs_allow_new();
    bs_error err;

    assert_int_equal(parse(a, text, &err), BS_FAILED);
    if (!strstr(err.message, message))
        fail_msg("\"%s\": got \"%s\", expected \"%s\"", text, err.message, message);
    bs_allow_free(a);
}

static void test_parse_errors_name_file_and_line(void **state)
{
    (void)state;
    expect_error("sha256 abc -- short", "allow.txt:1: sha256 entries");
    expect_error("# ok\nsha256 " SHA_A "x -- long", "allow.txt:2: sha256 entries");
    expect_error("sha256 " SHA_A, "allow.txt:1: no reason");
    expect_error("sha256 " SHA_A " --", "allow.txt:1: empty reason");
    expect_error("sha256 " SHA_A " --   ", "allow.txt:1: empty reason");
    expect_error("sha256 " SHA_A " " SHA_A " -- two", "allow.txt:1: sha256 entries");
    expect_error("path -- no glob", "allow.txt:1: path entries");
    expect_error("path a b -- two globs", "allow.txt:1: path entries");
    expect_error("rule -- no name", "allow.txt:1: rule entries");
    expect_error("rule a b c -- too many", "allow.txt:1: too many fields");
    expect_error("-- reason only", "allow.txt:1: no entry");
    expect_error("\n\nfile x -- what", "allow.txt:3: unknown entry kind");
    expect_error("path x--y", "allow.txt:1: no reason"); /* "--" inside a word is no separator */
    {
        bs_allow *a = bs_allow_new();
        bs_error err;
        const char text[] = "path a\0b -- nul";

        assert_int_equal(bs_allow_parse(a, text, sizeof(text) - 1, "n.txt", NULL, false, &err),
                         BS_FAILED);
        assert_non_null(strstr(err.message, "n.txt:1: NUL byte"));
        bs_allow_free(a);
    }
    {
        bs_allow *a = bs_allow_new();
        bs_error err;
        char *text = malloc(8192);

        memset(text, 'x', 8191);
        text[8191] = '\0';
        memcpy(text, "path ", 5);
        assert_int_equal(parse(a, text, &err), BS_FAILED);
        assert_non_null(strstr(err.message, "allow.txt:1: line longer"));
        free(text);
        bs_allow_free(a);
    }
}

static void test_match(void **state)
{
    bs_allow *a = bs_allow_new();
    bs_error err;
    const bs_allow_entry *e;

    (void)state;
    assert_int_equal(parse(a,
                           "sha256 " SHA_A " -- by hash\n"
                           "path vendor/*.js -- vendor\n"
                           "path *.bak -- backups\n"
                           "rule R1 -- anywhere\n"
                           "rule R2 app/* -- app only\n",
                           &err),
                     BS_OK);
    assert_int_equal(bs_allow_parse(a, "rule R3 -- scoped\n", 18, "www/.breachscan-allow", "www",
                                    true, &err),
                     BS_OK);
    e = bs_allow_match(a, "X", SHA_A, "/srv", "/srv/a/b.php");
    assert_non_null(e);
    assert_int_equal(e->line, 1);
    /* globs see the path inside the target; '*' crosses '/' */
    assert_non_null(bs_allow_match(a, "X", "", "/srv", "/srv/vendor/lib/x.js"));
    assert_non_null(bs_allow_match(a, "X", "", "/srv/", "/srv/vendor/x.js"));
    assert_null(bs_allow_match(a, "X", "", "/srv", "/srv/app/vendor.js"));
    /* a glob without '/' matches the base name too */
    e = bs_allow_match(a, "X", "", "img.E01", "img.E01@p1:/var/www/old.bak");
    assert_non_null(e);
    assert_string_equal(e->reason, "backups");
    assert_non_null(bs_allow_match(a, "R1", NULL, "/srv", "/srv/x"));
    assert_non_null(bs_allow_match(a, "R2", NULL, "/srv", "/srv/app/x.php"));
    assert_null(bs_allow_match(a, "R2", NULL, "/srv", "/srv/lib/x.php"));
    assert_null(bs_allow_match(a, "r1", NULL, "/srv", "/srv/x")); /* names are exact */
    /* a .breachscan-allow applies to its own target only */
    assert_non_null(bs_allow_match(a, "R3", NULL, "www", "www/x"));
    assert_null(bs_allow_match(a, "R3", NULL, "other", "other/x"));
    assert_true(bs_allow_file_automatic(a, 1));
    assert_string_equal(bs_allow_file_scope(a, 1), "www");
    bs_allow_free(a);
}

static void test_fingerprint(void **state)
{
    char a[65], b[65], c[65], d[65];

    (void)state;
    bs_fingerprint("R", "yara", "/srv/www/x.php", "/srv/www", SHA_A, a);
    bs_fingerprint("R", "yara", "/mnt/copy/x.php", "/mnt/copy/", SHA_A, b);
    assert_int_equal(strlen(a), 64);
    assert_string_equal(a, b); /* the path inside the target, not the mount point */
    bs_fingerprint("R", "hash", "/srv/www/x.php", "/srv/www", SHA_A, c);
    assert_string_not_equal(a, c);
    bs_fingerprint("R", "yara", "/srv/www/x.php", "/srv/www", "", d);
    assert_string_not_equal(a, d);
    /* fields are separated: no two splits of the same bytes give one print */
    bs_fingerprint("Ry", "ara", "/srv/www/x.php", "/srv/www", SHA_A, d);
    assert_string_not_equal(a, d);
}

/* ---- suppressions in the model ---- */

static bs_finding *finding(int target, const char *location, const char *rule, bs_severity sev,
                           const char *sha)
{
    bs_object *obj = bs_object_new(target, location, location);
    bs_finding *f;

    assert_non_null(obj);
    f = bs_finding_new("yara", rule, sev, obj);
    bs_object_free(obj);
    assert_non_null(f);
    if (sha)
        memcpy(f->hashes.sha256, sha, 65);
    return f;
}

static bs_report *two_targets(void)
{
    bs_report *r = bs_report_new();

    assert_int_equal(bs_report_add_target(r, "a", "directory"), 0);
    assert_int_equal(bs_report_add_target(r, "b", "directory"), 1);
    bs_report_add_finding(r, finding(0, "a/vendor/x.js", "High", BS_SEV_HIGH, SHA_A));
    bs_report_add_finding(r, finding(0, "a/app/y.php", "Low", BS_SEV_LOW, NULL));
    bs_report_add_finding(r, finding(1, "b/z.php", "High", BS_SEV_HIGH, NULL));
    bs_report_add_error(r, 1, "b/broken", "read", "I/O error");
    return r;
}

static void test_model_moves_suppressed(void **state)
{
    bs_report *r = two_targets();
    bs_allow *a = bs_allow_new();
    bs_error err;
    cJSON *doc, *s, *t;

    (void)state;
    assert_int_equal(parse(a, "path vendor/* -- third party\n", &err), BS_OK);
    bs_report_set_allow(r, a);
    bs_report_finish(r);
    assert_int_equal(bs_report_finding_count(r), 2);
    assert_int_equal(bs_report_suppressed_count(r), 1);
    assert_string_equal(bs_report_verdict(r), BS_VERDICT_COMPROMISED); /* b/z.php */
    doc = bs_report_to_json(r);
    assert_non_null(doc);
    s = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "suppressed"), 0);
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(s, "finding"), "id")->valuestring,
                        "S1");
    assert_string_equal(
        cJSON_GetObjectItem(cJSON_GetObjectItem(s, "suppressed_by"), "reason")->valuestring,
        "third party");
    assert_int_equal(
        cJSON_GetObjectItem(cJSON_GetObjectItem(s, "suppressed_by"), "line")->valueint, 1);
    /* per target: a keeps its low finding, b is compromised (its error changes nothing) */
    t = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "targets"), 0);
    assert_string_equal(cJSON_GetObjectItem(t, "verdict")->valuestring, "suspicious");
    assert_int_equal(cJSON_GetObjectItem(t, "findings")->valueint, 1);
    assert_int_equal(
        cJSON_GetObjectItem(cJSON_GetObjectItem(t, "by_severity"), "low")->valueint, 1);
    t = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "targets"), 1);
    assert_string_equal(cJSON_GetObjectItem(t, "verdict")->valuestring, "compromised");
    cJSON_Delete(doc);
    bs_report_free(r);
}

static void test_model_baseline_and_incomplete_target(void **state)
{
    bs_report *old = two_targets(), *r = two_targets();
    cJSON *doc, *t;

    (void)state;
    bs_report_finish(old);
    assert_int_equal(bs_report_set_baseline(r, old, "old.json"), 0);
    bs_report_free(old);
    /* one new finding on b: the others are known */
    bs_report_add_finding(r, finding(1, "b/new.php", "Low", BS_SEV_LOW, NULL));
    bs_report_finish(r);
    assert_int_equal(bs_report_finding_count(r), 1);
    assert_int_equal(bs_report_suppressed_count(r), 3);
    assert_int_equal(bs_report_max_severity(r), BS_SEV_LOW);
    doc = bs_report_to_json(r);
    assert_non_null(doc);
    t = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "targets"), 0);
    assert_string_equal(cJSON_GetObjectItem(t, "verdict")->valuestring, "clean");
    t = cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "targets"), 1);
    assert_string_equal(cJSON_GetObjectItem(t, "verdict")->valuestring, "suspicious");
    t = cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "scan"), "suppressions");
    assert_string_equal(
        cJSON_GetObjectItem(cJSON_GetObjectItem(t, "baseline"), "file")->valuestring, "old.json");
    cJSON_Delete(doc);
    bs_report_free(r);
    /* an error on a target without findings: that target is incomplete */
    r = bs_report_new();
    bs_report_add_target(r, "a", "directory");
    bs_report_add_target(r, "b", "directory");
    bs_report_add_error(r, 1, "b/x", "read", "I/O error");
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    assert_string_equal(
        cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "targets"), 0), "verdict")
            ->valuestring,
        "clean");
    assert_string_equal(
        cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(doc, "targets"), 1), "verdict")
            ->valuestring,
        "incomplete");
    cJSON_Delete(doc);
    bs_report_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_kinds),
        cmocka_unit_test(test_parse_errors_name_file_and_line),
        cmocka_unit_test(test_match),
        cmocka_unit_test(test_fingerprint),
        cmocka_unit_test(test_model_moves_suppressed),
        cmocka_unit_test(test_model_baseline_and_incomplete_target),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
