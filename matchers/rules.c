/*
 * rules.c - find, compile and describe the YARA rules of a scan.
 *
 * Sources are compiled once per scan (each file into the namespace named
 * after it) with the six externals defined; a compiled bundle written by
 * `rules compile` is loaded as it is.  The resulting YR_RULES is shared
 * read-only by every worker.
 */
#include "core/limits.h"
#include "matchers/rules.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yara.h>

#include "matchers/externals.h"
#include "matchers/rule_bounds.h"
#include "matchers/size_gates.h"
#include "core/hash.h"
#include "matchers/rules_cache.h"

#ifndef BS_DATADIR
#define BS_DATADIR "/usr/local/share/breachscan"
#endif

#define YARA_BUNDLE_MAGIC "YARA"

struct bs_rules {
    YR_RULES *yara;
    bs_strlist files;
    int rule_count;
    bool need_md5;
    char sha256[65];
    bs_rule_bounds bounds; /* read from the sources until the gates are built */
    bs_size_gates *gates;  /* from them, once compiled */
};

typedef struct compile_state {
    bs_rules_diag_fn diag;
    void *diag_arg;
    int errors;
    char first_error[BS_ERROR_MESSAGE_MAX];
} compile_state;

/* ---- finding rule files ---- */

static bool has_rule_extension(const char *name)
{
    const char *dot = strrchr(name, '.');

    return dot && (strcmp(dot, ".yar") == 0 || strcmp(dot, ".yara") == 0);
}

/* Appends the rule files under dir (recursively, sorted) to out. */
static bs_status collect_dir(const char *dir, bs_strlist *out, bs_error *err)
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, NULL, alphasort);
    bs_status st = BS_OK;

    if (n < 0) {
        bs_error_set(err, "rules", "%s: %s", dir, strerror(errno));
        return BS_FATAL;
    }
    for (int i = 0; i < n; i++) {
        char path[PATH_MAX];
        struct stat sb;

        if (st == BS_OK && names[i]->d_name[0] != '.' &&
            snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name) < (int)sizeof(path) &&
            stat(path, &sb) == 0) {
            if (S_ISDIR(sb.st_mode))
                st = collect_dir(path, out, err);
            else if (S_ISREG(sb.st_mode) && has_rule_extension(names[i]->d_name))
                bs_strlist_add(out, path);
        }
        free(names[i]);
    }
    free(names);
    return st;
}

static bool is_compiled_bundle(const char *path)
{
    char magic[4];
    FILE *f = fopen(path, "rb");
    bool yes;

    if (!f)
        return false;
    yes = fread(magic, 1, 4, f) == 4 && memcmp(magic, YARA_BUNDLE_MAGIC, 4) == 0;
    fclose(f);
    return yes;
}

const char *bs_rules_bundled_dir(void)
{
    static char found[PATH_MAX];
    static const char *const rel[] = {"/../rules", "/../../rules", "/../share/breachscan/rules"};
    char exe[PATH_MAX];
    const char *env = getenv("BREACHSCAN_RULES");
    ssize_t n;
    struct stat sb;

    if (env && *env)
        return env;
    n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n > 0) {
        char *slash;

        exe[n] = '\0';
        slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        for (size_t i = 0; i < sizeof(rel) / sizeof(rel[0]); i++) {
            snprintf(found, sizeof(found), "%s%s", exe, rel[i]);
            if (stat(found, &sb) == 0 && S_ISDIR(sb.st_mode))
                return found;
        }
    }
    snprintf(found, sizeof(found), "%s/rules", BS_DATADIR);
    if (stat(found, &sb) == 0 && S_ISDIR(sb.st_mode))
        return found;
    return NULL;
}

/* ---- compiling ---- */

static void compiler_callback(int level, const char *file, int line, const YR_RULE *rule,
                              const char *message, void *arg)
{
    compile_state *cs = arg;
    bool warning = level == YARA_ERROR_LEVEL_WARNING;

    (void)rule;
    if (!warning && cs->errors++ == 0)
        snprintf(cs->first_error, sizeof(cs->first_error), "%s:%d: %s", file ? file : "?", line,
                 message);
    if (cs->diag)
        cs->diag(cs->diag_arg, warning, file, line, message);
}

void bs_rules_namespace_of(const char *path, char *out, size_t cap)
{
    const char *base = strrchr(path, '/');
    const char *dot;
    size_t len;

    base = base ? base + 1 : path;
    dot = strrchr(base, '.');
    len = dot ? (size_t)(dot - base) : strlen(base);
    if (len >= cap)
        len = cap - 1;
    memcpy(out, base, len);
    out[len] = '\0';
}

/* Length of the string literal or comment starting at p (0 when none). */
static size_t skip_literal(const char *p, const char *end)
{
    const char *q = p;

    if (*p == '"') {
        for (q = p + 1; q < end && *q != '"' && *q != '\n'; q++)
            if (*q == '\\' && q + 1 < end)
                q++;
        return (size_t)(q - p) + (q < end);
    }
    if (p + 1 < end && p[0] == '/' && p[1] == '/') {
        while (q < end && *q != '\n')
            q++;
        return (size_t)(q - p);
    }
    if (p + 1 < end && p[0] == '/' && p[1] == '*') {
        for (q = p + 2; q + 1 < end && !(q[0] == '*' && q[1] == '/'); q++)
            ;
        return (size_t)(q + 2 <= end ? q + 2 - p : end - p);
    }
    return 0;
}

/*
 * Whether a source may read the `md5` external: the bare identifier md5
 * outside string literals and comments -- not hash.md5(), $md5, or a word
 * that merely contains it.  Erring towards yes only costs hashing time.
 */
static bool source_uses_md5(const char *src, size_t len)
{
    const char *end = src + len;

    for (const char *p = src; p + 3 <= end;) {
        size_t skip = skip_literal(p, end);
        char before, after;

        if (skip) {
            p += skip;
            continue;
        }
        before = p > src ? p[-1] : ' ';
        after = p + 3 < end ? p[3] : ' ';
        if (memcmp(p, "md5", 3) == 0 && !strchr("._$#@!", before) &&
            !isalnum((unsigned char)before) && after != '_' && !isalnum((unsigned char)after))
            return true;
        p++;
    }
    return false;
}

/* Reads a whole rule file, feeding the hash and the md5 check. */
static char *read_source(const char *path, size_t *len, bs_error *err)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;

    if (!f) {
        bs_error_set(err, "rules", "%s: %s", path, strerror(errno));
        return NULL;
    }
    for (;;) {
        size_t got;

        if (n + 65536 + 1 > cap) {
            char *nb = realloc(buf, cap = n + 65536 + 1);

            if (!nb) {
                free(buf);
                fclose(f);
                bs_error_set(err, "rules", "%s: out of memory", path);
                return NULL;
            }
            buf = nb;
        }
        got = fread(buf + n, 1, 65536, f);
        n += got;
        if (got == 0)
            break;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static bs_status define_externals(YR_COMPILER *compiler, bs_error *err)
{
    for (int i = 0; i < BS_EXTERNAL_COUNT; i++) {
        if (yr_compiler_define_string_variable(compiler, bs_external_names[i], "") !=
            ERROR_SUCCESS) {
            bs_error_set(err, "rules", "cannot define external %s", bs_external_names[i]);
            return BS_FATAL;
        }
    }
    return BS_OK;
}

/* Compiles one file; compile errors are counted by the callback. */
static bool add_file(YR_COMPILER *compiler, const char *path, const char *ns, bs_error *err)
{
    FILE *f = fopen(path, "r");

    if (!f) {
        bs_error_set(err, "rules", "%s: %s", path, strerror(errno));
        return false;
    }
    yr_compiler_add_file(compiler, f, ns, path);
    fclose(f);
    return true;
}

/*
 * The size bounds of a source's rules (rule_bounds.h), under its namespace.
 * On ENOMEM some rules stay unbounded: only slower.
 */
static void note_bounds(bs_rules *r, const char *src, size_t len, const char *ns)
{
    size_t first = r->bounds.count;

    bs_rule_bounds_read(src, len, &r->bounds);
    for (size_t i = first; i < r->bounds.count; i++)
        r->bounds.items[i].namespace_ = strdup(ns); /* NULL on ENOMEM: matches no rule */
}

/* sha256 over (namespace, source) of every file, whether any may read `md5`, and the bounds. */
static bs_status fingerprint_sources(bs_rules *r, bs_error *err)
{
    bs_hasher *h = bs_hasher_new(BS_HASH_SHA256);
    bs_hashes digest;
    bs_status st = BS_OK;

    for (int i = 0; i < r->files.count && st == BS_OK; i++) {
        char ns[256];
        size_t len = 0;
        char *src = read_source(r->files.items[i], &len, err);

        if (!src) {
            st = BS_FATAL;
            break;
        }
        bs_rules_namespace_of(r->files.items[i], ns, sizeof(ns));
        bs_hasher_update(h, ns, strlen(ns) + 1);
        bs_hasher_update(h, src, len);
        r->need_md5 = r->need_md5 || source_uses_md5(src, len);
        note_bounds(r, src, len, ns);
        free(src);
    }
    bs_hasher_finish(h, &digest);
    memcpy(r->sha256, digest.sha256, sizeof(r->sha256));
    return st;
}

static bs_status compile_sources(bs_rules *r, compile_state *cs, bs_error *err)
{
    YR_COMPILER *compiler = NULL;
    bs_status st = BS_OK;

    if (yr_compiler_create(&compiler) != ERROR_SUCCESS) {
        bs_error_set(err, "rules", "cannot create the YARA compiler");
        return BS_FATAL;
    }
    yr_compiler_set_callback(compiler, compiler_callback, cs);
    if ((st = define_externals(compiler, err)) != BS_OK)
        goto out;
    for (int i = 0; i < r->files.count && !cs->errors; i++) {
        char ns[256];

        bs_rules_namespace_of(r->files.items[i], ns, sizeof(ns));
        if (!add_file(compiler, r->files.items[i], ns, err)) {
            st = BS_FATAL;
            goto out;
        }
    }
    if (cs->errors) {
        bs_error_set(err, "rules", "%s", cs->first_error);
        st = BS_FATAL;
        goto out;
    }
    if (yr_compiler_get_rules(compiler, &r->yara) != ERROR_SUCCESS) {
        bs_error_set(err, "rules", "cannot build the rule set (out of memory?)");
        st = BS_FATAL;
    }
out:
    yr_compiler_destroy(compiler);
    return st;
}

/*
 * Sources: fingerprint, then the compiled cache when the set is exactly the
 * bundled rules (a user's -r rules are always compiled fresh), else compile.
 */
static bs_status load_sources(bs_rules *r, bool bundled_only, compile_state *cs, bs_error *err)
{
    bs_status st = fingerprint_sources(r, err);

    if (st != BS_OK)
        return st;
    if (bundled_only && (r->yara = bs_rules_cache_load(r->sha256)))
        return BS_OK;
    st = compile_sources(r, cs, err);
    if (st == BS_OK && bundled_only)
        bs_rules_cache_store(r->sha256, r->yara);
    return st;
}

static bs_status load_bundle(bs_rules *r, const char *path, bs_error *err)
{
    FILE *f = fopen(path, "rb");
    bs_hasher *h = bs_hasher_new(BS_HASH_SHA256);
    bs_hashes digest;
    char buf[65536];
    size_t n;
    int rc;

    if (f) {
        while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
            bs_hasher_update(h, buf, n);
        fclose(f);
    }
    bs_hasher_finish(h, &digest);
    memcpy(r->sha256, digest.sha256, sizeof(r->sha256));
    rc = yr_rules_load(path, &r->yara);
    if (rc != ERROR_SUCCESS) {
        bs_error_set(err, "rules", "%s: not a loadable compiled rule bundle (YARA error %d)",
                     path, rc);
        return BS_FATAL;
    }
    r->need_md5 = true; /* a bundle does not say; assume it may */
    return BS_OK;
}

/* Splits the given paths into source files and at most one compiled bundle. */
static bs_status gather(const bs_strlist *paths, bool add_bundled, bs_strlist *files,
                        const char **bundle, bs_error *err)
{
    const char *bundled = NULL;

    if (paths->count == 0 || add_bundled) {
        bundled = bs_rules_bundled_dir();
        if (!bundled) {
            bs_error_set(err, "rules",
                         "bundled rules not found (set BREACHSCAN_RULES or use -r PATH)");
            return BS_FATAL;
        }
        if (collect_dir(bundled, files, err) != BS_OK)
            return BS_FATAL;
    }
    for (int i = 0; i < paths->count; i++) {
        const char *p = paths->items[i];
        struct stat sb;

        if (stat(p, &sb) != 0) {
            bs_error_set(err, "rules", "%s: %s", p, strerror(errno));
            return BS_FATAL;
        }
        if (S_ISDIR(sb.st_mode)) {
            if (collect_dir(p, files, err) != BS_OK)
                return BS_FATAL;
        } else if (is_compiled_bundle(p)) {
            if (*bundle) {
                bs_error_set(err, "rules", "%s: only one compiled bundle can be loaded", p);
                return BS_FATAL;
            }
            *bundle = p;
        } else {
            bs_strlist_add(files, p);
        }
    }
    if (*bundle && files->count > 0) {
        bs_error_set(err, "rules",
                     "%s: a compiled bundle cannot be combined with rule sources", *bundle);
        return BS_FATAL;
    }
    if (!*bundle && files->count == 0) {
        bs_error_set(err, "rules", "no rule files (*.yar, *.yara) found");
        return BS_FATAL;
    }
    return BS_OK;
}

bs_status bs_rules_load(const bs_strlist *paths, bool add_bundled, bs_rules_diag_fn diag,
                        void *diag_arg, bs_rules **out, bs_error *err)
{
    bs_rules *r = calloc(1, sizeof(*r));
    compile_state cs = {.diag = diag, .diag_arg = diag_arg};
    const char *bundle = NULL;
    bs_status st;
    YR_RULE *rule;

    *out = NULL;
    if (!r) {
        bs_error_set(err, "rules", "out of memory");
        return BS_FATAL;
    }
    if (yr_initialize() != ERROR_SUCCESS) {
        free(r);
        bs_error_set(err, "rules", "cannot initialise libyara");
        return BS_FATAL;
    }
    /* libyara copies up to 512 bytes of every match; findings keep BS_MATCH_EXCERPT_MAX */
    yr_set_configuration_uint32(YR_CONFIG_MAX_MATCH_DATA, BS_MATCH_EXCERPT_MAX);
    st = gather(paths, add_bundled, &r->files, &bundle, err);
    if (st == BS_OK)
        st = bundle ? load_bundle(r, bundle, err)
                    : load_sources(r, paths->count == 0, &cs, err);
    if (st != BS_OK) {
        bs_rules_free(r);
        return st;
    }
    if (bundle)
        bs_strlist_add(&r->files, bundle);
    yr_rules_foreach(r->yara, rule)
    {
        r->rule_count++;
    }
    r->gates = bs_size_gates_build(&r->bounds, r->yara);
    bs_rule_bounds_release(&r->bounds); /* the gates are all that is needed from them */
    *out = r;
    return BS_OK;
}

void bs_rules_free(bs_rules *rules)
{
    if (!rules)
        return;
    if (rules->yara)
        yr_rules_destroy(rules->yara);
    bs_strlist_release(&rules->files);
    bs_rule_bounds_release(&rules->bounds);
    bs_size_gates_free(rules->gates);
    free(rules);
    yr_finalize();
}

struct YR_RULES *bs_rules_yara(const bs_rules *rules)
{
    return rules->yara;
}

const uint32_t *bs_rules_unmatchable_strings(const bs_rules *rules, uint64_t size, size_t *n)
{
    return bs_size_gates_for(rules->gates, size, n);
}

bool bs_rules_need_md5(const bs_rules *rules)
{
    return rules->need_md5;
}

int bs_rules_file_count(const bs_rules *rules)
{
    return rules->files.count;
}

int bs_rules_rule_count(const bs_rules *rules)
{
    return rules->rule_count;
}

const char *bs_rules_sha256(const bs_rules *rules)
{
    return rules->sha256;
}

const bs_strlist *bs_rules_files(const bs_rules *rules)
{
    return &rules->files;
}

bs_severity bs_rules_severity_from_meta(const char *severity, long long score, bool has_score)
{
    bs_severity sev;

    if (severity && bs_severity_parse(severity, &sev) == 0)
        return sev;
    if (has_score) {
        if (score >= 80)
            return BS_SEV_HIGH;
        if (score >= 60)
            return BS_SEV_MEDIUM;
        if (score >= 40)
            return BS_SEV_LOW;
        return BS_SEV_INFO;
    }
    return BS_SEV_MEDIUM;
}
