/*
 * writer_util.h - reading the breachscan-report/1 document for the writers
 * that are not JSON (sarif, html, csv, text, body): typed getters that never
 * fail on a missing or mistyped field, severity ranks, RFC 3339 parsing,
 * findings grouped by file, and the stream status at the end of a writer.
 *
 * Writers only encode what the document says (docs/ARCHITECTURE.md): these
 * helpers read fields, they never derive a verdict, a window or a count.
 */
#ifndef BS_WRITER_UTIL_H
#define BS_WRITER_UTIL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "core/status.h"

struct cJSON;

/* The string at o[key], or NULL when absent, null or not a string. */
const char *bs_doc_str(const struct cJSON *o, const char *key);
/* The number at o[key], or dflt. */
double bs_doc_num(const struct cJSON *o, const char *key, double dflt);
/* True only when o[key] is JSON true. */
bool bs_doc_true(const struct cJSON *o, const char *key);
/* o[key] when it is an object / an array, else NULL (cJSON_ArrayForEach accepts NULL). */
const struct cJSON *bs_doc_obj(const struct cJSON *o, const char *key);
const struct cJSON *bs_doc_arr(const struct cJSON *o, const char *key);
/* The string at a dotted path of objects ("summary.verdict"), or NULL. */
const char *bs_doc_path_str(const struct cJSON *o, const char *path);

/* Severities, most severe first: "critical" 4 .. "info" 0; -1 when unknown. */
#define BS_DOC_SEVERITIES 5
int bs_doc_severity_rank(const char *severity);
/* The name for a rank (0..4), "info" for anything else. */
const char *bs_doc_severity_name(int rank);

/* RFC 3339 UTC ("...Z", optional fraction): epoch seconds; false when not a time. */
bool bs_doc_time(const char *text, int64_t *sec);

/*
 * The breach window as the document states it: summary.window (start/end, or
 * first/last) when present, else summary.first_indicator/last_indicator.
 * Either may come back NULL.
 */
void bs_doc_window(const struct cJSON *report, const char **first, const char **last);

/* Findings grouped by object location: most severe group first. */
typedef struct bs_file_group {
    const char *location;           /* NULL: findings not tied to a file */
    const struct cJSON *object;     /* the first finding's object (or NULL) */
    const struct cJSON **findings;  /* in report order */
    int n_findings;
    int max_rank;                   /* highest severity rank of its findings */
    int first;                      /* report index of its first finding */
} bs_file_group;

typedef struct bs_file_groups {
    bs_file_group *items;
    int count;
    const struct cJSON **storage; /* backs every group's findings */
} bs_file_groups;

/*
 * Groups report.findings by object.location (the document order within a
 * group), groups sorted by max severity, then first appearance.  BS_OK, or
 * BS_FATAL (out of memory) with err set.
 */
bs_status bs_file_groups_build(const struct cJSON *report, bs_file_groups *out, bs_error *err);
void bs_file_groups_release(bs_file_groups *g);

/* report.findings indexed by position, to resolve "F<n>" references in O(1). */
typedef struct bs_doc_findings {
    const struct cJSON **items;
    int count;
} bs_doc_findings;

bs_status bs_doc_findings_index(const struct cJSON *report, bs_doc_findings *idx, bs_error *err);
void bs_doc_findings_release(bs_doc_findings *idx);
/* The finding with that id ("F3"), or NULL. */
const struct cJSON *bs_doc_finding_by_id(const bs_doc_findings *idx, const char *id);

/* Kinds of timeline events, as the writers draw and list them. */
typedef enum {
    BS_EV_FILE,         /* file.* (MACB) */
    BS_EV_REQUEST,      /* log.request not tied to a file with findings elsewhere */
    BS_EV_SHELL_ACCESS, /* log.request tied to a finding on another file (a shell used) */
    BS_EV_CARD,         /* card.* / pan.*: a line that held card data */
    BS_EV_OTHER
} bs_event_kind;

/*
 * The kind of a timeline event.  A log request is a shell access when one of
 * the findings it is linked to is on a file other than the log it was read
 * from (the request reached that file); requests linked only to findings on
 * the log itself (exploit patterns) stay requests.
 */
bs_event_kind bs_doc_event_kind(const bs_doc_findings *idx, const struct cJSON *event);
/* For a shell access: the first linked finding on the file the request reached; else NULL. */
const struct cJSON *bs_doc_event_target(const bs_doc_findings *idx, const struct cJSON *event);

/* BS_OK, or BS_FATAL "cannot write the report" when the stream has an error. */
bs_status bs_writer_status(FILE *out, bs_error *err);

#endif
