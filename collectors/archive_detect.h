/*
 * archive_detect.h - which archive or compression format a buffer holds, by
 * magic bytes only (never by name): the archive collector's probe, kept
 * apart so that it can be tested and fuzzed without libarchive state.
 */
#ifndef BS_ARCHIVE_DETECT_H
#define BS_ARCHIVE_DETECT_H

#include <stddef.h>
#include <stdint.h>

typedef struct arc_magic {
    size_t offset;
    const char *bytes;
    size_t len;
    const char *format;     /* probe_object's answer */
    const char *tar_format; /* compression streams: answer when a tar is inside */
} arc_magic;

/* The format of d[0..n), or NULL when it is no archive we open. */
const arc_magic *bs_archive_detect(const uint8_t *d, size_t n);

#endif
