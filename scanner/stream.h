/*
 * stream.h - the jsonl stream of a scan (`-f jsonl`): each finding written and
 * flushed as a provisional "finding.found" line when a worker records it, so
 * a scan killed with SIGKILL leaves what it had found; at the end the normal
 * jsonl lines (sorted, numbered, ending with the summary line) mark the
 * stream complete (docs/REPORT.md, "jsonl").  With -o FILE the stream goes to
 * FILE directly, not through a temporary file and a rename.
 */
#ifndef BS_STREAM_H
#define BS_STREAM_H

#include "core/finding.h"
#include "core/status.h"

struct cJSON;
typedef struct bs_stream bs_stream;

/* path NULL or "-": stdout.  BS_FATAL + err when FILE cannot be created. */
bs_status bs_stream_open(const char *path, bs_stream **out, bs_error *err);
/* A bs_scan_found_fn (scanner/scan.h): one "finding.found" line, flushed; thread-safe. */
void bs_stream_found(void *stream, const bs_finding *f);
/* The final lines (report/jsonl.c) after the provisional ones, flushed and synced. */
bs_status bs_stream_finish(bs_stream *s, const struct cJSON *doc, bs_error *err);
/* Closes the file (without the final lines if bs_stream_finish was not called). */
void bs_stream_free(bs_stream *s);

#endif
