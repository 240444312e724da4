/*
 * tsk_readall.c - the baseline for the image benchmark: the least work any
 * TSK-based tool must do to get at every file of an image.  Opens the image,
 * every file system (partitioned or bare), walks every allocated regular
 * file and reads its content into memory, in 1 MiB chunks.  Nothing else.
 *
 *   tsk_readall IMAGE      prints "<files> files, <bytes> bytes"
 *
 * Build: cc -O2 -o tsk_readall tests/bench/tsk_readall.c -ltsk
 */
#include <stdio.h>
#include <stdlib.h>

#include <tsk/libtsk.h>

#define CHUNK (1U << 20)

typedef struct totals {
    unsigned long long files, bytes;
    char *buf;
} totals;

static TSK_WALK_RET_ENUM on_file(TSK_FS_FILE *f, const char *path, void *arg)
{
    totals *t = arg;
    TSK_OFF_T off = 0, size;

    (void)path;
    if (!f->meta || f->meta->type != TSK_FS_META_TYPE_REG || !f->name ||
        (f->name->flags & TSK_FS_NAME_FLAG_UNALLOC))
        return TSK_WALK_CONT;
    size = f->meta->size;
    while (off < size) {
        ssize_t n = tsk_fs_file_read(f, off, t->buf, CHUNK, TSK_FS_FILE_READ_FLAG_NONE);
        if (n <= 0)
            break;
        off += n;
    }
    t->files++;
    t->bytes += (unsigned long long)off;
    return TSK_WALK_CONT;
}

static void walk_fs(TSK_FS_INFO *fs, totals *t)
{
    tsk_fs_dir_walk(fs, fs->root_inum,
                    TSK_FS_DIR_WALK_FLAG_ALLOC | TSK_FS_DIR_WALK_FLAG_RECURSE |
                        TSK_FS_DIR_WALK_FLAG_NOORPHAN,
                    on_file, t);
    tsk_fs_close(fs);
}

int main(int argc, char **argv)
{
    totals t = {0, 0, malloc(CHUNK)};
    TSK_IMG_INFO *img;
    TSK_VS_INFO *vs;
    TSK_FS_INFO *fs;

    if (argc != 2 || !t.buf) {
        fprintf(stderr, "usage: %s IMAGE\n", argv[0]);
        return 2;
    }
    img = tsk_img_open_utf8_sing(argv[1], TSK_IMG_TYPE_DETECT, 0);
    if (!img) {
        tsk_error_print(stderr);
        return 1;
    }
    if ((vs = tsk_vs_open(img, 0, TSK_VS_TYPE_DETECT)) != NULL) {
        for (TSK_PNUM_T i = 0; i < vs->part_count; i++) {
            const TSK_VS_PART_INFO *p = tsk_vs_part_get(vs, i);
            if (p && (p->flags & TSK_VS_PART_FLAG_ALLOC) && (fs = tsk_fs_open_vol(p, TSK_FS_TYPE_DETECT)))
                walk_fs(fs, &t);
        }
        tsk_vs_close(vs);
    } else if ((fs = tsk_fs_open_img(img, 0, TSK_FS_TYPE_DETECT)) != NULL) {
        walk_fs(fs, &t);
    }
    tsk_img_close(img);
    free(t.buf);
    printf("%llu files, %llu bytes\n", t.files, t.bytes);
    return 0;
}
