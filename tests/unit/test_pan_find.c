/*
 * test_pan_find.c - the card-number finder (matchers/pan_find.c): issuers
 * and lengths, Luhn, separators, decoys (repeated digits, sequential runs,
 * longer digit runs, hex/base64 blobs, decimals), track 1/2, CVV-like
 * fields, per-object counts, masked samples, line times, keyed hashes.
 * Public test numbers only.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "matchers/pan_find.h"

static const uint8_t KEY[BS_PAN_KEY_LEN] = "0123456789abcdef";

typedef struct hits {
    int n;
    char digits[16][BS_PAN_MAX_DIGITS + 1];
    int track[16];
    bool cvv[16];
    bool context[16];
    bs_issuer issuer[16];
} hits;

static bool collect(void *arg, const bs_pan_hit *h)
{
    hits *x = arg;

    if (x->n < 16) {
        memcpy(x->digits[x->n], h->digits, sizeof(h->digits));
        x->track[x->n] = h->track;
        x->cvv[x->n] = h->cvv;
        x->context[x->n] = h->context;
        x->issuer[x->n] = h->issuer;
    }
    x->n++;
    return true;
}

static hits scan(const char *text)
{
    hits x;

    memset(&x, 0, sizeof(x));
    bs_pan_scan((const uint8_t *)text, strlen(text), collect, &x);
    return x;
}

/*
 * The finder probes 13 bytes ahead and backs up: a number must be found
 * wherever it starts, after any filler (letters, spaces, stray digits and
 * separators), right at the start and right at the end of the buffer.
 */
static void test_every_offset(void **state)
{
    static const char *fillers[] = {"abcdefghij", "          ", "12 34-5 6 ", "- - - - - ",
                                    "1111111111"};
    static const char *numbers[] = {"4111111111111111", "4111 1111 1111 1111",
                                    "4111-1111-1111-1111"};
    char text[128];

    (void)state;
    for (size_t f = 0; f < sizeof(fillers) / sizeof(fillers[0]); f++)
        for (size_t k = 0; k < sizeof(numbers) / sizeof(numbers[0]); k++)
            for (size_t at = 0; at <= 40; at++)
                for (int tail = 0; tail < 2; tail++) {
                    size_t n = 0;
                    hits x;

                    for (; n < at; n++)
                        text[n] = fillers[f][n % 10];
                    if (at > 0)
                        text[at - 1] = ';'; /* the number is not part of the filler's run */
                    n += (size_t)snprintf(text + n, sizeof(text) - n, "%s%s", numbers[k],
                                          tail ? " card ok" : "");
                    text[n] = '\0';
                    x = scan(text);
                    assert_int_equal(x.n, 1);
                    assert_string_equal(x.digits[0], "4111111111111111");
                }
}

static void test_issuers(void **state)
{
    static const struct {
        const char *n;
        bs_issuer issuer;
    } good[] = {
        {"4111111111111111", BS_ISSUER_VISA},       {"4222222222222", BS_ISSUER_VISA},
        {"5555555555554444", BS_ISSUER_MASTERCARD}, {"2223003122003222", BS_ISSUER_MASTERCARD},
        {"378282246310005", BS_ISSUER_AMEX},        {"371449635398431", BS_ISSUER_AMEX},
        {"6011111111111117", BS_ISSUER_DISCOVER},   {"6445644564456445", BS_ISSUER_DISCOVER},
        {"3530111333300000", BS_ISSUER_JCB},        {"3566002020360505", BS_ISSUER_JCB},
        {"30569309025904", BS_ISSUER_DINERS},       {"38520000023237", BS_ISSUER_DINERS},
    };
    static const char *const bad[] = {
        "4111111111111112",   /* Luhn */
        "4444444444444448",   /* one repeated digit */
        "4567890123456783",   /* sequential */
        "5432109876543212",   /* sequential, down */
        "378282246310005000", /* Amex of the wrong length */
        "9111111111111111",   /* no issuer */
        "79927398713",        /* too short */
        "41111111111111x1",
    };
    bs_issuer iss;

    (void)state;
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        if (!bs_pan_check(good[i].n, strlen(good[i].n), &iss))
            fail_msg("rejected %s", good[i].n);
        assert_int_equal(iss, good[i].issuer);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        if (bs_pan_check(bad[i], strlen(bad[i]), &iss))
            fail_msg("accepted %s", bad[i]);
}

static void test_separators(void **state)
{
    hits x;

    (void)state;
    x = scan("card 4111 1111 1111 1111 ok");
    assert_int_equal(x.n, 1);
    assert_string_equal(x.digits[0], "4111111111111111");
    x = scan("card 5555-5555-5555-4444, amex 3782 822463 10005.");
    assert_int_equal(x.n, 2);
    assert_string_equal(x.digits[1], "378282246310005");
    /* a CVV after a space is not glued to the number */
    x = scan("4111111111111111 123 12/25");
    assert_int_equal(x.n, 1);
    assert_string_equal(x.digits[0], "4111111111111111");
    /* a leading count before the groups */
    x = scan("qty 2 4111 1111 1111 1111");
    assert_int_equal(x.n, 1);
    /* double separators break the number */
    x = scan("4111  1111  1111  1111");
    assert_int_equal(x.n, 0);
    /* numbers side by side in other groupings (SVG path data) are not one card number */
    x = scan("<path d=\"M0 41 11 111 1111 111 11 0z\"/>");
    assert_int_equal(x.n, 0);
    x = scan("4111 1111 1111 111 1");
    assert_int_equal(x.n, 0);
    /* 4-4-4-4-3 and the Diners 4-6-4 grouping */
    x = scan("4111 1111 1111 1111 003 and 3056 930902 5904");
    assert_int_equal(x.n, 2);
    assert_string_equal(x.digits[1], "30569309025904");
}

static void test_decoys(void **state)
{
    static const char *const decoys[] = {
        "order 4111111111111112 done",       /* Luhn */
        "id 14111111111111111 x",            /* inside a longer run (17 digits, not Visa) */
        "x 411111111111111112345 y",         /* inside a longer run */
        "sha 9f4111111111111111ab",          /* hex blob */
        "b64 QUJD4111111111111111RUY=",      /* base64 blob */
        "score 0.4111111111111111",          /* decimal fraction */
        "v 4111111111111111.25",             /* decimal */
        "ts 20190730140211000 and 4444444444444448",
        "seq 4567890123456783",
    };

    (void)state;
    for (size_t i = 0; i < sizeof(decoys) / sizeof(decoys[0]); i++)
        if (scan(decoys[i]).n != 0)
            fail_msg("found a number in: %s", decoys[i]);
}

static void test_tracks_and_cvv(void **state)
{
    hits x;

    (void)state;
    x = scan("%B4111111111111111^TEST/JANE Q^2512101000000000000000000000000?\n"
             ";5555555555554444=26111010000000000000?\n");
    assert_int_equal(x.n, 2);
    assert_int_equal(x.track[0], 1);
    assert_int_equal(x.track[1], 2);
    assert_int_equal(x.issuer[1], BS_ISSUER_MASTERCARD);
    x = scan("{\"cardNumber\":\"378282246310005\",\"expiry\":\"04/24\",\"cvv\":\"1234\"}\n"
             "pan=6011111111111117 CVC2: 987\nnumber 4111111111111111 cid 12345\n"
             "acid 123 5555555555554444\n");
    assert_int_equal(x.n, 4);
    assert_true(x.cvv[0]);
    assert_true(x.cvv[1]);
    assert_false(x.cvv[2]); /* 5 digits */
    assert_false(x.cvv[3]); /* "acid" */
    assert_int_equal(x.track[0], 0);
}

static void test_object_counts(void **state)
{
    const char *text = "2019-07-30 14:02:11,123 DEBUG pay 4111111111111111 cvv=123\n"
                       "2019-07-30 14:05:00 DEBUG pay 4111-1111-1111-1111\n"
                       "noise 4111111111111112 0.5555555555554444\n"
                       "[31/Jul/2019:10:00:00 +0200] pay 5555555555554444\n"
                       ";378282246310005=24041010000000000000?\n";
    bs_pan_finder *f = bs_pan_finder_new(KEY);
    bs_pan_result res;

    (void)state;
    assert_non_null(f);
    assert_int_equal(bs_pan_find(f, (const uint8_t *)text, strlen(text), &res), 0);
    assert_int_equal(res.card.occurrences, 4);
    assert_int_equal(res.card.distinct, 3);
    assert_int_equal(res.card.by_issuer[BS_ISSUER_VISA], 1);
    assert_int_equal(res.card.by_issuer[BS_ISSUER_MASTERCARD], 1);
    assert_int_equal(res.card.by_issuer[BS_ISSUER_AMEX], 1);
    assert_int_equal(res.card.track2, 1);
    assert_int_equal(res.card.track1, 0);
    assert_int_equal(res.cvv, 1);
    assert_int_equal(res.card.n_samples, 3);
    assert_string_equal(res.card.samples[0], "411111******1111");
    assert_string_equal(res.card.samples[2], "378282*****0005");
    assert_true(res.card.first.set);
    assert_int_equal(res.card.first.sec, 1564495331); /* 2019-07-30T14:02:11Z */
    assert_int_equal(res.card.last.sec, 1564560000);  /* 2019-07-31T08:00:00Z */
    assert_int_equal(bs_pan_finder_keys(f)->count, 3);
    /* the next object starts afresh */
    assert_int_equal(bs_pan_find(f, (const uint8_t *)"none", 4, &res), 0);
    assert_int_equal(res.card.distinct, 0);
    assert_false(res.card.first.set);
    assert_int_equal(bs_pan_finder_keys(f)->count, 0);
    bs_pan_finder_free(f);
}

static void test_keys(void **state)
{
    uint8_t k2[BS_PAN_KEY_LEN];
    uint64_t a, b;
    bs_pan_keyset s = {.max = 100};

    (void)state;
    a = bs_pan_key(KEY, "4111111111111111", 16, BS_ISSUER_VISA);
    b = bs_pan_key(KEY, "4111111111111111", 16, BS_ISSUER_VISA);
    assert_true(a == b && a != 0);
    assert_int_equal(bs_pan_key_issuer(a), BS_ISSUER_VISA);
    assert_int_equal(bs_pan_key_issuer(bs_pan_key(KEY, "30569309025904", 14, BS_ISSUER_DINERS)),
                     BS_ISSUER_DINERS);
    assert_int_equal(bs_pan_key_random(k2), 0);
    assert_true(bs_pan_key(k2, "4111111111111111", 16, BS_ISSUER_VISA) != a);
    for (uint64_t i = 1; i <= 100; i++)
        assert_int_equal(bs_pan_keyset_add(&s, i * 7919), 1);
    assert_int_equal(bs_pan_keyset_add(&s, 7919), 0);
    assert_int_equal(bs_pan_keyset_add(&s, 1), -2); /* BS_GROW_LIMIT */
    assert_int_equal(s.count, 100);
    bs_pan_keyset_clear(&s);
    assert_int_equal(bs_pan_keyset_add(&s, 7919), 1);
    bs_pan_keyset_release(&s);
}

/* Identifiers, paths and URLs are no cards; odd groupings are no cards. */
static void test_identifiers_and_groupings(void **state)
{
    (void)state;
    assert_int_equal(scan("see https://oss-fuzz.com/testcase-detail/4111111111111111.").n, 0);
    assert_int_equal(scan("minimized-fuzzer-4111111111111111 | Bin").n, 0);
    assert_int_equal(scan("id_4111111111111111 #4111111111111111 4111111111111111/x").n, 0);
    assert_int_equal(scan("M 41 111 11111 111111 L 2 3").n, 0); /* SVG-like path data */
    assert_int_equal(scan("4111-1111 1111-1111").n, 0);         /* mixed separators */
    assert_int_equal(scan("card 4111 1111 1111 1111").n, 1);
    assert_int_equal(scan("amex 3782 822463 10005").n, 1);
    assert_int_equal(scan("card: 4111111111111111.").n, 1);
    /* lists of 4-character words: code-point tables, hex dumps */
    assert_int_equal(scan("5210\n4111 1111 1111 1111 5215 5216\n").n, 0);
    assert_int_equal(scan("0000 4111 1111 1111 1111\n").n, 0);
    assert_int_equal(scan("4F2C 4111 1111 1111 1111 521A\n").n, 0);
    assert_int_equal(scan("00000010: 4111 1111 1111 1111 7068 3a3f\n").n, 0);
    /* a shorter group after it is a CVV, not a list */
    assert_int_equal(scan("card 4111 1111 1111 1111 123").n, 1);
}

/* Card context: a card word on the line, a card-field header, a CVV or track data. */
static void test_context(void **state)
{
    hits h;

    (void)state;
    h = scan("request id 4111111111111111 done");
    assert_int_equal(h.n, 1);
    assert_false(h.context[0]);
    h = scan("DEBUG ccNumber=4111111111111111");
    assert_true(h.context[0]);
    h = scan("DEBUG cardNumber=4111111111111111");
    assert_true(h.context[0]);
    h = scan("access granted 4111111111111111 company"); /* "cc" and "pan" inside words */
    assert_false(h.context[0]);
    h = scan("<U000249CC> # 4111111111111111"); /* "CC" ending a hex code point */
    assert_false(h.context[0]);
    h = scan("name,email,card_number,exp\nBob,b@x,4111111111111111,12/25\n");
    assert_true(h.context[0]);
    h = scan("x ;4111111111111111=25121010000000000000?");
    assert_true(h.context[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identifiers_and_groupings),
        cmocka_unit_test(test_context),
        cmocka_unit_test(test_every_offset),
        cmocka_unit_test(test_issuers),        cmocka_unit_test(test_separators),
        cmocka_unit_test(test_decoys),         cmocka_unit_test(test_tracks_and_cvv),
        cmocka_unit_test(test_object_counts),  cmocka_unit_test(test_keys),
    };

    return cmocka_run_group_tests_name("pan_find", tests, NULL, NULL);
}
