/*
 * image_extcheck.h - the ext4 inode checksums TSK does not verify
 * (image_extcheck.c).  With metadata_csum every inode carries a CRC32C of
 * itself; a garbled inode table reads in TSK as devices, links or files of
 * random size, and without this check the walk would go on as if the file
 * had never existed.  Reads the superblock, group descriptors and inodes
 * through tsk_fs_read, so it works on every image TSK opens.
 */
#ifndef BS_COLLECTORS_IMAGE_EXTCHECK_H
#define BS_COLLECTORS_IMAGE_EXTCHECK_H

#include <stddef.h>
#include <stdint.h>

#include <tsk/libtsk.h>

typedef struct bs_ext_check bs_ext_check;

typedef enum {
    BS_EXT_INODE_OK,         /* checksum matches */
    BS_EXT_INODE_UNCHECKED,  /* not a table inode, never initialised, or all zero */
    BS_EXT_INODE_BAD,        /* checksum mismatch: the inode is corrupt */
    BS_EXT_INODE_GROUP_BAD,  /* its group descriptor fails its checksum: table unknown */
    BS_EXT_INODE_UNREADABLE, /* its group descriptor or table slot could not be read */
} bs_ext_inode_state;

/*
 * NULL when there is nothing to verify: not ext2/3/4, no metadata_csum
 * feature, an unknown checksum type or an implausible superblock (TSK's
 * own checks then stand alone), or out of memory.
 */
bs_ext_check *bs_ext_check_open(TSK_FS_INFO *fs);
bs_ext_inode_state bs_ext_check_inode(bs_ext_check *c, uint64_t inum);
void bs_ext_check_close(bs_ext_check *c);

/* CRC32C (Castagnoli) register update, no pre/post inversion, as ext4 uses it. */
uint32_t bs_crc32c_update(uint32_t crc, const void *data, size_t len);

#endif
