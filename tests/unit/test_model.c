/*
 * test_model.c - the report model and its JSON document: deterministic order
 * whatever the thread count, verdict rules, null times, escaping of
 * non-UTF-8 locations, PAN masking of excerpts, timeline merging, windows and
 * log links, the writer table, and schema validity of json and jsonl output
 * (tests/validate-report.py, skipped when python3-jsonschema is missing).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <cmocka.h>
#include <pthread.h>

#include "report/model.h"
#include "report/writer.h"

#define N_THREADS 4
#define N_FINDINGS 64
#define VALIDATOR "tests/validate-report.py"
#define VALIDATOR_MISSING 2 /* validate-report.py: jsonschema not installed */

/* ---- helpers ---- */

static bs_time at(int64_t sec, int32_t nsec)
{
    bs_time t = {.sec = sec, .nsec = nsec, .set = true};

    return t;
}

static bs_finding *make_finding(int target, const char *location, const char *rule,
                                bs_severity sev, int64_t mtime)
{
    bs_object *obj = bs_object_new(target, location, strchr(location, ':') + 1);
    bs_finding *f;

    assert_non_null(obj);
    obj->size = 42;
    obj->mtime = at(mtime, 0);
    obj->ctime = at(mtime + 60, 0);
    obj->atime = at(mtime - 86400 * 365, 0); /* atime lies: a year earlier */
    bs_object_set_data(obj, (uint8_t *)strdup("content never copied"), 20);
    f = bs_finding_new("yara", rule, sev, obj);
    bs_object_free(obj);
    assert_non_null(f);
    return f;
}

static void add_match(bs_finding *f, const char *id, uint64_t offset, const char *data)
{
    bs_match *m;

    f->matches = realloc(f->matches, (size_t)(f->n_matches + 1) * sizeof(*m));
    assert_non_null(f->matches);
    m = &f->matches[f->n_matches++];
    m->id = strdup(id);
    m->offset = offset;
    m->length = (uint32_t)strlen(data);
    m->data_len = (uint32_t)strlen(data);
    m->data = (uint8_t *)strdup(data);
}

static char *print_section(const cJSON *doc, const char *key)
{
    return cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(doc, key));
}

static const char *str_at(const cJSON *obj, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);

    assert_non_null(item);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

static bool is_null_at(const cJSON *obj, const char *key)
{
    return cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(obj, key));
}

static const cJSON *item_at(const cJSON *doc, const char *section, int index)
{
    const cJSON *item =
        cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(doc, section), index);

    assert_non_null(item);
    return item;
}

/* ---- determinism across threads ---- */

typedef struct {
    bs_report *report;
    int from, step;
    const int *order;
} adder;

static bs_finding *finding_number(int i)
{
    static const char *const rules[] = {"Webshell_JSP", "Click2Gov_SJavaWebManage", "Skimmer_JS"};
    char loc[64];
    bs_finding *f;

    snprintf(loc, sizeof(loc), "t%d:/srv/www/file%02d.jsp", i % 2, i % 11);
    f = make_finding(i % 2, loc, rules[i % 3], (bs_severity)(i % 5), 1534216329 + i % 11);
    f->namespace_ = strdup(i % 4 ? "click2gov" : "webshells_jsp");
    add_match(f, "$a", (uint64_t)(i * 7), "eval(request.getParameter(\"c\"))");
    return f;
}

static void *add_some(void *arg)
{
    adder *a = arg;

    for (int i = a->from; i < N_FINDINGS; i += a->step) {
        char loc[32];

        bs_report_add_finding(a->report, finding_number(a->order[i]));
        snprintf(loc, sizeof(loc), "t1:/x/%d", a->order[i] % 7);
        bs_report_add_error(a->report, 0, loc, "read", "Input/output error");
        bs_report_add_skipped(a->report, 1, loc, "too-large", NULL, NULL);
    }
    return NULL;
}

/* Builds a report from N_FINDINGS findings added by `threads` threads in a shuffled order. */
static bs_report *build_report(int threads, unsigned seed)
{
    int order[N_FINDINGS];
    pthread_t tid[N_THREADS];
    adder args[N_THREADS];
    bs_report *r = bs_report_new();

    assert_non_null(r);
    assert_int_equal(bs_report_add_target(r, "t0", "dir"), 0);
    assert_int_equal(bs_report_add_target(r, "t1", "dir"), 1);
    for (int i = 0; i < N_FINDINGS; i++)
        order[i] = i;
    srand(seed);
    for (int i = N_FINDINGS - 1; i > 0; i--) {
        int j = rand() % (i + 1), tmp = order[i];

        order[i] = order[j];
        order[j] = tmp;
    }
    for (int t = 0; t < threads; t++) {
        args[t] = (adder){.report = r, .from = t, .step = threads, .order = order};
        assert_int_equal(pthread_create(&tid[t], NULL, add_some, &args[t]), 0);
    }
    for (int t = 0; t < threads; t++)
        pthread_join(tid[t], NULL);
    bs_report_finish(r);
    return r;
}

static void test_deterministic_order(void **state)
{
    static const char *const sections[] = {"findings", "timeline", "errors", "skipped",
                                           "summary", "targets"};
    bs_report *one = build_report(1, 1), *many = build_report(N_THREADS, 2);
    cJSON *a = bs_report_to_json(one), *b = bs_report_to_json(many);

    (void)state;
    assert_non_null(a);
    assert_non_null(b);
    for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
        char *x = print_section(a, sections[i]), *y = print_section(b, sections[i]);

        assert_string_equal(x, y);
        free(x);
        free(y);
    }
    /* numbered in order, sorted by (target, location, source, namespace, rule) */
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(a, "findings")), N_FINDINGS);
    assert_string_equal(str_at(item_at(a, "findings", 0), "id"), "F1");
    assert_string_equal(str_at(item_at(a, "findings", N_FINDINGS - 1), "id"), "F64");
    assert_string_equal(str_at(item_at(a, "findings", 0), "target"), "t1");
    assert_string_equal(str_at(item_at(a, "findings", N_FINDINGS - 1), "target"), "t2");
    for (int i = 1; i < N_FINDINGS; i++) {
        const cJSON *p = cJSON_GetObjectItem(item_at(a, "findings", i - 1), "object");
        const cJSON *q = cJSON_GetObjectItem(item_at(a, "findings", i), "object");

        if (strcmp(str_at(item_at(a, "findings", i - 1), "target"),
                   str_at(item_at(a, "findings", i), "target")) == 0)
            assert_true(strcmp(str_at(p, "location"), str_at(q, "location")) <= 0);
    }
    /* errors and skipped bump the stats */
    assert_int_equal(bs_report_stat(one, 0, BS_STAT_ERRORS), N_FINDINGS);
    assert_int_equal(bs_report_stat(one, 1, BS_STAT_SKIPPED), N_FINDINGS);
    assert_int_equal(bs_report_max_severity(one), BS_SEV_CRITICAL);
    cJSON_Delete(a);
    cJSON_Delete(b);
    bs_report_free(one);
    bs_report_free(many);
}

/* ---- verdict ---- */

static const char *verdict_for(const bs_severity *sevs, int n, cJSON **doc_out)
{
    bs_report *r = bs_report_new();
    cJSON *doc;
    static char verdict[32];

    bs_report_add_target(r, "/srv", "dir");
    for (int i = 0; i < n; i++)
        bs_report_add_finding(r, make_finding(0, "/srv:/a.jsp", "R", sevs[i], 1000000000));
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    assert_non_null(doc);
    snprintf(verdict, sizeof(verdict), "%s",
             str_at(cJSON_GetObjectItem(doc, "summary"), "verdict"));
    if (doc_out)
        *doc_out = doc;
    else
        cJSON_Delete(doc);
    bs_report_free(r);
    return verdict;
}

static void test_verdict(void **state)
{
    bs_severity info[] = {BS_SEV_INFO, BS_SEV_INFO};
    bs_severity low[] = {BS_SEV_INFO, BS_SEV_LOW};
    bs_severity medium[] = {BS_SEV_MEDIUM};
    bs_severity high[] = {BS_SEV_LOW, BS_SEV_HIGH};
    bs_severity critical[] = {BS_SEV_CRITICAL};
    cJSON *doc, *sev;

    (void)state;
    assert_string_equal(verdict_for(NULL, 0, NULL), "clean");
    assert_string_equal(verdict_for(info, 2, NULL), "clean");
    assert_string_equal(verdict_for(low, 2, NULL), "suspicious");
    assert_string_equal(verdict_for(medium, 1, NULL), "suspicious");
    assert_string_equal(verdict_for(high, 2, NULL), "compromised");
    assert_string_equal(verdict_for(critical, 1, &doc), "compromised");
    sev = cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "summary"), "by_severity");
    assert_int_equal(cJSON_GetObjectItem(sev, "critical")->valueint, 1);
    assert_int_equal(cJSON_GetObjectItem(sev, "info")->valueint, 0);
    cJSON_Delete(doc);
}

/* ---- object fields, times, escaping, masking ---- */

static void test_null_times_and_fields(void **state)
{
    bs_report *r = bs_report_new();
    bs_object *obj = bs_object_new(0, "/srv:/a.jsp", "/a.jsp");
    bs_finding *f;
    cJSON *doc, *o, *summary;

    (void)state;
    bs_report_add_target(r, "/srv", "dir");
    obj->mode = 0100644;
    obj->has_mode = true;
    obj->inode = 131090;
    obj->has_inode = true;
    obj->ctime = at(1534216329, 500000000);
    bs_object_set_owner_uid(obj, 1001);
    f = bs_finding_new("hash", "known-bad", BS_SEV_HIGH, obj);
    bs_object_free(obj);
    assert_null(f->object->data);
    snprintf(f->hashes.md5, sizeof(f->hashes.md5), "%s", "d41d8cd98f00b204e9800998ecf8427e");
    bs_report_add_finding(r, f);
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    o = cJSON_GetObjectItem(item_at(doc, "findings", 0), "object");
    assert_true(is_null_at(o, "mtime"));
    assert_true(is_null_at(o, "atime"));
    assert_true(is_null_at(o, "crtime"));
    assert_string_equal(str_at(o, "ctime"), "2018-08-14T03:12:09.5Z");
    assert_string_equal(str_at(o, "mode"), "0644");
    assert_string_equal(str_at(o, "owner"), "1001");
    assert_int_equal(cJSON_GetObjectItem(o, "inode")->valuedouble, 131090);
    assert_string_equal(str_at(o, "md5"), "d41d8cd98f00b204e9800998ecf8427e");
    assert_true(is_null_at(o, "sha256"));
    assert_true(is_null_at(cJSON_GetObjectItem(doc, "scan"), "started"));
    assert_true(is_null_at(cJSON_GetObjectItem(doc, "scan"), "duration_s"));
    summary = cJSON_GetObjectItem(doc, "summary");
    /* an inode change time alone bounds no window: copies and chmod move it */
    assert_true(is_null_at(summary, "first_indicator"));
    assert_true(is_null_at(summary, "window"));
    assert_true(is_null_at(item_at(doc, "targets", 0), "size"));
    cJSON_Delete(doc);
    bs_report_free(r);
}

static void test_escaping_and_masking(void **state)
{
    bs_report *r = bs_report_new();
    bs_finding *f;
    cJSON *doc, *m;

    (void)state;
    bs_report_add_target(r, "img\xff.raw", "image");
    f = make_finding(0, "img\xff.raw@p1:/srv/caf\xe9.jsp", "R", BS_SEV_MEDIUM, 1000000000);
    f->description = strdup("bad \xc0\xaf desc");
    add_match(f, "$pan", 10, "cc=4111111111111111\nexp");
    bs_report_add_finding(r, f);
    bs_report_add_error(r, 0, "img\xff.raw@p1:/bad\xfe", "read", "short read");
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    assert_string_equal(str_at(cJSON_GetObjectItem(item_at(doc, "findings", 0), "object"),
                               "location"),
                        "img\\xff.raw@p1:/srv/caf\\xe9.jsp");
    assert_string_equal(str_at(item_at(doc, "findings", 0), "description"),
                        "bad \\xc0\\xaf desc");
    assert_string_equal(str_at(item_at(doc, "targets", 0), "path"), "img\\xff.raw");
    assert_string_equal(str_at(item_at(doc, "errors", 0), "location"),
                        "img\\xff.raw@p1:/bad\\xfe");
    m = cJSON_GetArrayItem(cJSON_GetObjectItem(item_at(doc, "findings", 0), "matches"), 0);
    assert_string_equal(str_at(m, "data"), "cc=411111******1111\\x0aexp");
    assert_int_equal(cJSON_GetObjectItem(m, "length")->valueint, 23);
    cJSON_Delete(doc);
    bs_report_free(r);
}

/* Typed extras (card numbers, EWF checks) and masking by construction. */
static void test_typed_extras_and_masking(void **state)
{
    bs_report *r = bs_report_new();
    bs_finding *pan = make_finding(0, "/srv:/logs/4111111111111111.log", "PAN", BS_SEV_HIGH,
                                   1000000000);
    bs_ewf_check ewf = {.stored_md5 = "", .computed_md5 = "0123456789abcdef0123456789abcdef"};
    cJSON *doc;
    const cJSON *f, *card, *t;
    char *text;

    (void)state;
    bs_report_add_target(r, "/srv", "dir");
    pan->card = calloc(1, sizeof(*pan->card));
    assert_non_null(pan->card);
    pan->card->distinct = 2;
    pan->card->by_issuer[BS_ISSUER_VISA] = 2;
    snprintf(pan->card->samples[0], sizeof(pan->card->samples[0]), "411111******1111");
    pan->card->n_samples = 1;
    /* a digest with a Luhn-valid digit run is ours, never masked */
    snprintf(pan->hashes.sha256, sizeof(pan->hashes.sha256), "%s",
             "4111111111111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    bs_report_add_finding(r, pan);
    bs_report_target_ewf(r, 0, &ewf);
    bs_report_add_error(r, 0, "/srv:/x", "read", "bad line: card 4111 1111 1111 1111 exp");
    bs_report_add_skipped(r, 0, "/srv:/5500005555555559.bin", "too-large", NULL, NULL);
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    f = item_at(doc, "findings", 0);
    card = cJSON_GetObjectItem(f, "card");
    assert_int_equal(cJSON_GetObjectItem(card, "distinct")->valueint, 2);
    assert_int_equal(cJSON_GetObjectItem(cJSON_GetObjectItem(card, "issuers"), "visa")->valueint,
                     2);
    assert_string_equal(
        cJSON_GetArrayItem(cJSON_GetObjectItem(card, "samples"), 0)->valuestring,
        "411111******1111");
    assert_string_equal(str_at(cJSON_GetObjectItem(f, "object"), "location"),
                        "/srv:/logs/411111******1111.log");
    assert_string_equal(str_at(cJSON_GetObjectItem(f, "object"), "sha256"),
                        "4111111111111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    assert_string_equal(str_at(item_at(doc, "errors", 0), "message"),
                        "bad line: card 4111 11** **** 1111 exp");
    assert_string_equal(str_at(item_at(doc, "skipped", 0), "location"),
                        "/srv:/550000******5559.bin");
    t = cJSON_GetObjectItem(item_at(doc, "targets", 0), "ewf");
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(t, "stored_md5")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(t, "match")));
    /* every writer prints this document: none of them can see a full number */
    text = cJSON_PrintUnformatted(doc);
    assert_null(strstr(text, "5500005555555559"));
    free(text);
    cJSON_Delete(doc);
    bs_report_free(r);
}

/*
 * The breach window comes from times the breach set: a birth time after the
 * file's modification time is a copy's, ctime and atime never count.
 */
static void test_window_ignores_copy_times(void **state)
{
    bs_report *r = bs_report_new();
    bs_object *copied = bs_object_new(0, "/srv:/a.jsp", "/a.jsp");
    bs_object *original = bs_object_new(0, "/srv:/b.jsp", "/b.jsp");
    cJSON *doc, *summary, *window;

    (void)state;
    bs_report_add_target(r, "/srv", "dir");
    copied->mtime = at(1534216329, 0);  /* 2018-08-14T03:12:09Z: written by the attacker */
    copied->crtime = at(1764000000, 0); /* 2025: the copy an analyst made */
    copied->ctime = at(1764000000, 0);
    copied->atime = at(1764000001, 0);
    original->crtime = at(1534000000, 0); /* 2018-08-11T15:06:40Z: born before its last write */
    original->mtime = at(1534300000, 0);  /* 2018-08-15T02:26:40Z */
    bs_report_add_finding(r, bs_finding_new("yara", "A", BS_SEV_HIGH, copied));
    bs_report_add_finding(r, bs_finding_new("yara", "B", BS_SEV_HIGH, original));
    bs_object_free(copied);
    bs_object_free(original);
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    summary = cJSON_GetObjectItem(doc, "summary");
    assert_string_equal(str_at(summary, "first_indicator"), "2018-08-11T15:06:40Z");
    assert_string_equal(str_at(summary, "last_indicator"), "2018-08-15T02:26:40Z");
    window = cJSON_GetObjectItem(summary, "window");
    assert_string_equal(str_at(cJSON_GetObjectItem(window, "start_event"), "event"),
                        "file.created");
    assert_string_equal(str_at(cJSON_GetObjectItem(window, "end_event"), "location"),
                        "/srv:/b.jsp");
    assert_string_equal(str_at(summary, "verdict"), "compromised");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(summary, "complete")));
    cJSON_Delete(doc);
    bs_report_free(r);
}

/* A log found by its lines: its file time (a copy's, or its last line's) bounds nothing. */
static void test_window_ignores_log_file_times(void **state)
{
    bs_report *r = bs_report_new();
    bs_object *log = bs_object_new(0, "/srv:/logs/access.log", "/logs/access.log");
    bs_timeline_event hit = {.time = at(1534216400, 0),
                             .event = "log.request",
                             .location = "/srv:/logs/access.log:12",
                             .finding_location = "/srv:/logs/access.log"};
    cJSON *doc, *summary;

    (void)state;
    bs_report_add_target(r, "/srv", "dir");
    log->mtime = at(1764000000, 0); /* the day of the copy */
    bs_report_add_finding(r, bs_finding_new("log", "weblogic_wls_wsat_post", BS_SEV_HIGH, log));
    bs_object_free(log);
    bs_report_add_timeline_event(r, &hit);
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    summary = cJSON_GetObjectItem(doc, "summary");
    assert_string_equal(str_at(summary, "first_indicator"), "2018-08-14T03:13:20Z");
    assert_string_equal(str_at(summary, "last_indicator"), "2018-08-14T03:13:20Z");
    cJSON_Delete(doc);
    bs_report_free(r);
}

/* Nothing found but something unread is "incomplete", never "clean". */
static void test_verdict_incomplete(void **state)
{
    bs_report *r = bs_report_new();
    cJSON *doc;

    (void)state;
    bs_report_add_target(r, "/srv", "dir");
    bs_report_add_error(r, 0, "/srv/secret", "open", "Permission denied");
    bs_report_finish(r);
    assert_string_equal(bs_report_verdict(r), BS_VERDICT_INCOMPLETE);
    doc = bs_report_to_json(r);
    assert_string_equal(str_at(cJSON_GetObjectItem(doc, "summary"), "verdict"), "incomplete");
    cJSON_Delete(doc);
    bs_report_free(r);
    r = bs_report_new();
    bs_report_set_interrupted(r);
    bs_report_finish(r);
    assert_string_equal(bs_report_verdict(r), BS_VERDICT_INCOMPLETE);
    doc = bs_report_to_json(r);
    assert_true(cJSON_IsFalse(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "summary"), "complete")));
    cJSON_Delete(doc);
    bs_report_free(r);
}

/* ---- timeline ---- */

static void test_timeline(void **state)
{
    bs_report *r = bs_report_new();
    bs_config cfg;
    bs_timeline_event log = {.time = at(1534216400, 0),
                             .event = "log.request",
                             .location = "/srv:/logs/access.log:1832",
                             .finding_location = "/srv:/ok.jsp",
                             .client = "203.0.113.7",
                             .method = "POST",
                             .url = "/images/ok.jsp?m=CMDS",
                             .status = 200};
    cJSON *doc, *tl, *ev, *summary;

    (void)state;
    bs_config_init(&cfg);
    bs_report_add_target(r, "/srv", "dir");
    bs_report_add_finding(r, make_finding(0, "/srv:/ok.jsp", "B_rule", BS_SEV_HIGH, 1534216329));
    bs_report_add_finding(r, make_finding(0, "/srv:/ok.jsp", "A_rule", BS_SEV_HIGH, 1534216329));
    bs_report_add_timeline_event(r, &log);
    log.time.set = false; /* counts in log_hits, not in the timeline */
    bs_report_add_timeline_event(r, &log);
    log.time = at(1234567890, 0); /* outside the window below */
    log.finding_location = NULL;
    bs_report_add_timeline_event(r, &log);
    cfg.since = 1400000000;
    bs_report_set_config(r, &cfg, 1);
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    tl = cJSON_GetObjectItem(doc, "timeline");
    /* atime, mtime, ctime (merged for both findings), then the log request */
    assert_int_equal(cJSON_GetArraySize(tl), 4);
    ev = cJSON_GetArrayItem(tl, 0);
    assert_string_equal(str_at(ev, "event"), "file.accessed");
    ev = cJSON_GetArrayItem(tl, 1);
    assert_string_equal(str_at(ev, "event"), "file.modified");
    assert_string_equal(str_at(ev, "time"), "2018-08-14T03:12:09Z");
    assert_string_equal(str_at(ev, "finding"), "F1");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(ev, "findings")), 2);
    assert_string_equal(str_at(ev, "detail"), "A_rule, B_rule");
    ev = cJSON_GetArrayItem(tl, 3);
    assert_string_equal(str_at(ev, "event"), "log.request");
    assert_string_equal(str_at(ev, "method"), "POST");
    assert_int_equal(cJSON_GetObjectItem(ev, "status")->valueint, 200);
    assert_int_equal(cJSON_GetObjectItem(item_at(doc, "findings", 0), "log_hits")->valueint, 2);
    summary = cJSON_GetObjectItem(doc, "summary");
    /* file.accessed (a year earlier) does not open the breach window */
    assert_string_equal(str_at(summary, "first_indicator"), "2018-08-14T03:12:09Z");
    assert_string_equal(str_at(summary, "last_indicator"), "2018-08-14T03:13:20Z");
    cJSON_Delete(doc);
    bs_report_free(r);
    bs_config_release(&cfg);
}

/* A deleted file's dtime: a file.deleted event and the object's "dtime"; an
   event in the --until second (any fraction) is inside the window. */
static void test_timeline_deleted(void **state)
{
    bs_report *r = bs_report_new();
    bs_object *obj = bs_object_new(0, "/img@p1:/images/ok.jsp", "/images/ok.jsp");
    bs_config cfg;
    bs_finding *f;
    cJSON *doc, *tl, *ev, *o;

    (void)state;
    assert_non_null(obj);
    obj->deleted = true;
    obj->mtime = at(1534216329, 0);
    obj->dtime = at(1559519999, 999999999); /* 2019-06-02T23:59:59.999999999Z */
    f = bs_finding_new("yara", "A_rule", BS_SEV_HIGH, obj);
    bs_object_free(obj);
    assert_non_null(f);
    bs_config_init(&cfg);
    cfg.until = 1559519999; /* --until 2019-06-02 */
    bs_report_add_target(r, "/img", "image");
    bs_report_add_finding(r, f);
    bs_report_set_config(r, &cfg, 1);
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    tl = cJSON_GetObjectItem(doc, "timeline");
    assert_int_equal(cJSON_GetArraySize(tl), 2);
    ev = cJSON_GetArrayItem(tl, 1);
    assert_string_equal(str_at(ev, "event"), "file.deleted");
    assert_string_equal(str_at(ev, "time"), "2019-06-02T23:59:59.999999999Z");
    o = cJSON_GetObjectItem(item_at(doc, "findings", 0), "object");
    assert_string_equal(str_at(o, "dtime"), "2019-06-02T23:59:59.999999999Z");
    assert_string_equal(str_at(cJSON_GetObjectItem(doc, "summary"), "last_indicator"),
                        "2019-06-02T23:59:59.999999999Z");
    cJSON_Delete(doc);
    bs_report_free(r);
    bs_config_release(&cfg);
}

/* ---- writers and the schema ---- */

static void test_writer_table(void **state)
{
    (void)state;
    assert_non_null(bs_writer_find("json"));
    assert_non_null(bs_writer_find("jsonl"));
    assert_null(bs_writer_find("nope"));
    assert_null(bs_writer_find(NULL));
    assert_non_null(strstr(bs_writer_names(), "jsonl"));
    assert_string_equal(bs_writer_find("jsonl")->extension, ".jsonl");
}

/* Writes doc with the writer into a temp file named *.suffix and validates it. */
static int write_and_validate(const cJSON *doc, const char *writer, const char *suffix)
{
    char path[] = "/tmp/bs-report-XXXXXX", named[64], cmd[160];
    int fd = mkstemp(path), rc;
    FILE *out;
    bs_error err;

    assert_true(fd >= 0);
    snprintf(named, sizeof(named), "%s%s", path, suffix);
    assert_int_equal(rename(path, named), 0);
    out = fdopen(fd, "w");
    assert_non_null(out);
    assert_int_equal(bs_writer_find(writer)->write(doc, out, &err), BS_OK);
    fclose(out);
    snprintf(cmd, sizeof(cmd), "python3 %s %s", VALIDATOR, named);
    rc = system(cmd);
    unlink(named);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static void test_schema_valid(void **state)
{
    bs_report *r = build_report(2, 3);
    bs_volume_info vol = {.id = "p2", .scheme = "gpt", .offset = 1048576, .fs = "ext4"};
    bs_config cfg;
    cJSON *doc;
    int rc;

    (void)state;
    if (access(VALIDATOR, R_OK) != 0 || system("python3 -c 'import jsonschema' 2>/dev/null")) {
        skip();
        return;
    }
    bs_config_init(&cfg);
    bs_report_add_volume(r, 0, &vol);
    bs_report_target_size(r, 0, 10737418240ULL);
    bs_report_target_format(r, 0, "ewf");
    bs_report_rules_info(r, 7, 61, NULL);
    bs_report_scan_times(r, 1790071200.25, 1790071212.75);
    bs_report_set_config(r, &cfg, 8);
    doc = bs_report_to_json(r);
    assert_non_null(doc);
    assert_true(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "scan"), "duration_s")->valuedouble ==
                12.5);
    rc = write_and_validate(doc, "json", ".json");
    if (rc == VALIDATOR_MISSING) {
        skip();
    } else {
        assert_int_equal(rc, 0);
        assert_int_equal(write_and_validate(doc, "jsonl", ".jsonl"), 0);
    }
    cJSON_Delete(doc);
    bs_report_free(r);
    bs_config_release(&cfg);
}


/* ---- --max-findings-per-rule ---- */

#define LIMIT_N 40
#define LIMIT_KEEP 5

/* LIMIT_N findings of rule "A" (one high among mediums) and 3 of "B", added in `order`. */
static bs_report *limited_report(const int *order)
{
    bs_report *r = bs_report_new();

    bs_report_add_target(r, "/srv", "dir");
    bs_report_set_finding_limit(r, LIMIT_KEEP, 0);
    for (int k = 0; k < LIMIT_N; k++) {
        int i = order[k];
        char loc[64];

        snprintf(loc, sizeof(loc), "/srv:/www/s%03d.php", i);
        bs_report_add_finding(r, make_finding(0, loc, "A", i == 33 ? BS_SEV_HIGH : BS_SEV_MEDIUM,
                                              1000000000 + i));
        if (i < 3) {
            snprintf(loc, sizeof(loc), "/srv:/other/b%d.php", i);
            bs_report_add_finding(r, make_finding(0, loc, "B", BS_SEV_LOW, 1000000000));
        }
    }
    bs_report_end_finding_limit(r);
    bs_report_finish(r);
    return r;
}

static void test_finding_limit(void **state)
{
    int forward[LIMIT_N], shuffled[LIMIT_N];
    bs_report *a, *b;
    cJSON *da, *db;
    char *x, *y;
    const cJSON *skip;

    (void)state;
    for (int i = 0; i < LIMIT_N; i++) {
        forward[i] = i;
        shuffled[i] = (i * 17 + 5) % LIMIT_N; /* 17 is prime to 40: a permutation */
    }
    a = limited_report(forward);
    b = limited_report(shuffled);
    da = bs_report_to_json(a);
    db = bs_report_to_json(b);
    assert_non_null(da);
    assert_non_null(db);
    /* the same findings kept, whatever the order they came in */
    x = print_section(da, "findings");
    y = print_section(db, "findings");
    assert_string_equal(x, y);
    free(x);
    free(y);
    x = print_section(da, "skipped");
    y = print_section(db, "skipped");
    assert_string_equal(x, y);
    free(x);
    free(y);
    /* A: the high one, then the first four mediums in report order; B under the limit */
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(da, "findings")), LIMIT_KEEP + 3);
    assert_string_equal(str_at(cJSON_GetObjectItem(item_at(da, "findings", 3), "object"), "location"),
                        "/srv:/www/s000.php");
    assert_string_equal(str_at(cJSON_GetObjectItem(item_at(da, "findings", 6), "object"), "location"),
                        "/srv:/www/s003.php");
    assert_string_equal(str_at(cJSON_GetObjectItem(item_at(da, "findings", 7), "object"), "location"),
                        "/srv:/www/s033.php");
    assert_int_equal(bs_report_max_severity(a), BS_SEV_HIGH);
    /* one skipped entry for A: how many, and the first held back */
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(da, "skipped")), 1);
    skip = item_at(da, "skipped", 0);
    assert_string_equal(str_at(skip, "reason"), "findings-limit");
    assert_string_equal(str_at(skip, "location"), "/srv:/www/s004.php");
    assert_true(strncmp(str_at(skip, "detail"), "35 more finding(s) of yara rule A ", 34) == 0);
    assert_string_equal(str_at(cJSON_GetObjectItem(da, "summary"), "verdict"), "compromised");
    cJSON_Delete(da);
    cJSON_Delete(db);
    bs_report_free(a);
    bs_report_free(b);
}

/* ---- --max-findings (in all), with and without --max-findings-per-rule ---- */

#define TOTAL_LOCS 60
#define TOTAL_RULES 5

typedef struct planned {
    char loc[32], rule[16];
    bs_severity sev;
} planned;

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

/* The order the limit keeps by: more severe first, then report order (location, rule). */
static int planned_cmp(const void *pa, const void *pb)
{
    const planned *a = pa, *b = pb;
    int c;

    if (a->sev != b->sev)
        return a->sev > b->sev ? -1 : 1;
    if ((c = strcmp(a->loc, b->loc)))
        return c;
    return strcmp(a->rule, b->rule);
}

/* What should be kept, computed the slow way: each rule's best per_rule, then the best total. */
static size_t reference_kept(const planned *all, size_t n, int per_rule, int total, planned *out)
{
    planned *sorted = malloc(n * sizeof(*sorted));
    int per[TOTAL_RULES] = {0};
    size_t kept = 0;

    assert_non_null(sorted);
    memcpy(sorted, all, n * sizeof(*sorted));
    qsort(sorted, n, sizeof(*sorted), planned_cmp);
    for (size_t i = 0; i < n; i++) {
        int r = sorted[i].rule[1] - '0';

        if ((per_rule && per[r] >= per_rule) || (total && kept >= (size_t)total))
            continue;
        per[r]++;
        out[kept++] = sorted[i];
    }
    free(sorted);
    return kept;
}

/* Files matching several rules each, with mixed severities, added in a seeded random order. */
static void test_finding_limit_total(void **state)
{
    static const int limits[][2] = {{5, 12}, {2, 6}, {3, 8}, {8, 20}, {0, 7},
                                    {3, 100}, {1, 1}, {4, 0}, {0, 1000}};
    planned all[TOTAL_LOCS * TOTAL_RULES], want[TOTAL_LOCS * TOTAL_RULES];
    size_t n = 0;
    uint32_t seed = 7;

    (void)state;
    for (int i = 0; i < TOTAL_LOCS; i++)
        for (int r = 0; r < TOTAL_RULES; r++) {
            if (lcg(&seed) % 3 == 0)
                continue;
            snprintf(all[n].loc, sizeof(all[n].loc), "/srv:/w/f%02d.php", i);
            snprintf(all[n].rule, sizeof(all[n].rule), "R%d", r);
            all[n].sev = (bs_severity)(BS_SEV_LOW + (int)(lcg(&seed) % 3));
            n++;
        }
    for (size_t k = 0; k < sizeof(limits) / sizeof(limits[0]); k++) {
        size_t expect = reference_kept(all, n, limits[k][0], limits[k][1], want);

        qsort(want, expect, sizeof(*want), planned_cmp);
        for (int round = 0; round < 16; round++) {
            bs_report *r = bs_report_new();
            uint64_t listed_drops = 0;
            cJSON *doc, *it;
            size_t i = 0;
            planned *got = malloc(n * sizeof(*got));

            assert_non_null(got);
            for (size_t j = n - 1; round > 0 && j > 0; j--) { /* round 0: as last left */
                size_t o = lcg(&seed) % (j + 1);
                planned t = all[j];

                all[j] = all[o];
                all[o] = t;
            }
            bs_report_add_target(r, "/srv", "dir");
            bs_report_set_finding_limit(r, limits[k][0], limits[k][1]);
            for (size_t j = 0; j < n; j++)
                bs_report_add_finding(r, make_finding(0, all[j].loc, all[j].rule, all[j].sev,
                                                      1000000000));
            bs_report_end_finding_limit(r);
            bs_report_finish(r);
            doc = bs_report_to_json(r);
            assert_non_null(doc);
            cJSON_ArrayForEach(it, cJSON_GetObjectItem(doc, "findings"))
            {
                snprintf(got[i].loc, sizeof(got[i].loc), "%s",
                         str_at(cJSON_GetObjectItem(it, "object"), "location"));
                snprintf(got[i].rule, sizeof(got[i].rule), "%s", str_at(it, "rule"));
                assert_int_equal(bs_severity_parse(str_at(it, "severity"), &got[i].sev), 0);
                i++;
            }
            assert_int_equal(i, expect);
            qsort(got, i, sizeof(*got), planned_cmp);
            for (i = 0; i < expect; i++) {
                assert_string_equal(got[i].loc, want[i].loc);
                assert_string_equal(got[i].rule, want[i].rule);
            }
            cJSON_ArrayForEach(it, cJSON_GetObjectItem(doc, "skipped"))
            {
                const char *detail = str_at(it, "detail");
                const char *at = strstr(detail, "rule R");
                size_t arrived = 0, kept = 0, per_kept;

                assert_string_equal(str_at(it, "reason"), "findings-limit");
                assert_non_null(at);
                for (size_t j = 0; j < n; j++)
                    arrived += all[j].rule[1] == at[6];
                for (size_t j = 0; j < expect; j++)
                    kept += want[j].rule[1] == at[6];
                per_kept = limits[k][0] && arrived > (size_t)limits[k][0] ? (size_t)limits[k][0]
                                                                          : arrived;
                /* how many, and which limits held them back, as the two steps tell it */
                assert_int_equal(strtoull(detail, NULL, 10), arrived - kept);
                assert_int_equal(strstr(detail, "--max-findings-per-rule") != NULL,
                                 per_kept < arrived);
                assert_int_equal(strstr(detail, " in all") != NULL, kept < per_kept);
                listed_drops += arrived - kept;
            }
            assert_int_equal(listed_drops, n - expect); /* every one held back is counted */
            free(got);
            cJSON_Delete(doc);
            bs_report_free(r);
        }
    }
}

/* A log read in windows is never cut: its windows' findings are merged later. */
static void test_finding_limit_spares_windows(void **state)
{
    bs_report *r = bs_report_new();

    (void)state;
    bs_report_add_target(r, "/srv", "dir");
    bs_report_set_finding_limit(r, 1, 0);
    for (int i = 0; i < 4; i++) {
        bs_finding *f = make_finding(0, "/srv:/logs/access.log", "A", BS_SEV_MEDIUM, 1000000000);

        f->object->window = true;
        bs_report_add_finding(r, f);
    }
    bs_report_add_finding(r, make_finding(0, "/srv:/a.php", "A", BS_SEV_MEDIUM, 1000000000));
    bs_report_add_finding(r, make_finding(0, "/srv:/b.php", "A", BS_SEV_MEDIUM, 1000000000));
    assert_int_equal(bs_report_finding_count(r), 5); /* 4 windows + a.php; b.php held back */
    bs_report_merge_windows(r);                      /* ends the limit */
    assert_int_equal(bs_report_finding_count(r), 2);
    bs_report_add_finding(r, make_finding(0, "/srv:/c.php", "A", BS_SEV_MEDIUM, 1000000000));
    assert_int_equal(bs_report_finding_count(r), 3); /* ended: kept */
    bs_report_finish(r);
    bs_report_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deterministic_order),
        cmocka_unit_test(test_verdict),
        cmocka_unit_test(test_null_times_and_fields),
        cmocka_unit_test(test_escaping_and_masking),
        cmocka_unit_test(test_typed_extras_and_masking),
        cmocka_unit_test(test_window_ignores_copy_times),
        cmocka_unit_test(test_window_ignores_log_file_times),
        cmocka_unit_test(test_verdict_incomplete),
        cmocka_unit_test(test_timeline),
        cmocka_unit_test(test_timeline_deleted),
        cmocka_unit_test(test_writer_table),
        cmocka_unit_test(test_schema_valid),
        cmocka_unit_test(test_finding_limit),
        cmocka_unit_test(test_finding_limit_spares_windows),
        cmocka_unit_test(test_finding_limit_total),
    };

    return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
