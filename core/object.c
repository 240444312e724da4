/*
 * object.c - lifecycle of bs_object.
 */
#include "core/object.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

bs_object *bs_object_new(int target, const char *location, const char *path)
{
    bs_object *obj = calloc(1, sizeof(*obj));

    if (!obj)
        return NULL;
    obj->target = target;
    obj->location = strdup(location ? location : "");
    obj->path = strdup(path ? path : "");
    if (!obj->location || !obj->path) {
        bs_object_free(obj);
        return NULL;
    }
    return obj;
}

static void release_data(bs_object *obj)
{
    if (obj->mapped && obj->data)
        munmap(obj->data, obj->len);
    else
        free(obj->data);
    obj->data = NULL;
    obj->len = 0;
    obj->mapped = false;
}

void bs_object_free(bs_object *obj)
{
    if (!obj)
        return;
    free(obj->location);
    free(obj->path);
    free(obj->owner);
    free(obj->win_fields);
    release_data(obj);
    free(obj);
}

void bs_object_set_data(bs_object *obj, uint8_t *data, size_t len)
{
    release_data(obj);
    obj->data = data;
    obj->len = data ? len : 0;
}

void bs_object_set_mapped(bs_object *obj, uint8_t *map, size_t len)
{
    release_data(obj);
    obj->data = map;
    obj->len = map ? len : 0;
    obj->mapped = map != NULL;
}

void bs_object_set_owner_uid(bs_object *obj, unsigned long uid)
{
    char buf[32];

    snprintf(buf, sizeof(buf), "%lu", uid);
    free(obj->owner);
    obj->owner = strdup(buf);
}

bs_object *bs_object_child(const bs_object *parent, const char *member_path)
{
    size_t n = strlen(parent->location) + strlen(member_path) + 2;
    char *loc = malloc(n);
    bs_object *child;

    if (!loc)
        return NULL;
    snprintf(loc, n, "%s!%s", parent->location, member_path);
    child = bs_object_new(parent->target, loc, member_path);
    free(loc);
    if (child)
        child->depth = parent->depth + 1;
    return child;
}

int bs_object_copy_times_mode_owner(bs_object *dst, const bs_object *src)
{
    dst->mode = src->mode;
    dst->has_mode = src->has_mode;
    dst->mtime = src->mtime;
    dst->atime = src->atime;
    dst->ctime = src->ctime;
    dst->crtime = src->crtime;
    dst->dtime = src->dtime;
    free(dst->owner);
    dst->owner = NULL;
    if (src->owner && !(dst->owner = strdup(src->owner)))
        return -1;
    return 0;
}

#define LAYER_SUFFIX "!decoded:"

bs_object *bs_object_layer(const bs_object *obj)
{
    size_t base = strlen(obj->location), n;
    bs_object *c;
    char *loc;

    if (obj->layer > 0) { /* "x.php!decoded:2" -> "x.php" */
        const char *s = strstr(obj->location, LAYER_SUFFIX);

        while (s && strstr(s + 1, LAYER_SUFFIX))
            s = strstr(s + 1, LAYER_SUFFIX);
        if (s)
            base = (size_t)(s - obj->location);
    }
    n = base + sizeof(LAYER_SUFFIX) + 12;
    if (!(loc = malloc(n)))
        return NULL;
    snprintf(loc, n, "%.*s%s%d", (int)base, obj->location, LAYER_SUFFIX, obj->layer + 1);
    c = bs_object_copy_metadata(obj);
    if (c) {
        free(c->location);
        c->location = loc;
        c->layer = obj->layer + 1;
    } else {
        free(loc);
    }
    return c;
}

bs_object *bs_object_copy_metadata(const bs_object *obj)
{
    bs_object *c = bs_object_new(obj->target, obj->location, obj->path);

    if (!c)
        return NULL;
    c->size = obj->size;
    c->inode = obj->inode;
    c->has_inode = obj->has_inode;
    c->deleted = obj->deleted;
    c->depth = obj->depth;
    c->layer = obj->layer;
    c->window = obj->window; /* findings of a log's windows are merged (report/windows.c) */
    if (bs_object_copy_times_mode_owner(c, obj) != 0) {
        bs_object_free(c);
        return NULL;
    }
    return c; /* data stays NULL: never the content */
}
