/*
 * model_priv.h - the inside of bs_report, shared by the three files of the
 * report model only: model.c (storage, sorting), timeline.c (timeline
 * building) and json.c (the breachscan-report/1 document).  Writers never
 * include it: they work from the JSON document.
 */
#ifndef BS_REPORT_MODEL_PRIV_H
#define BS_REPORT_MODEL_PRIV_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "report/allow.h"
#include "report/model.h"

struct cJSON;

typedef struct bs_segment {
    char *file;
    uint64_t size;
    char sha256[65];
} bs_segment;

typedef struct bs_target {
    char *path, *kind, *format;
    uint64_t size;
    bool has_size;
    char *sha256;
    bs_volume_info *volumes;
    int n_volumes, cap_volumes;
    uint64_t stats[BS_STAT_COUNT];
    bs_segment *segments; /* --hash-evidence of a multi-file image */
    int n_segments, cap_segments;
    bs_ewf_check ewf;
    bool has_ewf;
} bs_target;

typedef struct bs_problem {
    int target; /* -1: none */
    char *location, *stage, *message;
} bs_problem;

typedef struct bs_skip {
    int target;
    char *location, *reason, *detail;
    bs_hashes hashes; /* "" when not computed */
} bs_skip;

/* One timeline event, as stored (copies) and as built (finding indices). */
typedef struct bs_event {
    bs_time time;
    char *event, *location, *detail;
    char *finding_location, *finding_rule; /* links, resolved at finish */
    char *client, *method, *url, *user_agent;
    int status;
    uint64_t bytes;
    bool has_bytes;
    bool counted; /* already in the findings' log_hits (read back from a report) */
    int *findings; /* indices into the sorted findings, ascending */
    int n_findings;
} bs_event;

typedef struct bs_event_list {
    bs_event *items;
    int count, cap;
} bs_event_list;

/* What the report shows of the configuration (copied by set_config). */
typedef struct bs_report_options {
    bool set;
    int threads;
    bs_severity fail_on;
    uint64_t max_file_size, hash_max_size, memory_limit;
    int max_depth;
    int max_findings_per_rule;
    int max_findings;
    int max_matches;
    uint64_t max_path_length, max_log_events, max_log_line;
    uint64_t archive_max_bytes, archive_max_members, archive_max_ratio;
    int archive_depth, timeout_s;
    bool archives, images, deleted, logs, pan, hash_evidence, add_rules;
    int64_t since, until;
    char *format;
    bs_strlist argv, excludes, rule_paths, ioc_paths;
} bs_report_options;

/* A finding taken out of findings[] by an allow entry or the baseline (suppress.c). */
typedef struct bs_suppressed {
    bs_finding *finding;
    char *kind;   /* "sha256", "path", "rule" or "baseline" */
    char *file;   /* the allow file or baseline report; NULL: unknown */
    int line;     /* line in the allow file; 0: none (baseline) */
    char *reason;
} bs_suppressed;

/* What the report says of the suppressions in force (scan.suppressions). */
/* A file read in windows whose size and digests were known only after them (archives). */
typedef struct bs_window_hash {
    int target;
    char *location;
    uint64_t size;
    bs_hashes hashes;
} bs_window_hash;

typedef struct bs_suppression_info {
    bs_allow *allow;       /* entries applied at finish; files listed in the report */
    char *baseline_file;   /* --baseline report, NULL: none */
    int baseline_findings; /* findings it held */
    char (*prints)[65];    /* their fingerprints, sorted */
    int n_prints;
} bs_suppression_info;

/* Verdict and counts of one target (summary.c). */
typedef struct bs_target_summary {
    const char *verdict;
    int findings;
    int by_severity[BS_SEV_CRITICAL + 1];
} bs_target_summary;

/* What the evidence means (summary.c), computed at finish. */
typedef struct bs_summary {
    const char *verdict; /* BS_VERDICT_* */
    int findings;
    int by_severity[BS_SEV_CRITICAL + 1];
    bs_strlist families; /* distinct, sorted */
    int first, last;     /* indices of the first/last indicator events in timeline, or -1 */
    bool complete;       /* false: the scan was interrupted */
    bs_target_summary *targets; /* one per target (n_targets of the report) */
} bs_summary;

struct bs_report {
    pthread_mutex_t lock;
    bs_target *targets;
    int n_targets, cap_targets;
    bs_finding **findings;
    int n_findings, cap_findings;
    bs_problem *errors;
    int n_errors, cap_errors;
    bs_skip *skipped;
    int n_skipped, cap_skipped;
    bs_event_list added;    /* from bs_report_add_timeline_event */
    bs_event_list timeline; /* built by bs_report_finish, sorted */
    uint64_t lost;          /* entries dropped for want of memory */
    bool finished;

    char *tool_version, *yara_version; /* NULL: this binary's */
    int rule_files, rule_count;
    char *rules_sha256;
    double started, finished_at;
    bs_report_options opt;
    bs_card_exposure card;
    bool has_card;
    bool interrupted; /* the scan was stopped (SIGINT/SIGTERM) before the end */
    bs_summary summary;
    bs_window_hash *window_hashes; /* digests of logs read in windows, known after them */
    size_t n_window_hashes, cap_window_hashes;
    bs_suppressed *suppressed; /* sorted like findings at finish */
    int n_suppressed, cap_suppressed;
    bs_suppression_info supp;
    struct bs_finding_limit *limit; /* --max-findings-per-rule during the scan; NULL: none */
    /*
     * Findings an allow entry or the baseline will suppress, set apart as they
     * arrive so that they take no place under the limits of the findings
     * listed (a real finding held back behind suppressed ones would make a
     * false "clean"); bounded by limits of their own, moved to suppressed[]
     * by bs_suppress_apply.
     */
    bs_finding **to_suppress;
    int n_to_suppress, cap_to_suppress;
    struct bs_finding_limit *suppress_limit;
};

/* summary.c */
int bs_summary_build(bs_report *r); /* at finish, lock held; -1 on ENOMEM */
void bs_summary_release(bs_summary *s);
/* Whether a timeline event bounds the breach window (see summary.c). */
bool bs_summary_is_indicator(const bs_report *r, const bs_event *ev);

/* windows.c */
void bs_windows_release(bs_report *r);

/* suppress.c */
void bs_suppress_apply(bs_report *r); /* lock held; again at finish (idempotent) */
/* Whether an allow entry or the baseline suppresses f (lock held). */
bool bs_suppress_matches(const bs_report *r, const bs_finding *f);
void bs_suppress_release(bs_report *r);

/* model.c: the order of findings (docs/REPORT.md, "Order"), for qsort. */
int bs_report_cmp_finding(const void *pa, const void *pb);

/* Grows *items (elements of `size` bytes) to hold count + 1; 0 or -1 (ENOMEM). */
int bs_report_grow(void *items, int *cap, int count, size_t size);
/* strcmp that orders NULL before every string. */
int bs_report_strcmp(const char *a, const char *b);

/* The report's mutex, for the files of report/ that change it (model.c, suppress.c, windows.c). */
static inline void bs_report_lock(const bs_report *r)
{
    pthread_mutex_lock((pthread_mutex_t *)&r->lock);
}

static inline void bs_report_unlock(const bs_report *r)
{
    pthread_mutex_unlock((pthread_mutex_t *)&r->lock);
}
/* strdup that keeps NULL; sets *failed on ENOMEM. */
char *bs_report_strdup(const char *s, bool *failed);

/* json.c: building blocks shared with timeline.c's event output. */
typedef struct bs_json {
    bool failed; /* an allocation failed somewhere: the document is dropped */
} bs_json;
/* One finding with id "<prefix><index+1>" ('F' in findings[], 'S' in suppressed[]). */
struct cJSON *bs_json_finding(bs_json *j, const bs_finding *f, char prefix, int index);
/* suppress.c: suppressed[] and scan.suppressions. */
struct cJSON *bs_suppressed_json(bs_json *j, const bs_report *r);
struct cJSON *bs_suppressions_json(bs_json *j, const bs_report *r);
struct cJSON *bs_json_time(bs_json *j, bs_time t);
/* key must outlive the document: a literal or a static table entry (it is not copied). */
void bs_json_add(bs_json *j, struct cJSON *obj, const char *key, struct cJSON *item);
void bs_json_add_str(bs_json *j, struct cJSON *obj, const char *key, const char *raw);
void bs_json_add_num(bs_json *j, struct cJSON *obj, const char *key, double v);
struct cJSON *bs_json_finding_ref(bs_json *j, int index); /* "F<index+1>" */
/* Evidence text made safe for any output: PANs masked, invalid UTF-8 escaped (malloc'd). */
char *bs_json_safe_text(const char *raw);
extern const char *const bs_issuer_names[]; /* indexed by bs_issuer */

#endif
