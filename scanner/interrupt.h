/*
 * interrupt.h - a clean stop on SIGINT/SIGTERM.  The first signal sets a
 * flag the scan polls (walks stop, queued objects are dropped, the report
 * is written with "complete": false); a second one ends the process at once.
 */
#ifndef BS_INTERRUPT_H
#define BS_INTERRUPT_H

#include <stdbool.h>

/* Installs the handlers (once per scan). */
void bs_interrupt_install(void);
/* Restores the default actions. */
void bs_interrupt_uninstall(void);
/* True once a stop was asked for; the signal number when known. */
bool bs_interrupted(void);
int bs_interrupt_signal(void);

#endif
