/*
 * ioc.c - indicator lists from rules/iocs/ (docs/RULES.md) and the matchers
 * that use them:
 *
 *   hashes.txt     <md5|sha1|sha256>;<description>[;<severity>]   (default high)
 *   filenames.txt  <PCRE2 regex>;<severity>;<description>         (full path)
 *   logs.txt       <name>;<severity>;<PCRE2 regex>                (request part)
 *
 * Matching fills a finding list (the "iocs" matcher, ioc_match.c, runs it);
 * nothing here writes the report.
 *
 * '#' starts a comment line; blank lines are ignored.  Patterns are compiled
 * once with PCRE2 and JIT-compiled where the platform allows.  Every bad line
 * is reported as "file:line: message"; loading stops at the first, checking
 * (`rules check`) reports them all.
 */
#include "matchers/ioc.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/limits.h"
#include "core/vec.h"
#include "matchers/rules.h"

#define BS_HASH_DEFAULT_SEVERITY BS_SEV_HIGH

typedef enum { ROLE_NONE, ROLE_HASH, ROLE_FILENAME, ROLE_LOG } ioc_role;

typedef struct ioc_hash {
    char hex[65];
    char *description;
    bs_severity severity;
    char *list; /* base name of the list file without extension ("hashes") */
    int line;
} ioc_hash;

typedef struct ioc_pattern {
    pcre2_code *re;
    char *name;        /* logs.txt: pattern name; filenames.txt: NULL */
    char *description; /* filenames.txt */
    bs_severity severity;
    char *list;
    int line;
} ioc_pattern;

typedef struct hash_list {
    ioc_hash *items;
    int count, cap;
} hash_list;

typedef struct pattern_list {
    ioc_pattern *items;
    int count, cap;
} pattern_list;

struct bs_iocs {
    hash_list hashes[3]; /* md5, sha1, sha256 */
    pattern_list names;
    pattern_list logs;
};

/* The parse state of one list file. */
typedef struct parse_ctx {
    bs_iocs *iocs; /* where entries go; may be a scratch set for checking */
    const char *file;
    char list[64];
    int line;
    int problems;
    bs_iocs_diag_fn diag;
    void *diag_arg;
} parse_ctx;

static const unsigned hash_bits[3] = {BS_HASH_MD5, BS_HASH_SHA1, BS_HASH_SHA256};
static const size_t hash_hex_len[3] = {32, 40, 64};
static const char *const hash_names[3] = {"md5", "sha1", "sha256"};

/* ---- small helpers ---- */

static void problem(parse_ctx *pc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void problem(parse_ctx *pc, const char *fmt, ...)
{
    char msg[BS_ERROR_MESSAGE_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    pc->problems++;
    if (pc->diag)
        pc->diag(pc->diag_arg, pc->file, pc->line, msg);
}

static char *trim(char *s)
{
    char *end;

    while (*s == ' ' || *s == '\t')
        s++;
    end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
        *--end = '\0';
    return s;
}

static bool grow(void **items, int *cap, int count, size_t size)
{
    void *p;
    int ncap;

    if (count < *cap)
        return true;
    ncap = *cap ? *cap * 2 : 16;
    p = realloc(*items, (size_t)ncap * size);
    if (!p)
        return false;
    *items = p;
    *cap = ncap;
    return true;
}

static ioc_role role_of(const char *path)
{
    const char *base = strrchr(path, '/');

    base = base ? base + 1 : path;
    if (strcasestr(base, "hash"))
        return ROLE_HASH;
    if (strcasestr(base, "filename"))
        return ROLE_FILENAME;
    if (strcasestr(base, "log"))
        return ROLE_LOG;
    return ROLE_NONE;
}

static void list_name(const char *path, char *out, size_t cap)
{
    const char *base = strrchr(path, '/');
    char *dot;

    snprintf(out, cap, "%s", base ? base + 1 : path);
    if ((dot = strrchr(out, '.')) && dot != out)
        *dot = '\0';
}

/* ---- patterns ---- */

static pcre2_code *compile_pattern(parse_ctx *pc, const char *regex)
{
    int code;
    PCRE2_SIZE offset;
    pcre2_code *re;

    if (!*regex) {
        problem(pc, "empty regular expression");
        return NULL;
    }
    re = pcre2_compile((PCRE2_SPTR)regex, PCRE2_ZERO_TERMINATED, 0, &code, &offset, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];

        pcre2_get_error_message(code, msg, sizeof(msg));
        problem(pc, "bad regular expression at offset %zu: %s", (size_t)offset, (char *)msg);
        return NULL;
    }
    /* JIT is an optimisation: where it is unavailable the interpreter runs. */
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

static bool add_pattern(parse_ctx *pc, pattern_list *pl, pcre2_code *re, const char *name,
                        const char *description, bs_severity sev)
{
    ioc_pattern *p;

    if (!grow((void **)&pl->items, &pl->cap, pl->count, sizeof(*pl->items))) {
        pcre2_code_free(re);
        problem(pc, "out of memory");
        return false;
    }
    p = &pl->items[pl->count];
    memset(p, 0, sizeof(*p));
    p->re = re;
    p->severity = sev;
    p->line = pc->line;
    p->name = name ? strdup(name) : NULL;
    p->description = description ? strdup(description) : NULL;
    p->list = strdup(pc->list);
    pl->count++;
    if ((name && !p->name) || (description && !p->description) || !p->list) {
        problem(pc, "out of memory");
        return false;
    }
    return true;
}

/* ---- one line per list type ---- */

static bool all_hex(const char *s)
{
    for (; *s; s++)
        if (!isxdigit((unsigned char)*s))
            return false;
    return true;
}

static void parse_hash_line(parse_ctx *pc, char *line)
{
    char *desc = strchr(line, ';'), *sev_text, *hex;
    bs_severity sev = BS_HASH_DEFAULT_SEVERITY;
    hash_list *hl;
    int algo = -1;
    size_t len;

    if (!desc) {
        problem(pc, "expected <md5|sha1|sha256>;<description>");
        return;
    }
    *desc++ = '\0';
    hex = trim(line);
    /* optional trailing ;<severity> */
    sev_text = strrchr(desc, ';');
    if (sev_text && bs_severity_parse(trim(sev_text + 1), &sev) == 0)
        *sev_text = '\0';
    else
        sev = BS_HASH_DEFAULT_SEVERITY;
    desc = trim(desc);
    len = strlen(hex);
    for (int i = 0; i < 3; i++)
        if (len == hash_hex_len[i])
            algo = i;
    if (algo < 0 || !all_hex(hex)) {
        problem(pc, "'%.80s' is not an md5, sha1 or sha256 in hex", hex);
        return;
    }
    if (!*desc) {
        problem(pc, "missing description after the hash");
        return;
    }
    hl = &pc->iocs->hashes[algo];
    if (!grow((void **)&hl->items, &hl->cap, hl->count, sizeof(*hl->items))) {
        problem(pc, "out of memory");
        return;
    }
    for (size_t i = 0; i <= len; i++)
        hl->items[hl->count].hex[i] = (char)tolower((unsigned char)hex[i]);
    hl->items[hl->count].description = strdup(desc);
    hl->items[hl->count].list = strdup(pc->list);
    hl->items[hl->count].severity = sev;
    hl->items[hl->count].line = pc->line;
    hl->count++;
}

/*
 * filenames.txt: the regex may itself hold ';', so the separator is the first
 * ";<severity>;" in the line.
 */
static void parse_filename_line(parse_ctx *pc, char *line)
{
    for (char *p = strchr(line, ';'); p; p = strchr(p + 1, ';')) {
        char *end = strchr(p + 1, ';'), word[16];
        size_t n = end ? (size_t)(end - p - 1) : 0;
        bs_severity sev;
        pcre2_code *re;
        char *desc;

        if (!end)
            break;
        if (n >= sizeof(word))
            continue;
        memcpy(word, p + 1, n);
        word[n] = '\0';
        if (bs_severity_parse(trim(word), &sev) != 0)
            continue;
        *p = '\0';
        desc = trim(end + 1);
        if (!*desc) {
            problem(pc, "missing description after the severity");
            return;
        }
        if ((re = compile_pattern(pc, trim(line))))
            add_pattern(pc, &pc->iocs->names, re, NULL, desc, sev);
        return;
    }
    problem(pc, "expected <regex>;<critical|high|medium|low|info>;<description>");
}

static bool valid_name(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '-' && *s != '.')
            return false;
    return true;
}

static void parse_log_line(parse_ctx *pc, char *line)
{
    char *sev_text = strchr(line, ';'), *regex, *name;
    bs_severity sev;
    pcre2_code *re;

    if (!sev_text || !(regex = strchr(sev_text + 1, ';'))) {
        problem(pc, "expected <name>;<severity>;<regex>");
        return;
    }
    *sev_text++ = '\0';
    *regex++ = '\0';
    name = trim(line);
    if (!valid_name(name)) {
        problem(pc, "bad pattern name '%.80s' (letters, digits, '_', '-', '.')", name);
        return;
    }
    if (bs_severity_parse(trim(sev_text), &sev) != 0) {
        problem(pc, "unknown severity '%.40s' (critical, high, medium, low, info)", trim(sev_text));
        return;
    }
    if ((re = compile_pattern(pc, trim(regex))))
        add_pattern(pc, &pc->iocs->logs, re, name, NULL, sev);
}

/* ---- files and directories ---- */

/* Every line of one list (pc->file names it) into pc->iocs. */
static void parse_stream(parse_ctx *pc, FILE *f, ioc_role role)
{
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;

    while ((n = getline(&buf, &cap, f)) >= 0) {
        char *line;

        pc->line++;
        if ((size_t)n > BS_IOC_LINE_MAX) {
            problem(pc, "line longer than %d bytes", BS_IOC_LINE_MAX);
            continue;
        }
        if (memchr(buf, '\0', (size_t)n)) {
            problem(pc, "NUL byte in line");
            continue;
        }
        line = trim(buf);
        if (!*line || *line == '#')
            continue;
        if (role == ROLE_HASH)
            parse_hash_line(pc, line);
        else if (role == ROLE_FILENAME)
            parse_filename_line(pc, line);
        else
            parse_log_line(pc, line);
    }
    if (ferror(f)) {
        pc->line = 0;
        problem(pc, "read error: %s", strerror(errno));
    }
    free(buf);
}

static void parse_file(parse_ctx *pc, const char *path, ioc_role role)
{
    FILE *f = fopen(path, "r");

    pc->file = path;
    pc->line = 0;
    list_name(path, pc->list, sizeof(pc->list));
    if (!f) {
        problem(pc, "cannot open: %s", strerror(errno));
        return;
    }
    parse_stream(pc, f, role);
    fclose(f);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A directory: every *.txt whose name tells its role, in name order. */
static void parse_dir(parse_ctx *pc, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    bs_strlist names = {0};

    if (!d) {
        pc->file = dir;
        pc->line = 0;
        problem(pc, "cannot open directory: %s", strerror(errno));
        return;
    }
    while ((de = readdir(d))) {
        size_t len = strlen(de->d_name);

        if (len > 4 && strcmp(de->d_name + len - 4, ".txt") == 0 &&
            role_of(de->d_name) != ROLE_NONE)
            bs_strlist_add(&names, de->d_name);
    }
    closedir(d);
    if (names.count > 1)
        qsort(names.items, (size_t)names.count, sizeof(char *), cmp_str);
    for (int i = 0; i < names.count; i++) {
        char path[PATH_MAX];

        snprintf(path, sizeof(path), "%s/%s", dir, names.items[i]);
        parse_file(pc, path, role_of(names.items[i]));
    }
    bs_strlist_release(&names);
}

static void parse_path(parse_ctx *pc, const char *path, bool missing_ok)
{
    struct stat sb;
    ioc_role role;

    if (stat(path, &sb) != 0) {
        if (missing_ok && errno == ENOENT)
            return;
        pc->file = path;
        pc->line = 0;
        problem(pc, "%s", strerror(errno));
        return;
    }
    if (S_ISDIR(sb.st_mode)) {
        parse_dir(pc, path);
        return;
    }
    if ((role = role_of(path)) == ROLE_NONE) {
        pc->file = path;
        pc->line = 0;
        problem(pc, "cannot tell the list type from the file name (name it *hash*, "
                    "*filename* or *log*)");
        return;
    }
    parse_file(pc, path, role);
}

static int cmp_hash(const void *a, const void *b)
{
    return strcmp(((const ioc_hash *)a)->hex, ((const ioc_hash *)b)->hex);
}

/* Parses every path (or the bundled iocs/ directory) into pc->iocs. */
static void parse_all(parse_ctx *pc, const bs_strlist *paths)
{
    if (!paths || paths->count == 0) {
        const char *rules = bs_rules_bundled_dir();
        char dir[PATH_MAX];

        if (rules) {
            snprintf(dir, sizeof(dir), "%s/iocs", rules);
            parse_path(pc, dir, true);
        }
    } else {
        for (int i = 0; i < paths->count; i++)
            parse_path(pc, paths->items[i], false);
    }
    for (int i = 0; i < 3; i++)
        if (pc->iocs->hashes[i].count > 1)
            qsort(pc->iocs->hashes[i].items, (size_t)pc->iocs->hashes[i].count,
                  sizeof(ioc_hash), cmp_hash);
}

/* First problem, kept for bs_iocs_load's error. */
typedef struct first_problem {
    char text[BS_ERROR_MESSAGE_MAX];
    bool set;
} first_problem;

static void keep_first(void *arg, const char *file, int line, const char *message)
{
    first_problem *fp = arg;

    if (fp->set)
        return;
    fp->set = true;
    if (line > 0)
        snprintf(fp->text, sizeof(fp->text), "%s:%d: %s", file, line, message);
    else
        snprintf(fp->text, sizeof(fp->text), "%s: %s", file, message);
}

bs_status bs_iocs_load(const bs_strlist *paths, bs_iocs **out, bs_error *err)
{
    first_problem fp = {.set = false};
    parse_ctx pc = {.diag = keep_first, .diag_arg = &fp};

    *out = NULL;
    if (!(pc.iocs = calloc(1, sizeof(bs_iocs)))) {
        bs_error_set(err, "ioc", "out of memory");
        return BS_FATAL;
    }
    parse_all(&pc, paths);
    if (pc.problems) {
        bs_error_set(err, "ioc", "%s", fp.text);
        bs_iocs_free(pc.iocs);
        return BS_FATAL;
    }
    *out = pc.iocs;
    return BS_OK;
}

bs_status bs_iocs_load_buffer(const char *name, const void *data, size_t len, bs_iocs **out,
                              bs_error *err)
{
    first_problem fp = {.set = false};
    parse_ctx pc = {.diag = keep_first, .diag_arg = &fp, .file = name};
    FILE *f;

    *out = NULL;
    pc.iocs = calloc(1, sizeof(bs_iocs));
    f = len ? fmemopen((void *)data, len, "r") : fopen("/dev/null", "r");
    if (!pc.iocs || !f) {
        if (f)
            fclose(f);
        free(pc.iocs);
        bs_error_set(err, "ioc", "out of memory");
        return BS_FATAL;
    }
    list_name(name, pc.list, sizeof(pc.list));
    parse_stream(&pc, f, role_of(name));
    fclose(f);
    for (int i = 0; i < 3; i++)
        if (pc.iocs->hashes[i].count > 1)
            qsort(pc.iocs->hashes[i].items, (size_t)pc.iocs->hashes[i].count, sizeof(ioc_hash),
                  cmp_hash);
    if (pc.problems) {
        bs_error_set(err, "ioc", "%s", fp.text);
        bs_iocs_free(pc.iocs);
        return BS_FATAL;
    }
    *out = pc.iocs;
    return BS_OK;
}

int bs_iocs_check(const bs_strlist *paths, bs_iocs_diag_fn diag, void *arg)
{
    parse_ctx pc = {.diag = diag, .diag_arg = arg};
    int problems;

    if (!(pc.iocs = calloc(1, sizeof(bs_iocs)))) {
        if (diag)
            diag(arg, "iocs", 0, "out of memory");
        return 1;
    }
    parse_all(&pc, paths);
    problems = pc.problems;
    bs_iocs_free(pc.iocs);
    return problems;
}

static void free_patterns(pattern_list *pl)
{
    for (int i = 0; i < pl->count; i++) {
        pcre2_code_free(pl->items[i].re);
        free(pl->items[i].name);
        free(pl->items[i].description);
        free(pl->items[i].list);
    }
    free(pl->items);
}

void bs_iocs_free(bs_iocs *iocs)
{
    if (!iocs)
        return;
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < iocs->hashes[i].count; j++) {
            free(iocs->hashes[i].items[j].description);
            free(iocs->hashes[i].items[j].list);
        }
        free(iocs->hashes[i].items);
    }
    free_patterns(&iocs->names);
    free_patterns(&iocs->logs);
    free(iocs);
}

unsigned bs_iocs_hash_algos(const bs_iocs *iocs)
{
    unsigned bits = 0;

    if (!iocs)
        return 0;
    for (int i = 0; i < 3; i++)
        if (iocs->hashes[i].count)
            bits |= hash_bits[i];
    return bits;
}

void bs_iocs_counts(const bs_iocs *iocs, int *hashes, int *filenames, int *logs)
{
    *hashes = *filenames = *logs = 0;
    if (!iocs)
        return;
    for (int i = 0; i < 3; i++)
        *hashes += iocs->hashes[i].count;
    *filenames = iocs->names.count;
    *logs = iocs->logs.count;
}

/* ---- matching ---- */

static bool regex_hit(const pcre2_code *re, const char *s, size_t len, pcre2_match_data *md)
{
    if (!s)
        return false;
    return pcre2_match(re, (PCRE2_SPTR)s, len, 0, 0, md, NULL) >= 0;
}

/* Per-worker matching scratch: PCRE2 match data and the normalised subjects. */
struct bs_ioc_scratch {
    pcre2_match_data *md;
    bs_buf path, location;
};

bs_ioc_scratch *bs_ioc_scratch_new(void)
{
    bs_ioc_scratch *sc = calloc(1, sizeof(*sc));

    if (sc && !(sc->md = pcre2_match_data_create(1, NULL))) {
        free(sc);
        sc = NULL;
    }
    if (sc) {
        sc->path.max = sc->location.max = BS_IOC_SUBJECT_MAX;
    }
    return sc;
}

void bs_ioc_scratch_free(bs_ioc_scratch *sc)
{
    if (!sc)
        return;
    pcre2_match_data_free(sc->md);
    bs_buf_release(&sc->path);
    bs_buf_release(&sc->location);
    free(sc);
}

/*
 * A rule name that names the indicator and stays the same when lines are
 * added to the list: a prefix and the description as an identifier
 * ("IOC_Filename_Server_side_script_in_a_static_asset_folder").
 */
static void ioc_rule_name(const char *prefix, const char *description, char *out, size_t cap)
{
    size_t n = (size_t)snprintf(out, cap, "%s", prefix);
    bool sep = true;

    for (const char *p = description; *p && n + 2 < cap && n < BS_IOC_RULE_NAME_MAX; p++) {
        if (isalnum((unsigned char)*p)) {
            out[n++] = *p;
            sep = false;
        } else if (!sep && *p != '(') {
            out[n++] = '_';
            sep = true;
        } else if (*p == '(') {
            break; /* "(md5 ...)" and other parentheticals are detail, not name */
        }
    }
    while (n > 0 && out[n - 1] == '_')
        n--;
    out[n] = '\0';
}

static bs_status add_ioc_finding(bs_finding_list *out, const bs_object *obj, const char *source,
                                 const char *prefix, const char *list, int line,
                                 const char *description, bs_severity sev)
{
    char rule[BS_IOC_RULE_NAME_MAX + 32], ref[160];
    bs_finding *f;

    ioc_rule_name(prefix, description, rule, sizeof(rule));
    snprintf(ref, sizeof(ref), "iocs/%s.txt:%d", list, line);
    if (!(f = bs_finding_new(source, rule, sev, obj)))
        return BS_FAILED;
    f->namespace_ = strdup(list);
    f->description = strdup(description);
    bs_strlist_add(&f->references, ref);
    bs_strlist_add(&f->tags, "ioc");
    if (!f->namespace_ || !f->description || bs_finding_list_add(out, f) != 0) {
        bs_finding_free(f);
        return BS_FAILED;
    }
    return BS_OK;
}

static bs_status match_hashes(const bs_iocs *iocs, const bs_object *obj, const bs_hashes *hashes,
                              bs_finding_list *out)
{
    const char *have[3] = {hashes->md5, hashes->sha1, hashes->sha256};
    bs_status st = BS_OK;

    for (int i = 0; i < 3; i++) {
        const hash_list *hl = &iocs->hashes[i];
        ioc_hash key;
        const ioc_hash *hit;

        if (!hl->count || !have[i][0])
            continue;
        snprintf(key.hex, sizeof(key.hex), "%s", have[i]);
        hit = bsearch(&key, hl->items, (size_t)hl->count, sizeof(ioc_hash), cmp_hash);
        if (hit) {
            char desc[BS_ERROR_MESSAGE_MAX];

            snprintf(desc, sizeof(desc), "%s (%s %s)", hit->description, hash_names[i], hit->hex);
            if (add_ioc_finding(out, obj, "hash", "IOC_Hash_", hit->list, hit->line, desc,
                                hit->severity) != BS_OK)
                st = BS_FAILED;
        }
    }
    return st;
}

/*
 * The subjects a file-name pattern sees, the same wherever the file lies:
 * the inner path with a leading '/' ("images/x.jsp" in a war is
 * "/images/x.jsp", as in a directory), and the location with every
 * container boundary '!' followed by '/' ("app.war!/images/x.jsp").
 */
static bool make_subjects(bs_ioc_scratch *sc, const bs_object *obj)
{
    const char *path = obj->path ? obj->path : "", *loc = obj->location ? obj->location : "";

    bs_buf_reset(&sc->path);
    bs_buf_reset(&sc->location);
    if (path[0] != '/' && bs_buf_append(&sc->path, "/", 1) != BS_GROW_OK)
        return false;
    if (bs_buf_append(&sc->path, path, strlen(path)) != BS_GROW_OK)
        return false;
    for (const char *p = loc; *p; p++) {
        if (bs_buf_append(&sc->location, p, 1) != BS_GROW_OK)
            return false;
        if (*p == '!' && p[1] != '/' && bs_buf_append(&sc->location, "/", 1) != BS_GROW_OK)
            return false;
    }
    return true;
}

bs_status bs_iocs_match_object(const bs_iocs *iocs, const bs_object *obj, const bs_hashes *hashes,
                               bs_ioc_scratch *sc, bs_finding_list *out, bs_error *err)
{
    bs_status st = BS_OK;

    if (!iocs || !obj)
        return BS_OK;
    if (hashes)
        st = match_hashes(iocs, obj, hashes, out);
    if (!iocs->names.count)
        goto out;
    if (!make_subjects(sc, obj)) {
        bs_error_set(err, "ioc", "path longer than %d bytes: file-name IOCs not applied",
                     BS_IOC_SUBJECT_MAX);
        return BS_FAILED;
    }
    for (int i = 0; i < iocs->names.count; i++) {
        const ioc_pattern *p = &iocs->names.items[i];

        if ((regex_hit(p->re, (const char *)sc->path.data, sc->path.len, sc->md) ||
             regex_hit(p->re, (const char *)sc->location.data, sc->location.len, sc->md)) &&
            add_ioc_finding(out, obj, "filename", "IOC_Filename_", p->list, p->line,
                            p->description, p->severity) != BS_OK)
            st = BS_FAILED;
    }
out:
    if (st != BS_OK)
        bs_error_set(err, "ioc", "out of memory while recording IOC findings");
    return st;
}

int bs_iocs_log_pattern_count(const bs_iocs *iocs)
{
    return iocs ? iocs->logs.count : 0;
}

bool bs_iocs_log_pattern_match(const bs_iocs *iocs, int i, const char *request, size_t len,
                               bs_ioc_scratch *sc, const char **name, bs_severity *severity)
{
    bool hit;

    if (!iocs || i < 0 || i >= iocs->logs.count || !request || !sc)
        return false;
    hit = regex_hit(iocs->logs.items[i].re, request, len, sc->md);
    if (hit) {
        if (name)
            *name = iocs->logs.items[i].name;
        if (severity)
            *severity = iocs->logs.items[i].severity;
    }
    return hit;
}
