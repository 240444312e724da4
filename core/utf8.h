/*
 * utf8.h - making raw bytes safe for the report: strict UTF-8 validation and
 * the `\xNN` escaping every string in the report goes through.
 *
 * Rules (docs/REPORT.md, "Strings"):
 *  - bytes that are not part of a well-formed UTF-8 sequence (stray
 *    continuation bytes, overlongs, UTF-16 surrogates, code points above
 *    U+10FFFF, truncated sequences) and NUL are written as the four
 *    characters `\xNN` (lower-case hex); no byte is ever dropped;
 *  - a backslash that would otherwise read as the start of such an escape
 *    (`\x` followed by two hex digits) is itself written as `\x5c`, so the
 *    escaping can be undone without ambiguity;
 *  - excerpts (bs_utf8_excerpt) also escape control characters and invisible
 *    or direction-changing code points, byte by byte, in the same form.
 */
#ifndef BS_UTF8_H
#define BS_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Length (1..4) of the well-formed UTF-8 sequence at s[0..len), storing its
 * code point in *cp; 0 when s does not start with one (or len == 0).
 */
size_t bs_utf8_decode(const uint8_t *s, size_t len, uint32_t *cp);

/* True when s[0..len) is well-formed UTF-8 (NUL bytes count as valid). */
bool bs_utf8_valid(const uint8_t *s, size_t len);

/* Escaped copy of s[0..len) (malloc'd, NUL-terminated); NULL on ENOMEM. */
char *bs_utf8_escape(const void *s, size_t len);
/* The same for a C string; NULL in gives NULL out. */
char *bs_utf8_escape_str(const char *s);

/*
 * Escaped copy of a match excerpt: like bs_utf8_escape, and also control
 * characters (C0, DEL, C1) and invisible / bidi code points.  NULL on ENOMEM.
 */
char *bs_utf8_excerpt(const void *s, size_t len);

/*
 * Undoes the escaping: every `\xNN` becomes the byte NN.  Returns a malloc'd
 * buffer (NUL-terminated; *out_len bytes before the NUL, which may hold NUL
 * bytes), NULL on ENOMEM.  Reading a saved report back uses it, so writing it
 * again gives the same text.
 */
char *bs_utf8_unescape(const char *s, size_t *out_len);

#endif
