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

static uint64_t count_lines(const uint8_t *p, size_t n)
{
    uint64_t lines = 0;

    for (const uint8_t *e = p + n; (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++)
        lines++;
    return lines;
}

uint64_t bs_logwin_window_size(const bs_config *cfg)
{
    uint64_t window = bs_config_content_budget(cfg) / BS_LOG_WINDOW_SHARE;

    if (window > cfg->max_file_size)
        window = cfg->max_file_size;
    return window < BS_READ_CHUNK ? BS_READ_CHUNK : window;
}

bs_object *bs_logwin_object(const bs_object *meta, uint8_t *data, size_t len, uint64_t off,
                            uint64_t *lines, const bs_hashes *hashes)
{
    bs_object *obj = bs_object_copy_metadata(meta);

    if (!obj) {
        free(data);
        return NULL;
    }
    obj->window = true;
    obj->win_offset = off;
    obj->win_line = *lines;
    if (hashes)
        obj->file_hashes = *hashes;
    bs_object_set_data(obj, data, len);
    *lines += count_lines(data, len);
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
    uint64_t window = bs_logwin_window_size(sink->cfg), off = 0, lines = 0;

    while (off < meta->size) {
        size_t want = (size_t)(meta->size - off < window ? meta->size - off : window);
        uint8_t *buf, *nl;
        ssize_t got;
        bs_object *obj;

        if (sink->wait_room && sink->wait_room(sink, want) == BS_FATAL)
            return BS_FATAL; /* read a window only when it fits in --memory-limit */
        if (!(buf = malloc(want))) {
            bs_sink_error(sink, meta->location, "read", "out of memory for a log window");
            return BS_FAILED;
        }
        if ((got = read_full(rd, arg, off, buf, want)) <= 0) {
            bs_sink_error(sink, meta->location, "read", "log window at byte %llu: %s",
                          (unsigned long long)off, got < 0 ? strerror(errno) : "the file shrank");
            free(buf);
            return BS_FAILED;
        }
        if (off + (uint64_t)got < meta->size && (nl = memrchr(buf, '\n', (size_t)got)) != NULL)
            got = nl - buf + 1; /* the next window starts at a line */
        if (!(obj = bs_logwin_object(meta, buf, (size_t)got, off, &lines, hashes))) {
            bs_sink_error(sink, meta->location, "read", "out of memory");
            return BS_FAILED;
        }
        off += (uint64_t)got;
        if (sink->emit(sink, obj) == BS_FATAL)
            return BS_FATAL;
    }
    return BS_OK;
}
