/*
 * matcher.h - matchers as plug-ins (docs/ARCHITECTURE.md, "Matchers").
 *
 * A matcher is one file that defines `const bs_matcher bs_matcher_<name>` and
 * one X(name) line in BS_MATCHERS (matchers.c).  Per scan it loads its
 * indicators once (load/free); each worker thread owns a state of its own
 * (worker_new/worker_free: YR_SCANNER, PCRE2 match data, buffers - nothing is
 * allocated per object or per line); match() looks at one object and returns
 * findings, never touching the report; finish() does the work across objects
 * (log requests tied to findings in other files, card-number totals) and is
 * the one place a matcher adds to the report model.
 *
 * Objects too large to scan (--max-file-size) reach only the matchers with
 * BS_MATCHER_METADATA (file-name and hash IOCs): their content is empty.
 * A matcher may hand derived objects back (out->child): each child goes
 * through every matcher, as a decoded layer or an archive member does.
 */
#ifndef BS_MATCHER_H
#define BS_MATCHER_H

#include <stdbool.h>

#include "core/config.h"
#include "core/finding.h"
#include "core/hash.h"
#include "core/object.h"
#include "core/status.h"
#include "matchers/rules.h" /* bs_rules_diag_fn */

struct bs_report;

/* What a matcher needs (bs_matcher.flags). */
#define BS_MATCHER_CONTENT 0x1  /* runs on objects whose content was read */
#define BS_MATCHER_METADATA 0x2 /* also runs on too-large objects: metadata + hashes only */

/* What load() gets: the scan's settings and where header facts go. */
typedef struct bs_matcher_env {
    const bs_config *cfg;
    bs_rules_diag_fn diag; /* may be NULL */
    void *diag_arg;
    struct bs_report *report; /* for header facts at load (rule counts); findings never */
} bs_matcher_env;

/* One object as a matcher sees it. */
typedef struct bs_match_input {
    const bs_object *obj;     /* data/len empty when !content */
    const bs_hashes *hashes;  /* the digests the loaded matchers asked for (hash_algos) */
    bool content;             /* false: too large, metadata only */
} bs_match_input;

typedef struct bs_match_output bs_match_output;
struct bs_match_output {
    bs_finding_list *findings; /* append what was found (ownership passes) */
    /*
     * Hands a derived object (a decoded layer) back to the pipeline: it is
     * processed at once by every matcher, its depth bounded by the scan.
     * Takes ownership of child in all cases.
     */
    void (*child)(bs_match_output *out, bs_object *child);
    void *child_arg;
};

typedef struct bs_matcher {
    const char *name;  /* "yara", "hash", "filename", "logs", "pan", ... */
    unsigned flags;    /* BS_MATCHER_* */
    /* NULL = always on; else whether the options leave it on (--no-logs, --no-pan). */
    bool (*enabled)(const bs_config *cfg);
    /* Per scan.  BS_FATAL + err stops the scan before it starts (a bad rule file). */
    bs_status (*load)(const bs_matcher_env *env, void **state, bs_error *err);
    void (*free)(void *state);
    /* BS_HASH_* bits this matcher needs before match(); NULL = none. */
    unsigned (*hash_algos)(const void *state);
    /* Per worker thread; NULL state with err set on failure. */
    void *(*worker_new)(void *state, bs_error *err);
    void (*worker_free)(void *worker_state);
    /* One object.  BS_FAILED + err: an errors[] entry for the object; the scan goes on. */
    bs_status (*match)(void *worker_state, const bs_match_input *in, bs_match_output *out,
                       bs_error *err);
    /* After every object: cross-object work into the report.  NULL = nothing to do. */
    void (*finish)(void *state, struct bs_report *report);
} bs_matcher;

/* The matcher table, NULL-terminated, in the order they run. */
extern const bs_matcher *const bs_matchers[];

/* NULL when no matcher has that name. */
const bs_matcher *bs_matcher_find(const char *name);

#endif
