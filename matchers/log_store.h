/*
 * log_store.h - the requests the log matcher keeps between match() and
 * finish() (docs/LOGS.md): whether a request touched a file with findings
 * is only known once every object was scanned, and the log's content is
 * gone by then.  One store per worker (no lock per line); strings are
 * interned (clients, methods, URLs and user agents repeat), records are
 * compact, and every store of a scan draws on one shared budget
 * (BS_LOG_KEPT_REQUESTS_MAX requests, BS_LOG_KEPT_BYTES_MAX bytes).
 */
#ifndef BS_LOG_STORE_H
#define BS_LOG_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "matchers/logparse.h"

/* Shared by the stores of one scan; updated atomically. */
typedef struct bs_log_budget {
    uint64_t requests, bytes; /* kept so far */
    uint64_t dropped;         /* requests not kept: over the budget */
} bs_log_budget;

typedef struct bs_log_store bs_log_store;

bs_log_store *bs_log_store_new(bs_log_budget *budget);
void bs_log_store_free(bs_log_store *s);

/* Registers a log file; its index for bs_log_store_add, or -1 on ENOMEM. */
int bs_log_store_add_log(bs_log_store *s, const char *location);

/*
 * Keeps one request of log `log` (line number `line`): `key` is its URL key
 * (bs_path_key; 0: none), `patterns` the logs.txt patterns it matched (bit i
 * = pattern i).  A request that matched a pattern is kept even over the
 * budget.  0, or -1 (not kept: budget or ENOMEM).
 */
int bs_log_store_add(bs_log_store *s, const bs_log_request *req, int log, uint32_t line,
                     uint64_t key, uint64_t patterns);

/* One kept request, strings NUL-terminated inside the store. */
typedef struct bs_log_entry {
    uint64_t key, patterns;
    bs_time time;
    const char *log; /* the log's location */
    uint32_t line;
    const char *client, *method, *url, *user_agent; /* NULL when absent */
    int status;
    uint64_t bytes;
    bool has_bytes;
} bs_log_entry;

size_t bs_log_store_count(const bs_log_store *s);
void bs_log_store_get(const bs_log_store *s, size_t i, bs_log_entry *out);
/* A mark per request (finish: "already an event"). */
void bs_log_store_mark(bs_log_store *s, size_t i);
bool bs_log_store_marked(const bs_log_store *s, size_t i);

/*
 * The key a URL path and a file path share when the request may name the
 * file: FNV-1a of the lower-cased last two segments ("images/ok.jsp"), or
 * of "/name" when there is one.  For a URL (url = true) %XX is decoded and a
 * ';' parameter (";jsessionid=") ends the path; in a file path '\' and ':' also
 * separates.  0 when the path names no file (empty, or ends with '/').
 */
uint64_t bs_path_key(const char *path, size_t n, bool url);

#endif
