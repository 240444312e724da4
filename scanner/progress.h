/*
 * progress.h - the progress line on stderr (objects, bytes, MB/s, findings,
 * current target), refreshed by its own thread while a scan runs.
 */
#ifndef BS_PROGRESS_H
#define BS_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/config.h"

typedef struct bs_counters {
    uint64_t objects;    /* updated with __atomic builtins */
    uint64_t bytes;
    uint64_t findings;
    const char *target;  /* current target, display only */
} bs_counters;

typedef struct bs_progress bs_progress;

/* Decides from mode/verbosity/isatty(2); returns NULL when no progress is shown. */
bs_progress *bs_progress_start(bs_counters *counters, bs_progress_mode mode, int verbosity);
/* Stops the thread and ends the line. NULL is fine. */
void bs_progress_stop(bs_progress *p);

#endif
