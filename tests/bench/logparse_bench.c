/*
 * logparse_bench.c - throughput of the access-log parser and of the
 * card-number finder on one file (tests/bench/bench_logs.sh builds and runs
 * it): MB/s on one core, the file mapped and read once before timing.
 *
 *   logparse_bench FILE [ROUNDS]
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "matchers/logparse.h"
#include "matchers/pan_find.h"

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double parse_once(bs_log_parser *p, const uint8_t *buf, size_t len, uint64_t *requests)
{
    size_t pos = 0, n;
    const char *line;
    bool lng;
    bs_log_request r;
    double t0 = now();

    bs_log_parser_reset(p);
    while (bs_log_next_line(buf, len, &pos, &line, &n, &lng))
        bs_log_parse_line(p, line, n, &r);
    *requests = bs_log_parser_stats(p)->requests;
    return now() - t0;
}

int main(int argc, char **argv)
{
    int fd, rounds = argc > 2 ? atoi(argv[2]) : 3;
    struct stat sb;
    uint8_t *buf, key[BS_PAN_KEY_LEN] = {0};
    bs_log_parser *p = bs_log_parser_new(0);
    bs_pan_finder *f = bs_pan_finder_new(key);
    double best = 1e9, best_pan = 1e9, mb;
    uint64_t requests = 0, sum = 0;
    bs_pan_result res;

    if (argc < 2 || (fd = open(argv[1], O_RDONLY)) < 0 || fstat(fd, &sb) != 0 || !p || !f) {
        fprintf(stderr, "usage: logparse_bench FILE [ROUNDS]\n");
        return 2;
    }
    buf = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (buf == MAP_FAILED)
        return 2;
    for (off_t i = 0; i < sb.st_size; i += 4096)
        sum += buf[i];
    mb = (double)sb.st_size / 1e6;
    for (int r = 0; r < rounds; r++) {
        double t = parse_once(p, buf, (size_t)sb.st_size, &requests), t0;

        best = t < best ? t : best;
        t0 = now();
        bs_pan_find(f, buf, (size_t)sb.st_size, &res);
        t = now() - t0;
        best_pan = t < best_pan ? t : best_pan;
    }
    printf("logparse: %.0f MB, %llu requests, %llu malformed: best of %d %.3f s = %.0f MB/s\n", mb,
           (unsigned long long)requests,
           (unsigned long long)bs_log_parser_stats(p)->malformed, rounds, best, mb / best);
    printf("pan_find: %.0f MB, %llu numbers (%llu distinct): best of %d %.3f s = %.0f MB/s\n", mb,
           (unsigned long long)res.card.occurrences, (unsigned long long)res.card.distinct,
           rounds, best_pan, mb / best_pan);
    (void)sum;
    munmap(buf, (size_t)sb.st_size);
    bs_pan_finder_free(f);
    bs_log_parser_free(p);
    return 0;
}
