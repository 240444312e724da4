/*
 * allow.c - allow lists (allow.h): the strict line parser, the entry store
 * and the match of a finding against the entries; also the object path
 * inside a target and the finding fingerprint that globs, --baseline and
 * the SARIF writer share.  Line format: docs/SUPPRESSIONS.md.
 */
#include "report/allow.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/fileio.h"
#include "core/hash.h"
#include "core/limits.h"
#include "core/vec.h"

#define FIELDS_MAX 3 /* kind + at most two arguments */

typedef struct allow_file {
    char *name, *scope;
    bool automatic;
    int entries;
} allow_file;

struct bs_allow {
    bs_allow_entry *entries;
    size_t count, cap;
    allow_file *files;
    size_t n_files, cap_files;
};

bs_allow *bs_allow_new(void)
{
    return calloc(1, sizeof(bs_allow));
}

void bs_allow_free(bs_allow *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->count; i++) {
        free(a->entries[i].value);
        free(a->entries[i].glob);
        free(a->entries[i].reason);
    }
    for (size_t i = 0; i < a->n_files; i++) {
        free(a->files[i].name);
        free(a->files[i].scope);
    }
    free(a->entries);
    free(a->files);
    free(a);
}

/* ---- parsing ---- */

/* One line split: up to FIELDS_MAX words before " -- ", and the reason. */
typedef struct allow_line {
    char *field[FIELDS_MAX];
    int n_fields;
    char *reason;
} allow_line;

static char *trim(char *s)
{
    char *end;

    while (*s == ' ' || *s == '\t')
        s++;
    end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
        *--end = '\0';
    return s;
}

/* Splits line (modified in place); the message of what is wrong, or NULL. */
static const char *split_line(char *line, allow_line *out)
{
    char *sep = NULL, *p, *save = NULL;

    memset(out, 0, sizeof(*out));
    for (p = line; (p = strstr(p, "--")) != NULL; p += 2)
        if ((p == line || p[-1] == ' ' || p[-1] == '\t') &&
            (p[2] == '\0' || p[2] == ' ' || p[2] == '\t')) {
            sep = p;
            break;
        }
    if (!sep)
        return "no reason: end the entry with \" -- REASON\"";
    *sep = '\0';
    out->reason = trim(sep + 2);
    if (!out->reason[0])
        return "empty reason after \"--\"";
    for (p = strtok_r(line, " \t", &save); p; p = strtok_r(NULL, " \t", &save)) {
        if (out->n_fields == FIELDS_MAX)
            return "too many fields before \"--\"";
        out->field[out->n_fields++] = p;
    }
    if (out->n_fields == 0)
        return "no entry before \"--\"";
    return NULL;
}

static bool is_sha256(char *s)
{
    size_t n = strlen(s);

    if (n != 64)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!isxdigit((unsigned char)s[i]))
            return false;
        s[i] = (char)tolower((unsigned char)s[i]);
    }
    return true;
}

/* Checks the fields of a split line and fills e (no copies yet); message or NULL. */
static const char *check_entry(const allow_line *l, bs_allow_entry *e)
{
    const char *kind = l->field[0];

    memset(e, 0, sizeof(*e));
    if (strcmp(kind, "sha256") == 0) {
        e->kind = BS_ALLOW_SHA256;
        if (l->n_fields != 2 || !is_sha256(l->field[1]))
            return "sha256 entries take one sha256 (64 hex digits): sha256 HEX -- REASON";
    } else if (strcmp(kind, "path") == 0) {
        e->kind = BS_ALLOW_PATH;
        if (l->n_fields != 2)
            return "path entries take one glob (no spaces; [ ] matches one): path GLOB -- REASON";
    } else if (strcmp(kind, "rule") == 0) {
        e->kind = BS_ALLOW_RULE;
        if (l->n_fields < 2)
            return "rule entries take a rule name: rule NAME [GLOB] -- REASON";
        e->glob = l->n_fields == 3 ? l->field[2] : NULL;
    } else {
        return "unknown entry kind (sha256, path or rule)";
    }
    e->value = l->field[1];
    return NULL;
}

static bs_status add_entry(bs_allow *a, const bs_allow_entry *tmpl, const char *reason,
                           bs_error *err)
{
    bs_allow_entry *e;
    int g = bs_grow(&a->entries, &a->cap, a->count, sizeof(*a->entries), BS_ALLOW_ENTRIES_MAX);

    if (g != BS_GROW_OK) {
        bs_error_set(err, "allow",
                     g == BS_GROW_LIMIT ? "more than %d allow entries" : "out of memory (%d)",
                     BS_ALLOW_ENTRIES_MAX);
        return BS_FATAL;
    }
    e = &a->entries[a->count];
    *e = *tmpl;
    e->value = strdup(tmpl->value);
    e->glob = tmpl->glob ? strdup(tmpl->glob) : NULL;
    e->reason = strdup(reason);
    if (!e->value || (tmpl->glob && !e->glob) || !e->reason) {
        free(e->value), free(e->glob), free(e->reason);
        bs_error_set(err, "allow", "out of memory");
        return BS_FATAL;
    }
    a->count++;
    a->files[e->file].entries++;
    return BS_OK;
}

static bs_status add_file(bs_allow *a, const char *name, const char *scope, bool automatic,
                          bs_error *err)
{
    allow_file *f;

    if (bs_grow(&a->files, &a->cap_files, a->n_files, sizeof(*a->files), 0) != BS_GROW_OK)
        goto nomem;
    f = &a->files[a->n_files];
    memset(f, 0, sizeof(*f));
    f->automatic = automatic;
    f->name = strdup(name ? name : "-");
    f->scope = scope ? strdup(scope) : NULL;
    if (!f->name || (scope && !f->scope)) {
        free(f->name), free(f->scope);
        goto nomem;
    }
    a->n_files++;
    return BS_OK;
nomem:
    bs_error_set(err, "allow", "out of memory");
    return BS_FATAL;
}

/* One line (NUL-terminated copy, modified): BS_OK also for blank and comment lines. */
static bs_status parse_line(bs_allow *a, char *line, int lineno, const char *name, bs_error *err)
{
    allow_line l;
    bs_allow_entry e;
    const char *why;
    char *s = trim(line);

    if (!s[0] || s[0] == '#')
        return BS_OK;
    if ((why = split_line(s, &l)) || (why = check_entry(&l, &e))) {
        bs_error_set(err, "allow", "%s:%d: %s", name, lineno, why);
        return BS_FAILED;
    }
    e.file = (int)a->n_files - 1;
    e.line = lineno;
    return add_entry(a, &e, l.reason, err);
}

bs_status bs_allow_parse(bs_allow *a, const char *text, size_t len, const char *name,
                         const char *scope, bool automatic, bs_error *err)
{
    char line[BS_ALLOW_LINE_MAX + 1];
    size_t start = 0;
    int lineno = 0;
    bs_status st;

    name = name ? name : "-";
    if ((st = add_file(a, name, scope, automatic, err)) != BS_OK)
        return st;
    while (start < len) {
        const char *nl = memchr(text + start, '\n', len - start);
        size_t end = nl ? (size_t)(nl - text) : len, n = end - start;

        lineno++;
        if (n && text[end - 1] == '\r')
            n--;
        if (n > BS_ALLOW_LINE_MAX) {
            bs_error_set(err, "allow", "%s:%d: line longer than %d bytes", name, lineno,
                         BS_ALLOW_LINE_MAX);
            return BS_FAILED;
        }
        if (memchr(text + start, '\0', n)) {
            bs_error_set(err, "allow", "%s:%d: NUL byte (not a text file?)", name, lineno);
            return BS_FAILED;
        }
        memcpy(line, text + start, n);
        line[n] = '\0';
        if ((st = parse_line(a, line, lineno, name, err)) != BS_OK)
            return st;
        start = end + 1;
    }
    return BS_OK;
}

bs_status bs_allow_load(bs_allow *a, const char *path, const char *scope, bool automatic,
                        bs_error *err)
{
    int fd = bs_open_readonly(path);
    uint8_t *data = NULL;
    size_t len = 0;
    bs_status st;
    bs_error why;

    if (fd < 0) {
        bs_error_set(err, "allow", "%s: %s", path, strerror(errno));
        return BS_FAILED;
    }
    st = bs_read_all(fd, 0, BS_ALLOW_FILE_MAX, &data, &len, &why);
    close(fd);
    if (st != BS_OK) {
        bs_error_set(err, "allow", "%s: %s", path, why.message);
        free(data);
        return BS_FAILED;
    }
    st = bs_allow_parse(a, (const char *)data, len, path, scope, automatic, err);
    free(data);
    return st;
}

bs_status bs_allow_note_file(bs_allow *a, const char *name, const char *scope, bool automatic,
                             int entries, bs_error *err)
{
    bs_status st = add_file(a, name, scope, automatic, err);

    if (st == BS_OK)
        a->files[a->n_files - 1].entries = entries;
    return st;
}

/* ---- accessors ---- */

int bs_allow_count(const bs_allow *a)
{
    return a ? (int)a->count : 0;
}

const bs_allow_entry *bs_allow_entry_at(const bs_allow *a, int i)
{
    return a && i >= 0 && (size_t)i < a->count ? &a->entries[i] : NULL;
}

int bs_allow_file_count(const bs_allow *a)
{
    return a ? (int)a->n_files : 0;
}

static const allow_file *file_at(const bs_allow *a, int file)
{
    return a && file >= 0 && (size_t)file < a->n_files ? &a->files[file] : NULL;
}

const char *bs_allow_file_name(const bs_allow *a, int file)
{
    return file_at(a, file) ? file_at(a, file)->name : NULL;
}

const char *bs_allow_file_scope(const bs_allow *a, int file)
{
    return file_at(a, file) ? file_at(a, file)->scope : NULL;
}

bool bs_allow_file_automatic(const bs_allow *a, int file)
{
    return file_at(a, file) && file_at(a, file)->automatic;
}

int bs_allow_file_entries(const bs_allow *a, int file)
{
    return file_at(a, file) ? file_at(a, file)->entries : 0;
}

/* ---- matching ---- */

const char *bs_location_in_target(const char *location, const char *target_path)
{
    size_t tl = target_path ? strlen(target_path) : 0;

    if (!location)
        return "";
    if (tl && strncmp(location, target_path, tl) == 0)
        location += tl;
    if (*location == '/')
        location++;
    return location;
}

/* The glob against the path inside the target; a glob without '/' also against the base name. */
static bool glob_match(const char *glob, const char *rel)
{
    const char *base = rel;

    if (fnmatch(glob, rel, 0) == 0)
        return true;
    if (strchr(glob, '/'))
        return false;
    for (const char *p = rel; *p; p++)
        if (*p == '/' || *p == '!' || *p == ':')
            base = p + 1;
    return fnmatch(glob, base, 0) == 0;
}

const bs_allow_entry *bs_allow_match(const bs_allow *a, const char *rule, const char *sha256,
                                     const char *target_path, const char *location)
{
    const char *rel = bs_location_in_target(location, target_path);

    for (size_t i = 0; a && i < a->count; i++) {
        const bs_allow_entry *e = &a->entries[i];
        const char *scope = a->files[e->file].scope;
        bool hit = false;

        if (scope && (!target_path || strcmp(scope, target_path) != 0))
            continue;
        switch (e->kind) {
        case BS_ALLOW_SHA256:
            hit = sha256 && strcmp(e->value, sha256) == 0;
            break;
        case BS_ALLOW_PATH:
            hit = location && glob_match(e->value, rel);
            break;
        case BS_ALLOW_RULE:
            hit = rule && strcmp(e->value, rule) == 0 &&
                  (!e->glob || (location && glob_match(e->glob, rel)));
            break;
        }
        if (hit)
            return e;
    }
    return NULL;
}

void bs_fingerprint(const char *rule, const char *source, const char *location,
                    const char *target_path, const char *sha256, char out[65])
{
    const char *rel = bs_location_in_target(location, target_path);
    const char *parts[4] = {rule ? rule : "", source ? source : "", rel, sha256 ? sha256 : ""};
    size_t len = 0, at = 0;
    char *key;
    bs_hashes h;

    for (int i = 0; i < 4; i++)
        len += strlen(parts[i]) + 1;
    out[0] = '\0';
    if (!(key = malloc(len)))
        return;
    for (int i = 0; i < 4; i++) { /* NUL-separated: no two field splits give one key */
        size_t n = strlen(parts[i]) + 1;

        memcpy(key + at, parts[i], n);
        at += n;
    }
    bs_hash_buffer(key, len, BS_HASH_SHA256, &h);
    memcpy(out, h.sha256, 65);
    free(key);
}
