/*
 * test_utf8.c - the \xNN escaping of scanner/utf8.c: invalid sequences,
 * overlongs, surrogates, truncated sequences, NUL, backslashes, excerpts,
 * and a randomized round trip (escape is valid UTF-8 and reversible).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/utf8.h"

#define ROUND_TRIPS 2000
#define ROUND_TRIP_MAX_LEN 40

static void check_escape(const char *in, size_t len, const char *want)
{
    char *got = bs_utf8_escape(in, len);

    assert_non_null(got);
    assert_string_equal(got, want);
    assert_true(bs_utf8_valid((const uint8_t *)got, strlen(got)));
    free(got);
}

static void check_excerpt(const char *in, size_t len, const char *want)
{
    char *got = bs_utf8_excerpt(in, len);

    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

#define ESC(lit, want) check_escape(lit, sizeof(lit) - 1, want)
#define EXC(lit, want) check_excerpt(lit, sizeof(lit) - 1, want)

static void test_valid_passes_through(void **state)
{
    (void)state;
    ESC("", "");
    ESC("/srv/www/index.jsp", "/srv/www/index.jsp");
    ESC("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
    ESC("\xef\xbf\xbd", "\xef\xbf\xbd");         /* U+FFFD itself is fine */
    ESC("\xf4\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf"); /* U+10FFFF, the last one */
    ESC("C:\\dir\\file", "C:\\dir\\file");       /* backslashes stay */
    ESC("\\xg1 \\x4", "\\xg1 \\x4");             /* not an escape form */
    ESC("line\nbreak", "line\nbreak");           /* JSON escapes controls later */
}

static void test_invalid_bytes(void **state)
{
    (void)state;
    ESC("a\xff" "b", "a\\xffb");
    ESC("\x80", "\\x80");                        /* stray continuation */
    ESC("\xfe\xfe", "\\xfe\\xfe");
    ESC("\xf5\x80\x80\x80", "\\xf5\\x80\\x80\\x80"); /* above U+10FFFF */
    ESC("\xf4\x90\x80\x80", "\\xf4\\x90\\x80\\x80");
    ESC("latin1 \xe9t\xe9", "latin1 \\xe9t\\xe9");
}

static void test_overlongs(void **state)
{
    (void)state;
    ESC("\xc0\xaf", "\\xc0\\xaf"); /* '/' in two bytes */
    ESC("\xc1\xbf", "\\xc1\\xbf");
    ESC("\xe0\x80\xaf", "\\xe0\\x80\\xaf");
    ESC("\xe0\x9f\xbf", "\\xe0\\x9f\\xbf");
    ESC("\xf0\x80\x80\xaf", "\\xf0\\x80\\x80\\xaf");
    ESC("\xf0\x8f\xbf\xbf", "\\xf0\\x8f\\xbf\\xbf");
    ESC("\xc0\x80", "\\xc0\\x80"); /* "modified UTF-8" NUL */
}

static void test_surrogates(void **state)
{
    (void)state;
    ESC("\xed\xa0\x80", "\\xed\\xa0\\x80"); /* U+D800 */
    ESC("\xed\xbf\xbf", "\\xed\\xbf\\xbf"); /* U+DFFF */
    ESC("\xed\xa0\xbd\xed\xb8\x80", "\\xed\\xa0\\xbd\\xed\\xb8\\x80"); /* CESU-8 pair */
    ESC("\xed\x9f\xbf", "\xed\x9f\xbf"); /* U+D7FF is valid */
}

static void test_truncated(void **state)
{
    (void)state;
    ESC("\xe2\x82", "\\xe2\\x82");
    ESC("\xe2\x82" "A", "\\xe2\\x82A");
    ESC("\xf0\x9f\x98", "\\xf0\\x9f\\x98");
    ESC("\xc3", "\\xc3");
    ESC("\xc3\xc3\xa9", "\\xc3\xc3\xa9"); /* a lead byte, then a good sequence */
}

static void test_nul_and_backslash(void **state)
{
    (void)state;
    ESC("a\0b", "a\\x00b");
    ESC("\0", "\\x00");
    ESC("a\\x41", "a\\x5cx41"); /* a literal "\x41" cannot pass for an escape */
    ESC("\\xFF\\xff", "\\x5cxFF\\x5cxff");
    assert_null(bs_utf8_escape_str(NULL));
}

static void test_excerpt(void **state)
{
    (void)state;
    EXC("eval(request)", "eval(request)");
    EXC("a\nb\tc\r", "a\\x0ab\\x09c\\x0d");
    EXC("\x1b[31m", "\\x1b[31m");
    EXC("del\x7f", "del\\x7f");
    EXC("\xc2\x85", "\\xc2\\x85");                 /* C1 NEL */
    EXC("abc\xe2\x80\xae" "gpj.exe", "abc\\xe2\\x80\\xaegpj.exe"); /* RLO */
    EXC("\xe2\x80\x8b", "\\xe2\\x80\\x8b");        /* zero width space */
    EXC("\xef\xbb\xbf<%", "\\xef\\xbb\\xbf<%");    /* BOM */
    EXC("caf\xc3\xa9", "caf\xc3\xa9");             /* printable non-ASCII stays */
    EXC("\xff\0", "\\xff\\x00");
}

static void test_decode(void **state)
{
    uint32_t cp = 0;

    (void)state;
    assert_int_equal(bs_utf8_decode((const uint8_t *)"\xe2\x82\xac", 3, &cp), 3);
    assert_int_equal(cp, 0x20ac);
    assert_int_equal(bs_utf8_decode((const uint8_t *)"\xf0\x9f\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1f600);
    assert_int_equal(bs_utf8_decode((const uint8_t *)"\xe2\x82\xac", 2, &cp), 0);
    assert_int_equal(bs_utf8_decode((const uint8_t *)"", 0, &cp), 0);
    assert_true(bs_utf8_valid((const uint8_t *)"ok \xc3\xa9", 5));
    assert_false(bs_utf8_valid((const uint8_t *)"ok \xc3", 4));
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; /* the escaper writes lower-case hex only */
}

/* The inverse of the escaping, for the round trip. */
static size_t unescape(const char *s, uint8_t *out)
{
    size_t n = 0;

    while (*s) {
        if (s[0] == '\\' && s[1] == 'x' && s[2] && hexval(s[2]) >= 0 && hexval(s[3]) >= 0) {
            out[n++] = (uint8_t)(hexval(s[2]) * 16 + hexval(s[3]));
            s += 4;
        } else {
            out[n++] = (uint8_t)*s++;
        }
    }
    return n;
}

static void test_random_round_trip(void **state)
{
    static const uint8_t alphabet[] = {'a', '\\', 'x', '4', 'f', 0x00, 0x7f, 0x80, 0xbf,
                                       0xc2, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xff, 0xa0, '\n'};
    uint8_t in[ROUND_TRIP_MAX_LEN], back[ROUND_TRIP_MAX_LEN * 4];

    (void)state;
    srand(42);
    for (int round = 0; round < ROUND_TRIPS; round++) {
        size_t len = (size_t)(rand() % ROUND_TRIP_MAX_LEN);
        char *esc;

        for (size_t i = 0; i < len; i++)
            in[i] = alphabet[rand() % (int)sizeof(alphabet)];
        esc = bs_utf8_escape(in, len);
        assert_non_null(esc);
        assert_true(bs_utf8_valid((const uint8_t *)esc, strlen(esc)));
        assert_int_equal(unescape(esc, back), len);
        assert_memory_equal(back, in, len);
        free(esc);
        esc = bs_utf8_excerpt(in, len);
        assert_non_null(esc);
        assert_true(bs_utf8_valid((const uint8_t *)esc, strlen(esc)));
        for (const char *p = esc; *p; p++)
            assert_true((uint8_t)*p >= 0x20 && *p != 0x7f);
        assert_int_equal(unescape(esc, back), len);
        assert_memory_equal(back, in, len);
        free(esc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_passes_through),
        cmocka_unit_test(test_invalid_bytes),
        cmocka_unit_test(test_overlongs),
        cmocka_unit_test(test_surrogates),
        cmocka_unit_test(test_truncated),
        cmocka_unit_test(test_nul_and_backslash),
        cmocka_unit_test(test_excerpt),
        cmocka_unit_test(test_decode),
        cmocka_unit_test(test_random_round_trip),
    };

    return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
