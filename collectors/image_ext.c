/*
 * image_ext.c - disk images that TSK reads through its external image
 * interface (tsk_img_open_external): a buffer in memory (an image found
 * inside another object), an EWF set through libewf, and a QCOW image
 * through libqcow.  No temporary raw copy is ever made: TSK calls our read
 * function, which reads from the library handle or the buffer.
 *
 * TSK serializes calls to read per image handle (tsk_img_read holds the
 * handle's cache lock), which is what libewf and libqcow need.
 */
#include "collectors/image_ext.h"
#include "collectors/image_tsk.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libewf.h>
#include <libqcow.h>
#include <tsk/libtsk.h>

#define LIB_ERROR_MAX 256U
#define DEFAULT_SECTOR 512U
#define EWF_DEFAULT_CHUNK (64U * 512U)

typedef enum { EXT_MEMORY, EXT_EWF, EXT_QCOW } ext_kind;

typedef struct ext_img {
    TSK_IMG_INFO info; /* first member: TSK casts between the two */
    ext_kind kind;
    const uint8_t *data; /* EXT_MEMORY, not owned */
    libewf_handle_t *ewf;
    uint64_t chunk_size, n_chunks; /* EWF: read unit, and chunks in the media */
    uint8_t *bad_chunks;           /* EWF: bitmap of chunks libewf could not read */
    libqcow_file_t *qcow;
} ext_img;

static ssize_t mem_read(TSK_IMG_INFO *img, TSK_OFF_T off, char *buf, size_t len)
{
    ext_img *e = (ext_img *)img;
    uint64_t size = (uint64_t)img->size;

    if (off < 0 || (uint64_t)off >= size)
        return 0;
    if (len > size - (uint64_t)off)
        len = (size_t)(size - (uint64_t)off);
    memcpy(buf, e->data + off, len);
    return (ssize_t)len;
}

/* Library errors become TSK errors so that TSK's message names the cause. */
static void set_tsk_read_error(const char *lib, const char *msg, TSK_OFF_T off)
{
    tsk_error_reset();
    tsk_error_set_errno(TSK_ERR_IMG_READ);
    tsk_error_set_errstr("%s read at offset %lld: %s", lib, (long long)off, msg);
}

static bool chunk_is_bad(const ext_img *e, uint64_t chunk)
{
    return e->bad_chunks && chunk < e->n_chunks && (e->bad_chunks[chunk / 8] & (1U << (chunk % 8)));
}

/* Remembers an unreadable chunk (bitmap allocated on the first failure). */
static void mark_bad_chunk(ext_img *e, uint64_t chunk)
{
    if (!e->bad_chunks && e->n_chunks)
        e->bad_chunks = calloc((size_t)((e->n_chunks + 7) / 8), 1);
    if (e->bad_chunks && chunk < e->n_chunks)
        e->bad_chunks[chunk / 8] |= (uint8_t)(1U << (chunk % 8));
}

/*
 * Reads chunk by chunk so that a chunk libewf failed on (a missing segment)
 * is never asked for again: libewf 20140813 leaks a little on each failure.
 */
static ssize_t ewf_read(TSK_IMG_INFO *img, TSK_OFF_T off, char *buf, size_t len)
{
    ext_img *e = (ext_img *)img;
    libewf_error_t *lerr = NULL;
    char msg[LIB_ERROR_MAX] = "unreadable chunk (missing or damaged segment)";
    size_t done = 0;

    if (off < 0 || off >= img->size)
        return 0;
    if ((uint64_t)len > (uint64_t)(img->size - off))
        len = (size_t)(img->size - off);
    while (done < len) {
        uint64_t pos = (uint64_t)off + done, chunk = pos / e->chunk_size;
        size_t want = (size_t)(e->chunk_size - pos % e->chunk_size);
        ssize_t n = -1;

        if (want > len - done)
            want = len - done;
        if (!chunk_is_bad(e, chunk))
            n = libewf_handle_read_random(e->ewf, buf + done, want, (off64_t)pos, &lerr);
        if (n <= 0) {
            if (lerr) {
                libewf_error_sprint(lerr, msg, sizeof(msg));
                libewf_error_free(&lerr);
            }
            mark_bad_chunk(e, chunk);
            if (done)
                return (ssize_t)done;
            set_tsk_read_error("libewf", msg, (TSK_OFF_T)pos);
            return -1;
        }
        done += (size_t)n;
    }
    return (ssize_t)done;
}

static ssize_t qcow_read(TSK_IMG_INFO *img, TSK_OFF_T off, char *buf, size_t len)
{
    ext_img *e = (ext_img *)img;
    libqcow_error_t *lerr = NULL;
    char msg[LIB_ERROR_MAX] = "unknown error";
    ssize_t n;

    if (off < 0 || off >= img->size)
        return 0;
    n = libqcow_file_read_buffer_at_offset(e->qcow, buf, len, (off64_t)off, &lerr);
    if (n < 0) {
        if (lerr) {
            libqcow_error_sprint(lerr, msg, sizeof(msg));
            libqcow_error_free(&lerr);
        }
        set_tsk_read_error("libqcow", msg, off);
    }
    return n;
}

static void ext_close(TSK_IMG_INFO *img)
{
    ext_img *e = (ext_img *)img;

    if (e->ewf) {
        libewf_handle_close(e->ewf, NULL);
        libewf_handle_free(&e->ewf, NULL);
    }
    if (e->qcow) {
        libqcow_file_close(e->qcow, NULL);
        libqcow_file_free(&e->qcow, NULL);
    }
    free(e->bad_chunks);
    free(e);
}

static void ext_imgstat(TSK_IMG_INFO *img, FILE *out)
{
    static const char *const names[] = {"memory", "ewf", "qcow"};

    fprintf(out, "Image Type: external (%s)\nSize in bytes: %lld\n", names[((ext_img *)img)->kind],
            (long long)img->size);
}

/* Hands a filled ext_img to TSK; frees it (and its handles) on failure. */
static void *ext_open(ext_img *e, uint64_t size, unsigned sector, bs_error *err)
{
    ssize_t (*rd)(TSK_IMG_INFO *, TSK_OFF_T, char *, size_t) =
        e->kind == EXT_MEMORY ? mem_read : e->kind == EXT_EWF ? ewf_read : qcow_read;
    TSK_IMG_INFO *img;

    if (size > (uint64_t)INT64_MAX) {
        bs_error_set(err, "open", "image size out of range");
        ext_close(&e->info);
        return NULL;
    }
    img = tsk_img_open_external(e, (TSK_OFF_T)size, sector ? sector : DEFAULT_SECTOR, rd,
                                ext_close, ext_imgstat);
    if (!img) {
        bs_image_tsk_error(err, "open", "cannot open external image");
        ext_close(&e->info);
    }
    return img;
}

static ext_img *ext_new(ext_kind kind, bs_error *err)
{
    ext_img *e = calloc(1, sizeof(*e)); /* the struct holds TSK's 2 MiB read cache */

    if (!e)
        bs_error_set(err, "open", "out of memory");
    else
        e->kind = kind;
    return e;
}

void *bs_image_ext_memory(const uint8_t *data, size_t len, bs_error *err)
{
    ext_img *e = ext_new(EXT_MEMORY, err);

    if (!e)
        return NULL;
    e->data = data;
    return ext_open(e, len, DEFAULT_SECTOR, err);
}

static void lib_error(bs_error *err, const char *what, char *msg)
{
    bs_error_set(err, "open", "%s: %s", what, msg[0] ? msg : "unknown error");
}

void *bs_image_ext_ewf(char *const *segments, int n, void **ewf_handle, bool *incomplete,
                       bs_error *err)
{
    ext_img *e = ext_new(EXT_EWF, err);
    libewf_error_t *lerr = NULL;
    char msg[LIB_ERROR_MAX] = "";
    size64_t size = 0;
    uint32_t sector = DEFAULT_SECTOR;
    size32_t chunk = 0;
    void *img;

    if (!e)
        return NULL;
    if (libewf_handle_initialize(&e->ewf, &lerr) != 1 ||
        libewf_handle_open(e->ewf, (char *const *)segments, n, LIBEWF_OPEN_READ, &lerr) != 1 ||
        libewf_handle_get_media_size(e->ewf, &size, &lerr) != 1) {
        if (lerr) {
            libewf_error_sprint(lerr, msg, sizeof(msg));
            libewf_error_free(&lerr);
        }
        lib_error(err, "libewf cannot open the EWF set", msg);
        if (e->ewf)
            libewf_handle_free(&e->ewf, NULL); /* close is a no-op when open failed */
        free(e);
        return NULL;
    }
    /* A missing or damaged segment file: the set opens, reads past it fail. */
    *incomplete = libewf_handle_segment_files_corrupted(e->ewf, NULL) == 1;
    if (libewf_handle_get_bytes_per_sector(e->ewf, &sector, NULL) != 1 || sector == 0)
        sector = DEFAULT_SECTOR;
    if (libewf_handle_get_chunk_size(e->ewf, &chunk, NULL) != 1 || chunk == 0)
        chunk = EWF_DEFAULT_CHUNK;
    e->chunk_size = chunk;
    e->n_chunks = (size + chunk - 1) / chunk;
    *ewf_handle = e->ewf;
    img = ext_open(e, size, sector, err);
    if (!img)
        *ewf_handle = NULL;
    return img;
}

void *bs_image_ext_qcow(const char *path, bs_error *err)
{
    ext_img *e = ext_new(EXT_QCOW, err);
    libqcow_error_t *lerr = NULL;
    char msg[LIB_ERROR_MAX] = "";
    size64_t size = 0;

    if (!e)
        return NULL;
    if (libqcow_file_initialize(&e->qcow, &lerr) != 1 ||
        libqcow_file_open(e->qcow, path, LIBQCOW_OPEN_READ, &lerr) != 1 ||
        libqcow_file_get_media_size(e->qcow, &size, &lerr) != 1) {
        if (lerr) {
            libqcow_error_sprint(lerr, msg, sizeof(msg));
            libqcow_error_free(&lerr);
        }
        lib_error(err, "libqcow cannot open the image", msg);
        if (e->qcow)
            libqcow_file_free(&e->qcow, NULL);
        free(e);
        return NULL;
    }
    return ext_open(e, size, DEFAULT_SECTOR, err);
}
