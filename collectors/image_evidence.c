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

#include <cjson/cJSON.h>
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

static void report_json(bs_sink *sink, const char *key, cJSON *obj)
{
    char *text = cJSON_PrintUnformatted(obj);

    if (text)
        bs_report_target_extra(sink->report, sink->target, key, text);
    free(text);
}

void bs_image_hash_files(bs_sink *sink, const char *const *files, int n, const char *location)
{
    uint8_t *buf = malloc(BS_READ_CHUNK);
    bs_hasher *total = bs_hasher_new(BS_HASH_SHA256);
    cJSON *ev = cJSON_CreateObject(), *segs = cJSON_AddArrayToObject(ev, "segments");
    bs_status st = buf && total && segs ? BS_OK : BS_FAILED;
    bs_error err;
    bs_hashes h;

    bs_error_set(&err, "hash", "out of memory");
    for (int i = 0; i < n && st == BS_OK; i++) {
        bs_hasher *own = bs_hasher_new(BS_HASH_SHA256);
        uint64_t size = 0;
        cJSON *seg;

        st = own ? hash_file(files[i], buf, total, own, &size, &err) : BS_FAILED;
        if (own)
            bs_hasher_finish(own, &h);
        if (st == BS_OK && (seg = cJSON_CreateObject())) {
            cJSON_AddStringToObject(seg, "file", files[i]);
            cJSON_AddNumberToObject(seg, "size", (double)size);
            cJSON_AddStringToObject(seg, "sha256", h.sha256);
            cJSON_AddItemToArray(segs, seg);
        }
    }
    if (total)
        bs_hasher_finish(total, &h);
    if (st == BS_OK) {
        bs_report_target_sha256(sink->report, sink->target, h.sha256);
        if (n > 1)
            report_json(sink, "evidence", ev);
    } else {
        bs_sink_error(sink, location, err.stage, "%s", err.message);
    }
    cJSON_Delete(ev);
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

/* Adds "stored_X", "computed_X", "X_match"; returns -1 no stored value, 0 differ, 1 equal. */
static int compare(cJSON *o, const char *alg, const char *stored, const char *computed)
{
    char key[32];
    int match = stored[0] ? strcmp(stored, computed) == 0 : -1;

    snprintf(key, sizeof(key), "stored_%s", alg);
    if (stored[0])
        cJSON_AddStringToObject(o, key, stored);
    else
        cJSON_AddNullToObject(o, key);
    snprintf(key, sizeof(key), "computed_%s", alg);
    cJSON_AddStringToObject(o, key, computed);
    snprintf(key, sizeof(key), "%s_match", alg);
    if (match < 0)
        cJSON_AddNullToObject(o, key);
    else
        cJSON_AddBoolToObject(o, key, match);
    return match;
}

static void ewf_hashes(bs_sink *sink, bs_image *im, const char *location)
{
    libewf_handle_t *h = bs_image_ewf_handle(im);
    char md5[33], sha1[41];
    bs_hashes computed;
    bs_error err;
    cJSON *o;
    int m1, m2;

    if (!h)
        return;
    ewf_stored(h, md5, sha1);
    if (ewf_computed(h, bs_image_media_size(im), &computed, &err) != BS_OK) {
        bs_sink_error(sink, location, err.stage, "%s", err.message);
        return;
    }
    if (!(o = cJSON_CreateObject()))
        return;
    m1 = compare(o, "md5", md5, computed.md5);
    m2 = compare(o, "sha1", sha1, computed.sha1);
    if (m1 < 0 && m2 < 0)
        cJSON_AddNullToObject(o, "match");
    else
        cJSON_AddBoolToObject(o, "match", m1 != 0 && m2 != 0);
    report_json(sink, "ewf", o);
    cJSON_Delete(o);
    if (m1 == 0 || m2 == 0)
        bs_sink_error(sink, location, "verify",
                      "media hash differs from the hash stored in the EWF set (md5 stored %s, read %s)",
                      md5[0] ? md5 : "none", computed.md5);
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
