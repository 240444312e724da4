/*
 * output.h - writing a report document in a given format to stdout or,
 * atomically (temp file in the same directory + fsync + rename), to a file.
 */
#ifndef BS_OUTPUT_H
#define BS_OUTPUT_H

#include "core/status.h"

struct cJSON;

/* path NULL or "-" = stdout.  Unknown format: BS_FATAL. */
bs_status bs_output_write(const struct cJSON *doc, const char *format, const char *path,
                          bs_error *err);

#endif
