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

    for (size_t i = 0; i < n; i++) {
        uint8_t c = data[i];

        if (c == 0)
            return false;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b)
            return false;
    }
    return true;
}

static const char *text_type(const uint8_t *data, size_t len, const char *extension)
{
    size_t n = len < TEXT_SNIFF_BYTES ? len : TEXT_SNIFF_BYTES;

    for (size_t m = 0; m < sizeof(text_markers) / sizeof(text_markers[0]); m++)
        if (memmem(data, n, text_markers[m].needle, strlen(text_markers[m].needle)))
            return text_markers[m].type;
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
