/*
 * model.h - the in-memory report: targets, findings, errors, skipped.
 *
 * Producers and workers add to it from many threads (every add is locked);
 * at the end bs_report_finish() sorts everything so that the same evidence
 * gives the same report whatever the thread count, and bs_report_to_json()
 * turns it into the breachscan-report/1 document every writer works from.
 */
#ifndef BS_REPORT_MODEL_H
#define BS_REPORT_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "core/config.h"
#include "core/finding.h"
#include "core/hash.h"
#include "core/object.h"
#include "core/volume.h"
#include "report/allow.h"

typedef struct bs_report bs_report;

/* Stats counted per target. */
typedef enum {
    BS_STAT_OBJECTS,
    BS_STAT_BYTES,
    BS_STAT_DELETED,
    BS_STAT_ARCHIVES,
    BS_STAT_SKIPPED,
    BS_STAT_ERRORS,
    BS_STAT_LOG_FILES,      /* web-server logs parsed (matchers/logs.c) */
    BS_STAT_LOG_REQUESTS,   /* ... their requests */
    BS_STAT_LOG_MALFORMED,  /* ... lines that were no request */
    BS_STAT_LOG_LONG_LINES, /* ... lines over BS_LOG_LINE_MAX, parsed up to it */
    BS_STAT_COUNT
} bs_stat;

bs_report *bs_report_new(void);
void bs_report_free(bs_report *r);

/* Targets.  Returns the new target's index, or -1 on ENOMEM. */
int bs_report_add_target(bs_report *r, const char *path, const char *kind);
void bs_report_target_format(bs_report *r, int target, const char *format);
void bs_report_target_kind(bs_report *r, int target, const char *kind);
void bs_report_target_size(bs_report *r, int target, uint64_t size);
void bs_report_target_sha256(bs_report *r, int target, const char *sha256);
/* One segment file of a split or EWF image target, hashed (--hash-evidence). */
void bs_report_target_segment(bs_report *r, int target, const char *file, uint64_t size,
                              const char *sha256);
/* The hashes an EWF set stores against those read back ("" = none stored). */
typedef struct bs_ewf_check {
    char stored_md5[33], computed_md5[33];
    char stored_sha1[41], computed_sha1[41];
} bs_ewf_check;
void bs_report_target_ewf(bs_report *r, int target, const bs_ewf_check *check);
void bs_report_add_volume(bs_report *r, int target, const bs_volume_info *vol);
void bs_report_count(bs_report *r, int target, bs_stat stat, uint64_t n);
uint64_t bs_report_stat(const bs_report *r, int target, bs_stat stat);

/* Problems.  target may be -1 when no target is concerned. */
void bs_report_add_error(bs_report *r, int target, const char *location, const char *stage,
                         const char *message);
void bs_report_add_skipped(bs_report *r, int target, const char *location, const char *reason,
                           const char *detail, const bs_hashes *hashes);

/* Findings.  Takes ownership of f (and everything it points to). */
void bs_report_add_finding(bs_report *r, bs_finding *f);
/*
 * --max-findings-per-rule and --max-findings (report/finding_limit.h): from
 * now on at most per_rule findings of each rule, and total in all, are kept
 * (0: no limit of that kind).  The limit ends with
 * bs_report_merge_windows, once every object is scanned (or earlier with
 * bs_report_end_finding_limit): it adds a "findings-limit" skipped[] entry
 * per rule it held findings back from; later findings are all kept.
 * Findings an allow entry or the baseline suppresses are held under limits
 * of their own, so they take no place under those of the findings listed.
 */
void bs_report_set_finding_limit(bs_report *r, int per_rule, int total);
void bs_report_end_finding_limit(bs_report *r);
int bs_report_finding_count(const bs_report *r);
/*
 * The i-th finding added so far (0 <= i < bs_report_finding_count), read
 * only: for matchers' finish() steps, before bs_report_finish sorts them.
 */
const bs_finding *bs_report_finding_at(const bs_report *r, int i);
/*
 * The same, to be corrected by the matcher that made it, in its finish():
 * the card matcher counts a large log's windows together (matchers/pan.c).
 */
bs_finding *bs_report_finding_edit(bs_report *r, int i);
/* Highest severity among findings, or -1 when there are none. */
int bs_report_max_severity(const bs_report *r);

/*
 * Timeline events beyond the MACB times of finding files (which
 * bs_report_finish adds itself), e.g. "log.request" from the log matcher.
 * Everything is copied; optional strings may be NULL.  An event whose time is
 * unset never reaches the timeline (it still counts in log_hits).
 *
 * finding_location links the event to the findings whose object has that
 * location (narrowed to one rule with finding_rule): at bs_report_finish
 * they get the event's finding ids, and each linked "log.request" event adds
 * one to their log_hits.  See docs/REPORT.md, "Timeline".
 */
typedef struct bs_timeline_event {
    bs_time time;                 /* when it happened (UTC) */
    const char *event;            /* "log.request", ... */
    const char *location;         /* where the evidence is: ".../access.log:1832" */
    const char *detail;           /* optional: short text, e.g. the log pattern name */
    const char *finding_location; /* optional: location of the finding's object */
    const char *finding_rule;     /* optional: only findings of this rule */
    const char *client;           /* optional (log.request): client address */
    const char *method;           /* optional (log.request): "GET", "POST", ... */
    const char *url;              /* optional (log.request): request target with query */
    int status;                   /* optional (log.request): HTTP status, 0 = none */
    uint64_t bytes;               /* optional (log.request): response bytes ... */
    bool has_bytes;               /* ... when this is true */
    const char *user_agent;       /* optional (log.request) */
    /*
     * Links the event for the timeline only: the linked findings' log_hits
     * and log_access already count it (a report read back from a file).
     */
    bool counted;
} bs_timeline_event;

void bs_report_add_timeline_event(bs_report *r, const bs_timeline_event *ev);

/*
 * Card numbers across all evidence (summary.card_exposure), computed by the
 * card-number finder's finish step: distinct numbers (deduplicated through a
 * keyed hash held only in memory), per issuer, and the exposure window.
 */
typedef struct bs_card_exposure {
    uint64_t distinct;
    uint64_t by_issuer[BS_ISSUER_COUNT];
    uint64_t objects;    /* objects that held card numbers */
    bs_time first, last; /* first and last line time that held one (unset: unknown) */
} bs_card_exposure;
void bs_report_set_card_exposure(bs_report *r, const bs_card_exposure *e);

/*
 * Suppressions (docs/SUPPRESSIONS.md), applied at bs_report_finish: a
 * finding an allow entry matches, or whose fingerprint the baseline holds,
 * moves from findings[] to suppressed[] with the entry that matched (file,
 * line, reason).  Suppressed findings count in no verdict or exit status.
 */
/* Takes ownership of allow (replacing any earlier list). */
void bs_report_set_allow(bs_report *r, bs_allow *allow);
/*
 * Findings of `baseline` (a report read back with bs_report_read, from file
 * `file`), suppressed ones included, are known: this report's findings with
 * the same fingerprint are suppressed with reason "baseline".  -1 on ENOMEM.
 */
int bs_report_set_baseline(bs_report *r, const bs_report *baseline, const char *file);
/* A finding suppressed in an earlier report (read back); takes ownership of f. */
void bs_report_add_suppressed(bs_report *r, bs_finding *f, const char *kind, const char *file,
                              int line, const char *reason);
/* What an earlier report said of its suppressions (read back): listed, not applied. */
void bs_report_note_allow_file(bs_report *r, const char *file, const char *scope, bool automatic,
                               int entries);
void bs_report_note_baseline(bs_report *r, const char *file, int findings);
/* Findings suppressed (after bs_report_apply_suppressions, and bs_report_finish). */
int bs_report_suppressed_count(const bs_report *r);
/* The i-th of them, read only (0 <= i < bs_report_suppressed_count). */
const bs_finding *bs_report_suppressed_at(const bs_report *r, int i);

/* Tool/scan metadata for the report header. */
/* The version of breachscan and YARA that made the report (default: this binary's). */
void bs_report_set_tool(bs_report *r, const char *version, const char *yara);
void bs_report_rules_info(bs_report *r, int files, int rules, const char *sha256);
void bs_report_scan_times(bs_report *r, double started, double finished);
/* Copies what the report shows of cfg (options, argv, the timeline window). */
void bs_report_set_config(bs_report *r, const bs_config *cfg, int threads);

/* The scan was stopped before the end: the report says "complete": false. */
void bs_report_set_interrupted(bs_report *r);

/*
 * Moves the findings the suppressions cover (--allow, .breachscan-allow,
 * --baseline) to suppressed[] now, before the matchers' finish() steps, so
 * that log links and card totals leave them out.  bs_report_finish applies
 * them again (a no-op for findings already moved).
 */
void bs_report_apply_suppressions(bs_report *r);

/*
 * The findings of a log read in windows (bs_object.window) merged into one
 * per rule and file (report/windows.c).  Called once every object has been
 * scanned, before the matchers' finish() steps.
 */
void bs_report_merge_windows(bs_report *r);

/*
 * The size and digests of a file read in windows, known only after its
 * last window (an archive member is a stream): bs_report_merge_windows
 * gives them to the findings of its windows.
 */
void bs_report_window_file(bs_report *r, int target, const char *location, uint64_t size,
                           const bs_hashes *hashes);

/*
 * Sort findings, errors and skipped; number findings F1..Fn; build the
 * timeline and the summary (verdict, window).  Call once.
 */
void bs_report_finish(bs_report *r);

/* Verdicts (docs/REPORT.md, "summary"). */
#define BS_VERDICT_COMPROMISED "compromised"
#define BS_VERDICT_SUSPICIOUS "suspicious"
#define BS_VERDICT_INCOMPLETE "incomplete"
#define BS_VERDICT_CLEAN "clean"
/* The verdict of a finished report. */
const char *bs_report_verdict(const bs_report *r);

/* The breachscan-report/1 document (cJSON*, caller frees with cJSON_Delete). */
struct cJSON *bs_report_to_json(const bs_report *r);
/* One finding not yet in the report as a "finding.found" jsonl line (json.c); NULL on ENOMEM. */
struct cJSON *bs_finding_found_json(const bs_finding *f);

#endif
