/*
 * test_rule_bounds.c - size bounds read from rule sources (matchers/rule_bounds.c):
 * which conditions give a bound and which must not (an `or` at the top, `not`,
 * a bound inside parentheses shared with an `or`, arithmetic), and that the
 * lexer is not fooled by comments, text, regular expressions or hex strings
 * that look like conditions.  Then the whole path with the installed libyara:
 * the strings bs_rules_unmatchable_strings names for a size, and that a
 * scanner given them in its skip bitmap records no match for them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yara.h>

#include "matchers/rule_bounds.h"
#include "matchers/rules.h"

/* The bound read for `rule`, or -1 when it has none. */
static long long bound_of(const bs_rule_bounds *b, const char *rule)
{
    for (size_t i = 0; i < b->count; i++)
        if (!strcmp(b->items[i].rule, rule))
            return (long long)b->items[i].max_size;
    return -1;
}

static void test_conditions(void **state)
{
    static const char src[] =
        "import \"pe\"\n"
        "rule plain { strings: $a = \"x\" condition: filesize < 2MB and $a }\n"
        "rule le : tag1 tag2 { condition: $a and filesize <= 100 }\n"
        "private rule reversed { condition: 0x400 > filesize and true }\n"
        "global rule tightest { condition: filesize < 1MB and (filesize < 10KB and true) and filesize < 5MB }\n"
        "rule wrapped { condition: (filesize < 300 and any of them) }\n"
        "rule top_or { condition: filesize < 100 and $a or $b }\n"
        "rule or_inside { condition: (filesize < 100 or $b) and $a }\n"
        "rule negated { condition: not filesize < 100 and $a }\n"
        "rule arithmetic { condition: filesize < 100 + 5 and $a }\n"
        "rule in_for { condition: for any i in (1..#a): (filesize < 100 and @a[i] > 0) }\n"
        "rule greater { condition: filesize > 100 and $a }\n"
        "rule zero { condition: filesize < 0 and $a }\n"
        "rule float_ { condition: filesize < 1.5 and $a }\n"
        "rule either { condition: (filesize < 100 and $a) or (filesize < 300 and $b) }\n"
        "rule either_bare { condition: filesize < 100 and $a or filesize < 50 and $b }\n";
    bs_rule_bounds b = {0};

    (void)state;
    assert_int_equal(bs_rule_bounds_read(src, sizeof(src) - 1, &b), 0);
    assert_int_equal(bound_of(&b, "plain"), 2 * 1048576 - 1);
    assert_int_equal(bound_of(&b, "le"), 100);
    assert_int_equal(bound_of(&b, "reversed"), 0x3ff);
    assert_int_equal(bound_of(&b, "tightest"), 10 * 1024 - 1);
    assert_int_equal(bound_of(&b, "wrapped"), 299);
    assert_int_equal(bound_of(&b, "top_or"), -1);
    assert_int_equal(bound_of(&b, "or_inside"), -1);
    assert_int_equal(bound_of(&b, "negated"), -1);
    assert_int_equal(bound_of(&b, "arithmetic"), -1);
    assert_int_equal(bound_of(&b, "in_for"), -1);
    assert_int_equal(bound_of(&b, "greater"), -1);
    assert_int_equal(bound_of(&b, "zero"), -1);
    assert_int_equal(bound_of(&b, "float_"), -1);
    assert_int_equal(bound_of(&b, "either"), 299);
    assert_int_equal(bound_of(&b, "either_bare"), 99);
    assert_int_equal(b.count, 7);
    bs_rule_bounds_release(&b);
}

/* A private rule counts only through the rules that name it: as far as the largest of them needs. */
static void test_private_rules(void **state)
{
    static const char src[] =
        "private rule Ctx { strings: $c = \"x\" condition: $c }\n"
        "private rule Lone { condition: true }\n"
        "private rule Mixed { condition: true }\n"
        "private rule Tight { condition: filesize < 10 }\n"
        "private rule Chain1 { condition: true }\n"
        "private rule Chain2 { condition: Chain1 }\n"
        "global private rule Gate { condition: true }\n"
        "private rule Pre_One { condition: true }\n"
        "private rule Pre_Two { condition: true }\n"
        "rule A { condition: filesize < 100 and Ctx and Mixed and not Pre_One }\n"
        "rule B { condition: filesize < 200 and Ctx and Tight and Gate }\n"
        "rule Unb { condition: Mixed or Chain2 }\n"
        "rule C { condition: filesize < 50 and Chain2 }\n"
        "rule D { condition: filesize < 70 and any of (Pre_*) }\n";
    bs_rule_bounds b = {0};

    (void)state;
    assert_int_equal(bs_rule_bounds_read(src, sizeof(src) - 1, &b), 0);
    assert_int_equal(bound_of(&b, "Ctx"), 199);   /* the larger of A and B */
    assert_int_equal(bound_of(&b, "Lone"), -1);   /* named by nothing: left alone */
    assert_int_equal(bound_of(&b, "Mixed"), -1);  /* also named by an unbounded rule */
    assert_int_equal(bound_of(&b, "Tight"), 9);   /* its own bound is tighter */
    assert_int_equal(bound_of(&b, "Chain2"), -1); /* Unb names it */
    assert_int_equal(bound_of(&b, "Chain1"), -1);
    assert_int_equal(bound_of(&b, "Gate"), -1);   /* global: it decides for every rule */
    assert_int_equal(bound_of(&b, "Pre_One"), 99); /* A (99) and D's wildcard (69) */
    assert_int_equal(bound_of(&b, "Pre_Two"), 69);
    assert_int_equal(bound_of(&b, "A"), 99);
    assert_int_equal(bound_of(&b, "Unb"), -1);
    bs_rule_bounds_release(&b);
}

/* Text that looks like structure, inside comments, strings, regexes and hex strings. */
static void test_lexer_not_fooled(void **state)
{
    static const char src[] =
        "/* rule commented { condition: filesize < 10 } */\n"
        "// rule line_comment { condition: filesize < 10 }\n"
        "rule tricky {\n"
        "  meta:\n"
        "    description = \"condition: filesize < 1 or } rule x {\"\n"
        "    n = -3\n"
        "  strings:\n"
        "    $re = /condition: [a-z}{]+\\/ or filesize </ nocase\n"
        "    $hex = { 4D 5A [2-4] ( 00 | 01 ) ?? }\n"
        "    $t = \"\\\" or \" wide xor(1-3)\n"
        "  condition:\n"
        "    filesize < 4KB and $re and $hex and $t and filename matches /a or b/\n"
        "}\n"
        "rule after { condition: filesize < 77 }\n";
    bs_rule_bounds b = {0};

    (void)state;
    assert_int_equal(bs_rule_bounds_read(src, sizeof(src) - 1, &b), 0);
    assert_int_equal(bound_of(&b, "commented"), -1);
    assert_int_equal(bound_of(&b, "line_comment"), -1);
    assert_int_equal(bound_of(&b, "x"), -1);
    assert_int_equal(bound_of(&b, "tricky"), 4095);
    assert_int_equal(bound_of(&b, "after"), 76);
    bs_rule_bounds_release(&b);
}

/* Broken sources stop the reading, keeping what came before; no crash, no bound made up. */
static void test_broken_sources(void **state)
{
    static const char *const srcs[] = {
        "rule a { condition: filesize < 10 }\nrule b { condition: filesize < 20 and \"unterminated }\n",
        "rule a { condition: filesize < 10 }\nrule /* never closed",
        "rule a { condition: filesize < 10 }\nrule b { strings: $h = { 4D 5A condition: filesize < 5 }",
        "rule a { condition: filesize < 10 }\nrule c { condition: filesize < 99999999999999999999999 }",
        "rule",
        "",
    };

    (void)state;
    for (size_t i = 0; i < sizeof(srcs) / sizeof(srcs[0]); i++) {
        bs_rule_bounds b = {0};

        assert_int_equal(bs_rule_bounds_read(srcs[i], strlen(srcs[i]), &b), 0);
        if (i < 4) {
            assert_int_equal(bound_of(&b, "a"), 9);
            assert_int_equal(b.count, 1);
        } else {
            assert_int_equal(b.count, 0);
        }
        bs_rule_bounds_release(&b);
    }
}

/* Shapes the fuzzer found or could: brackets around a conjunct, deep parentheses. */
static void test_nesting(void **state)
{
    static const char bracket[] = "rule b { condition: [filesize < 10] and [ x ] }\n";
    static const char head[] = "rule deep { condition: ", mid[] = "filesize < 10",
                      tail[] = " }\nrule shallow { condition: ((filesize < 10)) }\n";
    size_t deep = 200000, n = 0;
    char *src = malloc(2 * deep + sizeof(head) + sizeof(mid) + sizeof(tail));
    bs_rule_bounds b = {0};

    (void)state;
    assert_int_equal(bs_rule_bounds_read(bracket, sizeof(bracket) - 1, &b), 0);
    assert_int_equal(b.count, 0); /* no recursion without end (fuzz_rule_bounds), no bound */
    assert_non_null(src);
    memcpy(src + n, head, sizeof(head) - 1);
    n += sizeof(head) - 1;
    memset(src + n, '(', deep);
    n += deep;
    memcpy(src + n, mid, sizeof(mid) - 1);
    n += sizeof(mid) - 1;
    memset(src + n, ')', deep);
    n += deep;
    memcpy(src + n, tail, sizeof(tail) - 1);
    n += sizeof(tail) - 1;
    assert_int_equal(bs_rule_bounds_read(src, n, &b), 0); /* quickly: nesting is capped */
    assert_int_equal(bound_of(&b, "deep"), -1);
    assert_int_equal(bound_of(&b, "shallow"), 9);
    bs_rule_bounds_release(&b);
    free(src);
}

/* ---- with libyara ---- */

typedef struct seen {
    int small_matched, small_string_hits, any_matched;
} seen;

static int on_rule(YR_SCAN_CONTEXT *context, int message, void *data, void *arg)
{
    seen *s = arg;
    YR_RULE *rule = data;
    YR_STRING *string;

    if (message != CALLBACK_MSG_RULE_MATCHING && message != CALLBACK_MSG_RULE_NOT_MATCHING)
        return CALLBACK_CONTINUE;
    if (!strcmp(rule->identifier, "small")) {
        s->small_matched += message == CALLBACK_MSG_RULE_MATCHING;
        yr_rule_strings_foreach(rule, string)
        {
            /* the count, not the YR_MATCH list: libyara packs those unaligned (yara_match.c) */
            s->small_string_hits += context->matches[string->idx].count;
        }
    } else if (!strcmp(rule->identifier, "any_size")) {
        s->any_matched += message == CALLBACK_MSG_RULE_MATCHING;
    }
    return CALLBACK_CONTINUE;
}

/* Scans `len` bytes of "MARK" repeated, the strings of rules that cannot match skipped. */
static seen scan(const bs_rules *rules, YR_SCANNER *scanner, size_t len)
{
    char *buf = malloc(len);
    seen s = {0};
    size_t n = 0;
    const uint32_t *skip = bs_rules_unmatchable_strings(rules, len, &n);

    assert_non_null(buf);
    for (size_t i = 0; i < len; i++)
        buf[i] = "MARK"[i % 4];
    for (size_t i = 0; i < n; i++)
        yr_bitmask_set(scanner->strings_temp_disabled, skip[i]);
    yr_scanner_set_callback(scanner, on_rule, &s);
    assert_int_equal(yr_scanner_scan_mem(scanner, (const uint8_t *)buf, len), ERROR_SUCCESS);
    for (size_t i = 0; i < n; i++)
        yr_bitmask_clear(scanner->strings_temp_disabled, skip[i]);
    free(buf);
    return s;
}

static void test_skipped_strings_with_libyara(void **state)
{
    char dir[] = "/tmp/bs-bounds-XXXXXX", path[64];
    bs_strlist paths = {0};
    bs_rules *rules = NULL;
    bs_error err = {0};
    YR_SCANNER *scanner;
    size_t n;
    FILE *f;
    seen s;

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/b.yar", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("rule small { strings: $a = \"MARK\" $b = \"RKMA\" condition: filesize < 1KB and ($a or $b) }\n"
          "rule any_size { strings: $c = \"ARKM\" condition: $c }\n",
          f);
    fclose(f);
    assert_int_equal(bs_strlist_add(&paths, path), 0);
    assert_int_equal(bs_rules_load(&paths, false, NULL, NULL, &rules, &err), BS_OK);
    /* the two strings of `small` from 1024 bytes on, nothing below */
    bs_rules_unmatchable_strings(rules, 1023, &n);
    assert_int_equal(n, 0);
    bs_rules_unmatchable_strings(rules, 1024, &n);
    assert_int_equal(n, 2);
    assert_int_equal(yr_scanner_create(bs_rules_yara(rules), &scanner), ERROR_SUCCESS);
    /* too large: libyara leaves the skipped strings unverified (no match recorded) */
    s = scan(rules, scanner, 4096);
    assert_int_equal(s.small_matched, 0);
    assert_int_equal(s.small_string_hits, 0);
    assert_int_equal(s.any_matched, 1);
    /* then a small object: nothing carried over, the rule matches */
    s = scan(rules, scanner, 1023);
    assert_int_equal(s.small_matched, 1);
    assert_true(s.small_string_hits > 0);
    yr_scanner_destroy(scanner);
    bs_rules_free(rules);
    bs_strlist_release(&paths);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_conditions),
        cmocka_unit_test(test_private_rules),
        cmocka_unit_test(test_lexer_not_fooled),
        cmocka_unit_test(test_broken_sources),
        cmocka_unit_test(test_nesting),
        cmocka_unit_test(test_skipped_strings_with_libyara),
    };

    return cmocka_run_group_tests_name("rule_bounds", tests, NULL, NULL);
}
