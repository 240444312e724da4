/*
 * matchers.c - the table of matchers, in the order they run on an object.
 * A matcher is one file defining `const bs_matcher bs_matcher_<name>`
 * (matcher.h); adding one is that file plus one X(name) line below.
 */
#include <string.h>

#include "matchers/matcher.h"

#define BS_MATCHERS(X) \
    X(yara)            \
    X(iocs)

#define DECLARE_MATCHER(name) extern const bs_matcher bs_matcher_##name;
#define LIST_MATCHER(name) &bs_matcher_##name,

BS_MATCHERS(DECLARE_MATCHER)

const bs_matcher *const bs_matchers[] = {BS_MATCHERS(LIST_MATCHER) NULL};

const bs_matcher *bs_matcher_find(const char *name)
{
    for (int i = 0; name && bs_matchers[i]; i++)
        if (strcmp(bs_matchers[i]->name, name) == 0)
            return bs_matchers[i];
    return NULL;
}
