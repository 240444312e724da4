/*
 * escape.c - HTML, CSV, URI and plain-text escaping for the writers (see
 * escape.h).  Byte-oriented: multi-byte UTF-8 passes through untouched except
 * where a code point is named (C1 and bidi controls in plain text).
 */
#include "report/escape.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "core/utf8.h"

void bs_put_html(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&':
            fputs("&amp;", out);
            break;
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        case '\'':
            fputs("&#39;", out);
            break;
        default:
            fputc(*s, out);
        }
    }
}

/* Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
static bool formula_start(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void bs_put_csv(FILE *out, const char *s)
{
    bool quote;

    if (!s || !*s)
        return;
    quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        fputc('"', out);
    if (formula_start(s[0]))
        fputc('\'', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    if (quote)
        fputc('"', out);
}

static bool uri_keep(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
}

void bs_put_uri(FILE *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        if (uri_keep(*p))
            fputc(*p, out);
        else
            fprintf(out, "%%%02X", *p);
    }
}

/* Code points that must not reach a terminal as themselves. */
static bool plain_unsafe(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

void bs_put_plain(FILE *out, const char *s, const char *also)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t len = s ? strlen(s) : 0;

    while (len) {
        uint32_t cp = 0;
        size_t n = bs_utf8_decode(p, len, &cp);
        bool esc = n == 0 || plain_unsafe(cp) || (n == 1 && also && strchr(also, *p));

        if (n == 0)
            n = 1;
        for (size_t i = 0; i < n; i++) {
            if (esc)
                fprintf(out, "\\x%02x", p[i]);
            else
                fputc(p[i], out);
        }
        p += n;
        len -= n;
    }
}

void bs_put_plainf(FILE *out, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%' || !p[1]) {
            fputc(*p, out);
            continue;
        }
        switch (*++p) {
        case 's': {
            const char *s = va_arg(ap, const char *);

            bs_put_plain(out, s ? s : "-", NULL);
            break;
        }
        case 'd':
            fprintf(out, "%d", va_arg(ap, int));
            break;
        case 'j':
            fprintf(out, "%lld", va_arg(ap, long long));
            break;
        default:
            fputc(*p, out);
        }
    }
    va_end(ap);
}
