/*
 * rule_bounds.c - size bounds read from YARA rule sources (see rule_bounds.h).
 *
 * A small lexer for the YARA source language (comments, text strings,
 * regular expressions, hex strings, numbers with KB/MB, identifiers with
 * their $ # @ ! sigils, operators) and a reader of the rule structure that
 * keeps one thing: each rule's condition as tokens.  The bound of a condition
 * is the smallest `filesize < N` among the conjuncts of its top level, looking
 * into parentheses that wrap a whole conjunct; an `or` at any such level means
 * no bound.  YARA gives `and` precedence over `or`, so `a and b or c` has an
 * `or` at the top and is rightly left unbounded.
 */
#include "matchers/rule_bounds.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/vec.h"

typedef enum { T_END, T_IDENT, T_NUM, T_TEXT, T_PUNCT, T_BAD } tok_kind;

typedef struct token {
    tok_kind kind;
    const char *p;
    size_t n;
    uint64_t num; /* T_NUM: the value, KB/MB applied */
    bool integer; /* T_NUM: a plain integer (not a float, no overflow) */
} token;

typedef struct lexer {
    const char *s, *end;
} lexer;

static bool ident_char(int c)
{
    return isalnum(c) || c == '_';
}

/* Whitespace and comments; false on an unterminated block comment. */
static bool skip_blank(lexer *lx)
{
    while (lx->s < lx->end) {
        if (isspace((unsigned char)*lx->s)) {
            lx->s++;
        } else if (lx->end - lx->s >= 2 && lx->s[0] == '/' && lx->s[1] == '/') {
            while (lx->s < lx->end && *lx->s != '\n')
                lx->s++;
        } else if (lx->end - lx->s >= 2 && lx->s[0] == '/' && lx->s[1] == '*') {
            const char *close = NULL;

            for (const char *q = lx->s + 2; q + 1 < lx->end; q++)
                if (q[0] == '*' && q[1] == '/') {
                    close = q;
                    break;
                }
            if (!close)
                return false;
            lx->s = close + 2;
        } else {
            return true;
        }
    }
    return true;
}

/* From the opening quote (or slash) to the unescaped closing one; T_BAD when it never closes. */
static token quoted(lexer *lx, char quote)
{
    token t = {.kind = T_TEXT, .p = lx->s};

    for (lx->s++; lx->s < lx->end; lx->s++) {
        if (*lx->s == '\\') {
            lx->s++;
        } else if (*lx->s == quote) {
            lx->s++;
            if (quote == '/') /* regular expression flags */
                while (lx->s < lx->end && isalpha((unsigned char)*lx->s))
                    lx->s++;
            t.n = (size_t)(lx->s - t.p);
            return t;
        } else if (*lx->s == '\n' && quote == '"') {
            break;
        }
    }
    t.kind = T_BAD;
    return t;
}

static token number(lexer *lx)
{
    token t = {.kind = T_NUM, .p = lx->s, .integer = true};
    int base = 10;

    if (lx->end - lx->s > 2 && lx->s[0] == '0' && (lx->s[1] == 'x' || lx->s[1] == 'o')) {
        base = lx->s[1] == 'x' ? 16 : 8;
        lx->s += 2;
    }
    for (; lx->s < lx->end && isxdigit((unsigned char)*lx->s); lx->s++) {
        int d = isdigit((unsigned char)*lx->s) ? *lx->s - '0' : tolower(*lx->s) - 'a' + 10;

        if (d >= base)
            break;
        if (t.num > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            t.integer = false;
        t.num = t.num * (uint64_t)base + (uint64_t)d;
    }
    if (lx->end - lx->s >= 2 && lx->s[0] == '.' && isdigit((unsigned char)lx->s[1])) {
        t.integer = false; /* a float; "1..#a" is a range, left alone */
        for (lx->s++; lx->s < lx->end && isdigit((unsigned char)*lx->s); lx->s++)
            ;
    }
    if (lx->end - lx->s >= 2 && (lx->s[0] == 'K' || lx->s[0] == 'M') && lx->s[1] == 'B') {
        unsigned shift = lx->s[0] == 'K' ? 10 : 20;

        if (t.num > (UINT64_MAX >> shift))
            t.integer = false;
        t.num <<= shift;
        lx->s += 2;
    }
    if (lx->s < lx->end && ident_char((unsigned char)*lx->s))
        t.kind = T_BAD; /* "12ab": not YARA */
    t.n = (size_t)(lx->s - t.p);
    return t;
}

/*
 * The next token.  A '/' starts a regular expression when regex_ok, and a
 * '{' a hex string (returned whole, as T_TEXT) when hex_ok.
 */
static token next_token(lexer *lx, bool regex_ok, bool hex_ok)
{
    token t = {.kind = T_END};
    char c;

    if (!skip_blank(lx))
        return (token){.kind = T_BAD};
    if (lx->s >= lx->end)
        return t;
    c = *lx->s;
    t.p = lx->s;
    if (c == '"' || (c == '/' && regex_ok))
        return quoted(lx, c);
    if (c == '{' && hex_ok) {
        const char *close = memchr(lx->s, '}', (size_t)(lx->end - lx->s));

        if (!close)
            return (token){.kind = T_BAD};
        lx->s = close + 1;
        t.kind = T_TEXT;
        t.n = (size_t)(lx->s - t.p);
        return t;
    }
    if (isdigit((unsigned char)c))
        return number(lx);
    if (ident_char((unsigned char)c) ||
        ((c == '$' || c == '#' || c == '@' || c == '!') && lx->end - lx->s >= 1 &&
         (c == '$' || (lx->end - lx->s >= 2 && ident_char((unsigned char)lx->s[1]))))) {
        /* identifiers, keywords, and $a $a* #a @a !a (a bare "$" or "$*" too) */
        for (lx->s++; lx->s < lx->end && ident_char((unsigned char)*lx->s); lx->s++)
            ;
        if (c == '$' && lx->s < lx->end && *lx->s == '*')
            lx->s++;
        t.kind = T_IDENT;
        t.n = (size_t)(lx->s - t.p);
        return t;
    }
    /* two-character operators first */
    if (lx->end - lx->s >= 2 &&
        (!strncmp(lx->s, "<=", 2) || !strncmp(lx->s, ">=", 2) || !strncmp(lx->s, "==", 2) ||
         !strncmp(lx->s, "!=", 2) || !strncmp(lx->s, "..", 2) || !strncmp(lx->s, "<<", 2) ||
         !strncmp(lx->s, ">>", 2)))
        lx->s += 2;
    else
        lx->s++;
    t.kind = T_PUNCT;
    t.n = (size_t)(lx->s - t.p);
    return t;
}

static bool is(const token *t, const char *text)
{
    size_t n = strlen(text);

    return t->kind != T_END && t->kind != T_BAD && t->n == n && !memcmp(t->p, text, n);
}

/* ---- bounds of a condition ---- */

/* Index of the token closing the bracket at t[0], or n when unbalanced. */
static size_t closing(const token *t, size_t n)
{
    int depth = 0;

    for (size_t i = 0; i < n; i++) {
        if (is(&t[i], "(") || is(&t[i], "["))
            depth++;
        else if ((is(&t[i], ")") || is(&t[i], "]")) && --depth == 0)
            return i;
    }
    return n;
}

/* `filesize < N`, `filesize <= N`, `N > filesize`, `N >= filesize`: the largest size allowed. */
static bool size_test(const token *t, size_t n, uint64_t *max)
{
    const token *num;
    bool strict;

    if (n != 3)
        return false;
    if (is(&t[0], "filesize") && (is(&t[1], "<") || is(&t[1], "<="))) {
        num = &t[2];
        strict = is(&t[1], "<");
    } else if (is(&t[2], "filesize") && (is(&t[1], ">") || is(&t[1], ">="))) {
        num = &t[0];
        strict = is(&t[1], ">");
    } else {
        return false;
    }
    if (num->kind != T_NUM || !num->integer || (strict && num->num == 0))
        return false;
    *max = strict ? num->num - 1 : num->num;
    return true;
}

/* The bound of an expression: the tightest size test among its top-level conjuncts. */
static bool expression_bound(const token *t, size_t n, uint64_t *max)
{
    size_t start = 0;
    int depth = 0;
    bool found = false;

    while (n >= 2 && is(&t[0], "(") && closing(t, n) == n - 1) { /* (whole) */
        t++;
        n -= 2;
    }
    for (size_t i = 0; i < n; i++) /* an `or` at this level: no bound */
        if (is(&t[i], "(") || is(&t[i], "["))
            depth++;
        else if (is(&t[i], ")") || is(&t[i], "]"))
            depth--;
        else if (depth == 0 && is(&t[i], "or"))
            return false;
    depth = 0;
    for (size_t i = 0; i <= n; i++) {
        uint64_t m;

        if (i < n && (is(&t[i], "(") || is(&t[i], "[")))
            depth++;
        else if (i < n && (is(&t[i], ")") || is(&t[i], "]")))
            depth--;
        if (i < n && !(depth == 0 && is(&t[i], "and")))
            continue;
        if (i > start && (size_test(t + start, i - start, &m) || /* or (a wrapped conjunction) */
                          (is(&t[start], "(") && closing(t + start, i - start) == i - start - 1 &&
                           expression_bound(t + start, i - start, &m)))) {
            *max = found && *max < m ? *max : m;
            found = true;
        }
        start = i + 1;
    }
    return found;
}

/* ---- the rule structure ---- */

typedef struct token_vec {
    token *items;
    size_t count, cap;
} token_vec;

static bool section_start(lexer *lx, const token *t, const char *name)
{
    lexer peek = *lx;

    return is(t, name) && skip_blank(&peek) && peek.s < peek.end && *peek.s == ':';
}

/*
 * A rule, from after the `rule` keyword: its condition's tokens into *cond.
 * False when the source does not read as a rule.
 */
static bool read_rule(lexer *lx, token *name, token_vec *cond)
{
    token t;
    enum { NONE, META, STRINGS, CONDITION } section = NONE;
    bool after_equals = false;
    int depth = 0;

    *name = next_token(lx, false, false);
    if (name->kind != T_IDENT)
        return false;
    do { /* tags, up to the body */
        t = next_token(lx, false, false);
        if (t.kind == T_END || t.kind == T_BAD)
            return false;
    } while (!is(&t, "{"));
    cond->count = 0;
    for (;;) {
        bool in_strings = section == STRINGS && after_equals;

        t = next_token(lx, in_strings || (section == CONDITION && cond->count > 0 &&
                                          is(&cond->items[cond->count - 1], "matches")),
                       in_strings);
        if (t.kind == T_END || t.kind == T_BAD)
            return false;
        if (section != CONDITION || depth == 0) {
            if (section_start(lx, &t, "meta") || section_start(lx, &t, "strings") ||
                section_start(lx, &t, "condition")) {
                section = is(&t, "meta") ? META : is(&t, "strings") ? STRINGS : CONDITION;
                (void)next_token(lx, false, false); /* the ':' */
                after_equals = false;
                continue;
            }
        }
        if (section == CONDITION) {
            if (depth == 0 && is(&t, "}"))
                return true;
            if (is(&t, "(") || is(&t, "["))
                depth++;
            else if (is(&t, ")") || is(&t, "]"))
                depth--;
            if (bs_grow(&cond->items, &cond->cap, cond->count, sizeof(*cond->items), 0) !=
                BS_GROW_OK)
                return false;
            cond->items[cond->count++] = t;
        } else if (section == STRINGS) {
            if (t.kind == T_IDENT && t.p[0] == '$')
                after_equals = false;
            else if (is(&t, "="))
                after_equals = true;
        } else if (is(&t, "}")) {
            return false; /* a rule without a condition is not YARA */
        }
    }
}

int bs_rule_bounds_read(const char *src, size_t len, bs_rule_bounds *out)
{
    lexer lx = {src, src + len};
    token_vec cond = {0};
    int rc = 0;

    for (;;) {
        token t = next_token(&lx, false, false), name;
        uint64_t max;

        if (t.kind == T_END || t.kind == T_BAD)
            break;
        if (!is(&t, "rule"))
            continue; /* import, include, private, global, and their strings */
        if (!read_rule(&lx, &name, &cond))
            break;
        if (!expression_bound(cond.items, cond.count, &max))
            continue;
        if (bs_grow(&out->items, &out->cap, out->count, sizeof(*out->items), 0) != BS_GROW_OK ||
            !(out->items[out->count].rule = strndup(name.p, name.n))) {
            rc = -1;
            break;
        }
        out->items[out->count].namespace_ = NULL;
        out->items[out->count++].max_size = max;
    }
    free(cond.items);
    return rc;
}

void bs_rule_bounds_release(bs_rule_bounds *b)
{
    for (size_t i = 0; i < b->count; i++) {
        free(b->items[i].rule);
        free(b->items[i].namespace_);
    }
    free(b->items);
    b->items = NULL;
    b->count = b->cap = 0;
}
