/*
 * fs_large.h - the largest files of a directory target, so that they are
 * read first.
 *
 * One file's YARA scan cannot be split between threads, so a 40 MB bundle
 * that the walk reaches last keeps every other worker idle while one thread
 * finishes it.  Before the walk, with BS_LARGE_FIRST_MIN_WORKERS workers or
 * more, fs.c surveys the tree (names and sizes only) and keeps the BS_LARGE_FIRST_FILES largest files of at least
 * BS_LARGE_FIRST_MIN_BYTES here; it reads those first, largest first, and
 * the walk then passes over them (docs/PERFORMANCE.md, "Large files first").
 */
#ifndef BS_FS_LARGE_H
#define BS_FS_LARGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct bs_large_file {
    char *location, *path; /* owned: as the walk builds them */
    uint64_t size, dev, ino;
    bool read; /* read ahead of the walk: the walk passes over it */
} bs_large_file;

typedef struct bs_large_list {
    bs_large_file *v;
    size_t n, max;
} bs_large_list;

/* An empty list that keeps at most max files. */
void bs_large_init(bs_large_list *l, size_t max);
/*
 * Notes a file (strings copied).  Once the list is full, a file larger than
 * the smallest kept replaces it (at equal sizes, the first in location
 * order is kept, so the cut does not depend on the walk's order); the list
 * is a min-heap by size until bs_large_by_size.  false: out of memory (the file is not kept).
 */
bool bs_large_note(bs_large_list *l, const char *location, const char *path, uint64_t size,
                   uint64_t dev, uint64_t ino);
/* Largest first; equal sizes by location, so the order does not depend on the walk's. */
void bs_large_by_size(bs_large_list *l);
/* Drops the files not marked read and sorts the rest by location, for bs_large_was_read. */
void bs_large_keep_read(bs_large_list *l);
/* Whether location was read ahead of the walk (after bs_large_keep_read). */
bool bs_large_was_read(const bs_large_list *l, const char *location);
void bs_large_free(bs_large_list *l);

#endif
