/*
 * object.h - one file's content plus its metadata: what collectors produce
 * and matchers consume.  Nothing downstream knows where an object came from.
 */
#ifndef BS_OBJECT_H
#define BS_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/hash.h"

typedef struct bs_time {
    int64_t sec;  /* seconds since the epoch, UTC */
    int32_t nsec; /* 0..999999999 */
    bool set;     /* false: unknown (written as null, never 1970) */
} bs_time;

/* Orders two times: <0, 0, >0 (sec, then nsec; `set` is not looked at). */
static inline int bs_time_cmp(bs_time a, bs_time b)
{
    if (a.sec != b.sec)
        return a.sec < b.sec ? -1 : 1;
    return (a.nsec > b.nsec) - (a.nsec < b.nsec);
}

/* *t becomes other when other is set and *t is unset or later (the start of a span). */
static inline void bs_time_keep_earliest(bs_time *t, bs_time other)
{
    if (other.set && (!t->set || bs_time_cmp(other, *t) < 0))
        *t = other;
}

/* *t becomes other when other is set and *t is unset or earlier (the end of a span). */
static inline void bs_time_keep_latest(bs_time *t, bs_time other)
{
    if (other.set && (!t->set || bs_time_cmp(other, *t) > 0))
        *t = other;
}

typedef struct bs_object {
    int target;     /* index of the scan target this object came from */
    char *location; /* "<target>[@pN]:<path>[!<member>]...", raw bytes */
    char *path;     /* path inside the innermost container, raw bytes */
    uint64_t size;  /* size of the file as recorded by its container */
    uint64_t inode; /* inode / MFT entry; valid when has_inode */
    bool has_inode;
    uint32_t mode; /* permission bits + type (st_mode); valid when has_mode */
    bool has_mode;
    char *owner; /* uid as decimal, or NTFS SID; NULL when unknown */
    bs_time mtime, atime, ctime, crtime;
    bs_time dtime; /* deletion time, where the file system keeps one (ext2/3/4 dtime) */
    bool deleted; /* recovered from unallocated metadata */
    int depth;    /* container nesting: 0 = directly in the target */
    int layer;    /* decoded layer: 0 = the content as stored, 1 = unwrapped once, ... */

    /*
     * One window of a log larger than --max-file-size (collectors/fs.c): the
     * file arrives as several objects at the same location, each at most
     * --max-file-size, cut after a newline.  win_offset and win_line place
     * data[0] in the file (bytes and lines before it); file_hashes are the
     * whole file's digests ("" when it was not hashed).  Matchers that look
     * at the whole file (file-name and hash IOCs) saw it once, before.
     * win_fields is the last W3C "#Fields:" line before data[0] (NULL: none),
     * the field set the window's first lines are written in.
     */
    bool window;
    uint64_t win_offset, win_line;
    bs_hashes file_hashes;
    char *win_fields;

    uint8_t *data; /* content, owned by the object; NULL if len 0 */
    size_t len;    /* bytes in data (== size unless truncated/unreadable) */
    bool mapped;   /* data is a read-only file mapping (munmap), not malloc */
} bs_object;

/* Allocates a zeroed object with copies of location and path. NULL on ENOMEM. */
bs_object *bs_object_new(int target, const char *location, const char *path);
void bs_object_free(bs_object *obj);
/* Takes ownership of a malloc'd buffer as the object's content. */
void bs_object_set_data(bs_object *obj, uint8_t *data, size_t len);
/* Takes ownership of a read-only file mapping of len bytes as the content. */
void bs_object_set_mapped(bs_object *obj, uint8_t *map, size_t len);
/*
 * Copies mode, owner and the times (MACB and deletion) from src (what a member inherits
 * from its container).  -1 when the owner cannot be copied (ENOMEM).
 */
int bs_object_copy_times_mode_owner(bs_object *dst, const bs_object *src);
/* A metadata-only copy (no content) at the same location; NULL on ENOMEM. */
bs_object *bs_object_copy_metadata(const bs_object *obj);
/* Sets owner from a numeric uid. */
void bs_object_set_owner_uid(bs_object *obj, unsigned long uid);
/* Copies metadata (not content) from src into a new object, with new location/path. */
bs_object *bs_object_child(const bs_object *parent, const char *member_path);
/*
 * The next decoded layer of obj: location "<file>!decoded:<layer>" (one
 * suffix, numbered, not a chain), the same path, times, owner and inode
 * (rules and externals see the same file), no content.  NULL on ENOMEM.
 */
bs_object *bs_object_layer(const bs_object *obj);

#endif
