/*
 * test_writers.c - the helpers of the non-JSON writers: HTML escaping, RFC
 * 4180 CSV fields with the formula guard, URI percent-encoding, terminal-safe
 * plain text, RFC 3339 parsing, findings grouped by file, event kinds; and
 * every writer on a hostile document (wrong types everywhere, missing
 * sections) without crashing and without unescaped output.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include "report/escape.h"
#include "report/writer.h"
#include "report/writer_util.h"

typedef void (*put_fn)(FILE *, const char *);

static char *capture(put_fn fn, const char *in)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);

    assert_non_null(f);
    fn(f, in);
    fclose(f);
    return buf;
}

static void expect(put_fn fn, const char *in, const char *want)
{
    char *got = capture(fn, in);

    assert_string_equal(got, want);
    free(got);
}

static void put_plain_bar(FILE *f, const char *s)
{
    bs_put_plain(f, s, "|");
}

static void test_html_escape(void **state)
{
    (void)state;
    expect(bs_put_html, "<img src=x onerror=alert(1)>.jsp", "&lt;img src=x onerror=alert(1)&gt;.jsp");
    expect(bs_put_html, "a&b \"q\" 'x'", "a&amp;b &quot;q&quot; &#39;x&#39;");
    expect(bs_put_html, "</script><script>alert(1)</script>",
           "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(bs_put_html, "caf\xc3\xa9 \\xe9", "caf\xc3\xa9 \\xe9");
    expect(bs_put_html, NULL, "");
}

static void test_csv_field(void **state)
{
    (void)state;
    expect(bs_put_csv, "plain", "plain");
    expect(bs_put_csv, "a,b", "\"a,b\"");
    expect(bs_put_csv, "say \"hi\"", "\"say \"\"hi\"\"\"");
    expect(bs_put_csv, "two\nlines", "\"two\nlines\"");
    expect(bs_put_csv, "cr\rhere", "\"cr\rhere\"");
    /* formula injection: a leading apostrophe, inside the quotes when quoted */
    expect(bs_put_csv, "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"");
    expect(bs_put_csv, "=1+2", "'=1+2");
    expect(bs_put_csv, "+1", "'+1");
    expect(bs_put_csv, "-cmd", "'-cmd");
    expect(bs_put_csv, "@SUM(A1)", "'@SUM(A1)");
    expect(bs_put_csv, "\tx", "'\tx");
    expect(bs_put_csv, "a=b", "a=b");
    expect(bs_put_csv, "", "");
    expect(bs_put_csv, NULL, "");
}

static void test_uri(void **state)
{
    (void)state;
    expect(bs_put_uri, "web/sub/ok.jsp", "web/sub/ok.jsp");
    expect(bs_put_uri, "srv01.E01@p1:/opt/x.war!a b.jsp", "srv01.E01%40p1%3A/opt/x.war%21a%20b.jsp");
    expect(bs_put_uri, "caf\xc3\xa9%", "caf%C3%A9%25");
    expect(bs_put_uri, "a\\x5cb~_-.", "a%5Cx5cb~_-.");
}

static void test_plain(void **state)
{
    (void)state;
    expect(put_plain_bar, "evil\x1b[2J.jsp", "evil\\x1b[2J.jsp");
    expect(put_plain_bar, "a|b\nc", "a\\x7cb\\x0ac");
    expect(put_plain_bar, "rtl\xe2\x80\xaegpj.jsp", "rtl\\xe2\\x80\\xaegpj.jsp");
    expect(put_plain_bar, "c1\xc2\x9b", "c1\\xc2\\x9b");
    expect(put_plain_bar, "bad\xff", "bad\\xff");
    expect(put_plain_bar, "caf\xc3\xa9", "caf\xc3\xa9");
}

static void test_plainf(void **state)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);

    (void)state;
    bs_put_plainf(f, "%s: %d of %j, 100%% %s", "x\x1b", 3, 5LL, NULL);
    fclose(f);
    assert_string_equal(buf, "x\\x1b: 3 of 5, 100% -");
    free(buf);
}

static void test_time(void **state)
{
    int64_t t = 0;

    (void)state;
    assert_true(bs_doc_time("2018-08-14T03:12:09Z", &t));
    assert_int_equal(t, 1534216329);
    assert_true(bs_doc_time("2018-08-14T03:12:09.123456789Z", &t));
    assert_int_equal(t, 1534216329);
    assert_true(bs_doc_time("1970-01-01T00:00:00Z", &t));
    assert_int_equal(t, 0);
    assert_false(bs_doc_time("2018-08-14T03:12:09+02:00", &t));
    assert_false(bs_doc_time("yesterday", &t));
    assert_false(bs_doc_time(NULL, &t));
    assert_int_equal(bs_doc_severity_rank("critical"), 4);
    assert_int_equal(bs_doc_severity_rank("info"), 0);
    assert_int_equal(bs_doc_severity_rank("bogus"), -1);
}

static const char *doc_text =
    "{\"schema\":\"breachscan-report/1\",\"targets\":[{\"id\":\"t1\",\"path\":\"ev\",\"kind\":\"directory\"}],"
    "\"summary\":{\"verdict\":\"compromised\",\"findings\":4},"
    "\"findings\":["
    "{\"id\":\"F1\",\"rule\":\"low_a\",\"severity\":\"low\",\"target\":\"t1\",\"object\":{\"location\":\"ev/a\",\"path\":\"/a\"}},"
    "{\"id\":\"F2\",\"rule\":\"crit_b\",\"severity\":\"critical\",\"target\":\"t1\",\"object\":{\"location\":\"ev/b\",\"path\":\"/b\"}},"
    "{\"id\":\"F3\",\"rule\":\"med_a\",\"severity\":\"medium\",\"target\":\"t1\",\"object\":{\"location\":\"ev/a\",\"path\":\"/a\"}},"
    "{\"id\":\"F4\",\"rule\":\"log_rule\",\"severity\":\"high\",\"target\":\"t1\",\"object\":{\"location\":\"ev/access.log\",\"path\":\"/access.log\"}}],"
    "\"timeline\":["
    "{\"time\":\"2018-01-01T00:00:00Z\",\"event\":\"file.modified\",\"finding\":\"F1\",\"location\":\"ev/a\"},"
    "{\"time\":\"2018-01-02T00:00:00Z\",\"event\":\"log.request\",\"finding\":\"F2\",\"location\":\"ev/access.log:3\"},"
    "{\"time\":\"2018-01-03T00:00:00Z\",\"event\":\"log.request\",\"finding\":\"F4\",\"location\":\"ev/access.log:4\"},"
    "{\"time\":\"2018-01-04T00:00:00Z\",\"event\":\"log.request\",\"finding\":\"F4\",\"findings\":[\"F2\",\"F4\"],\"location\":\"ev/access.log:5\"},"
    "{\"time\":\"2018-01-05T00:00:00Z\",\"event\":\"card.line\",\"finding\":null,\"location\":\"ev/x.log:1\"}],"
    "\"errors\":[],\"skipped\":[]}";

static void test_groups_and_event_kinds(void **state)
{
    cJSON *doc = cJSON_Parse(doc_text);
    bs_file_groups g;
    bs_doc_findings idx;
    bs_error err;
    const cJSON *ev;
    int kinds[5], n = 0;

    (void)state;
    assert_non_null(doc);
    assert_int_equal(bs_file_groups_build(doc, &g, &err), BS_OK);
    assert_int_equal(g.count, 3);
    assert_string_equal(g.items[0].location, "ev/b"); /* critical first */
    assert_string_equal(g.items[1].location, "ev/access.log");
    assert_string_equal(g.items[2].location, "ev/a");
    assert_int_equal(g.items[2].n_findings, 2);
    assert_int_equal(g.items[2].max_rank, 2);
    assert_string_equal(bs_doc_str(g.items[2].findings[1], "id"), "F3"); /* report order */
    bs_file_groups_release(&g);

    assert_int_equal(bs_doc_findings_index(doc, &idx, &err), BS_OK);
    assert_non_null(bs_doc_finding_by_id(&idx, "F4"));
    assert_null(bs_doc_finding_by_id(&idx, "F5"));
    assert_null(bs_doc_finding_by_id(&idx, "F0"));
    assert_null(bs_doc_finding_by_id(&idx, "Fx"));
    cJSON_ArrayForEach(ev, bs_doc_arr(doc, "timeline"))
        kinds[n++] = bs_doc_event_kind(&idx, ev);
    assert_int_equal(kinds[0], BS_EV_FILE);
    assert_int_equal(kinds[1], BS_EV_SHELL_ACCESS); /* reached ev/b */
    assert_int_equal(kinds[2], BS_EV_REQUEST);      /* only the log's own finding */
    assert_int_equal(kinds[3], BS_EV_SHELL_ACCESS); /* one of its findings is elsewhere */
    assert_int_equal(kinds[4], BS_EV_CARD);
    bs_doc_findings_release(&idx);
    cJSON_Delete(doc);
}

/* Every writer on documents with missing sections and wrong types everywhere. */
static void test_writers_on_hostile_documents(void **state)
{
    static const char *const docs[] = {
        "{}",
        "{\"schema\":1,\"summary\":[],\"findings\":{},\"timeline\":\"x\",\"targets\":null}",
        "{\"summary\":{\"verdict\":7,\"by_severity\":{\"high\":\"x\"},\"card_exposure\":{\"issuers\":[1]}},"
        "\"findings\":[1,null,{\"id\":5,\"rule\":null,\"severity\":\"nope\",\"object\":{\"location\":3,"
        "\"deleted\":\"yes\",\"mode\":\"9z\",\"mtime\":\"never\"},\"matches\":[{\"offset\":-5,\"data\":null}],"
        "\"reference\":[1,2],\"tags\":\"x\",\"card\":{\"samples\":[null]}}],"
        "\"timeline\":[{\"time\":\"bad\"},{\"time\":\"2018-01-01T00:00:00Z\",\"event\":\"log.request\","
        "\"finding\":\"F999999999999\",\"findings\":[3]}],\"errors\":[{}],\"skipped\":[1]}",
        "{\"summary\":{\"verdict\":\"<script>\",\"first_indicator\":\"2018-01-01T00:00:00Z\","
        "\"last_indicator\":\"2017-01-01T00:00:00Z\"},\"findings\":[{\"id\":\"F1\",\"rule\":\"<blink>\","
        "\"severity\":\"high\",\"description\":\"</style><script>alert(1)</script>\","
        "\"object\":{\"location\":\"x!<y>!z\",\"path\":\"<y>\"}}]}",
    };
    static const char *const formats[] = {"json", "jsonl", "sarif", "html", "csv", "body", "text"};

    (void)state;
    for (size_t d = 0; d < sizeof(docs) / sizeof(docs[0]); d++) {
        cJSON *doc = cJSON_Parse(docs[d]);

        assert_non_null(doc);
        for (size_t w = 0; w < sizeof(formats) / sizeof(formats[0]); w++) {
            const bs_writer *wr = bs_writer_find(formats[w]);
            char *buf = NULL;
            size_t len = 0;
            FILE *f = open_memstream(&buf, &len);
            bs_error err;

            assert_non_null(wr);
            assert_int_equal(wr->write(doc, f, &err), BS_OK);
            fclose(f);
            if (strcmp(formats[w], "html") == 0) {
                assert_null(strstr(buf, "<script>alert"));
                assert_null(strstr(buf, "<blink>"));
                assert_null(strstr(buf, "<y>"));
            }
            free(buf);
        }
        cJSON_Delete(doc);
    }
}

/*
 * The json writer prints a piece at a time (report/json_writer.c): its bytes
 * must be cJSON_Print's of the whole document, for every shape - nested and
 * empty arrays and objects, arrays of arrays, escaped newlines and tabs in
 * strings and keys, more than 16 levels deep, a root that is not an object.
 */
static void test_json_writer_is_cjson_print(void **state)
{
    static const char *const docs[] = {
        "{}",
        "[]",
        "{\"a\":[]}",
        "{\"a\":{},\"b\":[{}],\"c\":[[],[1,[2,{\"x\":[3]}]],{\"k\":{\"l\":[]}}]}",
        "{\"s\":\"line\\nbreak\\ttab \\\"q\\\" \\u00e9\",\"n\\nk\":1.5,\"t\":true,\"z\":null}",
        "{\"findings\":[{\"id\":\"F1\",\"matches\":[{\"offset\":1,\"data\":\"a\\nb\"}],"
        "\"tags\":[\"x\",\"y\"]},{\"id\":\"F2\",\"object\":{\"location\":\"p\"}}],\"n\":[1,2,3]}",
        "[{\"a\":1},[2,3],\"s\"]",
        "{\"d\":[[[[[[[[[[[[[[[[[[[[{\"deep\":[{\"deeper\":{}}]}]]]]]]]]]]]]]]]]]]]]}",
    };

    (void)state;
    for (size_t d = 0; d < sizeof(docs) / sizeof(docs[0]); d++) {
        cJSON *doc = cJSON_Parse(docs[d]);
        char *want, *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        bs_error err;

        assert_non_null(doc);
        assert_int_equal(bs_writer_find("json")->write(doc, f, &err), BS_OK);
        fclose(f);
        want = cJSON_Print(doc);
        assert_non_null(want);
        assert_int_equal(len, strlen(want) + 1);
        assert_memory_equal(buf, want, strlen(want));
        assert_int_equal(buf[len - 1], '\n');
        free(want);
        free(buf);
        cJSON_Delete(doc);
    }
}

/* The summary of an interrupted scan that found nothing: verdict words, the stop, next steps. */
static void test_text_incomplete(void **state)
{
    cJSON *doc = cJSON_Parse(
        "{\"summary\":{\"verdict\":\"incomplete\",\"complete\":false,\"findings\":0},"
        "\"findings\":[],\"errors\":[{\"target\":null,\"location\":null,\"stage\":\"interrupt\","
        "\"message\":\"scan interrupted\"},{\"location\":\"ev/x\",\"stage\":\"read\",\"message\":\"EIO\"}]}");
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    bs_error err;

    (void)state;
    assert_int_equal(bs_writer_find("text")->write(doc, f, &err), BS_OK);
    fclose(f);
    assert_non_null(strstr(buf, "INCOMPLETE"));
    assert_non_null(strstr(buf, "stopped before the end"));
    assert_non_null(strstr(buf, "Could not read: 2 problem(s)\n  interrupt: scan interrupted\n"));
    assert_non_null(strstr(buf, "  ev/x: read: EIO\n"));
    assert_non_null(strstr(buf, "rerun as root"));
    free(buf);
    cJSON_Delete(doc);
}

static void test_writer_table(void **state)
{
    (void)state;
    assert_string_equal(bs_writer_names(), "json, jsonl, sarif, html, csv, body, text");
    assert_null(bs_writer_find("pdf"));
    assert_string_equal(bs_writer_find("sarif")->extension, ".sarif");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_escape),
        cmocka_unit_test(test_csv_field),
        cmocka_unit_test(test_uri),
        cmocka_unit_test(test_plain),
        cmocka_unit_test(test_plainf),
        cmocka_unit_test(test_time),
        cmocka_unit_test(test_groups_and_event_kinds),
        cmocka_unit_test(test_writers_on_hostile_documents),
        cmocka_unit_test(test_json_writer_is_cjson_print),
        cmocka_unit_test(test_text_incomplete),
        cmocka_unit_test(test_writer_table),
    };

    return cmocka_run_group_tests_name("writers", tests, NULL, NULL);
}
