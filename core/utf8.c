/*
 * utf8.c - strict UTF-8 decoding and the `\xNN` escaping of raw bytes for the
 * report (see utf8.h for the rules).  Pure functions, no state, thread-safe.
 */
#include "core/utf8.h"
#include "core/hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Each input byte becomes at most 4 output characters ("\xNN"). */
#define ESCAPED_BYTE_LEN 4

size_t bs_utf8_decode(const uint8_t *s, size_t len, uint32_t *cp)
{
    uint8_t b0;
    size_t need, i;
    uint32_t c, min;

    if (len == 0)
        return 0;
    b0 = s[0];
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        need = 2, c = b0 & 0x1f, min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
        need = 3, c = b0 & 0x0f, min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        need = 4, c = b0 & 0x07, min = 0x10000;
    } else {
        return 0; /* continuation byte, C0/C1 overlong lead, or F5..FF */
    }
    if (len < need)
        return 0;
    for (i = 1; i < need; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return 0; /* overlong, out of range, or a UTF-16 surrogate */
    *cp = c;
    return need;
}

bool bs_utf8_valid(const uint8_t *s, size_t len)
{
    size_t i = 0, n;
    uint32_t cp;

    while (i < len) {
        n = bs_utf8_decode(s + i, len - i, &cp);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

static bool is_hex(uint8_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* A backslash at s[0] that a reader would take for the start of "\xNN". */
static bool looks_like_escape(const uint8_t *s, size_t len)
{
    return len >= 4 && s[0] == '\\' && s[1] == 'x' && is_hex(s[2]) && is_hex(s[3]);
}

/* Code points an excerpt shows escaped: controls, invisible and bidi marks. */
static bool is_unsafe_in_excerpt(uint32_t cp)
{
    return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp == 0xad ||
           (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) ||
           (cp >= 0x2060 && cp <= 0x206f) || cp == 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb) ||
           cp == 0xfffe || cp == 0xffff;
}

static char *put_escaped_byte(char *o, uint8_t b)
{
    static const char hex[] = "0123456789abcdef";

    *o++ = '\\';
    *o++ = 'x';
    *o++ = hex[b >> 4];
    *o++ = hex[b & 0x0f];
    return o;
}

static char *escape(const uint8_t *s, size_t len, bool excerpt)
{
    size_t i = 0, n, k;
    uint32_t cp;
    char *out, *o;

    if (len > (SIZE_MAX - 1) / ESCAPED_BYTE_LEN)
        return NULL;
    out = malloc(len * ESCAPED_BYTE_LEN + 1);
    if (!out)
        return NULL;
    o = out;
    while (i < len) {
        n = bs_utf8_decode(s + i, len - i, &cp);
        if (n == 0 || cp == 0 || (excerpt && is_unsafe_in_excerpt(cp)) ||
            looks_like_escape(s + i, len - i)) {
            /* invalid, NUL or unsafe: every byte of it, one by one */
            if (n == 0)
                n = 1;
            for (k = 0; k < n; k++)
                o = put_escaped_byte(o, s[i + k]);
        } else {
            memcpy(o, s + i, n);
            o += n;
        }
        i += n;
    }
    *o = '\0';
    return out;
}

char *bs_utf8_escape(const void *s, size_t len)
{
    return escape(s ? s : "", s ? len : 0, false);
}

char *bs_utf8_escape_str(const char *s)
{
    return s ? bs_utf8_escape(s, strlen(s)) : NULL;
}

char *bs_utf8_excerpt(const void *s, size_t len)
{
    return escape(s ? s : "", s ? len : 0, true);
}

char *bs_utf8_unescape(const char *s, size_t *out_len)
{
    size_t n = strlen(s), k = 0;
    char *out = malloc(n + 1);

    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        int hi, lo;

        if (s[i] == '\\' && i + 3 < n && s[i + 1] == 'x' &&
            (hi = bs_hex_value(s[i + 2])) >= 0 &&
            (lo = bs_hex_value(s[i + 3])) >= 0) {
            out[k++] = (char)(hi << 4 | lo);
            i += 3;
        } else {
            out[k++] = s[i];
        }
    }
    out[k] = '\0';
    if (out_len)
        *out_len = k;
    return out;
}
