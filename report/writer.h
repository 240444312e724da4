/*
 * writer.h - report writers: one file per format, listed in writers.c.
 *
 * Every writer works from the breachscan-report/1 JSON document (the model's
 * one canonical form), so `report convert` and `scan -f` share the code and
 * no writer recomputes a finding.
 */
#ifndef BS_WRITER_H
#define BS_WRITER_H

#include <stdio.h>

#include "core/status.h"

struct cJSON;

typedef struct bs_writer {
    const char *name;      /* "json", "jsonl", "sarif", ... (-f / --to) */
    const char *extension; /* ".json" */
    bs_status (*write)(const struct cJSON *report, FILE *out, bs_error *err);
} bs_writer;

/* NULL when no writer has that name. */
const bs_writer *bs_writer_find(const char *name);
/* Comma-separated list of writer names, for --help. */
const char *bs_writer_names(void);

/*
 * For writers: prints text (freeing it) and a newline.  text == NULL means an
 * allocation failed.  BS_OK, or BS_FATAL with err set.
 */
bs_status bs_writer_put_text(char *text, FILE *out, bs_error *err);

#endif
