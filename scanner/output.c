/*
 * output.c - atomic report output (see output.h).  A reader never sees a
 * half-written report: the file appears complete under its name or not at all.
 */
#include "scanner/output.h"

#include <errno.h>
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
