/*
 * pan_mask.c - Luhn check and masking of card numbers in raw bytes
 * (see pan_mask.h).  Pure functions, thread-safe.
 */
#include "core/pan_mask.h"

#include <stdlib.h>
#include <string.h>

static bool is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static bool is_separator(uint8_t c)
{
    return c == ' ' || c == '-';
}

bool bs_luhn_valid(const char *digits, size_t n)
{
    unsigned sum = 0, d;
    bool twice = false;
    size_t i;

    if (n == 0)
        return false;
    for (i = n; i-- > 0;) {
        if (!is_digit((uint8_t)digits[i]))
            return false;
        d = (unsigned)(digits[i] - '0');
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

/* End (exclusive) of the run of digits starting at s[i]: digits, with single separators. */
static size_t run_end(const uint8_t *s, size_t len, size_t i)
{
    size_t j = i;

    while (j < len) {
        if (is_digit(s[j]))
            j++;
        else if (is_separator(s[j]) && j > i && is_digit(s[j - 1]) && j + 1 < len &&
                 is_digit(s[j + 1]))
            j++;
        else
            break;
    }
    while (j > i && !is_digit(s[j - 1]))
        j--;
    return j;
}

static size_t count_digits(const uint8_t *s, size_t from, size_t to)
{
    size_t n = 0;

    for (; from < to; from++)
        n += is_digit(s[from]);
    return n;
}

/* Positions (and values) of up to BS_PAN_MAX_DIGITS digits of orig from p on. */
static size_t window_digits(const uint8_t *orig, size_t p, size_t end, size_t *pos, char *digs)
{
    size_t nd = 0;

    for (; p < end && nd < BS_PAN_MAX_DIGITS; p++) {
        if (is_digit(orig[p])) {
            pos[nd] = p;
            digs[nd] = (char)orig[p];
            nd++;
        }
    }
    return nd;
}

static void mask_positions(uint8_t *buf, const size_t *pos, size_t n)
{
    size_t k;

    for (k = BS_PAN_KEEP_FIRST; k + BS_PAN_KEEP_LAST < n; k++)
        buf[pos[k]] = BS_PAN_MASK_CHAR;
}

/*
 * One run [start, end) of orig: every window of 13-19 consecutive digits is
 * checked (a card number may touch other digits).  The windows inside a real
 * card number only mask digits its own mask covers, so a card alone in its
 * run still shows exactly its first 6 and last 4.  Writes the masks into buf.
 */
static size_t mask_run(const uint8_t *orig, uint8_t *buf, size_t start, size_t end)
{
    size_t total = count_digits(orig, start, end), nd, len, p, count = 0;
    size_t pos[BS_PAN_MAX_DIGITS];
    char digs[BS_PAN_MAX_DIGITS];

    if (total < BS_PAN_MIN_DIGITS)
        return 0;
    for (p = start; p < end; p++) {
        if (!is_digit(orig[p]))
            continue;
        nd = window_digits(orig, p, end, pos, digs);
        if (nd < BS_PAN_MIN_DIGITS)
            break;
        for (len = BS_PAN_MIN_DIGITS; len <= nd; len++) {
            if (bs_luhn_valid(digs, len)) {
                mask_positions(buf, pos, len);
                count++;
            }
        }
    }
    return count;
}

/* Out of memory: mask the middle of every run long enough to be a card. */
static size_t mask_all_runs(uint8_t *buf, size_t len)
{
    size_t i = 0, end, count = 0, seen, p;

    while (i < len) {
        if (!is_digit(buf[i])) {
            i++;
            continue;
        }
        end = run_end(buf, len, i);
        if (count_digits(buf, i, end) >= BS_PAN_MIN_DIGITS) {
            size_t total = count_digits(buf, i, end);

            for (p = i, seen = 0; p < end; p++) {
                if (!is_digit(buf[p]))
                    continue;
                if (seen >= BS_PAN_KEEP_FIRST && seen + BS_PAN_KEEP_LAST < total)
                    buf[p] = BS_PAN_MASK_CHAR;
                seen++;
            }
            count++;
        }
        i = end;
    }
    return count;
}

size_t bs_pan_mask(uint8_t *buf, size_t len)
{
    uint8_t *orig;
    size_t i = 0, end, count = 0;

    if (!buf || len < BS_PAN_MIN_DIGITS)
        return 0;
    orig = malloc(len);
    if (!orig)
        return mask_all_runs(buf, len);
    memcpy(orig, buf, len);
    while (i < len) {
        if (!is_digit(orig[i])) {
            i++;
            continue;
        }
        end = run_end(orig, len, i);
        count += mask_run(orig, buf, i, end);
        i = end;
    }
    free(orig);
    return count;
}

size_t bs_pan_format_masked(const char *digits, size_t n, char *out, size_t outsz)
{
    size_t k, o = 0;
    bool show_ends = n >= BS_PAN_MIN_DIGITS;

    for (k = 0; k < n; k++) {
        bool visible = show_ends && (k < BS_PAN_KEEP_FIRST || k + BS_PAN_KEEP_LAST >= n);
        char c = visible ? digits[k] : BS_PAN_MASK_CHAR;

        if (o + 1 < outsz)
            out[o] = c;
        o++;
    }
    if (outsz > 0)
        out[o < outsz ? o : outsz - 1] = '\0';
    return n;
}
