/*
 * image.c - the `image` collector: disk images read without mounting.
 *
 * Owns the collector table and the decisions at its edges: which files are
 * images (by content first; a known image extension alone claims a file only
 * so that a broken image is reported as one), which file of a segment set
 * is opened (the first; later segments are listed as skipped), and what an
 * image found inside another object becomes (its files, nested locations).
 * The work itself is in image_open.c (formats), image_walk.c (volumes, file
 * systems, files) and image_evidence.c (--hash-evidence).
 */
#include "collectors/image.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/fileio.h"
#include "collectors/collector.h"

/* Extensions that name an image even when the content says nothing. */
static const struct {
    const char *ext;
    bs_image_format fmt;
} image_exts[] = {
    {".e01", BS_IMG_EWF},    {".qcow2", BS_IMG_QCOW2}, {".qcow", BS_IMG_QCOW2},
    {".vmdk", BS_IMG_VMDK},  {".vhd", BS_IMG_VHD},     {".vhdx", BS_IMG_VHDX},
    {".dd", BS_IMG_RAW},     {".raw", BS_IMG_RAW},     {".img", BS_IMG_RAW},
    {".001", BS_IMG_RAW},
};

/* Reads up to cap bytes at off; returns the count (0 on error). */
static size_t pread_full(int fd, uint8_t *buf, size_t cap, uint64_t off)
{
    size_t got = 0;

    while (got < cap) {
        ssize_t n = pread(fd, buf + got, cap - got, (off_t)(off + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    return got;
}

static bs_image_format format_by_extension(const char *path)
{
    size_t n = strlen(path);

    for (size_t i = 0; i < sizeof(image_exts) / sizeof(image_exts[0]); i++) {
        size_t k = strlen(image_exts[i].ext);
        if (n > k && strcasecmp(path + n - k, image_exts[i].ext) == 0)
            return image_exts[i].fmt;
    }
    return BS_IMG_NONE;
}

/* The head (BS_IMAGE_DETECT_HEAD) and tail of a file; false when unreadable. */
static bool read_ends(const char *path, uint8_t *head, size_t *head_len, uint8_t *tail,
                      size_t *tail_len, uint64_t *size)
{
    int fd = bs_open_readonly(path);
    struct stat st;

    if (fd < 0)
        return false;
    if (fstat(fd, &st) != 0) {
        close(fd);
        return false;
    }
    *size = (uint64_t)st.st_size;
    *head_len = pread_full(fd, head, BS_IMAGE_DETECT_HEAD, 0);
    *tail_len = *size >= BS_IMAGE_DETECT_TAIL
                    ? pread_full(fd, tail, BS_IMAGE_DETECT_TAIL, *size - BS_IMAGE_DETECT_TAIL)
                    : 0;
    close(fd);
    return true;
}

static bool file_exists(const char *path)
{
    struct stat st;

    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Raw layout at offset 0 of a file (used for the first segment of a split set). */
static bool path_is_raw(const char *path)
{
    uint8_t *head = malloc(BS_IMAGE_DETECT_HEAD);
    int fd = head ? bs_open_readonly(path) : -1;
    size_t n = 0;

    if (fd >= 0) {
        n = pread_full(fd, head, BS_IMAGE_DETECT_HEAD, 0);
        close(fd);
    }
    bool raw = n > 0 && bs_image_detect_layout(head, n) != BS_LAYOUT_NONE;
    free(head);
    return raw;
}

/* A raw file: single, first of a split set, or a later segment of one. */
static bs_image_format classify_raw(const char *path, bool raw_content)
{
    char other[BS_IMAGE_NAME_MAX];

    if (raw_content) {
        if (bs_image_is_first_segment_name(path) &&
            bs_image_next_segment_name(path, other, sizeof(other)) && file_exists(other))
            return BS_IMG_SPLIT_RAW;
        return BS_IMG_RAW;
    }
    if (bs_image_first_segment_name(path, other, sizeof(other)) && strcmp(other, path) != 0 &&
        file_exists(other) && path_is_raw(other))
        return BS_IMG_SEGMENT;
    return BS_IMG_NONE;
}

/* Detection from a file's head and tail; *by_ext tells a claim made on the name alone. */
static bs_image_format detect_ends(const char *path, const uint8_t *head, size_t head_len,
                                   const uint8_t *tail, size_t tail_len, bool *by_ext)
{
    bs_image_format fmt = bs_image_detect_container(head, head_len, tail, tail_len);

    *by_ext = false;
    if (fmt == BS_IMG_EWF && bs_image_ewf_segment_number(head, head_len) > 1)
        fmt = BS_IMG_SEGMENT;
    if (fmt == BS_IMG_NONE)
        fmt = classify_raw(path, bs_image_detect_layout(head, head_len) != BS_LAYOUT_NONE);
    if (fmt == BS_IMG_NONE && (fmt = format_by_extension(path)) != BS_IMG_NONE)
        *by_ext = true;
    return fmt;
}

/* Full detection of a file target: reads its head and tail. */
static bs_image_format detect_path(const char *path, bool *by_ext)
{
    uint8_t *head = malloc(BS_IMAGE_DETECT_HEAD), tail[BS_IMAGE_DETECT_TAIL];
    size_t head_len = 0, tail_len = 0;
    uint64_t size = 0;
    bs_image_format fmt;

    if (!head || !read_ends(path, head, &head_len, tail, &tail_len, &size))
        head_len = tail_len = 0;
    fmt = detect_ends(path, head, head_len, tail, tail_len, by_ext);
    free(head);
    return fmt;
}

/* The last BS_IMAGE_DETECT_TAIL bytes of a file of the given size (0 when shorter). */
static size_t read_tail(const char *path, uint64_t size, uint8_t *tail)
{
    int fd;
    size_t n = 0;

    if (size < BS_IMAGE_DETECT_TAIL || (fd = bs_open_readonly(path)) < 0)
        return 0;
    n = pread_full(fd, tail, BS_IMAGE_DETECT_TAIL, size - BS_IMAGE_DETECT_TAIL);
    close(fd);
    return n;
}

/* Uses the head it is handed (the scanner reads BS_PROBE_HEAD bytes); reads only the tail. */
static bool image_probe_path(const char *path, const uint8_t *head, size_t head_len,
                             uint64_t size, const char **format)
{
    uint8_t tail[BS_IMAGE_DETECT_TAIL];
    bool by_ext;
    bs_image_format fmt;

    if (head_len >= BS_IMAGE_DETECT_HEAD || head_len >= size)
        fmt = detect_ends(path, head, head_len, tail, read_tail(path, size, tail), &by_ext);
    else
        fmt = detect_path(path, &by_ext); /* a short head: read it ourselves */
    if (fmt == BS_IMG_NONE)
        return false;
    *format = bs_image_format_name(fmt);
    return true;
}

static bs_status image_collect_path(bs_sink *sink, const char *path, const char *location)
{
    bool by_ext;
    bs_image_format fmt = detect_path(path, &by_ext);
    bs_image *im = NULL;
    bs_status st;
    bs_error err;

    if (access(path, R_OK) != 0) {
        bs_sink_error(sink, location, "open", "%s", strerror(errno));
        return BS_FAILED;
    }
    if (fmt == BS_IMG_SEGMENT) {
        bs_sink_target_format(sink, "segment");
        bs_sink_skipped(sink, location, "segment",
                        "a later segment of a split or EWF image: opened from its first segment");
        return BS_OK;
    }
    if (fmt == BS_IMG_NONE)
        fmt = BS_IMG_RAW;
    bs_sink_target_format(sink, bs_image_format_name(fmt));
    bs_error_clear(&err);
    if (bs_image_open_path(path, fmt, &im, &err) != BS_OK) {
        bs_sink_error(sink, location, err.stage[0] ? err.stage : "open", "%s%s", err.message,
                      by_ext ? " (claimed as an image by its file name only)" : "");
        if (sink->cfg->hash_evidence)
            bs_image_hash_files(sink, &path, 1, location);
        return BS_FAILED; /* nothing of this target can be read */
    }
    if (bs_image_incomplete(im))
        bs_sink_error(sink, location, "open",
                      "EWF set incomplete: %d segment file(s) found, a segment is missing or "
                      "damaged; data past it cannot be read",
                      bs_image_segment_count(im));
    if (sink->cfg->hash_evidence)
        bs_image_hash_evidence(sink, im, location);
    st = bs_image_walk(sink, im, location, false, 0);
    bs_image_close(im);
    return st;
}

static bool image_probe_object(const bs_object *obj, const char **format)
{
    bs_image_format fmt;

    if (!obj->data || obj->len < BS_IMAGE_DETECT_TAIL)
        return false;
    fmt = bs_image_detect_buffer(obj->data, obj->len);
    if (fmt == BS_IMG_NONE)
        return false;
    *format = bs_image_format_name(fmt);
    return true;
}

static bs_status image_collect_object(bs_sink *sink, const bs_object *obj)
{
    bs_image_format fmt = bs_image_detect_buffer(obj->data, obj->len);
    bs_image *im = NULL;
    bs_status st;
    bs_error err;

    if (fmt == BS_IMG_NONE || (sink->cfg && sink->cfg->no_images))
        return BS_OK;
    bs_error_clear(&err);
    if (bs_image_open_buffer(obj->data, obj->len, fmt, &im, &err) != BS_OK) {
        bs_sink_error(sink, obj->location, err.stage[0] ? err.stage : "open", "%s image: %s",
                      bs_image_format_name(fmt), err.message);
        return BS_WARN;
    }
    st = bs_image_walk(sink, im, obj->location, true, obj->depth + 1);
    bs_image_close(im);
    return st;
}

const bs_collector bs_collector_image = {
    .name = "image",
    .probe_path = image_probe_path,
    .collect_path = image_collect_path,
    .probe_object = image_probe_object,
    .collect_object = image_collect_object,
};
