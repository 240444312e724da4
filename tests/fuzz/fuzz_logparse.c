/*
 * fuzz_logparse.c - libFuzzer target for the access-log parser
 * (matchers/logparse.c): every line of the input through one parser (W3C
 * #Fields: lines change the field set as they come), sniffing, and the time
 * helpers on every line.  Spans must lie inside the line or the parser's
 * buffer, times must be in range, counts must add up.  Every request is then
 * kept in a log store (matchers/log_store.c: interned strings, path keys) and
 * read back: each string must come back as it went in.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "matchers/log_store.h"
#include "matchers/logparse.h"

#define FUZZ_MAX_LEN (256 << 10)

static bs_log_parser *parser;

/* A kept string is the span as it went in: absent when empty or holding a NUL. */
static void check_kept(const char *kept, bs_span s)
{
    if (s.n == 0 || memchr(s.p, '\0', s.n)) {
        if (kept)
            abort();
        return;
    }
    if (!kept || strlen(kept) != s.n || memcmp(kept, s.p, s.n) != 0)
        abort();
}

/* A span is empty or lies in [lo, hi) or in the parser's request (W3C). */
static void check_span(bs_span s, const char *lo, const char *hi, bs_span request)
{
    if (s.n == 0)
        return;
    if (s.p >= lo && s.p + s.n <= hi)
        return;
    if (s.p >= request.p && s.p + s.n <= request.p + request.n)
        return;
    abort();
}

static void check_time(bs_time t)
{
    if (t.set && (t.nsec < 0 || t.nsec > 999999999 || t.sec < -86400 || t.sec > 253402387200LL))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t pos = 0, n;
    const char *line;
    bool lng;
    bs_log_request r;
    bs_time t;
    uint64_t counted = 0;
    bs_log_budget budget = {0};
    bs_log_store *store;
    int log;

    if (size > FUZZ_MAX_LEN)
        return 0;
    if (!parser && !(parser = bs_log_parser_new(0)))
        return 0;
    if (!(store = bs_log_store_new(&budget)))
        return 0;
    if ((log = bs_log_store_add_log(store, "fuzz:/access.log")) < 0) {
        bs_log_store_free(store);
        return 0;
    }
    bs_log_parser_reset(parser);
    (void)bs_log_sniff(data, size);
    while (bs_log_next_line(data, size, &pos, &line, &n, &lng)) {
        const char *hi = line + n;

        counted++;
        if (bs_log_parse_line(parser, line, n, &r) == BS_LOG_LINE_REQUEST) {
            check_span(r.client, line, hi, r.request);
            check_span(r.method, line, hi, r.request);
            check_span(r.url, line, hi, r.request);
            check_span(r.path, line, hi, r.request);
            check_span(r.user_agent, line, hi, r.request);
            check_span(r.referer, line, hi, r.request);
            check_span(r.request, line, hi, r.request);
            if (r.path.n > r.url.n || r.status < 0 || r.status > 999)
                abort();
            check_time(r.time);
            if (bs_log_store_add(store, &r, log, (uint32_t)counted,
                                 bs_path_key(r.path.p, r.path.n, true), 1) == 0) {
                bs_log_entry e;

                bs_log_store_get(store, bs_log_store_count(store) - 1, &e);
                check_kept(e.client, r.client);
                check_kept(e.method, r.method);
                check_kept(e.url, r.url);
                check_kept(e.user_agent, r.user_agent);
                if (e.line != (uint32_t)counted || strcmp(e.log, "fuzz:/access.log") != 0)
                    abort();
            }
        }
        if (bs_log_line_time(line, n, &t))
            check_time(t);
        if (n >= 2 && bs_log_time_iso(line, n, &t) > n)
            abort();
    }
    if (bs_log_parser_stats(parser)->lines != counted)
        abort();
    bs_log_store_free(store);
    return 0;
}
