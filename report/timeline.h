/*
 * timeline.h - the report timeline (docs/REPORT.md, "Timeline"): the MACB
 * times of every finding's file, plus events added by matchers (log
 * requests), linked to findings, merged and sorted.  Internal to the report
 * model (model.c builds it in bs_report_finish, json.c writes it).
 */
#ifndef BS_TIMELINE_H
#define BS_TIMELINE_H

#include <stdbool.h>

#include "report/model_priv.h"

#define BS_EVENT_FILE_MODIFIED "file.modified"
#define BS_EVENT_FILE_ACCESSED "file.accessed"
#define BS_EVENT_FILE_CHANGED "file.changed"
#define BS_EVENT_FILE_CREATED "file.created"
#define BS_EVENT_FILE_DELETED "file.deleted"
#define BS_EVENT_LOG_REQUEST "log.request"

/* Text between the rule names of a merged event's detail. */
#define BS_EVENT_DETAIL_SEP ", "

/*
 * Builds r->timeline from the sorted findings and r->added; sets the linked
 * findings' log_hits.  Called with the lock held, after the findings are
 * sorted.  0, or -1 on ENOMEM (the timeline is then incomplete).
 */
int bs_timeline_build(bs_report *r);

void bs_event_release(bs_event *ev);
void bs_event_list_release(bs_event_list *list);

/* False when the event has no time or lies outside --since/--until. */
bool bs_timeline_in_window(const bs_event *ev, const bs_report_options *opt);

/* The timeline array of the document (window applied). */
struct cJSON *bs_timeline_to_json(bs_json *j, const bs_report *r);

#endif
