/*
 * logparse.h - web-server access-log lines (docs/LOGS.md): NCSA common and
 * combined (Apache httpd, nginx, Tomcat, WebLogic access.log) and W3C
 * extended with #Fields: directives (IIS, WebLogic extended), recognised by
 * content; times normalised to UTC.
 *
 * A parser is owned by one worker and reused for every line of every log:
 * nothing is allocated per line.  A parsed request points into the line
 * (bs_span = pointer + length) or, for W3C records whose request line has
 * to be put together, into the parser's own buffer; both stay valid until
 * the next call.  The time helpers are shared with the card-number finder
 * (line timestamps).
 */
#ifndef BS_LOGPARSE_H
#define BS_LOGPARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/object.h"

typedef struct bs_span {
    const char *p;
    size_t n;
} bs_span;

typedef enum {
    BS_LOG_FORMAT_NONE = 0, /* not a web-server log */
    BS_LOG_FORMAT_NCSA,     /* common / combined */
    BS_LOG_FORMAT_W3C       /* extended, #Fields: */
} bs_log_format;

/* One request as the log recorded it.  Absent fields are empty spans. */
typedef struct bs_log_request {
    bs_time time;     /* UTC; unset when the line has none the parser can read */
    bs_span client;   /* host / c-ip */
    bs_span user;     /* authuser / cs-username ("-" kept as is) */
    bs_span method;   /* "GET" */
    bs_span url;      /* request target with query: "/a/b.jsp?x=1" */
    bs_span path;     /* url without the query */
    bs_span protocol; /* "HTTP/1.1" */
    bs_span request;  /* "METHOD URL PROTOCOL", what logs.txt patterns see */
    bs_span referer;
    bs_span user_agent;
    int status; /* 0 when absent */
    uint64_t bytes;
    bool has_bytes;
} bs_log_request;

/* What bs_log_parse_line found in one line. */
typedef enum {
    BS_LOG_LINE_REQUEST,   /* *out holds a request */
    BS_LOG_LINE_DIRECTIVE, /* a W3C '#' line (a #Fields: line changes the field set) */
    BS_LOG_LINE_BLANK,
    BS_LOG_LINE_MALFORMED
} bs_log_line;

/* Counts per log file (reset by bs_log_parser_reset). */
typedef struct bs_log_stats {
    uint64_t lines, requests, malformed, long_lines, directives;
} bs_log_stats;

typedef struct bs_log_parser bs_log_parser;

/* Lines longer than line_max (0: BS_LOG_LINE_MAX) are parsed up to it.  NULL on ENOMEM. */
bs_log_parser *bs_log_parser_new(size_t line_max);
void bs_log_parser_free(bs_log_parser *p);
/* Forgets the W3C field set and the counts: the start of a new file. */
void bs_log_parser_reset(bs_log_parser *p);
/*
 * The start of a later window of a file (bs_object.window): counts
 * forgotten, the field set that of fields[0..len), the file's last
 * "#Fields:" line before the window (none: NCSA until one is seen).
 */
void bs_log_parser_resume(bs_log_parser *p, const char *fields, size_t len);
const bs_log_stats *bs_log_parser_stats(const bs_log_parser *p);

/*
 * Parses one line (without its line break).  A line longer than the
 * parser's line_max is parsed up to there and counted in long_lines.  A W3C line is read with the last #Fields: set seen by
 * this parser, any other line as NCSA.
 */
bs_log_line bs_log_parse_line(bs_log_parser *p, const char *line, size_t len,
                              bs_log_request *out);

/*
 * The next line of buf[*pos..len): its start and length without "\n" or
 * "\r\n"; *pos moves past the line break; *long_line when it is longer
 * than BS_LOG_LINE_MAX (the default line limit).  False at the end.
 */
bool bs_log_next_line(const uint8_t *buf, size_t len, size_t *pos, const char **line,
                      size_t *line_len, bool *long_line);

/* Format by content: the first BS_LOG_SNIFF_LINES lines (renamed logs are not missed). */
bs_log_format bs_log_sniff(const uint8_t *buf, size_t len);
const char *bs_log_format_name(bs_log_format f);

/* ---- times (shared with the card-number finder) ---- */

/* "10/Oct/2000:13:55:36 -0700" (the text between NCSA's brackets) -> UTC. */
bool bs_log_time_ncsa(const char *s, size_t n, bs_time *out);
/*
 * "2019-07-30 14:02:11", "2019-07-30T14:02:11Z", "...,123" (log4j),
 * "....123+02:00": the longest ISO 8601-like prefix of s.  No zone = UTC.
 * Returns the bytes used, 0 when s does not start with one.
 */
size_t bs_log_time_iso(const char *s, size_t n, bs_time *out);
/* The line's own timestamp: an NCSA [..] field or an ISO time within its first bytes. */
bool bs_log_line_time(const char *line, size_t n, bs_time *out);

#endif
