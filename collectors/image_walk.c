/*
 * image_walk.c - from an opened image to objects: volume system (MBR with
 * extended partitions, GPT, ... or none), then every file system TSK opens,
 * then every file (allocated, deleted, orphan) and NTFS data stream.
 * On ext2/3/4 also the allocated inodes no name reaches (unlinked while
 * open, or names overwritten), which TSK's own orphan search leaves out.
 *
 * Owns the volume ids (p1, p2, ... for partitions in disk order, u1, u2, ...
 * for unallocated space; a bare file system is p1), the location strings of
 * image objects, what counts as deleted / unrecoverable, and reading file
 * content out of TSK with --max-file-size applied.  Runs in one thread per
 * image handle (TSK handles are not shared); objects go to sink->emit.
 */
#include "collectors/image.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <tsk/libtsk.h>

#include "core/bytes.h"
#include "core/limits.h"
#include "core/vec.h"
#include "collectors/image_extcheck.h"
#include "collectors/logwin.h"
#include "collectors/image_tsk.h"
#include "collectors/image_volume.h"

#define NTFS_FIRST_USER_INUM 16 /* MFT entries below are NTFS system files */
#define NTFS_EXTEND_DIR "$Extend/"
#define NTFS_DEFAULT_STREAM "$Data"
#define FAT_LABEL_ENTRY "(Volume Label Entry)"
#define TABLE_CHECK_BYTES (34 * 512) /* MBR, GPT header and 128 GPT entries */
#define MIN_META_BYTES 32             /* smallest metadata entry (a FAT directory entry) */
#define INUM_SLACK 4096               /* virtual inodes TSK adds ($OrphanFiles, ...) */
#define TABLE_CHECK_MAX 8            /* entries past the end reported one by one */
#define ORPHAN_DIR "/$OrphanFiles/OrphanFile-" /* TSK's names for files without a name */
#define UNNAMED_MAX_INODES (1ULL << 28)        /* seen-bitmap of at most 32 MiB */
#define EXT_SB_OFF 1024
#define EXT_SB_LEN 1024
#define EXT_SB_FIRST_INO 0x54
#define EXT_FIRST_INO_OLD 11 /* revision 0 file systems have no s_first_ino */
#define CORRUPT_ERRORS_MAX 16 /* corrupt live inodes named one by one, then counted */
/* superblock fields naming inodes that are in use but have no name */
static const unsigned ext_special_inum_off[] = {
    0xE0,  /* s_journal_inum */
    0x240, /* s_usr_quota_inum */
    0x244, /* s_grp_quota_inum */
    0x26C, /* s_prj_quota_inum */
    0x280, /* s_orphan_file_inum */
};
#define EXT_SPECIAL_INUMS (sizeof(ext_special_inum_off) / sizeof(ext_special_inum_off[0]))

/* A directory TSK's walk did not enter (its depth limit): walked afterwards from its inode. */
typedef struct resume {
    TSK_INUM_T inum;
    char *path; /* "/a/b/.../dir" */
    int level;  /* directory levels below the root */
} resume;

/* State of one file-system walk. */
typedef struct fs_walk {
    bs_sink *sink;
    TSK_FS_INFO *fs;
    const char *prefix;  /* location prefix, e.g. "disk.E01@p2:" */
    const char *volloc;  /* the volume's own location, e.g. "disk.E01@p2" */
    int depth;
    bool ntfs, fat, has_uid;
    uint64_t unrecoverable, metafiles, other_types, symlinks;
    uint64_t corrupt_deleted; /* deleted or orphan entries whose inode is corrupt */
    uint64_t corrupt_live;    /* live entries whose inode is corrupt (errors) */
    bs_ext_check *ext;        /* ext4 metadata_csum: inode checksums, or NULL */
    bs_strlist pruned; /* excluded directories, with trailing '/' */
    bool stop;         /* emit said BS_FATAL */
    uint8_t *chunk;    /* BS_READ_CHUNK bytes for hashing too-large files */
    uint8_t *seen;     /* ext: one bit per inode some name reached, or NULL */
    uint64_t seen_bits;
    uint32_t special[EXT_SPECIAL_INUMS]; /* ext: journal, quota, orphan-file inodes */
    const char *base;  /* path of the directory the current TSK walk started at ("" = root) */
    int base_level;    /* its level */
    resume *resumes;   /* cut directories, walked in order after the main walk */
    size_t n_resumes, cap_resumes;
} fs_walk;

/* a + b + c in a new string; NULL on ENOMEM. */
static char *cat3(const char *a, const char *b, const char *c)
{
    char *out = NULL;

    return asprintf(&out, "%s%s%s", a, b, c) < 0 ? NULL : out;
}

/* ---- reading content ---- */

static ssize_t read_at(TSK_FS_FILE *file, const TSK_FS_ATTR *attr, uint64_t off, void *buf,
                       size_t len)
{
    if (attr)
        return tsk_fs_attr_read(attr, (TSK_OFF_T)off, buf, len, TSK_FS_FILE_READ_FLAG_NONE);
    return tsk_fs_file_read(file, (TSK_OFF_T)off, buf, len, TSK_FS_FILE_READ_FLAG_NONE);
}

/*
 * Reads [0, size) in chunks into out (or, when out is NULL, into w->chunk
 * feeding hasher).  Returns the bytes read; fills err on a short read.
 */
static uint64_t read_stream(fs_walk *w, TSK_FS_FILE *file, const TSK_FS_ATTR *attr,
                            uint64_t size, uint8_t *out, bs_hasher *hasher, bs_error *err)
{
    uint64_t off = 0;

    while (off < size) {
        size_t want = size - off < BS_READ_CHUNK ? (size_t)(size - off) : BS_READ_CHUNK;
        uint8_t *dst = out ? out + off : w->chunk;
        ssize_t n = read_at(file, attr, off, dst, want);

        if (n <= 0) {
            if (n < 0)
                bs_image_tsk_error(err, "read", "read failed");
            else
                bs_error_set(err, "read", "short read: %llu of %llu bytes",
                             (unsigned long long)off, (unsigned long long)size);
            break;
        }
        if (hasher)
            bs_hasher_update(hasher, dst, (size_t)n);
        off += (uint64_t)n;
        bs_image_tsk_progress();
    }
    return off;
}

/* The most content a file on fs can really have: the file system's and the image's size. */
static uint64_t storable_bytes(const TSK_FS_INFO *fs)
{
    uint64_t fs_bytes = (uint64_t)fs->block_count * fs->block_size;
    uint64_t img_bytes = fs->img_info && fs->img_info->size > 0 ? (uint64_t)fs->img_info->size
                                                                 : fs_bytes;

    return fs_bytes < img_bytes ? fs_bytes : img_bytes;
}

/* Hashes a file's content by streaming it; false (err filled) on a short read or ENOMEM. */
static bool hash_whole(fs_walk *w, TSK_FS_FILE *file, const TSK_FS_ATTR *attr, uint64_t size,
                       bs_hashes *hashes, bs_error *err)
{
    bs_hasher *h = w->chunk ? bs_hasher_new(BS_HASH_ALL) : NULL;
    bool ok;

    bs_error_clear(err);
    if (!h) {
        bs_error_set(err, "read", "out of memory");
        return false;
    }
    ok = read_stream(w, file, attr, size, NULL, h, err) == size;
    bs_hasher_finish(h, hashes);
    return ok;
}

/*
 * A file over --max-file-size: hashed while streaming, listed in skipped;
 * file-name and hash IOCs still see it (bs_sink_too_large).  meta carries
 * the file's location and metadata, no content.
 */
static void skip_too_large(fs_walk *w, TSK_FS_FILE *file, const TSK_FS_ATTR *attr,
                           const bs_object *meta)
{
    char detail[160];
    bs_hashes hashes;
    bs_error err;

    snprintf(detail, sizeof(detail), "%llu bytes, over --max-file-size %llu",
             (unsigned long long)meta->size, (unsigned long long)w->sink->cfg->max_file_size);
    if (meta->size > w->sink->cfg->hash_max_size)
        snprintf(detail, sizeof(detail),
                 "%llu bytes, over --max-file-size %llu; not hashed (> --hash-max-size %llu)",
                 (unsigned long long)meta->size, (unsigned long long)w->sink->cfg->max_file_size,
                 (unsigned long long)w->sink->cfg->hash_max_size);
    if (meta->size > storable_bytes(w->fs) || meta->size > w->sink->cfg->hash_max_size) {
        /* a sparse or corrupt size would only hash zeros, for hours */
        if (meta->size > storable_bytes(w->fs))
            snprintf(detail, sizeof(detail),
                     "%llu bytes, more than its file system or image holds: not hashed",
                     (unsigned long long)meta->size);
        bs_sink_too_large(w->sink, meta, detail, NULL);
        return;
    }
    if (!hash_whole(w, file, attr, meta->size, &hashes, &err)) {
        bs_sink_error(w->sink, meta->location, err.stage, "%s", err.message);
        bs_sink_too_large(w->sink, meta, detail, NULL);
        return;
    }
    bs_sink_too_large(w->sink, meta, detail, &hashes);
}

/* What bs_logwin_emit reads a file in an image through. */
typedef struct tsk_reader {
    TSK_FS_FILE *file;
    const TSK_FS_ATTR *attr;
} tsk_reader;

static ssize_t tsk_read_at(void *arg, uint64_t off, uint8_t *buf, size_t len)
{
    tsk_reader *r = arg;
    ssize_t n = read_at(r->file, r->attr, off, buf, len);

    bs_image_tsk_progress();
    if (n < 0) {
        tsk_error_reset();
        errno = EIO;
    }
    return n;
}

/* A log over --max-file-size whose size the file system can hold: read in windows (logwin.h). */
static bool read_log_windows(fs_walk *w, TSK_FS_FILE *file, const TSK_FS_ATTR *attr,
                             const bs_object *meta)
{
    tsk_reader rd = {file, attr};

    if (meta->size > storable_bytes(w->fs) || !bs_logwin_wanted(w->sink, meta, tsk_read_at, &rd))
        return false;
    if (bs_logwin_read(w->sink, meta, tsk_read_at, &rd) == BS_FATAL)
        w->stop = true;
    return true;
}

/* ---- object metadata ---- */

static void set_time(bs_time *t, time_t sec, uint32_t nsec)
{
    t->set = sec != 0 || nsec != 0; /* TSK uses 0 for "not recorded" */
    t->sec = (int64_t)sec;
    t->nsec = nsec < 1000000000U ? (int32_t)nsec : 0;
}

static uint32_t type_bits(TSK_FS_META_TYPE_ENUM type)
{
    switch (type) {
    case TSK_FS_META_TYPE_DIR: return S_IFDIR;
    case TSK_FS_META_TYPE_LNK: return S_IFLNK;
    default: return S_IFREG;
    }
}

static void fill_meta(fs_walk *w, TSK_FS_FILE *file, bs_object *obj)
{
    const TSK_FS_META *m = file->meta;
    char *sid = NULL;

    obj->inode = m->addr;
    obj->has_inode = true;
    obj->mode = ((uint32_t)m->mode & 07777U) | type_bits(m->type);
    obj->has_mode = true;
    if (w->ntfs) {
        if (tsk_fs_file_get_owner_sid(file, &sid) == 0 && sid)
            obj->owner = sid; /* malloc'd by TSK, freed with the object */
        else
            free(sid);
        tsk_error_reset();
    } else if (w->has_uid) {
        bs_object_set_owner_uid(obj, (unsigned long)m->uid);
    }
    set_time(&obj->mtime, m->mtime, m->mtime_nano);
    set_time(&obj->atime, m->atime, m->atime_nano);
    set_time(&obj->ctime, m->ctime, m->ctime_nano);
    set_time(&obj->crtime, m->crtime, m->crtime_nano);
    /* ext2/3/4 stamp dtime when an inode is freed; on a live inode the field
       may instead link the orphan list, so only a deleted file's counts */
    if (obj->deleted && TSK_FS_TYPE_ISEXT(w->fs->ftype))
        set_time(&obj->dtime, m->time2.ext2.dtime, m->time2.ext2.dtime_nano);
    obj->depth = w->depth;
}

/* ---- one stream -> one object ---- */

static void emit_stream(fs_walk *w, TSK_FS_FILE *file, const char *path, const TSK_FS_ATTR *attr,
                        uint64_t size, bool deleted)
{
    uint64_t fs_bytes = (uint64_t)w->fs->block_count * w->fs->block_size;
    uint8_t *data = NULL;
    uint64_t got = 0;
    bs_object *obj;
    bs_error err;
    char *loc;

    if (deleted && (size == 0 || file->meta->addr == 0 || size > fs_bytes)) {
        w->unrecoverable++;
        return;
    }
    if (!(loc = cat3(w->prefix, path, ""))) {
        bs_sink_error(w->sink, path, "read", "out of memory");
        return;
    }
    bs_error_clear(&err);
    if (size > w->sink->cfg->max_file_size) {
        if ((obj = bs_object_new(w->sink->target, loc, path))) {
            obj->size = size;
            obj->deleted = deleted;
            fill_meta(w, file, obj);
            if (!read_log_windows(w, file, attr, obj))
                skip_too_large(w, file, attr, obj);
            bs_object_free(obj);
        } else {
            bs_sink_error(w->sink, loc, "read", "out of memory");
        }
        free(loc);
        return;
    }
    if (size > 0 && !(data = malloc((size_t)size))) {
        bs_sink_error(w->sink, loc, "read", "out of memory for %llu bytes", (unsigned long long)size);
        free(loc);
        return;
    }
    got = size ? read_stream(w, file, attr, size, data, NULL, &err) : 0;
    if (deleted && (got == 0 || bs_all_zero(data, (size_t)got))) {
        free(data); /* nothing left of it: blocks zeroed, reused or unreadable */
        free(loc);
        w->unrecoverable++;
        return;
    }
    if (got < size && !deleted)
        bs_sink_error(w->sink, loc, err.stage, "%s", err.message);
    obj = bs_object_new(w->sink->target, loc, path);
    if (!obj) {
        free(data);
        bs_sink_error(w->sink, loc, "read", "out of memory");
        free(loc);
        return;
    }
    free(loc);
    obj->size = size;
    obj->deleted = deleted;
    fill_meta(w, file, obj);
    bs_object_set_data(obj, got ? data : NULL, (size_t)got);
    if (!got)
        free(data);
    if (w->sink->emit(w->sink, obj) == BS_FATAL)
        w->stop = true;
}

/* NTFS: every $DATA attribute; named ones (alternate streams) as "path:name". */
static void emit_ntfs_streams(fs_walk *w, TSK_FS_FILE *file, const char *path, bool deleted)
{
    int n = tsk_fs_file_attr_getsize(file);
    bool is_reg = file->meta->type == TSK_FS_META_TYPE_REG;

    for (int i = 0; i < n && !w->stop; i++) {
        const TSK_FS_ATTR *attr = tsk_fs_file_attr_get_idx(file, i);
        bool named;
        char *spath;

        if (!attr || attr->type != TSK_FS_ATTR_TYPE_NTFS_DATA)
            continue;
        named = attr->name && attr->name[0] && strcmp(attr->name, NTFS_DEFAULT_STREAM) != 0;
        if (!named && !is_reg)
            continue; /* a directory's own data is its index */
        if (!(spath = cat3(path, named ? ":" : "", named ? attr->name : ""))) {
            bs_sink_error(w->sink, w->volloc, "read", "out of memory");
            break;
        }
        emit_stream(w, file, spath, attr, attr->size > 0 ? (uint64_t)attr->size : 0, deleted);
        free(spath);
    }
    tsk_error_reset();
}

/* ---- the directory walk ---- */

static bool is_ntfs_system(const char *dir, const TSK_FS_FILE *file)
{
    if (strncmp(dir, NTFS_EXTEND_DIR, sizeof(NTFS_EXTEND_DIR) - 1) == 0)
        return true;
    return dir[0] == '\0' && file->name->name[0] == '$' && file->meta &&
           file->meta->addr < NTFS_FIRST_USER_INUM;
}

static bool under_pruned(const fs_walk *w, const char *path)
{
    for (int i = 0; i < w->pruned.count; i++)
        if (strncmp(path, w->pruned.items[i], strlen(w->pruned.items[i])) == 0)
            return true;
    return false;
}

/* --exclude: listed once for the file or directory, silent below it. */
static bool excluded(fs_walk *w, const char *path, bool is_dir)
{
    char *loc, *dir;

    if (w->pruned.count && under_pruned(w, path))
        return true;
    if (!w->sink->cfg->excludes.count || !bs_config_excluded(w->sink->cfg, path))
        return false;
    loc = cat3(w->prefix, path, "");
    bs_sink_skipped(w->sink, loc ? loc : path, "excluded", NULL);
    free(loc);
    if (is_dir && (dir = cat3(path, "/", ""))) {
        bs_strlist_add(&w->pruned, dir);
        free(dir);
    }
    return true;
}

/* ---- corrupt metadata ---- */

static const char *name_type_word(TSK_FS_NAME_TYPE_ENUM t)
{
    switch (t) {
    case TSK_FS_NAME_TYPE_REG: return "regular file";
    case TSK_FS_NAME_TYPE_DIR: return "directory";
    case TSK_FS_NAME_TYPE_LNK: return "symbolic link";
    case TSK_FS_NAME_TYPE_CHR: return "character device";
    case TSK_FS_NAME_TYPE_BLK: return "block device";
    case TSK_FS_NAME_TYPE_FIFO: return "FIFO";
    case TSK_FS_NAME_TYPE_SOCK: return "socket";
    default: return NULL; /* unknown, whiteout, shadow, virtual: nothing to compare */
    }
}

static const char *meta_type_word(TSK_FS_META_TYPE_ENUM t)
{
    switch (t) {
    case TSK_FS_META_TYPE_REG: return "regular file";
    case TSK_FS_META_TYPE_DIR: return "directory";
    case TSK_FS_META_TYPE_LNK: return "symbolic link";
    case TSK_FS_META_TYPE_CHR: return "character device";
    case TSK_FS_META_TYPE_BLK: return "block device";
    case TSK_FS_META_TYPE_FIFO: return "FIFO";
    case TSK_FS_META_TYPE_SOCK: return "socket";
    default: return "no valid type";
    }
}

/*
 * Why an entry's inode cannot be trusted, in words for the report, or NULL:
 * an ext4 checksum that fails (the inode or its group descriptor), or, on
 * any ext2/3/4, a live directory entry whose recorded file type the inode
 * contradicts (what a garbled inode table looks like without checksums).
 */
static const char *inode_doubt(fs_walk *w, const TSK_FS_FILE *file, bool deleted, char *buf,
                               size_t size)
{
    const char *said = file->name ? name_type_word(file->name->type) : NULL;

    switch (bs_ext_check_inode(w->ext, file->meta->addr)) {
    case BS_EXT_INODE_BAD:
        return "fails its ext4 checksum";
    case BS_EXT_INODE_GROUP_BAD:
        return "lies in a block group whose descriptor fails its ext4 checksum";
    case BS_EXT_INODE_UNREADABLE:
        return "could not be read from its inode table";
    default:
        break;
    }
    if (deleted || !TSK_FS_TYPE_ISEXT(w->fs->ftype) || !said ||
        !strcmp(said, meta_type_word(file->meta->type)))
        return NULL; /* a deleted name's inode may have been reused: no contradiction */
    snprintf(buf, size, "says %s where its directory entry says %s",
             meta_type_word(file->meta->type), said);
    return buf;
}

/*
 * False when the entry's inode is corrupt: its type, size and content are
 * garbage, so nothing is read.  Live entries become errors (the verdict can
 * then no longer be clean), the first CORRUPT_ERRORS_MAX by name; deleted
 * and orphan ones are counted in skipped[].
 */
static bool inode_sound(fs_walk *w, const TSK_FS_FILE *file, const char *path, bool deleted)
{
    char buf[128];
    const char *why = inode_doubt(w, file, deleted, buf, sizeof(buf));
    char *loc;

    if (!why)
        return true;
    if (deleted) {
        w->corrupt_deleted++;
        return false;
    }
    if (w->corrupt_live++ >= CORRUPT_ERRORS_MAX)
        return false;
    loc = cat3(w->prefix, path, "");
    bs_sink_error(w->sink, loc ? loc : path, "metadata",
                  "inode %llu %s: the file system is damaged, so the entry's type, size and "
                  "content are unknown and it was not scanned (check the copy against its "
                  "source hash; examine a copy with fsck -n)",
                  (unsigned long long)file->meta->addr, why);
    free(loc);
    return false;
}

/* One directory entry: decides what it is and emits its content. */
static void visit(fs_walk *w, TSK_FS_FILE *file, const char *dir, const char *path)
{
    const TSK_FS_NAME *name = file->name;
    const TSK_FS_META *meta = file->meta;
    bool is_dir = meta ? TSK_FS_IS_DIR_META(meta->type) : TSK_FS_IS_DIR_NAME(name->type);
    bool deleted;

    if (excluded(w, path, is_dir))
        return;
    deleted = (name->flags & TSK_FS_NAME_FLAG_UNALLOC) ||
              (meta && (meta->flags & TSK_FS_META_FLAG_UNALLOC));
    if (deleted && w->sink->cfg->no_deleted)
        return;
    if (!meta) {
        if (name->type == TSK_FS_NAME_TYPE_REG) /* a name whose metadata is gone or unreadable */
            w->unrecoverable++;
        return;
    }
    if (!inode_sound(w, file, path, deleted))
        return;
    if (w->ntfs && is_ntfs_system(dir, file))
        w->metafiles++;
    else if (w->fat && strstr(name->name, FAT_LABEL_ENTRY))
        return; /* TSK shows the volume label as an empty file: it is the label */
    else if (w->ntfs && (meta->type == TSK_FS_META_TYPE_REG || is_dir))
        emit_ntfs_streams(w, file, path, deleted);
    else if (meta->type == TSK_FS_META_TYPE_REG)
        emit_stream(w, file, path, NULL, meta->size > 0 ? (uint64_t)meta->size : 0, deleted);
    else if (meta->type == TSK_FS_META_TYPE_LNK)
        w->symlinks++;
    else if (!is_dir && meta->type != TSK_FS_META_TYPE_VIRT)
        w->other_types++; /* devices, FIFOs, sockets: no content */
}

static int dir_levels(const char *dir)
{
    int n = 0;

    for (; *dir; dir++)
        n += *dir == '/';
    return n;
}

/*
 * A directory below TSK's recursion limit (BS_TSK_MAX_DEPTH levels or
 * BS_TSK_DIR_STRSZ bytes of path from where the walk started): queued to be
 * walked from its inode, or listed in skipped[] beyond --max-depth.
 */
static void maybe_resume(fs_walk *w, TSK_FS_FILE *file, const char *dir, const char *path)
{
    int levels = dir_levels(dir), level = w->base_level + levels + 1;
    char *loc, detail[128];

    if (!file->meta || !TSK_FS_IS_DIR_META(file->meta->type) ||
        file->name->meta_addr == TSK_FS_ORPHANDIR_INUM(w->fs) || under_pruned(w, path) ||
        (levels < BS_TSK_MAX_DEPTH && strlen(dir) + strlen(file->name->name) < BS_TSK_DIR_STRSZ))
        return;
    if (level <= w->sink->cfg->max_depth && w->n_resumes < BS_IMAGE_WALK_MAX_RESUMES &&
        bs_grow(&w->resumes, &w->cap_resumes, w->n_resumes, sizeof(*w->resumes), 0) == BS_GROW_OK &&
        (w->resumes[w->n_resumes].path = strdup(path)) != NULL) {
        w->resumes[w->n_resumes].inum = file->meta->addr;
        w->resumes[w->n_resumes++].level = level;
        return;
    }
    snprintf(detail, sizeof(detail), "directory %d levels deep, beyond --max-depth %d%s", level,
             w->sink->cfg->max_depth,
             w->n_resumes >= BS_IMAGE_WALK_MAX_RESUMES ? " or too many deep directories" : "");
    loc = cat3(w->prefix, path, "");
    bs_sink_skipped(w->sink, loc ? loc : path, "depth", detail);
    free(loc);
}

static TSK_WALK_RET_ENUM on_entry(TSK_FS_FILE *file, const char *dir, void *arg)
{
    fs_walk *w = arg;
    const TSK_FS_NAME *name = file->name;
    char *path = NULL;

    bs_image_tsk_progress();
    if (!name || !name->name || TSK_FS_ISDOT(name->name))
        return TSK_WALK_CONT;
    if (w->seen && file->meta && file->meta->addr < w->seen_bits)
        w->seen[file->meta->addr / 8] |= (uint8_t)(1U << (file->meta->addr % 8));
    if (asprintf(&path, "%s/%s%s", w->base, dir ? dir : "", name->name) < 0) {
        bs_sink_error(w->sink, w->volloc, "walk", "out of memory");
        return TSK_WALK_STOP;
    }
    visit(w, file, dir ? dir : "", path);
    if (!w->stop)
        maybe_resume(w, file, dir ? dir : "", path);
    free(path);
    return w->stop ? TSK_WALK_STOP : TSK_WALK_CONT;
}

/* The directories TSK did not enter, each walked from its inode (no orphan search again). */
static void walk_resumes(fs_walk *w, int flags)
{
    bs_error err;

    flags = (flags & ~TSK_FS_DIR_WALK_FLAG_UNALLOC) | TSK_FS_DIR_WALK_FLAG_NOORPHAN |
            (w->sink->cfg->no_deleted ? 0 : TSK_FS_DIR_WALK_FLAG_UNALLOC);
    for (size_t i = 0; i < w->n_resumes && !w->stop; i++) {
        w->base = w->resumes[i].path;
        w->base_level = w->resumes[i].level;
        tsk_error_reset();
        bs_image_tsk_progress();
        if (tsk_fs_dir_walk(w->fs, w->resumes[i].inum, (TSK_FS_DIR_WALK_FLAG_ENUM)flags, on_entry,
                            w) &&
            !w->stop) {
            char *loc = cat3(w->prefix, w->resumes[i].path, "");

            bs_image_tsk_error(&err, "walk", "directory walk incomplete");
            bs_sink_error(w->sink, loc ? loc : w->volloc, err.stage, "%s", err.message);
            free(loc);
        }
    }
    for (size_t i = 0; i < w->n_resumes; i++)
        free(w->resumes[i].path);
    free(w->resumes);
    w->resumes = NULL;
    w->n_resumes = 0;
    w->base = "";
    tsk_error_reset();
}

/* ---- ext: allocated inodes no name reaches ---- */

/* Sets up the seen-bitmap; returns the first ordinary inode (0: no unnamed-inode pass). */
static TSK_INUM_T unnamed_setup(fs_walk *w)
{
    uint8_t sb[EXT_SB_LEN];
    uint32_t first;
    bs_error err;

    if (!TSK_FS_TYPE_ISEXT(w->fs->ftype))
        return 0;
    if (w->fs->last_inum >= UNNAMED_MAX_INODES) {
        bs_sink_error(w->sink, w->volloc, "walk",
                      "%llu inodes: allocated inodes without a name not searched (limit %llu)",
                      (unsigned long long)w->fs->last_inum, (unsigned long long)UNNAMED_MAX_INODES);
        return 0;
    }
    if (tsk_fs_read(w->fs, EXT_SB_OFF, (char *)sb, sizeof(sb)) != (ssize_t)sizeof(sb)) {
        bs_image_tsk_error(&err, "walk", "superblock unreadable");
        bs_sink_error(w->sink, w->volloc, err.stage, "%s: allocated inodes without a name not searched",
                      err.message);
        tsk_error_reset();
        return 0;
    }
    first = bs_le32(sb + EXT_SB_FIRST_INO);
    if (first < EXT_FIRST_INO_OLD)
        first = EXT_FIRST_INO_OLD;
    for (size_t i = 0; i < EXT_SPECIAL_INUMS; i++)
        w->special[i] = bs_le32(sb + ext_special_inum_off[i]);
    w->seen_bits = (uint64_t)w->fs->last_inum + 1;
    w->seen = calloc((size_t)(w->seen_bits / 8 + 1), 1);
    if (!w->seen)
        bs_sink_error(w->sink, w->volloc, "walk",
                      "out of memory: allocated inodes without a name not searched");
    return w->seen ? first : 0;
}

static TSK_WALK_RET_ENUM on_unnamed(TSK_FS_FILE *file, void *arg)
{
    fs_walk *w = arg;
    const TSK_FS_META *m = file->meta;
    char path[sizeof(ORPHAN_DIR) + 24];

    if (!m || m->addr >= w->seen_bits || (w->seen[m->addr / 8] & (1U << (m->addr % 8))))
        return TSK_WALK_CONT;
    for (size_t i = 0; i < EXT_SPECIAL_INUMS; i++)
        if (w->special[i] == m->addr)
            return TSK_WALK_CONT;
    snprintf(path, sizeof(path), "%s%llu", ORPHAN_DIR, (unsigned long long)m->addr);
    /* allocated but named by nothing: a corrupt inode counts as a live one (an error) */
    if (!inode_sound(w, file, path, false) || m->type != TSK_FS_META_TYPE_REG)
        return TSK_WALK_CONT;
    if (!excluded(w, path, false))
        emit_stream(w, file, path, NULL, m->size > 0 ? (uint64_t)m->size : 0, true);
    return w->stop ? TSK_WALK_STOP : TSK_WALK_CONT;
}

/*
 * Allocated regular files that no directory entry (live or deleted) names:
 * unlinked while still open (the ext4 orphan list) or with their old entry
 * overwritten.  TSK's orphan search covers unallocated inodes only.
 */
static void walk_unnamed(fs_walk *w, TSK_INUM_T first)
{
    bs_error err;

    tsk_error_reset();
    if (first <= w->fs->last_inum &&
        tsk_fs_meta_walk(w->fs, first, w->fs->last_inum, TSK_FS_META_FLAG_ALLOC, on_unnamed, w) &&
        !w->stop) {
        bs_image_tsk_error(&err, "walk", "search for unnamed inodes incomplete");
        bs_sink_error(w->sink, w->volloc, err.stage, "%s", err.message);
    }
    tsk_error_reset();
}

static bool fs_has_uid(TSK_FS_TYPE_ENUM t)
{
    return !TSK_FS_TYPE_ISFAT(t) && !TSK_FS_TYPE_ISNTFS(t) && t != TSK_FS_TYPE_ISO9660;
}

/* The per-volume summaries of what was not scanned, as skipped entries. */
static void report_leftovers(const fs_walk *w)
{
    const struct {
        uint64_t count;
        const char *reason, *what;
    } left[] = {
        {w->unrecoverable, "unrecoverable", "file entries without recoverable content"},
        {w->metafiles, "fs-metadata", "NTFS system files ($MFT, $LogFile, $Extend, ...)"},
        {w->other_types, "special", "devices, FIFOs or sockets"},
        {w->symlinks, "symlink", "symbolic links (not followed)"},
        {w->corrupt_deleted, "corrupt", "deleted or orphan entries whose inode is corrupt"},
    };
    char detail[160];

    for (size_t i = 0; i < sizeof(left) / sizeof(left[0]); i++) {
        if (!left[i].count)
            continue;
        snprintf(detail, sizeof(detail), "%llu %s", (unsigned long long)left[i].count,
                 left[i].what);
        bs_sink_skipped(w->sink, w->volloc, left[i].reason, detail);
    }
    if (w->corrupt_live > CORRUPT_ERRORS_MAX)
        bs_sink_error(w->sink, w->volloc, "metadata",
                      "%llu more entries whose inode is corrupt were not scanned (the first %d "
                      "are listed by name)",
                      (unsigned long long)(w->corrupt_live - CORRUPT_ERRORS_MAX), CORRUPT_ERRORS_MAX);
}

/* At most one metadata entry per MIN_META_BYTES of the file system (FAT: 32-byte entries). */
static bool inode_count_plausible(const TSK_FS_INFO *fs)
{
    uint64_t bytes = (uint64_t)fs->block_count * fs->block_size;

    return (uint64_t)fs->inum_count <= bytes / MIN_META_BYTES + INUM_SLACK;
}

static bs_status walk_fs(bs_sink *sink, TSK_FS_INFO *fs, const char *prefix, const char *volloc,
                         int depth)
{
    fs_walk w = {.sink = sink, .fs = fs, .prefix = prefix, .volloc = volloc, .depth = depth,
                 .base = ""};
    unsigned outer;
    int flags = TSK_FS_DIR_WALK_FLAG_ALLOC | TSK_FS_DIR_WALK_FLAG_RECURSE;
    TSK_INUM_T unnamed_first = 0;
    bs_error err;

    w.ntfs = TSK_FS_TYPE_ISNTFS(fs->ftype);
    w.fat = TSK_FS_TYPE_ISFAT(fs->ftype);
    w.has_uid = fs_has_uid(fs->ftype);
    w.chunk = malloc(BS_READ_CHUNK);
    flags |= sink->cfg->no_deleted ? TSK_FS_DIR_WALK_FLAG_NOORPHAN : TSK_FS_DIR_WALK_FLAG_UNALLOC;
    if (!sink->cfg->no_deleted && !inode_count_plausible(fs)) {
        /* TSK's orphan search sizes its tables by the inode count: a corrupt one is huge */
        flags |= TSK_FS_DIR_WALK_FLAG_NOORPHAN;
        bs_sink_error(sink, volloc, "walk",
                      "inode count %llu implausible for a %llu-byte file system: orphan files not searched",
                      (unsigned long long)fs->inum_count,
                      (unsigned long long)fs->block_count * fs->block_size);
    }
    if (!(flags & TSK_FS_DIR_WALK_FLAG_NOORPHAN))
        unnamed_first = unnamed_setup(&w);
    w.ext = bs_ext_check_open(fs);
    tsk_error_reset();
    outer = bs_image_tsk_watchdog(sink->cfg->timeout_s > 0 ? (unsigned)sink->cfg->timeout_s : 0);
    if (tsk_fs_dir_walk(fs, fs->root_inum, (TSK_FS_DIR_WALK_FLAG_ENUM)flags, on_entry, &w) && !w.stop) {
        bs_image_tsk_error(&err, "walk", "file system walk incomplete");
        bs_sink_error(sink, volloc, err.stage, "%s", err.message);
    }
    tsk_error_reset();
    walk_resumes(&w, flags);
    if (unnamed_first && !w.stop) {
        bs_image_tsk_progress();
        walk_unnamed(&w, unnamed_first);
    }
    bs_image_tsk_watchdog(outer); /* an enclosing image's walk goes on */
    report_leftovers(&w);
    bs_strlist_release(&w.pruned);
    free(w.chunk);
    free(w.seen);
    bs_ext_check_close(w.ext);
    return w.stop ? BS_FATAL : BS_OK;
}

/* ---- volumes ---- */

typedef struct img_walk {
    bs_sink *sink;
    TSK_IMG_INFO *img;
    const char *base;
    bool nested;
    int depth;
} img_walk;

/* Where a volume's objects and problems are reported. */
typedef struct vol_loc {
    char *volloc; /* "disk.E01@p2", nested "x.war!disk.vmdk!@p2", bare "disk.img" */
    char *prefix; /* volloc + ":" (nested bare: base + "!") */
} vol_loc;

static bool volume_locations(const img_walk *iw, const char *id, bool bare, vol_loc *vl)
{
    if (bare) {
        vl->volloc = cat3(iw->base, "", "");
        vl->prefix = cat3(iw->base, iw->nested ? "!" : ":", "");
    } else {
        vl->volloc = cat3(iw->base, iw->nested ? "!@" : "@", id);
        vl->prefix = vl->volloc ? cat3(vl->volloc, ":", "") : NULL;
    }
    if (vl->volloc && vl->prefix)
        return true;
    free(vl->volloc);
    free(vl->prefix);
    bs_sink_error(iw->sink, iw->base, "volume", "out of memory");
    return false;
}

static void volume_locations_free(vol_loc *vl)
{
    free(vl->volloc);
    free(vl->prefix);
}

/*
 * targets[].volumes[] describes the target's own volumes.  An image found
 * inside another object is not listed there (its volumes would mix with the
 * target's, in worker order); its objects' locations name them ("x.img!@p1:").
 */
static void list_volume(const img_walk *iw, const bs_volume_info *vol)
{
    if (!iw->nested)
        bs_sink_volume(iw->sink, vol);
}

/* Lists the volume with its file system (fs may be NULL: none found) and walks it. */
static bs_status open_and_walk(const img_walk *iw, bs_volume_info *vol, TSK_FS_INFO *fs,
                               const char *part_name, const vol_loc *vl)
{
    bs_status st;

    if (!fs) {
        bs_error err;
        bs_image_tsk_error(&err, "fs-open", "no supported file system");
        snprintf(vol->fs, sizeof(vol->fs), "unknown");
        snprintf(vol->label, sizeof(vol->label), "%s", part_name ? part_name : "");
        list_volume(iw, vol);
        bs_sink_error(iw->sink, vl->volloc, err.stage, "%s", err.message);
        return BS_OK;
    }
    snprintf(vol->fs, sizeof(vol->fs), "%s", bs_image_fs_name(fs->ftype));
    bs_image_fs_label(fs, vol->label, sizeof(vol->label));
    if (!vol->label[0] && part_name)
        snprintf(vol->label, sizeof(vol->label), "%s", part_name);
    list_volume(iw, vol);
    st = walk_fs(iw->sink, fs, vl->prefix, vl->volloc, iw->depth);
    tsk_fs_close(fs);
    return st;
}

static bs_status walk_partition(const img_walk *iw, TSK_VS_INFO *vs, const TSK_VS_PART_INFO *p,
                                bs_volume_info *vol)
{
    uint64_t end = vol->offset + vol->size, img_size = (uint64_t)iw->img->size;
    const char *part_name = vs->vstype == TSK_VS_TYPE_GPT && p->desc && p->desc[0] ? p->desc : NULL;
    TSK_FS_INFO *fs;
    bs_status st = BS_OK;
    vol_loc vl;

    if (!volume_locations(iw, vol->id, false, &vl))
        return BS_OK;
    if (end > img_size)
        bs_sink_error(iw->sink, vl.volloc, "volume",
                      "partition extends past the end of the image (ends at byte %llu, image has %llu)",
                      (unsigned long long)end, (unsigned long long)img_size);
    if (vol->offset >= img_size) {
        snprintf(vol->fs, sizeof(vol->fs), "unknown");
        list_volume(iw, vol);
    } else {
        tsk_error_reset();
        fs = tsk_fs_open_vol(p, TSK_FS_TYPE_DETECT);
        st = open_and_walk(iw, vol, fs, part_name, &vl);
    }
    volume_locations_free(&vl);
    return st;
}

static bs_status walk_vs(const img_walk *iw, TSK_VS_INFO *vs)
{
    unsigned n_alloc = 0, n_unalloc = 0;
    bs_status st = BS_OK;

    for (TSK_PNUM_T i = 0; i < vs->part_count && st != BS_FATAL; i++) {
        const TSK_VS_PART_INFO *p = tsk_vs_part_get(vs, i);
        bs_volume_info vol;

        if (!p || (p->flags & TSK_VS_PART_FLAG_META))
            continue; /* the partition tables themselves */
        memset(&vol, 0, sizeof(vol));
        snprintf(vol.scheme, sizeof(vol.scheme), "%s", bs_image_scheme_name(vs->vstype));
        vol.offset = (uint64_t)vs->offset + (uint64_t)p->start * vs->block_size;
        vol.size = (uint64_t)p->len * vs->block_size;
        if (p->flags & TSK_VS_PART_FLAG_UNALLOC) {
            snprintf(vol.id, sizeof(vol.id), "u%u", ++n_unalloc);
            snprintf(vol.fs, sizeof(vol.fs), "unallocated");
            list_volume(iw, &vol);
            continue;
        }
        snprintf(vol.id, sizeof(vol.id), "p%u", ++n_alloc);
        st = walk_partition(iw, vs, p, &vol);
    }
    return st;
}

/* Partition entries starting past the end of the image: TSK drops them, we list them. */
static void check_table(const img_walk *iw)
{
    uint8_t head[TABLE_CHECK_BYTES];
    bs_image_bad_entry bad[TABLE_CHECK_MAX];
    ssize_t got = tsk_img_read(iw->img, 0, (char *)head, sizeof(head));
    int n;

    tsk_error_reset();
    if (got <= 0)
        return;
    n = bs_image_entries_past_end(head, (size_t)got, (uint64_t)iw->img->size, bad, TABLE_CHECK_MAX);
    for (int i = 0; i < n && i < TABLE_CHECK_MAX; i++)
        bs_sink_error(iw->sink, iw->base, "volume",
                      "partition table entry %u starts at byte %llu, past the end of the image "
                      "(%llu bytes): not readable",
                      bad[i].index, (unsigned long long)bad[i].start,
                      (unsigned long long)iw->img->size);
}

/*
 * The volume system, trying each scheme in turn (GPT before the DOS table
 * that protects it).  TSK's own detection opens every scheme and leaks the
 * DOS partition list when it then prefers GPT.
 */
static TSK_VS_INFO *open_vs(TSK_IMG_INFO *img)
{
    static const TSK_VS_TYPE_ENUM order[] = {TSK_VS_TYPE_GPT, TSK_VS_TYPE_DOS, TSK_VS_TYPE_BSD,
                                             TSK_VS_TYPE_SUN, TSK_VS_TYPE_MAC};
    TSK_VS_INFO *vs = NULL;

    for (size_t i = 0; i < sizeof(order) / sizeof(order[0]) && !vs; i++) {
        tsk_error_reset();
        vs = tsk_vs_open(img, 0, order[i]);
    }
    tsk_error_reset();
    return vs;
}

bs_status bs_image_walk(bs_sink *sink, bs_image *im, const char *base, bool nested, int depth)
{
    img_walk iw = {.sink = sink, .img = bs_image_tsk(im), .base = base, .nested = nested,
                   .depth = depth};
    bs_volume_info vol;
    TSK_VS_INFO *vs;
    TSK_FS_INFO *fs;
    bs_status st;
    vol_loc vl;

    vs = open_vs(iw.img);
    if (vs) {
        check_table(&iw);
        st = walk_vs(&iw, vs);
        tsk_vs_close(vs);
        return st;
    }
    tsk_error_reset();
    memset(&vol, 0, sizeof(vol));
    snprintf(vol.id, sizeof(vol.id), "p1");
    snprintf(vol.scheme, sizeof(vol.scheme), "none");
    vol.size = (uint64_t)iw.img->size;
    fs = tsk_fs_open_img(iw.img, 0, TSK_FS_TYPE_DETECT);
    if (!volume_locations(&iw, vol.id, true, &vl)) {
        if (fs)
            tsk_fs_close(fs);
        return BS_OK;
    }
    st = open_and_walk(&iw, &vol, fs, NULL, &vl);
    volume_locations_free(&vl);
    return st;
}
