/*
 * ioc_match.c - the IOC matcher (bs_matcher_iocs): hash and file-name
 * indicators from rules/iocs/ (ioc.c loads them).  Metadata is enough, so it
 * also sees files too large to scan.  Log patterns are the log matcher's.
 */
#include <stdlib.h>

#include "matchers/ioc.h"
#include "matchers/matcher.h"

static bs_status iocs_load(const bs_matcher_env *env, void **state, bs_error *err)
{
    bs_iocs *iocs = NULL;
    bs_status st = bs_iocs_load(&env->cfg->ioc_paths, &iocs, err);

    *state = iocs;
    return st;
}

static void iocs_free(void *state)
{
    bs_iocs_free(state);
}

static unsigned iocs_hash_algos(const void *state)
{
    return bs_iocs_hash_algos(state);
}

/* A worker: the scan's lists (read only) and its own matching scratch. */
typedef struct iocs_worker {
    const bs_iocs *iocs;
    bs_ioc_scratch *scratch;
} iocs_worker;

static void *iocs_worker_new(void *state, bs_error *err)
{
    iocs_worker *w = calloc(1, sizeof(*w));

    if (w && !(w->scratch = bs_ioc_scratch_new())) {
        free(w);
        w = NULL;
    }
    if (!w) {
        bs_error_set(err, "ioc", "out of memory");
        return NULL;
    }
    w->iocs = state;
    return w;
}

static void iocs_worker_free(void *worker_state)
{
    iocs_worker *w = worker_state;

    if (w)
        bs_ioc_scratch_free(w->scratch);
    free(w);
}

static bs_status iocs_match(void *worker_state, const bs_match_input *in, bs_match_output *out,
                            bs_error *err)
{
    iocs_worker *w = worker_state;

    return bs_iocs_match_object(w->iocs, in->obj, in->hashes, w->scratch, out->findings, err);
}

const bs_matcher bs_matcher_iocs = {
    .name = "iocs",
    .flags = BS_MATCHER_CONTENT | BS_MATCHER_METADATA,
    .load = iocs_load,
    .free = iocs_free,
    .hash_algos = iocs_hash_algos,
    .worker_new = iocs_worker_new,
    .worker_free = iocs_worker_free,
    .match = iocs_match,
};
