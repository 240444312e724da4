/*
 * finding.c - a finding's lifecycle and the per-object finding list.
 */
#include "core/finding.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "core/vec.h"

bs_finding *bs_finding_new(const char *source, const char *rule, bs_severity sev,
                           const bs_object *obj)
{
    bs_finding *f = calloc(1, sizeof(*f));
    bool failed = false;

    if (!f)
        return NULL;
    f->source = strdup(source ? source : "");
    f->rule = strdup(rule ? rule : "");
    f->severity = sev;
    if (!f->source || !f->rule || (obj && !(f->object = bs_object_copy_metadata(obj))))
        failed = true;
    if (failed) {
        bs_finding_free(f);
        return NULL;
    }
    return f;
}

void bs_finding_free(bs_finding *f)
{
    if (!f)
        return;
    free(f->source);
    free(f->rule);
    free(f->namespace_);
    free(f->family);
    free(f->description);
    bs_strlist_release(&f->references);
    bs_strlist_release(&f->tags);
    bs_object_free(f->object);
    for (int i = 0; i < f->n_matches; i++) {
        free(f->matches[i].id);
        free(f->matches[i].data);
    }
    free(f->matches);
    free(f->card);
    free(f);
}


int bs_finding_list_add(bs_finding_list *list, bs_finding *f)
{
    size_t cap = (size_t)list->cap;

    if (bs_grow(&list->items, &cap, (size_t)list->count, sizeof(*list->items),
                BS_FINDINGS_PER_OBJECT_MAX) != BS_GROW_OK)
        return -1;
    list->cap = (int)cap;
    list->items[list->count++] = f;
    return 0;
}

void bs_finding_list_release(bs_finding_list *list)
{
    for (int i = 0; i < list->count; i++)
        bs_finding_free(list->items[i]);
    free(list->items);
    memset(list, 0, sizeof(*list));
}
