/*
 * logwin.h - a log larger than --max-file-size read in windows (logwin.c)
 * rather than skipped, by any collector that can read a file at an offset:
 * directories (pread) and disk-image file systems (TSK).  docs/LOGS.md.
 */
#ifndef BS_COLLECTORS_LOGWIN_H
#define BS_COLLECTORS_LOGWIN_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "collectors/sink.h"

/* Reads up to len bytes at off; the bytes read (0 at the end), -1 on error (errno set). */
typedef ssize_t (*bs_logwin_read_fn)(void *arg, uint64_t off, uint8_t *buf, size_t len);

/*
 * Whether a file over --max-file-size is read in windows: logs are on, its
 * path names a log (core/logname.h) and its first bytes hold no NUL.
 */
bool bs_logwin_wanted(const bs_sink *sink, const bs_object *meta, bs_logwin_read_fn rd, void *arg);

/* The size of a window: a quarter of the content budget, at most --max-file-size. */
uint64_t bs_logwin_window_size(const bs_config *cfg);

/*
 * Where the windows of one file have got to: the lines before the next
 * window, and the last W3C "#Fields:" line seen (what the next window's
 * lines are written in).  Zeroed to start; bs_logwin_cursor_release after.
 */
typedef struct bs_logwin_cursor {
    uint64_t lines;
    char *fields;
} bs_logwin_cursor;

void bs_logwin_cursor_release(bs_logwin_cursor *cur);

/*
 * A window object over data[0..len) (ownership passes; freed on failure):
 * meta's metadata at meta's location, bs_object.window set, off and the
 * cursor placing it in the file (win_line, win_fields), hashes the file's
 * (NULL: not known yet).  NULL on ENOMEM.  The cursor moves past the window.
 */
bs_object *bs_logwin_object(const bs_object *meta, uint8_t *data, size_t len, uint64_t off,
                            bs_logwin_cursor *cur, const bs_hashes *hashes);

/*
 * The whole of reading a log in windows: hashes the file through rd (up to
 * --hash-max-size; a read error is an errors[] entry and the file goes on
 * unhashed), hands meta and the hashes to sink->unscanned (file-name and hash
 * IOCs see the file once), then bs_logwin_emit.
 */
bs_status bs_logwin_read(bs_sink *sink, const bs_object *meta, bs_logwin_read_fn rd, void *arg);

/*
 * Emits meta's content as windows at its location (bs_object.window): each
 * at most a quarter of the content budget and --max-file-size, cut after its
 * last newline, read only when the sink has room for it (sink->wait_room),
 * carrying the file's hashes (NULL: not hashed).  The caller has already
 * handed meta and the same hashes to sink->unscanned (file-name and hash
 * IOCs see the file once).  BS_FATAL when the sink stops the walk.
 */
bs_status bs_logwin_emit(bs_sink *sink, const bs_object *meta, const bs_hashes *hashes,
                         bs_logwin_read_fn rd, void *arg);

#endif
