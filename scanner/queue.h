/*
 * queue.h - bounded multi-producer/multi-consumer queue of objects.
 *
 * Bounded both by count and by the bytes of content in flight: an object's
 * bytes count from bs_queue_push until the consumer calls bs_queue_done
 * after scanning it, so queued plus being-scanned content stays under the
 * budget (--memory-limit) and memory is bounded by it, not by the evidence.
 * An object larger than the budget is still admitted when nothing else is
 * in flight (it is never refused).
 */
#ifndef BS_QUEUE_H
#define BS_QUEUE_H

#include <stddef.h>
#include <stdint.h>

#include "core/object.h"

typedef struct bs_queue bs_queue;

bs_queue *bs_queue_new(size_t max_objects, size_t max_bytes);
/* Frees the queue and any objects still in it. */
void bs_queue_free(bs_queue *q);
/* Blocks while full.  Returns 0, or -1 when the queue was closed (obj freed). */
int bs_queue_push(bs_queue *q, bs_object *obj);
/*
 * Blocks until len more bytes would fit (what a producer calls before it
 * reads a large object, so that reading ahead stays within the budget).
 * 0, or -1 when the queue was closed.
 */
int bs_queue_wait_room(bs_queue *q, size_t len);
/* Blocks while empty.  Returns NULL once closed and drained. */
bs_object *bs_queue_pop(bs_queue *q);
/* The consumer is done with a popped object of len content bytes. */
void bs_queue_done(bs_queue *q, size_t len);
/* Peak bytes in flight, and how many pushes had to wait for the budget. */
void bs_queue_usage(bs_queue *q, size_t *peak_bytes, uint64_t *budget_waits);
/* No more pushes: wakes every waiting consumer. */
void bs_queue_close(bs_queue *q);
/* Objects currently queued (for progress). */
size_t bs_queue_length(bs_queue *q);

#endif
