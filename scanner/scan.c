/*
 * scan.c - the scan pipeline.
 *
 *   producers (one per target, at most -j at once)
 *       collector->collect_path() --emit--> bounded queue
 *   workers (-j)
 *       pop object -> process_object():
 *           externals (+ md5 when a rule needs it) -> YARA -> IOCs
 *           -> hashes of objects with findings -> report
 *           -> nested container (image, archive): collect_object() with an
 *              emit that processes each member at once, in the same worker
 *
 * Nested containers are expanded by the worker that found them, never pushed
 * back into the queue, so a full queue cannot deadlock the workers.
 */
#include "scanner/scan.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "collectors/collector.h"
#include "matchers/externals.h"
#include "core/fileio.h"
#include "core/hash.h"
#include "matchers/ioc.h"
#include "core/limits.h"
#include "scanner/progress.h"
#include "scanner/queue.h"
#include "core/sigbus.h"
#include "matchers/yara_match.h"

#define BS_PROBE_HEAD 65536

struct bs_scan {
    const bs_config *cfg;
    bs_rules *rules;
    bs_iocs *iocs;
    bs_report *report;
    bs_queue *queue;
    unsigned pre_hashes; /* hashes every object needs before matching */
    int threads;
    bs_counters counters;

    pthread_mutex_t lock; /* guards the fields below */
    char *const *targets;
    int target_count, next_target;
    bool target_failed;
};

typedef struct worker {
    bs_scan *scan;
    bs_yara_worker *yara;
    pthread_t thread;
    bs_externals ext; /* the current object's; done with before nested members run */
} worker;

static double now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int online_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);

    return n > 0 ? (int)n : 1;
}

bs_status bs_scan_new(const bs_config *cfg, bs_rules_diag_fn diag, void *diag_arg, bs_scan **out,
                      bs_error *err)
{
    bs_scan *s = calloc(1, sizeof(*s));
    bs_status st;

    *out = NULL;
    if (!s) {
        bs_error_set(err, "scan", "out of memory");
        return BS_FATAL;
    }
    s->cfg = cfg;
    s->threads = cfg->threads > 0 ? cfg->threads : online_cores();
    pthread_mutex_init(&s->lock, NULL);
    st = bs_rules_load(&cfg->rule_paths, cfg->add_rules, diag, diag_arg, &s->rules, err);
    if (st == BS_OK)
        st = bs_iocs_load(&cfg->ioc_paths, &s->iocs, err);
    if (st == BS_OK && !(s->report = bs_report_new())) {
        bs_error_set(err, "scan", "out of memory");
        st = BS_FATAL;
    }
    if (st != BS_OK) {
        bs_scan_free(s);
        return st;
    }
    s->pre_hashes = bs_iocs_hash_algos(s->iocs) | (bs_rules_need_md5(s->rules) ? BS_HASH_MD5 : 0);
    bs_report_rules_info(s->report, bs_rules_file_count(s->rules), bs_rules_rule_count(s->rules),
                         bs_rules_sha256(s->rules));
    bs_report_set_config(s->report, cfg, s->threads);
    *out = s;
    return BS_OK;
}

void bs_scan_free(bs_scan *s)
{
    if (!s)
        return;
    bs_report_free(s->report);
    bs_iocs_free(s->iocs);
    bs_rules_free(s->rules);
    bs_queue_free(s->queue);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

bs_report *bs_scan_report(bs_scan *s)
{
    return s->report;
}

/* ---- workers ---- */

static void process_object(worker *w, bs_object *obj);

/* Too large to scan: file-name and hash IOCs still apply (sink.h). */
static void match_unscanned(void *arg, const bs_object *meta, const bs_hashes *hashes)
{
    const bs_scan *s = arg;

    bs_iocs_match_object(s->iocs, meta, hashes, s->report);
}

static bs_status emit_inline(bs_sink *sink, bs_object *obj)
{
    process_object(sink->arg, obj);
    return BS_OK;
}

/* Container inside an object: expand it here, within --archive-depth. */
static void expand_nested(worker *w, const bs_object *obj)
{
    const bs_config *cfg = w->scan->cfg;
    bs_sink sink = {.emit = emit_inline, .arg = w, .report = w->scan->report, .cfg = cfg,
                    .target = obj->target, .unscanned = match_unscanned,
                    .unscanned_arg = w->scan};

    for (int i = 0; bs_collectors[i]; i++) {
        const bs_collector *c = bs_collectors[i];
        const char *format = NULL;

        if (!c->probe_object || !c->collect_object)
            continue;
        if ((c == &bs_collector_archive && cfg->no_archives) ||
            (c == &bs_collector_image && cfg->no_images))
            continue;
        if (!c->probe_object(obj, &format))
            continue;
        if (obj->depth >= cfg->archive_depth) {
            char detail[96];

            snprintf(detail, sizeof(detail), "%s nested deeper than --archive-depth %d",
                     format ? format : c->name, cfg->archive_depth);
            bs_sink_skipped(&sink, obj->location, "archive-depth", detail);
            return;
        }
        c->collect_object(&sink, obj);
        return;
    }
}

/* hashes: what the IOC lists needed; completed here to all three, once. */
static void record_findings(worker *w, const bs_object *obj, bs_finding_list *found,
                            bs_hashes *hashes)
{
    bs_hashes_complete(hashes, obj->data, obj->len);
    for (int i = 0; i < found->count; i++) {
        found->items[i]->hashes = *hashes;
        bs_report_add_finding(w->scan->report, found->items[i]);
        found->items[i] = NULL;
    }
    __atomic_add_fetch(&w->scan->counters.findings, (uint64_t)found->count, __ATOMIC_RELAXED);
    found->count = 0;
}

static void process_object(worker *w, bs_object *obj)
{
    bs_scan *s = w->scan;
    bs_finding_list found = {0};
    bs_hashes pre = {{0}, {0}, {0}};
    bs_error err;

    if (obj->mapped)
        bs_sigbus_watch(obj->data, obj->len);
    bs_report_count(s->report, obj->target, BS_STAT_OBJECTS, 1);
    bs_report_count(s->report, obj->target, BS_STAT_BYTES, obj->len);
    if (obj->deleted)
        bs_report_count(s->report, obj->target, BS_STAT_DELETED, 1);
    __atomic_add_fetch(&s->counters.objects, 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&s->counters.bytes, obj->len, __ATOMIC_RELAXED);
    if (s->pre_hashes)
        bs_hash_buffer(obj->data, obj->len, s->pre_hashes, &pre);
    bs_externals_compute(obj, pre.md5, &w->ext);
    if (bs_yara_scan(w->yara, obj, &w->ext, &found, &err) != BS_OK)
        bs_report_add_error(s->report, obj->target, obj->location, err.stage, err.message);
    if (found.count) /* first: the IOC findings below then share the completed hashes */
        record_findings(w, obj, &found, &pre);
    bs_iocs_match_object(s->iocs, obj, &pre, s->report);
    bs_finding_list_release(&found);
    expand_nested(w, obj);
    if (obj->mapped && bs_sigbus_unwatch())
        bs_report_add_error(s->report, obj->target, obj->location, "read",
                            "file shrank while it was scanned; the missing bytes were read as "
                            "zeros");
    bs_object_free(obj);
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    bs_object *obj;

    while ((obj = bs_queue_pop(w->scan->queue))) {
        size_t len = obj->len;

        process_object(w, obj);
        bs_queue_done(w->scan->queue, len); /* its bytes leave the --memory-limit budget */
    }
    return NULL;
}

/* ---- producers ---- */

/* A producer's sink state: the scan, and how many objects this target gave. */
typedef struct producer_sink {
    bs_scan *scan;
    uint64_t emitted;
} producer_sink;

static bs_status emit_queue(bs_sink *sink, bs_object *obj)
{
    producer_sink *ps = sink->arg;

    ps->emitted++;
    return bs_queue_push(ps->scan->queue, obj) == 0 ? BS_OK : BS_FATAL;
}

/* sha256 of a file target, for --hash-evidence. */
static void hash_target(bs_scan *s, int t, const char *path)
{
    bs_hashes h;
    bs_error err;
    int fd = bs_open_evidence(AT_FDCWD, path, 0);

    if (fd < 0) {
        bs_report_add_error(s->report, t, path, "hash", strerror(errno));
        return;
    }
    if (bs_hash_fd(fd, BS_HASH_SHA256, &h, &err) == BS_OK)
        bs_report_target_sha256(s->report, t, h.sha256);
    else
        bs_report_add_error(s->report, t, path, err.stage, err.message);
    close(fd);
}

/* Picks the collector for a file target: an image, else the fs collector (archives included). */
static const bs_collector *classify_file(bs_scan *s, int t, const char *path, uint64_t size)
{
    uint8_t *head = malloc(BS_PROBE_HEAD);
    long n = head ? bs_read_head(path, head, BS_PROBE_HEAD) : -1;
    const bs_collector *chosen = &bs_collector_fs;
    const char *format = NULL;

    if (n >= 0 && !s->cfg->no_images && bs_collector_image.probe_path &&
        bs_collector_image.probe_path(path, head, (size_t)n, size, &format)) {
        bs_report_target_kind(s->report, t, "image");
        chosen = &bs_collector_image;
    } else if (n >= 0 && !s->cfg->no_archives) {
        bs_object probe = {.data = head, .len = (size_t)n, .path = (char *)path};

        if (bs_collector_archive.probe_object(&probe, &format)) {
            bs_report_target_kind(s->report, t, "archive");
            if (s->cfg->hash_evidence)
                hash_target(s, t, path);
        }
    }
    if (format)
        bs_report_target_format(s->report, t, format);
    free(head);
    return chosen;
}

/* A target of which nothing could be read: the scan exits 2 (DESIGN.md §3). */
static void mark_failed(bs_scan *s)
{
    pthread_mutex_lock(&s->lock);
    s->target_failed = true;
    pthread_mutex_unlock(&s->lock);
}

static void collect_target(bs_scan *s, int t, const char *given)
{
    producer_sink ps = {.scan = s};
    bs_sink sink = {.emit = emit_queue, .arg = &ps, .report = s->report, .cfg = s->cfg,
                    .target = t, .unscanned = match_unscanned, .unscanned_arg = s};
    const bs_collector *collector = &bs_collector_fs;
    char *resolved = realpath(given, NULL); /* top-level symlinks are followed */
    struct stat sb;
    bs_status st;

    if (!resolved || stat(resolved, &sb) != 0) {
        bs_report_add_error(s->report, t, given, "open", strerror(errno));
        mark_failed(s);
        free(resolved);
        return;
    }
    if (S_ISREG(sb.st_mode))
        bs_report_target_size(s->report, t, (uint64_t)sb.st_size);
    if (S_ISDIR(sb.st_mode))
        bs_report_target_kind(s->report, t, "directory");
    else if (S_ISREG(sb.st_mode))
        collector = classify_file(s, t, resolved, (uint64_t)sb.st_size);
    __atomic_store_n(&s->counters.target, given, __ATOMIC_RELAXED);
    st = collector->collect_path(&sink, resolved, given);
    if (st >= BS_FAILED && ps.emitted == 0 && bs_report_stat(s->report, t, BS_STAT_SKIPPED) == 0)
        mark_failed(s);
    free(resolved);
}

static void *producer_main(void *arg)
{
    bs_scan *s = arg;

    for (;;) {
        int t;

        pthread_mutex_lock(&s->lock);
        t = s->next_target < s->target_count ? s->next_target++ : -1;
        pthread_mutex_unlock(&s->lock);
        if (t < 0)
            break;
        collect_target(s, t, s->targets[t]);
    }
    return NULL;
}

/* ---- running ---- */

static int start_workers(bs_scan *s, worker *workers, bs_error *err)
{
    for (int i = 0; i < s->threads; i++) {
        workers[i].scan = s;
        workers[i].yara = bs_yara_worker_new(s->rules, s->cfg->timeout_s, err);
        if (!workers[i].yara || pthread_create(&workers[i].thread, NULL, worker_main,
                                               &workers[i]) != 0) {
            bs_yara_worker_free(workers[i].yara);
            return i;
        }
    }
    return s->threads;
}

bs_status bs_scan_run(bs_scan *s, char *const *targets, int count)
{
    int producers = count < s->threads ? count : s->threads;
    pthread_t *ptids = calloc((size_t)(producers ? producers : 1), sizeof(*ptids));
    worker *workers = calloc((size_t)s->threads, sizeof(*workers));
    double started = now_s();
    bs_progress *progress;
    bs_error err = {{0}, {0}};
    int started_workers, started_producers = 0;

    s->queue = bs_queue_new(BS_QUEUE_MAX_OBJECTS, (size_t)s->cfg->memory_limit);
    bs_sigbus_install();
    if (!ptids || !workers || !s->queue) {
        free(ptids);
        free(workers);
        bs_report_add_error(s->report, -1, "", "scan", "out of memory");
        return BS_FAILED;
    }
    s->targets = targets;
    s->target_count = count;
    for (int i = 0; i < count; i++)
        bs_report_add_target(s->report, targets[i], "file");
    progress = bs_progress_start(&s->counters, s->cfg->progress, s->cfg->verbosity);
    started_workers = start_workers(s, workers, &err);
    if (started_workers == 0) {
        bs_report_add_error(s->report, -1, "", err.stage[0] ? err.stage : "scan",
                            err.message[0] ? err.message : "cannot start worker threads");
        s->target_failed = true;
        bs_queue_close(s->queue);
    } else {
        for (; started_producers < producers; started_producers++)
            if (pthread_create(&ptids[started_producers], NULL, producer_main, s) != 0)
                break;
        if (started_producers == 0)
            producer_main(s);
        for (int i = 0; i < started_producers; i++)
            pthread_join(ptids[i], NULL);
        bs_queue_close(s->queue);
    }
    for (int i = 0; i < started_workers; i++) {
        pthread_join(workers[i].thread, NULL);
        bs_yara_worker_free(workers[i].yara);
    }
    bs_progress_stop(progress);
    bs_report_scan_times(s->report, started, now_s());
    bs_report_finish(s->report);
    free(ptids);
    free(workers);
    return s->target_failed ? BS_FAILED : BS_OK;
}
