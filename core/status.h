/*
 * status.h - graded status codes and the small error record every layer fills.
 *
 * Low-level code never prints: it returns a bs_status and, on failure, fills a
 * bs_error that the caller turns into an errors[] entry or a message.
 */
#ifndef BS_STATUS_H
#define BS_STATUS_H

#include <stdarg.h>

typedef enum {
    BS_OK = 0,     /* done */
    BS_WARN = 1,   /* done, with something worth reporting */
    BS_FAILED = 2, /* this object/step failed; the scan goes on */
    BS_FATAL = 3   /* the scan cannot go on */
} bs_status;

#define BS_ERROR_STAGE_MAX 24
#define BS_ERROR_MESSAGE_MAX 512

typedef struct bs_error {
    char stage[BS_ERROR_STAGE_MAX];     /* "open", "read", "archive", "yara", ... */
    char message[BS_ERROR_MESSAGE_MAX]; /* human readable, no trailing newline */
} bs_error;

void bs_error_clear(bs_error *err);
void bs_error_set(bs_error *err, const char *stage, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void bs_error_vset(bs_error *err, const char *stage, const char *fmt, va_list ap);

#endif
