/*
 * logname.h - whether a path names a web-server or application log
 * (logname.c), by its base name and directories alone.  The log matcher
 * (matchers/logs.c) asks it which files to parse; the file-system
 * collector asks it which files over --max-file-size to read in windows
 * rather than skip (a 2 GB access log is the breach story, not a blob),
 * and which line of a W3C log a later window must carry.
 */
#ifndef BS_CORE_LOGNAME_H
#define BS_CORE_LOGNAME_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef enum {
    BS_LOG_NAME_NONE,  /* not a log name (content sniffing may still say it is one) */
    BS_LOG_NAME_LOG,   /* access.log*, access_log*, *_access.log*, localhost_access_log*, u_ex*.log, ex*.log */
    BS_LOG_NAME_MAYBE, /* another file under a logs/ or log/ directory */
} bs_log_name_kind;

/* Compressed rotations (.gz, .bz2, ...) are NONE: their decompressed member is the log. */
bs_log_name_kind bs_log_name(const char *path);

/*
 * A W3C extended log's field-set directive: every later line of the file is
 * read with the last one before it, so a log read in windows carries it
 * from window to window (collectors/logwin.c, matchers/logparse.c).
 */
#define BS_LOG_FIELDS_PREFIX "#Fields:"
#define BS_LOG_FIELDS_PREFIX_LEN 8

/* Whether line[0..n) is such a directive with at least one byte after the prefix. */
static inline bool bs_log_fields_line(const void *line, size_t n)
{
    return n > BS_LOG_FIELDS_PREFIX_LEN &&
           memcmp(line, BS_LOG_FIELDS_PREFIX, BS_LOG_FIELDS_PREFIX_LEN) == 0;
}

#endif
