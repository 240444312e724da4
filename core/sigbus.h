/*
 * sigbus.h - reading memory-mapped evidence safely.
 *
 * Files are scanned through read-only mappings (no copy).  If a file shrinks
 * while it is mapped (a log rotated on a live server), touching the pages
 * past its new end raises SIGBUS.  A worker announces the mapping it is
 * about to read; the handler then backs the faulting page with zeros and
 * notes the fault, the scan of that object goes on, and the worker reports
 * it in errors[].  A SIGBUS outside an announced mapping keeps its default,
 * fatal, behaviour.
 */
#ifndef BS_SIGBUS_H
#define BS_SIGBUS_H

#include <stdbool.h>
#include <stddef.h>

/* Installs the handler (idempotent, process-wide). 0 on success. */
int bs_sigbus_install(void);
/* This thread is about to read [base, base+len). */
void bs_sigbus_watch(const void *base, size_t len);
/* Ends the watch; true when a page had to be replaced by zeros. */
bool bs_sigbus_unwatch(void);

#endif
