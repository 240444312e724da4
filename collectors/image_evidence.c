/*
 * image_evidence.c - chain of custody for image targets (--hash-evidence).
 *
 * Owns: the sha256 over all segment files of an image, in order (the
 * target's "sha256"), one sha256 per segment file when there are several
 * (target field "evidence"), and for EWF sets the MD5/SHA1 stored by the
 * acquisition tool compared with the MD5/SHA1 of the media data read back
 * (target field "ewf"; a mismatch is also an errors[] entry, stage "verify").
 */
#include "collectors/image.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libewf.h>

#include "report/model.h"
#include "core/fileio.h"
#include "core/limits.h"

#define MD5_BYTES 16
#define HASH_TEXT_MAX 129

/* Streams one file into both hashers. */
static bs_status hash_file(const char *path, uint8_t *buf, bs_hasher *total, bs_hasher *own,
                           uint64_t *size, bs_error *err)
{
    int fd = bs_open_readonly(path);
    ssize_t n;

    *size = 0;
    if (fd < 0) {
        bs_error_set(err, "hash", "%s: %s", path, strerror(errno));
        return BS_FAILED;
    }
    while ((n = read(fd, buf, BS_READ_CHUNK)) != 0) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            bs_error_set(err, "hash", "%s: %s", path, strerror(errno));
            close(fd);
            return BS_FAILED;
        }
        bs_hasher_update(total, buf, (size_t)n);
        bs_hasher_update(own, buf, (size_t)n);
        *size += (uint64_t)n;
    }
    close(fd);
    return BS_OK;
}

/* One segment's digest, kept until the whole set is known to have hashed. */
typedef struct segment_hash {
    uint64_t size;
    char sha256[65];
} segment_hash;

void bs_image_hash_files(bs_sink *sink, const char *const *files, int n, const char *location)
{
    uint8_t *buf = malloc(BS_READ_CHUNK);
    bs_hasher *total = bs_hasher_new(BS_HASH_SHA256);
    segment_hash *segs = calloc(n > 0 ? (size_t)n : 1, sizeof(*segs));
    bs_status st = buf && total && segs ? BS_OK : BS_FAILED;
    bs_error err;
    bs_hashes h;

    bs_error_set(&err, "hash", "out of memory");
    for (int i = 0; i < n && st == BS_OK; i++) {
        bs_hasher *own = bs_hasher_new(BS_HASH_SHA256);

        st = own ? hash_file(files[i], buf, total, own, &segs[i].size, &err) : BS_FAILED;
        if (own) {
            bs_hasher_finish(own, &h);
            memcpy(segs[i].sha256, h.sha256, sizeof(segs[i].sha256));
        }
    }
    if (total)
        bs_hasher_finish(total, &h);
    if (st == BS_OK) {
        bs_report_target_sha256(sink->report, sink->target, h.sha256);
        for (int i = 0; n > 1 && i < n; i++)
            bs_report_target_segment(sink->report, sink->target, files[i], segs[i].size,
                                     segs[i].sha256);
    } else {
        bs_sink_error(sink, location, err.stage, "%s", err.message);
    }
    free(segs);
    free(buf);
}

/* Stored hashes: lower-case hex, "" when the set has none. */
static void ewf_stored(libewf_handle_t *h, char *md5, char *sha1)
{
    uint8_t raw[MD5_BYTES];
    uint8_t text[HASH_TEXT_MAX];

    md5[0] = sha1[0] = '\0';
    if (libewf_handle_get_md5_hash(h, raw, sizeof(raw), NULL) == 1)
        bs_hex(raw, sizeof(raw), md5);
    if (libewf_handle_get_utf8_hash_value_sha1(h, text, sizeof(text), NULL) == 1) {
        text[40] = '\0'; /* a SHA1 is 40 hex digits */
        memcpy(sha1, text, strlen((const char *)text) + 1);
        for (char *p = sha1; *p; p++)
            *p = (char)(*p >= 'A' && *p <= 'F' ? *p - 'A' + 'a' : *p);
    }
}

/* MD5 and SHA1 of the media data, read back through libewf. */
static bs_status ewf_computed(libewf_handle_t *h, uint64_t size, bs_hashes *out, bs_error *err)
{
    uint8_t *buf = malloc(BS_READ_CHUNK);
    bs_hasher *hs = bs_hasher_new(BS_HASH_MD5 | BS_HASH_SHA1);
    libewf_error_t *lerr = NULL;
    uint64_t off = 0;
    bs_status st = buf && hs ? BS_OK : BS_FAILED;

    bs_error_set(err, "verify", "out of memory");
    while (st == BS_OK && off < size) {
        size_t want = size - off < BS_READ_CHUNK ? (size_t)(size - off) : BS_READ_CHUNK;
        ssize_t n = libewf_handle_read_random(h, buf, want, (off64_t)off, &lerr);
        if (n <= 0) {
            char msg[256] = "short read";
            if (lerr)
                libewf_error_sprint(lerr, msg, sizeof(msg));
            libewf_error_free(&lerr);
            bs_error_set(err, "verify", "reading media at offset %llu: %s",
                         (unsigned long long)off, msg);
            st = BS_FAILED;
            break;
        }
        bs_hasher_update(hs, buf, (size_t)n);
        off += (uint64_t)n;
    }
    if (hs)
        bs_hasher_finish(hs, out);
    free(buf);
    return st;
}

static void ewf_hashes(bs_sink *sink, bs_image *im, const char *location)
{
    libewf_handle_t *h = bs_image_ewf_handle(im);
    bs_ewf_check check;
    bs_hashes computed;
    bs_error err;

    if (!h)
        return;
    ewf_stored(h, check.stored_md5, check.stored_sha1);
    if (ewf_computed(h, bs_image_media_size(im), &computed, &err) != BS_OK) {
        bs_sink_error(sink, location, err.stage, "%s", err.message);
        return;
    }
    memcpy(check.computed_md5, computed.md5, sizeof(check.computed_md5));
    memcpy(check.computed_sha1, computed.sha1, sizeof(check.computed_sha1));
    bs_report_target_ewf(sink->report, sink->target, &check);
    if ((check.stored_md5[0] && strcmp(check.stored_md5, check.computed_md5) != 0) ||
        (check.stored_sha1[0] && strcmp(check.stored_sha1, check.computed_sha1) != 0))
        bs_sink_error(sink, location, "verify",
                      "media hash differs from the hash stored in the EWF set (md5 stored %s, read %s)",
                      check.stored_md5[0] ? check.stored_md5 : "none", check.computed_md5);
}

void bs_image_hash_evidence(bs_sink *sink, bs_image *im, const char *location)
{
    int n = bs_image_segment_count(im); /* EWF sets are not capped: thousands of segments */
    const char **files = calloc(n > 0 ? (size_t)n : 1, sizeof(*files));

    if (!files) {
        bs_sink_error(sink, location, "hash", "out of memory");
        return;
    }
    for (int i = 0; i < n; i++)
        files[i] = bs_image_segment(im, i);
    bs_image_hash_files(sink, files, n, location);
    free(files);
    if (bs_image_format_of(im) == BS_IMG_EWF)
        ewf_hashes(sink, im, location);
}
