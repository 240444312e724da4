/*
 * windows.c - one finding per rule and file for a log read in windows
 * (bs_object.window, collectors/fs.c): each window is matched on its own,
 * so a rule that hits in three windows gives three findings; they are
 * merged here, before the matchers' finish() steps link log requests and
 * card events to them, as if the file had been read whole.  Matches are
 * kept in file order (offsets are already file offsets) up to
 * --max-matches; card counts are added and masked samples
 * kept once.  A number repeated in two windows counts twice in that sum:
 * the card matcher's finish() counts the distinct numbers again from its
 * own keys (matchers/pan.c), as it does for summary.card_exposure.
 */
#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "core/vec.h"
#include "report/model_priv.h"

static bool same_finding(const bs_finding *a, const bs_finding *b)
{
    return a->object && b->object && b->object->window &&
           a->object->target == b->object->target &&
           !bs_report_strcmp(a->object->location, b->object->location) &&
           !bs_report_strcmp(a->source, b->source) && !bs_report_strcmp(a->rule, b->rule) &&
           !bs_report_strcmp(a->namespace_, b->namespace_);
}

static int cmp_match(const void *pa, const void *pb)
{
    const bs_match *a = pa, *b = pb;

    return (a->offset > b->offset) - (a->offset < b->offset);
}

/* Moves b's matches into a (those past the limit, or on ENOMEM, are freed). */
static void take_matches(bs_finding *a, bs_finding *b, int max_matches)
{
    int room = max_matches - a->n_matches;
    int n = b->n_matches < room ? b->n_matches : room;
    bs_match *m = n > 0 ? realloc(a->matches, (size_t)(a->n_matches + n) * sizeof(*m)) : NULL;

    if (m)
        a->matches = m;
    for (int i = 0; i < b->n_matches; i++) {
        if (m && i < n) {
            m[a->n_matches++] = b->matches[i];
            continue;
        }
        free(b->matches[i].id);
        free(b->matches[i].data);
    }
    b->n_matches = 0;
    if (a->n_matches > 1)
        qsort(a->matches, (size_t)a->n_matches, sizeof(*a->matches), cmp_match);
}

static void add_card(bs_card_info *a, const bs_card_info *b)
{
    a->distinct += b->distinct;
    a->occurrences += b->occurrences;
    for (int i = 0; i < BS_ISSUER_COUNT; i++)
        a->by_issuer[i] += b->by_issuer[i];
    a->track1 += b->track1;
    a->track2 += b->track2;
    for (int i = 0; i < b->n_samples && a->n_samples < BS_CARD_SAMPLES_MAX; i++) {
        int k = 0;

        while (k < a->n_samples && strcmp(a->samples[k], b->samples[i]))
            k++;
        if (k == a->n_samples) /* the same number masked alike in another window: once */
            memcpy(a->samples[a->n_samples++], b->samples[i], BS_CARD_MASKED_MAX);
    }
    bs_time_keep_earliest(&a->first, b->first);
    bs_time_keep_latest(&a->last, b->last);
}

static void merge_into(bs_finding *a, bs_finding *b, int max_matches)
{
    if (b->severity > a->severity)
        a->severity = b->severity;
    take_matches(a, b, max_matches);
    a->log_hits += b->log_hits;
    if (a->card && b->card)
        add_card(a->card, b->card);
    else if (b->card)
        a->card = b->card, b->card = NULL;
    bs_finding_free(b);
}

void bs_report_window_file(bs_report *r, int target, const char *location, uint64_t size,
                           const bs_hashes *hashes)
{
    char *loc = strdup(location);

    bs_report_lock(r);
    if (loc && bs_grow(&r->window_hashes, &r->cap_window_hashes, r->n_window_hashes,
                       sizeof(*r->window_hashes), 0) == BS_GROW_OK) {
        r->window_hashes[r->n_window_hashes++] = (bs_window_hash){target, loc, size, *hashes};
        loc = NULL;
    }
    bs_report_unlock(r);
    free(loc); /* ENOMEM: the findings keep no digests */
}

void bs_windows_release(bs_report *r)
{
    for (size_t i = 0; i < r->n_window_hashes; i++)
        free(r->window_hashes[i].location);
    free(r->window_hashes);
}

/* A window finding gets its file's size and digests, when they came after it. */
static void late_file_facts(const bs_report *r, bs_finding *f)
{
    if (!f->object || !f->object->window)
        return;
    for (size_t i = 0; i < r->n_window_hashes; i++)
        if (r->window_hashes[i].target == f->object->target &&
            !strcmp(r->window_hashes[i].location, f->object->location)) {
            f->hashes = r->window_hashes[i].hashes;
            f->object->size = r->window_hashes[i].size;
        }
}

void bs_report_merge_windows(bs_report *r)
{
    int kept = 0;
    int max_matches = r->opt.set && r->opt.max_matches > 0 ? r->opt.max_matches
                                                           : BS_MATCHES_PER_FINDING_MAX;

    bs_report_end_finding_limit(r); /* it records slots, which this moves */
    bs_report_lock(r);
    for (int i = 0; i < r->n_findings; i++) {
        bs_finding *f = r->findings[i];

        if (!f)
            continue;
        if (f->object && f->object->window)
            for (int j = i + 1; j < r->n_findings; j++)
                if (r->findings[j] && same_finding(f, r->findings[j])) {
                    merge_into(f, r->findings[j], max_matches);
                    r->findings[j] = NULL;
                }
        late_file_facts(r, f);
        r->findings[kept++] = f;
    }
    r->n_findings = kept;
    bs_report_unlock(r);
}
