/*
 * rules_meta.h - meta enforcement for the bundled rules (docs/RULES.md):
 * every public bundled rule carries severity, description, family,
 * reference, author and date, with a known severity name and an ISO date.
 * Third-party rules (-r) are never checked here.
 */
#ifndef BS_RULES_META_H
#define BS_RULES_META_H

#include <stdbool.h>

#include <yara.h>

#include "core/config.h"

/* One problem: file (may be NULL), line (0 = unknown), message. */
typedef void (*bs_meta_diag_fn)(void *arg, const char *file, int line, const char *message);

/* The meta names every bundled rule must have, NULL-terminated. */
extern const char *const bs_rules_required_meta[];

/*
 * Checks every public rule of `yr` whose namespace belongs to one of `files`
 * that lies under `bundled_dir` (rules of other files are skipped).  Each
 * problem goes to diag with the rule's file and line.  Returns the number of
 * problems.
 */
int bs_rules_meta_check(YR_RULES *yr, const bs_strlist *files, const char *bundled_dir,
                        bs_meta_diag_fn diag, void *arg);

/* The string meta `name` of rule, or NULL. */
const char *bs_rule_meta_string(const YR_RULE *rule, const char *name);
/* Severity of rule from its meta (severity, else score, else medium). */
bs_severity bs_rule_severity(const YR_RULE *rule);

/* The file of `files` whose namespace (base name without extension) is ns, or NULL. */
const char *bs_rules_file_of_namespace(const bs_strlist *files, const char *ns);

/* 1-based line of "rule NAME" in file, 0 when not found. */
int bs_rules_find_line(const char *file, const char *rule);

#endif
