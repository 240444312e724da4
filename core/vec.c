/*
 * vec.c - capped growth of arrays and byte buffers (see vec.h).
 */
#include "core/vec.h"

#include <stdlib.h>
#include <string.h>

#define GROW_MIN 16

int bs_grow(void *items, size_t *cap, size_t count, size_t elem_size, size_t max)
{
    void **p = items;
    size_t new_cap;
    void *n;

    if (count < *cap)
        return BS_GROW_OK;
    if (max && count >= max)
        return BS_GROW_LIMIT;
    new_cap = *cap ? *cap * 2 : GROW_MIN;
    if (max && new_cap > max)
        new_cap = max;
    if (new_cap <= count || elem_size == 0 || new_cap > SIZE_MAX / elem_size)
        return BS_GROW_NOMEM;
    n = realloc(*p, new_cap * elem_size);
    if (!n)
        return BS_GROW_NOMEM;
    *p = n;
    *cap = new_cap;
    return BS_GROW_OK;
}

static int buf_reserve(bs_buf *b, size_t n)
{
    size_t need, new_cap;
    uint8_t *d;

    if (n > SIZE_MAX - b->len)
        return BS_GROW_NOMEM;
    need = b->len + n;
    if (b->max && need > b->max)
        return BS_GROW_LIMIT;
    if (need <= b->cap)
        return BS_GROW_OK;
    new_cap = b->cap ? b->cap : 256;
    while (new_cap < need)
        new_cap = new_cap > SIZE_MAX / 2 ? need : new_cap * 2;
    if (b->max && new_cap > b->max)
        new_cap = b->max;
    d = realloc(b->data, new_cap);
    if (!d)
        return BS_GROW_NOMEM;
    b->data = d;
    b->cap = new_cap;
    return BS_GROW_OK;
}

int bs_buf_append(bs_buf *b, const void *p, size_t n)
{
    int rc = buf_reserve(b, n);

    if (rc != BS_GROW_OK)
        return rc;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    return BS_GROW_OK;
}

size_t bs_buf_append_capped(bs_buf *b, const void *p, size_t n)
{
    if (b->max && n > b->max - (b->len < b->max ? b->len : b->max))
        n = b->len < b->max ? b->max - b->len : 0;
    return bs_buf_append(b, p, n) == BS_GROW_OK ? n : 0;
}

void bs_buf_reset(bs_buf *b)
{
    b->len = 0;
}

void bs_buf_release(bs_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
