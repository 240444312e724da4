/*
 * rules.h - the YARA rule set of a scan: found, compiled once, shared by all
 * workers (each worker owns its own YR_SCANNER, see yara_match.h).
 */
#ifndef BS_RULES_H
#define BS_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/config.h"
#include "core/status.h"

typedef struct bs_rules bs_rules;
struct YR_RULES;

/*
 * Called for every compiler diagnostic: is_warning, file (may be NULL), line
 * (0 when unknown) and message.
 */
typedef void (*bs_rules_diag_fn)(void *arg, bool is_warning, const char *file, int line,
                                 const char *message);

/*
 * Loads the rules of `paths` (rule files, directories searched recursively for
 * *.yar / *.yara, or one compiled bundle written by `rules compile`).  With no
 * paths, or with add_bundled, the bundled rules (bs_rules_bundled_dir) are
 * loaded too.  Every source is compiled into the namespace named after its
 * file (click2gov.yar -> "click2gov"), with the externals of docs/RULES.md
 * defined.  On a compile error returns BS_FATAL with err set and every
 * diagnostic passed to diag.
 */
bs_status bs_rules_load(const bs_strlist *paths, bool add_bundled, bs_rules_diag_fn diag,
                        void *diag_arg, bs_rules **out, bs_error *err);
void bs_rules_free(bs_rules *rules);

struct YR_RULES *bs_rules_yara(const bs_rules *rules);
/*
 * The strings of the rules that cannot match an object of `size` bytes (a
 * top-level `filesize < N` in their condition, matchers/rule_bounds.h): *n
 * indices into the compiled rules' strings, which YARA need not verify.
 */
const uint32_t *bs_rules_unmatchable_strings(const bs_rules *rules, uint64_t size, size_t *n);
/* True when a loaded rule may read the `md5` external (decided at load). */
bool bs_rules_need_md5(const bs_rules *rules);
int bs_rules_file_count(const bs_rules *rules);
int bs_rules_rule_count(const bs_rules *rules);
/* sha256 over the rule sources (or the bundle), lower-case hex. */
const char *bs_rules_sha256(const bs_rules *rules);
/* The source files that were compiled, in load order (for `rules list/check`). */
const bs_strlist *bs_rules_files(const bs_rules *rules);

/*
 * The bundled rules directory: $BREACHSCAN_RULES, <binary dir>/../rules,
 * <binary dir>/../share/breachscan/rules, PREFIX/share/breachscan/rules.
 * NULL when none exists.
 */
const char *bs_rules_bundled_dir(void);

/* The namespace a rule file compiles into: "dir/click2gov.yar" -> "click2gov". */
void bs_rules_namespace_of(const char *path, char *out, size_t cap);

/* Severity of a matched rule from its meta: `severity`, else `score`, else medium. */
bs_severity bs_rules_severity_from_meta(const char *severity, long long score, bool has_score);

#endif
