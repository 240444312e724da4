/*
 * image_tskmem.c - a ceiling on The Sleuth Kit's own allocations.
 *
 * TSK 4.11 sizes some buffers straight from on-disk fields (an ext4 inode's
 * size when it loads an unallocated inode, for one) and zeroes them whole:
 * a crafted or corrupt image can make it allocate and touch gigabytes.
 * libtsk allocates through tsk_malloc / tsk_realloc, exported and called
 * through its PLT, so the definitions below take their place in this
 * program: same contract (zeroed memory, TSK error set on failure), plus a
 * refusal above BS_IMAGE_TSK_ALLOC_MAX.  TSK reports the refusal like any
 * allocation failure and the collector turns it into an errors[] entry.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <tsk/libtsk.h>

/* Largest single TSK allocation allowed; real file systems stay far below. */
#define BS_IMAGE_TSK_ALLOC_MAX (128UL << 20)

/* libtsk's internal allocator entry points (not in its public headers). */
void *tsk_malloc(size_t len);
void *tsk_realloc(void *ptr, size_t len);

static void alloc_error(const char *fn, size_t len, int err)
{
    tsk_error_reset();
    tsk_error_set_errno(TSK_ERR_AUX_MALLOC);
    tsk_error_set_errstr("%s: %zu bytes %s", fn, len,
                         err ? strerror(err) : "refused: over the allocation ceiling");
}

void *tsk_malloc(size_t len)
{
    void *p;

    if (len > BS_IMAGE_TSK_ALLOC_MAX) {
        alloc_error("tsk_malloc", len, 0);
        return NULL;
    }
    p = calloc(1, len ? len : 1);
    if (!p)
        alloc_error("tsk_malloc", len, errno);
    return p;
}

void *tsk_realloc(void *ptr, size_t len)
{
    void *p;

    if (len > BS_IMAGE_TSK_ALLOC_MAX) {
        alloc_error("tsk_realloc", len, 0);
        return NULL;
    }
    p = realloc(ptr, len ? len : 1);
    if (!p)
        alloc_error("tsk_realloc", len, errno);
    return p;
}
