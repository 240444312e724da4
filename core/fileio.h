/*
 * fileio.h - read-only access to evidence files: open without touching atime
 * where allowed, read whole files with a cap, read a file's head.
 */
#ifndef BS_FILEIO_H
#define BS_FILEIO_H

#include <stddef.h>
#include <stdint.h>

#include "core/status.h"

/* openat(dirfd, name) read-only, O_NOFOLLOW, O_NOATIME when permitted. -1 + errno on failure. */
int bs_open_evidence(int dirfd, const char *name, int extra_flags);
/*
 * The same for a path of several components below dirfd (a leading '/' is
 * dropped), resolved by openat2() with no symlink followed and nothing
 * outside dirfd reached: a tree changed since it was walked cannot lead the
 * open elsewhere.  -1 + errno (ENOSYS before Linux 5.6, ELOOP on a link).
 */
int bs_open_evidence_beneath(int dirfd, const char *rel);
/*
 * open(path) read-only, O_NOATIME when permitted, following symlinks: for
 * files the user named or that belong to a named target (image segments).
 */
int bs_open_readonly(const char *path);

/*
 * Reads fd from its current offset to EOF into a malloc'd buffer.  Fails with
 * stage "too-large" when more than max bytes are available.  size_hint is the
 * expected size (st_size) used for the first allocation.
 */
bs_status bs_read_all(int fd, uint64_t size_hint, uint64_t max, uint8_t **out, size_t *out_len,
                      bs_error *err);

/*
 * bs_read_all for a regular file whose size (st_size) is known: a read that
 * comes back short exactly at that size is taken as the end, which saves the
 * read that would only return 0 (one system call per file of a web root).
 * A file that grew since its stat is read on to EOF only when the growth
 * arrives in the same read; what a scan reads is the file as stat saw it.
 */
bs_status bs_read_regular(int fd, uint64_t size, uint64_t max, uint8_t **out, size_t *out_len,
                          bs_error *err);

/*
 * Maps len bytes of fd read-only (MAP_PRIVATE).  Pages are read on first
 * touch from the page cache, never copied; see sigbus.h for files that shrink
 * while mapped.
 */
bs_status bs_map_file(int fd, size_t len, uint8_t **out, bs_error *err);

/* Reads up to cap bytes from offset 0 of path into buf; returns bytes read or -1. */
long bs_read_head(const char *path, uint8_t *buf, size_t cap);

#endif
