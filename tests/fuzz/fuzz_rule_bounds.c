/*
 * fuzz_rule_bounds.c - libFuzzer target for the size-bound reader of rule
 * sources (matchers/rule_bounds.c), which reads third-party rule sets given
 * with -r before YARA has compiled them: whatever the bytes, it never
 * crashes or reads past the end, and every bound it reports names a rule.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "matchers/rule_bounds.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *copy = malloc(size ? size : 1); /* exactly size bytes: ASan sees any overread */
    bs_rule_bounds b = {0};

    if (!copy)
        return 0;
    memcpy(copy, data, size);
    bs_rule_bounds_read(copy, size, &b);
    for (size_t i = 0; i < b.count; i++)
        if (!b.items[i].rule || !b.items[i].rule[0])
            abort();
    bs_rule_bounds_release(&b);
    free(copy);
    return 0;
}
