/*
 * html.h - the two files of the `html` writer: html.c (the page) and
 * html_timeline.c (the timeline chart, inline SVG).
 */
#ifndef BS_HTML_H
#define BS_HTML_H

#include <stdio.h>

#include "report/writer_util.h"

struct cJSON;

/* Most events drawn in the chart and listed in the timeline table. */
#define BS_HTML_EVENTS_MAX 5000

/*
 * Prints <svg id="timeline-chart">: one lane per kind of event (file MACB
 * times, web requests, shell accesses, card-data lines), the breach window
 * shaded, a date axis.  Every text from the document is HTML-escaped.
 */
void bs_html_timeline(FILE *out, const struct cJSON *report, const bs_doc_findings *idx);

#endif
