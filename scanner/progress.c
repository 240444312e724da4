/*
 * progress.c - progress line on stderr, refreshed every BS_PROGRESS_INTERVAL.
 */
#include "scanner/progress.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define BS_PROGRESS_INTERVAL_MS 250

struct bs_progress {
    bs_counters *counters;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    bool stop;
    struct timespec start;
};

static double elapsed_s(const struct timespec *start)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void draw(bs_progress *p)
{
    uint64_t objects = __atomic_load_n(&p->counters->objects, __ATOMIC_RELAXED);
    uint64_t bytes = __atomic_load_n(&p->counters->bytes, __ATOMIC_RELAXED);
    uint64_t findings = __atomic_load_n(&p->counters->findings, __ATOMIC_RELAXED);
    const char *target = __atomic_load_n(&p->counters->target, __ATOMIC_RELAXED);
    double secs = elapsed_s(&p->start);
    double mb = (double)bytes / 1048576.0;

    fprintf(stderr, "\r\033[K%llu objects  %.1f MB  %.1f MB/s  %llu findings  %s",
            (unsigned long long)objects, mb, secs > 0 ? mb / secs : 0.0,
            (unsigned long long)findings, target ? target : "");
    fflush(stderr);
}

static void *progress_main(void *arg)
{
    bs_progress *p = arg;

    pthread_mutex_lock(&p->lock);
    while (!p->stop) {
        struct timespec until;

        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += BS_PROGRESS_INTERVAL_MS * 1000000L;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&p->wake, &p->lock, &until);
        if (!p->stop)
            draw(p);
    }
    draw(p); /* the final counts, even when the scan ended before this thread first ran */
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

bs_progress *bs_progress_start(bs_counters *counters, bs_progress_mode mode, int verbosity)
{
    bs_progress *p;

    if (mode == BS_PROGRESS_NEVER || verbosity < 0)
        return NULL;
    if (mode == BS_PROGRESS_AUTO && !isatty(STDERR_FILENO))
        return NULL;
    p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    p->counters = counters;
    clock_gettime(CLOCK_MONOTONIC, &p->start);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->wake, NULL);
    if (pthread_create(&p->thread, NULL, progress_main, p) != 0) {
        free(p);
        return NULL;
    }
    return p;
}

void bs_progress_stop(bs_progress *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->lock);
    p->stop = true;
    pthread_cond_signal(&p->wake);
    pthread_mutex_unlock(&p->lock);
    pthread_join(p->thread, NULL);
    fputc('\n', stderr);
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->wake);
    free(p);
}
