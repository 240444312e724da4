/*
 * rules_cache.h - compiled cache of the bundled rule set, so that start-up
 * does not recompile the bundled rules on every run.
 *
 * The cache lives in $XDG_CACHE_HOME/breachscan/<sha256>.yarc (or
 * $HOME/.cache/breachscan/), keyed by the sha256 over the rule sources.
 * Files are written atomically (temp file + rename); an unreadable, stale or
 * corrupt cache entry is ignored and rebuilt, never fatal.
 */
#ifndef BS_RULES_CACHE_H
#define BS_RULES_CACHE_H

#include <yara.h>

/* The cached compiled rules for `sha256` (lower-case hex), or NULL (miss). */
YR_RULES *bs_rules_cache_load(const char *sha256);
/* Best effort: saves `rules` under `sha256`; failures are silent (a miss next time). */
void bs_rules_cache_store(const char *sha256, YR_RULES *rules);

#endif
