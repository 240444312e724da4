/*
 * fileio.c - read-only evidence access (see fileio.h).
 */
#include "core/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <linux/openat2.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "core/limits.h"

/* O_NOATIME is refused (EPERM) on files we do not own unless privileged: retry without. */
static int open_noatime(int dirfd, const char *name, int flags)
{
    int fd = openat(dirfd, name, flags | O_NOATIME);

    if (fd < 0 && errno == EPERM)
        fd = openat(dirfd, name, flags);
    return fd;
}

int bs_open_readonly(const char *path)
{
    return open_noatime(AT_FDCWD, path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
}

/* Opened O_NONBLOCK (a FIFO swapped in cannot hang the open); reads block again. */
static int evidence_blocking(int fd)
{
    if (fd >= 0) {
        int fl = fcntl(fd, F_GETFL);

        if (fl >= 0)
            fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    }
    return fd;
}

#define EVIDENCE_FLAGS (O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK)

int bs_open_evidence(int dirfd, const char *name, int extra_flags)
{
    return evidence_blocking(open_noatime(dirfd, name, EVIDENCE_FLAGS | extra_flags));
}

static int openat2_beneath(int dirfd, const char *rel, int flags)
{
#ifdef SYS_openat2
    struct open_how how = {
        .flags = (uint64_t)flags,
        .resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS,
    };

    return (int)syscall(SYS_openat2, dirfd, rel, &how, sizeof(how));
#else /* headers older than Linux 5.6: the caller leaves the file to the walk */
    (void)dirfd;
    (void)rel;
    (void)flags;
    errno = ENOSYS;
    return -1;
#endif
}

int bs_open_evidence_beneath(int dirfd, const char *rel)
{
    int fd;

    while (*rel == '/')
        rel++;
    fd = openat2_beneath(dirfd, rel, EVIDENCE_FLAGS | O_NOATIME);
    if (fd < 0 && errno == EPERM)
        fd = openat2_beneath(dirfd, rel, EVIDENCE_FLAGS);
    return evidence_blocking(fd);
}

/* sized: size_hint is a regular file's size, and a short read that ends there is its end */
static bs_status read_all(int fd, uint64_t size_hint, bool sized, uint64_t max, uint8_t **out,
                          size_t *out_len, bs_error *err)
{
    size_t cap = (size_t)(size_hint < max ? size_hint : max) + 1;
    size_t len = 0, want;
    uint8_t *buf = malloc(cap);

    *out = NULL;
    *out_len = 0;
    if (!buf) {
        bs_error_set(err, "read", "out of memory (%zu bytes)", cap);
        return BS_FAILED;
    }
    for (;;) {
        ssize_t n;

        if (len == cap) {
            size_t ncap = cap * 2 > max + 1 ? (size_t)max + 1 : cap * 2;
            uint8_t *nbuf;

            if (ncap <= cap) {
                free(buf);
                bs_error_set(err, "too-large", "more than %llu bytes",
                             (unsigned long long)max);
                return BS_FAILED;
            }
            nbuf = realloc(buf, ncap);
            if (!nbuf) {
                free(buf);
                bs_error_set(err, "read", "out of memory (%zu bytes)", ncap);
                return BS_FAILED;
            }
            buf = nbuf;
            cap = ncap;
        }
        want = cap - len < BS_READ_CHUNK ? cap - len : BS_READ_CHUNK;
        n = read(fd, buf + len, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            bs_error_set(err, "read", "%s", strerror(errno));
            free(buf);
            return BS_FAILED;
        }
        if (n == 0)
            break;
        len += (size_t)n;
        if (len > max) {
            free(buf);
            bs_error_set(err, "too-large", "more than %llu bytes", (unsigned long long)max);
            return BS_FAILED;
        }
        if (sized && len == size_hint && (size_t)n < want)
            break; /* the whole file as stat saw it: no read just to be told EOF */
    }
    if (len == 0) {
        free(buf);
        buf = NULL;
    }
    *out = buf;
    *out_len = len;
    return BS_OK;
}

bs_status bs_read_all(int fd, uint64_t size_hint, uint64_t max, uint8_t **out, size_t *out_len,
                      bs_error *err)
{
    return read_all(fd, size_hint, false, max, out, out_len, err);
}

bs_status bs_read_regular(int fd, uint64_t size, uint64_t max, uint8_t **out, size_t *out_len,
                          bs_error *err)
{
    return read_all(fd, size, true, max, out, out_len, err);
}

long bs_read_head(const char *path, uint8_t *buf, size_t cap)
{
    int fd = bs_open_evidence(AT_FDCWD, path, 0);
    size_t len = 0;

    if (fd < 0)
        return -1;
    while (len < cap) {
        ssize_t n = read(fd, buf + len, cap - len);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    close(fd);
    return (long)len;
}

bs_status bs_map_file(int fd, size_t len, uint8_t **out, bs_error *err)
{
    void *map;

    *out = NULL;
    if (len == 0)
        return BS_OK;
    map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) {
        bs_error_set(err, "read", "mmap: %s", strerror(errno));
        return BS_FAILED;
    }
    madvise(map, len, MADV_SEQUENTIAL);
    *out = map;
    return BS_OK;
}
