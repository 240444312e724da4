/*
 * image_volume.c - naming what TSK found: volume-system scheme names,
 * file-system type names and file-system volume labels (ext, FAT, NTFS,
 * ISO9660), for targets[].volumes[].
 */
#include "collectors/image_volume.h"

#include <stdio.h>
#include <string.h>

/* Where labels live, relative to the start of the file system. */
#define EXT_LABEL_OFF (1024 + 120)
#define EXT_LABEL_LEN 16
#define FAT16_LABEL_OFF 43
#define FAT32_LABEL_OFF 71
#define FAT_LABEL_LEN 11
#define ISO_LABEL_OFF (32768 + 40)
#define ISO_LABEL_LEN 32
#define NTFS_VOLUME_INUM 3
#define NTFS_ATTR_VOLUME_NAME 0x60
#define NTFS_LABEL_MAX_BYTES 256

const char *bs_image_scheme_name(TSK_VS_TYPE_ENUM t)
{
    switch (t) {
    case TSK_VS_TYPE_DOS: return "mbr";
    case TSK_VS_TYPE_GPT: return "gpt";
    case TSK_VS_TYPE_BSD: return "bsd";
    case TSK_VS_TYPE_SUN: return "sun";
    case TSK_VS_TYPE_MAC: return "mac";
    default: break;
    }
    return "unknown";
}

const char *bs_image_fs_name(TSK_FS_TYPE_ENUM t)
{
    switch (t) {
    case TSK_FS_TYPE_EXT2: return "ext2";
    case TSK_FS_TYPE_EXT3: return "ext3";
    case TSK_FS_TYPE_EXT4: return "ext4";
    case TSK_FS_TYPE_NTFS: return "ntfs";
    case TSK_FS_TYPE_FAT12: return "fat12";
    case TSK_FS_TYPE_FAT16: return "fat16";
    case TSK_FS_TYPE_FAT32: return "fat32";
    case TSK_FS_TYPE_EXFAT: return "exfat";
    case TSK_FS_TYPE_HFS: return "hfs+";
    case TSK_FS_TYPE_ISO9660: return "iso9660";
    case TSK_FS_TYPE_FFS1:
    case TSK_FS_TYPE_FFS1B: return "ufs1";
    case TSK_FS_TYPE_FFS2: return "ufs2";
    case TSK_FS_TYPE_YAFFS2: return "yaffs2";
    case TSK_FS_TYPE_APFS: return "apfs";
    case TSK_FS_TYPE_SWAP: return "swap";
    default: break;
    }
    return "unknown";
}

/* Copies a fixed-size, space/NUL padded field; control bytes become '?'. */
static void copy_field(char *out, size_t out_size, const char *src, size_t len)
{
    size_t n = 0;

    while (len > 0 && (src[len - 1] == ' ' || src[len - 1] == '\0'))
        len--;
    for (size_t i = 0; i < len && n + 1 < out_size; i++) {
        unsigned char c = (unsigned char)src[i];
        out[n++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
    }
    out[n] = '\0';
}

static void read_field(TSK_FS_INFO *fs, TSK_OFF_T off, size_t len, char *out, size_t out_size)
{
    char buf[ISO_LABEL_LEN];

    if (len > sizeof(buf) || tsk_fs_read(fs, off, buf, len) != (ssize_t)len) {
        tsk_error_reset();
        return;
    }
    copy_field(out, out_size, buf, len);
}

/* UTF-16LE (BMP; surrogates become '?') to UTF-8. */
static void utf16le_to_utf8(const uint8_t *in, size_t in_len, char *out, size_t out_size)
{
    size_t n = 0;

    for (size_t i = 0; i + 1 < in_len; i += 2) {
        unsigned c = in[i] | (in[i + 1] << 8);
        char enc[3];
        size_t k;

        if (c >= 0xD800 && c <= 0xDFFF)
            c = '?';
        if (c < 0x80) {
            enc[0] = (char)(c < 0x20 ? '?' : c);
            k = 1;
        } else if (c < 0x800) {
            enc[0] = (char)(0xC0 | (c >> 6));
            enc[1] = (char)(0x80 | (c & 0x3F));
            k = 2;
        } else {
            enc[0] = (char)(0xE0 | (c >> 12));
            enc[1] = (char)(0x80 | ((c >> 6) & 0x3F));
            enc[2] = (char)(0x80 | (c & 0x3F));
            k = 3;
        }
        if (n + k + 1 > out_size)
            break;
        memcpy(out + n, enc, k);
        n += k;
    }
    out[n] = '\0';
}

static void ntfs_label(TSK_FS_INFO *fs, char *out, size_t out_size)
{
    TSK_FS_FILE *vol = tsk_fs_file_open_meta(fs, NULL, NTFS_VOLUME_INUM);
    const TSK_FS_ATTR *attr;
    uint8_t buf[NTFS_LABEL_MAX_BYTES];
    ssize_t n;

    if (!vol) {
        tsk_error_reset();
        return;
    }
    attr = tsk_fs_file_attr_get_type(vol, (TSK_FS_ATTR_TYPE_ENUM)NTFS_ATTR_VOLUME_NAME, 0, 0);
    if (attr && attr->size > 0) {
        size_t want = attr->size < (TSK_OFF_T)sizeof(buf) ? (size_t)attr->size : sizeof(buf);
        n = tsk_fs_attr_read(attr, 0, (char *)buf, want, TSK_FS_FILE_READ_FLAG_NONE);
        if (n > 0)
            utf16le_to_utf8(buf, (size_t)n, out, out_size);
    }
    tsk_error_reset();
    tsk_fs_file_close(vol);
}

void bs_image_fs_label(TSK_FS_INFO *fs, char *out, size_t out_size)
{
    out[0] = '\0';
    switch (fs->ftype) {
    case TSK_FS_TYPE_EXT2:
    case TSK_FS_TYPE_EXT3:
    case TSK_FS_TYPE_EXT4:
        read_field(fs, EXT_LABEL_OFF, EXT_LABEL_LEN, out, out_size);
        break;
    case TSK_FS_TYPE_FAT12:
    case TSK_FS_TYPE_FAT16:
        read_field(fs, FAT16_LABEL_OFF, FAT_LABEL_LEN, out, out_size);
        break;
    case TSK_FS_TYPE_FAT32:
        read_field(fs, FAT32_LABEL_OFF, FAT_LABEL_LEN, out, out_size);
        break;
    case TSK_FS_TYPE_ISO9660:
        read_field(fs, ISO_LABEL_OFF, ISO_LABEL_LEN, out, out_size);
        break;
    case TSK_FS_TYPE_NTFS:
        ntfs_label(fs, out, out_size);
        break;
    default:
        break;
    }
    if (strcmp(out, "NO NAME") == 0) /* FAT's "no label" */
        out[0] = '\0';
}
