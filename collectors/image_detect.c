/*
 * image_detect.c - disk-image detection by content, and split-segment names.
 *
 * Owns: which container format a file is (EWF, QCOW, VMDK, VHD, VHDX), what
 * a raw image starts with (MBR, GPT, or a file-system superblock at offset 0)
 * and how segment files of a split raw image are named.  Pure functions over
 * bytes and strings: no I/O, no TSK, so the unit test and the fuzz target
 * can drive them directly.
 */
#include "collectors/image.h"

#include <stdio.h>
#include <string.h>

#include "core/bytes.h"

/* Signatures and offsets of the structures we look at. */
#define SECTOR 512U
#define EWF_SIG "EVF\x09\x0d\x0a\xff\x00"
#define EWF_SIG_LEN 8U
#define EWF_SEGMENT_OFF 9U
#define QCOW_SIG "QFI\xfb"
#define QCOW_MAX_VERSION 3U
#define VMDK_SPARSE_SIG "KDMV"
#define VMDK_COWD_SIG "COWD"
#define VMDK_DESC_SIG "# Disk DescriptorFile"
#define VHDX_SIG "vhdxfile"
#define VHD_SIG "conectix"
#define MBR_TABLE_OFF 446U
#define MBR_ENTRY_LEN 16U
#define MBR_ENTRIES 4U
#define BOOT_SIG_OFF 510U
#define GPT_SIG "EFI PART"
#define GPT_SIG_OFF_4K 4096U
#define EXT_SB_OFF 1024U
#define EXT_MAGIC_OFF (EXT_SB_OFF + 56U)
#define EXT_MAGIC 0xEF53U
#define EXT_LOG_BLOCK_OFF (EXT_SB_OFF + 24U)
#define EXT_MAX_LOG_BLOCK 6U
#define HFS_SB_OFF 1024U
#define ISO_PVD_OFF 32768U
#define UFS_MAGIC_REL 1372U
#define UFS1_SB_OFF 8192U
#define UFS2_SB_OFF 65536U
#define UFS1_MAGIC 0x00011954U
#define UFS2_MAGIC 0x19540119U
#define SEGMENT_DIGITS_MIN 3U
#define SEGMENT_DIGITS_MAX 6U
#define SEGMENT_ALPHA_MIN 2U
#define SEGMENT_ALPHA_MAX 3U

/* True when buf holds sig (sig_len bytes) at off. */
static bool has_at(const uint8_t *buf, size_t len, size_t off, const char *sig, size_t sig_len)
{
    return off <= len && sig_len <= len - off && memcmp(buf + off, sig, sig_len) == 0;
}

#define HAS(buf, len, off, lit) has_at((buf), (len), (off), (lit), sizeof(lit) - 1)

const char *bs_image_format_name(bs_image_format fmt)
{
    switch (fmt) {
    case BS_IMG_RAW: return "raw";
    case BS_IMG_SPLIT_RAW: return "split-raw";
    case BS_IMG_EWF: return "ewf";
    case BS_IMG_QCOW2: return "qcow2";
    case BS_IMG_VMDK: return "vmdk";
    case BS_IMG_VHD: return "vhd";
    case BS_IMG_VHDX: return "vhdx";
    case BS_IMG_SEGMENT: return "segment";
    case BS_IMG_NONE: break;
    }
    return NULL;
}

static bool is_vhd_footer(const uint8_t *tail, size_t tail_len)
{
    /* The footer is the last 512 bytes; images from old tools end with 511. */
    if (!tail || tail_len < SECTOR)
        return false;
    return HAS(tail, tail_len, tail_len - SECTOR, VHD_SIG) ||
           HAS(tail, tail_len, tail_len - SECTOR + 1, VHD_SIG);
}

bs_image_format bs_image_detect_container(const uint8_t *head, size_t head_len,
                                          const uint8_t *tail, size_t tail_len)
{
    if (HAS(head, head_len, 0, EWF_SIG))
        return BS_IMG_EWF;
    if (HAS(head, head_len, 0, QCOW_SIG) && head_len >= 8) {
        uint32_t version = bs_be32(head + 4);
        if (version >= 1 && version <= QCOW_MAX_VERSION)
            return BS_IMG_QCOW2;
    }
    if (HAS(head, head_len, 0, VMDK_SPARSE_SIG) || HAS(head, head_len, 0, VMDK_COWD_SIG) ||
        HAS(head, head_len, 0, VMDK_DESC_SIG))
        return BS_IMG_VMDK;
    if (HAS(head, head_len, 0, VHDX_SIG))
        return BS_IMG_VHDX;
    if (HAS(head, head_len, 0, VHD_SIG) || is_vhd_footer(tail, tail_len))
        return BS_IMG_VHD;
    return BS_IMG_NONE;
}

unsigned bs_image_ewf_segment_number(const uint8_t *head, size_t head_len)
{
    if (!HAS(head, head_len, 0, EWF_SIG) || head_len < EWF_SEGMENT_OFF + 2)
        return 0;
    return bs_le16(head + EWF_SEGMENT_OFF);
}

static bool has_boot_sig(const uint8_t *b, size_t len)
{
    return len >= SECTOR && b[BOOT_SIG_OFF] == 0x55 && b[BOOT_SIG_OFF + 1] == 0xAA;
}

static bool is_pow2_in(uint32_t v, uint32_t lo, uint32_t hi)
{
    return v >= lo && v <= hi && (v & (v - 1)) == 0;
}

/* A FAT boot sector: jump, sane BIOS parameter block, boot signature. */
static bool is_fat(const uint8_t *b, size_t len)
{
    if (!has_boot_sig(b, len))
        return false;
    if (!(b[0] == 0xEB && b[2] == 0x90) && b[0] != 0xE9)
        return false;
    return is_pow2_in(bs_le16(b + 11), 512, 4096) && is_pow2_in(b[13], 1, 128) &&
           bs_le16(b + 14) != 0 && (b[16] == 1 || b[16] == 2);
}

/* A DOS partition table: valid boot flags and at least one used entry. */
static bool is_mbr(const uint8_t *b, size_t len)
{
    unsigned used = 0;

    if (!has_boot_sig(b, len))
        return false;
    for (unsigned i = 0; i < MBR_ENTRIES; i++) {
        const uint8_t *e = b + MBR_TABLE_OFF + i * MBR_ENTRY_LEN;
        if (e[0] != 0x00 && e[0] != 0x80)
            return false;
        if (e[4] != 0 && bs_le32(e + 12) != 0)
            used++;
    }
    return used > 0;
}

static bool is_ext(const uint8_t *b, size_t len)
{
    if (len < EXT_MAGIC_OFF + 2 || bs_le16(b + EXT_MAGIC_OFF) != EXT_MAGIC)
        return false;
    return bs_le32(b + EXT_SB_OFF) != 0 && bs_le32(b + EXT_LOG_BLOCK_OFF) <= EXT_MAX_LOG_BLOCK;
}

static bool is_hfs(const uint8_t *b, size_t len)
{
    if (len < HFS_SB_OFF + 4)
        return false;
    if (HAS(b, len, HFS_SB_OFF, "H+"))
        return b[HFS_SB_OFF + 2] == 0 && b[HFS_SB_OFF + 3] == 4;
    if (HAS(b, len, HFS_SB_OFF, "HX"))
        return b[HFS_SB_OFF + 2] == 0 && b[HFS_SB_OFF + 3] == 5;
    return false;
}

static bool is_ufs_magic_at(const uint8_t *b, size_t len, size_t off, uint32_t magic)
{
    if (off > len || len - off < 4)
        return false;
    return bs_le32(b + off) == magic || bs_be32(b + off) == magic;
}

static bool is_ufs(const uint8_t *b, size_t len)
{
    return is_ufs_magic_at(b, len, UFS1_SB_OFF + UFS_MAGIC_REL, UFS1_MAGIC) ||
           is_ufs_magic_at(b, len, UFS1_SB_OFF + UFS_MAGIC_REL, UFS2_MAGIC) ||
           is_ufs_magic_at(b, len, UFS2_SB_OFF + UFS_MAGIC_REL, UFS2_MAGIC);
}

bs_image_layout bs_image_detect_layout(const uint8_t *b, size_t len)
{
    if (!b)
        return BS_LAYOUT_NONE;
    /* File systems whose boot sector would also pass as an MBR come first. */
    if (HAS(b, len, 3, "NTFS    ") && has_boot_sig(b, len))
        return BS_LAYOUT_NTFS;
    if (HAS(b, len, 3, "EXFAT   ") && has_boot_sig(b, len))
        return BS_LAYOUT_EXFAT;
    if (is_fat(b, len))
        return BS_LAYOUT_FAT;
    if (HAS(b, len, SECTOR, GPT_SIG) || HAS(b, len, GPT_SIG_OFF_4K, GPT_SIG))
        return BS_LAYOUT_GPT;
    if (is_mbr(b, len))
        return BS_LAYOUT_MBR;
    if (is_ext(b, len))
        return BS_LAYOUT_EXT;
    if (is_hfs(b, len))
        return BS_LAYOUT_HFS;
    if (HAS(b, len, ISO_PVD_OFF + 1, "CD001"))
        return BS_LAYOUT_ISO9660;
    if (is_ufs(b, len))
        return BS_LAYOUT_UFS;
    return BS_LAYOUT_NONE;
}

bs_image_format bs_image_detect_buffer(const uint8_t *data, size_t len)
{
    const uint8_t *tail = len >= BS_IMAGE_DETECT_TAIL ? data + len - BS_IMAGE_DETECT_TAIL : NULL;
    bs_image_format fmt;

    if (!data || len == 0)
        return BS_IMG_NONE;
    fmt = bs_image_detect_container(data, len, tail, tail ? BS_IMAGE_DETECT_TAIL : 0);
    if (fmt != BS_IMG_NONE)
        return fmt;
    return bs_image_detect_layout(data, len) != BS_LAYOUT_NONE ? BS_IMG_RAW : BS_IMG_NONE;
}

/* ---- split segment names ---- */

typedef enum { SUFFIX_NONE, SUFFIX_DIGITS, SUFFIX_ALPHA } suffix_kind;

/* Finds the segment suffix after the last '.' of the base name. */
static suffix_kind segment_suffix(const char *name, size_t *start, size_t *len)
{
    const char *dot = strrchr(name, '.');
    const char *slash = strrchr(name, '/');
    size_t n, digits = 0, lower = 0;

    if (!dot || (slash && dot < slash) || dot == name || dot[-1] == '/')
        return SUFFIX_NONE;
    n = strlen(dot + 1);
    for (size_t i = 0; i < n; i++) {
        digits += dot[1 + i] >= '0' && dot[1 + i] <= '9';
        lower += dot[1 + i] >= 'a' && dot[1 + i] <= 'z';
    }
    *start = (size_t)(dot + 1 - name);
    *len = n;
    if (digits == n && n >= SEGMENT_DIGITS_MIN && n <= SEGMENT_DIGITS_MAX)
        return SUFFIX_DIGITS;
    /* "aa".."zz", "aaa".."azz": three letters must start with 'a' ("img" is no segment) */
    if (lower == n && n >= SEGMENT_ALPHA_MIN && n <= SEGMENT_ALPHA_MAX &&
        (n == SEGMENT_ALPHA_MIN || dot[1] == 'a'))
        return SUFFIX_ALPHA;
    return SUFFIX_NONE;
}

static bool copy_name(const char *name, char *out, size_t out_size)
{
    size_t n = strlen(name);

    if (n + 1 > out_size)
        return false;
    memcpy(out, name, n + 1);
    return true;
}

bool bs_image_next_segment_name(const char *name, char *out, size_t out_size)
{
    size_t start, len;
    suffix_kind kind = segment_suffix(name, &start, &len);
    char lo = kind == SUFFIX_DIGITS ? '0' : 'a', hi = kind == SUFFIX_DIGITS ? '9' : 'z';

    if (kind == SUFFIX_NONE || !copy_name(name, out, out_size))
        return false;
    for (size_t i = start + len; i-- > start;) {
        if (out[i] != hi) {
            out[i]++;
            return true;
        }
        out[i] = lo; /* carry */
    }
    return false; /* "x.999" has no successor of the same width */
}

bool bs_image_first_segment_name(const char *name, char *out, size_t out_size)
{
    size_t start, len;
    suffix_kind kind = segment_suffix(name, &start, &len);

    if (kind == SUFFIX_NONE || !copy_name(name, out, out_size))
        return false;
    memset(out + start, kind == SUFFIX_DIGITS ? '0' : 'a', len);
    if (kind == SUFFIX_DIGITS)
        out[start + len - 1] = '1';
    return true;
}

bool bs_image_is_first_segment_name(const char *name)
{
    size_t start, len;
    suffix_kind kind = segment_suffix(name, &start, &len);

    if (kind == SUFFIX_NONE)
        return false;
    for (size_t i = 0; i + 1 < len; i++)
        if (name[start + i] != (kind == SUFFIX_DIGITS ? '0' : 'a'))
            return false;
    if (kind == SUFFIX_ALPHA)
        return name[start + len - 1] == 'a';
    return name[start + len - 1] == '0' || name[start + len - 1] == '1';
}

/* ---- partition entries the volume system reader may drop ---- */

#define GPT_ENTRIES_LBA_OFF 72U
#define GPT_NUM_ENTRIES_OFF 80U
#define GPT_ENTRY_SIZE_OFF 84U
#define GPT_ENTRY_FIRST_LBA 32U
#define GPT_ENTRY_MIN 128U

static int add_past_end(bs_image_bad_entry *out, int n, int max, unsigned index, uint64_t start)
{
    if (n < max) {
        out[n].index = index;
        out[n].start = start;
    }
    return n + 1;
}

static int gpt_past_end(const uint8_t *b, size_t len, uint64_t size, bs_image_bad_entry *out,
                        int max)
{
    uint64_t lba = bs_le32(b + SECTOR + GPT_ENTRIES_LBA_OFF) |
                   ((uint64_t)bs_le32(b + SECTOR + GPT_ENTRIES_LBA_OFF + 4) << 32);
    uint32_t count = bs_le32(b + SECTOR + GPT_NUM_ENTRIES_OFF);
    uint32_t esize = bs_le32(b + SECTOR + GPT_ENTRY_SIZE_OFF);
    int n = 0;

    if (esize < GPT_ENTRY_MIN || lba == 0 || lba > len / SECTOR)
        return 0;
    for (uint32_t i = 0; i < count; i++) {
        uint64_t off = lba * SECTOR + (uint64_t)i * esize, first;
        static const uint8_t zero[16];

        if (off > len || len - off < esize)
            break; /* entries beyond what we were given are not checked */
        if (memcmp(b + off, zero, sizeof(zero)) == 0)
            continue; /* unused entry */
        first = bs_le32(b + off + GPT_ENTRY_FIRST_LBA) |
                ((uint64_t)bs_le32(b + off + GPT_ENTRY_FIRST_LBA + 4) << 32);
        if (first >= size / SECTOR)
            n = add_past_end(out, n, max, i + 1, first * SECTOR);
    }
    return n;
}

int bs_image_entries_past_end(const uint8_t *b, size_t len, uint64_t image_size,
                              bs_image_bad_entry *out, int max)
{
    int n = 0;

    if (!b)
        return 0;
    if (HAS(b, len, SECTOR, GPT_SIG) && len >= 2 * SECTOR)
        return gpt_past_end(b, len, image_size, out, max);
    if (!is_mbr(b, len))
        return 0;
    for (unsigned i = 0; i < MBR_ENTRIES; i++) {
        const uint8_t *e = b + MBR_TABLE_OFF + i * MBR_ENTRY_LEN;
        uint64_t start = (uint64_t)bs_le32(e + 8) * SECTOR;
        if (e[4] != 0 && bs_le32(e + 12) != 0 && start >= image_size)
            n = add_past_end(out, n, max, i + 1, start);
    }
    return n;
}
