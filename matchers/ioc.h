/*
 * ioc.h - indicator lists from rules/iocs/ (docs/RULES.md): hashes.txt,
 * filenames.txt (PCRE2 against full paths), logs.txt (PCRE2 against the
 * request part of web-server log lines).
 */
#ifndef BS_IOC_H
#define BS_IOC_H

#include <stdbool.h>

#include "core/config.h"
#include "core/finding.h"
#include "core/hash.h"
#include "core/object.h"
#include "core/status.h"

typedef struct bs_iocs bs_iocs;

/*
 * Loads IOC files: each path is a file or a directory holding hashes.txt,
 * filenames.txt and/or logs.txt (a file's role comes from its name:
 * *hash*, *filename*, *log*).  With no paths, the bundled
 * <bundled rules dir>/iocs/ is used (missing = no IOCs, not an error).
 * A bad line gives BS_FATAL with "file:line: message" in err.
 */
bs_status bs_iocs_load(const bs_strlist *paths, bs_iocs **out, bs_error *err);
/*
 * One list held in memory (len bytes at data, not NUL-terminated); its role
 * comes from name as for a file ("hashes.txt", "filenames.txt", "logs.txt").
 * Same rules and errors as bs_iocs_load; for tests and fuzzing.
 */
bs_status bs_iocs_load_buffer(const char *name, const void *data, size_t len, bs_iocs **out,
                              bs_error *err);
void bs_iocs_free(bs_iocs *iocs);

/* BS_HASH_* bits of the algorithms the hash list needs (0 when empty). */
unsigned bs_iocs_hash_algos(const bs_iocs *iocs);

/* Per-worker matching scratch (PCRE2 match data, subject buffers): no allocation per object. */
typedef struct bs_ioc_scratch bs_ioc_scratch;
bs_ioc_scratch *bs_ioc_scratch_new(void);
void bs_ioc_scratch_free(bs_ioc_scratch *sc);

/*
 * Match one object: file-name IOCs against its inner path and its location
 * (normalised so that a relative path matches the same way in a directory,
 * an archive or an image), hash IOCs against `hashes` (computed by the
 * caller with bs_iocs_hash_algos; NULL when the object could not be hashed).
 * Each hit is appended to out as a finding (source "filename" / "hash")
 * whose rule names the indicator ("IOC_Filename_<description>").
 * BS_FAILED + err on ENOMEM or an over-long path.
 */
bs_status bs_iocs_match_object(const bs_iocs *iocs, const bs_object *obj, const bs_hashes *hashes,
                               bs_ioc_scratch *sc, bs_finding_list *out, bs_error *err);

/* Log patterns, for the log matcher: count, and name/severity/compiled pattern. */
int bs_iocs_log_pattern_count(const bs_iocs *iocs);
/* Returns true and fills name/severity if `request` matches pattern i. */
bool bs_iocs_log_pattern_match(const bs_iocs *iocs, int i, const char *request, size_t len,
                               bs_ioc_scratch *sc, const char **name, bs_severity *severity);

/* One problem found by bs_iocs_check: file, line (0 = the file as a whole), message. */
typedef void (*bs_iocs_diag_fn)(void *arg, const char *file, int line, const char *message);

/*
 * Parses and validates the IOC files of `paths` (same rules as bs_iocs_load)
 * without keeping them, reporting every bad line to diag.  Returns the number
 * of problems (0 = all good).  For `breachscan rules check`.
 */
int bs_iocs_check(const bs_strlist *paths, bs_iocs_diag_fn diag, void *arg);

/* Entries loaded: hashes, filename patterns, log patterns (for `rules check`). */
void bs_iocs_counts(const bs_iocs *iocs, int *hashes, int *filenames, int *logs);

#endif
