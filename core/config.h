/*
 * config.h - the settings of one scan, filled from the command line.
 *
 * Collectors and matchers read it; nobody writes it after the scan starts.
 */
#ifndef BS_CONFIG_H
#define BS_CONFIG_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
    BS_SEV_INFO = 0,
    BS_SEV_LOW = 1,
    BS_SEV_MEDIUM = 2,
    BS_SEV_HIGH = 3,
    BS_SEV_CRITICAL = 4
} bs_severity;

typedef enum { BS_PROGRESS_AUTO, BS_PROGRESS_ALWAYS, BS_PROGRESS_NEVER } bs_progress_mode;

typedef struct bs_strlist {
    char **items;
    int count;
} bs_strlist;

typedef struct bs_config {
    bs_strlist rule_paths; /* -r */
    bool add_rules;        /* --add-rules: -r adds to the bundled set */
    bs_strlist ioc_paths;  /* --ioc */
    const char *output;    /* -o, NULL = stdout */
    const char *format;    /* -f */
    int threads;           /* -j */
    bs_severity fail_on;   /* --fail-on */
    uint64_t max_file_size;
    uint64_t hash_max_size; /* --hash-max-size: too-large files above it are not hashed */
    int archive_depth;
    int max_depth;         /* --max-depth: directory levels below a target */
    int max_findings_per_rule; /* --max-findings-per-rule: findings of one rule kept; 0 = all */
    int max_findings;          /* --max-findings: findings kept in all; 0 = all */
    int max_matches;           /* --max-matches: matched strings kept per finding */
    uint64_t max_path_length;  /* --max-path-length: longer locations are not read */
    uint64_t max_log_events;   /* --max-log-events: timeline events from web-server logs */
    uint64_t max_log_line;     /* --max-log-line: longer log lines are parsed up to it */
    uint64_t memory_limit; /* --memory-limit: the scan's memory, content in flight and the rest */
    bool no_archives, no_images, no_deleted, no_logs, no_pan;
    bool no_decode; /* --no-decode: no obfuscation layers unwrapped (diagnostic) */
    bool no_rule_bounds; /* --no-rule-bounds: verify every rule in every object (diagnostic) */
    bs_strlist excludes; /* --exclude GLOB */
    bs_strlist allow_paths; /* --allow FILE (docs/SUPPRESSIONS.md) */
    const char *baseline;   /* --baseline REPORT, NULL = none */
    bool no_auto_allow;     /* --no-auto-allow: ignore a target's .breachscan-allow */
    int timeout_s;       /* --timeout */
    bool hash_evidence;
    int64_t since, until; /* timeline window, epoch seconds; 0 = open */
    bs_progress_mode progress;
    int verbosity; /* -1 quiet, 0 normal, 1+ verbose */

    /* archive limits (--archive-max-bytes, --archive-max-members, --archive-max-ratio) */
    uint64_t archive_max_total_bytes;
    uint64_t archive_max_members;
    uint64_t archive_max_ratio;

    char **argv; /* for the report */
    int argc;
} bs_config;

void bs_config_init(bs_config *cfg);
/*
 * Bytes of file content the scan may hold at once (read ahead, queued and
 * being scanned): --memory-limit less what the program itself needs (rules,
 * parsers, report), BS_MEMORY_RESERVE or a quarter of the limit.
 */
uint64_t bs_config_content_budget(const bs_config *cfg);
/* The worker threads a scan runs: -j, or one per online core when -j is 0. */
int bs_config_workers(const bs_config *cfg);
void bs_config_release(bs_config *cfg);
int bs_strlist_add(bs_strlist *list, const char *s);
void bs_strlist_release(bs_strlist *list);

/*
 * True when path matches one of the --exclude globs.  A glob without '/' is
 * matched against the base name, one with '/' against the whole path inside
 * the target, archive or file system; leading slashes are ignored on both
 * sides, so "WEB-INF/x.jsp" and "/WEB-INF/x.jsp" mean the same.
 */
bool bs_config_excluded(const bs_config *cfg, const char *path);

const char *bs_severity_name(bs_severity sev);
/* Returns 0 and sets *out, or -1 for an unknown name. */
int bs_severity_parse(const char *name, bs_severity *out);

#endif
