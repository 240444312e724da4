/*
 * fuzz_pan.c - libFuzzer target for the card-number finder
 * (matchers/pan_find.c): whatever the bytes, every hit lies inside the
 * input, its digits are the input's digits and pass bs_pan_check, the
 * per-object counts agree, and no sample shows more than 6 + 4 digits.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "matchers/pan_find.h"

#define FUZZ_MAX_LEN (256 << 10)

static const uint8_t KEY[BS_PAN_KEY_LEN] = "fuzz-key-0123456";
static bs_pan_finder *finder;

typedef struct ctx {
    const uint8_t *data;
    size_t size, hits;
} ctx;

static bool check_hit(void *arg, const bs_pan_hit *h)
{
    ctx *c = arg;
    size_t nd = 0;
    bs_issuer iss;

    if (h->offset > c->size || h->length > c->size - h->offset || h->line_start > h->offset ||
        h->line_end > c->size || h->track < 0 || h->track > 2)
        abort();
    for (size_t i = h->offset; i < h->offset + h->length; i++)
        if (c->data[i] >= '0' && c->data[i] <= '9' && (nd >= h->n_digits || h->digits[nd++] != (char)c->data[i]))
            abort();
    if (nd != h->n_digits || !bs_pan_check(h->digits, h->n_digits, &iss) || iss != h->issuer)
        abort();
    c->hits++;
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ctx c = {data, size, 0};
    bs_pan_result res;

    if (size > FUZZ_MAX_LEN)
        return 0;
    if (!finder && !(finder = bs_pan_finder_new(KEY)))
        return 0;
    bs_pan_scan(data, size, check_hit, &c);
    if (bs_pan_find(finder, data, size, &res) != 0)
        return 0;
    if (res.card.occurrences != c.hits || res.card.distinct > res.card.occurrences ||
        res.card.n_samples > BS_CARD_SAMPLES_MAX ||
        res.card.track1 + res.card.track2 > res.card.occurrences)
        abort();
    for (int i = 0; i < res.card.n_samples; i++) {
        size_t digits = 0;

        for (const char *s = res.card.samples[i]; *s; s++)
            digits += *s >= '0' && *s <= '9';
        if (digits > BS_PAN_KEEP_FIRST + BS_PAN_KEEP_LAST)
            abort();
    }
    return 0;
}
