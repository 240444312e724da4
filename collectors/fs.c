/*
 * fs.c - the file-system collector: walks a directory tree (or takes one
 * file) with openat/fdopendir, never follows symlinks, reports what it does
 * not read (symlinks, FIFOs, devices, sockets, loops, too-large files) and
 * reads regular files read-only, O_NOATIME where permitted.
 *
 * The walk is iterative (an explicit stack of open directories, one per
 * level); files are opened relative to their directory's descriptor, so a
 * path may exceed PATH_MAX.  Every entry is stat'ed by name (without
 * following a link) before anything opens it: only what the inode says is a
 * regular file or a directory is opened, never a FIFO or a device, whatever
 * readdir's d_type claims (it can be stale, or forged on a crafted disk).
 * Limits: --max-depth (BS_WALK_MAX_DEPTH) levels, BS_PATH_MAX_BYTES bytes of
 * location; what lies beyond is listed in skipped[] ("depth", "path-length").
 *
 * With several workers (BS_LARGE_FIRST_MIN_WORKERS), a directory target's
 * largest files are read first (fs_large.h): a survey walk, names and sizes only and recording
 * nothing, finds them; they are opened below the target with openat2 (no
 * link followed), checked to be the file surveyed, and read; the real walk
 * then passes over them.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "report/model.h"
#include "core/fileio.h"
#include "core/limits.h"
#include "core/vec.h"
#include "collectors/collector.h"
#include "collectors/fs_large.h"
#include "collectors/logwin.h"

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

/* One open directory on the current path: the walk's explicit stack. */
typedef struct frame {
    DIR *dir;
    char *location, *path; /* owned */
    dir_id id;
} frame;

/*
 * The walk is iterative: the stack holds one open directory per level, so
 * C stack use is constant and depth is bounded by cfg->max_depth (and open
 * descriptors), never by recursion.  A directory is read as a stream, never
 * listed whole, so a directory of a million entries costs one dirent.
 */
typedef struct walk {
    bs_sink *sink;
    frame *stack;
    size_t depth, cap;
    size_t max_depth;
    bool stop;                 /* sink said BS_FATAL */
    bs_large_list *survey;     /* a survey: regular files are noted here, not read */
    size_t surveyed;           /* entries the survey has seen */
    struct timespec deadline;  /* the survey stops here (CLOCK_MONOTONIC) */
    const bs_large_list *read; /* files read ahead of this walk */
} walk;

static bs_time statx_time(const struct statx_timestamp *ts)
{
    bs_time t = {ts->tv_sec, (int32_t)ts->tv_nsec, true};

    return t;
}

/* "<root>/<rel>" without doubling the slash. */
static char *join_path(const char *a, const char *b)
{
    size_t la = strlen(a);
    size_t n = la + strlen(b) + 2;
    char *s = malloc(n);

    if (!s)
        return NULL;
    if (la > 0 && a[la - 1] == '/')
        snprintf(s, n, "%s%s", a, b);
    else
        snprintf(s, n, "%s/%s", a, b);
    return s;
}

static void fill_metadata(bs_object *obj, const struct statx *sx)
{
    obj->size = sx->stx_size;
    obj->inode = sx->stx_ino;
    obj->has_inode = true;
    obj->mode = sx->stx_mode;
    obj->has_mode = true;
    bs_object_set_owner_uid(obj, sx->stx_uid);
    obj->mtime = statx_time(&sx->stx_mtime);
    obj->atime = statx_time(&sx->stx_atime);
    obj->ctime = statx_time(&sx->stx_ctime);
    /* a birth time of 0 is "not recorded" (files unpacked by some image builders), not 1970 */
    if ((sx->stx_mask & STATX_BTIME) && (sx->stx_btime.tv_sec || sx->stx_btime.tv_nsec))
        obj->crtime = statx_time(&sx->stx_btime);
}

/*
 * A file over --max-file-size: hashed (streamed) up to --hash-max-size,
 * listed in skipped, not scanned; file-name and hash IOCs still see it
 * (bs_sink_too_large).
 */
static void skip_too_large(bs_sink *sink, int fd, const bs_object *meta)
{
    bs_hashes hashes;
    bs_error err;
    char detail[160];

    snprintf(detail, sizeof(detail), "%llu bytes > --max-file-size %llu",
             (unsigned long long)meta->size, (unsigned long long)sink->cfg->max_file_size);
    if (meta->size > sink->cfg->hash_max_size) {
        snprintf(detail, sizeof(detail),
                 "%llu bytes > --max-file-size %llu; not hashed (> --hash-max-size %llu)",
                 (unsigned long long)meta->size, (unsigned long long)sink->cfg->max_file_size,
                 (unsigned long long)sink->cfg->hash_max_size);
        bs_sink_too_large(sink, meta, detail, NULL);
        return;
    }
    if (bs_hash_fd(fd, BS_HASH_ALL, &hashes, &err) != BS_OK) {
        bs_sink_error(sink, meta->location, err.stage, "%s", err.message);
        bs_sink_too_large(sink, meta, detail, NULL);
        return;
    }
    bs_sink_too_large(sink, meta, detail, &hashes);
}

static ssize_t pread_at(void *arg, uint64_t off, uint8_t *buf, size_t len)
{
    return pread(*(const int *)arg, buf, len, (off_t)off);
}

/*
 * Content of an open regular file: mapped when large (no copy, see
 * sigbus.h), read into memory when small.  A file that grew past
 * --max-file-size since stat() is handed to skip_too_large (BS_WARN).
 */
static bs_status load_content(bs_sink *sink, int fd, bs_object *obj)
{
    uint8_t *data = NULL;
    size_t len = 0;
    bs_error err;

    if (obj->size >= BS_MAP_MIN_BYTES && bs_map_file(fd, (size_t)obj->size, &data, &err) == BS_OK) {
        bs_object_set_mapped(obj, data, (size_t)obj->size);
        return BS_OK;
    }
    if (bs_read_regular(fd, obj->size, sink->cfg->max_file_size, &data, &len, &err) == BS_OK) {
        bs_object_set_data(obj, data, len);
        return BS_OK;
    }
    if (strcmp(err.stage, "too-large") == 0 && lseek(fd, 0, SEEK_SET) == 0) {
        skip_too_large(sink, fd, obj);
        return BS_WARN;
    }
    bs_sink_error(sink, obj->location, err.stage, "%s", err.message);
    return BS_FAILED;
}

/* Reads one regular file, open as fd (closed here), and emits it. */
static bs_status collect_open(bs_sink *sink, int fd, const char *location, const char *path,
                              const struct statx *sx)
{
    bs_object *obj;
    bs_status st;

    obj = bs_object_new(sink->target, location, path);
    if (!obj) {
        close(fd);
        bs_sink_error(sink, location, "read", "out of memory");
        return BS_FAILED;
    }
    fill_metadata(obj, sx);
    if (obj->size > sink->cfg->max_file_size && bs_logwin_wanted(sink, obj, pread_at, &fd)) {
        st = bs_logwin_read(sink, obj, pread_at, &fd); /* a log: read in windows */
        close(fd);
        bs_object_free(obj);
        return st;
    }
    if (obj->size > sink->cfg->max_file_size) {
        skip_too_large(sink, fd, obj);
        st = BS_WARN;
    } else {
        st = load_content(sink, fd, obj);
    }
    close(fd);
    if (st != BS_OK) {
        bs_object_free(obj);
        return st == BS_WARN ? BS_OK : BS_FAILED;
    }
    return sink->emit(sink, obj);
}

/* Reads one regular file (dirfd/name) and emits it. */
static bs_status collect_file(bs_sink *sink, int dirfd, const char *name, const char *location,
                              const char *path, const struct statx *sx)
{
    int fd = bs_open_evidence(dirfd, name, 0);

    if (fd < 0) {
        bs_sink_error(sink, location, "open", "%s", strerror(errno));
        return BS_FAILED;
    }
    return collect_open(sink, fd, location, path, sx);
}

static const char *special_reason(mode_t mode)
{
    if (S_ISFIFO(mode))
        return "fifo";
    if (S_ISSOCK(mode))
        return "socket";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "device";
    return "special-file";
}

static void skip_symlink(walk *w, int dirfd, const char *name, const char *location)
{
    char target[1024];
    ssize_t n = readlinkat(dirfd, name, target, sizeof(target) - 1);
    char detail[1100];

    if (n < 0)
        n = 0;
    target[n] = '\0';
    snprintf(detail, sizeof(detail), "not followed: -> %s", target);
    bs_sink_skipped(w->sink, location, "symlink", detail);
}

static bool is_ancestor(const walk *w, const struct statx *sx)
{
    dev_t dev = makedev(sx->stx_dev_major, sx->stx_dev_minor);

    for (size_t i = 0; i < w->depth; i++)
        if (w->stack[i].id.ino == sx->stx_ino && w->stack[i].id.dev == dev)
            return true;
    return false;
}

/*
 * Opens a directory and pushes it on the walk's stack.  Takes ownership of
 * location and path in all cases.  Loops and directories below
 * cfg->max_depth are listed in skipped[], not entered.
 */
static void push_dir(walk *w, int dirfd, const char *name, char *location, char *path,
                     const struct statx *sx)
{
    char detail[96];
    int fd = -1;
    DIR *dir;

    if (is_ancestor(w, sx)) {
        bs_sink_skipped(w->sink, location, "loop", "directory already on the current path");
        goto out;
    }
    if (w->depth > w->max_depth) { /* the target directory is level 0 */
        snprintf(detail, sizeof(detail), "directory nested deeper than --max-depth %zu; not entered",
                 w->max_depth);
        bs_sink_skipped(w->sink, location, "depth", detail);
        goto out;
    }
    if (bs_grow(&w->stack, &w->cap, w->depth, sizeof(*w->stack), w->max_depth + 1) != BS_GROW_OK) {
        bs_sink_error(w->sink, location, "walk", "out of memory");
        goto out;
    }
    fd = bs_open_evidence(dirfd, name, O_DIRECTORY);
    if (fd < 0) {
        bs_sink_error(w->sink, location, "open", "%s", strerror(errno));
        goto out;
    }
    dir = fdopendir(fd);
    if (!dir) {
        bs_sink_error(w->sink, location, "opendir", "%s", strerror(errno));
        close(fd);
        goto out;
    }
    w->stack[w->depth++] = (frame){.dir = dir, .location = location, .path = path,
                                   .id = {makedev(sx->stx_dev_major, sx->stx_dev_minor),
                                          sx->stx_ino}};
    return;
out:
    free(location);
    free(path);
}

static void pop_dir(walk *w)
{
    frame *f = &w->stack[--w->depth];

    closedir(f->dir);
    free(f->location);
    free(f->path);
}

/* The survey notes a file that could be among the largest; what it cannot read is left to the walk. */
static void survey_file(walk *w, const char *location, const char *path, const struct statx *sx)
{
    if (sx->stx_size >= BS_LARGE_FIRST_MIN_BYTES && sx->stx_size <= w->sink->cfg->max_file_size)
        bs_large_note(w->survey, location, path, sx->stx_size,
                      makedev(sx->stx_dev_major, sx->stx_dev_minor), sx->stx_ino);
}

/* One directory entry: a directory is pushed (ownership of the strings passes). */
static void visit_entry(walk *w, int dirfd, const char *name, char *location, char *path)
{
    struct statx sx;

    if (bs_config_excluded(w->sink->cfg, path)) {
        bs_sink_skipped(w->sink, location, "excluded", NULL);
        goto out;
    }
    if (strlen(location) > w->sink->cfg->max_path_length) {
        char detail[96];

        snprintf(detail, sizeof(detail), "location longer than %llu bytes (--max-path-length); not read",
                 (unsigned long long)w->sink->cfg->max_path_length);
        bs_sink_skipped(w->sink, location, "path-length", detail);
        goto out;
    }
    if (statx(dirfd, name, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT,
              STATX_BASIC_STATS | STATX_BTIME, &sx) != 0) {
        bs_sink_error(w->sink, location, "stat", "%s", strerror(errno));
        goto out;
    }
    if (S_ISDIR(sx.stx_mode)) {
        push_dir(w, dirfd, name, location, path, &sx);
        return;
    }
    if (S_ISREG(sx.stx_mode)) {
        if (w->survey)
            survey_file(w, location, path, &sx);
        else if (bs_large_was_read(w->read, location))
            ; /* read ahead of the walk, with the largest files */
        else if (collect_file(w->sink, dirfd, name, location, path, &sx) == BS_FATAL)
            w->stop = true;
    } else if (S_ISLNK(sx.stx_mode))
        skip_symlink(w, dirfd, name, location);
    else
        bs_sink_skipped(w->sink, location, special_reason(sx.stx_mode), NULL);
out:
    free(location);
    free(path);
}

/* Whether the survey has seen enough entries, or taken long enough (checked every 1,024). */
static bool survey_done(walk *w)
{
    struct timespec now;

    if (++w->surveyed > BS_LARGE_FIRST_SURVEY_ENTRIES)
        return true;
    if (w->surveyed % 1024 != 0 || clock_gettime(CLOCK_MONOTONIC, &now) != 0)
        return false;
    return now.tv_sec > w->deadline.tv_sec ||
           (now.tv_sec == w->deadline.tv_sec && now.tv_nsec >= w->deadline.tv_nsec);
}

/* Depth-first, with the stack above: reads the top directory one entry at a time. */
static void walk_run(walk *w)
{
    while (w->depth > 0 && !w->stop) {
        frame *top = &w->stack[w->depth - 1];
        struct dirent *de;
        char *child_loc, *child_path;

        errno = 0;
        de = readdir(top->dir);
        if (!de) {
            if (errno)
                bs_sink_error(w->sink, top->location, "readdir", "%s", strerror(errno));
            pop_dir(w);
            continue;
        }
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        if (w->survey && survey_done(w))
            break; /* enough: the files not surveyed come in walk order */
        child_loc = join_path(top->location, de->d_name);
        child_path = join_path(top->path, de->d_name);
        if (!child_loc || !child_path) {
            bs_sink_error(w->sink, top->location, "walk", "out of memory");
            free(child_loc);
            free(child_path);
            continue;
        }
        visit_entry(w, dirfd(top->dir), de->d_name, child_loc, child_path);
    }
    while (w->depth > 0)
        pop_dir(w);
}

/*
 * Pushes the target directory (path, statx sx) as the walk's first level,
 * at location and relative path "".  false on ENOMEM (nothing pushed); else
 * w->depth says whether it could be opened.
 */
static bool start_walk(walk *w, const char *path, const char *location, const struct statx *sx)
{
    char *loc = strdup(location), *rel = strdup("");

    if (!loc || !rel) {
        free(loc);
        free(rel);
        return false;
    }
    push_dir(w, AT_FDCWD, path, loc, rel, sx);
    return true;
}

/* Surveys the directory target path (statx sx) for its largest files; records nothing. */
static void survey_largest(bs_sink *sink, const char *path, const char *location,
                           const struct statx *sx, size_t max_depth, bs_large_list *out)
{
    bs_sink quiet = *sink;
    walk w = {.sink = &quiet, .max_depth = max_depth, .survey = out};

    quiet.report = NULL;
    clock_gettime(CLOCK_MONOTONIC, &w.deadline);
    w.deadline.tv_sec += BS_LARGE_FIRST_SURVEY_SECONDS;
    if (start_walk(&w, path, location, sx))
        walk_run(&w);
    free(w.stack);
}

/*
 * Reads the surveyed files, largest first, each opened below the target and
 * only if it is still the file surveyed; marks what it read.  BS_FATAL when
 * the sink says stop.
 */
static bs_status read_largest(bs_sink *sink, const char *path, bs_large_list *large)
{
    int root = bs_open_evidence(AT_FDCWD, path, O_DIRECTORY);
    bs_status st = BS_OK;

    if (root < 0) {
        bs_large_keep_read(large); /* none read: the walk reads them all, and says why */
        return BS_OK;
    }
    bs_large_by_size(large);
    for (size_t i = 0; i < large->n && st != BS_FATAL; i++) {
        bs_large_file *f = &large->v[i];
        struct statx sx;
        int fd = bs_open_evidence_beneath(root, f->path);

        if (fd < 0)
            continue; /* left to the walk */
        if (statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS | STATX_BTIME, &sx) != 0 ||
            !S_ISREG(sx.stx_mode) || sx.stx_ino != f->ino ||
            makedev(sx.stx_dev_major, sx.stx_dev_minor) != f->dev) {
            close(fd);
            continue;
        }
        f->read = true;
        st = collect_open(sink, fd, f->location, f->path, &sx);
    }
    close(root);
    bs_large_keep_read(large);
    return st == BS_FATAL ? BS_FATAL : BS_OK;
}

/* Large files first pays when many workers scan. */
static bool large_first_wanted(const bs_config *cfg)
{
    return bs_config_workers(cfg) >= BS_LARGE_FIRST_MIN_WORKERS;
}

/*
 * A whole target: a directory or one regular file.  BS_FAILED when nothing
 * of it could be read (the caller then exits 2, docs/ARCHITECTURE.md, "Errors and exit status").
 */
static bs_status fs_collect_path(bs_sink *sink, const char *path, const char *location)
{
    struct statx sx;
    walk w = {.sink = sink};
    bs_large_list large;

    if (statx(AT_FDCWD, path, AT_NO_AUTOMOUNT, STATX_BASIC_STATS | STATX_BTIME, &sx) != 0) {
        bs_sink_error(sink, location, "stat", "%s", strerror(errno));
        return BS_FATAL;
    }
    if (S_ISREG(sx.stx_mode))
        return collect_file(sink, AT_FDCWD, path, location, path, &sx) == BS_FAILED
                   ? BS_FAILED
                   : BS_OK;
    if (!S_ISDIR(sx.stx_mode)) {
        bs_sink_error(sink, location, "open",
                      "%s: not a directory, a regular file or a disk image file (image a device "
                      "to a file first)",
                      special_reason(sx.stx_mode));
        return BS_FAILED;
    }
    w.max_depth = sink->cfg->max_depth >= 0 ? (size_t)sink->cfg->max_depth : BS_WALK_MAX_DEPTH;
    bs_large_init(&large, BS_LARGE_FIRST_FILES);
    if (large_first_wanted(sink->cfg)) {
        survey_largest(sink, path, location, &sx, w.max_depth, &large);
        if (read_largest(sink, path, &large) == BS_FATAL) {
            bs_large_free(&large);
            return BS_FATAL;
        }
        w.read = &large;
    }
    if (!start_walk(&w, path, location, &sx)) {
        bs_large_free(&large);
        bs_sink_error(sink, location, "walk", "out of memory");
        return BS_FATAL;
    }
    if (w.depth == 0) { /* the target directory itself could not be opened */
        free(w.stack);
        bs_large_free(&large);
        return BS_FAILED;
    }
    walk_run(&w);
    free(w.stack);
    bs_large_free(&large);
    return w.stop ? BS_FATAL : BS_OK;
}

const bs_collector bs_collector_fs = {
    .name = "fs",
    .probe_path = NULL,
    .collect_path = fs_collect_path,
    .probe_object = NULL,
    .collect_object = NULL,
};
