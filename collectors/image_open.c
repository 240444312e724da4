/*
 * image_open.c - opening a disk image as one TSK_IMG_INFO, read-only.
 *
 * Owns bs_image: the TSK handle, the segment files it was opened from and
 * the libewf handle of EWF sets (for stored hashes).  Raw and split raw,
 * VMDK, VHD and VHDX go through TSK's own readers (libvmdk/libvhdi inside
 * TSK); EWF, QCOW and buffers in memory through image_ext.c.  A container
 * image found inside another object is read from memory: raw and VMDK
 * sparse extents directly (image_ext.c, image_vmdk.c), the other formats
 * through an anonymous in-memory file (memfd) given to their library by
 * /proc/self/fd path; nothing is written to disk.
 */
#include "collectors/image.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libewf.h>
#include <tsk/libtsk.h>

#include "collectors/image_ext.h"
#include "collectors/image_tsk.h"

#define FD_PATH_MAX 64

struct bs_image {
    TSK_IMG_INFO *img;
    bs_image_format format;
    char **segments;
    int n_segments;
    int memfd;       /* -1, or the in-memory file a nested container lives in */
    void *ewf;       /* libewf_handle_t *, owned by img */
    void *map;       /* a renamed sparse VMDK read by image_vmdk.c: the file's mapping */
    size_t map_len;
    bool incomplete; /* EWF: libewf reports missing/corrupt segment files */
};

void bs_image_free_names(char **names, int n)
{
    if (!names)
        return;
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* A one-element name list holding a copy of path. */
static int single_name(const char *path, char ***names, bs_error *err)
{
    *names = calloc(1, sizeof(char *));
    if (*names && ((*names)[0] = strdup(path)) != NULL)
        return 1;
    free(*names);
    *names = NULL;
    bs_error_set(err, "open", "out of memory");
    return -1;
}

static bool is_regular(const char *path)
{
    struct stat st;

    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int bs_image_find_split_segments(const char *path, char ***segs, bs_error *err)
{
    char cur[BS_IMAGE_NAME_MAX], next[BS_IMAGE_NAME_MAX];
    char **list = NULL;
    int n = 0;

    if (snprintf(cur, sizeof(cur), "%s", path) >= (int)sizeof(cur)) {
        bs_error_set(err, "open", "segment name too long");
        return -1;
    }
    for (;;) {
        char **grown = realloc(list, (size_t)(n + 1) * sizeof(char *));
        if (!grown || !(grown[n] = strdup(cur))) {
            list = grown ? grown : list;
            bs_image_free_names(list, n);
            bs_error_set(err, "open", "out of memory");
            return -1;
        }
        list = grown;
        n++;
        if (n >= BS_IMAGE_MAX_SEGMENTS || !bs_image_next_segment_name(cur, next, sizeof(next)) ||
            !is_regular(next))
            break;
        memcpy(cur, next, sizeof(cur));
    }
    *segs = list;
    return n;
}

/* All segment files of an EWF set, from its first segment (libewf_glob). */
static int ewf_segments(const char *path, char ***segs, bs_error *err)
{
    libewf_error_t *lerr = NULL;
    char **globbed = NULL, **list;
    int n = 0;

    if (libewf_glob(path, strlen(path), LIBEWF_FORMAT_UNKNOWN, &globbed, &n, &lerr) != 1 ||
        n <= 0) {
        libewf_error_free(&lerr);
        return single_name(path, segs, err); /* not an .E01-style name: open it alone */
    }
    list = calloc((size_t)n, sizeof(char *));
    for (int i = 0; list && i < n; i++) {
        if (!(list[i] = strdup(globbed[i]))) {
            bs_image_free_names(list, i);
            list = NULL;
        }
    }
    libewf_glob_free(globbed, n, NULL);
    if (!list) {
        bs_error_set(err, "open", "out of memory");
        return -1;
    }
    *segs = list;
    return n;
}

static int find_segments(const char *path, bs_image_format fmt, char ***segs, bs_error *err)
{
    if (fmt == BS_IMG_SPLIT_RAW)
        return bs_image_find_split_segments(path, segs, err);
    if (fmt == BS_IMG_EWF)
        return ewf_segments(path, segs, err);
    return single_name(path, segs, err);
}

static TSK_IMG_INFO *open_tsk(bs_image *im, bs_error *err)
{
    TSK_IMG_TYPE_ENUM type;
    TSK_IMG_INFO *img;

    switch (im->format) {
    case BS_IMG_EWF:
        return bs_image_ext_ewf(im->segments, im->n_segments, &im->ewf, &im->incomplete, err);
    case BS_IMG_QCOW2:
        return bs_image_ext_qcow(im->segments[0], err);
    case BS_IMG_VMDK:
        type = TSK_IMG_TYPE_VMDK_VMDK;
        break;
    case BS_IMG_VHD:
    case BS_IMG_VHDX:
        type = TSK_IMG_TYPE_VHD_VHD; /* libvhdi reads both */
        break;
    default:
        type = TSK_IMG_TYPE_RAW;
        break;
    }
    img = tsk_img_open_utf8(im->n_segments, (const char *const *)im->segments, type, 0);
    if (!img)
        bs_image_tsk_error(err, "open", "cannot open the image");
    return img;
}

/*
 * A single-extent sparse VMDK renamed after creation: its embedded descriptor
 * names the old file, so libvmdk would refuse it ("Error opening extent data
 * files", and TSK 4.11 leaks the handle then).  The whole disk is in this
 * file: map it and read it ourselves.  NULL when it is not such a file (the
 * caller then goes through TSK/libvmdk).
 */
static TSK_IMG_INFO *open_vmdk_renamed(bs_image *im, bs_error *err)
{
    int fd = open(im->segments[0], O_RDONLY | O_CLOEXEC);
    const char *base = strrchr(im->segments[0], '/');
    struct stat sb;
    TSK_IMG_INFO *img = NULL;

    if (fd < 0 || fstat(fd, &sb) != 0 || sb.st_size <= 0 || (uint64_t)sb.st_size > SIZE_MAX) {
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    im->map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (im->map == MAP_FAILED) {
        im->map = NULL;
        return NULL;
    }
    im->map_len = (size_t)sb.st_size;
    if (bs_image_vmdk_single_extent(im->map, im->map_len, base ? base + 1 : im->segments[0]))
        img = bs_image_ext_vmdk_memory(im->map, im->map_len, err);
    if (!img) {
        munmap(im->map, im->map_len);
        im->map = NULL;
    }
    return img;
}

static bs_image *image_new(bs_image_format fmt, bs_error *err)
{
    bs_image *im = calloc(1, sizeof(*im));

    if (!im) {
        bs_error_set(err, "open", "out of memory");
        return NULL;
    }
    im->format = fmt;
    im->memfd = -1;
    return im;
}

bs_status bs_image_open_path(const char *path, bs_image_format fmt, bs_image **out, bs_error *err)
{
    bs_image *im = image_new(fmt, err);

    *out = NULL;
    if (!im)
        return BS_FAILED;
    im->n_segments = find_segments(path, fmt, &im->segments, err);
    if (im->n_segments == 1 && fmt == BS_IMG_VMDK)
        im->img = open_vmdk_renamed(im, err);
    if (!im->img && im->n_segments >= 0)
        im->img = open_tsk(im, err);
    if (!im->img) {
        bs_image_close(im);
        return BS_FAILED;
    }
    *out = im;
    return BS_OK;
}

/* Copies data into an anonymous in-memory file; returns its fd or -1. */
static int memfd_copy(const uint8_t *data, size_t len, bs_error *err)
{
    int fd = memfd_create("breachscan-image", MFD_CLOEXEC);
    size_t done = 0;

    if (fd < 0) {
        bs_error_set(err, "open", "memfd_create: %s", strerror(errno));
        return -1;
    }
    while (done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            bs_error_set(err, "open", "copying the image into memory: %s", strerror(errno));
            close(fd);
            return -1;
        }
        done += (size_t)n;
    }
    return fd;
}

bs_status bs_image_open_buffer(const uint8_t *data, size_t len, bs_image_format fmt,
                               bs_image **out, bs_error *err)
{
    bs_image *im = image_new(fmt, err);
    char fdpath[FD_PATH_MAX];

    *out = NULL;
    if (!im)
        return BS_FAILED;
    if (fmt == BS_IMG_RAW || fmt == BS_IMG_SPLIT_RAW) {
        im->format = BS_IMG_RAW;
        im->img = bs_image_ext_memory(data, len, err);
    } else if (fmt == BS_IMG_VMDK) {
        im->img = bs_image_ext_vmdk_memory(data, len, err); /* libvmdk wants extent file names */
    } else if ((im->memfd = memfd_copy(data, len, err)) >= 0) {
        snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", im->memfd);
        if (single_name(fdpath, &im->segments, err) == 1) {
            im->n_segments = 1;
            im->img = open_tsk(im, err);
        }
    }
    if (!im->img) {
        bs_image_close(im);
        return BS_FAILED;
    }
    *out = im;
    return BS_OK;
}

void bs_image_close(bs_image *im)
{
    if (!im)
        return;
    if (im->img)
        tsk_img_close(im->img);
    if (im->memfd >= 0)
        close(im->memfd);
    if (im->map)
        munmap(im->map, im->map_len);
    bs_image_free_names(im->segments, im->n_segments);
    free(im);
}

void *bs_image_tsk(bs_image *im)
{
    return im->img;
}

bs_image_format bs_image_format_of(const bs_image *im)
{
    return im->format;
}

uint64_t bs_image_media_size(const bs_image *im)
{
    return im->img && im->img->size > 0 ? (uint64_t)im->img->size : 0;
}

int bs_image_segment_count(const bs_image *im)
{
    return im->n_segments;
}

const char *bs_image_segment(const bs_image *im, int i)
{
    return i >= 0 && i < im->n_segments ? im->segments[i] : NULL;
}

bool bs_image_incomplete(const bs_image *im)
{
    return im->incomplete;
}

void *bs_image_ewf_handle(bs_image *im)
{
    return im->ewf;
}
