/*
 * filetype.h - short upper-case file type from magic bytes (our own table),
 * for the YARA `filetype` external and the report.
 */
#ifndef BS_FILETYPE_H
#define BS_FILETYPE_H

#include <stddef.h>
#include <stdint.h>

/* "ZIP", "ELF", "EXE", "PDF", "GZIP", "JSP", "PHP", "ASPX", "JS", "HTML", "TEXT", "DATA", ... */
const char *bs_filetype(const uint8_t *data, size_t len, const char *extension);

#endif
