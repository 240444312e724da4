/*
 * image.h - the disk-image collector's internal interface, shared by
 * image.c (the collector table), image_detect.c (format detection by content
 * and segment names), image_open.c (opening an image as a TSK_IMG_INFO),
 * image_ext.c / image_vmdk.c (libewf, libqcow, memory buffers and in-memory
 * VMDK extents through TSK's external image interface), image_walk.c
 * (volume system -> file systems -> objects), image_volume.c (scheme, file
 * system and label names), image_evidence.c (--hash-evidence) and
 * image_tskmem.c (a ceiling on TSK's allocations).  TSK errors become
 * bs_errors through image_tsk.h, a leaf every TSK caller includes.
 *
 * Only image_detect.c is free of The Sleuth Kit, so that the unit test and
 * the fuzz target can pin detection without a TSK handle.
 */
#ifndef BS_COLLECTORS_IMAGE_H
#define BS_COLLECTORS_IMAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/limits.h"
#include "core/status.h"
#include "collectors/sink.h"

/* Bytes of a file needed to detect every format: the probe head (core/limits.h). */
#define BS_IMAGE_DETECT_HEAD BS_PROBE_HEAD
/* Bytes at the end of a file holding a VHD footer. */
#define BS_IMAGE_DETECT_TAIL 512U
/* Split raw / EWF segment files opened for one image. */
#define BS_IMAGE_MAX_SEGMENTS 4096
/* Longest segment file name we build. */
#define BS_IMAGE_NAME_MAX 4096

typedef enum {
    BS_IMG_NONE = 0,
    BS_IMG_RAW,       /* partition table or file system at offset 0 */
    BS_IMG_SPLIT_RAW, /* raw, first of .001/.002... or .aa/.ab... */
    BS_IMG_EWF,       /* EnCase E01 (EWF-E01, also SMART / EWF-S01) */
    BS_IMG_QCOW2,     /* QEMU copy-on-write, versions 1-3 */
    BS_IMG_VMDK,      /* VMware sparse extent or text descriptor */
    BS_IMG_VHD,       /* Microsoft VHD (fixed or dynamic) */
    BS_IMG_VHDX,      /* Microsoft VHDX */
    BS_IMG_SEGMENT    /* a later segment of a split/EWF set: not opened on its own */
} bs_image_format;

/* What sits at offset 0 of a raw image (for the detection test and docs). */
typedef enum {
    BS_LAYOUT_NONE = 0,
    BS_LAYOUT_MBR,
    BS_LAYOUT_GPT,
    BS_LAYOUT_EXT,
    BS_LAYOUT_NTFS,
    BS_LAYOUT_FAT,
    BS_LAYOUT_EXFAT,
    BS_LAYOUT_HFS,
    BS_LAYOUT_ISO9660,
    BS_LAYOUT_UFS
} bs_image_layout;

/* ---- image_detect.c: pure functions over bytes and names ---- */

/* "raw", "split-raw", "ewf", "qcow2", "vmdk", "vhd", "vhdx", "segment"; NULL for NONE. */
const char *bs_image_format_name(bs_image_format fmt);

/* Container format from the first bytes and the last 512 bytes (tail may be NULL). */
bs_image_format bs_image_detect_container(const uint8_t *head, size_t head_len,
                                          const uint8_t *tail, size_t tail_len);

/* Partition table or file system at offset 0 of raw bytes. */
bs_image_layout bs_image_detect_layout(const uint8_t *head, size_t head_len);

/*
 * Format of a whole byte string (container or raw layout); for in-memory
 * objects, where tail is the buffer's end.  Never SPLIT_RAW / SEGMENT.
 */
bs_image_format bs_image_detect_buffer(const uint8_t *data, size_t len);

/* EWF segment number from an EWF-E01 file header (1 for the first), 0 if not EWF. */
unsigned bs_image_ewf_segment_number(const uint8_t *head, size_t head_len);

/*
 * Split-raw segment names: "x.001" -> "x.002", "x.099" -> "x.100",
 * "x.aa" -> "x.ab", "x.az" -> "x.ba".  Returns false when name has no
 * segment suffix or the suffix overflows.
 */
bool bs_image_next_segment_name(const char *name, char *out, size_t out_size);
/* True for "x.000", "x.001", "x.aa", "x.aaa"... (a possible first segment). */
bool bs_image_is_first_segment_name(const char *name);
/* The first segment's name for any segment name ("x.007" -> "x.001"); false if none. */
bool bs_image_first_segment_name(const char *name, char *out, size_t out_size);

/* A partition-table entry that starts at or past the end of the image. */
typedef struct bs_image_bad_entry {
    unsigned index; /* 1-based entry number in the MBR / GPT entry array */
    uint64_t start; /* byte offset */
} bs_image_bad_entry;

/*
 * MBR primary / GPT entries in head (the first sectors of an image) that
 * start at or past image_size; volume-system readers drop them silently.
 * Fills up to max entries, returns how many there are.
 */
int bs_image_entries_past_end(const uint8_t *head, size_t len, uint64_t image_size,
                              bs_image_bad_entry *out, int max);

/* ---- image_open.c: an opened image ---- */

typedef struct bs_image bs_image;

/* Opens an image file (and its other segments) read-only. */
bs_status bs_image_open_path(const char *path, bs_image_format fmt, bs_image **out,
                             bs_error *err);
/* Opens an image held in memory; data must outlive the handle. */
bs_status bs_image_open_buffer(const uint8_t *data, size_t len, bs_image_format fmt,
                               bs_image **out, bs_error *err);
void bs_image_close(bs_image *im);

/* The TSK handle (a struct TSK_IMG_INFO *), as void * to keep TSK out of this header. */
void *bs_image_tsk(bs_image *im);
bs_image_format bs_image_format_of(const bs_image *im);
uint64_t bs_image_media_size(const bs_image *im);
/* The files the image was opened from, in order. */
int bs_image_segment_count(const bs_image *im);
const char *bs_image_segment(const bs_image *im, int i);
/* True when a segment of the set is missing or damaged (EWF). */
bool bs_image_incomplete(const bs_image *im);
/* The libewf handle (libewf_handle_t *) for EWF images, else NULL. */
void *bs_image_ewf_handle(bs_image *im);

/* Split raw: fills segs with path and the names that follow it. */
int bs_image_find_split_segments(const char *path, char ***segs, bs_error *err);
void bs_image_free_names(char **names, int n);

/* ---- image_walk.c ---- */

/*
 * Walks the volume system and file systems of an opened image and emits one
 * object per file / NTFS data stream.  base is the location prefix; nested
 * (an image inside an object) makes locations "<base>!@pN:/path" and
 * "<base>!/path" instead of "<base>@pN:/path" and "<base>:/path".  depth is
 * the depth given to emitted objects.  Returns BS_FATAL only when emit did.
 */
bs_status bs_image_walk(bs_sink *sink, bs_image *im, const char *base, bool nested, int depth);

/*
 * image_tskmem.c: the walk's watchdog.  bs_image_tsk_watchdog(N) arms it on
 * this thread (0 disarms) and returns the previous N, to restore after a
 * nested walk; bs_image_tsk_progress() pushes
 * the deadline N seconds on.  Past the deadline TSK's allocations fail, which
 * ends a call stuck on corrupt metadata with an error.
 */
unsigned bs_image_tsk_watchdog(unsigned seconds);
void bs_image_tsk_progress(void);

/* ---- image_evidence.c ---- */

/* --hash-evidence: sha256 of all segments, EWF stored vs computed hashes. */
void bs_image_hash_evidence(bs_sink *sink, bs_image *im, const char *location);
/* The sha256 part alone, over the given files (an image that did not open). */
void bs_image_hash_files(bs_sink *sink, const char *const *files, int n, const char *location);

#endif
