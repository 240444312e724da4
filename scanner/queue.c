/*
 * queue.c - bounded object queue (see queue.h): a ring of pointers guarded by
 * one mutex and two condition variables.
 *
 * A producer that found the queue full is woken only once it has drained to
 * half (or, when the byte budget is what holds it, as bytes are released):
 * waking it on every pop cost two context switches per object, a tenth of
 * the CPU on a web root of small files (docs/PERFORMANCE.md).
 */
#include "scanner/queue.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

struct bs_queue {
    pthread_mutex_t lock;
    pthread_cond_t not_empty, not_full;
    bs_object **ring;
    size_t cap, head, count;
    size_t bytes, max_bytes; /* in flight: queued + popped, not yet done */
    size_t peak_bytes;
    uint64_t budget_waits;
    unsigned push_waiters; /* producers blocked in push or wait_room */
    bool closed;
};

bs_queue *bs_queue_new(size_t max_objects, size_t max_bytes)
{
    bs_queue *q = calloc(1, sizeof(*q));

    if (!q)
        return NULL;
    q->cap = max_objects ? max_objects : 1;
    q->max_bytes = max_bytes;
    q->ring = calloc(q->cap, sizeof(*q->ring));
    if (!q->ring) {
        free(q);
        return NULL;
    }
    pthread_mutex_init(&q->lock, NULL);
    pthread_cond_init(&q->not_empty, NULL);
    pthread_cond_init(&q->not_full, NULL);
    return q;
}

void bs_queue_free(bs_queue *q)
{
    if (!q)
        return;
    for (size_t i = 0; i < q->count; i++)
        bs_object_free(q->ring[(q->head + i) % q->cap]);
    pthread_mutex_destroy(&q->lock);
    pthread_cond_destroy(&q->not_empty);
    pthread_cond_destroy(&q->not_full);
    free(q->ring);
    free(q);
}

static bool has_room(const bs_queue *q, size_t len)
{
    if (q->count >= q->cap)
        return false;
    return q->bytes == 0 || (q->bytes <= q->max_bytes && len <= q->max_bytes - q->bytes);
}

/* Blocks the calling producer until len bytes fit or the queue closes (lock held). */
static void wait_for_room(bs_queue *q, size_t len)
{
    q->push_waiters++;
    while (!q->closed && !has_room(q, len))
        pthread_cond_wait(&q->not_full, &q->lock);
    q->push_waiters--;
}

/* After a pop or a done (lock held): wakes producers once the queue is at half or below. */
static void wake_producers(bs_queue *q)
{
    if (q->push_waiters && q->count <= q->cap / 2)
        pthread_cond_broadcast(&q->not_full);
}

int bs_queue_push(bs_queue *q, bs_object *obj)
{
    pthread_mutex_lock(&q->lock);
    if (!q->closed && q->count < q->cap && !has_room(q, obj->len))
        q->budget_waits++;
    wait_for_room(q, obj->len);
    if (q->closed) {
        pthread_mutex_unlock(&q->lock);
        bs_object_free(obj);
        return -1;
    }
    q->ring[(q->head + q->count) % q->cap] = obj;
    q->count++;
    q->bytes += obj->len;
    if (q->bytes > q->peak_bytes)
        q->peak_bytes = q->bytes;
    pthread_cond_signal(&q->not_empty);
    pthread_mutex_unlock(&q->lock);
    return 0;
}

int bs_queue_wait_room(bs_queue *q, size_t len)
{
    int rc;

    pthread_mutex_lock(&q->lock);
    wait_for_room(q, len);
    rc = q->closed ? -1 : 0;
    pthread_mutex_unlock(&q->lock);
    return rc;
}

bs_object *bs_queue_pop(bs_queue *q)
{
    bs_object *obj = NULL;

    pthread_mutex_lock(&q->lock);
    while (q->count == 0 && !q->closed)
        pthread_cond_wait(&q->not_empty, &q->lock);
    if (q->count > 0) {
        obj = q->ring[q->head];
        q->head = (q->head + 1) % q->cap;
        q->count--;
        wake_producers(q);
    }
    pthread_mutex_unlock(&q->lock);
    return obj;
}

void bs_queue_done(bs_queue *q, size_t len)
{
    pthread_mutex_lock(&q->lock);
    q->bytes -= len < q->bytes ? len : q->bytes;
    wake_producers(q);
    pthread_mutex_unlock(&q->lock);
}

void bs_queue_usage(bs_queue *q, size_t *peak_bytes, uint64_t *budget_waits)
{
    pthread_mutex_lock(&q->lock);
    *peak_bytes = q->peak_bytes;
    *budget_waits = q->budget_waits;
    pthread_mutex_unlock(&q->lock);
}

void bs_queue_close(bs_queue *q)
{
    pthread_mutex_lock(&q->lock);
    q->closed = true;
    pthread_cond_broadcast(&q->not_empty);
    pthread_cond_broadcast(&q->not_full);
    pthread_mutex_unlock(&q->lock);
}

size_t bs_queue_length(bs_queue *q)
{
    size_t n;

    pthread_mutex_lock(&q->lock);
    n = q->count;
    pthread_mutex_unlock(&q->lock);
    return n;
}
