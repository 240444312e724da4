/*
 * magic.h - the one table of file signatures (magic bytes at an offset) for
 * the whole program: the YARA `filetype` external and the report's file type
 * (matchers/filetype.c) and the archive collector's probe
 * (collectors/archive_detect.c) both read it, so they cannot disagree on what
 * a gzip stream or a tar file is.  Weak signatures (bzip2, old binary cpio) are
 * confirmed by a second look at the header before they count.
 */
#ifndef BS_MAGIC_H
#define BS_MAGIC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct bs_magic {
    size_t offset;
    const char *bytes;
    size_t len;
    const char *type;       /* short upper-case file type: "GZIP", "ELF" */
    const char *format;     /* archive format the archive collector opens; NULL: none */
    const char *tar_format; /* compression streams: the format when a tar is inside */
    bool (*confirm)(const uint8_t *d, size_t n); /* weak signature: second look; NULL: none */
} bs_magic;

/* The first signature that d[0..n) carries, or NULL. */
const bs_magic *bs_magic_find(const uint8_t *d, size_t n);

/* The first signature of an archive or compression format we open, or NULL. */
const bs_magic *bs_magic_archive(const uint8_t *d, size_t n);

#endif
