/*
 * decode.c - one pass of obfuscation unwrapping over a text (see decode.h).
 *
 * Every finder walks the text once and appends decoded fragments that are
 * text (BS_DECODE_TEXT_RATIO printable) and long enough to matter; binary
 * results are dropped, so encoded images, fonts and bytecode are not layers.
 * All output goes through one capped buffer: a hostile file cannot make a
 * layer larger than the caller's ceiling.
 */
#include "matchers/decode.h"
#include "core/hash.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <zlib.h>

#include "core/bytes.h"
#include "core/limits.h"
#include "core/utf8.h"

/* ---- helpers ---- */

/* Base64 digit values (both alphabets: + / and - _), -1 for other bytes. */
static const int8_t b64_table[256] = {
    ['A'] = 1,  ['B'] = 2,  ['C'] = 3,  ['D'] = 4,  ['E'] = 5,  ['F'] = 6,  ['G'] = 7,
    ['H'] = 8,  ['I'] = 9,  ['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14,
    ['O'] = 15, ['P'] = 16, ['Q'] = 17, ['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21,
    ['V'] = 22, ['W'] = 23, ['X'] = 24, ['Y'] = 25, ['Z'] = 26, ['a'] = 27, ['b'] = 28,
    ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32, ['g'] = 33, ['h'] = 34, ['i'] = 35,
    ['j'] = 36, ['k'] = 37, ['l'] = 38, ['m'] = 39, ['n'] = 40, ['o'] = 41, ['p'] = 42,
    ['q'] = 43, ['r'] = 44, ['s'] = 45, ['t'] = 46, ['u'] = 47, ['v'] = 48, ['w'] = 49,
    ['x'] = 50, ['y'] = 51, ['z'] = 52, ['0'] = 53, ['1'] = 54, ['2'] = 55, ['3'] = 56,
    ['4'] = 57, ['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62, ['+'] = 63,
    ['-'] = 63, ['/'] = 64, ['_'] = 64,
};

/* A table lookup: this runs on every byte of every text object (docs/PERFORMANCE.md). */
static inline int b64_value(uint8_t c)
{
    return b64_table[c] - 1;
}

/*
 * At least min bytes of mostly printable ASCII or well-formed UTF-8, no NUL.
 * Bytes >= 0x80 count only inside a valid UTF-8 sequence: random bytes (a
 * base64 image, a key) are half high bytes and would otherwise pass as text.
 */
static int is_text(const uint8_t *p, size_t n, size_t min)
{
    /* good * 100 >= n * RATIO, counted down: binary (most decoded base64) fails early */
    size_t bad = 0, most_bad = n - (n * BS_DECODE_TEXT_RATIO + 99) / 100;

    if (n < min)
        return 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len;

        if (p[i] == 0)
            return 0;
        if (p[i] < 0x80) {
            bad += !((p[i] >= 0x20 && p[i] < 0x7f) || p[i] == '\n' || p[i] == '\r' || p[i] == '\t');
            i++;
        } else if ((len = bs_utf8_decode(p + i, n - i, &cp)) > 0) {
            i += len;
        } else {
            bad++;
            i++;
        }
        if (bad > most_bad)
            return 0;
    }
    return 1;
}

/* Appends a fragment of at least min bytes and a newline when it is text; 1 when kept. */
static int keep_min(bs_buf *out, const uint8_t *p, size_t n, size_t min)
{
    if (!is_text(p, n, min))
        return 0;
    if (bs_buf_append(out, p, n) != BS_GROW_OK || bs_buf_append(out, "\n", 1) != BS_GROW_OK)
        return 0;
    return 1;
}

static int keep(bs_buf *out, const uint8_t *p, size_t n)
{
    return keep_min(out, p, n, BS_DECODE_MIN_FRAGMENT);
}

void bs_decoder_init(bs_decoder *d)
{
    memset(d, 0, sizeof(*d));
    d->tmp.max = BS_DECODE_LAYER_MAX;
    d->inflated.max = BS_DECODE_LAYER_MAX;
}

void bs_decoder_release(bs_decoder *d)
{
    bs_buf_release(&d->tmp);
    bs_buf_release(&d->inflated);
}

int bs_decode_is_text(const uint8_t *data, size_t len)
{
    size_t head = len < BS_DECODE_SNIFF ? len : BS_DECODE_SNIFF;

    return len > 0 && !memchr(data, 0, head);
}

/* ---- base64, and deflate inside it ---- */

/* Inflates src with the given window bits into d->inflated; 1 when it ended cleanly. */
static int try_inflate(bs_decoder *d, const uint8_t *src, size_t n, int window_bits)
{
    z_stream zs;
    uint8_t chunk[16384];
    int rc;

    memset(&zs, 0, sizeof(zs));
    if (inflateInit2(&zs, window_bits) != Z_OK)
        return 0;
    bs_buf_reset(&d->inflated);
    zs.next_in = (Bytef *)src;
    zs.avail_in = (uInt)n;
    do {
        zs.next_out = chunk;
        zs.avail_out = sizeof(chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        if ((rc != Z_OK && rc != Z_STREAM_END) ||
            bs_buf_append(&d->inflated, chunk, sizeof(chunk) - zs.avail_out) != BS_GROW_OK) {
            inflateEnd(&zs);
            return 0;
        }
    } while (rc != Z_STREAM_END && zs.avail_in > 0);
    inflateEnd(&zs);
    return rc == Z_STREAM_END;
}

static unsigned decode_base64_run(bs_decoder *d, const uint8_t *p, size_t n, bs_buf *out)
{
    uint32_t acc = 0;
    int bits = 0;

    uint8_t chunk[1024]; /* appended a chunk at a time, not a byte at a time */
    size_t used = 0;

    bs_buf_reset(&d->tmp);
    for (size_t i = 0; i < n; i++) {
        int v = b64_value(p[i]);

        if (v < 0)
            break;
        acc = acc << 6 | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            chunk[used++] = (uint8_t)(acc >> bits);
            if (used == sizeof(chunk)) {
                if (bs_buf_append(&d->tmp, chunk, used) != BS_GROW_OK)
                    return 0;
                used = 0;
            }
        }
    }
    if (used && bs_buf_append(&d->tmp, chunk, used) != BS_GROW_OK)
        return 0;
    if (keep(out, d->tmp.data, d->tmp.len))
        return BS_DECODED_BASE64;
    /* gzinflate (raw deflate), gzuncompress (zlib) and gzdecode (gzip) */
    if (d->tmp.len >= 2 && (try_inflate(d, d->tmp.data, d->tmp.len, -MAX_WBITS) ||
                            try_inflate(d, d->tmp.data, d->tmp.len, MAX_WBITS + 32)) &&
        keep(out, d->inflated.data, d->inflated.len))
        return BS_DECODED_BASE64 | BS_DECODED_INFLATE;
    return 0;
}

static int has_mixed_classes(const uint8_t *p, size_t n)
{
    int upper = 0, lower = 0, digit = 0;

    for (size_t i = 0; i < n && !(upper && lower && digit); i++) {
        upper |= isupper(p[i]) != 0;
        lower |= islower(p[i]) != 0;
        digit |= isdigit(p[i]) != 0;
    }
    return upper && lower && digit;
}

/*
 * Every maximal run of base64 digits of BS_DECODE_MIN_BASE64 or more.  i is
 * always the start of a run (or 0 / after a non-digit); a run that long must
 * have a digit at i + MIN - 1, and no non-digit before it: checked from the
 * end, so text of short words is crossed a word at a time, not a byte at a
 * time (docs/PERFORMANCE.md).
 */
static unsigned find_base64(bs_decoder *d, const uint8_t *p, size_t n, bs_buf *out)
{
    unsigned kinds = 0;

    for (size_t i = 0; i + BS_DECODE_MIN_BASE64 <= n;) {
        size_t j = i + BS_DECODE_MIN_BASE64 - 1;

        while (j > i && b64_value(p[j]) >= 0)
            j--;
        if (b64_value(p[j]) < 0) {
            i = j + 1; /* the run cannot start before j + 1 */
            continue;
        }
        j = i + BS_DECODE_MIN_BASE64;
        while (j < n && b64_value(p[j]) >= 0)
            j++;
        if (j - i >= BS_DECODE_MIN_BASE64 && has_mixed_classes(p + i, j - i))
            kinds |= decode_base64_run(d, p + i, j - i, out);
        i = j + 1;
    }
    return kinds;
}

/* ---- string literals: escapes, str_rot13, strrev ---- */

/* Decodes one escape at p (after the backslash); returns bytes consumed, 0 if none. */
static size_t decode_escape(const uint8_t *p, size_t n, bs_buf *b, int *counted)
{
    uint8_t c;
    int v;

    if (n >= 3 && p[0] == 'x' && (v = bs_hex_value(p[1])) >= 0 && bs_hex_value(p[2]) >= 0) {
        c = (uint8_t)(v << 4 | bs_hex_value(p[2]));
        (*counted)++;
        return bs_buf_append(b, &c, 1) == BS_GROW_OK ? 3 : 0;
    }
    if (n >= 5 && p[0] == 'u' && bs_hex_value(p[1]) >= 0 && bs_hex_value(p[2]) >= 0 &&
        bs_hex_value(p[3]) >= 0 && bs_hex_value(p[4]) >= 0) {
        unsigned cp = (unsigned)(bs_hex_value(p[1]) << 12 | bs_hex_value(p[2]) << 8 |
                                 bs_hex_value(p[3]) << 4 | bs_hex_value(p[4]));

        c = cp < 0x80 ? (uint8_t)cp : '?'; /* what matters to rules is ASCII */
        (*counted)++;
        return bs_buf_append(b, &c, 1) == BS_GROW_OK ? 5 : 0;
    }
    if (n >= 3 && p[0] >= '0' && p[0] <= '3' && p[1] >= '0' && p[1] <= '7' && p[2] >= '0' &&
        p[2] <= '7') {
        c = (uint8_t)((p[0] - '0') << 6 | (p[1] - '0') << 3 | (p[2] - '0'));
        (*counted)++;
        return bs_buf_append(b, &c, 1) == BS_GROW_OK ? 3 : 0;
    }
    c = p[0] == 'n' ? '\n' : p[0] == 't' ? '\t' : p[0] == 'r' ? '\r' : p[0];
    return bs_buf_append(b, &c, 1) == BS_GROW_OK ? 1 : 0;
}

/* The literal p[1..end) (p[0] is the quote), escapes decoded, into d->tmp; escape count. */
static int literal_value(bs_decoder *d, const uint8_t *p, size_t end)
{
    int escapes = 0;

    bs_buf_reset(&d->tmp);
    for (size_t i = 1; i < end;) {
        if (p[i] == '\\' && i + 1 < end) {
            size_t used = decode_escape(p + i + 1, end - i - 1, &d->tmp, &escapes);

            if (!used)
                return -1;
            i += 1 + used;
        } else if (bs_buf_append(&d->tmp, p + i, 1) == BS_GROW_OK) {
            i++;
        } else {
            return -1;
        }
    }
    return escapes;
}

/* Whether p[0..n) is the ASCII name, letters in either case (no locale, no libc call). */
static bool ascii_ieq(const uint8_t *p, const char *name, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i] >= 'A' && p[i] <= 'Z' ? (uint8_t)(p[i] | 0x20) : p[i];

        if (c != (uint8_t)name[i])
            return false;
    }
    return true;
}

/* Whether the text before p (skipping blanks and one '(') ends with name (lower case; any case). */
static int called_by(const uint8_t *start, const uint8_t *p, const char *name)
{
    size_t n = strlen(name);

    while (p > start && (p[-1] == ' ' || p[-1] == '\t'))
        p--;
    if (p == start || p[-1] != '(')
        return 0;
    p--;
    while (p > start && (p[-1] == ' ' || p[-1] == '\t'))
        p--;
    return (size_t)(p - start) >= n && ascii_ieq(p - n, name, n);
}

/* The literal's bytes as written (str_rot13/strrev see them so; PHP's '' keeps escapes). */
static int literal_raw(bs_decoder *d, const uint8_t *p, size_t end)
{
    bs_buf_reset(&d->tmp);
    return bs_buf_append(&d->tmp, p + 1, end - 1) == BS_GROW_OK ? 0 : -1;
}

static unsigned decode_literal(bs_decoder *d, const uint8_t *start, const uint8_t *p, size_t end,
                               bs_buf *out)
{
    bool rot13 = called_by(start, p, "str_rot13"), rev = !rot13 && called_by(start, p, "strrev");
    int escapes = rot13 || rev ? literal_raw(d, p, end) : literal_value(d, p, end);

    if (escapes < 0)
        return 0;
    if (rot13) {
        for (size_t i = 0; i < d->tmp.len; i++) {
            uint8_t c = d->tmp.data[i];

            if (isalpha(c))
                d->tmp.data[i] = (uint8_t)((c & 0x20) | ((((c & ~0x20) - 'A') + 13) % 26 + 'A'));
        }
        return keep(out, d->tmp.data, d->tmp.len) ? BS_DECODED_ROT13 : 0;
    }
    if (rev) {
        for (size_t i = 0, j = d->tmp.len; i + 1 < j; i++, j--) {
            uint8_t c = d->tmp.data[i];

            d->tmp.data[i] = d->tmp.data[j - 1];
            d->tmp.data[j - 1] = c;
        }
        return keep(out, d->tmp.data, d->tmp.len) ? BS_DECODED_STRREV : 0;
    }
    if (escapes >= BS_DECODE_MIN_ESCAPES && (size_t)escapes * 2 >= d->tmp.len)
        return keep(out, d->tmp.data, d->tmp.len) ? BS_DECODED_ESCAPES : 0;
    return 0;
}

static unsigned find_literals(bs_decoder *d, const uint8_t *p, size_t n, bs_buf *out)
{
    unsigned kinds = 0;

    for (size_t i = 0; i < n; i++) {
        size_t j, lim;
        uint8_t q;

        i += bs_find_any3(p + i, n - i, '"', '\'', '`');
        if (i >= n)
            break;
        q = p[i];
        lim = n - i > BS_DECODE_LITERAL_MAX ? i + BS_DECODE_LITERAL_MAX + 1 : n;
        for (j = i + 1; j < lim; j += 2) { /* j += 2: a backslash and the byte it escapes */
            j += bs_find_any3(p + j, lim - j, q, '\\', '\\');
            if (j >= lim || p[j] == q)
                break;
        }
        if (j >= lim || p[j] != q)
            continue; /* unterminated or too long: not a literal we decode */
        if (j - i > 2 && (memchr(p + i, '\\', j - i) || called_by(p, p + i, "str_rot13") ||
                          called_by(p, p + i, "strrev")))
            kinds |= decode_literal(d, p, p + i, j - i, out);
        i = j;
    }
    return kinds;
}

/* ---- chr() chains and String.fromCharCode ---- */

/* A number at p (decimal or 0x hex); returns digits consumed, 0 if none. */
static size_t read_number(const uint8_t *p, size_t n, unsigned *v)
{
    size_t i = 0;
    int base = 10;

    *v = 0;
    if (n >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        base = 16;
        i = 2;
    }
    for (; i < n && *v < 0x110000; i++) {
        int d = base == 16 ? bs_hex_value(p[i]) : (p[i] >= '0' && p[i] <= '9' ? p[i] - '0' : -1);

        if (d < 0)
            break;
        *v = *v * (unsigned)base + (unsigned)d;
    }
    return i > (base == 16 ? 2u : 0u) ? i : 0;
}

static size_t skip_blanks(const uint8_t *p, size_t i, size_t n)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
        i++;
    return i;
}

static int put_code(bs_buf *b, unsigned v)
{
    uint8_t c = v < 0x80 ? (uint8_t)v : '?';

    return bs_buf_append(b, &c, 1) == BS_GROW_OK;
}

/* String.fromCharCode(a, b, ...) at p[i] == '(' ; the codes go to d->tmp. */
static size_t read_code_list(bs_decoder *d, const uint8_t *p, size_t i, size_t n)
{
    unsigned v;

    for (i++;;) {
        size_t used;

        i = skip_blanks(p, i, n);
        if (!(used = read_number(p + i, n - i, &v)) || !put_code(&d->tmp, v))
            return i;
        i = skip_blanks(p, i + used, n);
        if (i >= n || p[i] != ',')
            return i;
        i++;
    }
}

/* chr(N) . chr(N) & Chr(N) + chr(N) ... starting at p[i] == '(' after "chr". */
static size_t read_chr_chain(bs_decoder *d, const uint8_t *p, size_t i, size_t n)
{
    for (;;) {
        unsigned v;
        size_t used;

        i = skip_blanks(p, i + 1, n);
        if (!(used = read_number(p + i, n - i, &v)) || !put_code(&d->tmp, v))
            return i;
        i = skip_blanks(p, i + used, n);
        if (i >= n || p[i] != ')')
            return i;
        i = skip_blanks(p, i + 1, n);
        if (i >= n || (p[i] != '.' && p[i] != '&' && p[i] != '+'))
            return i;
        i = skip_blanks(p, i + 1, n);
        if (n - i < 4 || !ascii_ieq(p + i, "chr", 3))
            return i;
        i += 3;
        if (i < n && (p[i] == 'w' || p[i] == 'W' || p[i] == '$'))
            i++; /* ChrW(, Chr$( */
        if (i >= n || p[i] != '(')
            return i;
    }
}

static unsigned find_charcodes(bs_decoder *d, const uint8_t *p, size_t n, bs_buf *out)
{
    unsigned kinds = 0;

    for (const uint8_t *q = memchr(p, '(', n); q; q = memchr(q + 1, '(', n - (size_t)(q + 1 - p))) {
        size_t i = (size_t)(q - p), end;

        bs_buf_reset(&d->tmp);
        if (i >= 12 && memcmp(q - 12, "fromCharCode", 12) == 0)
            end = read_code_list(d, p, i, n);
        else if (i >= 3 && ascii_ieq(q - 3, "chr", 3) &&
                 (i == 3 || !isalnum(q[-4])))
            end = read_chr_chain(d, p, i, n);
        else
            continue;
        if (keep_min(out, d->tmp.data, d->tmp.len, BS_DECODE_MIN_CHARCODES))
            kinds |= BS_DECODED_CHARCODES;
        if (end > i + 1)
            q = p + end - 1;
        if ((size_t)(q + 1 - p) >= n)
            break;
    }
    return kinds;
}

/* ---- %XX URL encoding ---- */

static int url_char(uint8_t c)
{
    return isalnum(c) || strchr("%._~+-/:=?&;,()!*@$", c);
}

static unsigned find_url(bs_decoder *d, const uint8_t *p, size_t n, bs_buf *out)
{
    unsigned kinds = 0;

    for (const uint8_t *q = memchr(p, '%', n); q; q = memchr(q, '%', n - (size_t)(q - p))) {
        size_t i = (size_t)(q - p), j = i;
        int escapes = 0;

        while (j < n && url_char(p[j]))
            j++;
        bs_buf_reset(&d->tmp);
        for (size_t k = i; k < j; k++) {
            uint8_t c = p[k];

            if (c == '%' && k + 2 < j && bs_hex_value(p[k + 1]) >= 0 && bs_hex_value(p[k + 2]) >= 0) {
                c = (uint8_t)(bs_hex_value(p[k + 1]) << 4 | bs_hex_value(p[k + 2]));
                k += 2;
                escapes++;
            }
            if (bs_buf_append(&d->tmp, &c, 1) != BS_GROW_OK)
                break;
        }
        if (escapes >= BS_DECODE_MIN_ESCAPES * 2 && keep(out, d->tmp.data, d->tmp.len))
            kinds |= BS_DECODED_URL;
        if (j >= n)
            break;
        q = p + j + 1;
        if ((size_t)(q - p) >= n)
            break;
    }
    return kinds;
}

unsigned bs_decode_pass(bs_decoder *d, const uint8_t *data, size_t len, bs_buf *out)
{
    return find_base64(d, data, len, out) | find_literals(d, data, len, out) |
           find_charcodes(d, data, len, out) | find_url(d, data, len, out);
}
