/*
 * test_pan_mask.c - Luhn check and card-number masking (scanner/pan_mask.c).
 * Test numbers only (4111111111111111 and friends).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/pan_mask.h"

/* Masks a copy of in and compares with want; returns the mask count. */
static size_t check_mask(const char *in, const char *want)
{
    size_t len = strlen(in), n;
    char *buf = strdup(in);

    assert_non_null(buf);
    n = bs_pan_mask((uint8_t *)buf, len);
    assert_string_equal(buf, want);
    free(buf);
    return n;
}

static void test_luhn(void **state)
{
    (void)state;
    assert_true(bs_luhn_valid("4111111111111111", 16));
    assert_true(bs_luhn_valid("5555555555554444", 16));
    assert_true(bs_luhn_valid("378282246310005", 15));
    assert_true(bs_luhn_valid("79927398713", 11));
    assert_false(bs_luhn_valid("4111111111111112", 16));
    assert_false(bs_luhn_valid("79927398710", 11));
    assert_false(bs_luhn_valid("4111-1111", 9));
    assert_false(bs_luhn_valid("", 0));
}

static void test_mask_plain(void **state)
{
    (void)state;
    assert_true(check_mask("card=4111111111111111&exp=1225", "card=411111******1111&exp=1225") >
                0);
    check_mask("4111111111111111", "411111******1111");
    check_mask("amex 378282246310005.", "amex 378282*****0005.");
    check_mask("disc 6011000990139424", "disc 601100******9424");
}

static void test_mask_separators(void **state)
{
    (void)state;
    check_mask("4111 1111 1111 1111", "4111 11** **** 1111");
    check_mask("4111-1111-1111-1111", "4111-11**-****-1111");
    /* double separators end the run: two short runs, nothing to mask */
    check_mask("4111  1111  1111  1111", "4111  1111  1111  1111");
}

static void test_not_masked(void **state)
{
    (void)state;
    /* 16 digits with no Luhn-valid 13-19 digit window */
    assert_int_equal(check_mask("id=9411111111111111", "id=9411111111111111"), 0);
    assert_int_equal(check_mask("411111111111", "411111111111"), 0); /* 12 digits */
    assert_int_equal(check_mask("no digits here at all", "no digits here at all"), 0);
    assert_int_equal(bs_pan_mask(NULL, 0), 0);
}

static void test_mask_in_longer_run(void **state)
{
    (void)state;
    /* a card glued to other digits is still found */
    check_mask("94111111111111111", "9411111******1111");
    /* every Luhn-valid window is masked: more than 6+4 may go */
    check_mask("41111111111111110000", "411111*********10000");
    /* a card cut at the end of an excerpt is not a full number */
    check_mask("x=411111111111", "x=411111111111");
}

static void test_format_masked(void **state)
{
    char out[32];

    (void)state;
    assert_int_equal(bs_pan_format_masked("4111111111111111", 16, out, sizeof(out)), 16);
    assert_string_equal(out, "411111******1111");
    bs_pan_format_masked("378282246310005", 15, out, sizeof(out));
    assert_string_equal(out, "378282*****0005");
    bs_pan_format_masked("4111111111111111", 16, out, 8); /* truncated, still masked */
    assert_string_equal(out, "411111*");
    bs_pan_format_masked("1234", 4, out, sizeof(out));
    assert_string_equal(out, "****");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_luhn),
        cmocka_unit_test(test_mask_plain),
        cmocka_unit_test(test_mask_separators),
        cmocka_unit_test(test_not_masked),
        cmocka_unit_test(test_mask_in_longer_run),
        cmocka_unit_test(test_format_masked),
    };

    return cmocka_run_group_tests_name("pan_mask", tests, NULL, NULL);
}
