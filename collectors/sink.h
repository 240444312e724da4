/*
 * sink.h - where a collector delivers what it finds.
 *
 * A collector walks one container (a directory, an archive, an image) and
 * hands every regular file to sink->emit as a bs_object (ownership passes to
 * the sink).  Problems go to bs_sink_error / bs_sink_skipped, which record
 * them in the report; nothing is skipped silently.
 *
 * At target level emit pushes into the work queue; for a container found
 * inside another object (a war in a directory, a zip in a tar) emit scans the
 * member at once in the same worker.
 */
#ifndef BS_SINK_H
#define BS_SINK_H

#include <stdint.h>

#include "core/config.h"
#include "core/hash.h"
#include "core/object.h"
#include "core/status.h"
#include "core/volume.h"

struct bs_report;

typedef struct bs_sink bs_sink;
struct bs_sink {
    /* Takes ownership of obj in all cases.  BS_FATAL means: stop walking. */
    bs_status (*emit)(bs_sink *sink, bs_object *obj);
    void *arg;                /* emit's own state */
    struct bs_report *report; /* errors, skipped, stats, volumes */
    const bs_config *cfg;     /* limits and switches */
    int target;               /* index of the target being collected */
    /*
     * Optional: called for a file that is listed in skipped[] instead of
     * scanned (too large), with its metadata (no content) and its hashes
     * (NULL when it could not be hashed), so that file-name and hash IOCs
     * still see it.
     */
    void (*unscanned)(void *unscanned_arg, const bs_object *meta, const bs_hashes *hashes);
    void *unscanned_arg;
    /*
     * Optional: blocks until an object of `bytes` content would fit in
     * --memory-limit; a collector calls it before reading a large piece
     * (a log window).  BS_FATAL: the scan is stopping.
     */
    bs_status (*wait_room)(bs_sink *sink, size_t bytes);
};

/* Record an errors[] entry for this sink's target. */
void bs_sink_error(bs_sink *sink, const char *location, const char *stage, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Record a skipped[] entry; detail may be NULL. */
void bs_sink_skipped(bs_sink *sink, const char *location, const char *reason, const char *detail);
/*
 * A file over --max-file-size: a skipped[] entry "too-large" (with its hashes
 * when hashes is not NULL), then the sink's unscanned hook.  meta carries the
 * file's location, path and metadata; its content is not used.
 */
void bs_sink_too_large(bs_sink *sink, const bs_object *meta, const char *detail,
                       const bs_hashes *hashes);
/* The size and digests of a file read in windows, known after its last one (report/windows.c). */
void bs_sink_window_file(bs_sink *sink, const char *location, uint64_t size,
                         const bs_hashes *hashes);
/* Add a volume to targets[].volumes[]. */
void bs_sink_volume(bs_sink *sink, const bs_volume_info *vol);
/* Count an opened archive / a deleted object in the target's stats. */
void bs_sink_count_archive(bs_sink *sink);
/* Set the target's detected format ("ewf", "qcow2", "raw", "zip", ...). */
void bs_sink_target_format(bs_sink *sink, const char *format);

#endif
