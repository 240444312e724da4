/*
 * externals.h - values of the YARA external variables for one object
 * (docs/RULES.md, "External variables"; Loki/THOR conventions): filename, filepath, extension,
 * filetype, owner, md5.
 */
#ifndef BS_EXTERNALS_H
#define BS_EXTERNALS_H

#include "core/object.h"

#define BS_EXT_NAME_MAX 4096

typedef struct bs_externals {
    char filename[BS_EXT_NAME_MAX];  /* base name of the inner path */
    char filepath[BS_EXT_NAME_MAX];  /* directory of the inner path, no trailing '/' */
    char extension[64];              /* lower case, with the dot; "" when none */
    const char *filetype;            /* from magic bytes */
    char owner[160];                 /* uid or SID; "" when unknown */
    char md5[33];                    /* lower-case hex; "" when not computed */
} bs_externals;

/* Names of the externals, in the order they are defined on every compile. */
extern const char *const bs_external_names[];
#define BS_EXTERNAL_COUNT 6

/* Fills ext for obj; md5 may be NULL (then ""). */
void bs_externals_compute(const bs_object *obj, const char *md5, bs_externals *ext);

#endif
