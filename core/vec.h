/*
 * vec.h - the one capped growth helper: arrays and byte buffers that carry
 * their own ceiling (like curl's dynbuf).  Every list or buffer that grows
 * with the evidence (findings per object, excerpts, timeline events, log
 * lines, decoded layers) grows through here, so a limit is checked in one
 * place and hitting it is a distinct result the caller reports, never a crash.
 */
#ifndef BS_VEC_H
#define BS_VEC_H

#include <stddef.h>
#include <stdint.h>

/* Results of the growth calls. */
#define BS_GROW_OK 0
#define BS_GROW_NOMEM (-1) /* realloc failed */
#define BS_GROW_LIMIT (-2) /* the ceiling was reached */

/*
 * Makes room for one more element of elem_size bytes after count in *items
 * (capacity *cap, doubling).  max is the ceiling on the number of elements;
 * 0 means no ceiling beyond what size_t can address.
 */
int bs_grow(void *items, size_t *cap, size_t count, size_t elem_size, size_t max);

/* A growable byte buffer with a ceiling (bytes; 0 = none). */
typedef struct bs_buf {
    uint8_t *data;
    size_t len, cap, max;
} bs_buf;

#define BS_BUF_INIT(ceiling) {NULL, 0, 0, (ceiling)}

/* Appends n bytes: BS_GROW_OK, or NOMEM/LIMIT with nothing appended. */
int bs_buf_append(bs_buf *b, const void *p, size_t n);
/* Appends what fits under the ceiling; returns the bytes appended (may be < n). */
size_t bs_buf_append_capped(bs_buf *b, const void *p, size_t n);
void bs_buf_reset(bs_buf *b); /* len = 0, storage kept */
void bs_buf_release(bs_buf *b);

#endif
