/*
 * pan_find.c - the card-number finder (see pan_find.h): candidate runs of
 * digit groups, issuer and length rules, decoys, track data, CVV-like
 * fields, keyed hashes (SipHash-2-4) and the per-object counts.
 */
#include "matchers/pan_find.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <unistd.h>

#include "core/limits.h"
#include "core/vec.h"
#include "matchers/logparse.h"

#define RUN_GROUPS_MAX 32 /* digit groups looked at in one separated run */
#define CVV_LABEL_TAIL 12 /* letters after "cvv" in a field name ("cvvNumber") */

static bool is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static bool is_alpha(uint8_t c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static bool is_alnum(uint8_t c)
{
    return is_digit(c) || is_alpha(c);
}

/* A byte a card number may be written with: a digit or a group separator. */
static bool in_run(uint8_t c)
{
    return is_digit(c) || c == ' ' || c == '-';
}

/* ---- issuers ---- */

/* The first k digits as a number. */
static int prefix(const char *d, int k)
{
    int v = 0;

    for (int i = 0; i < k; i++)
        v = v * 10 + (d[i] - '0');
    return v;
}

/* Issuer by prefix and length; -1 when none fits. */
static int issuer_of(const char *d, size_t n)
{
    int p2 = prefix(d, 2), p3 = prefix(d, 3), p4 = prefix(d, 4);

    if (d[0] == '4')
        return (n == 13 || n == 16 || n == 19) ? BS_ISSUER_VISA : -1;
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))
        return n == 16 ? BS_ISSUER_MASTERCARD : -1;
    if (p2 == 34 || p2 == 37)
        return n == 15 ? BS_ISSUER_AMEX : -1;
    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65)
        return n >= 16 ? BS_ISSUER_DISCOVER : -1;
    if (p4 >= 3528 && p4 <= 3589)
        return n >= 16 ? BS_ISSUER_JCB : -1;
    if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38)
        return n >= 14 ? BS_ISSUER_DINERS : -1;
    return -1;
}

/* One repeated digit, or digits stepping by +1 or -1 (mod 10); the check digit aside. */
static bool decoy_pattern(const char *d, size_t n)
{
    bool same = true, up = true, down = true;

    for (size_t i = 1; i + 1 < n; i++) {
        int step = (d[i] - d[i - 1] + 10) % 10;

        same &= step == 0;
        up &= step == 1;
        down &= step == 9;
    }
    return same || up || down;
}

bool bs_pan_check(const char *digits, size_t n, bs_issuer *issuer)
{
    int iss;

    if (n < BS_PAN_MIN_DIGITS || n > BS_PAN_MAX_DIGITS)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!is_digit((uint8_t)digits[i]))
            return false;
    if ((iss = issuer_of(digits, n)) < 0 || decoy_pattern(digits, n) ||
        !bs_luhn_valid(digits, n))
        return false;
    *issuer = (bs_issuer)iss;
    return true;
}

/* ---- scanning ---- */

typedef struct group {
    size_t start, len;
} group;

typedef struct scan_ctx {
    const uint8_t *buf;
    size_t len;
    bs_pan_hit_fn fn;
    void *arg;
    size_t count;
    bool stop;
    size_t line_start, line_end; /* the line whose CVV and context checks are cached */
    bool line_cvv, line_context, line_valid;
    int file_context;            /* -1 not checked yet; 1: the first line names card fields */
} scan_ctx;

/* 3-4 digits after a cvv/cvc/cid/csc label at s[i]; false otherwise. */
static bool cvv_at(const uint8_t *s, size_t i, size_t end)
{
    static const char *const labels[] = {"cvv", "cvc", "cid", "csc"};
    size_t k, nd;
    bool label = false;

    if (end - i < 3 || (i > 0 && is_alpha(s[i - 1])))
        return false;
    for (k = 0; k < 4 && !label; k++)
        label = (s[i] | 0x20) == labels[k][0] && (s[i + 1] | 0x20) == labels[k][1] &&
                (s[i + 2] | 0x20) == labels[k][2];
    if (!label)
        return false;
    i += 3;
    for (k = 0; k < CVV_LABEL_TAIL && i < end && (is_alpha(s[i]) || s[i] == '_' || s[i] == '2');
         k++)
        i++;
    for (k = 0; k < 4 && i < end && strchr(" :=\"'\t", s[i]) && s[i]; k++)
        i++;
    for (nd = 0; i < end && is_digit(s[i]) && nd < 5; nd++)
        i++;
    return nd >= 3 && nd <= 4;
}

/*
 * Words that put a number in card context.  Anywhere in a word: "card",
 * "credit", "visa", "mastercard", "amex", "acct"; at the start of one (not
 * "access", "company"): "cc", "pan".  Case-insensitive.
 */
static bool card_word_at(const uint8_t *s, size_t i, size_t end)
{
    static const char *const anywhere[] = {"card", "credit", "visa", "amex", "acct"};
    static const char *const word_start[] = {"cc", "pan"};
    bool start = i == 0 || !is_alnum(s[i - 1]); /* not "...249CC" (hex) */

    for (size_t k = 0; k < sizeof(anywhere) / sizeof(anywhere[0]); k++)
        if (end - i >= strlen(anywhere[k]) && strncasecmp((const char *)s + i, anywhere[k],
                                                          strlen(anywhere[k])) == 0)
            return true;
    for (size_t k = 0; start && k < sizeof(word_start) / sizeof(word_start[0]); k++)
        if (end - i >= strlen(word_start[k]) &&
            strncasecmp((const char *)s + i, word_start[k], strlen(word_start[k])) == 0)
            return true;
    return false;
}

static bool span_has_card_word(const uint8_t *s, size_t from, size_t end)
{
    for (size_t i = from; i < end; i++)
        if (strchr("cCvVaApP", s[i]) && s[i] && card_word_at(s, i, end))
            return true;
    return false;
}

/* The first line of the object names card fields (a CSV or dump header). */
static bool file_has_card_header(scan_ctx *c)
{
    if (c->file_context < 0) {
        const uint8_t *nl = memchr(c->buf, '\n', c->len < BS_LOG_LINE_MAX ? c->len : BS_LOG_LINE_MAX);
        size_t end = nl ? (size_t)(nl - c->buf) : (c->len < BS_LOG_LINE_MAX ? c->len : BS_LOG_LINE_MAX);

        c->file_context = span_has_card_word(c->buf, 0, end) ? 1 : 0;
    }
    return c->file_context == 1;
}

static bool line_has_cvv(scan_ctx *c, size_t pos)
{
    const uint8_t *nl;
    size_t lo = pos > BS_LOG_LINE_MAX ? pos - BS_LOG_LINE_MAX : 0, i, end;

    if (c->line_valid && pos >= c->line_start && pos < c->line_end)
        return c->line_cvv;
    nl = pos > lo ? memrchr(c->buf + lo, '\n', pos - lo) : NULL;
    c->line_start = nl ? (size_t)(nl - c->buf) + 1 : lo;
    nl = memchr(c->buf + pos, '\n', c->len - pos);
    c->line_end = nl ? (size_t)(nl - c->buf) : c->len;
    end = c->line_end - c->line_start > 2 * (size_t)BS_LOG_LINE_MAX
              ? c->line_start + 2 * (size_t)BS_LOG_LINE_MAX
              : c->line_end; /* a huge "line" is searched near the number only */
    c->line_cvv = false;
    for (i = c->line_start; i < end && !c->line_cvv; i++)
        if ((c->buf[i] | 0x20) == 'c')
            c->line_cvv = cvv_at(c->buf, i, end);
    c->line_context = span_has_card_word(c->buf, c->line_start, end);
    c->line_valid = true;
    return c->line_cvv;
}

/* Track 1 "%B<PAN>^", track 2 ";<PAN>=YYMM": 1 or 2, else 0. */
static int track_of(const uint8_t *s, size_t len, size_t from, size_t to)
{
    if (to < len && s[to] == '^' && from >= 1 && s[from - 1] == 'B' &&
        (from == 1 || !is_alnum(s[from - 2])))
        return 1;
    if (to + 4 < len && s[to] == '=' && is_digit(s[to + 1]) && is_digit(s[to + 2]) &&
        is_digit(s[to + 3]) && is_digit(s[to + 4]))
        return 2;
    return 0;
}

/*
 * Nothing glued to the number: no letter or digit beside it, no decimal
 * point, and not a piece of an identifier, a path or a URL ("/5390...",
 * "fuzzer-5522...", "id_4111...", "...4111/", "#4111", "@", "%", "\").
 */
static bool bounded(const uint8_t *s, size_t len, size_t from, size_t to, int track)
{
    if (from > 0 && track != 1) {
        uint8_t b = s[from - 1];

        if (is_alnum(b) || (b == '.' && from >= 2 && is_digit(s[from - 2])) ||
            strchr("/_#@%\\$", b) ||
            ((b == '-' || b == '.') && from >= 2 && is_alnum(s[from - 2])))
            return false;
    }
    if (to < len) {
        uint8_t a = s[to];

        if (is_alnum(a) || (a == '.' && to + 1 < len && is_digit(s[to + 1])) ||
            (a && strchr("/_@%\\", a)) ||
            ((a == '-' || a == '.') && to + 1 < len && is_alnum(s[to + 1])))
            return false;
    }
    return true;
}

/*
 * Grouped numbers are written the way cards are printed: groups of 4 and a
 * last group of 1-4 (4-4-4-4, 4-4-4-4-3, 4-4-4-1 ...), Amex 4-6-5, Diners
 * 4-6-4, one separator throughout; other groupings
 * (coordinates, version lists, SVG path data) are no card.
 */
static bool card_grouping(const uint8_t *s, const group *g, int a, int b)
{
    static const uint8_t layouts[][6] = {{4, 4, 4, 4, 0}, {4, 4, 4, 4, 3, 0}, {4, 4, 4, 4, 2, 0},
                                         {4, 4, 4, 4, 1, 0}, {4, 4, 4, 3, 0}, {4, 4, 4, 2, 0},
                                         {4, 4, 4, 1, 0}, {4, 6, 5, 0}, {4, 6, 4, 0}};
    int n = b - a + 1;

    if (n == 1)
        return true;
    for (int k = a + 1; k <= b; k++)
        if (s[g[k].start - 1] != s[g[a + 1].start - 1])
            return false; /* mixed separators */
    for (size_t l = 0; l < sizeof(layouts) / sizeof(layouts[0]); l++) {
        int i = 0;

        while (i < n && layouts[l][i] && layouts[l][i] == g[a + i].len)
            i++;
        if (i == n && layouts[l][i] == 0)
            return true;
    }
    return false;
}

/* s[at..at+4) is a word of 4 hex digits with a letter, standing alone ("521A", "4f2c"). */
static bool hex_word_at(const uint8_t *s, size_t len, size_t at)
{
    bool letter = false;

    if (at + 4 > len || (at > 0 && is_alnum(s[at - 1])) || (at + 4 < len && is_alnum(s[at + 4])))
        return false;
    for (size_t i = at; i < at + 4; i++) {
        if (!isxdigit(s[i]))
            return false;
        letter |= !is_digit(s[i]);
    }
    return letter;
}

/*
 * A grouped number inside a longer list of 4-character words is no card: a
 * 4-digit group right before or after it in the same run ("5211 5212 5213
 * 5214 5215", a code-point table), or a hex word beside it ("4F2C 5211 5212
 * 5213 5214 521A", hex dumps).  A shorter group after it stays allowed
 * ("4111 1111 1111 1111 123": a CVV).
 */
static bool in_word_list(const uint8_t *s, size_t len, const group *g, int ng, int a, int b)
{
    size_t before = g[a].start, after = g[b].start + g[b].len;

    if (a == b)
        return false; /* an ungrouped number */
    if ((a > 0 && g[a - 1].len == 4) || (b + 1 < ng && g[b + 1].len == 4))
        return true;
    return (before >= 5 && s[before - 1] == ' ' && hex_word_at(s, len, before - 5)) ||
           (after + 5 <= len && s[after] == ' ' && hex_word_at(s, len, after + 1));
}

/* Groups a..b of the run as one candidate; true when it was a number (reported). */
static bool try_candidate(scan_ctx *c, const group *g, int ng, int a, int b)
{
    bs_pan_hit hit;
    size_t nd = 0;

    memset(&hit, 0, sizeof(hit));
    for (int k = a; k <= b; k++) {
        memcpy(hit.digits + nd, c->buf + g[k].start, g[k].len);
        nd += g[k].len;
    }
    hit.n_digits = nd;
    hit.offset = g[a].start;
    hit.length = g[b].start + g[b].len - g[a].start;
    hit.track = a == b ? track_of(c->buf, c->len, hit.offset, hit.offset + hit.length) : 0;
    if (!card_grouping(c->buf, g, a, b) || in_word_list(c->buf, c->len, g, ng, a, b) ||
        !bounded(c->buf, c->len, hit.offset, hit.offset + hit.length, hit.track) ||
        !bs_pan_check(hit.digits, nd, &hit.issuer))
        return false;
    hit.cvv = line_has_cvv(c, hit.offset);
    hit.context = c->line_context || hit.cvv || hit.track || file_has_card_header(c);
    hit.line_start = c->line_start;
    hit.line_end = c->line_end;
    c->count++;
    if (!c->fn(c->arg, &hit))
        c->stop = true;
    memset(hit.digits, 0, sizeof(hit.digits));
    return true;
}

/* Every number made of whole consecutive groups of one run, longest first. */
static void scan_run(scan_ctx *c, const group *g, int ng)
{
    for (int a = 0; a < ng && !c->stop; a++) {
        size_t total = 0;
        int b, last = a - 1;

        for (b = a; b < ng && g[b].len <= BS_PAN_MAX_DIGITS &&
                    total + g[b].len <= BS_PAN_MAX_DIGITS;
             b++)
            total += g[b].len, last = b;
        for (b = last; b >= a; b--) {
            if (total >= BS_PAN_MIN_DIGITS && try_candidate(c, g, ng, a, b)) {
                a = b; /* go on after it */
                break;
            }
            total -= g[b].len;
        }
    }
}

size_t bs_pan_scan(const uint8_t *buf, size_t len, bs_pan_hit_fn fn, void *arg)
{
    scan_ctx c = {.buf = buf, .len = len, .fn = fn, .arg = arg, .file_context = -1};
    group g[RUN_GROUPS_MAX];
    size_t i = 0;

    while (i < len && !c.stop) {
        size_t total = 0, probe = i + BS_PAN_MIN_DIGITS - 1;
        int ng = 0;

        /*
         * A candidate is BS_PAN_MIN_DIGITS or more bytes of digits and single
         * separators, so if the byte that far ahead is neither, none starts
         * before it: most of a file is crossed 13 bytes at a probe, not one
         * (docs/PERFORMANCE.md).  Else back up to where that span begins.
         */
        if (probe >= len)
            break;
        if (!in_run(buf[probe])) {
            i = probe + 1;
            continue;
        }
        while (probe > i && in_run(buf[probe - 1]))
            probe--;
        i = probe;
        while (i < len && !is_digit(buf[i]))
            i++;
        while (i < len && ng < RUN_GROUPS_MAX) {
            size_t s = i;

            while (i < len && is_digit(buf[i]))
                i++;
            g[ng++] = (group){s, i - s};
            total += i - s;
            if (i + 1 < len && (buf[i] == ' ' || buf[i] == '-') && is_digit(buf[i + 1]) &&
                ng < RUN_GROUPS_MAX)
                i++;
            else
                break;
        }
        if (total >= BS_PAN_MIN_DIGITS)
            scan_run(&c, g, ng);
    }
    return c.count;
}

/* ---- keyed hash (SipHash-2-4) ---- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                   \
    do {                                                                                           \
        v0 += v1, v1 = ROTL(v1, 13), v1 ^= v0, v0 = ROTL(v0, 32);                                  \
        v2 += v3, v3 = ROTL(v3, 16), v3 ^= v2;                                                     \
        v0 += v3, v3 = ROTL(v3, 21), v3 ^= v0;                                                     \
        v2 += v1, v1 = ROTL(v1, 17), v1 ^= v2, v2 = ROTL(v2, 32);                                  \
    } while (0)

static uint64_t load64(const uint8_t *p)
{
    uint64_t v = 0;

    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static uint64_t siphash24(const uint8_t key[16], const uint8_t *in, size_t n)
{
    uint64_t k0 = load64(key), k1 = load64(key + 8), m, b = (uint64_t)n << 56;
    uint64_t v0 = 0x736f6d6570736575ULL ^ k0, v1 = 0x646f72616e646f6dULL ^ k1;
    uint64_t v2 = 0x6c7967656e657261ULL ^ k0, v3 = 0x7465646279746573ULL ^ k1;
    size_t i;

    for (i = 0; i + 8 <= n; i += 8) {
        m = load64(in + i);
        v3 ^= m;
        SIPROUND;
        SIPROUND;
        v0 ^= m;
    }
    for (size_t k = 0; i + k < n; k++)
        b |= (uint64_t)in[i + k] << (8 * k);
    v3 ^= b;
    SIPROUND;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

int bs_pan_key_random(uint8_t key[BS_PAN_KEY_LEN])
{
    size_t got = 0;

    while (got < BS_PAN_KEY_LEN) {
        ssize_t r = getrandom(key + got, BS_PAN_KEY_LEN - got, 0);

        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return 0;
}

uint64_t bs_pan_key(const uint8_t key[BS_PAN_KEY_LEN], const char *digits, size_t n,
                    bs_issuer issuer)
{
    uint64_t h = siphash24(key, (const uint8_t *)digits, n) & ~(7ULL << 61);

    h |= (uint64_t)issuer << 61;
    return h ? h : 1;
}

/* ---- the set ---- */

static int keyset_grow(bs_pan_keyset *s)
{
    size_t cap = s->cap ? s->cap * 2 : 64;
    uint64_t *n = calloc(cap, sizeof(uint64_t));

    if (!n)
        return BS_GROW_NOMEM;
    for (size_t i = 0; i < s->cap; i++) {
        size_t j = s->slots[i] & (cap - 1);

        if (!s->slots[i])
            continue;
        while (n[j])
            j = (j + 1) & (cap - 1);
        n[j] = s->slots[i];
    }
    free(s->slots);
    s->slots = n;
    s->cap = cap;
    return BS_GROW_OK;
}

int bs_pan_keyset_add(bs_pan_keyset *s, uint64_t key)
{
    size_t j;
    int rc;

    if (s->cap) {
        for (j = key & (s->cap - 1); s->slots[j]; j = (j + 1) & (s->cap - 1))
            if (s->slots[j] == key)
                return 0;
    }
    if (s->max && s->count >= s->max)
        return BS_GROW_LIMIT;
    if ((s->count + 1) * 2 > s->cap && (rc = keyset_grow(s)) != BS_GROW_OK)
        return rc;
    for (j = key & (s->cap - 1); s->slots[j]; j = (j + 1) & (s->cap - 1))
        ;
    s->slots[j] = key;
    s->count++;
    return 1;
}

void bs_pan_keyset_clear(bs_pan_keyset *s)
{
    if (s->count)
        memset(s->slots, 0, s->cap * sizeof(uint64_t));
    s->count = 0;
}

void bs_pan_keyset_release(bs_pan_keyset *s)
{
    free(s->slots);
    s->slots = NULL;
    s->cap = s->count = 0;
}

/* ---- per object ---- */

struct bs_pan_finder {
    uint8_t key[BS_PAN_KEY_LEN];
    bool skip_test_numbers; /* source code: the brands' public test numbers are sample data */
    bs_pan_keyset seen;
    bs_pan_result *res; /* of the scan in progress */
    const uint8_t *buf; /* ... and its buffer */
    size_t time_line;   /* line start whose time was read last, +1 (0: none) */
    bool failed;
};

bs_pan_finder *bs_pan_finder_new(const uint8_t key[BS_PAN_KEY_LEN])
{
    bs_pan_finder *f = calloc(1, sizeof(*f));

    if (!f)
        return NULL;
    memcpy(f->key, key, BS_PAN_KEY_LEN);
    f->seen.max = BS_PAN_OBJECT_DISTINCT_MAX;
    return f;
}

void bs_pan_finder_free(bs_pan_finder *f)
{
    if (!f)
        return;
    bs_pan_keyset_release(&f->seen);
    memset(f->key, 0, sizeof(f->key));
    free(f);
}

const bs_pan_keyset *bs_pan_finder_keys(const bs_pan_finder *f)
{
    return &f->seen;
}

static void note_time(bs_card_info *card, bs_time t)
{
    bs_time_keep_earliest(&card->first, t);
    bs_time_keep_latest(&card->last, t);
}

/*
 * The public test numbers of the card brands and payment gateways (their
 * documentation prints them): in source code they are sample data.
 */
static const char *const test_numbers[] = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222",
    "4007000000027",    "4012888818888",    "4000056655665556", "4000002500003155",
    "4000000000003220", "4000000000000002", "4000000000009995", "4444333322221111",
    "4000000000000077", "4000000000000093", "4005550000000001", "4917610000000000",
    "5555555555554444", "5105105105105100", "5424000000000015", "2223003122003222",
    "5200828282828210", "5454545454545454", "2221000000000009", "5431111111111111",
    "378282246310005",  "371449635398431",  "378734493671000",  "370000000000002",
    "340000000000009",  "341111111111111",  "6011111111111117", "6011000990139424",
    "6011000000000012", "6011601160116611", "6445644564456445", "30569309025904",
    "38520000023237",   "36227206271667",   "3056930009020004", "36006666333344",
    "3530111333300000", "3566002020360505", "3566111111111113", "3088000000000017",
};

bool bs_pan_is_test_number(const char *digits, size_t n)
{
    for (size_t i = 0; i < sizeof(test_numbers) / sizeof(test_numbers[0]); i++)
        if (strlen(test_numbers[i]) == n && memcmp(test_numbers[i], digits, n) == 0)
            return true;
    return false;
}

void bs_pan_finder_skip_test_numbers(bs_pan_finder *f, bool skip)
{
    f->skip_test_numbers = skip;
}

static bool count_hit(void *arg, const bs_pan_hit *hit)
{
    bs_pan_finder *f = arg;
    bs_pan_result *res = f->res;
    bs_card_info *card = &res->card;
    const char *buf = (const char *)hit->digits; /* not kept */
    int rc;

    if (f->skip_test_numbers && bs_pan_is_test_number(buf, hit->n_digits))
        return true;
    card->occurrences++;
    card->track1 += hit->track == 1;
    card->track2 += hit->track == 2;
    res->cvv += hit->cvv;
    res->in_context += hit->context;
    if (f->time_line != hit->line_start + 1) {
        bs_time t = {0};

        f->time_line = hit->line_start + 1;
        if (bs_log_line_time((const char *)f->buf + hit->line_start,
                             hit->line_end - hit->line_start, &t))
            note_time(card, t);
    }
    rc = bs_pan_keyset_add(&f->seen, bs_pan_key(f->key, buf, hit->n_digits, hit->issuer));
    if (rc == 1) {
        card->distinct++;
        card->by_issuer[hit->issuer]++;
        if (card->n_samples < BS_CARD_SAMPLES_MAX)
            bs_pan_format_masked(buf, hit->n_digits, card->samples[card->n_samples++],
                                 BS_CARD_MASKED_MAX);
    } else if (rc == BS_GROW_LIMIT) {
        res->distinct_capped = true;
    } else if (rc == BS_GROW_NOMEM) {
        f->failed = true;
        return false;
    }
    return true;
}

int bs_pan_find(bs_pan_finder *f, const uint8_t *buf, size_t len, bs_pan_result *res)
{
    memset(res, 0, sizeof(*res));
    bs_pan_keyset_clear(&f->seen);
    f->res = res;
    f->buf = buf;
    f->time_line = 0;
    f->failed = false;
    bs_pan_scan(buf, len, count_hit, f);
    f->res = NULL;
    f->buf = NULL;
    return f->failed ? -1 : 0;
}
