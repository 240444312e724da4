/*
 * pan_find.h - the card-number finder over one buffer (docs/REPORT.md,
 * "Card data"): 13-19 digit numbers, plain or in single space/dash groups,
 * Luhn-valid, with a known issuer prefix and length; not one repeated digit,
 * not a sequential run, not part of a longer digit run, a decimal fraction
 * or a hex/base64 blob; magnetic-stripe track 1 (%B<PAN>^NAME^YYMM...) and
 * track 2 (;<PAN>=YYMM...); a CVV-like field (cvv/cvc/cid/csc + 3-4 digits)
 * on the line of a number.
 *
 * Numbers are told apart through a keyed hash (SipHash-2-4, a random key
 * held in memory only): nothing this finder keeps or returns holds a full
 * number except the hit handed to a bs_pan_scan callback, which must not
 * keep it.  Masked samples carry the first 6 and last 4 digits only.
 */
#ifndef BS_PAN_FIND_H
#define BS_PAN_FIND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/finding.h"
#include "core/pan_mask.h"

#define BS_PAN_KEY_LEN 16

/* One number found by bs_pan_scan. */
typedef struct bs_pan_hit {
    size_t offset, length;               /* the number's bytes in the buffer (separators too) */
    char digits[BS_PAN_MAX_DIGITS + 1];  /* the digits, NUL-terminated: never to be kept */
    size_t n_digits;
    bs_issuer issuer;
    int track;     /* 0, 1 or 2: magnetic-stripe record */
    bool cvv;      /* a CVV-like field on the same line */
    bool context;  /* a card word on the same line ("card", "cc_number", "pan=", "visa", ...) */
    size_t line_start, line_end; /* the line that holds it */
} bs_pan_hit;

/* Return false to stop the scan. */
typedef bool (*bs_pan_hit_fn)(void *arg, const bs_pan_hit *hit);

/* Calls fn for each number in buf; returns the count reported. */
size_t bs_pan_scan(const uint8_t *buf, size_t len, bs_pan_hit_fn fn, void *arg);

/*
 * Whether n digits form a card number: issuer prefix with a valid length,
 * Luhn, not one repeated digit, not a sequential run.  *issuer on success.
 */
bool bs_pan_check(const char *digits, size_t n, bs_issuer *issuer);

/* ---- keyed hashes and the set that counts distinct numbers ---- */

/* A fresh random key (getrandom). -1 when the system gives none. */
int bs_pan_key_random(uint8_t key[BS_PAN_KEY_LEN]);
/* The keyed hash of a number, never 0, with the issuer in its top 3 bits. */
uint64_t bs_pan_key(const uint8_t key[BS_PAN_KEY_LEN], const char *digits, size_t n,
                    bs_issuer issuer);
static inline bs_issuer bs_pan_key_issuer(uint64_t k)
{
    return (bs_issuer)(k >> 61);
}

/* An open-addressing set of keyed hashes with a ceiling (max entries). */
typedef struct bs_pan_keyset {
    uint64_t *slots;
    size_t cap, count, max;
} bs_pan_keyset;

/* 1 added, 0 already there, BS_GROW_LIMIT (full) or BS_GROW_NOMEM. */
int bs_pan_keyset_add(bs_pan_keyset *s, uint64_t key);
void bs_pan_keyset_clear(bs_pan_keyset *s); /* empty, storage kept */
void bs_pan_keyset_release(bs_pan_keyset *s);

/* ---- per object ---- */

/* What one buffer holds (bs_pan_find). */
typedef struct bs_pan_result {
    bs_card_info card;      /* distinct, occurrences, issuers, tracks, samples, first/last */
    uint64_t cvv;           /* numbers with a CVV-like field on their line */
    uint64_t in_context;    /* numbers with card context: a card word, track data or a CVV */
    bool distinct_capped;   /* more than BS_PAN_OBJECT_DISTINCT_MAX distinct numbers */
} bs_pan_result;

typedef struct bs_pan_finder bs_pan_finder; /* one per worker */

bs_pan_finder *bs_pan_finder_new(const uint8_t key[BS_PAN_KEY_LEN]);
void bs_pan_finder_free(bs_pan_finder *f);
/*
 * Scans buf into *res (zeroed first).  The distinct numbers' keyed hashes
 * stay in the finder (bs_pan_finder_keys) until the next call.  0, or -1
 * on ENOMEM (res then holds what was counted).
 */
int bs_pan_find(bs_pan_finder *f, const uint8_t *buf, size_t len, bs_pan_result *res);
const bs_pan_keyset *bs_pan_finder_keys(const bs_pan_finder *f);

/* Whether n digits are one of the brands' public test card numbers. */
bool bs_pan_is_test_number(const char *digits, size_t n);
/* Source code: leave the public test numbers out of what bs_pan_find counts. */
void bs_pan_finder_skip_test_numbers(bs_pan_finder *f, bool skip);

#endif
