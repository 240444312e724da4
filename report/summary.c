/*
 * summary.c - what the evidence means, computed once in the model at
 * bs_report_finish (docs/REPORT.md, "summary"): verdict, severity counts,
 * families, the indicator bounds and the breach window.  Writers only
 * encode r->summary; nothing downstream decides a verdict again.
 *
 * Verdict: compromised (any critical/high finding), suspicious (medium/low),
 * incomplete (no such finding, but part of the evidence could not be read or
 * the scan was interrupted: a verdict never claims more than was read),
 * clean.  Each target gets its own verdict and counts by the same rules
 * (targets[].verdict), incomplete from that target's errors.
 *
 * Indicator times: events whose time the breach set, never what copying
 * the evidence sets.  Access times (file.accessed) and inode change times
 * (file.changed) move with backups, indexers, chmod and every copy; a birth
 * time later than the same file's modification time is the time the file
 * was copied or extracted, not when its content was written.  The file
 * times of logs and data files found by their lines (sources "log", "pan")
 * do not count either: their lines' own times do.
 */
#include <stdlib.h>
#include <string.h>

#include "report/model_priv.h"
#include "report/timeline.h"

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int build_families(const bs_report *r, bs_strlist *out)
{
    const char **names = malloc((size_t)(r->n_findings + 1) * sizeof(*names));
    int n = 0;

    if (!names)
        return -1;
    for (int i = 0; i < r->n_findings; i++)
        if (r->findings[i]->family && r->findings[i]->family[0])
            names[n++] = r->findings[i]->family;
    qsort(names, (size_t)n, sizeof(*names), cmp_str);
    for (int i = 0; i < n; i++)
        if ((i == 0 || strcmp(names[i], names[i - 1]) != 0) && bs_strlist_add(out, names[i]) != 0) {
            free(names);
            return -1;
        }
    free(names);
    return 0;
}

/* A birth time after the same file's modification time: a copy or an extraction. */
static bool copied_birth(const bs_report *r, const bs_event *ev)
{
    if (strcmp(ev->event, BS_EVENT_FILE_CREATED) != 0)
        return false;
    for (int i = 0; i < ev->n_findings; i++) {
        const bs_object *o = r->findings[ev->findings[i]]->object;

        if (o && o->mtime.set && bs_time_cmp(ev->time, o->mtime) > 0)
            return true;
    }
    return false;
}

/*
 * A file time of a log or a data file found by what is inside it (one of
 * its findings from the sources "log", "pan"; rules on its text may match
 * too): the file was last written when its last line was, or when it was
 * copied; the lines' own times (log.request, card.*) tell the story.
 */
static bool container_time(const bs_report *r, const bs_event *ev)
{
    if (strncmp(ev->event, "file.", 5) != 0)
        return false;
    for (int i = 0; i < ev->n_findings; i++) {
        const char *src = r->findings[ev->findings[i]]->source;

        if (strcmp(src, "log") == 0 || strcmp(src, "pan") == 0)
            return true;
    }
    return false;
}

bool bs_summary_is_indicator(const bs_report *r, const bs_event *ev)
{
    if (strcmp(ev->event, BS_EVENT_FILE_ACCESSED) == 0 ||
        strcmp(ev->event, BS_EVENT_FILE_CHANGED) == 0)
        return false;
    return !copied_birth(r, ev) && !container_time(r, ev);
}

/* First and last indicator events of the windowed timeline (sorted by time). */
static void indicator_bounds(const bs_report *r, bs_summary *s)
{
    s->first = s->last = -1;
    for (int i = 0; i < r->timeline.count; i++) {
        const bs_event *ev = &r->timeline.items[i];

        if (!bs_timeline_in_window(ev, &r->opt) || !bs_summary_is_indicator(r, ev))
            continue;
        if (s->first < 0)
            s->first = i;
        s->last = i;
    }
}

static const char *verdict(const bs_report *r, const bs_summary *s)
{
    if (s->by_severity[BS_SEV_CRITICAL] || s->by_severity[BS_SEV_HIGH])
        return BS_VERDICT_COMPROMISED;
    if (s->by_severity[BS_SEV_MEDIUM] || s->by_severity[BS_SEV_LOW])
        return BS_VERDICT_SUSPICIOUS;
    if (r->n_errors || r->lost || r->interrupted)
        return BS_VERDICT_INCOMPLETE;
    return BS_VERDICT_CLEAN;
}

/*
 * One target's verdict and counts, by the same rules from its own findings;
 * incomplete from its own errors (or a scan that stopped or lost entries).
 */
static int build_targets(const bs_report *r, bs_summary *s)
{
    if (!r->n_targets)
        return 0;
    if (!(s->targets = calloc((size_t)r->n_targets, sizeof(*s->targets))))
        return -1;
    for (int i = 0; i < r->n_findings; i++) {
        const bs_finding *f = r->findings[i];
        int t = f->object ? f->object->target : -1;

        if (t < 0 || t >= r->n_targets)
            continue;
        s->targets[t].findings++;
        if ((int)f->severity >= 0 && f->severity <= BS_SEV_CRITICAL)
            s->targets[t].by_severity[f->severity]++;
    }
    for (int i = 0; i < r->n_errors; i++) /* a target with errors: incomplete unless found */
        if (r->errors[i].target >= 0 && r->errors[i].target < r->n_targets)
            s->targets[r->errors[i].target].verdict = BS_VERDICT_INCOMPLETE;
    for (int t = 0; t < r->n_targets; t++) {
        const int *sev = s->targets[t].by_severity;
        bool unread = s->targets[t].verdict || r->lost || r->interrupted;

        s->targets[t].verdict = sev[BS_SEV_CRITICAL] || sev[BS_SEV_HIGH] ? BS_VERDICT_COMPROMISED
                                : sev[BS_SEV_MEDIUM] || sev[BS_SEV_LOW]  ? BS_VERDICT_SUSPICIOUS
                                : unread                                 ? BS_VERDICT_INCOMPLETE
                                                                         : BS_VERDICT_CLEAN;
    }
    return 0;
}

int bs_summary_build(bs_report *r)
{
    bs_summary *s = &r->summary;

    bs_summary_release(s);
    memset(s, 0, sizeof(*s));
    for (int i = 0; i < r->n_findings; i++)
        if ((int)r->findings[i]->severity >= 0 && r->findings[i]->severity <= BS_SEV_CRITICAL)
            s->by_severity[r->findings[i]->severity]++;
    s->findings = r->n_findings;
    s->complete = !r->interrupted;
    indicator_bounds(r, s);
    s->verdict = verdict(r, s);
    if (build_targets(r, s) != 0)
        return -1;
    return build_families(r, &s->families);
}

void bs_summary_release(bs_summary *s)
{
    bs_strlist_release(&s->families);
    free(s->targets);
    s->targets = NULL;
}
