/*
 * externals.c - derive filename/filepath/extension/filetype/owner/md5 of an
 * object.  Inside an archive or image these describe the inner path.
 */
#include "matchers/externals.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "matchers/filetype.h"

const char *const bs_external_names[] = {"filename", "filepath", "extension",
                                         "filetype", "owner",    "md5"};

static void copy_bounded(char *dst, size_t cap, const char *src, size_t len)
{
    if (len >= cap)
        len = cap - 1;
    memcpy(dst, src, len);
    dst[len] = '\0';
}

void bs_externals_compute(const bs_object *obj, const char *md5, bs_externals *ext)
{
    const char *path = obj->path ? obj->path : "";
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');

    copy_bounded(ext->filename, sizeof(ext->filename), base, strlen(base));
    if (slash)
        copy_bounded(ext->filepath, sizeof(ext->filepath), path,
                     slash == path ? 1 : (size_t)(slash - path));
    else
        ext->filepath[0] = '\0';

    ext->extension[0] = '\0';
    if (dot && dot != base && strlen(dot) < sizeof(ext->extension)) {
        size_t i;

        for (i = 0; dot[i]; i++)
            ext->extension[i] = (char)tolower((unsigned char)dot[i]);
        ext->extension[i] = '\0';
    }
    ext->filetype = bs_filetype(obj->data, obj->len, ext->extension);
    snprintf(ext->owner, sizeof(ext->owner), "%s", obj->owner ? obj->owner : "");
    snprintf(ext->md5, sizeof(ext->md5), "%s", md5 ? md5 : "");
}
