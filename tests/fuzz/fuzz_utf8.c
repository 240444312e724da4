/*
 * fuzz_utf8.c - libFuzzer target for the report's escaping and masking
 * (scanner/utf8.c, scanner/pan_mask.c): whatever the bytes, the escaped text
 * is valid UTF-8 without NUL, excerpts carry no control characters, and
 * masking never leaves a Luhn-valid 13-19 digit run readable.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/pan_mask.h"
#include "core/utf8.h"

#define FUZZ_MAX_LEN 4096

static void check_escaped(const char *s, size_t in_len, int excerpt)
{
    size_t n;

    if (!s)
        return; /* ENOMEM */
    n = strlen(s);
    if (!bs_utf8_valid((const uint8_t *)s, n) || n < in_len)
        abort();
    for (size_t i = 0; excerpt && i < n; i++)
        if ((uint8_t)s[i] < 0x20 || s[i] == 0x7f)
            abort();
}

/* No Luhn-valid window of 13..19 plain digits may survive masking. */
static void check_masked(const uint8_t *buf, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        size_t run = 0;

        while (i + run < len && buf[i + run] >= '0' && buf[i + run] <= '9' &&
               run < BS_PAN_MAX_DIGITS)
            run++;
        for (size_t l = BS_PAN_MIN_DIGITS; l <= run; l++)
            if (bs_luhn_valid((const char *)buf + i, l))
                abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t *copy;
    char *s;

    if (size > FUZZ_MAX_LEN)
        return 0;
    s = bs_utf8_escape(data, size);
    check_escaped(s, size, 0);
    free(s);
    s = bs_utf8_excerpt(data, size);
    check_escaped(s, size, 1);
    free(s);
    copy = malloc(size ? size : 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    bs_pan_mask(copy, size);
    check_masked(copy, size);
    free(copy);
    return 0;
}
