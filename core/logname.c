/*
 * logname.c - log files recognised by name (logname.h).
 */
#include "core/logname.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

static bool has_prefix(const char *s, const char *p)
{
    return strncasecmp(s, p, strlen(p)) == 0;
}

static bool has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);

    return n >= m && strcasecmp(s + n - m, suf) == 0;
}

static bool contains(const char *s, const char *needle)
{
    return strcasestr(s, needle) != NULL;
}

/* True when a directory of path is named logs or log. */
static bool under_logs_dir(const char *path, const char *base)
{
    for (const char *p = path; p < base; p++) {
        if (p != path && p[-1] != '/' && p[-1] != '\\')
            continue;
        if ((has_prefix(p, "logs") && (p[4] == '/' || p[4] == '\\')) ||
            (has_prefix(p, "log") && (p[3] == '/' || p[3] == '\\')))
            return true;
    }
    return false;
}

bs_log_name_kind bs_log_name(const char *path)
{
    static const char *const packed[] = {".gz", ".bz2", ".xz", ".zst", ".zip", ".7z", ".z"};
    const char *base = path, *p;

    for (p = path; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    for (size_t i = 0; i < sizeof(packed) / sizeof(packed[0]); i++)
        if (has_suffix(base, packed[i]))
            return BS_LOG_NAME_NONE; /* its decompressed member is the log */
    if (has_prefix(base, "access.log") || has_prefix(base, "access_log") ||
        has_prefix(base, "localhost_access_log") || contains(base, "_access.log") ||
        contains(base, "_access_log"))
        return BS_LOG_NAME_LOG;
    if ((has_prefix(base, "u_ex") || (has_prefix(base, "ex") && base[2] >= '0' && base[2] <= '9')) &&
        has_suffix(base, ".log"))
        return BS_LOG_NAME_LOG;
    return under_logs_dir(path, base) ? BS_LOG_NAME_MAYBE : BS_LOG_NAME_NONE;
}
