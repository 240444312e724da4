/*
 * archive_detect.h - which archive or compression format a buffer holds, by
 * magic bytes only (never by name): the archive collector's probe, kept
 * apart so that it can be tested and fuzzed without libarchive state.  The
 * signatures are core/magic.c's table, shared with the file-type external.
 */
#ifndef BS_ARCHIVE_DETECT_H
#define BS_ARCHIVE_DETECT_H

#include <stddef.h>
#include <stdint.h>

#include "core/magic.h"

/* format: probe_object's answer; tar_format: a compression stream's answer when a tar is inside */
typedef bs_magic arc_magic;

/* The format of d[0..n), or NULL when it is no archive we open. */
const arc_magic *bs_archive_detect(const uint8_t *d, size_t n);

#endif
