/*
 * test_archive.c - unit tests of the archive collector (collectors/archive.c).
 *
 * Every archive is built in memory with libarchive's write API, handed to
 * probe_object / collect_object as an object, and the result checked through
 * a test sink (which records emitted objects and, like the real worker,
 * expands nested archives at once) and the real report (skipped[], errors[]).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <archive.h>
#include <archive_entry.h>
#include <cjson/cJSON.h>

#include "collectors/collector.h"
#include "report/model.h"
#include "core/limits.h"

#define T_MTIME 1534216329 /* 2018-08-14T03:12:09Z */
#define MIB (1024 * 1024)

typedef int (*fmt_fn)(struct archive *);

typedef struct tmember {
    const char *name;
    const void *data;
    size_t len;
    unsigned type;    /* AE_IFREG when 0 */
    const char *link; /* symlink target */
} tmember;

typedef struct archive_spec {
    fmt_fn format;
    fmt_fn filter;          /* NULL: none */
    const char *options;    /* archive_write_set_options, may be NULL */
    const char *passphrase; /* may be NULL */
} archive_spec;

/* Builds an archive in memory; the caller frees the result. */
static uint8_t *build(const archive_spec *spec, const tmember *m, size_t n, size_t *out_len)
{
    struct archive *a = archive_write_new();
    size_t cap = MIB, i, used = 0;
    uint8_t *buf;

    for (i = 0; i < n; i++)
        cap += m[i].len + 1024;
    buf = malloc(cap);
    assert_non_null(buf);
    assert_int_equal(spec->format(a), ARCHIVE_OK);
    if (spec->filter)
        assert_true(spec->filter(a) >= ARCHIVE_WARN);
    if (spec->options)
        assert_int_equal(archive_write_set_options(a, spec->options), ARCHIVE_OK);
    if (spec->passphrase)
        assert_int_equal(archive_write_set_passphrase(a, spec->passphrase), ARCHIVE_OK);
    assert_int_equal(archive_write_set_bytes_in_last_block(a, 1), ARCHIVE_OK);
    assert_int_equal(archive_write_open_memory(a, buf, cap, &used), ARCHIVE_OK);
    for (i = 0; i < n; i++) {
        struct archive_entry *e = archive_entry_new();
        unsigned type = m[i].type ? m[i].type : AE_IFREG;

        archive_entry_copy_pathname(e, m[i].name);
        archive_entry_set_filetype(e, type);
        archive_entry_set_perm(e, type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_mtime(e, T_MTIME + (time_t)i, 0);
        archive_entry_set_uid(e, 1001);
        if (m[i].link)
            archive_entry_copy_symlink(e, m[i].link);
        if (type == AE_IFREG)
            archive_entry_set_size(e, (la_int64_t)m[i].len);
        assert_true(archive_write_header(a, e) >= ARCHIVE_WARN);
        if (type == AE_IFREG && m[i].len)
            assert_int_equal(archive_write_data(a, m[i].data, m[i].len), (la_ssize_t)m[i].len);
        archive_entry_free(e);
    }
    assert_int_equal(archive_write_close(a), ARCHIVE_OK);
    archive_write_free(a);
    *out_len = used;
    return buf;
}

static const archive_spec ZIP = {archive_write_set_format_zip, NULL, NULL, NULL};
static const archive_spec TAR = {archive_write_set_format_ustar, NULL, NULL, NULL};
static const archive_spec TGZ = {archive_write_set_format_ustar, archive_write_add_filter_gzip,
                                 NULL, NULL};
static const archive_spec GZ = {archive_write_set_format_raw, archive_write_add_filter_gzip, NULL,
                                NULL};

/* ---- the test sink ---- */

typedef struct fx {
    bs_config cfg;
    bs_report *report;
    bs_sink sink;
    bs_object **objs;
    size_t n_objs;
    cJSON *doc; /* the report, once made */
} fx;

static bs_status test_emit(bs_sink *sink, bs_object *obj)
{
    fx *f = sink->arg;
    const char *format;

    /* As the worker does: a member that is itself an archive is expanded now. */
    if (obj->depth < sink->cfg->archive_depth && bs_collector_archive.probe_object(obj, &format))
        bs_collector_archive.collect_object(sink, obj);
    f->objs = realloc(f->objs, (f->n_objs + 1) * sizeof(*f->objs));
    assert_non_null(f->objs);
    f->objs[f->n_objs++] = obj;
    return BS_OK;
}

static int setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));

    assert_non_null(f);
    bs_config_init(&f->cfg);
    f->report = bs_report_new();
    assert_non_null(f->report);
    assert_int_equal(bs_report_add_target(f->report, "t", "file"), 0);
    f->sink.emit = test_emit;
    f->sink.arg = f;
    f->sink.report = f->report;
    f->sink.cfg = &f->cfg;
    f->sink.target = 0;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    size_t i;

    for (i = 0; i < f->n_objs; i++)
        bs_object_free(f->objs[i]);
    free(f->objs);
    cJSON_Delete(f->doc);
    bs_report_free(f->report);
    bs_config_release(&f->cfg);
    free(f);
    return 0;
}

/* Collects data as the content of an object at depth 0. */
static bs_status collect_at(fx *f, const char *location, const char *path, const uint8_t *data,
                            size_t len, int depth)
{
    bs_object *obj = bs_object_new(0, location, path);
    uint8_t *copy = malloc(len ? len : 1);
    const char *format = NULL;
    bs_status st;

    assert_non_null(obj);
    assert_non_null(copy);
    memcpy(copy, data, len);
    bs_object_set_data(obj, copy, len);
    obj->depth = depth;
    obj->mtime = (bs_time){.sec = 1600000000, .nsec = 5, .set = true};
    obj->mode = 0100640;
    obj->has_mode = true;
    bs_object_set_owner_uid(obj, 33);
    assert_true(bs_collector_archive.probe_object(obj, &format));
    assert_non_null(format);
    st = bs_collector_archive.collect_object(&f->sink, obj);
    bs_object_free(obj);
    return st;
}

static bs_status collect(fx *f, const char *location, const uint8_t *data, size_t len)
{
    return collect_at(f, location, location, data, len, 0);
}

static const bs_object *find(fx *f, const char *location)
{
    size_t i;

    for (i = 0; i < f->n_objs; i++)
        if (strcmp(f->objs[i]->location, location) == 0)
            return f->objs[i];
    return NULL;
}

static cJSON *report_doc(fx *f)
{
    if (!f->doc) {
        bs_report_set_config(f->report, &f->cfg, 1);
        bs_report_finish(f->report);
        f->doc = bs_report_to_json(f->report);
        assert_non_null(f->doc);
    }
    return f->doc;
}

/* The skipped[] or errors[] entry at location whose `key` is `value`. */
static cJSON *entry(fx *f, const char *array, const char *location, const char *key,
                    const char *value)
{
    cJSON *it;

    cJSON_ArrayForEach(it, cJSON_GetObjectItem(report_doc(f), array))
    {
        const char *loc = cJSON_GetStringValue(cJSON_GetObjectItem(it, "location"));
        const char *v = cJSON_GetStringValue(cJSON_GetObjectItem(it, key));

        if (loc && v && strcmp(loc, location) == 0 && strcmp(v, value) == 0)
            return it;
    }
    return NULL;
}

static cJSON *skipped(fx *f, const char *location, const char *reason)
{
    return entry(f, "skipped", location, "reason", reason);
}

static cJSON *error_at(fx *f, const char *location)
{
    return entry(f, "errors", location, "stage", "archive");
}

static int n_entries(fx *f, const char *array)
{
    return cJSON_GetArraySize(cJSON_GetObjectItem(report_doc(f), array));
}

static void assert_content(const bs_object *o, const char *text)
{
    assert_non_null(o);
    assert_int_equal(o->len, strlen(text));
    assert_memory_equal(o->data, text, o->len);
}

/* ---- detection ---- */

static const char *probe(const uint8_t *data, size_t len)
{
    bs_object obj = {.location = "x", .path = "x", .data = (uint8_t *)data, .len = len};
    const char *format = NULL;

    return bs_collector_archive.probe_object(&obj, &format) ? format : NULL;
}

static void probe_built(const archive_spec *spec, const char *want)
{
    tmember m = {"a.txt", "hello\n", 6, 0, NULL};
    size_t len;
    uint8_t *buf = build(spec, &m, 1, &len);

    assert_string_equal(probe(buf, len), want);
    free(buf);
}

static void test_probe_formats(void **state)
{
    static const uint8_t empty_zip[22] = {'P', 'K', 5, 6};
    static const uint8_t text[] = "<%@ page import=\"java.io.*\" %>\n";
    static const uint8_t short_pk[] = {'P', 'K', 3};
    const archive_spec specs[] = {
        {archive_write_set_format_7zip, NULL, NULL, NULL},
        {archive_write_set_format_cpio_newc, NULL, NULL, NULL},
        {archive_write_set_format_cpio_odc, NULL, NULL, NULL},
        {archive_write_set_format_cpio_bin, NULL, NULL, NULL},
        {archive_write_set_format_iso9660, NULL, NULL, NULL},
        {archive_write_set_format_raw, archive_write_add_filter_bzip2, NULL, NULL},
        {archive_write_set_format_raw, archive_write_add_filter_xz, NULL, NULL},
        {archive_write_set_format_raw, archive_write_add_filter_zstd, NULL, NULL},
        {archive_write_set_format_pax_restricted, archive_write_add_filter_xz, NULL, NULL},
    };
    const char *want[] = {"7z", "cpio", "cpio", "cpio", "iso9660", "bzip2", "xz", "zstd", "tar.xz"};
    size_t i;

    (void)state;
    probe_built(&ZIP, "zip");
    probe_built(&TAR, "tar");
    probe_built(&TGZ, "tar.gz");
    probe_built(&GZ, "gzip");
    for (i = 0; i < sizeof(specs) / sizeof(specs[0]); i++)
        probe_built(&specs[i], want[i]);
    assert_string_equal(probe(empty_zip, sizeof(empty_zip)), "zip");
    assert_null(probe(text, sizeof(text) - 1));
    assert_null(probe(short_pk, sizeof(short_pk)));
    assert_null(probe(NULL, 0));
}

/* ---- members, metadata ---- */

static void test_zip_members(void **state)
{
    fx *f = *state;
    const tmember m[] = {
        {"WEB-INF/", NULL, 0, AE_IFDIR, NULL},
        {"WEB-INF/x.jsp", "<% out.println(1); %>", 21, 0, NULL},
        {"link.jsp", NULL, 0, AE_IFLNK, "WEB-INF/x.jsp"},
        {"empty.txt", "", 0, 0, NULL},
    };
    size_t len;
    uint8_t *zip = build(&ZIP, m, 4, &len);
    const bs_object *o;

    assert_int_equal(collect(f, "app.war", zip, len), BS_OK);
    free(zip);
    assert_int_equal(f->n_objs, 2); /* no directory, no symlink */
    o = find(f, "app.war!WEB-INF/x.jsp");
    assert_content(o, "<% out.println(1); %>");
    assert_string_equal(o->path, "WEB-INF/x.jsp");
    assert_int_equal(o->depth, 1);
    assert_int_equal(o->size, 21);
    assert_true(o->mtime.set);
    assert_int_equal(o->mtime.sec, T_MTIME + 1);
    assert_true(o->has_mode);
    assert_int_equal(o->mode & 0777, 0644);
    o = find(f, "app.war!empty.txt");
    assert_non_null(o);
    assert_int_equal(o->len, 0);
    assert_non_null(skipped(f, "app.war!link.jsp", "symlink"));
    assert_int_equal(bs_report_stat(f->report, 0, BS_STAT_ARCHIVES), 1);
    assert_int_equal(n_entries(f, "errors"), 0);
}

static void test_targz_times_owner(void **state)
{
    fx *f = *state;
    const tmember m[] = {{"htdocs/index.php", "<?php echo 1; ?>", 16, 0, NULL}};
    size_t len;
    uint8_t *tgz = build(&TGZ, m, 1, &len);
    const bs_object *o;

    assert_int_equal(collect(f, "/srv/backup.tar.gz", tgz, len), BS_OK);
    free(tgz);
    o = find(f, "/srv/backup.tar.gz!htdocs/index.php");
    assert_content(o, "<?php echo 1; ?>");
    assert_string_equal(o->owner, "1001");
    assert_true(o->mtime.set);
    assert_int_equal(o->mtime.sec, T_MTIME);
    assert_false(o->atime.set); /* ustar keeps no atime: unknown, not 1970 */
    assert_false(o->crtime.set);
}

static void test_nested_zip_in_targz_in_war(void **state)
{
    fx *f = *state;
    const char *jsp = "<%= request.getParameter(\"c\") %>";
    tmember shell = {"shell.jsp", jsp, strlen(jsp), 0, NULL};
    tmember inner, outer;
    size_t zip_len, tgz_len, war_len;
    uint8_t *zip = build(&ZIP, &shell, 1, &zip_len);
    uint8_t *tgz, *war;
    const bs_object *o;

    inner = (tmember){"inner.zip", zip, zip_len, 0, NULL};
    tgz = build(&TGZ, &inner, 1, &tgz_len);
    outer = (tmember){"inner.tar.gz", tgz, tgz_len, 0, NULL};
    war = build(&ZIP, &outer, 1, &war_len);
    assert_int_equal(collect(f, "x.war", war, war_len), BS_OK);
    o = find(f, "x.war!inner.tar.gz!inner.zip!shell.jsp");
    assert_content(o, jsp);
    assert_int_equal(o->depth, 3);
    assert_string_equal(o->path, "shell.jsp");
    assert_non_null(find(f, "x.war!inner.tar.gz!inner.zip"));
    assert_non_null(find(f, "x.war!inner.tar.gz"));
    assert_int_equal(bs_report_stat(f->report, 0, BS_STAT_ARCHIVES), 3);
    free(zip);
    free(tgz);
    free(war);
}

static void test_gzip_of_plain_text(void **state)
{
    fx *f = *state;
    const char *log = "203.0.113.7 - - [14/Aug/2018:03:15:40 +0000] \"POST /x.jsp HTTP/1.1\" 200 5\n";
    tmember m = {"data", log, strlen(log), 0, NULL};
    size_t len;
    uint8_t *gz = build(&GZ, &m, 1, &len);
    const bs_object *o;

    assert_int_equal(collect_at(f, "t:/var/log/access.log.1.gz", "/var/log/access.log.1.gz", gz,
                                len, 0),
                     BS_OK);
    free(gz);
    assert_int_equal(f->n_objs, 1);
    o = find(f, "t:/var/log/access.log.1.gz!access.log.1");
    assert_content(o, log);
    assert_string_equal(o->path, "access.log.1");
    /* the member is the container's content: its metadata too */
    assert_true(o->mtime.set);
    assert_int_equal(o->mtime.sec, 1600000000);
    assert_string_equal(o->owner, "33");
    assert_int_equal(o->mode, 0100640);
}

static void test_non_utf8_member_name(void **state)
{
    fx *f = *state;
    const tmember m[] = {{"bad\xff\xfename.jsp", "x", 1, 0, NULL}};
    size_t len;
    uint8_t *tar = build(&TAR, m, 1, &len);

    assert_int_equal(collect(f, "a.tar", tar, len), BS_OK);
    free(tar);
    assert_content(find(f, "a.tar!bad\xff\xfename.jsp"), "x");
}

/* A zip that flags its names as UTF-8 (bit 11), read in the "C" locale. */
static void test_utf8_flagged_zip_name(void **state)
{
    fx *f = *state;
    const tmember m[] = {{"caf\xc3\xa9.jsp", "u", 1, 0, NULL}};
    locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0), old;
    size_t len;
    uint8_t *zip;

    if (!utf8)
        skip(); /* no C.UTF-8 locale to write the flagged name with */
    old = uselocale(utf8); /* the writer sets the UTF-8 flag under a UTF-8 locale */
    zip = build(&ZIP, m, 1, &len);
    uselocale(old);
    freelocale(utf8);
    assert_true(zip[7] & 0x08); /* general purpose flags, bit 11 */
    assert_int_equal(collect(f, "u.zip", zip, len), BS_OK);
    free(zip);
    assert_content(find(f, "u.zip!caf\xc3\xa9.jsp"), "u");
}

static void test_excluded_member(void **state)
{
    fx *f = *state;
    const tmember m[] = {{"logs/app.log", "noise", 5, 0, NULL}, {"a.jsp", "code", 4, 0, NULL}};
    size_t len;
    uint8_t *tar = build(&TAR, m, 2, &len);

    assert_int_equal(bs_strlist_add(&f->cfg.excludes, "*.log"), 0);
    assert_int_equal(collect(f, "a.tar", tar, len), BS_OK);
    free(tar);
    assert_null(find(f, "a.tar!logs/app.log"));
    assert_non_null(find(f, "a.tar!a.jsp"));
    assert_non_null(skipped(f, "a.tar!logs/app.log", "excluded"));
}

/* ---- damage ---- */

static void test_truncated_zip(void **state)
{
    fx *f = *state;
    static char big[3][40000];
    tmember m[3];
    size_t len, i, j;
    uint32_t seed = 12345;
    uint8_t *zip;
    bs_status st;

    for (i = 0; i < 3; i++) {
        for (j = 0; j < sizeof(big[i]); j++) { /* poorly compressible, deterministic */
            seed = seed * 1103515245u + 12345u;
            big[i][j] = (char)('a' + (seed >> 16) % 26);
        }
        m[i] = (tmember){i == 0 ? "one.txt" : i == 1 ? "two.txt" : "three.txt", big[i],
                         sizeof(big[i]), 0, NULL};
    }
    zip = build(&ZIP, m, 3, &len);
    st = collect(f, "cut.zip", zip, len * 6 / 10);
    free(zip);
    assert_int_equal(st, BS_WARN);
    assert_non_null(find(f, "cut.zip!one.txt"));
    assert_int_equal(find(f, "cut.zip!one.txt")->len, sizeof(big[0]));
    assert_null(find(f, "cut.zip!three.txt"));
    assert_true(n_entries(f, "errors") >= 1);
}

static void test_garbage_after_magic(void **state)
{
    fx *f = *state;
    uint8_t junk[300];

    memset(junk, 0x10, sizeof(junk)); /* no encryption flag bits in the header */
    memcpy(junk, "PK\x03\x04", 4);
    assert_int_equal(collect(f, "fake.zip", junk, sizeof(junk)), BS_FAILED);
    memcpy(junk, "\x1f\x8b\x08", 3); /* no decompressor takes it: never the bytes as a member */
    assert_int_equal(collect(f, "fake.gz", junk, sizeof(junk)), BS_FAILED);
    assert_int_equal(f->n_objs, 0);
    assert_non_null(error_at(f, "fake.zip"));
    assert_non_null(error_at(f, "fake.gz"));
}

/* ---- limits ---- */

/* A bomb member in a zip is dropped; the members after it are still scanned. */
static void test_zip_bomb_member(void **state)
{
    fx *f = *state;
    size_t zeros = 8 * MIB, len;
    uint8_t *z = calloc(1, zeros), *zip;
    tmember m[] = {{"ok.txt", "fine", 4, 0, NULL}, {"bomb.bin", z, zeros, 0, NULL},
                   {"after.jsp", "later", 5, 0, NULL}};

    assert_non_null(z);
    zip = build(&ZIP, m, 3, &len);
    assert_true(len < zeros / BS_ARCHIVE_MAX_RATIO);
    assert_int_equal(collect(f, "b.zip", zip, len), BS_WARN);
    free(zip);
    free(z);
    assert_non_null(find(f, "b.zip!ok.txt"));
    assert_null(find(f, "b.zip!bomb.bin"));
    assert_content(find(f, "b.zip!after.jsp"), "later");
    assert_non_null(skipped(f, "b.zip!bomb.bin", "zip-bomb"));
    assert_null(skipped(f, "b.zip", "zip-bomb"));
}

/* A compressed tar that is mostly bomb: the whole container stops. */
static void test_targz_bomb_stops_container(void **state)
{
    fx *f = *state;
    size_t zeros = 16 * MIB, len;
    uint8_t *z = calloc(1, zeros), *tgz;
    tmember m[] = {{"bomb.bin", z, zeros, 0, NULL}, {"after.jsp", "later", 5, 0, NULL}};

    assert_non_null(z);
    tgz = build(&TGZ, m, 2, &len);
    assert_int_equal(collect(f, "b.tgz", tgz, len), BS_WARN);
    free(tgz);
    free(z);
    assert_int_equal(f->n_objs, 0);
    assert_non_null(skipped(f, "b.tgz!bomb.bin", "zip-bomb"));
    assert_non_null(skipped(f, "b.tgz", "zip-bomb"));
}

/* A backup with one zero-filled file is not a bomb: the rest is scanned. */
static void test_targz_zero_file_among_real_data(void **state)
{
    fx *f = *state;
    size_t noise_len = 4 * MIB, zeros = 4 * MIB, len, i;
    uint8_t *noise = malloc(noise_len), *z = calloc(1, zeros), *tgz;
    uint32_t seed = 7;
    tmember m[3];

    assert_non_null(noise);
    assert_non_null(z);
    for (i = 0; i < noise_len; i++) { /* incompressible */
        seed = seed * 1664525u + 1013904223u;
        noise[i] = (uint8_t)(seed >> 24);
    }
    m[0] = (tmember){"db.bin", noise, noise_len, 0, NULL};
    m[1] = (tmember){"swap.img", z, zeros, 0, NULL};
    m[2] = (tmember){"after.jsp", "later", 5, 0, NULL};
    tgz = build(&TGZ, m, 3, &len);
    assert_int_equal(collect(f, "backup.tgz", tgz, len), BS_WARN);
    free(tgz);
    free(z);
    free(noise);
    assert_non_null(find(f, "backup.tgz!db.bin"));
    assert_non_null(skipped(f, "backup.tgz!swap.img", "zip-bomb"));
    assert_content(find(f, "backup.tgz!after.jsp"), "later");
}

static void test_too_many_members(void **state)
{
    fx *f = *state;
    const tmember m[] = {{"1", "a", 1, 0, NULL}, {"2", "b", 1, 0, NULL}, {"3", "c", 1, 0, NULL},
                         {"4", "d", 1, 0, NULL}, {"5", "e", 1, 0, NULL}};
    size_t len;
    uint8_t *tar = build(&TAR, m, 5, &len);

    f->cfg.archive_max_members = 3;
    assert_int_equal(collect(f, "many.tar", tar, len), BS_WARN);
    free(tar);
    assert_int_equal(f->n_objs, 3);
    assert_null(find(f, "many.tar!4"));
    assert_non_null(skipped(f, "many.tar", "too-many-members"));
}

static void test_member_over_max_file_size(void **state)
{
    fx *f = *state;
    static char big[5000];
    const tmember m[] = {{"big.bin", big, sizeof(big), 0, NULL}, {"small.txt", "s", 1, 0, NULL}};
    size_t len;
    uint8_t *zip;

    memset(big, 'B', sizeof(big));
    zip = build(&TGZ, m, 2, &len);
    f->cfg.max_file_size = 1000;
    assert_int_equal(collect(f, "l.tgz", zip, len), BS_OK);
    free(zip);
    assert_null(find(f, "l.tgz!big.bin"));
    assert_non_null(find(f, "l.tgz!small.txt"));
    assert_non_null(skipped(f, "l.tgz!big.bin", "too-large"));
}

/* The byte budget belongs to the outermost archive and its nested ones. */
static void test_total_budget_shared_with_nested(void **state)
{
    fx *f = *state;
    static char a[30000], b[30000], c[30000];
    tmember ma = {"a.txt", a, sizeof(a), 0, NULL}, mb = {"b.txt", b, sizeof(b), 0, NULL};
    size_t l1, l2, lo;
    uint8_t *t1, *t2, *outer;
    tmember mo[3];

    memset(a, 'a', sizeof(a));
    memset(b, 'b', sizeof(b));
    memset(c, 'c', sizeof(c));
    t1 = build(&TAR, &ma, 1, &l1);
    t2 = build(&TAR, &mb, 1, &l2);
    mo[0] = (tmember){"inner1.tar", t1, l1, 0, NULL};
    mo[1] = (tmember){"inner2.tar", t2, l2, 0, NULL};
    mo[2] = (tmember){"c.txt", c, sizeof(c), 0, NULL};
    outer = build(&TAR, mo, 3, &lo);
    f->cfg.archive_max_total_bytes = 100000;
    assert_int_equal(collect(f, "o.tar", outer, lo), BS_WARN);
    assert_non_null(find(f, "o.tar!inner1.tar!a.txt"));
    assert_null(find(f, "o.tar!inner2.tar!b.txt"));
    assert_null(find(f, "o.tar!c.txt"));
    assert_non_null(skipped(f, "o.tar!inner2.tar", "too-large")); /* where it was hit */
    assert_non_null(skipped(f, "o.tar", "too-large"));            /* and the enclosing one */
    free(t1);
    free(t2);
    free(outer);
}

static void test_encrypted_zip(void **state)
{
    fx *f = *state;
    const archive_spec enc = {archive_write_set_format_zip, NULL, "zip:encryption=zipcrypt", "pw"};
    const tmember m[] = {{"secret.jsp", "<% x %>", 7, 0, NULL}};
    size_t len;
    uint8_t *zip = build(&enc, m, 1, &len);

    assert_int_equal(collect(f, "e.zip", zip, len), BS_WARN);
    free(zip);
    assert_int_equal(f->n_objs, 0);
    assert_non_null(skipped(f, "e.zip!secret.jsp", "encrypted"));
}

static void test_depth_checked_again(void **state)
{
    fx *f = *state;
    const tmember m[] = {{"a", "a", 1, 0, NULL}};
    size_t len;
    uint8_t *tar = build(&TAR, m, 1, &len);

    assert_int_equal(collect_at(f, "d.tar", "d.tar", tar, len, f->cfg.archive_depth), BS_WARN);
    free(tar);
    assert_int_equal(f->n_objs, 0);
    assert_non_null(skipped(f, "d.tar", "archive-depth"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_probe_formats),
        cmocka_unit_test_setup_teardown(test_zip_members, setup, teardown),
        cmocka_unit_test_setup_teardown(test_targz_times_owner, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nested_zip_in_targz_in_war, setup, teardown),
        cmocka_unit_test_setup_teardown(test_gzip_of_plain_text, setup, teardown),
        cmocka_unit_test_setup_teardown(test_non_utf8_member_name, setup, teardown),
        cmocka_unit_test_setup_teardown(test_utf8_flagged_zip_name, setup, teardown),
        cmocka_unit_test_setup_teardown(test_excluded_member, setup, teardown),
        cmocka_unit_test_setup_teardown(test_truncated_zip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_garbage_after_magic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_zip_bomb_member, setup, teardown),
        cmocka_unit_test_setup_teardown(test_targz_bomb_stops_container, setup, teardown),
        cmocka_unit_test_setup_teardown(test_targz_zero_file_among_real_data, setup, teardown),
        cmocka_unit_test_setup_teardown(test_too_many_members, setup, teardown),
        cmocka_unit_test_setup_teardown(test_member_over_max_file_size, setup, teardown),
        cmocka_unit_test_setup_teardown(test_total_budget_shared_with_nested, setup, teardown),
        cmocka_unit_test_setup_teardown(test_encrypted_zip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_depth_checked_again, setup, teardown),
    };

    return cmocka_run_group_tests_name("archive", tests, NULL, NULL);
}
