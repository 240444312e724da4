/*
 * status.c - filling bs_error records.
 */
#include "core/status.h"

#include <stdio.h>
#include <string.h>

void bs_error_clear(bs_error *err)
{
    if (!err)
        return;
    err->stage[0] = '\0';
    err->message[0] = '\0';
}

void bs_error_vset(bs_error *err, const char *stage, const char *fmt, va_list ap)
{
    if (!err)
        return;
    snprintf(err->stage, sizeof(err->stage), "%s", stage ? stage : "");
    vsnprintf(err->message, sizeof(err->message), fmt, ap);
}

void bs_error_set(bs_error *err, const char *stage, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    bs_error_vset(err, stage, fmt, ap);
    va_end(ap);
}
