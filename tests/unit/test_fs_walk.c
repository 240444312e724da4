/*
 * test_fs_walk.c - unit tests of the directory walk's order (collectors/fs.c,
 * collectors/fs_large.c): with more than one worker a directory target's
 * largest files are read first, largest first, each once, and the walk
 * reports what it does not read exactly once.
 *
 * The tree is made in a temporary directory at test time; the fs collector
 * runs against a test sink that records the order of what it emits.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <cjson/cJSON.h>

#include "collectors/collector.h"
#include "collectors/fs_large.h"
#include "core/fileio.h"
#include "core/limits.h"
#include "report/model.h"

#define KIB 1024

typedef struct fx {
    char root[64];
    bs_config cfg;
    bs_report *report;
    bs_sink sink;
    char **order; /* locations, as emitted */
    size_t n;
    cJSON *doc;
} fx;

static bs_status record_emit(bs_sink *sink, bs_object *obj)
{
    fx *f = sink->arg;

    f->order = realloc(f->order, (f->n + 1) * sizeof(*f->order));
    assert_non_null(f->order);
    f->order[f->n] = strdup(obj->location);
    assert_non_null(f->order[f->n]);
    f->n++;
    bs_object_free(obj);
    return BS_OK;
}

static void make_file(const fx *f, const char *rel, size_t size)
{
    char path[512];
    FILE *fp;

    snprintf(path, sizeof(path), "%s/%s", f->root, rel);
    for (char *p = strchr(path + strlen(f->root) + 1, '/'); p; p = strchr(p + 1, '/')) {
        *p = '\0';
        mkdir(path, 0755);
        *p = '/';
    }
    fp = fopen(path, "wb");
    assert_non_null(fp);
    for (size_t i = 0; i < size; i++)
        fputc('a' + (int)(i % 26), fp);
    fclose(fp);
}

/* The tree: large files spread so that the walk would meet them in no useful order. */
static int setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));

    assert_non_null(f);
    snprintf(f->root, sizeof(f->root), "/tmp/bs-fswalk-XXXXXX");
    if (getenv("TMPDIR"))
        snprintf(f->root, sizeof(f->root), "%s/bs-fswalk-XXXXXX", getenv("TMPDIR"));
    assert_non_null(mkdtemp(f->root));
    make_file(f, "a/small.php", 10);
    make_file(f, "a/b/c/mid.js", 2 * KIB * KIB);
    make_file(f, "m/big.log", 3 * KIB * KIB);
    make_file(f, "z/y/x/last.bin", 1536 * KIB);
    make_file(f, "z/under.txt", BS_LARGE_FIRST_MIN_BYTES - 1);
    make_file(f, "skip/excluded.dat", 4 * KIB * KIB);  /* --exclude */
    make_file(f, "d1/d2/d3/d4/deep.dat", 5 * KIB * KIB); /* below --max-depth 3 */
    make_file(f, "huge/over.bin", 6 * KIB * KIB);      /* over --max-file-size */
    assert_int_equal(chdir(f->root), 0);
    assert_int_equal(symlink("m/big.log", "link.log"), 0); /* not followed */
    bs_config_init(&f->cfg);
    f->cfg.max_depth = 3;
    f->cfg.max_file_size = 5 * KIB * KIB + 1;
    assert_int_equal(bs_strlist_add(&f->cfg.excludes, "/skip/*"), 0);
    f->report = bs_report_new();
    assert_non_null(f->report);
    assert_int_equal(bs_report_add_target(f->report, f->root, "directory"), 0);
    f->sink = (bs_sink){.emit = record_emit, .arg = f, .report = f->report, .cfg = &f->cfg};
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    char cmd[128];

    for (size_t i = 0; i < f->n; i++)
        free(f->order[i]);
    free(f->order);
    cJSON_Delete(f->doc);
    bs_report_free(f->report);
    bs_config_release(&f->cfg);
    assert_int_equal(chdir("/"), 0);
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->root);
    assert_int_equal(system(cmd), 0);
    free(f);
    return 0;
}

static void walk(fx *f, int threads)
{
    f->cfg.threads = threads;
    assert_int_equal(bs_collector_fs.collect_path(&f->sink, f->root, "root"), BS_OK);
    bs_report_set_config(f->report, &f->cfg, threads);
    bs_report_finish(f->report);
    f->doc = bs_report_to_json(f->report);
    assert_non_null(f->doc);
}

static size_t position(const fx *f, const char *location)
{
    size_t at = f->n, count = 0;

    for (size_t i = 0; i < f->n; i++)
        if (strcmp(f->order[i], location) == 0) {
            at = i;
            count++;
        }
    assert_true(count <= 1); /* never read twice */
    return at;
}

/* How many skipped[] entries at location have this reason. */
static int n_skipped(const fx *f, const char *location, const char *reason)
{
    const cJSON *it;
    int n = 0;

    cJSON_ArrayForEach(it, cJSON_GetObjectItem(f->doc, "skipped"))
    {
        const char *loc = cJSON_GetStringValue(cJSON_GetObjectItem(it, "location"));
        const char *why = cJSON_GetStringValue(cJSON_GetObjectItem(it, "reason"));

        n += loc && why && strcmp(loc, location) == 0 && strcmp(why, reason) == 0;
    }
    return n;
}

static void assert_same_files_and_entries(const fx *f)
{
    assert_int_equal(f->n, 5);
    assert_true(position(f, "root/a/small.php") < f->n);
    assert_true(position(f, "root/z/under.txt") < f->n);
    assert_int_equal(position(f, "root/skip/excluded.dat"), f->n);
    assert_int_equal(position(f, "root/d1/d2/d3/d4/deep.dat"), f->n);
    assert_int_equal(position(f, "root/link.log"), f->n);
    assert_int_equal(n_skipped(f, "root/skip/excluded.dat", "excluded"), 1);
    assert_int_equal(n_skipped(f, "root/d1/d2/d3/d4", "depth"), 1);
    assert_int_equal(n_skipped(f, "root/link.log", "symlink"), 1);
    assert_int_equal(n_skipped(f, "root/huge/over.bin", "too-large"), 1);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(f->doc, "errors")), 0);
}

static void test_largest_first_with_workers(void **state)
{
    fx *f = *state;

    walk(f, BS_LARGE_FIRST_MIN_WORKERS);
    assert_same_files_and_entries(f);
    assert_int_equal(position(f, "root/m/big.log"), 0);
    assert_int_equal(position(f, "root/a/b/c/mid.js"), 1);
    assert_int_equal(position(f, "root/z/y/x/last.bin"), 2);
}

static void test_walk_order_with_few_workers(void **state)
{
    fx *f = *state;

    walk(f, BS_LARGE_FIRST_MIN_WORKERS - 1);
    assert_same_files_and_entries(f);
    /* fewer workers: no survey, the walk's own order */
    assert_true(position(f, "root/m/big.log") < f->n);
}

/*
 * What the walk read ahead is opened again by its path below the target:
 * through no link, never outside the target (a tree changed since the
 * survey cannot redirect the read).
 */
static void test_open_beneath(void **state)
{
    fx *f = *state;
    int root = open(f->root, O_RDONLY | O_DIRECTORY);
    int fd;

    assert_true(root >= 0);
    assert_int_equal(symlink("m", "via-link"), 0);
    fd = bs_open_evidence_beneath(root, "/m/big.log");
    assert_true(fd >= 0);
    close(fd);
    fd = bs_open_evidence_beneath(root, "m/../m/big.log");
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(bs_open_evidence_beneath(root, "link.log"), -1);     /* final link */
    assert_int_equal(bs_open_evidence_beneath(root, "via-link/big.log"), -1); /* link on the way */
    assert_int_equal(bs_open_evidence_beneath(root, "../etc/passwd"), -1);   /* outside */
    close(root);
}

static void test_list_keeps_largest(void **state)
{
    bs_large_list l;
    static const uint64_t sizes[] = {5, 9, 1, 7, 9, 3, 8, 2};
    char loc[16];

    (void)state;
    bs_large_init(&l, 4);
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        snprintf(loc, sizeof(loc), "f%zu", i);
        assert_true(bs_large_note(&l, loc, loc, sizes[i], 1, i));
    }
    assert_int_equal(l.n, 4);
    bs_large_by_size(&l);
    assert_string_equal(l.v[0].location, "f1"); /* 9, and f1 < f4 */
    assert_string_equal(l.v[1].location, "f4");
    assert_string_equal(l.v[2].location, "f6"); /* 8 */
    assert_string_equal(l.v[3].location, "f3"); /* 7 */
    l.v[0].read = l.v[2].read = true;
    bs_large_keep_read(&l);
    assert_int_equal(l.n, 2);
    assert_true(bs_large_was_read(&l, "f1"));
    assert_true(bs_large_was_read(&l, "f6"));
    assert_false(bs_large_was_read(&l, "f4"));
    assert_false(bs_large_was_read(NULL, "f1"));
    bs_large_free(&l);
    /* at equal sizes the first in location order is kept, whatever the order noted */
    static const char *const orders[2][3] = {{"b", "c", "a"}, {"c", "a", "b"}};
    for (int k = 0; k < 2; k++) {
        bs_large_init(&l, 2);
        for (int i = 0; i < 3; i++)
            assert_true(bs_large_note(&l, orders[k][i], orders[k][i], 5, 1, (uint64_t)i));
        bs_large_by_size(&l);
        assert_string_equal(l.v[0].location, "a");
        assert_string_equal(l.v[1].location, "b");
        bs_large_free(&l);
    }
    bs_large_init(&l, 0); /* keeps nothing */
    assert_true(bs_large_note(&l, "x", "x", 10, 1, 1));
    assert_int_equal(l.n, 0);
    bs_large_free(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_largest_first_with_workers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_walk_order_with_few_workers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_beneath, setup, teardown),
        cmocka_unit_test(test_list_keeps_largest),
    };

    return cmocka_run_group_tests_name("fs_walk", tests, NULL, NULL);
}
