/*
 * test_decode.c - one pass of obfuscation unwrapping (matchers/decode.c):
 * each layer kind on its own, binary results dropped, the layer ceiling kept.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include <cmocka.h>

#include "core/limits.h"
#include "matchers/decode.h"

/* Runs one pass over text; the decoded layer is left in *out (caller releases). */
static unsigned pass(const char *text, bs_buf *out)
{
    bs_decoder d;
    unsigned kinds;

    bs_decoder_init(&d);
    out->max = BS_DECODE_LAYER_MAX;
    kinds = bs_decode_pass(&d, (const uint8_t *)text, strlen(text), out);
    bs_buf_append(out, "", 1); /* NUL for strstr */
    bs_decoder_release(&d);
    return kinds;
}

static void expect(const char *text, unsigned kind, const char *decoded)
{
    bs_buf out = BS_BUF_INIT(0);
    unsigned kinds = pass(text, &out);

    assert_true(kinds & kind);
    assert_non_null(strstr((const char *)out.data, decoded));
    bs_buf_release(&out);
}

static void test_base64(void **state)
{
    (void)state;
    /* base64 of: system($_GET['c']); // synthetic test payload */
    expect("<?php eval(base64_decode('c3lzdGVtKCRfR0VUWydjJ10pOyAvLyBzeW50aGV0aWMgdGVzdCBwYXlsb2Fk'));",
           BS_DECODED_BASE64, "system($_GET['c']);");
}

static void test_base64_deflate(void **state)
{
    uint8_t raw[256], b64[512];
    const char *payload = "passthru($_REQUEST['cmd']); passthru($_REQUEST['cmd']);";
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    z_stream zs;
    size_t n, k = 0;
    char text[700];

    (void)state;
    memset(&zs, 0, sizeof(zs));
    assert_int_equal(deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    zs.next_in = (Bytef *)payload;
    zs.avail_in = (uInt)strlen(payload);
    zs.next_out = raw;
    zs.avail_out = sizeof(raw);
    assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
    n = sizeof(raw) - zs.avail_out;
    deflateEnd(&zs);
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)raw[i] << 16 | (i + 1 < n ? raw[i + 1] << 8 : 0) |
                     (i + 2 < n ? raw[i + 2] : 0);

        b64[k++] = (uint8_t)tab[v >> 18 & 63];
        b64[k++] = (uint8_t)tab[v >> 12 & 63];
        b64[k++] = (uint8_t)(i + 1 < n ? tab[v >> 6 & 63] : '=');
        b64[k++] = (uint8_t)(i + 2 < n ? tab[v & 63] : '=');
    }
    b64[k] = '\0';
    snprintf(text, sizeof(text), "<?php eval(gzinflate(base64_decode('%s')));", b64);
    expect(text, BS_DECODED_INFLATE, "passthru($_REQUEST['cmd']);");
}

static void test_rot13_and_strrev(void **state)
{
    (void)state;
    expect("$f = str_rot13('flfgrz'); $g = str_rot13( \"cnffgueh\" );", BS_DECODED_ROT13,
           "passthru");
    expect("$f = strrev('metsys'); eval(strrev(\";)]'c'[TEG_$(metsys\"));", BS_DECODED_STRREV,
           "system($_GET['c']);");
}

static void test_escapes(void **state)
{
    (void)state;
    expect("$a = \"\\x73\\x79\\x73\\x74\\x65\\x6d\";", BS_DECODED_ESCAPES, "system");
    expect("$a = \"\\163\\171\\163\\164\\145\\155\";", BS_DECODED_ESCAPES, "system");
    expect("var _0x1a=['\\x63\\x61\\x72\\x64\\x5f\\x6e\\x75\\x6d','\\u0063\\u0076\\u0076\\u0020'];",
           BS_DECODED_ESCAPES, "card_num");
    /* a literal with one escape is ordinary code */
    {
        bs_buf out = BS_BUF_INIT(0);

        assert_int_equal(pass("printf(\"hello world\\n\");", &out) & BS_DECODED_ESCAPES, 0);
        bs_buf_release(&out);
    }
}

static void test_charcodes(void **state)
{
    (void)state;
    expect("eval(String.fromCharCode(97, 108, 101, 114, 116, 0x28, 49, 41));",
           BS_DECODED_CHARCODES, "alert(1)");
    expect("$f = chr(115).chr(121). chr(115) .chr(116).chr(101).chr(109);", BS_DECODED_CHARCODES,
           "system");
    expect("x = Chr(101)&Chr(118)&ChrW(97)&Chr(108)", BS_DECODED_CHARCODES, "eval");
}

static void test_url(void **state)
{
    (void)state;
    expect("document.write(unescape('%3C%73%63%72%69%70%74%20%73%72%63%3D%22%2F%2Fx%22%3E'));",
           BS_DECODED_URL, "<script src=\"//x\">");
}

/* Binary results are not layers; text with nothing encoded gives nothing. */
/*
 * The base64 finder skips 40-byte windows that hold a non-digit: a run of 40
 * right after a shorter run, at the very end, or after a 39-byte one is still
 * found; 39 digits are not a run.
 */
static void test_base64_run_edges(void **state)
{
    /* base64 of "system($_GET['cmd']);//padding" */
    const char *b64 = "c3lzdGVtKCRfR0VUWydjbWQnXSk7Ly9wYWRkaW5n"; /* 40 digits */
    char text[256];
    bs_buf out = BS_BUF_INIT(0);

    (void)state;
    assert_int_equal(strlen(b64), BS_DECODE_MIN_BASE64);
    snprintf(text, sizeof(text), "%s", b64);
    expect(text, BS_DECODED_BASE64, "system($_GET");
    snprintf(text, sizeof(text), "ab cd %s", b64);
    expect(text, BS_DECODED_BASE64, "system($_GET");
    snprintf(text, sizeof(text), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa %s x", b64);
    expect(text, BS_DECODED_BASE64, "system($_GET");
    snprintf(text, sizeof(text), "x=%.39s;", b64);
    assert_false(pass(text, &out) & BS_DECODED_BASE64);
    bs_buf_release(&out);
}

static void test_nothing_to_unwrap(void **state)
{
    bs_buf out = BS_BUF_INIT(0);

    (void)state;
    /* an image as base64 (PNG header then binary) */
    assert_int_equal(pass("img = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                          "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';",
                          &out),
                     0);
    bs_buf_reset(&out);
    assert_int_equal(pass("function add(a, b) { return a + b; } // 100% plain", &out), 0);
    bs_buf_release(&out);
    assert_true(bs_decode_is_text((const uint8_t *)"abc", 3));
    assert_false(bs_decode_is_text((const uint8_t *)"a\0c", 3));
}

/*
 * Binary without a NUL (a key, part of a compressed image) is full of high
 * bytes: they count as text only where they form well-formed UTF-8.  Here
 * every byte is high (the old check took that for 100 % text).
 */
static void test_random_bytes_are_not_text(void **state)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    uint8_t raw[300];
    char text[520] = "x = '";
    size_t k = strlen(text);
    uint32_t seed = 20261129;
    bs_buf out = BS_BUF_INIT(0);

    (void)state;
    for (size_t i = 0; i < sizeof(raw); i++) {
        seed = seed * 1103515245U + 12345U;
        raw[i] = (uint8_t)(0x80U | (seed >> 24));
    }
    for (size_t i = 0; i + 2 < sizeof(raw); i += 3) {
        uint32_t v = (uint32_t)raw[i] << 16 | (uint32_t)raw[i + 1] << 8 | raw[i + 2];

        for (int j = 18; j >= 0; j -= 6)
            text[k++] = tab[(v >> j) & 63];
    }
    strcpy(text + k, "';");
    assert_int_equal(pass(text, &out), 0);
    bs_buf_release(&out);
}

/* The layer never grows past its ceiling. */
static void test_layer_ceiling(void **state)
{
    static char text[200000];
    bs_decoder d;
    bs_buf out = BS_BUF_INIT(1000);
    size_t n = 0;

    (void)state;
    while (n + 40 < sizeof(text)) {
        memcpy(text + n, "'\\x73\\x79\\x73\\x74\\x65\\x6d\\x28\\x29';\n", 36);
        n += 36;
    }
    text[n] = '\0';
    bs_decoder_init(&d);
    bs_decode_pass(&d, (const uint8_t *)text, n, &out);
    assert_true(out.len <= 1000);
    assert_true(out.len > 0);
    bs_decoder_release(&d);
    bs_buf_release(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_base64),          cmocka_unit_test(test_base64_deflate),
        cmocka_unit_test(test_rot13_and_strrev), cmocka_unit_test(test_escapes),
        cmocka_unit_test(test_charcodes),       cmocka_unit_test(test_url),
        cmocka_unit_test(test_base64_run_edges), cmocka_unit_test(test_nothing_to_unwrap), cmocka_unit_test(test_random_bytes_are_not_text),
        cmocka_unit_test(test_layer_ceiling),
    };

    return cmocka_run_group_tests_name("decode", tests, NULL, NULL);
}
