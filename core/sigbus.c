/*
 * sigbus.c - zero-fill pages of a mapped file that vanished under us (see
 * sigbus.h).  The handler uses only mmap(2) and thread-local state.
 */
#include "core/sigbus.h"

#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static __thread const char *watch_base;
static __thread size_t watch_len;
static __thread volatile sig_atomic_t watch_faulted;

static void sigbus_handler(int sig, siginfo_t *info, void *ucontext)
{
    const char *addr = info->si_addr;
    uintptr_t page_mask = ~((uintptr_t)sysconf(_SC_PAGESIZE) - 1);
    void *page;

    (void)ucontext;
    if (!watch_base || addr < watch_base || addr >= watch_base + watch_len) {
        signal(sig, SIG_DFL); /* not ours: die as we would have */
        raise(sig);
        return;
    }
    page = (void *)((uintptr_t)addr & page_mask);
    if (mmap(page, (size_t)sysconf(_SC_PAGESIZE), PROT_READ,
             MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    watch_faulted = 1;
}

int bs_sigbus_install(void)
{
    static int installed;
    struct sigaction sa;

    if (installed)
        return 0;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = sigbus_handler;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGBUS, &sa, NULL) != 0)
        return -1;
    installed = 1;
    return 0;
}

void bs_sigbus_watch(const void *base, size_t len)
{
    watch_faulted = 0;
    watch_len = len;
    watch_base = base;
}

bool bs_sigbus_unwatch(void)
{
    watch_base = NULL;
    watch_len = 0;
    return watch_faulted != 0;
}
