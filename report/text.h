/*
 * text.h - the human summary of a report (text.c): the `text` writer, and
 * the same summary on stderr at the end of every scan (scanner/cmd_scan.c).
 */
#ifndef BS_TEXT_H
#define BS_TEXT_H

#include <stdio.h>

#include "core/status.h"

struct cJSON;

/*
 * Prints the summary of the report document: verdict in words, files with
 * findings, shell use seen in web logs, card exposure, what could not be read,
 * and next steps for the verdict.  report_path, when not NULL, is named as
 * where the full report was written.  BS_OK, or BS_FATAL with err set.
 */
bs_status bs_text_summary(const struct cJSON *report, const char *report_path, FILE *out,
                          bs_error *err);

/*
 * The next steps a city admin should take for a verdict ("compromised", ...):
 * a NULL-terminated list of sentences, or NULL for an unknown verdict.
 * Shared by the text summary and the HTML report.
 */
const char *const *bs_text_next_steps(const char *verdict);

#endif
