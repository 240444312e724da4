/*
 * logwin.c - logs larger than --max-file-size, read in windows (logwin.h).
 * A busy server's access log or a debug log left on for months passes any
 * sensible object size; skipping it would skip the breach story.  Each
 * window is an ordinary object to the matchers; bs_object.window tells
 * them where it lies in the file (scanner/scan.c, report/windows.c).
 */
#include "collectors/logwin.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "core/logname.h"

bool bs_logwin_wanted(const bs_sink *sink, const bs_object *meta, bs_logwin_read_fn rd, void *arg)
{
    uint8_t head[BS_LOG_BINARY_SNIFF];
    ssize_t n;

    if (sink->cfg->no_logs || meta->deleted ||
        bs_log_name(meta->path ? meta->path : meta->location) == BS_LOG_NAME_NONE)
        return false;
    n = rd(arg, 0, head, sizeof(head));
    return n > 0 && !memchr(head, '\0', (size_t)n);
}

/* Reads until len bytes or the end; the bytes read, -1 on error. */
static ssize_t read_full(bs_logwin_read_fn rd, void *arg, uint64_t off, uint8_t *buf, size_t len)
{
    size_t done = 0;

    while (done < len) {
        ssize_t n = rd(arg, off + done, buf + done, len - done);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += (size_t)n;
    }
    return (ssize_t)done;
}

void bs_logwin_cursor_release(bs_logwin_cursor *cur)
{
    free(cur->fields);
    cur->fields = NULL;
}

/* Keeps the line at p[0..n) as the cursor's field set when it is a "#Fields:" line. */
static void keep_fields(bs_logwin_cursor *cur, const uint8_t *p, size_t n)
{
    char *copy;

    if (!bs_log_fields_line(p, n))
        return;
    if (n > BS_LOG_LINE_MAX)
        n = BS_LOG_LINE_MAX; /* the parser reads no more of a line either */
    if (n && p[n - 1] == '\r')
        n--;
    if (!(copy = malloc(n + 1)))
        return; /* out of memory: later windows keep the earlier field set */
    memcpy(copy, p, n);
    copy[n] = '\0';
    free(cur->fields);
    cur->fields = copy;
}

/* Moves the cursor past p[0..n): its newlines, and its last "#Fields:" line. */
static void advance(bs_logwin_cursor *cur, const uint8_t *p, size_t n)
{
    const uint8_t *line = p, *e = p + n, *nl;

    for (; (nl = memchr(line, '\n', (size_t)(e - line))) != NULL; line = nl + 1) {
        cur->lines++;
        if (*line == '#')
            keep_fields(cur, line, (size_t)(nl - line));
    }
    if (line < e && *line == '#')
        keep_fields(cur, line, (size_t)(e - line)); /* the last window ends without a newline */
}

uint64_t bs_logwin_window_size(const bs_config *cfg)
{
    uint64_t window = bs_config_content_budget(cfg) / BS_LOG_WINDOW_SHARE;

    if (window > cfg->max_file_size)
        window = cfg->max_file_size;
    return window < BS_READ_CHUNK ? BS_READ_CHUNK : window;
}

bs_object *bs_logwin_object(const bs_object *meta, uint8_t *data, size_t len, uint64_t off,
                            bs_logwin_cursor *cur, const bs_hashes *hashes)
{
    bs_object *obj = bs_object_copy_metadata(meta);

    if (!obj || (cur->fields && !(obj->win_fields = strdup(cur->fields)))) {
        bs_object_free(obj);
        free(data);
        return NULL;
    }
    obj->window = true;
    obj->win_offset = off;
    obj->win_line = cur->lines;
    if (hashes)
        obj->file_hashes = *hashes;
    bs_object_set_data(obj, data, len);
    advance(cur, data, len);
    return obj;
}

/* The file's digests through rd; false (an errors[] entry) when it could not be read whole. */
static bool hash_through(bs_sink *sink, const bs_object *meta, bs_logwin_read_fn rd, void *arg,
                         bs_hashes *hashes)
{
    bs_hasher *h = bs_hasher_new(BS_HASH_ALL);
    uint8_t *chunk = h ? malloc(BS_READ_CHUNK) : NULL;
    uint64_t off = 0;
    ssize_t n = 0;

    /* never ask past the end: TSK answers that with an error, not 0 */
    while (chunk && off < meta->size &&
           (n = read_full(rd, arg, off, chunk,
                          meta->size - off < BS_READ_CHUNK ? (size_t)(meta->size - off)
                                                           : BS_READ_CHUNK)) > 0) {
        bs_hasher_update(h, chunk, (size_t)n);
        off += (uint64_t)n;
    }
    if (h)
        bs_hasher_finish(h, hashes);
    free(chunk);
    if (chunk && off >= meta->size)
        return true;
    bs_sink_error(sink, meta->location, "read", "%s",
                  !chunk ? "out of memory hashing the file"
                  : n < 0 ? strerror(errno)
                          : "short read: the file shrank while it was hashed");
    return false;
}

bs_status bs_logwin_read(bs_sink *sink, const bs_object *meta, bs_logwin_read_fn rd, void *arg)
{
    bs_hashes hashes;
    bool hashed = meta->size <= sink->cfg->hash_max_size &&
                  hash_through(sink, meta, rd, arg, &hashes);

    if (sink->unscanned)
        sink->unscanned(sink->unscanned_arg, meta, hashed ? &hashes : NULL);
    return bs_logwin_emit(sink, meta, hashed ? &hashes : NULL, rd, arg);
}

bs_status bs_logwin_emit(bs_sink *sink, const bs_object *meta, const bs_hashes *hashes,
                         bs_logwin_read_fn rd, void *arg)
{
    uint64_t window = bs_logwin_window_size(sink->cfg), off = 0;
    bs_logwin_cursor cur = {0};
    bs_status st = BS_OK;

    while (off < meta->size) {
        size_t want = (size_t)(meta->size - off < window ? meta->size - off : window);
        uint8_t *buf, *nl;
        ssize_t got;
        bs_object *obj;

        if (sink->wait_room && sink->wait_room(sink, want) == BS_FATAL) {
            st = BS_FATAL; /* read a window only when it fits in --memory-limit */
            break;
        }
        if (!(buf = malloc(want))) {
            bs_sink_error(sink, meta->location, "read", "out of memory for a log window");
            st = BS_FAILED;
            break;
        }
        if ((got = read_full(rd, arg, off, buf, want)) <= 0) {
            bs_sink_error(sink, meta->location, "read", "log window at byte %llu: %s",
                          (unsigned long long)off, got < 0 ? strerror(errno) : "the file shrank");
            free(buf);
            st = BS_FAILED;
            break;
        }
        if (off + (uint64_t)got < meta->size && (nl = memrchr(buf, '\n', (size_t)got)) != NULL)
            got = nl - buf + 1; /* the next window starts at a line */
        if (!(obj = bs_logwin_object(meta, buf, (size_t)got, off, &cur, hashes))) {
            bs_sink_error(sink, meta->location, "read", "out of memory");
            st = BS_FAILED;
            break;
        }
        off += (uint64_t)got;
        if (sink->emit(sink, obj) == BS_FATAL) {
            st = BS_FATAL;
            break;
        }
    }
    bs_logwin_cursor_release(&cur);
    return st;
}
