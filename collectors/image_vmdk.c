/*
 * image_vmdk.c - a VMDK hosted sparse extent ("KDMV": monolithicSparse and
 * streamOptimized) held in memory, read as a TSK external image.
 *
 * Used for a VMDK found inside another object: TSK's own VMDK reader
 * (libvmdk) opens extents by file name, which an in-memory copy does not
 * have; and for a top-level single-extent sparse VMDK renamed after creation
 * (its embedded descriptor names the old file, which libvmdk would look
 * for): the file is then mapped and read here (image_open.c).  Other top-level VMDK
 * targets (split and flat extents) go through TSK/libvmdk.  Every offset read
 * from the header and the grain tables is checked against the buffer.
 */
#include "collectors/image_ext.h"
#include "collectors/image_tsk.h"

#include <stdlib.h>
#include <string.h>

#include <tsk/libtsk.h>
#include <zlib.h>

#include "core/bytes.h"

#define VMDK_SECTOR 512ULL
#define VMDK_HEADER_LEN 512U
#define VMDK_MAGIC 0x564d444bU /* "KDMV" little-endian */
#define VMDK_FLAG_COMPRESSED (1U << 16)
#define VMDK_GD_AT_END 0xffffffffffffffffULL
#define VMDK_FOOTER_FROM_END 1024U /* streamOptimized: footer header before the EOS marker */
#define VMDK_MAX_GRAIN_SECTORS 2048ULL /* 1 MiB grains at most */
#define VMDK_MAX_GTES 4096U
#define VMDK_MARKER_LEN 12U /* lba (8) + compressed size (4) */
#define VMDK_MAX_DESCRIPTOR (64U << 10) /* embedded descriptor bytes read, at most */

typedef struct vmdk_geom {
    uint64_t capacity;   /* sectors */
    uint64_t grain;      /* sectors per grain */
    uint64_t gd_offset;  /* sector of the grain directory */
    uint32_t gtes_per_gt;
    uint32_t flags;
} vmdk_geom;

typedef struct vmdk_img {
    TSK_IMG_INFO info; /* first member, as TSK requires */
    const uint8_t *data;
    size_t len;
    vmdk_geom g;
    uint8_t *grain_buf; /* one decompressed grain */
    uint64_t cached_grain; /* index held in grain_buf, or UINT64_MAX */
} vmdk_img;

static bool parse_header(const uint8_t *h, vmdk_geom *g)
{
    if (bs_le32(h) != VMDK_MAGIC)
        return false;
    g->flags = bs_le32(h + 8);
    g->capacity = bs_le64(h + 12);
    g->grain = bs_le64(h + 20);
    g->gtes_per_gt = bs_le32(h + 44);
    g->gd_offset = bs_le64(h + 56);
    return true;
}

static bool geometry_ok(const vmdk_geom *g)
{
    return g->grain >= 1 && g->grain <= VMDK_MAX_GRAIN_SECTORS && (g->grain & (g->grain - 1)) == 0 &&
           g->gtes_per_gt >= 1 && g->gtes_per_gt <= VMDK_MAX_GTES && g->capacity > 0 &&
           g->capacity <= (uint64_t)INT64_MAX / VMDK_SECTOR && g->gd_offset != VMDK_GD_AT_END;
}

static bool parse(const uint8_t *data, size_t len, vmdk_geom *g)
{
    if (len < VMDK_HEADER_LEN || !parse_header(data, g))
        return false;
    if (g->gd_offset == VMDK_GD_AT_END) { /* streamOptimized: real header in the footer */
        if (len < VMDK_FOOTER_FROM_END + VMDK_HEADER_LEN ||
            !parse_header(data + len - VMDK_FOOTER_FROM_END, g))
            return false;
    }
    return geometry_ok(g);
}

/* u32 at sector offset sec + index, or false when outside the buffer. */
static bool table_entry(const vmdk_img *v, uint64_t sec, uint64_t index, uint32_t *out)
{
    uint64_t off;

    if (sec > v->len / VMDK_SECTOR)
        return false;
    off = sec * VMDK_SECTOR + index * 4;
    if (off > v->len || v->len - off < 4)
        return false;
    *out = bs_le32(v->data + off);
    return true;
}

/* Sector where grain gi's data starts (0: not allocated, reads as zeros); false on corruption. */
static bool grain_sector(const vmdk_img *v, uint64_t gi, uint64_t *sec)
{
    uint32_t gt, gte;

    if (!table_entry(v, v->g.gd_offset, gi / v->g.gtes_per_gt, &gt))
        return false;
    if (gt == 0) {
        *sec = 0;
        return true;
    }
    if (!table_entry(v, gt, gi % v->g.gtes_per_gt, &gte))
        return false;
    *sec = gte <= 1 ? 0 : gte; /* 1: an explicitly zeroed grain */
    return true;
}

/* Loads grain gi into grain_buf (decompressing streamOptimized grains). */
static bool load_grain(vmdk_img *v, uint64_t gi)
{
    uint64_t sec, glen = v->g.grain * VMDK_SECTOR, off;
    uLongf out_len = (uLongf)glen;

    if (v->cached_grain == gi)
        return true;
    if (!grain_sector(v, gi, &sec))
        return false;
    memset(v->grain_buf, 0, glen);
    if (sec != 0) {
        if (sec > v->len / VMDK_SECTOR)
            return false;
        off = sec * VMDK_SECTOR;
        if (v->g.flags & VMDK_FLAG_COMPRESSED) {
            uint32_t clen;
            if (v->len - off < VMDK_MARKER_LEN)
                return false;
            clen = bs_le32(v->data + off + 8);
            if (clen > v->len - off - VMDK_MARKER_LEN ||
                uncompress(v->grain_buf, &out_len, v->data + off + VMDK_MARKER_LEN, clen) != Z_OK)
                return false;
        } else {
            if (v->len - off < glen)
                return false;
            memcpy(v->grain_buf, v->data + off, glen);
        }
    }
    v->cached_grain = gi;
    return true;
}

static ssize_t vmdk_read(TSK_IMG_INFO *img, TSK_OFF_T off, char *buf, size_t len)
{
    vmdk_img *v = (vmdk_img *)img;
    uint64_t glen = v->g.grain * VMDK_SECTOR, size = (uint64_t)img->size, done = 0;

    if (off < 0 || (uint64_t)off >= size)
        return 0;
    if (len > size - (uint64_t)off)
        len = (size_t)(size - (uint64_t)off);
    while (done < len) {
        uint64_t pos = (uint64_t)off + done, gi = pos / glen, in = pos % glen;
        size_t n = (size_t)(glen - in < len - done ? glen - in : len - done);

        if (!load_grain(v, gi)) {
            tsk_error_reset();
            tsk_error_set_errno(TSK_ERR_IMG_READ);
            tsk_error_set_errstr("vmdk: corrupt grain table or grain %llu", (unsigned long long)gi);
            v->cached_grain = UINT64_MAX;
            return done ? (ssize_t)done : -1;
        }
        memcpy(buf + done, v->grain_buf + in, n);
        done += n;
    }
    return (ssize_t)done;
}

static void vmdk_close(TSK_IMG_INFO *img)
{
    vmdk_img *v = (vmdk_img *)img;

    free(v->grain_buf);
    free(v);
}

static void vmdk_imgstat(TSK_IMG_INFO *img, FILE *out)
{
    fprintf(out, "Image Type: VMDK sparse extent (in memory)\nSize in bytes: %lld\n",
            (long long)img->size);
}

/*
 * Lines of an embedded descriptor that declare an extent
 * (RW 16384 SPARSE "disk.vmdk"); file and file_len: the quoted file name of
 * the last one (empty when it has none).
 */
static int count_extent_lines(const char *d, size_t n, const char **file, size_t *file_len)
{
    int extents = 0;
    size_t i = 0;

    *file = "";
    *file_len = 0;
    while (i < n) {
        const char *line = d + i;
        const char *nl = memchr(line, '\n', n - i);
        size_t len = nl ? (size_t)(nl - line) : n - i;
        const char *q1, *q2;

        if ((len > 3 && memcmp(line, "RW ", 3) == 0) ||
            (len > 7 && memcmp(line, "RDONLY ", 7) == 0) ||
            (len > 9 && memcmp(line, "NOACCESS ", 9) == 0)) {
            extents++;
            q1 = memchr(line, '"', len);
            q2 = q1 ? memchr(q1 + 1, '"', len - (size_t)(q1 + 1 - line)) : NULL;
            *file = q2 ? q1 + 1 : "";
            *file_len = q2 ? (size_t)(q2 - q1 - 1) : 0;
        }
        i += len + 1;
    }
    return extents;
}

bool bs_image_vmdk_single_extent(const uint8_t *data, size_t len, const char *name)
{
    vmdk_geom g;
    uint64_t off, size;
    const char *file;
    size_t file_len;

    if (!parse(data, len, &g))
        return false;
    off = bs_le64(data + 28); /* descriptorOffset, sectors */
    size = bs_le64(data + 36); /* descriptorSize, sectors */
    if (off == 0 || size == 0 || off > len / VMDK_SECTOR || size > VMDK_MAX_DESCRIPTOR / VMDK_SECTOR)
        return false; /* no descriptor: one extent of a split set */
    off *= VMDK_SECTOR;
    size *= VMDK_SECTOR;
    if (size > len - off)
        size = len - off;
    if (count_extent_lines((const char *)data + off, (size_t)size, &file, &file_len) != 1)
        return false;
    return !name || strlen(name) != file_len || memcmp(name, file, file_len) != 0;
}

void *bs_image_ext_vmdk_memory(const uint8_t *data, size_t len, bs_error *err)
{
    vmdk_img *v;
    vmdk_geom g;
    TSK_IMG_INFO *img;

    if (!parse(data, len, &g)) {
        bs_error_set(err, "open", "not a VMDK sparse extent, or its header is corrupt "
                                  "(VMDK descriptors with separate extent files cannot be read "
                                  "from inside another container)");
        return NULL;
    }
    if (!(v = calloc(1, sizeof(*v))) || !(v->grain_buf = malloc(g.grain * VMDK_SECTOR))) {
        if (v)
            free(v);
        bs_error_set(err, "open", "out of memory");
        return NULL;
    }
    v->data = data;
    v->len = len;
    v->g = g;
    v->cached_grain = UINT64_MAX;
    img = tsk_img_open_external(v, (TSK_OFF_T)(g.capacity * VMDK_SECTOR), (unsigned)VMDK_SECTOR,
                                vmdk_read, vmdk_close, vmdk_imgstat);
    if (!img) {
        bs_image_tsk_error(err, "open", "cannot open the VMDK extent");
        vmdk_close(&v->info);
    }
    return img;
}
