/*
 * rules_cache.c - compiled cache of the bundled rule set.
 *
 * Entry: <cache dir>/breachscan/<sha256>-yara<YR_VERSION>.yarc, where the
 * cache dir is $XDG_CACHE_HOME, else $HOME/.cache.  The libyara version is
 * part of the name because compiled rules only load into the library that
 * wrote them.  Writes go to a temp file in the same directory, then rename(),
 * so a reader never sees half a file.  Any failure (no HOME, read-only disk,
 * corrupt or foreign file) is a cache miss: the caller compiles.  Setting
 * BREACHSCAN_NO_CACHE=1 turns the cache off.
 */
#include "matchers/rules_cache.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BS_CACHE_SUBDIR "breachscan"

static bool cache_disabled(void)
{
    const char *v = getenv("BREACHSCAN_NO_CACHE");

    return v && *v && strcmp(v, "0") != 0;
}

static bool valid_key(const char *sha256)
{
    size_t n = 0;

    if (!sha256)
        return false;
    for (; sha256[n]; n++)
        if (!((sha256[n] >= '0' && sha256[n] <= '9') || (sha256[n] >= 'a' && sha256[n] <= 'f')))
            return false;
    return n == 64;
}

/* <cache>/breachscan into dir; false when there is no usable base. */
static bool cache_dir(char *dir, size_t cap)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    int n;

    if (xdg && xdg[0] == '/')
        n = snprintf(dir, cap, "%s/%s", xdg, BS_CACHE_SUBDIR);
    else if (home && home[0] == '/')
        n = snprintf(dir, cap, "%s/.cache/%s", home, BS_CACHE_SUBDIR);
    else
        return false;
    return n > 0 && (size_t)n < cap;
}

static bool entry_path(const char *sha256, char *path, size_t cap)
{
    char dir[PATH_MAX];
    int n;

    if (cache_disabled() || !valid_key(sha256) || !cache_dir(dir, sizeof(dir)))
        return false;
    n = snprintf(path, cap, "%s/%s-yara%s.yarc", dir, sha256, YR_VERSION);
    return n > 0 && (size_t)n < cap;
}

/* mkdir -p for the cache directory (two levels at most below an existing base). */
static bool make_dirs(const char *dir)
{
    char tmp[PATH_MAX];

    snprintf(tmp, sizeof(tmp), "%s", dir);
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(tmp, 0700) != 0 && errno != EEXIST)
            return false;
        *p = '/';
    }
    return mkdir(tmp, 0700) == 0 || errno == EEXIST;
}

/*
 * Compiled rules are code-like input to libyara: load only an entry that
 * this user wrote, in a directory nobody else may write (a root scan run
 * with a user's $HOME must not load a file that user planted).
 */
static bool trusted(const char *path)
{
    char dir[PATH_MAX];
    struct stat sb;

    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_uid != geteuid() ||
        (sb.st_mode & (S_IWGRP | S_IWOTH)))
        return false;
    if (!cache_dir(dir, sizeof(dir)) || stat(dir, &sb) != 0)
        return false;
    return sb.st_uid == geteuid() && !(sb.st_mode & (S_IWGRP | S_IWOTH));
}

YR_RULES *bs_rules_cache_load(const char *sha256)
{
    char path[PATH_MAX];
    YR_RULES *rules = NULL;

    if (!entry_path(sha256, path, sizeof(path)) || access(path, R_OK) != 0 || !trusted(path))
        return NULL;
    if (yr_rules_load(path, &rules) != ERROR_SUCCESS)
        return NULL; /* corrupt or foreign: store() will replace it */
    return rules;
}

void bs_rules_cache_store(const char *sha256, YR_RULES *rules)
{
    char path[PATH_MAX], dir[PATH_MAX], tmp[PATH_MAX + 16];
    int fd;

    if (!rules || !entry_path(sha256, path, sizeof(path)) || !cache_dir(dir, sizeof(dir)))
        return;
    if (!make_dirs(dir))
        return;
    snprintf(tmp, sizeof(tmp), "%s.XXXXXX", path);
    if ((fd = mkstemp(tmp)) < 0)
        return;
    close(fd);
    if (yr_rules_save(rules, tmp) != ERROR_SUCCESS || rename(tmp, path) != 0)
        unlink(tmp);
}
