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

/* How a token moves the bracket depth: +1 for ( and [, -1 for ) and ], else 0. */
static int depth_step(const token *t)
{
    return is(t, "(") || is(t, "[") ? 1 : is(t, ")") || is(t, "]") ? -1 : 0;
}

/* Index of the token closing the bracket at t[0], or n when unbalanced. */
static size_t closing(const token *t, size_t n)
{
    int depth = 0;

    for (size_t i = 0; i < n; i++)
        if ((depth += depth_step(&t[i])) == 0 && depth_step(&t[i]) < 0)
            return i;
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

/* Parentheses looked into, at most (deeper: no bound). */
#define BOUND_NESTING_MAX 64

static bool expression_bound(const token *t, size_t n, uint64_t *max, int nesting);

/*
 * Calls part() on each piece of t[0..n) between top-level `word`s; the
 * result is the pieces' bounds combined: the smallest of those found for
 * `and` (every conjunct must hold), the largest for `or` (any disjunct may
 * hold, so each must have one).
 */
static bool split_bound(const token *t, size_t n, const char *word, uint64_t *max, int nesting)
{
    bool conj = !strcmp(word, "and"), found = false;
    size_t start = 0;
    int depth = 0;

    for (size_t i = 0; i <= n; i++) {
        uint64_t m;
        bool has;

        if (i < n && ((depth += depth_step(&t[i])) != 0 || !is(&t[i], word)))
            continue;
        if (i == start)
            return false; /* "and and", a leading or trailing word: not YARA */
        has = conj ? size_test(t + start, i - start, &m) ||
                         (is(&t[start], "(") && closing(t + start, i - start) == i - start - 1 &&
                          expression_bound(t + start, i - start, &m, nesting + 1))
                   : expression_bound(t + start, i - start, &m, nesting);
        if (!conj && !has)
            return false; /* a disjunct that may hold at any size */
        if (has) {
            *max = !found ? m : conj ? (m < *max ? m : *max) : (m > *max ? m : *max);
            found = true;
        }
        start = i + 1;
    }
    return found;
}

/*
 * The bound of an expression: YARA gives `and` precedence over `or`, so it
 * is a disjunction of conjunctions; parentheses around the whole are looked
 * into.
 */
static bool expression_bound(const token *t, size_t n, uint64_t *max, int nesting)
{
    int depth = 0;

    if (nesting > BOUND_NESTING_MAX)
        return false;
    while (n >= 2 && is(&t[0], "(") && closing(t, n) == n - 1) { /* (whole) */
        if (++nesting > BOUND_NESTING_MAX)
            return false;
        t++;
        n -= 2;
    }
    for (size_t i = 0; i < n; i++)
        if ((depth += depth_step(&t[i])) == 0 && is(&t[i], "or"))
            return split_bound(t, n, "or", max, nesting);
    return split_bound(t, n, "and", max, nesting);
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
            depth += depth_step(&t);
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

/* ---- private rules: needed only as far as the rules that use them ---- */

typedef struct rule_ref {
    const char *p; /* an identifier in a condition; a prefix when wildcard ("Ctx_*") */
    size_t n;
    bool wildcard;
} rule_ref;

typedef struct rule_info {
    const char *name;
    size_t name_len;
    bool private_, global;
    bool own_bounded, need_bounded;
    uint64_t own, need;
    size_t first_ref, n_refs;          /* into the refs array */
    bool referenced, referrer_unbounded; /* what its referrers need */
    uint64_t referrer_max;
} rule_info;

typedef struct rule_table {
    rule_info *rules;
    size_t count, cap;
    size_t *order; /* indices of rules in name order */
    rule_ref *refs;
    size_t n_refs, cap_refs;
} rule_table;

/* Identifiers of a condition that may name rules: every plain identifier (a module's field too: harmless). */
static bool note_refs(rule_table *tab, const token *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind != T_IDENT || !(isalpha((unsigned char)t[i].p[0]) || t[i].p[0] == '_'))
            continue;
        if (bs_grow(&tab->refs, &tab->cap_refs, tab->n_refs, sizeof(*tab->refs), 0) != BS_GROW_OK)
            return false;
        tab->refs[tab->n_refs++] =
            (rule_ref){t[i].p, t[i].n, i + 1 < n && is(&t[i + 1], "*") && t[i + 1].p == t[i].p + t[i].n};
    }
    return true;
}

static bool ref_names(const rule_ref *r, const rule_info *rule)
{
    return r->wildcard ? rule->name_len >= r->n && !memcmp(rule->name, r->p, r->n)
                       : rule->name_len == r->n && !memcmp(rule->name, r->p, r->n);
}

static int cmp_name(const char *a, size_t na, const char *b, size_t nb)
{
    int c = memcmp(a, b, na < nb ? na : nb);

    return c ? c : (na > nb) - (na < nb);
}

/* Name order of rules, a prefix first (qsort_r over indices into tab->rules). */
static int cmp_order(const void *x, const void *y, void *arg)
{
    const rule_table *tab = arg;
    const rule_info *a = &tab->rules[*(const size_t *)x];
    const rule_info *b = &tab->rules[*(const size_t *)y];

    return cmp_name(a->name, a->name_len, b->name, b->name_len);
}

/* The first position in name order whose rule ref may name (lower bound of its text). */
static size_t first_named(const rule_table *tab, const rule_ref *ref)
{
    size_t lo = 0, hi = tab->count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const rule_info *r = &tab->rules[tab->order[mid]];

        if (cmp_name(r->name, r->name_len, ref->p, ref->n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/*
 * What each rule needs: a public or global rule its own bound; a private rule
 * (its result only counts through the rules that name it) the largest need
 * among them, capped by its own bound.  YARA makes a rule defined before any
 * rule that names it, so walking backwards sees every referrer first.
 */
static void resolve_needs(rule_table *tab)
{
    for (size_t k = tab->count; k-- > 0;) {
        rule_info *r = &tab->rules[k];

        r->need_bounded = r->own_bounded;
        r->need = r->own;
        if (r->private_ && !r->global && r->referenced && !r->referrer_unbounded) {
            r->need = r->own_bounded && r->own < r->referrer_max ? r->own : r->referrer_max;
            r->need_bounded = true;
        }
        for (size_t x = r->first_ref; x < r->first_ref + r->n_refs; x++) { /* tell those it names */
            const rule_ref *ref = &tab->refs[x];

            for (size_t o = first_named(tab, ref); o < tab->count; o++) {
                rule_info *target = &tab->rules[tab->order[o]];

                if (!ref_names(ref, target))
                    break; /* past the names it matches, in name order */
                if (tab->order[o] >= k) /* named before being defined: not YARA, assume the worst */
                    continue;
                if (!r->need_bounded)
                    target->referrer_unbounded = true;
                else if (!target->referenced || r->need > target->referrer_max)
                    target->referrer_max = r->need;
                target->referenced = true;
            }
        }
    }
}

int bs_rule_bounds_read(const char *src, size_t len, bs_rule_bounds *out)
{
    lexer lx = {src, src + len};
    token_vec cond = {0};
    rule_table tab = {0};
    bool private_ = false, global = false;
    int rc = 0;

    for (;;) {
        token t = next_token(&lx, false, false), name;
        rule_info info = {0};

        if (t.kind == T_END || t.kind == T_BAD)
            break;
        if (is(&t, "private") || is(&t, "global")) {
            private_ |= is(&t, "private");
            global |= is(&t, "global");
            continue;
        }
        if (!is(&t, "rule")) {
            private_ = global = false; /* import, include and their strings */
            continue;
        }
        if (!read_rule(&lx, &name, &cond))
            break;
        info.name = name.p;
        info.name_len = name.n;
        info.private_ = private_;
        info.global = global;
        info.own_bounded = expression_bound(cond.items, cond.count, &info.own, 0);
        info.first_ref = tab.n_refs;
        private_ = global = false;
        if (!note_refs(&tab, cond.items, cond.count) ||
            bs_grow(&tab.rules, &tab.cap, tab.count, sizeof(*tab.rules), 0) != BS_GROW_OK) {
            rc = -1;
            break;
        }
        info.n_refs = tab.n_refs - info.first_ref;
        tab.rules[tab.count++] = info;
    }
    if (rc == 0 && tab.count && !(tab.order = malloc(tab.count * sizeof(*tab.order))))
        rc = -1;
    if (rc == 0 && tab.count) {
        for (size_t k = 0; k < tab.count; k++)
            tab.order[k] = k;
        qsort_r(tab.order, tab.count, sizeof(*tab.order), cmp_order, &tab);
        resolve_needs(&tab);
    }
    for (size_t k = 0; k < tab.count && rc == 0; k++) {
        const rule_info *r = &tab.rules[k];

        if (!r->need_bounded)
            continue;
        if (bs_grow(&out->items, &out->cap, out->count, sizeof(*out->items), 0) != BS_GROW_OK ||
            !(out->items[out->count].rule = strndup(r->name, r->name_len))) {
            rc = -1;
            break;
        }
        out->items[out->count].namespace_ = NULL;
        out->items[out->count++].max_size = r->need;
    }
    free(cond.items);
    free(tab.rules);
    free(tab.refs);
    free(tab.order);
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
