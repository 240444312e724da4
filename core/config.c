/*
 * config.c - defaults of bs_config, string lists, --exclude matching and
 * severity names.
 */
#include "core/config.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/limits.h"

static const char *const severity_names[] = {"info", "low", "medium", "high", "critical"};

void bs_config_init(bs_config *cfg)
{
    memset(cfg, 0, sizeof(*cfg));
    cfg->format = "json";
    cfg->threads = 0; /* 0 = number of online cores */
    cfg->fail_on = BS_SEV_MEDIUM;
    cfg->max_file_size = BS_DEFAULT_MAX_FILE_SIZE;
    cfg->hash_max_size = BS_DEFAULT_HASH_MAX_SIZE;
    cfg->archive_depth = BS_DEFAULT_ARCHIVE_DEPTH;
    cfg->max_depth = BS_WALK_MAX_DEPTH;
    cfg->max_findings_per_rule = BS_DEFAULT_MAX_FINDINGS_PER_RULE;
    cfg->max_findings = BS_DEFAULT_MAX_FINDINGS;
    cfg->max_matches = BS_MATCHES_PER_FINDING_MAX;
    cfg->max_path_length = BS_PATH_MAX_BYTES;
    cfg->max_log_events = BS_LOG_EVENTS_MAX;
    cfg->max_log_line = BS_LOG_LINE_MAX;
    cfg->memory_limit = BS_DEFAULT_MEMORY_LIMIT;
    cfg->timeout_s = BS_DEFAULT_TIMEOUT_S;
    cfg->progress = BS_PROGRESS_AUTO;
    cfg->archive_max_total_bytes = BS_ARCHIVE_MAX_TOTAL_BYTES;
    cfg->archive_max_members = BS_ARCHIVE_MAX_MEMBERS;
    cfg->archive_max_ratio = BS_ARCHIVE_MAX_RATIO;
}

uint64_t bs_config_content_budget(const bs_config *cfg)
{
    uint64_t reserve = cfg->memory_limit / 4 < BS_MEMORY_RESERVE ? cfg->memory_limit / 4
                                                                   : BS_MEMORY_RESERVE;

    return cfg->memory_limit - reserve;
}

int bs_config_workers(const bs_config *cfg)
{
    long cores;

    if (cfg->threads > 0)
        return cfg->threads;
    cores = sysconf(_SC_NPROCESSORS_ONLN);
    return cores > 0 ? (int)cores : 1;
}

void bs_config_release(bs_config *cfg)
{
    bs_strlist_release(&cfg->rule_paths);
    bs_strlist_release(&cfg->ioc_paths);
    bs_strlist_release(&cfg->excludes);
    bs_strlist_release(&cfg->allow_paths);
}

int bs_strlist_add(bs_strlist *list, const char *s)
{
    char **items = realloc(list->items, (size_t)(list->count + 1) * sizeof(*items));
    char *copy = strdup(s);

    if (!items || !copy) {
        free(copy);
        if (items)
            list->items = items;
        return -1;
    }
    items[list->count++] = copy;
    list->items = items;
    return 0;
}

void bs_strlist_release(bs_strlist *list)
{
    for (int i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

bool bs_config_excluded(const bs_config *cfg, const char *path)
{
    const char *base;

    if (!cfg || cfg->excludes.count == 0 || !path)
        return false;
    while (*path == '/') /* "/x/y" (file system) and "x/y" (archive member) alike */
        path++;
    base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (int i = 0; i < cfg->excludes.count; i++) {
        const char *glob = cfg->excludes.items[i];

        if (strchr(glob, '/')) {
            while (*glob == '/')
                glob++;
            if (fnmatch(glob, path, 0) == 0)
                return true;
        } else if (fnmatch(glob, base, 0) == 0) {
            return true;
        }
    }
    return false;
}

const char *bs_severity_name(bs_severity sev)
{
    if ((int)sev < 0 || sev > BS_SEV_CRITICAL)
        return "medium";
    return severity_names[sev];
}

int bs_severity_parse(const char *name, bs_severity *out)
{
    for (int i = 0; i <= BS_SEV_CRITICAL; i++) {
        if (name && strcasecmp(name, severity_names[i]) == 0) {
            *out = (bs_severity)i;
            return 0;
        }
    }
    return -1;
}
