/*
 * scan.c - the scan pipeline.
 *
 *   producers (one per target, at most -j at once)
 *       collector->collect_path() --emit--> bounded queue
 *   workers (-j)
 *       pop object -> process_object():
 *           the hashes the matchers asked for -> every enabled matcher
 *           (matchers/matcher.h: yara, iocs, ...) -> all three hashes of
 *           objects with findings -> report
 *           -> derived objects a matcher handed back (decoded layers), each
 *              processed the same way, depth bounded
 *           -> nested container (image, archive): collect_object() with an
 *              emit that processes each member at once, in the same worker
 *   end: every matcher's finish() (cross-object work), then the report is
 *        sorted and numbered
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
#include "core/fileio.h"
#include "core/hash.h"
#include "core/limits.h"
#include "core/sigbus.h"
#include "core/vec.h"
#include "matchers/matcher.h"
#include "scanner/interrupt.h"
#include "scanner/progress.h"
#include "scanner/queue.h"

/* A matcher the options left on, with its per-scan state. */
typedef struct loaded_matcher {
    const bs_matcher *m;
    void *state;
} loaded_matcher;

struct bs_scan {
    const bs_config *cfg;
    loaded_matcher matchers[BS_MATCHERS_MAX];
    int n_matchers;
    bs_report *report;
    bs_queue *queue;
    unsigned pre_hashes; /* hashes every object needs before matching */
    int threads;
    bs_counters counters;
    bs_scan_found_fn on_found; /* may be NULL */
    void *on_found_arg;

    pthread_mutex_t lock; /* guards the fields below */
    char *const *targets;
    int target_count, next_target;
    bool target_failed;
};

typedef struct worker {
    bs_scan *scan;
    void *mstate[BS_MATCHERS_MAX]; /* each matcher's worker state */
    pthread_t thread;
} worker;

static double now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Loads every matcher the options leave on (BS_FATAL + err on a bad rule or IOC file). */
static bs_status load_matchers(bs_scan *s, bs_rules_diag_fn diag, void *diag_arg, bs_error *err)
{
    bs_matcher_env env = {.cfg = s->cfg, .diag = diag, .diag_arg = diag_arg, .report = s->report};

    for (int i = 0; bs_matchers[i]; i++) {
        const bs_matcher *m = bs_matchers[i];
        loaded_matcher *lm = &s->matchers[s->n_matchers];
        bs_status st;

        if (m->enabled && !m->enabled(s->cfg))
            continue;
        if (s->n_matchers == BS_MATCHERS_MAX) {
            bs_error_set(err, "scan", "more than %d matchers", BS_MATCHERS_MAX);
            return BS_FATAL;
        }
        lm->m = m;
        if (m->load && (st = m->load(&env, &lm->state, err)) != BS_OK)
            return st;
        s->n_matchers++;
        if (m->hash_algos)
            s->pre_hashes |= m->hash_algos(lm->state);
    }
    return BS_OK;
}

bs_status bs_scan_new(const bs_config *cfg, bs_rules_diag_fn diag, void *diag_arg, bs_scan **out,
                      bs_error *err)
{
    bs_scan *s = calloc(1, sizeof(*s));
    bs_status st = BS_OK;

    *out = NULL;
    if (!s) {
        bs_error_set(err, "scan", "out of memory");
        return BS_FATAL;
    }
    s->cfg = cfg;
    s->threads = bs_config_workers(cfg);
    pthread_mutex_init(&s->lock, NULL);
    if (!(s->report = bs_report_new())) {
        bs_error_set(err, "scan", "out of memory");
        st = BS_FATAL;
    }
    if (st == BS_OK)
        st = load_matchers(s, diag, diag_arg, err);
    if (st != BS_OK) {
        bs_scan_free(s);
        return st;
    }
    bs_report_set_config(s->report, cfg, s->threads);
    bs_report_set_finding_limit(s->report, cfg->max_findings_per_rule, cfg->max_findings);
    *out = s;
    return BS_OK;
}

void bs_scan_free(bs_scan *s)
{
    if (!s)
        return;
    bs_report_free(s->report);
    for (int i = 0; i < s->n_matchers; i++)
        if (s->matchers[i].m->free)
            s->matchers[i].m->free(s->matchers[i].state);
    bs_queue_free(s->queue);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

void bs_scan_on_found(bs_scan *s, bs_scan_found_fn fn, void *arg)
{
    s->on_found = fn;
    s->on_found_arg = arg;
}

bs_report *bs_scan_report(bs_scan *s)
{
    return s->report;
}

/* ---- workers ---- */

static void process_object(worker *w, bs_object *obj);

/* Derived objects (decoded layers) handed back by matchers for one object. */
typedef struct children {
    bs_match_output out;
    worker *w;
    bs_object **items;
    size_t count, cap;
    bool dropped; /* a child past the depth or count limit */
} children;

static void keep_child(bs_match_output *out, bs_object *child)
{
    children *c = out->child_arg;

    if (child->layer > BS_DERIVED_MAX_DEPTH ||
        bs_grow(&c->items, &c->cap, c->count, sizeof(*c->items), BS_DERIVED_PER_OBJECT_MAX) !=
            BS_GROW_OK) {
        c->dropped = true;
        bs_object_free(child);
        return;
    }
    c->items[c->count++] = child;
}

/* hashes: what the matchers needed; completed here to all three, once, when content is here. */
static void record_findings(worker *w, const bs_object *obj, bs_finding_list *found,
                            bs_hashes *hashes, bool content)
{
    if (obj->window)
        *hashes = obj->file_hashes; /* a window's own digests would name no file */
    else if (content)
        bs_hashes_complete(hashes, obj->data, obj->len);
    for (int i = 0; i < found->count; i++) {
        found->items[i]->hashes = *hashes;
        if (w->scan->on_found)
            w->scan->on_found(w->scan->on_found_arg, found->items[i]);
        bs_report_add_finding(w->scan->report, found->items[i]);
        found->items[i] = NULL;
    }
    __atomic_add_fetch(&w->scan->counters.findings, (uint64_t)found->count, __ATOMIC_RELAXED);
    found->count = 0;
}

/*
 * Runs every loaded matcher that takes this kind of object (content, or
 * metadata only for a file too large to scan), records the findings, then
 * processes the derived objects they handed back.
 */
static void run_matchers(worker *w, const bs_object *obj, bs_hashes *hashes, bool content)
{
    bs_scan *s = w->scan;
    bs_finding_list found = {0};
    children kids = {.out = {.findings = &found, .child = keep_child}, .w = w};
    bs_match_input in = {.obj = obj, .hashes = hashes, .content = content};
    bs_error err;

    kids.out.child_arg = &kids;
    for (int i = 0; i < s->n_matchers; i++) {
        const bs_matcher *m = s->matchers[i].m;

        if (!(m->flags & (content ? BS_MATCHER_CONTENT : BS_MATCHER_METADATA)))
            continue;
        if (obj->window && (m->flags & BS_MATCHER_METADATA))
            continue; /* file-name and hash IOCs saw the whole file before its windows */
        bs_error_clear(&err);
        if (m->match(w->mstate[i], &in, &kids.out, &err) != BS_OK)
            bs_report_add_error(s->report, obj->target, obj->location,
                                err.stage[0] ? err.stage : m->name,
                                err.message[0] ? err.message : "matcher failed");
    }
    if (found.count)
        record_findings(w, obj, &found, hashes, content);
    bs_finding_list_release(&found);
    if (kids.dropped)
        bs_report_add_skipped(s->report, obj->target, obj->location, "derived-limit",
                              "decoded layers beyond the depth or count limit were not scanned",
                              NULL);
    for (size_t i = 0; i < kids.count; i++)
        process_object(w, kids.items[i]);
    free(kids.items);
}

/* Too large to scan: the metadata matchers (file-name and hash IOCs) still apply (sink.h). */
static void match_unscanned(void *arg, const bs_object *meta, const bs_hashes *hashes)
{
    worker *w = arg;
    bs_hashes none = {{0}, {0}, {0}};
    bs_hashes h = hashes ? *hashes : none;

    run_matchers(w, meta, &h, false);
}

static bs_status emit_inline(bs_sink *sink, bs_object *obj)
{
    if (bs_interrupted()) { /* stop expanding: the report is written with what we have */
        bs_object_free(obj);
        return BS_FATAL;
    }
    process_object(sink->arg, obj);
    return BS_OK;
}

/* Container inside an object: expand it here, within --archive-depth. */
static void expand_nested(worker *w, const bs_object *obj)
{
    const bs_config *cfg = w->scan->cfg;
    bs_sink sink = {.emit = emit_inline, .arg = w, .report = w->scan->report, .cfg = cfg,
                    .target = obj->target, .unscanned = match_unscanned, .unscanned_arg = w};

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

static void process_object(worker *w, bs_object *obj)
{
    bs_scan *s = w->scan;
    bs_hashes pre = {{0}, {0}, {0}};

    if (obj->mapped)
        bs_sigbus_watch(obj->data, obj->len);
    if (obj->layer == 0) { /* a decoded layer is not another file, nor a log's next window */
        unsigned files = !obj->window || obj->win_offset == 0;

        bs_report_count(s->report, obj->target, BS_STAT_OBJECTS, files);
        bs_report_count(s->report, obj->target, BS_STAT_BYTES, obj->len);
        if (obj->deleted)
            bs_report_count(s->report, obj->target, BS_STAT_DELETED, files);
        __atomic_add_fetch(&s->counters.objects, files, __ATOMIC_RELAXED);
        __atomic_add_fetch(&s->counters.bytes, obj->len, __ATOMIC_RELAXED);
    }
    if (s->pre_hashes && !obj->window)
        bs_hash_buffer(obj->data, obj->len, s->pre_hashes, &pre);
    run_matchers(w, obj, &pre, true);
    if (obj->layer == 0 && !obj->window)
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

        if (bs_interrupted()) /* drain without scanning, so producers unblock */
            bs_object_free(obj);
        else
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

    if (bs_interrupted()) {
        bs_object_free(obj);
        return BS_FATAL;
    }
    ps->emitted++;
    return bs_queue_push(ps->scan->queue, obj) == 0 ? BS_OK : BS_FATAL;
}

static bs_status room_queue(bs_sink *sink, size_t bytes)
{
    producer_sink *ps = sink->arg;

    if (bs_interrupted())
        return BS_FATAL;
    return bs_queue_wait_room(ps->scan->queue, bytes) == 0 ? BS_OK : BS_FATAL;
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

/* A target of which nothing could be read: the scan exits 2 (docs/ARCHITECTURE.md, "Errors and exit status"). */
static void mark_failed(bs_scan *s)
{
    pthread_mutex_lock(&s->lock);
    s->target_failed = true;
    pthread_mutex_unlock(&s->lock);
}

/* pw: the producer's own matcher states, for files too large to queue. */
static void collect_target(bs_scan *s, worker *pw, int t, const char *given)
{
    producer_sink ps = {.scan = s};
    bs_sink sink = {.emit = emit_queue, .arg = &ps, .report = s->report, .cfg = s->cfg,
                    .target = t, .unscanned = match_unscanned, .unscanned_arg = pw,
                    .wait_room = room_queue};
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

/* ---- matcher states of a thread ---- */

static void worker_release(worker *w)
{
    for (int i = 0; i < w->scan->n_matchers; i++) {
        const bs_matcher *m = w->scan->matchers[i].m;

        if (m->worker_free && w->mstate[i])
            m->worker_free(w->mstate[i]);
        w->mstate[i] = NULL;
    }
}

static bs_status worker_init(bs_scan *s, worker *w, bs_error *err)
{
    w->scan = s;
    for (int i = 0; i < s->n_matchers; i++) {
        const bs_matcher *m = s->matchers[i].m;

        if (m->worker_new && !(w->mstate[i] = m->worker_new(s->matchers[i].state, err))) {
            worker_release(w);
            return BS_FAILED;
        }
    }
    return BS_OK;
}

static void *producer_main(void *arg)
{
    bs_scan *s = arg;
    worker pw = {0};
    bs_error err = {{0}, {0}};

    if (worker_init(s, &pw, &err) != BS_OK) {
        bs_report_add_error(s->report, -1, "", err.stage, err.message);
        mark_failed(s);
        return NULL;
    }
    for (;;) {
        int t;

        pthread_mutex_lock(&s->lock);
        t = s->next_target < s->target_count ? s->next_target++ : -1;
        pthread_mutex_unlock(&s->lock);
        if (t < 0 || bs_interrupted())
            break;
        collect_target(s, &pw, t, s->targets[t]);
    }
    worker_release(&pw);
    return NULL;
}

/* ---- running ---- */

static int start_workers(bs_scan *s, worker *workers, bs_error *err)
{
    for (int i = 0; i < s->threads; i++) {
        if (worker_init(s, &workers[i], err) != BS_OK)
            return i;
        if (pthread_create(&workers[i].thread, NULL, worker_main, &workers[i]) != 0) {
            worker_release(&workers[i]);
            return i;
        }
    }
    return s->threads;
}

/* Cross-object work of every matcher, once all objects are in. */
static void finish_matchers(bs_scan *s)
{
    for (int i = 0; i < s->n_matchers; i++)
        if (s->matchers[i].m->finish)
            s->matchers[i].m->finish(s->matchers[i].state, s->report);
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

    s->queue = bs_queue_new(BS_QUEUE_MAX_OBJECTS, (size_t)bs_config_content_budget(s->cfg));
    bs_sigbus_install();
    bs_interrupt_install();
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
        worker_release(&workers[i]);
    }
    bs_report_merge_windows(s->report); /* also ends --max-findings-per-rule */
    bs_report_apply_suppressions(s->report); /* suppressed files count in no total */
    finish_matchers(s);
    bs_progress_stop(progress);
    if (bs_interrupted()) {
        char msg[96];

        snprintf(msg, sizeof(msg), "scan interrupted by signal %d: the report holds what was "
                                   "found until then", bs_interrupt_signal());
        bs_report_add_error(s->report, -1, "", "interrupt", msg);
        bs_report_set_interrupted(s->report);
    }
    bs_report_scan_times(s->report, started, now_s());
    bs_report_finish(s->report);
    bs_interrupt_uninstall();
    free(ptids);
    free(workers);
    return s->target_failed ? BS_FAILED : BS_OK;
}
