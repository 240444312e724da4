/*
 * filetype.c - short upper-case file type from magic bytes.
 *
 * Binary formats are recognised by signature only.  Text is classified by
 * markers in the first bytes (<?php, <%@ Page, <%, <html); the extension is
 * consulted only to name plain text (JS, CSS, LOG...), never to override a
 * signature.
 */
#include "matchers/filetype.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

typedef struct magic {
    size_t offset;
    const char *bytes;
    size_t len;
    const char *type;
} magic;

#define M(off, lit, type) {off, lit, sizeof(lit) - 1, type}

static const magic magic_table[] = {
    M(0, "PK\x03\x04", "ZIP"),
    M(0, "PK\x05\x06", "ZIP"),
    M(0, "\x1f\x8b", "GZIP"),
    M(0, "BZh", "BZIP2"),
    M(0, "\xfd" "7zXZ\x00", "XZ"),
    M(0, "\x28\xb5\x2f\xfd", "ZSTD"),
    M(0, "7z\xbc\xaf\x27\x1c", "7Z"),
    M(257, "ustar", "TAR"),
    M(0, "070701", "CPIO"),
    M(0, "070707", "CPIO"),
    M(0, "\x7f" "ELF", "ELF"),
    M(0, "MZ", "EXE"),
    M(0, "\xca\xfe\xba\xbe", "CLASS"),
    M(0, "%PDF-", "PDF"),
    M(0, "\x89PNG\r\n\x1a\n", "PNG"),
    M(0, "\xff\xd8\xff", "JPEG"),
    M(0, "GIF8", "GIF"),
    M(0, "EVF\x09\x0d\x0a\xff\x00", "EWF"),
    M(0, "QFI\xfb", "QCOW"),
    M(0, "KDMV", "VMDK"),
    M(0, "vhdxfile", "VHDX"),
    M(0, "conectix", "VHD"),
    M(0, "SQLite format 3", "SQLITE"),
    M(0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE"),
    M(0x8001, "CD001", "ISO"),
};

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
    if (!data || len == 0)
        return "EMPTY";
    for (size_t i = 0; i < sizeof(magic_table) / sizeof(magic_table[0]); i++) {
        const magic *m = &magic_table[i];

        if (len >= m->offset + m->len && memcmp(data + m->offset, m->bytes, m->len) == 0)
            return m->type;
    }
    if (looks_like_text(data, len))
        return text_type(data, len, extension);
    return "DATA";
}
