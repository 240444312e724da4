/*
 * magic.c - the signature table (see magic.h).  Order matters only for
 * bs_magic_find: archives and compression streams first, then executables,
 * documents, images and disk-image containers.
 */
#include "core/magic.h"

#include <stdbool.h>
#include <string.h>

#define MAGIC(off, lit, type, format, tar) {off, lit, sizeof(lit) - 1, type, format, tar, NULL}
#define MAGIC_CONFIRMED(off, lit, type, format, tar, confirm) \
    {off, lit, sizeof(lit) - 1, type, format, tar, confirm}

/* bzip2: "BZh", a block size digit, then a block or end-of-stream marker. */
static bool bzip2_plausible(const uint8_t *d, size_t n)
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
static bool cpio_binary_plausible(const uint8_t *d, size_t n)
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

static const bs_magic magics[] = {
    MAGIC(0, "PK\x03\x04", "ZIP", "zip", NULL),
    MAGIC(0, "PK\x05\x06", "ZIP", "zip", NULL), /* empty zip: end of central directory only */
    MAGIC(0, "7z\xbc\xaf\x27\x1c", "7Z", "7z", NULL),
    MAGIC(0, "Rar!\x1a\x07", "RAR", "rar", NULL),
    MAGIC(257, "ustar", "TAR", "tar", NULL),
    MAGIC(0, "070707", "CPIO", "cpio", NULL),
    MAGIC(0, "070701", "CPIO", "cpio", NULL),
    MAGIC(0, "070702", "CPIO", "cpio", NULL),
    MAGIC(0x8001, "CD001", "ISO", "iso9660", NULL),
    MAGIC(0, "\x1f\x8b\x08", "GZIP", "gzip", "tar.gz"), /* 08: deflate, gzip's only method */
    MAGIC_CONFIRMED(0, "BZh", "BZIP2", "bzip2", "tar.bz2", bzip2_plausible),
    MAGIC(0, "\xfd" "7zXZ\x00", "XZ", "xz", "tar.xz"),
    MAGIC(0, "\x28\xb5\x2f\xfd", "ZSTD", "zstd", "tar.zst"),
    MAGIC(0, "\x04\x22\x4d\x18", "LZ4", "lz4", "tar.lz4"),
    MAGIC(0, "LZIP", "LZIP", "lzip", "tar.lz"),
    MAGIC(0, "\x7f" "ELF", "ELF", NULL, NULL),
    MAGIC(0, "MZ", "EXE", NULL, NULL),
    MAGIC(0, "\xca\xfe\xba\xbe", "CLASS", NULL, NULL),
    MAGIC(0, "%PDF-", "PDF", NULL, NULL),
    MAGIC(0, "\x89PNG\r\n\x1a\n", "PNG", NULL, NULL),
    MAGIC(0, "\xff\xd8\xff", "JPEG", NULL, NULL),
    MAGIC(0, "GIF8", "GIF", NULL, NULL),
    MAGIC(0, "EVF\x09\x0d\x0a\xff\x00", "EWF", NULL, NULL),
    MAGIC(0, "QFI\xfb", "QCOW", NULL, NULL),
    MAGIC(0, "KDMV", "VMDK", NULL, NULL),
    MAGIC(0, "vhdxfile", "VHDX", NULL, NULL),
    MAGIC(0, "conectix", "VHD", NULL, NULL),
    MAGIC(0, "SQLite format 3", "SQLITE", NULL, NULL),
    MAGIC(0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE", NULL, NULL),
};

/* Old binary cpio: a two-byte magic, found only after the table. */
static const bs_magic cpio_binary = {0, NULL, 0, "CPIO", "cpio", NULL, NULL};

static bool carries(const bs_magic *m, const uint8_t *d, size_t n)
{
    if (m->offset + m->len > n || memcmp(d + m->offset, m->bytes, m->len) != 0)
        return false;
    return !m->confirm || m->confirm(d, n);
}

static const bs_magic *find(const uint8_t *d, size_t n, bool archives_only)
{
    if (!d || n == 0)
        return NULL;
    for (size_t i = 0; i < sizeof(magics) / sizeof(magics[0]); i++) {
        const bs_magic *m = &magics[i];

        if ((!archives_only || m->format) && carries(m, d, n))
            return m;
    }
    return cpio_binary_plausible(d, n) ? &cpio_binary : NULL;
}

const bs_magic *bs_magic_find(const uint8_t *d, size_t n)
{
    return find(d, n, false);
}

const bs_magic *bs_magic_archive(const uint8_t *d, size_t n)
{
    return find(d, n, true);
}
