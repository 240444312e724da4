/*
 * logs_priv.h - the log matcher's scan state, shared by its two files:
 * logs.c (load, per-worker parsing, pattern findings) and logs_link.c
 * (finish: requests tied to the files of findings, attacker clients).
 */
#ifndef BS_LOGS_PRIV_H
#define BS_LOGS_PRIV_H

#include <pthread.h>
#include <stdint.h>

#include "matchers/ioc.h"
#include "matchers/log_store.h"

struct bs_report;

/* Per target: what the logs held (target stats). */
typedef struct bs_logs_counts {
    uint64_t files, requests, malformed, long_lines;
} bs_logs_counts;

#define BS_LOGS_PATTERN_BITS 64 /* patterns whose hits become events (bits of a record) */

typedef struct bs_logs_state {
    bs_iocs *iocs; /* logs.txt patterns */
    uint64_t max_events; /* --max-log-events */
    size_t line_max;     /* --max-log-line */
    int max_matches;     /* --max-matches: requests kept as a log finding's matches */
    const char *pattern_names[BS_LOGS_PATTERN_BITS]; /* set at the first hit (owned by iocs) */
    pthread_mutex_t lock;
    bs_log_budget budget;
    bs_log_store **stores; /* handed over by workers as they end */
    size_t n_stores, cap_stores;
    bs_logs_counts *counts; /* by target index */
    size_t n_counts;
} bs_logs_state;

/* finish(): events and stats into the report. */
void bs_logs_link(bs_logs_state *st, struct bs_report *report);

#endif
