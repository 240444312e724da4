/*
 * interrupt.c - SIGINT/SIGTERM: the first sets a flag (async-signal-safe: one
 * sig_atomic_t store) and re-arms the default action, so a second signal
 * ends the process as usual.
 */
#include "scanner/interrupt.h"

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
    stop_signal = sig;
    signal(sig, SIG_DFL);
}

void bs_interrupt_install(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

void bs_interrupt_uninstall(void)
{
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
}

bool bs_interrupted(void)
{
    return stop_signal != 0;
}

int bs_interrupt_signal(void)
{
    return (int)stop_signal;
}
