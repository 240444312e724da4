/*
 * logparse.c - access-log line parser (see logparse.h, docs/LOGS.md): line
 * splitting, NCSA and W3C records, format sniffing and the time helpers.
 * No allocation after bs_log_parser_new.
 */
#include "matchers/logparse.h"

#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "core/logname.h"
#include "core/timeparse.h"

/* What a W3C #Fields: entry names (the ones a request needs). */
typedef enum {
    F_OTHER,
    F_DATE,
    F_TIME,
    F_CLIENT,
    F_METHOD,
    F_STEM,
    F_QUERY,
    F_URI,
    F_STATUS,
    F_BYTES,
    F_UA,
    F_USER,
    F_REFERER,
    F_VERSION,
    F_COUNT
} w3c_field;

struct bs_log_parser {
    w3c_field fields[BS_LOG_W3C_FIELDS_MAX];
    int n_fields; /* 0: no #Fields: seen, lines are NCSA */
    bs_log_stats stats;
    size_t line_max; /* longer lines are parsed up to here (--max-log-line) */
    char *buf;       /* W3C request line put together: 2 * line_max + slack */
};

#define EPOCH_YEAR 1970 /* log times before it are garbage */
bs_log_parser *bs_log_parser_new(size_t line_max)
{
    bs_log_parser *p = calloc(1, sizeof(*p));

    if (p)
        p->line_max = line_max ? line_max : BS_LOG_LINE_MAX;
    if (p && !(p->buf = malloc(2 * p->line_max + 16))) {
        free(p);
        return NULL;
    }
    return p;
}

void bs_log_parser_free(bs_log_parser *p)
{
    if (!p)
        return;
    free(p->buf);
    free(p);
}

void bs_log_parser_reset(bs_log_parser *p)
{
    p->n_fields = 0;
    memset(&p->stats, 0, sizeof(p->stats));
}

static void parse_fields_directive(bs_log_parser *p, const char *s, const char *e);

void bs_log_parser_resume(bs_log_parser *p, const char *fields, size_t len)
{
    bs_log_parser_reset(p);
    if (fields && bs_log_fields_line(fields, len))
        parse_fields_directive(p, fields + BS_LOG_FIELDS_PREFIX_LEN, fields + len);
}

const bs_log_stats *bs_log_parser_stats(const bs_log_parser *p)
{
    return &p->stats;
}

const char *bs_log_format_name(bs_log_format f)
{
    switch (f) {
    case BS_LOG_FORMAT_NCSA:
        return "ncsa";
    case BS_LOG_FORMAT_W3C:
        return "w3c";
    default:
        return "none";
    }
}

/* ---- times ---- */

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int month_index(const char *s)
{
    static const char names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

    for (int i = 0; i < 12; i++)
        if (memcmp(names + 3 * i, s, 3) == 0)
            return i + 1;
    return -1;
}

bool bs_log_time_ncsa(const char *s, size_t n, bs_time *out)
{
    int d, mo, y, h, mi, sec, off = 0;
    size_t i = 20, used;
    int32_t ns;

    if (n < 20 || s[2] != '/' || s[6] != '/' || s[11] != ':' || s[14] != ':' || s[17] != ':')
        return false;
    d = bs_time_digits(s, 2);
    mo = month_index(s + 3);
    y = bs_time_digits(s + 7, 4);
    h = bs_time_digits(s + 12, 2);
    mi = bs_time_digits(s + 15, 2);
    sec = bs_time_digits(s + 18, 2);
    ns = bs_time_fraction(s + i, n - i, &used);
    i += used;
    if (i < n && s[i] == ' ') {
        off = bs_time_zone(s + i + 1, n - i - 1, &used);
        if (!used)
            return false;
    }
    return y >= EPOCH_YEAR && bs_time_from_fields(y, mo, d, h, mi, sec, ns, off, out);
}

size_t bs_log_time_iso(const char *s, size_t n, bs_time *out)
{
    return bs_time_parse(s, n, BS_TIME_SINCE_1970, out, NULL);
}

#define LINE_TIME_SCAN 64 /* bytes at the start of a line searched for its timestamp */

bool bs_log_line_time(const char *line, size_t n, bs_time *out)
{
    size_t lim = n < LINE_TIME_SCAN ? n : LINE_TIME_SCAN;

    for (size_t i = 0; i < lim; i++) {
        if (line[i] == '[' && i + 1 < n) {
            const char *rb = memchr(line + i + 1, ']', n - i - 1);

            if (rb && bs_log_time_ncsa(line + i + 1, (size_t)(rb - line - i - 1), out))
                return true;
        }
        if (is_digit(line[i]) && (i == 0 || !is_digit(line[i - 1])) &&
            bs_log_time_iso(line + i, n - i, out))
            return true;
    }
    return false;
}

/* ---- lines ---- */

bool bs_log_next_line(const uint8_t *buf, size_t len, size_t *pos, const char **line,
                      size_t *line_len, bool *long_line)
{
    const uint8_t *s = buf + *pos, *nl;
    size_t rest, n;

    if (*pos >= len)
        return false;
    rest = len - *pos;
    nl = memchr(s, '\n', rest);
    n = nl ? (size_t)(nl - s) : rest;
    *pos += nl ? n + 1 : n;
    if (n && s[n - 1] == '\r')
        n--;
    *long_line = n > BS_LOG_LINE_MAX;
    *line = (const char *)s;
    *line_len = n;
    return true;
}

/* ---- NCSA ---- */

static bs_span span(const char *a, const char *b)
{
    return (bs_span){a, (size_t)(b - a)};
}

/* s at an opening quote: the quoted text (backslash escapes kept); NULL when unterminated. */
static const char *quoted(const char *s, const char *e, bs_span *out)
{
    const char *q = s + 1;

    while (q < e) {
        const char *c = memchr(q, '"', (size_t)(e - q));
        const char *b;

        if (!c)
            return NULL;
        for (b = c; b > s + 1 && b[-1] == '\\'; b--)
            ;
        if ((c - b) % 2 == 0) {
            *out = span(s + 1, c);
            return c + 1;
        }
        q = c + 1;
    }
    return NULL;
}

/* "METHOD URL PROTOCOL" -> method, url, path, protocol. */
static void split_request(bs_log_request *out)
{
    const char *s = out->request.p, *e = s + out->request.n;
    const char *sp = memchr(s, ' ', out->request.n), *last, *q;

    if (!sp)
        return; /* "-" or junk: no method, no url */
    out->method = span(s, sp);
    s = sp + 1;
    for (last = e; last > s && last[-1] != ' '; last--)
        ;
    if (last > s && e - last >= 5 && memcmp(last, "HTTP/", 5) == 0) {
        out->protocol = span(last, e);
        e = last - 1;
    }
    out->url = span(s, e);
    q = memchr(s, '?', (size_t)(e - s));
    out->path = span(s, q ? q : e);
}

/* A decimal number or "-" (absent) up to the next space; false on anything else. */
static bool number_field(const char **ps, const char *e, uint64_t *v, bool *has)
{
    const char *s = *ps;

    *v = 0;
    *has = false;
    if (s < e && *s == '-') {
        s++;
    } else {
        const char *start = s;

        for (; s < e && is_digit(*s) && s - start < 19; s++)
            *v = *v * 10 + (uint64_t)(*s - '0');
        if (s == start)
            return false;
        *has = true;
    }
    if (s < e && *s != ' ')
        return false;
    *ps = s < e ? s + 1 : s;
    return true;
}

/* host ident user [time] "request" status bytes ["referer" "user-agent" ...] */
static bool parse_ncsa(const char *s, size_t n, bs_log_request *out)
{
    const char *e = s + n, *sp, *lb, *rb, *u;
    uint64_t status;
    bool has;

    memset(out, 0, sizeof(*out));
    if (!(sp = memchr(s, ' ', n)) || sp == s || !(lb = memchr(sp, '[', (size_t)(e - sp))) ||
        lb[-1] != ' ' || !(rb = memchr(lb, ']', (size_t)(e - lb))))
        return false;
    out->client = span(s, sp);
    for (u = lb - 1; u > sp + 1 && u[-1] != ' '; u--)
        ;
    out->user = span(u, lb - 1);
    if (!bs_log_time_ncsa(lb + 1, (size_t)(rb - lb - 1), &out->time))
        return false;
    if (e - rb < 3 || rb[1] != ' ' || rb[2] != '"' || !(s = quoted(rb + 2, e, &out->request)))
        return false;
    split_request(out);
    if (s >= e || *s++ != ' ' || !number_field(&s, e, &status, &has) || status > 999 ||
        !number_field(&s, e, &out->bytes, &out->has_bytes))
        return false;
    out->status = (int)status;
    if (s < e && *s == '"' && (s = quoted(s, e, &out->referer)) && s + 1 < e && s[0] == ' ' &&
        s[1] == '"')
        quoted(s + 1, e, &out->user_agent);
    return true;
}

/* ---- W3C extended ---- */

static w3c_field field_kind(const char *s, size_t n)
{
    static const struct {
        const char *name;
        w3c_field f;
    } names[] = {
        {"date", F_DATE},         {"time", F_TIME},           {"c-ip", F_CLIENT},
        {"cs-method", F_METHOD},  {"cs-uri-stem", F_STEM},    {"cs-uri-query", F_QUERY},
        {"cs-uri", F_URI},        {"sc-status", F_STATUS},    {"sc-bytes", F_BYTES},
        {"cs(User-Agent)", F_UA}, {"cs-username", F_USER},    {"cs(Referer)", F_REFERER},
        {"cs-version", F_VERSION}, {"c-dns", F_CLIENT},      {"bytes", F_BYTES},
    };

    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (strlen(names[i].name) == n && strncasecmp(names[i].name, s, n) == 0)
            return names[i].f;
    return F_OTHER;
}

/* The next space-separated token (a "quoted" one whole) of [*ps, e). */
static bool next_token(const char **ps, const char *e, bs_span *tok)
{
    const char *s = *ps, *t;

    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    if (s >= e)
        return false;
    if (*s == '"' && (t = quoted(s, e, tok))) {
        *ps = t;
        return true;
    }
    for (t = s; t < e && *t != ' ' && *t != '\t'; t++)
        ;
    *tok = span(s, t);
    *ps = t;
    return true;
}

static void parse_fields_directive(bs_log_parser *p, const char *s, const char *e)
{
    bs_span tok;

    p->n_fields = 0;
    while (p->n_fields < BS_LOG_W3C_FIELDS_MAX && next_token(&s, e, &tok))
        p->fields[p->n_fields++] = field_kind(tok.p, tok.n);
}

static bool dash(bs_span s)
{
    return s.n == 0 || (s.n == 1 && s.p[0] == '-');
}

/* Puts "METHOD URL PROTOCOL" together in p->buf from the W3C fields. */
static void build_request(bs_log_parser *p, const bs_span *f, bs_log_request *out)
{
    char *b = p->buf;
    const char *q;
    size_t k = 0;
    const bs_span *proto = dash(f[F_VERSION]) ? &(bs_span){"-", 1} : &f[F_VERSION];

#define PUT(sp) (memcpy(b + k, (sp).p, (sp).n), k += (sp).n)
    PUT(f[F_METHOD]);
    b[k++] = ' ';
    out->url.p = b + k;
    if (!dash(f[F_URI])) {
        PUT(f[F_URI]);
    } else {
        PUT(f[F_STEM]);
        if (!dash(f[F_QUERY])) {
            b[k++] = '?';
            PUT(f[F_QUERY]);
        }
    }
    out->url.n = (size_t)(b + k - out->url.p);
    b[k++] = ' ';
    out->protocol.p = b + k;
    PUT(*proto);
    out->protocol.n = proto->n;
#undef PUT
    out->request = (bs_span){b, k};
    out->method = (bs_span){b, f[F_METHOD].n};
    q = memchr(out->url.p, '?', out->url.n);
    out->path = (bs_span){out->url.p, q ? (size_t)(q - out->url.p) : out->url.n};
}

static bool parse_w3c(bs_log_parser *p, const char *s, size_t n, bs_log_request *out)
{
    bs_span f[F_COUNT] = {{0}}, tok;
    const char *e = s + n;
    int i;
    uint64_t v;
    bool has;

    memset(out, 0, sizeof(*out));
    for (i = 0; i < p->n_fields && next_token(&s, e, &tok); i++)
        if (p->fields[i] != F_OTHER)
            f[p->fields[i]] = tok;
    if (i < p->n_fields || dash(f[F_METHOD]) || (dash(f[F_STEM]) && dash(f[F_URI])))
        return false;
    if (f[F_DATE].n == 10 && f[F_TIME].n >= 8 && f[F_DATE].n + 1 + f[F_TIME].n < 40) {
        char t[40];

        memcpy(t, f[F_DATE].p, 10);
        t[10] = ' ';
        memcpy(t + 11, f[F_TIME].p, f[F_TIME].n);
        bs_log_time_iso(t, 11 + f[F_TIME].n, &out->time); /* W3C times are UTC */
    }
    out->client = dash(f[F_CLIENT]) ? (bs_span){0} : f[F_CLIENT];
    out->user = f[F_USER];
    out->referer = dash(f[F_REFERER]) ? (bs_span){0} : f[F_REFERER];
    out->user_agent = dash(f[F_UA]) ? (bs_span){0} : f[F_UA];
    if (f[F_STATUS].n) {
        const char *st = f[F_STATUS].p;

        if (!number_field(&st, st + f[F_STATUS].n, &v, &has) || v > 999)
            return false;
        out->status = (int)v;
    }
    if (f[F_BYTES].n) {
        const char *bt = f[F_BYTES].p;

        if (!number_field(&bt, bt + f[F_BYTES].n, &out->bytes, &out->has_bytes))
            return false;
    }
    build_request(p, f, out);
    return true;
}

bs_log_line bs_log_parse_line(bs_log_parser *p, const char *line, size_t len,
                              bs_log_request *out)
{
    bs_log_stats *st = &p->stats;
    bool ok;

    st->lines++;
    if (len > p->line_max) {
        st->long_lines++;
        len = p->line_max;
    }
    if (len == 0 || (len == 1 && line[0] == '\r'))
        return BS_LOG_LINE_BLANK;
    if (line[0] == '#') {
        st->directives++;
        if (bs_log_fields_line(line, len))
            parse_fields_directive(p, line + BS_LOG_FIELDS_PREFIX_LEN, line + len);
        return BS_LOG_LINE_DIRECTIVE;
    }
    ok = p->n_fields ? parse_w3c(p, line, len, out) : parse_ncsa(line, len, out);
    if (!ok) {
        st->malformed++;
        return BS_LOG_LINE_MALFORMED;
    }
    st->requests++;
    return BS_LOG_LINE_REQUEST;
}

/* ---- sniffing ---- */

bs_log_format bs_log_sniff(const uint8_t *buf, size_t len)
{
    size_t pos = 0, n, lines = 0, ncsa = 0, tried = 0;
    const char *line;
    bool long_line;
    bs_log_request req;

    if (len > BS_LOG_SNIFF_BYTES)
        len = BS_LOG_SNIFF_BYTES;
    while (lines < BS_LOG_SNIFF_LINES && bs_log_next_line(buf, len, &pos, &line, &n, &long_line)) {
        if (n == 0)
            continue;
        lines++;
        if (line[0] == '#') {
            if (n > 8 && memcmp(line, "#Fields:", 8) == 0)
                return BS_LOG_FORMAT_W3C;
            continue;
        }
        if (pos >= len && len == BS_LOG_SNIFF_BYTES)
            break; /* a line cut by the sniff window says nothing */
        if (n > BS_LOG_LINE_MAX)
            n = BS_LOG_LINE_MAX;
        tried++;
        ncsa += parse_ncsa(line, n, &req);
    }
    return ncsa && ncsa * 2 >= tried ? BS_LOG_FORMAT_NCSA : BS_LOG_FORMAT_NONE;
}
