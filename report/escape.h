/*
 * escape.h - writing document strings into other formats safely: HTML text
 * and attributes, RFC 4180 CSV fields (with the spreadsheet-formula guard),
 * URI references (RFC 3986 percent-encoding) and terminal-safe plain text.
 *
 * The strings come from evidence (file names, log lines, rule meta), already
 * UTF-8-clean and PAN-masked by the document builder; these functions make
 * sure none of them can change the structure of the output they land in.
 * Each writes to a stream; the writer checks the stream once at its end.
 */
#ifndef BS_ESCAPE_H
#define BS_ESCAPE_H

#include <stdio.h>

/* & < > " ' as entities; NULL prints nothing.  Safe in text and quoted attributes. */
void bs_put_html(FILE *out, const char *s);

/*
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF
 * (quotes doubled); a cell starting with = + - @, TAB or CR gets a leading
 * apostrophe first, so a spreadsheet shows it as text instead of running it
 * as a formula.  NULL is the empty field.
 */
void bs_put_csv(FILE *out, const char *s);

/* Percent-encodes every byte except RFC 3986 unreserved characters and '/'. */
void bs_put_uri(FILE *out, const char *s);

/*
 * Plain text for a terminal or a line-based format: control characters (C0,
 * DEL, C1), bidi controls (U+202A-202E, U+2066-2069) and every byte listed in
 * `also` (e.g. "|" for the mactime body format) are written as \xNN, so a
 * file name cannot move the cursor, recolour the terminal, reorder the line
 * or add a field.  NULL prints nothing.
 */
void bs_put_plain(FILE *out, const char *s, const char *also);

/*
 * printf for plain text with document strings in it: %s arguments go through
 * bs_put_plain (NULL prints "-"), %d is an int, %j a long long, %% a percent.
 * The format itself is the program's own text, written as is.
 */
void bs_put_plainf(FILE *out, const char *fmt, ...);

#endif
