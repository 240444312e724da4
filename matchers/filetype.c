/*
 * filetype.c - short upper-case file type from magic bytes.
 *
 * Binary formats are recognised by signature only, from the program's one
 * signature table (core/magic.c, shared with the archive collector).  Text is
 * classified by markers in the first bytes (<?php, <%@ Page, <%, <html); the
 * extension is consulted only to name plain text (JS, CSS, LOG...), never to
 * override a signature.
 */
#include "matchers/filetype.h"

#include "core/bytes.h"
#include "core/magic.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

typedef struct text_marker {
    const char *needle;
    const char *type;
} text_marker;

/* Ordered: the first marker found in the head wins. */
static const text_marker text_markers[] = {
    {"<?php", "PHP"},           {"<%@ Page", "ASPX"},            {"<%@ WebHandler", "ASPX"},
    {"<%@ Import Namespace", "ASPX"}, {"<%@ Assembly", "ASPX"}, {"<%@", "JSP"},
    {"<jsp:", "JSP"},
    {"<%", "JSP"},            {"<?xml", "XML"},     {"<!DOCTYPE html", "HTML"},
    {"<html", "HTML"},        {"<HTML", "HTML"},    {"#!/", "SCRIPT"},
};

typedef struct ext_type {
    const char *ext;
    const char *type;
} ext_type;

static const ext_type text_extensions[] = {
    {".js", "JS"},    {".css", "CSS"},   {".log", "LOG"},   {".txt", "TEXT"},
    {".json", "JSON"}, {".java", "JAVA"}, {".jsp", "JSP"},   {".jspx", "JSP"},
    {".php", "PHP"},  {".aspx", "ASPX"}, {".asp", "ASPX"},  {".ashx", "ASPX"},
    {".xml", "XML"},  {".html", "HTML"}, {".htm", "HTML"},  {".properties", "TEXT"},
};

#define TEXT_SNIFF_BYTES 4096

static bool looks_like_text(const uint8_t *data, size_t len)
{
    size_t n = len < TEXT_SNIFF_BYTES ? len : TEXT_SNIFF_BYTES;

    return bs_find_binary_byte(data, n) == n;
}

#define N_MARKERS (sizeof(text_markers) / sizeof(text_markers[0]))

/*
 * One pass over the head: every marker begins with '<' or '#', so only those
 * bytes are tried, and only against markers earlier in the table than the
 * best found so far (thirteen memmem calls over the same 4 KiB cost more than
 * the YARA scan of a small script, docs/PERFORMANCE.md).
 */
static const char *marker_type(const uint8_t *data, size_t n)
{
    size_t best = N_MARKERS;

    for (size_t i = bs_find_any3(data, n, '<', '#', '#'); i < n && best > 0;
         i += 1 + bs_find_any3(data + i + 1, n - i - 1, '<', '#', '#'))
        for (size_t m = 0; m < best; m++) {
            size_t k = strlen(text_markers[m].needle);

            if (text_markers[m].needle[0] == data[i] && n - i >= k &&
                memcmp(data + i, text_markers[m].needle, k) == 0)
                best = m;
        }
    return best < N_MARKERS ? text_markers[best].type : NULL;
}

static const char *text_type(const uint8_t *data, size_t len, const char *extension)
{
    const char *marked = marker_type(data, len < TEXT_SNIFF_BYTES ? len : TEXT_SNIFF_BYTES);

    if (marked)
        return marked;
    if (extension)
        for (size_t e = 0; e < sizeof(text_extensions) / sizeof(text_extensions[0]); e++)
            if (strcasecmp(extension, text_extensions[e].ext) == 0)
                return text_extensions[e].type;
    return "TEXT";
}

const char *bs_filetype(const uint8_t *data, size_t len, const char *extension)
{
    const bs_magic *m = bs_magic_find(data, len);

    if (!data || len == 0)
        return "EMPTY";
    if (m)
        return m->type;
    if (looks_like_text(data, len))
        return text_type(data, len, extension);
    return "DATA";
}
