/*
 * pan_mask.h - Luhn check and card-number masking (docs/REPORT.md, "Rules every writer keeps"; docs/LOGS.md): a full
 * primary account number never appears in any output; at most its first 6
 * and last 4 digits do.
 *
 * bs_pan_mask() is the safety net the report applies to every match excerpt;
 * the card-number finder uses bs_luhn_valid() and bs_pan_format_masked().
 */
#ifndef BS_PAN_MASK_H
#define BS_PAN_MASK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BS_PAN_MIN_DIGITS 13
#define BS_PAN_MAX_DIGITS 19
#define BS_PAN_KEEP_FIRST 6 /* digits left visible at the start */
#define BS_PAN_KEEP_LAST 4  /* ... and at the end */
#define BS_PAN_MASK_CHAR '*'

/* Luhn check over n ASCII digits (false on any non-digit or n == 0). */
bool bs_luhn_valid(const char *digits, size_t n);

/*
 * Masks, in place, every Luhn-valid run of 13-19 digits in buf[0..len): the
 * digits between the first 6 and the last 4 become '*'.  A run may contain
 * single spaces or dashes between digits ("4111 1111 1111 1111"); separators
 * are kept.  Within a longer run of digits every Luhn-valid 13-19 digit
 * window is masked (over-masking a long number is preferred to leaking a
 * card).  Returns the number of Luhn-valid windows masked (0: none).
 */
size_t bs_pan_mask(uint8_t *buf, size_t len);

/*
 * Writes the masked form of n ASCII digits ("411111******1111") into out
 * (NUL-terminated, truncated to outsz).  Returns the length it needed.
 */
size_t bs_pan_format_masked(const char *digits, size_t n, char *out, size_t outsz);

#endif
