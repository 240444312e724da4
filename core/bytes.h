/*
 * bytes.h - reading integers stored in a fixed byte order, and the other
 * small byte helpers the on-disk format parsers share (image detection,
 * VMDK, ext superblocks and inodes), and a search for the first of a few
 * bytes and for the first control byte that the text scanners share (the
 * decoder's literals, the file-type sniffer).
 * Header-only: every call is inlined.
 */
#ifndef BS_CORE_BYTES_H
#define BS_CORE_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static inline uint16_t bs_le16(const uint8_t *p)
{
    return (uint16_t)(p[0] | (p[1] << 8));
}

static inline uint32_t bs_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static inline uint64_t bs_le64(const uint8_t *p)
{
    return (uint64_t)bs_le32(p) | ((uint64_t)bs_le32(p + 4) << 32);
}

static inline uint32_t bs_be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

static inline bool bs_all_zero(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}

/*
 * Offset of the first byte of p[0..n) equal to a, b or c (repeat one to look
 * for two); n when there is none.  Sixteen bytes at a step where SSE2 is
 * there (every x86-64), a byte at a time elsewhere and for the tail.
 */
static inline size_t bs_find_any3(const uint8_t *p, size_t n, uint8_t a, uint8_t b, uint8_t c)
{
    size_t i = 0;

#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b),
                  vc = _mm_set1_epi8((char)c);

    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        int m = _mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)), _mm_cmpeq_epi8(x, vc)));

        if (m)
            return i + (size_t)__builtin_ctz((unsigned)m);
    }
#endif
    for (; i < n; i++)
        if (p[i] == a || p[i] == b || p[i] == c)
            return i;
    return n;
}

/* A control byte that text does not hold: below 0x20 and not tab, LF, FF, CR or ESC (NUL is one). */
static inline bool bs_is_binary_byte(uint8_t c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1b;
}

/* Offset of the first bs_is_binary_byte in p[0..n); n when there is none. */
static inline size_t bs_find_binary_byte(const uint8_t *p, size_t n)
{
    size_t i = 0;

#if defined(__SSE2__)
    const __m128i top = _mm_set1_epi8(0x1f), tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'),
                  ff = _mm_set1_epi8('\f'), cr = _mm_set1_epi8('\r'), esc = _mm_set1_epi8(0x1b);

    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(x, top), x); /* x <= 0x1f */
        __m128i ok = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, tab), _mm_cmpeq_epi8(x, lf)),
                         _mm_or_si128(_mm_cmpeq_epi8(x, ff), _mm_cmpeq_epi8(x, cr))),
            _mm_cmpeq_epi8(x, esc));
        int m = _mm_movemask_epi8(_mm_andnot_si128(ok, low));

        if (m)
            return i + (size_t)__builtin_ctz((unsigned)m);
    }
#endif
    for (; i < n; i++)
        if (bs_is_binary_byte(p[i]))
            return i;
    return n;
}

#endif
