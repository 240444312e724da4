/*
 * queue.h - bounded multi-producer/multi-consumer queue of objects.
 *
 * Bounded both by count and by content bytes, so memory is bounded by the
 * queue and not by the evidence.  An object larger than the byte bound is
 * still admitted when the queue is empty (it is never refused).
 */
#ifndef BS_QUEUE_H
#define BS_QUEUE_H

#include <stddef.h>

#include "core/object.h"

typedef struct bs_queue bs_queue;

bs_queue *bs_queue_new(size_t max_objects, size_t max_bytes);
/* Frees the queue and any objects still in it. */
void bs_queue_free(bs_queue *q);
/* Blocks while full.  Returns 0, or -1 when the queue was closed (obj freed). */
int bs_queue_push(bs_queue *q, bs_object *obj);
/* Blocks while empty.  Returns NULL once closed and drained. */
bs_object *bs_queue_pop(bs_queue *q);
/* No more pushes: wakes every waiting consumer. */
void bs_queue_close(bs_queue *q);
/* Objects currently queued (for progress). */
size_t bs_queue_length(bs_queue *q);

#endif
