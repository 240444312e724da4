/*
 * output.c - atomic report output (see output.h).  A reader never sees a
 * half-written report: the file appears complete under its name or not at all.
 * Also the check of -o made before a scan starts (bs_output_check): a scan's
 * work is never lost to a missing directory, and the report never replaces
 * or lands inside the evidence.
 */
#include "scanner/output.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report/writer.h"

static bs_status write_atomically(const bs_writer *w, const struct cJSON *doc, const char *path,
                                  bs_error *err)
{
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    FILE *f = NULL;
    bs_status st;
    int fd;

    if (!tmp) {
        bs_error_set(err, "output", "out of memory");
        return BS_FATAL;
    }
    snprintf(tmp, n, "%s.tmp.XXXXXX", path);
    fd = mkstemp(tmp);
    if (fd < 0 || !(f = fdopen(fd, "w"))) {
        bs_error_set(err, "output", "%s: %s", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(tmp);
        }
        free(tmp);
        return BS_FATAL;
    }
    fchmod(fd, 0644);
    st = w->write(doc, f, err);
    if (st == BS_OK && (fflush(f) != 0 || fsync(fd) != 0)) {
        bs_error_set(err, "output", "%s: %s", path, strerror(errno));
        st = BS_FATAL;
    }
    if (fclose(f) != 0 && st == BS_OK) {
        bs_error_set(err, "output", "%s: %s", path, strerror(errno));
        st = BS_FATAL;
    }
    if (st == BS_OK && rename(tmp, path) != 0) {
        bs_error_set(err, "output", "%s: %s", path, strerror(errno));
        st = BS_FATAL;
    }
    if (st != BS_OK)
        unlink(tmp);
    free(tmp);
    return st;
}

/*
 * An existing non-regular file (/dev/null, a FIFO, /dev/stdout) is written in
 * place: renaming a temporary file over it would replace the device node.
 */
static bs_status write_in_place(const bs_writer *w, const struct cJSON *doc, const char *path,
                                bs_error *err)
{
    FILE *f = fopen(path, "w");
    bs_status st;

    if (!f) {
        bs_error_set(err, "output", "%s: %s", path, strerror(errno));
        return BS_FATAL;
    }
    st = w->write(doc, f, err);
    if (fclose(f) != 0 && st == BS_OK) {
        bs_error_set(err, "output", "%s: %s", path, strerror(errno));
        st = BS_FATAL;
    }
    return st;
}

bs_status bs_output_write(const struct cJSON *doc, const char *format, const char *path,
                          bs_error *err)
{
    struct stat sb;

    const bs_writer *w = bs_writer_find(format ? format : "json");

    if (!w) {
        bs_error_set(err, "usage", "unknown format '%s' (one of: %s)", format,
                     bs_writer_names());
        return BS_FATAL;
    }
    if (!path || strcmp(path, "-") == 0) {
        bs_status st = w->write(doc, stdout, err);

        if (st == BS_OK && fflush(stdout) != 0) {
            bs_error_set(err, "output", "stdout: %s", strerror(errno));
            st = BS_FATAL;
        }
        return st;
    }
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
        return write_in_place(w, doc, path, err);
    return write_atomically(w, doc, path, err);
}

/* The absolute, resolved name path will have: realpath of its directory + its base name. */
static char *resolve_output(const char *path, bs_error *err)
{
    char *dcopy = strdup(path), *bcopy = strdup(path), *dir_real = NULL, *out = NULL;
    const char *dir, *base;
    struct stat sb;

    if (!dcopy || !bcopy) {
        bs_error_set(err, "output", "out of memory");
        goto out;
    }
    dir = dirname(dcopy);
    base = basename(bcopy);
    if (stat(dir, &sb) != 0) {
        bs_error_set(err, "output", "-o %s: directory %s: %s", path, dir, strerror(errno));
        goto out;
    }
    if (!S_ISDIR(sb.st_mode)) {
        bs_error_set(err, "output", "-o %s: %s is not a directory", path, dir);
        goto out;
    }
    if (access(dir, W_OK | X_OK) != 0) {
        bs_error_set(err, "output", "-o %s: directory %s is not writable: %s", path, dir,
                     strerror(errno));
        goto out;
    }
    dir_real = realpath(dir, NULL);
    if (!dir_real || asprintf(&out, "%s/%s", strcmp(dir_real, "/") == 0 ? "" : dir_real, base) < 0) {
        bs_error_set(err, "output", "-o %s: %s", path, strerror(errno));
        out = NULL;
    }
out:
    free(dcopy);
    free(bcopy);
    free(dir_real);
    return out;
}

/* Is the output (resolved name out, stat os when it exists) target t or inside it? */
static bool touches_target(const char *out, const struct stat *os, const char *target,
                           bool *inside)
{
    char *real = realpath(target, NULL);
    struct stat ts;
    bool hit = false;
    size_t n;

    *inside = false;
    if (!real || stat(real, &ts) != 0) {
        free(real);
        return false; /* a missing target is reported by the scan */
    }
    if (os && os->st_dev == ts.st_dev && os->st_ino == ts.st_ino)
        hit = true; /* the same file, also through a hard link */
    else if (strcmp(real, out) == 0)
        hit = true;
    else if (S_ISDIR(ts.st_mode)) {
        n = strlen(real);
        if (n == 1 || (strncmp(out, real, n) == 0 && out[n] == '/'))
            hit = *inside = true;
    }
    free(real);
    return hit;
}

bs_status bs_output_check(const char *path, char *const *targets, int ntargets, bs_error *err)
{
    struct stat sb;
    bool exists, inside;
    char *out;

    if (!path || strcmp(path, "-") == 0)
        return BS_OK;
    exists = stat(path, &sb) == 0;
    if (exists && S_ISDIR(sb.st_mode)) {
        bs_error_set(err, "output", "-o %s: is a directory; name a report file", path);
        return BS_FATAL;
    }
    out = resolve_output(path, err);
    if (!out)
        return BS_FATAL;
    for (int i = 0; i < ntargets; i++) {
        if (!touches_target(out, exists ? &sb : NULL, targets[i], &inside))
            continue;
        if (inside)
            bs_error_set(err, "output",
                         "-o %s lies inside the target directory %s: the report would be "
                         "written into the evidence; write it elsewhere",
                         path, targets[i]);
        else
            bs_error_set(err, "output",
                         "-o %s is the target %s: the report would replace the evidence; "
                         "write it elsewhere",
                         path, targets[i]);
        free(out);
        return BS_FATAL;
    }
    free(out);
    return BS_OK; /* an existing device or FIFO is then written in place */
}
