/*
 * collector.h - the small table of callbacks every collector fills.
 *
 * A collector is one file (fs.c, archive.c, image.c) that defines one
 * `const bs_collector bs_collector_NAME` and is listed in collectors.c.
 */
#ifndef BS_COLLECTOR_H
#define BS_COLLECTOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "collectors/sink.h"

typedef struct bs_collector {
    const char *name; /* "fs", "archive", "image" */

    /*
     * Target level: does the file at `path` belong to this collector?  `head`
     * holds the first `head_len` bytes of the file (up to BS_PROBE_HEAD) and `size`
     * its size; the collector may also open the path (read-only) to look at
     * its end (VHD footer).  Sets *format ("ewf", "zip", ...) on a match.
     * NULL when the collector never takes whole targets.
     */
    bool (*probe_path)(const char *path, const uint8_t *head, size_t head_len, uint64_t size,
                       const char **format);

    /*
     * Collect a whole target given by path, emitting objects into sink.
     * BS_FAILED (or worse) with no object emitted means nothing of the
     * target could be read: the scan then exits 2 (docs/ARCHITECTURE.md, "Errors and exit status").
     */
    bs_status (*collect_path)(bs_sink *sink, const char *path, const char *location);

    /* Nested content: does this object's content belong to this collector? */
    bool (*probe_object)(const bs_object *obj, const char **format);

    /*
     * Collect the members of a container object already in memory.  Members
     * get location "<obj->location>!<member>" and depth obj->depth + 1.
     * The container object stays owned by the caller.
     */
    bs_status (*collect_object)(bs_sink *sink, const bs_object *obj);
} bs_collector;

extern const bs_collector bs_collector_fs;
extern const bs_collector bs_collector_archive;
extern const bs_collector bs_collector_image;

/* All collectors in probe order: image, archive, fs. NULL-terminated. */
extern const bs_collector *const bs_collectors[];

#endif
