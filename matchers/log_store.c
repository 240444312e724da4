/*
 * log_store.c - kept log requests (see log_store.h): compact records,
 * interned strings, one shared budget, and the URL/file path keys.
 */
#include "matchers/log_store.h"
#include "core/hash.h"

#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "core/vec.h"

#define NO_STRING UINT32_MAX
#define INTERN_MIN 1024

typedef struct record {
    uint64_t key, patterns, bytes;
    int64_t sec;
    int32_t nsec;
    uint32_t log, line;
    uint32_t client, method, url, ua; /* offsets into text, NO_STRING when absent */
    int16_t status;
    uint8_t flags; /* REC_* */
} record;

#define REC_TIME 0x1
#define REC_BYTES 0x2
#define REC_MARK 0x4

/* One interned string: its text offset + 1 (0 = empty slot) and its hash's low bits. */
typedef struct islot {
    uint32_t off1, hash;
} islot;

struct bs_log_store {
    bs_log_budget *budget;
    record *recs;
    size_t count, cap;
    bs_buf text;    /* interned strings, each NUL-terminated */
    islot *intern;  /* open addressing, icap slots (a power of two) */
    size_t icap, icount;
    uint32_t *logs; /* text offsets of log locations */
    size_t n_logs, cap_logs;
};

bs_log_store *bs_log_store_new(bs_log_budget *budget)
{
    bs_log_store *s = calloc(1, sizeof(*s));

    if (!s)
        return NULL;
    s->budget = budget;
    s->text.max = UINT32_MAX - 1;
    return s;
}

void bs_log_store_free(bs_log_store *s)
{
    if (!s)
        return;
    free(s->recs);
    bs_buf_release(&s->text);
    free(s->intern);
    free(s->logs);
    free(s);
}

static uint64_t fnv1a(const void *p, size_t n, uint64_t h)
{
    const uint8_t *b = p;

    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 0x100000001b3ULL;
    return h;
}

#define FNV_INIT 0xcbf29ce484222325ULL

/* ---- interning ---- */

/*
 * Hash of an interned string, eight bytes at a time: every kept request
 * interns its client, method, URL and user agent, a few hundred bytes, and
 * hashing them a byte at a time (fnv1a) was about 13 % of a log's matching.
 */
static uint32_t intern_hash(const char *p, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;
    size_t i = 0;

    for (; i + 8 <= n; i += 8) {
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    if (i < n) { /* the last 8 bytes again, or the few there are, a byte at a time */
        w = 0;
        if (n >= 8)
            memcpy(&w, p + n - 8, 8);
        else
            for (size_t k = i; k < n; k++)
                w = w << 8 | (uint8_t)p[k];
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
    }
    h ^= h >> 29;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return (uint32_t)(h ^ (h >> 32));
}

static int intern_grow(bs_log_store *s)
{
    size_t cap = s->icap ? s->icap * 2 : INTERN_MIN;
    islot *n = calloc(cap, sizeof(*n));

    if (!n)
        return -1;
    for (size_t i = 0; i < s->icap; i++) {
        if (s->intern[i].off1) {
            size_t j = s->intern[i].hash & (cap - 1);

            while (n[j].off1)
                j = (j + 1) & (cap - 1);
            n[j] = s->intern[i];
        }
    }
    free(s->intern);
    s->intern = n;
    s->icap = cap;
    return 0;
}

/* Offset of the interned copy of p[0..n) (NO_STRING when absent or on failure). */
static uint32_t intern(bs_log_store *s, const char *p, size_t n, bool force, bool *failed)
{
    size_t j, off;
    uint32_t h;

    if (!p || n == 0 || memchr(p, '\0', n))
        return NO_STRING;
    if ((s->icount + 1) * 2 > s->icap && intern_grow(s) != 0) {
        *failed = true;
        return NO_STRING;
    }
    h = intern_hash(p, n);
    for (j = h & (s->icap - 1); s->intern[j].off1; j = (j + 1) & (s->icap - 1)) {
        const char *str = (const char *)s->text.data + s->intern[j].off1 - 1;

        if (s->intern[j].hash == h && strncmp(str, p, n) == 0 && str[n] == '\0')
            return s->intern[j].off1 - 1;
    }
    off = s->text.len;
    if ((__atomic_add_fetch(&s->budget->bytes, n + 1, __ATOMIC_RELAXED) > BS_LOG_KEPT_BYTES_MAX &&
         !force) ||
        bs_buf_append(&s->text, p, n) != BS_GROW_OK ||
        bs_buf_append(&s->text, "", 1) != BS_GROW_OK) {
        s->text.len = off;
        *failed = true;
        return NO_STRING;
    }
    s->intern[j] = (islot){(uint32_t)off + 1, h};
    s->icount++;
    return (uint32_t)off;
}

int bs_log_store_add_log(bs_log_store *s, const char *location)
{
    bool failed = false;
    uint32_t off;

    if (bs_grow(&s->logs, &s->cap_logs, s->n_logs, sizeof(uint32_t), 0) != BS_GROW_OK)
        return -1;
    off = intern(s, location, strlen(location), true, &failed);
    if (off == NO_STRING)
        return -1;
    s->logs[s->n_logs] = off;
    return (int)s->n_logs++;
}

int bs_log_store_add(bs_log_store *s, const bs_log_request *req, int log, uint32_t line,
                     uint64_t key, uint64_t patterns)
{
    bool failed = false;
    record *r;

    if (!patterns && __atomic_add_fetch(&s->budget->requests, 1, __ATOMIC_RELAXED) >
                         BS_LOG_KEPT_REQUESTS_MAX) {
        __atomic_add_fetch(&s->budget->dropped, 1, __ATOMIC_RELAXED);
        return -1;
    }
    if (bs_grow(&s->recs, &s->cap, s->count, sizeof(record), 0) != BS_GROW_OK)
        return -1;
    r = &s->recs[s->count];
    memset(r, 0, sizeof(*r));
    r->key = key;
    r->patterns = patterns;
    r->log = (uint32_t)log;
    r->line = line;
    r->sec = req->time.sec;
    r->nsec = req->time.nsec;
    r->flags = (req->time.set ? REC_TIME : 0) | (req->has_bytes ? REC_BYTES : 0);
    r->bytes = req->bytes;
    r->status = (int16_t)req->status;
    r->client = intern(s, req->client.p, req->client.n, patterns != 0, &failed);
    r->method = intern(s, req->method.p, req->method.n, patterns != 0, &failed);
    r->url = intern(s, req->url.p, req->url.n, patterns != 0, &failed);
    r->ua = intern(s, req->user_agent.p, req->user_agent.n, patterns != 0, &failed);
    if (failed && !patterns) {
        __atomic_add_fetch(&s->budget->dropped, 1, __ATOMIC_RELAXED);
        return -1;
    }
    s->count++;
    return 0;
}

size_t bs_log_store_count(const bs_log_store *s)
{
    return s ? s->count : 0;
}

static const char *text_at(const bs_log_store *s, uint32_t off)
{
    return off == NO_STRING ? NULL : (const char *)s->text.data + off;
}

void bs_log_store_get(const bs_log_store *s, size_t i, bs_log_entry *out)
{
    const record *r = &s->recs[i];

    out->key = r->key;
    out->patterns = r->patterns;
    out->time = (bs_time){r->sec, r->nsec, (r->flags & REC_TIME) != 0};
    out->log = text_at(s, s->logs[r->log]);
    out->line = r->line;
    out->client = text_at(s, r->client);
    out->method = text_at(s, r->method);
    out->url = text_at(s, r->url);
    out->user_agent = text_at(s, r->ua);
    out->status = r->status;
    out->bytes = r->bytes;
    out->has_bytes = (r->flags & REC_BYTES) != 0;
}

void bs_log_store_mark(bs_log_store *s, size_t i)
{
    s->recs[i].flags |= REC_MARK;
}

bool bs_log_store_marked(const bs_log_store *s, size_t i)
{
    return (s->recs[i].flags & REC_MARK) != 0;
}

/* ---- path keys ---- */

#define KEY_MAX 512 /* bytes of a decoded path's tail that make its key */

uint64_t bs_path_key(const char *path, size_t n, bool url)
{
    char buf[KEY_MAX];
    size_t k = 0, s1, s0, e;
    const char *semi;

    if (url && (semi = memchr(path, ';', n)))
        n = (size_t)(semi - path);
    for (size_t i = 0; i < n; i++) {
        char c = path[i];
        int hi, lo;

        if (url && c == '%' && i + 2 < n && (hi = bs_hex_value(path[i + 1])) >= 0 &&
            (lo = bs_hex_value(path[i + 2])) >= 0) {
            c = (char)(hi * 16 + lo);
            i += 2;
        }
        if ((c == '\\' || c == ':') && !url)
            c = '/';
        if (k == KEY_MAX) { /* keep the tail: the key is made of the last segments */
            memmove(buf, buf + KEY_MAX / 2, KEY_MAX / 2);
            k = KEY_MAX / 2;
        }
        buf[k++] = (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : c;
    }
    if (k == 0 || buf[k - 1] == '/')
        return 0;
    for (s1 = k; s1 > 0 && buf[s1 - 1] != '/'; s1--)
        ;
    for (e = s1; e > 0 && buf[e - 1] == '/'; e--)
        ;
    for (s0 = e; s0 > 0 && buf[s0 - 1] != '/'; s0--)
        ;
    /* "parent/name", or "/name" (empty parent) at the top */
    return fnv1a(buf + s1, k - s1, fnv1a("/", 1, fnv1a(buf + s0, e - s0, FNV_INIT))) | 1;
}
