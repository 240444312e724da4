/*
 * archive.c - the archive collector: expands containers found inside other
 * objects with libarchive, entirely in memory (no temporary files).
 *
 * Owns: magic-byte detection of containers (probe_object), member extraction
 * (collect_object) and the expansion limits of scanner/limits.h.
 *
 * Detected by content, never by extension: zip (jar/war/ear/docx are zip),
 * 7z, rar, tar (ustar), cpio (odc/newc/crc/binary), iso9660, and
 * gzip/bzip2/xz/zstd/lz4/lzip streams.  A compressed stream that holds no
 * archive (access.log.gz) yields one member named after the container
 * without its compression suffix ("access.log.gz!access.log"), carrying the
 * container's own mode, owner and times.
 *
 * What each member becomes:
 *   regular file                 object "<outer>!<member>", depth + 1, emitted
 *   directory                    nothing (structure only)
 *   symlink / hardlink / device  skipped[] "symlink" / "hardlink" / "special"
 *   matches --exclude            skipped[] "excluded"
 *   encrypted                    skipped[] "encrypted"
 *   larger than --max-file-size  skipped[] "too-large" with the hashes of the
 *                                content, streamed (never buffered whole)
 *   damaged / truncated          errors[] stage "archive"; members (and the
 *                                part of a member) read before the damage are
 *                                still emitted
 *
 * Limits, each reported once in skipped[]:
 *   "zip-bomb" (member)     the member expands more than archive_max_ratio:1
 *                           once past BS_ARCHIVE_RATIO_MIN_BYTES (compressed
 *                           bytes = what libarchive consumed for it).  The
 *                           member is dropped and the walk goes on: past it for
 *                           free where libarchive can seek (zip with a central
 *                           directory, plain tar/cpio/iso), otherwise by
 *                           expanding the rest into nothing on the budget.
 *   "zip-bomb" (container)  the container so far expands more than the ratio:
 *                           the rest of the container is not expanded.
 *   "too-large" (container) archive_max_total_bytes uncompressed bytes, counted
 *                           at every nesting level: the walk stops.
 *   "too-many-members"      archive_max_members entries: the walk stops.
 * The byte and member budgets belong to the OUTERMOST archive: nested
 * archives are expanded through sink->emit in the same thread (the worker
 * calls collect_object again), so the budget is kept in a thread-local
 * pointer set by the outermost call and shared by the nested ones.  When a
 * nested archive exhausts it, every enclosing archive stops too and says so.
 * A nested archive handed to another thread starts its own budget.
 *
 * Containers are counted with bs_sink_count_archive once each.  Only
 * filters built into libarchive are enabled: never an external program.
 */
#include "collectors/collector.h"

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/limits.h"
#include "core/logname.h"
#include "collectors/archive_detect.h"
#include "collectors/logwin.h"

#define ARC_NAME_MAX 4096 /* room for a derived member name */
#define ARC_READ_CHUNK (64u << 10) /* read buffer; every limit is checked after each chunk */

/* A reader over obj's bytes; raw: also accept a compressed non-archive. */
static struct archive *arc_reader(bool raw)
{
    struct archive *a = archive_read_new();

    if (!a)
        return NULL;
    /* Built-in decompressors only: filter_all could run external programs. */
    archive_read_support_filter_gzip(a);
    archive_read_support_filter_bzip2(a);
    archive_read_support_filter_xz(a);
    archive_read_support_filter_lzma(a);
    archive_read_support_filter_lzip(a);
    archive_read_support_filter_zstd(a);
    archive_read_support_filter_lz4(a);
    /*
     * Container formats only.  Not format_all: its text formats (mtree,
     * warc) bid on ordinary text, so a gzip'd changelog or .rst was misread
     * as an mtree spec (every word a member) or reported as damaged.
     */
    archive_read_support_format_7zip(a);
    archive_read_support_format_ar(a);
    archive_read_support_format_cab(a);
    archive_read_support_format_cpio(a);
    archive_read_support_format_iso9660(a);
    archive_read_support_format_lha(a);
    archive_read_support_format_rar(a);
    archive_read_support_format_rar5(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_xar(a);
    archive_read_support_format_zip(a);
    if (raw) {
        archive_read_support_format_raw(a); /* lowest bid: only when nothing else fits */
        archive_read_support_format_empty(a); /* a .gz of nothing (Debian ships some man pages so) */
    }
    return a;
}

static bool arc_is_raw(struct archive *a)
{
    return (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_RAW;
}

/* For a compression stream: "tar.gz" when a tar is inside, else "gzip". */
static const char *arc_stream_format(const bs_object *obj, const arc_magic *m)
{
    struct archive *a = arc_reader(true);
    struct archive_entry *e;
    const char *format = m->format;

    if (!a)
        return format;
    if (archive_read_open_memory(a, obj->data, obj->len) == ARCHIVE_OK &&
        archive_read_next_header(a, &e) >= ARCHIVE_WARN &&
        (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_TAR)
        format = m->tar_format;
    archive_read_free(a);
    return format;
}

static bool archive_probe_object(const bs_object *obj, const char **format)
{
    const arc_magic *m = bs_archive_detect(obj->data, obj->len);

    if (!m)
        return false;
    if (format)
        *format = m->tar_format ? arc_stream_format(obj, m) : m->format;
    return true;
}

/* Shared by an outermost archive and the archives nested in it. */
typedef struct arc_budget {
    uint64_t bytes;      /* uncompressed bytes expanded */
    uint64_t members;    /* entries seen */
    const char *tripped; /* skip reason once the budget is exhausted */
} arc_budget;

static __thread arc_budget *arc_tls_budget;

typedef struct arc_limits {
    uint64_t max_file, total, members, ratio;
} arc_limits;

/* Limits from cfg; a zero (or a missing cfg) means the limits.h default. */
static arc_limits arc_limits_of(const bs_config *cfg)
{
    arc_limits l = {BS_DEFAULT_MAX_FILE_SIZE, BS_ARCHIVE_MAX_TOTAL_BYTES, BS_ARCHIVE_MAX_MEMBERS,
                    BS_ARCHIVE_MAX_RATIO};

    if (!cfg)
        return l;
    if (cfg->max_file_size)
        l.max_file = cfg->max_file_size;
    if (cfg->archive_max_total_bytes)
        l.total = cfg->archive_max_total_bytes;
    if (cfg->archive_max_members)
        l.members = cfg->archive_max_members;
    if (cfg->archive_max_ratio)
        l.ratio = cfg->archive_max_ratio;
    return l;
}

typedef struct arc_ctx {
    bs_sink *sink;
    const bs_object *obj;
    struct archive *a;
    arc_budget *budget;
    arc_limits lim;
    uint64_t out_bytes; /* uncompressed bytes of this container */
    uint64_t emitted;   /* members emitted */
    uint64_t index;     /* entries seen in this container */
    bool stop;          /* a limit, damage or the sink ended the walk */
    bs_status status;
    uint8_t *chunk; /* ARC_READ_CHUNK bytes */
} arc_ctx;

/* One member being read: a growable buffer, or a hasher once too large. */
typedef struct arc_member {
    bs_object *child;
    uint8_t *buf;
    size_t len, cap;
    bs_hasher *hasher;
    uint64_t out;     /* uncompressed bytes read */
    int64_t in_start; /* libarchive's position in the container at the start */
    int rc;           /* libarchive's status when the data could not be read */
    /* a log over max_file, read in windows (collectors/logwin.h) while it is hashed */
    bool win_decided, windows;
    uint8_t *win;
    size_t win_len, win_cap;
    uint64_t win_off;
    bs_logwin_cursor win_cursor;
} arc_member;

typedef enum {
    ARC_READ_OK,
    ARC_READ_DAMAGED, /* libarchive failed: m->rc */
    ARC_READ_BOMB,    /* the member is over the ratio (recorded) */
    ARC_READ_STOPPED, /* a container-wide limit ended the walk (recorded) */
    ARC_READ_NOMEM
} arc_read;

static void arc_worse(arc_ctx *c, bs_status st)
{
    if (st > c->status)
        c->status = st;
}

/* Compressed bytes consumed since `start`; at least 1. */
static uint64_t arc_consumed(arc_ctx *c, int64_t start)
{
    int64_t pos = archive_filter_bytes(c->a, -1);

    if (pos < 0 || (uint64_t)pos > c->obj->len)
        pos = (int64_t)c->obj->len;
    return pos > start ? (uint64_t)(pos - start) : 1;
}

/*
 * Container-wide limits: the shared byte budget and (with_ratio) this
 * container's overall ratio.  When one is hit it is recorded and the walk of
 * the container stops.  The ratio is checked between members and while
 * draining: inside a member, the member's own ratio speaks first.
 */
static bool arc_container_limit(arc_ctx *c, bool with_ratio)
{
    char detail[200];
    const char *reason = NULL;
    uint64_t in = arc_consumed(c, 0);

    if (c->budget->bytes > c->lim.total) {
        snprintf(detail, sizeof(detail),
                 "archive expansion limit of %llu bytes reached; rest of the archive not expanded",
                 (unsigned long long)c->lim.total);
        reason = c->budget->tripped = "too-large";
    } else if (with_ratio && c->out_bytes > BS_ARCHIVE_RATIO_MIN_BYTES &&
               c->out_bytes / in > c->lim.ratio) {
        snprintf(detail, sizeof(detail),
                 "archive expands more than %llu:1 (%llu bytes from %llu); rest of the archive "
                 "not expanded",
                 (unsigned long long)c->lim.ratio, (unsigned long long)c->out_bytes,
                 (unsigned long long)in);
        reason = "zip-bomb";
    }
    if (!reason)
        return false;
    bs_sink_skipped(c->sink, c->obj->location, reason, detail);
    arc_worse(c, BS_WARN);
    c->stop = true;
    return true;
}

/* Counts n expanded bytes. */
static void arc_count(arc_ctx *c, uint64_t n)
{
    c->out_bytes += n;
    c->budget->bytes += n;
}

/* One member over the ratio: recorded; the caller gets past it. */
static bool arc_member_bomb(arc_ctx *c, const arc_member *m)
{
    char detail[200];
    uint64_t in;

    if (m->out <= BS_ARCHIVE_RATIO_MIN_BYTES)
        return false;
    in = arc_consumed(c, m->in_start);
    if (m->out / in <= c->lim.ratio)
        return false;
    snprintf(detail, sizeof(detail),
             "member expands more than %llu:1 (%llu bytes from %llu); not scanned",
             (unsigned long long)c->lim.ratio, (unsigned long long)m->out,
             (unsigned long long)in);
    bs_sink_skipped(c->sink, m->child->location, "zip-bomb", detail);
    arc_worse(c, BS_WARN);
    return true;
}

/* A zip with its central directory: libarchive seeks past a member for free. */
static bool arc_zip_has_directory(const bs_object *obj)
{
    enum { EOCD_LEN = 22, COMMENT_MAX = 65535 };
    size_t stop = obj->len > EOCD_LEN + COMMENT_MAX ? obj->len - EOCD_LEN - COMMENT_MAX : 0;
    size_t i;

    if (obj->len < EOCD_LEN)
        return false;
    for (i = obj->len - EOCD_LEN + 1; i-- > stop;)
        if (memcmp(obj->data + i, "PK\x05\x06", 4) == 0)
            return true;
    return false;
}

/* Whether skipping the rest of a member costs nothing (no decompression). */
static bool arc_cheap_skip(arc_ctx *c)
{
    int base = archive_format(c->a) & ARCHIVE_FORMAT_BASE_MASK;

    if (archive_filter_count(c->a) > 1)
        return false;
    if (base == ARCHIVE_FORMAT_ZIP)
        return arc_zip_has_directory(c->obj);
    return base == ARCHIVE_FORMAT_TAR || base == ARCHIVE_FORMAT_CPIO ||
           base == ARCHIVE_FORMAT_ISO9660;
}

/*
 * Gets past the rest of a bomb member so that the members after it are still
 * scanned: by seeking where that is free, otherwise by expanding it into
 * nothing on the shared budget (skipping would cost the same, uncounted).
 */
static void arc_drain(arc_ctx *c, const arc_member *m)
{
    if (arc_cheap_skip(c)) {
        c->out_bytes -= m->out; /* not expanded: keep it out of the container's ratio */
        archive_read_data_skip(c->a); /* damage shows at the next header */
        return;
    }
    for (;;) {
        la_ssize_t n = archive_read_data(c->a, c->chunk, ARC_READ_CHUNK);

        if (n <= 0)
            return;
        arc_count(c, (uint64_t)n);
        if (arc_container_limit(c, true))
            return;
    }
}

/*
 * A member over max_file is read in windows when logs are on, its name says
 * log and its first bytes hold no NUL (decided on the first bytes seen).
 */
static void arc_decide_windows(arc_ctx *c, arc_member *m, const uint8_t *head, size_t n)
{
    const bs_config *cfg = c->sink->cfg;

    if (m->win_decided || n == 0)
        return;
    m->win_decided = true;
    if (!cfg || cfg->no_logs ||
        bs_log_name(m->child->path ? m->child->path : m->child->location) == BS_LOG_NAME_NONE ||
        memchr(head, '\0', n < BS_LOG_BINARY_SNIFF ? n : BS_LOG_BINARY_SNIFF))
        return;
    m->win_cap = (size_t)bs_logwin_window_size(cfg);
    m->windows = (m->win = malloc(m->win_cap)) != NULL;
}

/* Emits the window (all of it when final, else up to its last newline) as an object. */
static void arc_window_flush(arc_ctx *c, arc_member *m, bool final)
{
    size_t cut = m->win_len;
    uint8_t *nl, *data;
    bs_object *obj;

    if (!final && (nl = memrchr(m->win, '\n', m->win_len)) != NULL)
        cut = (size_t)(nl - m->win) + 1;
    if (cut == 0)
        return;
    if (!(data = malloc(cut)) ||
        !(obj = bs_logwin_object(m->child, memcpy(data, m->win, cut), cut, m->win_off,
                                 &m->win_cursor, NULL))) {
        bs_sink_error(c->sink, m->child->location, "archive", "out of memory for a log window");
        arc_worse(c, BS_WARN);
        c->stop = true;
        return;
    }
    m->win_off += cut;
    memmove(m->win, m->win + cut, m->win_len - cut);
    m->win_len -= cut;
    c->emitted++;
    if (c->sink->emit(c->sink, obj) == BS_FATAL) {
        c->status = BS_FATAL;
        c->stop = true;
    }
}

static void arc_window_feed(arc_ctx *c, arc_member *m, const uint8_t *p, size_t n)
{
    while (n > 0 && !c->stop) {
        size_t k = m->win_cap - m->win_len < n ? m->win_cap - m->win_len : n;

        memcpy(m->win + m->win_len, p, k);
        m->win_len += k;
        p += k;
        n -= k;
        if (m->win_len == m->win_cap)
            arc_window_flush(c, m, false);
    }
}

/* Switches a member from buffering to hashing (it is over max_file), and to windows for a log. */
static int arc_start_hashing(arc_ctx *c, arc_member *m)
{
    m->hasher = bs_hasher_new(BS_HASH_ALL);
    if (!m->hasher)
        return -1;
    if (m->len) {
        bs_hasher_update(m->hasher, m->buf, m->len);
        arc_decide_windows(c, m, m->buf, m->len);
        if (m->windows)
            arc_window_feed(c, m, m->buf, m->len);
    }
    free(m->buf);
    m->buf = NULL;
    m->len = m->cap = 0;
    return 0;
}

static int arc_append(arc_ctx *c, arc_member *m, const uint8_t *p, size_t n)
{
    enum { FIRST_CAP = 64 << 10 };
    uint64_t max_file = c->lim.max_file;

    if (!m->hasher && m->len + n > max_file && arc_start_hashing(c, m) < 0)
        return -1;
    if (m->hasher) {
        bs_hasher_update(m->hasher, p, n);
        arc_decide_windows(c, m, p, n);
        if (m->windows)
            arc_window_feed(c, m, p, n);
        return 0;
    }
    if (m->len + n > m->cap) {
        size_t cap = m->cap ? m->cap : FIRST_CAP;
        uint8_t *grown;

        while (cap < m->len + n)
            cap *= 2;
        if (cap > max_file)
            cap = (size_t)max_file;
        grown = realloc(m->buf, cap);
        if (!grown)
            return -1;
        m->buf = grown;
        m->cap = cap;
    }
    memcpy(m->buf + m->len, p, n);
    m->len += n;
    return 0;
}

/* Reads the current entry's data, chunk by chunk, checking every limit. */
static arc_read arc_read_data(arc_ctx *c, arc_member *m)
{
    for (;;) {
        la_ssize_t n = archive_read_data(c->a, c->chunk, ARC_READ_CHUNK);

        if (n == 0)
            return ARC_READ_OK;
        if (n < 0) {
            m->rc = (int)n;
            return ARC_READ_DAMAGED;
        }
        m->out += (uint64_t)n;
        arc_count(c, (uint64_t)n);
        if (arc_container_limit(c, false))
            return ARC_READ_STOPPED;
        if (arc_member_bomb(c, m))
            return ARC_READ_BOMB;
        if (arc_append(c, m, c->chunk, (size_t)n) < 0)
            return ARC_READ_NOMEM;
        if (c->stop) /* the sink stopped while taking a log window */
            return ARC_READ_STOPPED;
    }
}

/* "access.log.gz" -> "access.log", "x.tgz" -> "x.tar": the member of a raw stream. */
static void arc_raw_name(const char *path, char *out, size_t n)
{
    static const char *const suffix[][2] = {
        {".gz", ""},   {".tgz", ".tar"},  {".taz", ".tar"}, {".bz2", ""},     {".tbz", ".tar"},
        {".tbz2", ".tar"}, {".xz", ""},   {".txz", ".tar"}, {".zst", ""},     {".tzst", ".tar"},
        {".lz4", ""},  {".lz", ""},       {".lzma", ""},    {".z", ""},
    };
    const char *base = strrchr(path, '/');
    size_t len, i;

    base = base ? base + 1 : path;
    len = strlen(base);
    for (i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
        size_t sl = strlen(suffix[i][0]);

        if (len > sl && strcasecmp(base + len - sl, suffix[i][0]) == 0) {
            snprintf(out, n, "%.*s%s", (int)(len - sl), base, suffix[i][1]);
            return;
        }
    }
    snprintf(out, n, "%s", len ? base : "data");
}

/*
 * The member's name as stored (raw bytes: archive_entry_pathname, never a
 * conversion that could fail), or a made-up one when there is none.
 */
static const char *arc_member_name(arc_ctx *c, struct archive_entry *e, char *made_up, size_t n)
{
    const char *name;

    if (arc_is_raw(c->a)) {
        arc_raw_name(c->obj->path ? c->obj->path : "", made_up, n);
        return made_up;
    }
    name = archive_entry_pathname(e);
    if (!name || !*name)
        name = archive_entry_pathname_utf8(e);
    if (!name || !*name) {
        snprintf(made_up, n, "member-%llu", (unsigned long long)c->index);
        name = made_up;
    }
    return name;
}

/*
 * Some writers store 0 for a time they did not record (zip's ctime, tar's
 * atime); the epoch itself is never a real time of a member, so 0 is unset.
 */
static void arc_time(bs_time *t, int set, time_t sec, long nsec)
{
    if (set && sec == 0 && nsec <= 0)
        set = 0;
    t->set = set != 0;
    t->sec = set ? (int64_t)sec : 0;
    t->nsec = set && nsec >= 0 && nsec < 1000000000L ? (int32_t)nsec : 0;
}

/* Formats whose entries always record a uid (a uid of 0 elsewhere means "none"). */
static bool arc_format_has_owner(struct archive *a)
{
    int f = archive_format(a);
    int base = f & ARCHIVE_FORMAT_BASE_MASK;

    return base == ARCHIVE_FORMAT_TAR || base == ARCHIVE_FORMAT_CPIO ||
           base == ARCHIVE_FORMAT_AR || f == ARCHIVE_FORMAT_ISO9660_ROCKRIDGE;
}

/* A raw stream's only member is the container's content: same metadata. */
static void arc_meta_from_container(bs_object *child, const bs_object *obj)
{
    bs_object_copy_times_mode_owner(child, obj); /* ENOMEM: owner stays unknown */
}

static void arc_fill_meta(arc_ctx *c, bs_object *child, struct archive_entry *e)
{
    child->deleted = c->obj->deleted; /* a member of a recovered file is recovered too */
    if (arc_is_raw(c->a)) {
        arc_meta_from_container(child, c->obj);
        return;
    }
    child->mode = (uint32_t)archive_entry_mode(e);
    child->has_mode = true;
    arc_time(&child->mtime, archive_entry_mtime_is_set(e), archive_entry_mtime(e),
             archive_entry_mtime_nsec(e));
    arc_time(&child->atime, archive_entry_atime_is_set(e), archive_entry_atime(e),
             archive_entry_atime_nsec(e));
    arc_time(&child->ctime, archive_entry_ctime_is_set(e), archive_entry_ctime(e),
             archive_entry_ctime_nsec(e));
    arc_time(&child->crtime, archive_entry_birthtime_is_set(e), archive_entry_birthtime(e),
             archive_entry_birthtime_nsec(e));
    if (arc_format_has_owner(c->a) || archive_entry_uid(e) != 0)
        bs_object_set_owner_uid(child, (unsigned long)archive_entry_uid(e));
}

/* Reading libarchive's message for an encryption problem. */
static bool arc_error_is_encryption(struct archive *a)
{
    const char *msg = archive_error_string(a);

    return msg && (strstr(msg, "ncrypt") || strstr(msg, "assphrase"));
}

/* Records a member that could not be read completely; partial content stays. */
static void arc_member_damaged(arc_ctx *c, arc_member *m)
{
    const char *msg = archive_error_string(c->a);

    if (arc_error_is_encryption(c->a) && m->out == 0) {
        bs_sink_skipped(c->sink, m->child->location, "encrypted", msg);
    } else {
        bs_sink_error(c->sink, m->child->location, "archive", "member damaged after %llu bytes: %s",
                      (unsigned long long)m->out, msg ? msg : "read error");
    }
    arc_worse(c, BS_WARN);
    if (m->rc <= ARCHIVE_FATAL)
        c->stop = true;
}

/* Hands a fully (or partly, after damage) read member to the sink. */
static void arc_emit(arc_ctx *c, arc_member *m, struct archive_entry *e)
{
    bs_object *child = m->child;

    m->child = NULL;
    child->size = archive_entry_size_is_set(e) && archive_entry_size(e) >= 0
                      ? (uint64_t)archive_entry_size(e)
                      : m->out;
    bs_object_set_data(child, m->len ? m->buf : NULL, m->len);
    if (!m->len)
        free(m->buf);
    m->buf = NULL;
    c->emitted++;
    if (c->sink->emit(c->sink, child) == BS_FATAL) {
        c->status = BS_FATAL;
        c->stop = true;
    }
}

/* A member over max_file_size: listed with the hashes of its content. */
static void arc_skip_too_large(arc_ctx *c, arc_member *m)
{
    char detail[160];
    bs_hashes hashes;

    bs_hasher_finish(m->hasher, &hashes);
    m->hasher = NULL;
    snprintf(detail, sizeof(detail), "%llu bytes, over max-file-size %llu; not content-scanned",
             (unsigned long long)m->out, (unsigned long long)c->lim.max_file);
    bs_sink_too_large(c->sink, m->child, detail, &hashes);
}

/*
 * The end of a log read in windows: its last window, then the file-name and
 * hash IOCs on the whole member, and its digests for the windows' findings
 * (known only now: the member is a stream).  No skipped entry: it was read.
 */
static void arc_log_windows_done(arc_ctx *c, arc_member *m)
{
    bs_hashes hashes;

    arc_window_flush(c, m, true);
    bs_hasher_finish(m->hasher, &hashes);
    m->hasher = NULL;
    m->child->size = m->out;
    if (c->sink->unscanned)
        c->sink->unscanned(c->sink->unscanned_arg, m->child, &hashes);
    bs_sink_window_file(c->sink, m->child->location, m->out, &hashes);
}

/* Reads and delivers one regular member. */
static void arc_regular(arc_ctx *c, arc_member *m, struct archive_entry *e)
{
    arc_read r;

    if (archive_entry_size_is_set(e) && (uint64_t)archive_entry_size(e) > c->lim.max_file &&
        arc_start_hashing(c, m) < 0)
        r = ARC_READ_NOMEM;
    else
        r = arc_read_data(c, m);
    switch (r) {
    case ARC_READ_STOPPED:
        if (m->windows)
            arc_window_flush(c, m, true); /* what was read before the limit is scanned */
        return;
    case ARC_READ_BOMB:
        arc_drain(c, m);
        return;
    case ARC_READ_NOMEM:
        bs_sink_error(c->sink, m->child->location, "archive", "out of memory reading member");
        arc_worse(c, BS_WARN);
        c->stop = true;
        return;
    case ARC_READ_DAMAGED:
        arc_member_damaged(c, m);
        if (m->windows) {
            arc_window_flush(c, m, true); /* the part before the damage */
            return;
        }
        if (m->hasher) {
            bs_sink_too_large(c->sink, m->child, "over max-file-size; damaged, not hashed",
                              NULL);
            return;
        }
        break;
    case ARC_READ_OK:
        if (m->windows) {
            arc_log_windows_done(c, m);
            return;
        }
        if (m->hasher) {
            arc_skip_too_large(c, m);
            return;
        }
        break;
    }
    arc_emit(c, m, e);
}

/* Non-regular entries: nothing to scan, but nothing skipped silently either. */
static bool arc_not_regular(arc_ctx *c, bs_object *child, struct archive_entry *e)
{
    int type = (int)archive_entry_filetype(e);
    const char *link = archive_entry_hardlink(e);
    char detail[200];

    if (type == AE_IFLNK) {
        link = archive_entry_symlink(e);
        snprintf(detail, sizeof(detail), "symbolic link to %s", link ? link : "?");
        bs_sink_skipped(c->sink, child->location, "symlink", detail);
        return true;
    }
    if (link && !(archive_entry_size_is_set(e) && archive_entry_size(e) > 0)) {
        snprintf(detail, sizeof(detail), "hard link to %s (scanned under that name)", link);
        bs_sink_skipped(c->sink, child->location, "hardlink", detail);
        return true;
    }
    if (type != AE_IFREG && type != 0) {
        snprintf(detail, sizeof(detail), "file type 0%o is not a regular file", (unsigned)type);
        bs_sink_skipped(c->sink, child->location, "special", detail);
        return true;
    }
    return false;
}

/* What becomes of one named, non-directory entry. */
static void arc_dispatch(arc_ctx *c, arc_member *m, struct archive_entry *e, const char *name)
{
    if (arc_not_regular(c, m->child, e))
        return;
    if (c->sink->cfg && bs_config_excluded(c->sink->cfg, name)) {
        bs_sink_skipped(c->sink, m->child->location, "excluded", NULL);
        return;
    }
    if (archive_entry_is_data_encrypted(e)) {
        bs_sink_skipped(c->sink, m->child->location, "encrypted", NULL);
        arc_worse(c, BS_WARN);
        return;
    }
    arc_fill_meta(c, m->child, e);
    m->in_start = archive_filter_bytes(c->a, -1);
    arc_regular(c, m, e);
}

/* One entry of the container. */
static void arc_entry(arc_ctx *c, struct archive_entry *e)
{
    char made_up[ARC_NAME_MAX];
    const char *name;
    arc_member m = {0};

    c->index++;
    if (++c->budget->members > c->lim.members) {
        char detail[160];

        snprintf(detail, sizeof(detail), "more than %llu members; rest of the archive not expanded",
                 (unsigned long long)c->lim.members);
        bs_sink_skipped(c->sink, c->obj->location, "too-many-members", detail);
        c->budget->tripped = "too-many-members";
        arc_worse(c, BS_WARN);
        c->stop = true;
        return;
    }
    if (archive_entry_filetype(e) == AE_IFDIR)
        return;
    name = arc_member_name(c, e, made_up, sizeof(made_up));
    m.child = bs_object_child(c->obj, name);
    if (!m.child) {
        bs_sink_error(c->sink, c->obj->location, "archive", "out of memory");
        arc_worse(c, BS_WARN);
        c->stop = true;
        return;
    }
    arc_dispatch(c, &m, e, name);
    if (m.hasher) {
        bs_hashes unused;

        bs_hasher_finish(m.hasher, &unused);
    }
    free(m.buf);
    free(m.win);
    bs_logwin_cursor_release(&m.win_cursor);
    bs_object_free(m.child);
}

/* The next header could not be read: the container is damaged (or locked). */
static void arc_header_failed(arc_ctx *c)
{
    const char *msg = archive_error_string(c->a);

    if (archive_read_has_encrypted_entries(c->a) > 0 || arc_error_is_encryption(c->a))
        bs_sink_skipped(c->sink, c->obj->location, "encrypted", msg);
    else if (c->index == 0)
        bs_sink_error(c->sink, c->obj->location, "archive", "cannot read archive: %s",
                      msg ? msg : "unknown error");
    else
        bs_sink_error(c->sink, c->obj->location, "archive", "archive damaged after %llu entries: %s",
                      (unsigned long long)c->index, msg ? msg : "unknown error");
    arc_worse(c, c->emitted ? BS_WARN : BS_FAILED);
}

/* A nested archive used up the shared budget: this one stops too. */
static void arc_budget_stop(arc_ctx *c)
{
    char detail[160];

    snprintf(detail, sizeof(detail), "%s limit reached in a nested archive; rest not expanded",
             c->budget->tripped);
    bs_sink_skipped(c->sink, c->obj->location, c->budget->tripped, detail);
    arc_worse(c, BS_WARN);
    c->stop = true;
}

static void arc_walk(arc_ctx *c)
{
    struct archive_entry *e;

    while (!c->stop) {
        int r = archive_read_next_header(c->a, &e);

        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) { /* RETRY, FAILED, FATAL: stop, never loop */
            arc_header_failed(c);
            break;
        }
        if (c->index == 0 && arc_is_raw(c->a) && archive_filter_code(c->a, 0) == ARCHIVE_FILTER_NONE) {
            /* magic, but no decompressor took it: never re-emit the bytes themselves */
            bs_sink_error(c->sink, c->obj->location, "archive",
                          "cannot read archive: not a valid compressed stream");
            arc_worse(c, BS_FAILED);
            break;
        }
        arc_entry(c, e);
        if (!c->stop && c->budget->tripped)
            arc_budget_stop(c);
        else if (!c->stop)
            arc_container_limit(c, true);
    }
}

/*
 * libarchive converts member names to the thread's locale; in the "C" locale
 * a UTF-8 name (zip flag bit 11, pax) with any non-ASCII byte fails and comes
 * back NULL.  Reading under C.UTF-8 keeps every such name; names stored as
 * plain bytes (ustar, cpio, zip without the flag) pass through unchanged.
 */
static locale_t arc_utf8_locale;
static pthread_once_t arc_locale_once = PTHREAD_ONCE_INIT;

static void arc_locale_init(void)
{
    arc_utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
}

/* Switches this thread to C.UTF-8; returns the locale to restore (0: none). */
static locale_t arc_locale_enter(void)
{
    pthread_once(&arc_locale_once, arc_locale_init);
    return arc_utf8_locale ? uselocale(arc_utf8_locale) : (locale_t)0;
}

static void arc_locale_leave(locale_t old)
{
    if (old)
        uselocale(old);
}

static bs_status archive_collect_object(bs_sink *sink, const bs_object *obj)
{
    const bs_config *cfg = sink->cfg;
    const arc_magic *m = bs_archive_detect(obj->data, obj->len);
    arc_budget own = {0};
    arc_ctx c = {0};
    bool outermost = arc_tls_budget == NULL;
    locale_t old_locale;

    if (cfg && cfg->no_archives)
        return BS_OK;
    if (cfg && cfg->archive_depth > 0 && obj->depth >= cfg->archive_depth) {
        bs_sink_skipped(sink, obj->location, "archive-depth", "archive nesting limit reached");
        return BS_WARN;
    }
    if (!obj->data || obj->len == 0)
        return BS_OK;
    if (outermost)
        arc_tls_budget = &own;
    old_locale = arc_locale_enter();
    c.sink = sink;
    c.obj = obj;
    c.budget = arc_tls_budget;
    c.lim = arc_limits_of(cfg);
    c.chunk = malloc(ARC_READ_CHUNK);
    c.a = arc_reader(m && m->tar_format);
    if (!c.chunk || !c.a) {
        bs_sink_error(sink, obj->location, "archive", "out of memory");
        c.status = BS_FAILED;
    } else if (archive_read_open_memory(c.a, obj->data, obj->len) != ARCHIVE_OK) {
        bs_sink_error(sink, obj->location, "archive", "cannot open archive: %s",
                      archive_error_string(c.a) ? archive_error_string(c.a) : "unknown error");
        c.status = BS_FAILED;
    } else {
        bs_sink_count_archive(sink);
        if (c.budget->tripped)
            arc_budget_stop(&c);
        else
            arc_walk(&c);
    }
    if (c.a)
        archive_read_free(c.a);
    free(c.chunk);
    arc_locale_leave(old_locale);
    if (outermost)
        arc_tls_budget = NULL;
    return c.status;
}

const bs_collector bs_collector_archive = {
    .name = "archive",
    .probe_path = NULL,   /* whole files are read by the fs collector ... */
    .collect_path = NULL, /* ... and expanded here through collect_object */
    .probe_object = archive_probe_object,
    .collect_object = archive_collect_object,
};
