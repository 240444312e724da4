/*
 * allow.h - allow lists: the entries of --allow files and of a directory
 * target's .breachscan-allow that suppress known-good findings (by sha256,
 * by path glob, or by rule with an optional path glob), each with a reason
 * and the file and line it came from.  Line format: docs/SUPPRESSIONS.md.
 *
 * Parsing is strict: a line that does not parse is an error naming file and
 * line, so a typo never silently suppresses nothing (or everything).
 */
#ifndef BS_REPORT_ALLOW_H
#define BS_REPORT_ALLOW_H

#include <stdbool.h>
#include <stddef.h>

#include "core/status.h"

typedef enum { BS_ALLOW_SHA256, BS_ALLOW_PATH, BS_ALLOW_RULE } bs_allow_kind;

typedef struct bs_allow_entry {
    bs_allow_kind kind;
    char *value;  /* sha256 (lower-case hex), path glob, or rule name */
    char *glob;   /* rule entries: optional path glob (NULL: any path) */
    char *reason; /* after " -- ", never empty */
    int file;     /* index of the allow file (bs_allow_file_name) */
    int line;     /* 1-based */
} bs_allow_entry;

typedef struct bs_allow bs_allow;

bs_allow *bs_allow_new(void);
void bs_allow_free(bs_allow *a);

/*
 * Adds the entries of text[0..len), the content of the allow file `name`.
 * scope: the target path the entries apply to (a .breachscan-allow at that
 * target's root), or NULL for every target; automatic: the file was found
 * at a target's root rather than given with --allow.  BS_FAILED with err
 * "NAME:LINE: why" on the first line that does not parse (entries of that
 * file added before it stay), BS_FATAL on ENOMEM or too many entries.
 */
bs_status bs_allow_parse(bs_allow *a, const char *text, size_t len, const char *name,
                         const char *scope, bool automatic, bs_error *err);
/* bs_allow_parse on the content of the file at path (at most BS_ALLOW_FILE_MAX bytes). */
bs_status bs_allow_load(bs_allow *a, const char *path, const char *scope, bool automatic,
                        bs_error *err);

/* Lists a file without entries (an earlier report's, read back); BS_FATAL on ENOMEM. */
bs_status bs_allow_note_file(bs_allow *a, const char *name, const char *scope, bool automatic,
                             int entries, bs_error *err);

int bs_allow_count(const bs_allow *a);
const bs_allow_entry *bs_allow_entry_at(const bs_allow *a, int i);
int bs_allow_file_count(const bs_allow *a);
const char *bs_allow_file_name(const bs_allow *a, int file);
const char *bs_allow_file_scope(const bs_allow *a, int file); /* NULL: every target */
bool bs_allow_file_automatic(const bs_allow *a, int file);
int bs_allow_file_entries(const bs_allow *a, int file);

/*
 * The first entry (in file and line order) that suppresses a finding of
 * `rule` on the object at `location` with content `sha256` (may be "" or
 * NULL) in the target `target_path`; NULL when none does.
 */
const bs_allow_entry *bs_allow_match(const bs_allow *a, const char *rule, const char *sha256,
                                     const char *target_path, const char *location);

/*
 * The path of an object inside its target, as globs and fingerprints see it:
 * location without the target path and one leading '/' ("sub/x.php" for
 * "/srv/www/sub/x.php" in "/srv/www"; "@p1:/var/www/x.php" in an image).
 */
const char *bs_location_in_target(const char *location, const char *target_path);

/*
 * The stable fingerprint of a finding (lower-case hex sha256): of rule,
 * source, the object's path inside its target and the object's sha256.  The
 * same for the same file found by the same rule whatever the scan (SARIF
 * partialFingerprints, --baseline).
 */
void bs_fingerprint(const char *rule, const char *source, const char *location,
                    const char *target_path, const char *sha256, char out[65]);

#endif
