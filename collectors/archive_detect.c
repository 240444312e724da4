/*
 * archive_detect.c - archive and compression formats by magic bytes (see
 * archive_detect.h).  Weak magics (bzip2, old binary cpio) are confirmed by
 * a second look at the header.
 */
#include "collectors/archive_detect.h"

#include <stdbool.h>
#include <string.h>

static const arc_magic arc_magics[] = {
    {0, "PK\x03\x04", 4, "zip", NULL},
    {0, "PK\x05\x06", 4, "zip", NULL}, /* empty zip: end of central directory only */
    {0, "7z\xbc\xaf\x27\x1c", 6, "7z", NULL},
    {0, "Rar!\x1a\x07", 6, "rar", NULL},
    {257, "ustar", 5, "tar", NULL},
    {0, "070707", 6, "cpio", NULL},
    {0, "070701", 6, "cpio", NULL},
    {0, "070702", 6, "cpio", NULL},
    {0x8001, "CD001", 5, "iso9660", NULL},
    {0, "\x1f\x8b\x08", 3, "gzip", "tar.gz"},
    {0, "BZh", 3, "bzip2", "tar.bz2"},
    {0, "\xfd"
        "7zXZ\0",
     6, "xz", "tar.xz"},
    {0, "\x28\xb5\x2f\xfd", 4, "zstd", "tar.zst"},
    {0, "\x04\x22\x4d\x18", 4, "lz4", "tar.lz4"},
    {0, "LZIP", 4, "lzip", "tar.lz"},
};

static const arc_magic arc_cpio_binary = {0, NULL, 0, "cpio", NULL};

/* bzip2: "BZh", a block size digit, then a block or end-of-stream marker. */
static bool arc_bzip2_plausible(const uint8_t *d, size_t n)
{
    static const uint8_t block[6] = {0x31, 0x41, 0x59, 0x26, 0x53, 0x59};
    static const uint8_t eos[6] = {0x17, 0x72, 0x45, 0x38, 0x50, 0x90};

    if (n < 10 || d[3] < '1' || d[3] > '9')
        return false;
    return memcmp(d + 4, block, 6) == 0 || memcmp(d + 4, eos, 6) == 0;
}

/*
 * Old binary cpio has a two-byte magic (070707 octal in either byte order),
 * too weak alone: also require a NUL-terminated name inside the data.
 */
static bool arc_cpio_binary_plausible(const uint8_t *d, size_t n)
{
    enum { HDR = 26, NAMESIZE_OFF = 20 };
    size_t namesize;

    if (n < HDR + 2)
        return false;
    if (d[0] == 0xc7 && d[1] == 0x71)
        namesize = d[NAMESIZE_OFF] | (size_t)d[NAMESIZE_OFF + 1] << 8;
    else if (d[0] == 0x71 && d[1] == 0xc7)
        namesize = (size_t)d[NAMESIZE_OFF] << 8 | d[NAMESIZE_OFF + 1];
    else
        return false;
    return namesize >= 2 && HDR + namesize <= n && d[HDR + namesize - 1] == '\0';
}

const arc_magic *bs_archive_detect(const uint8_t *d, size_t n)
{
    size_t i;

    if (!d || n == 0)
        return NULL;
    for (i = 0; i < sizeof(arc_magics) / sizeof(arc_magics[0]); i++) {
        const arc_magic *m = &arc_magics[i];

        if (m->offset + m->len > n || memcmp(d + m->offset, m->bytes, m->len) != 0)
            continue;
        if (strcmp(m->format, "bzip2") == 0 && !arc_bzip2_plausible(d, n))
            continue;
        return m;
    }
    return arc_cpio_binary_plausible(d, n) ? &arc_cpio_binary : NULL;
}
