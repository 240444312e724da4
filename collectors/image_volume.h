/*
 * image_volume.h - names for what TSK found (image_volume.c): scheme and
 * file-system type names, file-system labels.
 */
#ifndef BS_COLLECTORS_IMAGE_VOLUME_H
#define BS_COLLECTORS_IMAGE_VOLUME_H

#include <stddef.h>

#include <tsk/libtsk.h>

/* "mbr", "gpt", "bsd", "sun", "mac", or "unknown". */
const char *bs_image_scheme_name(TSK_VS_TYPE_ENUM t);
/* "ext4", "ntfs", "fat32", "exfat", "hfs+", "iso9660", "ufs2", ... or "unknown". */
const char *bs_image_fs_name(TSK_FS_TYPE_ENUM t);
/* The file system's own volume label (empty when none or unsupported). */
void bs_image_fs_label(TSK_FS_INFO *fs, char *out, size_t out_size);

#endif
