/*
 * suppressions.c - `scan --allow FILE`, the automatic .breachscan-allow at a
 * directory target's root and `scan --baseline REPORT`, loaded into the
 * report model before the scan (suppressions.h).  The model applies them at
 * finish (report/suppress.c).
 */
#include "scanner/suppressions.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/fileio.h"
#include "report/allow.h"
#include "report/json_read.h"

/* <dir>/.breachscan-allow of each directory target, when there is one. */
static bs_status load_automatic(bs_allow *a, char *const *targets, int ntargets, bs_error *err)
{
    for (int i = 0; i < ntargets; i++) {
        struct stat st;
        size_t n = strlen(targets[i]);
        bool slash = n && targets[i][n - 1] == '/';
        char *path;
        bs_status s;

        if (stat(targets[i], &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        if (!(path = malloc(n + sizeof(BS_ALLOW_AUTO_NAME) + 1))) {
            bs_error_set(err, "allow", "out of memory");
            return BS_FAILED;
        }
        snprintf(path, n + sizeof(BS_ALLOW_AUTO_NAME) + 1, "%s%s%s", targets[i], slash ? "" : "/",
                 BS_ALLOW_AUTO_NAME);
        if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            free(path);
            continue; /* none (a symlink there is not followed: it is evidence) */
        }
        s = bs_allow_load(a, path, targets[i], true, err);
        free(path);
        if (s != BS_OK)
            return BS_FAILED;
    }
    return BS_OK;
}

/* The --baseline report read back into a model (report/json_read.c), finished. */
static bs_report *read_baseline(const char *path, bs_error *err)
{
    int fd = bs_open_readonly(path);
    uint8_t *data = NULL;
    size_t len = 0;
    bs_report *base;
    bs_status st;

    if (fd < 0) {
        bs_error_set(err, "baseline", "%s: %s", path, strerror(errno));
        return NULL;
    }
    st = bs_read_all(fd, 1 << 20, BS_REPORT_READ_MAX, &data, &len, err);
    close(fd);
    if (st != BS_OK || !(base = bs_report_new())) {
        free(data);
        if (st == BS_OK)
            bs_error_set(err, "baseline", "out of memory");
        return NULL;
    }
    st = bs_report_read(base, (const char *)data, len, path, err);
    free(data);
    if (st != BS_OK) {
        bs_report_free(base);
        return NULL;
    }
    bs_report_finish(base);
    return base;
}

static bs_status load_baseline(const char *path, bs_report *r, bs_error *err)
{
    bs_report *base = read_baseline(path, err);
    int rc;

    if (!base) {
        char msg[BS_ERROR_MESSAGE_MAX];

        snprintf(msg, sizeof(msg), "%s", err->message);
        bs_error_set(err, "baseline", "--baseline: %s", msg);
        return BS_FAILED;
    }
    rc = bs_report_set_baseline(r, base, path);
    bs_report_free(base);
    if (rc != 0) {
        bs_error_set(err, "baseline", "--baseline: out of memory");
        return BS_FAILED;
    }
    return BS_OK;
}

bs_status bs_suppressions_setup(const bs_config *cfg, char *const *targets, int ntargets,
                                bs_report *r, bs_error *err)
{
    bs_allow *a = bs_allow_new();

    if (!a) {
        bs_error_set(err, "allow", "out of memory");
        return BS_FAILED;
    }
    for (int i = 0; i < cfg->allow_paths.count; i++)
        if (bs_allow_load(a, cfg->allow_paths.items[i], NULL, false, err) != BS_OK) {
            bs_allow_free(a);
            return BS_FAILED;
        }
    if (!cfg->no_auto_allow && load_automatic(a, targets, ntargets, err) != BS_OK) {
        bs_allow_free(a);
        return BS_FAILED;
    }
    bs_report_set_allow(r, a);
    return cfg->baseline ? load_baseline(cfg->baseline, r, err) : BS_OK;
}
