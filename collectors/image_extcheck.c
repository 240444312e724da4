/*
 * image_extcheck.c - verifies the CRC32C that ext4 (metadata_csum) keeps in
 * every inode and group descriptor, which TSK reads without checking.
 *
 * Layout facts used here (the ext4 on-disk format):
 *   superblock at byte 1024 of the file system; group descriptors from the
 *   block after s_first_data_block (or, past s_first_meta_bg with the
 *   meta_bg feature, in the first block after the superblock copy of each
 *   meta group); inode N in group (N-1) / s_inodes_per_group at index
 *   (N-1) % s_inodes_per_group of that group's inode table.
 *   Checksum seed: crc32c(~0, s_uuid), or s_checksum_seed with csum_seed.
 *   Inode: crc32c(seed, le32 N, le32 i_generation, inode with i_checksum_lo
 *   and, when i_extra_isize covers it, i_checksum_hi read as zero); only the
 *   low 16 bits are stored when i_checksum_hi does not fit.
 *   Descriptor: low 16 bits of crc32c(seed, le32 group, descriptor with
 *   bg_checksum read as zero).
 * Inodes past the group's initialised part (bg_itable_unused, INODE_UNINIT)
 * and all-zero inodes were never used and are not checked, as e2fsck does.
 */
#include "collectors/image_extcheck.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/bytes.h"

#define SB_OFF 1024
#define SB_LEN 1024
#define SB_MAGIC 0xEF53
#define GOOD_OLD_INODE_SIZE 128
#define DESC_SIZE_OLD 32
#define DESC_SIZE_64 64
#define DESC_SIZE_MAX 1024 /* larger is implausible (the format allows up to a block) */
#define MAX_LOG_BLOCK 6 /* 64 KiB blocks */
#define CRC32C_POLY 0x82F63B78U

/* superblock fields */
#define SB_INODES_COUNT 0x00
#define SB_FIRST_DATA_BLOCK 0x14
#define SB_LOG_BLOCK_SIZE 0x18
#define SB_BLOCKS_PER_GROUP 0x20
#define SB_INODES_PER_GROUP 0x28
#define SB_MAGIC_OFF 0x38
#define SB_CREATOR_OS 0x48
#define SB_REV_LEVEL 0x4C
#define SB_INODE_SIZE 0x58
#define SB_FEATURE_COMPAT 0x5C
#define SB_FEATURE_INCOMPAT 0x60
#define SB_FEATURE_RO_COMPAT 0x64
#define SB_UUID 0x68
#define SB_DESC_SIZE 0xFE
#define SB_FIRST_META_BG 0x104
#define SB_CHECKSUM_TYPE 0x175
#define SB_BACKUP_BGS 0x24C
#define SB_CHECKSUM_SEED 0x270

#define COMPAT_SPARSE_SUPER2 0x200U
#define INCOMPAT_META_BG 0x10U
#define INCOMPAT_64BIT 0x80U
#define INCOMPAT_CSUM_SEED 0x2000U
#define RO_COMPAT_SPARSE_SUPER 0x1U
#define RO_COMPAT_GDT_CSUM 0x10U
#define RO_COMPAT_METADATA_CSUM 0x400U
#define CHECKSUM_TYPE_CRC32C 1
#define OS_HURD 1

/* group descriptor fields */
#define GD_INODE_TABLE_LO 0x08
#define GD_FLAGS 0x12
#define GD_ITABLE_UNUSED_LO 0x1C
#define GD_CHECKSUM 0x1E
#define GD_INODE_TABLE_HI 0x28
#define GD_ITABLE_UNUSED_HI 0x32
#define GD_FLAG_INODE_UNINIT 0x1U

/* inode fields */
#define INO_GENERATION 0x64
#define INO_CHECKSUM_LO 0x7C
#define INO_EXTRA_ISIZE 0x80
#define INO_CHECKSUM_HI 0x82

struct bs_ext_check {
    TSK_FS_INFO *fs;
    uint32_t block_size, inodes_per_group, blocks_per_group, first_data_block, first_meta_bg;
    uint32_t inode_size, desc_size, inodes_count, compat, incompat, ro_compat, backup_bgs[2];
    uint32_t seed;
    /* the last group descriptor read (walks stay within a group for a while) */
    bool have_group;
    uint32_t group;
    bs_ext_inode_state group_state; /* OK, BAD or UNREADABLE */
    uint64_t itable;                /* first block of the group's inode table */
    uint32_t initialised;           /* inodes of the group in use at some time */
    uint8_t *inode;                 /* inode_size bytes */
};

static uint32_t crc32c_table[256];

static void crc32c_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;

        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (CRC32C_POLY & (0U - (c & 1U)));
        crc32c_table[i] = c;
    }
}

uint32_t bs_crc32c_update(uint32_t crc, const void *data, size_t len)
{
    const uint8_t *p = data;

    if (!crc32c_table[1])
        crc32c_init(); /* idempotent: a racing thread writes the same values */
    while (len--)
        crc = crc32c_table[(crc ^ *p++) & 0xFFU] ^ (crc >> 8);
    return crc;
}

static uint32_t crc_le32(uint32_t crc, uint32_t v)
{
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};

    return bs_crc32c_update(crc, b, sizeof(b));
}

static bool power_of_two(uint32_t v)
{
    return v && !(v & (v - 1));
}

/* Fills c from the superblock; false when there is nothing (sane) to verify. */
static bool parse_super(bs_ext_check *c, const uint8_t *sb)
{
    uint32_t log_bs = bs_le32(sb + SB_LOG_BLOCK_SIZE);

    if (bs_le16(sb + SB_MAGIC_OFF) != SB_MAGIC || log_bs > MAX_LOG_BLOCK)
        return false;
    c->ro_compat = bs_le32(sb + SB_FEATURE_RO_COMPAT);
    c->incompat = bs_le32(sb + SB_FEATURE_INCOMPAT);
    c->compat = bs_le32(sb + SB_FEATURE_COMPAT);
    if (!(c->ro_compat & RO_COMPAT_METADATA_CSUM) || sb[SB_CHECKSUM_TYPE] != CHECKSUM_TYPE_CRC32C ||
        bs_le32(sb + SB_CREATOR_OS) == OS_HURD || bs_le32(sb + SB_REV_LEVEL) == 0)
        return false;
    c->block_size = 1024U << log_bs;
    c->inodes_count = bs_le32(sb + SB_INODES_COUNT);
    c->inodes_per_group = bs_le32(sb + SB_INODES_PER_GROUP);
    c->blocks_per_group = bs_le32(sb + SB_BLOCKS_PER_GROUP);
    c->first_data_block = bs_le32(sb + SB_FIRST_DATA_BLOCK);
    c->first_meta_bg = bs_le32(sb + SB_FIRST_META_BG);
    c->inode_size = bs_le16(sb + SB_INODE_SIZE);
    c->desc_size = (c->incompat & INCOMPAT_64BIT) ? bs_le16(sb + SB_DESC_SIZE) : DESC_SIZE_OLD;
    c->backup_bgs[0] = bs_le32(sb + SB_BACKUP_BGS);
    c->backup_bgs[1] = bs_le32(sb + SB_BACKUP_BGS + 4);
    if (!c->inodes_per_group || !c->blocks_per_group || !power_of_two(c->inode_size) ||
        c->inode_size < GOOD_OLD_INODE_SIZE || c->inode_size > c->block_size ||
        !power_of_two(c->desc_size) || c->desc_size < DESC_SIZE_OLD || c->desc_size > DESC_SIZE_MAX)
        return false;
    c->seed = (c->incompat & INCOMPAT_CSUM_SEED) ? bs_le32(sb + SB_CHECKSUM_SEED)
                                                 : bs_crc32c_update(~0U, sb + SB_UUID, 16);
    return true;
}

bs_ext_check *bs_ext_check_open(TSK_FS_INFO *fs)
{
    uint8_t sb[SB_LEN];
    bs_ext_check *c;

    if (!fs || !TSK_FS_TYPE_ISEXT(fs->ftype))
        return NULL;
    if (tsk_fs_read(fs, SB_OFF, (char *)sb, sizeof(sb)) != (ssize_t)sizeof(sb)) {
        tsk_error_reset();
        return NULL;
    }
    if (!(c = calloc(1, sizeof(*c))))
        return NULL;
    c->fs = fs;
    if (!parse_super(c, sb) || !(c->inode = malloc(c->inode_size))) {
        free(c);
        return NULL;
    }
    return c;
}

void bs_ext_check_close(bs_ext_check *c)
{
    if (c)
        free(c->inode);
    free(c);
}

static bool is_power_of(uint32_t g, uint32_t base)
{
    uint64_t p = base;

    while (p < g)
        p *= base;
    return p == g;
}

/* Whether block group g starts with a superblock copy. */
static bool group_has_super(const bs_ext_check *c, uint32_t g)
{
    if (g == 0)
        return true;
    if (c->compat & COMPAT_SPARSE_SUPER2)
        return g == c->backup_bgs[0] || g == c->backup_bgs[1];
    if (g == 1 || !(c->ro_compat & RO_COMPAT_SPARSE_SUPER))
        return true;
    return is_power_of(g, 3) || is_power_of(g, 5) || is_power_of(g, 7);
}

/* Byte offset of group g's descriptor in the file system. */
static uint64_t desc_offset(const bs_ext_check *c, uint32_t g)
{
    uint32_t per_block = c->block_size / c->desc_size, meta_group = g / per_block;
    uint64_t block;

    if (!(c->incompat & INCOMPAT_META_BG) || meta_group < c->first_meta_bg)
        return ((uint64_t)c->first_data_block + 1) * c->block_size + (uint64_t)g * c->desc_size;
    block = (uint64_t)c->first_data_block + (uint64_t)meta_group * per_block * c->blocks_per_group;
    block += group_has_super(c, meta_group * per_block) ? 1 : 0;
    return block * c->block_size + (uint64_t)(g % per_block) * c->desc_size;
}

static void load_group(bs_ext_check *c, uint32_t g)
{
    uint8_t d[DESC_SIZE_MAX];
    size_t len = c->desc_size;
    uint32_t unused, crc;
    bool wide = c->desc_size >= DESC_SIZE_64;

    c->have_group = true;
    c->group = g;
    if (tsk_fs_read(c->fs, (TSK_OFF_T)desc_offset(c, g), (char *)d, len) != (ssize_t)len) {
        tsk_error_reset();
        c->group_state = BS_EXT_INODE_UNREADABLE;
        return;
    }
    crc = crc_le32(c->seed, g);
    crc = bs_crc32c_update(crc, d, GD_CHECKSUM);
    crc = bs_crc32c_update(crc, "\0\0", 2);
    crc = bs_crc32c_update(crc, d + GD_CHECKSUM + 2, c->desc_size - GD_CHECKSUM - 2);
    c->group_state = (crc & 0xFFFFU) == bs_le16(d + GD_CHECKSUM) ? BS_EXT_INODE_OK : BS_EXT_INODE_BAD;
    c->itable = bs_le32(d + GD_INODE_TABLE_LO) | (wide ? (uint64_t)bs_le32(d + GD_INODE_TABLE_HI) << 32 : 0);
    unused = bs_le16(d + GD_ITABLE_UNUSED_LO) | (wide ? (uint32_t)bs_le16(d + GD_ITABLE_UNUSED_HI) << 16 : 0);
    if (bs_le16(d + GD_FLAGS) & GD_FLAG_INODE_UNINIT)
        c->initialised = 0;
    else
        c->initialised = unused < c->inodes_per_group ? c->inodes_per_group - unused : 0;
}

static uint32_t inode_crc(const bs_ext_check *c, uint64_t inum, const uint8_t *raw, bool with_hi)
{
    uint32_t crc = crc_le32(c->seed, (uint32_t)inum);

    crc = bs_crc32c_update(crc, raw + INO_GENERATION, 4);
    crc = bs_crc32c_update(crc, raw, INO_CHECKSUM_LO);
    crc = bs_crc32c_update(crc, "\0\0", 2);
    if (c->inode_size == GOOD_OLD_INODE_SIZE)
        return bs_crc32c_update(crc, raw + INO_CHECKSUM_LO + 2,
                                GOOD_OLD_INODE_SIZE - INO_CHECKSUM_LO - 2);
    crc = bs_crc32c_update(crc, raw + INO_CHECKSUM_LO + 2, INO_CHECKSUM_HI - INO_CHECKSUM_LO - 2);
    if (with_hi)
        crc = bs_crc32c_update(crc, "\0\0", 2);
    else
        crc = bs_crc32c_update(crc, raw + INO_CHECKSUM_HI, 2);
    return bs_crc32c_update(crc, raw + INO_CHECKSUM_HI + 2, c->inode_size - INO_CHECKSUM_HI - 2);
}

bs_ext_inode_state bs_ext_check_inode(bs_ext_check *c, uint64_t inum)
{
    uint32_t g, index, stored, computed;
    bool with_hi;

    if (!c || inum == 0 || inum > c->inodes_count)
        return BS_EXT_INODE_UNCHECKED; /* TSK's virtual inodes lie past the last real one */
    g = (uint32_t)((inum - 1) / c->inodes_per_group);
    index = (uint32_t)((inum - 1) % c->inodes_per_group);
    if (!c->have_group || c->group != g)
        load_group(c, g);
    if (c->group_state != BS_EXT_INODE_OK)
        return c->group_state == BS_EXT_INODE_BAD ? BS_EXT_INODE_GROUP_BAD : c->group_state;
    if ((c->ro_compat & (RO_COMPAT_GDT_CSUM | RO_COMPAT_METADATA_CSUM)) && index >= c->initialised)
        return BS_EXT_INODE_UNCHECKED;
    if (c->itable >= (uint64_t)c->fs->block_count)
        return BS_EXT_INODE_UNREADABLE; /* a table outside the file system */
    if (tsk_fs_read(c->fs, (TSK_OFF_T)(c->itable * c->block_size + (uint64_t)index * c->inode_size),
                    (char *)c->inode, c->inode_size) != (ssize_t)c->inode_size) {
        tsk_error_reset();
        return BS_EXT_INODE_UNREADABLE;
    }
    if (bs_all_zero(c->inode, c->inode_size))
        return BS_EXT_INODE_UNCHECKED;
    with_hi = c->inode_size > GOOD_OLD_INODE_SIZE &&
              GOOD_OLD_INODE_SIZE + (uint32_t)bs_le16(c->inode + INO_EXTRA_ISIZE) >= INO_CHECKSUM_HI + 2;
    stored = bs_le16(c->inode + INO_CHECKSUM_LO);
    computed = inode_crc(c, inum, c->inode, with_hi);
    if (with_hi)
        stored |= (uint32_t)bs_le16(c->inode + INO_CHECKSUM_HI) << 16;
    else
        computed &= 0xFFFFU;
    return stored == computed ? BS_EXT_INODE_OK : BS_EXT_INODE_BAD;
}
