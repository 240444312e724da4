/*
 * fs_large.c - the largest files of a directory target (see fs_large.h): a
 * bounded min-heap by size while the survey runs, then a list sorted for
 * reading (largest first) and for lookup (by location).
 */
#include "collectors/fs_large.h"

#include <stdlib.h>
#include <string.h>

void bs_large_init(bs_large_list *l, size_t max)
{
    *l = (bs_large_list){.max = max};
}

static void file_free(bs_large_file *f)
{
    free(f->location);
    free(f->path);
}

/* Which of two files the list would rather lose: the smaller, then the later in location order. */
static bool less_wanted(const bs_large_file *a, const bs_large_file *b)
{
    if (a->size != b->size)
        return a->size < b->size;
    return strcmp(a->location, b->location) > 0;
}

static void swap(bs_large_file *a, bs_large_file *b)
{
    bs_large_file t = *a;

    *a = *b;
    *b = t;
}

/* Restores the heap below slot i (the smallest size at the root). */
static void sift_down(bs_large_list *l, size_t i)
{
    for (;;) {
        size_t least = i, c = 2 * i + 1;

        if (c < l->n && less_wanted(&l->v[c], &l->v[least]))
            least = c;
        if (c + 1 < l->n && less_wanted(&l->v[c + 1], &l->v[least]))
            least = c + 1;
        if (least == i)
            return;
        swap(&l->v[i], &l->v[least]);
        i = least;
    }
}

static void sift_up(bs_large_list *l, size_t i)
{
    while (i > 0 && less_wanted(&l->v[i], &l->v[(i - 1) / 2])) {
        swap(&l->v[i], &l->v[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
}

bool bs_large_note(bs_large_list *l, const char *location, const char *path, uint64_t size,
                   uint64_t dev, uint64_t ino)
{
    bs_large_file f = {.location = (char *)location, .size = size, .dev = dev, .ino = ino};

    if (l->max == 0 || (l->n == l->max && !less_wanted(&l->v[0], &f)))
        return true;
    if (!l->v && !(l->v = calloc(l->max, sizeof(*l->v))))
        return false;
    f.location = strdup(location);
    f.path = strdup(path);
    if (!f.location || !f.path) {
        file_free(&f);
        return false;
    }
    if (l->n == l->max) { /* replaces the smallest kept */
        file_free(&l->v[0]);
        l->v[0] = f;
        sift_down(l, 0);
        return true;
    }
    l->v[l->n++] = f;
    sift_up(l, l->n - 1);
    return true;
}

static int by_size_desc(const void *a, const void *b)
{
    const bs_large_file *x = a, *y = b;

    if (x->size != y->size)
        return x->size > y->size ? -1 : 1;
    return strcmp(x->location, y->location);
}

static int by_location(const void *a, const void *b)
{
    return strcmp(((const bs_large_file *)a)->location, ((const bs_large_file *)b)->location);
}

void bs_large_by_size(bs_large_list *l)
{
    if (l->n > 1)
        qsort(l->v, l->n, sizeof(*l->v), by_size_desc);
}

void bs_large_keep_read(bs_large_list *l)
{
    size_t kept = 0;

    for (size_t i = 0; i < l->n; i++) {
        if (l->v[i].read)
            l->v[kept++] = l->v[i];
        else
            file_free(&l->v[i]);
    }
    l->n = kept;
    if (l->n > 1)
        qsort(l->v, l->n, sizeof(*l->v), by_location);
}

bool bs_large_was_read(const bs_large_list *l, const char *location)
{
    bs_large_file key = {.location = (char *)location};

    return l && l->n > 0 && bsearch(&key, l->v, l->n, sizeof(*l->v), by_location) != NULL;
}

void bs_large_free(bs_large_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        file_free(&l->v[i]);
    free(l->v);
    *l = (bs_large_list){0};
}
