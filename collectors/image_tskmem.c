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
 *
 * It is also the image walk's watchdog.  Corrupt metadata can make TSK spin
 * for hours inside one call (an ext directory claiming millions of block
 * runs is appended run by run, quadratically) without calling back; it
 * allocates all along, though.  While a walk is under way, an allocation
 * made after the walk's deadline (no progress for --timeout seconds) is
 * refused, so that TSK gives up on that file or directory with an error.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <tsk/libtsk.h>

#include "collectors/image.h"

/* Largest single TSK allocation allowed; real file systems stay far below. */
#define BS_IMAGE_TSK_ALLOC_MAX (128UL << 20)

/* This thread's watchdog: CLOCK_MONOTONIC ns after which TSK allocations fail; 0 = off. */
static __thread uint64_t deadline_ns;
static __thread unsigned stall_s;

static uint64_t now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

unsigned bs_image_tsk_watchdog(unsigned seconds)
{
    unsigned previous = stall_s;

    stall_s = seconds;
    deadline_ns = seconds ? now_ns() + (uint64_t)seconds * 1000000000ULL : 0;
    return previous;
}

void bs_image_tsk_progress(void)
{
    if (stall_s)
        deadline_ns = now_ns() + (uint64_t)stall_s * 1000000000ULL;
}

static bool stalled(void)
{
    return deadline_ns && now_ns() > deadline_ns;
}

/* libtsk's internal allocator entry points (not in its public headers). */
void *tsk_malloc(size_t len);
void *tsk_realloc(void *ptr, size_t len);

static void alloc_error(const char *fn, size_t len, int err)
{
    tsk_error_reset();
    tsk_error_set_errno(TSK_ERR_AUX_MALLOC);
    if (!err && stalled())
        tsk_error_set_errstr("%s: refused: no progress for %u s (--timeout), metadata looks corrupt",
                             fn, stall_s);
    else
        tsk_error_set_errstr("%s: %zu bytes %s", fn, len,
                             err ? strerror(err) : "refused: over the allocation ceiling");
}

void *tsk_malloc(size_t len)
{
    void *p;

    if (len > BS_IMAGE_TSK_ALLOC_MAX || stalled()) {
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

    if (len > BS_IMAGE_TSK_ALLOC_MAX || stalled()) {
        alloc_error("tsk_realloc", len, 0);
        return NULL;
    }
    p = realloc(ptr, len ? len : 1);
    if (!p)
        alloc_error("tsk_realloc", len, errno);
    return p;
}
