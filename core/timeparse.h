/*
 * timeparse.h - times written as text, read back (timeparse.c): ISO 8601 /
 * RFC 3339 ("2018-08-14T03:12:09Z", "2018-08-14T05:12:09.5+02:00",
 * "2019-07-30 14:02:11,123", "2018-08-14") and the calendar arithmetic
 * behind them.  One parser for report files (report/json_read.c, the
 * writers' bs_doc_time), log lines (matchers/logparse.c) and the
 * command line (scanner/cli.c); each caller says what it accepts.
 */
#ifndef BS_CORE_TIMEPARSE_H
#define BS_CORE_TIMEPARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/object.h" /* bs_time */

/* What bs_time_parse accepts besides "YYYY-MM-DD[T ]HH:MM:SS[.fraction][zone]". */
#define BS_TIME_ZONE_NEEDED 0x1 /* a time of day must carry Z or an offset (else: read as UTC) */
#define BS_TIME_ONLY_Z 0x2      /* the zone, when there, must be Z (report files are UTC) */
#define BS_TIME_DATE_ONLY 0x4   /* "YYYY-MM-DD" alone is a time: 00:00:00 UTC */
#define BS_TIME_SINCE_1970 0x8  /* years before 1970 are not a time (log lines) */

/*
 * The time at the start of s (n bytes, need not be NUL-terminated): returns
 * the bytes used, 0 when s does not start with a time flags accept.  Zone
 * offsets: Z, +hh:mm, +hhmm, +hh (and minus).  A fraction (".123" or
 * ",123") gives nanoseconds.  *date_only (may be NULL) tells whether it was
 * a date alone.  Callers that want the whole string compare the result
 * with its length.
 */
size_t bs_time_parse(const char *s, size_t n, unsigned flags, bs_time *out, bool *date_only);

/* Broken-down local fields minus a zone offset (minutes east) -> UTC; false out of range. */
bool bs_time_from_fields(int y, int mo, int d, int h, int mi, int s, int32_t nsec, int off_min,
                         bs_time *out);
/* "+hhmm", "-hh:mm", "+hh" or "Z" at s: minutes east of UTC; bytes used in *used (0: none). */
int bs_time_zone(const char *s, size_t n, size_t *used);
/* ".123" or ",123456" at s: nanoseconds; bytes used in *used (0: none). */
int32_t bs_time_fraction(const char *s, size_t n, size_t *used);
/* The value of n decimal digits at s, or -1 when one is not a digit. */
int bs_time_digits(const char *s, int n);
/* Days since 1970-01-01 of a proleptic Gregorian date. */
int64_t bs_days_from_civil(int64_t y, unsigned m, unsigned d);

#endif
