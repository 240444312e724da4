/*
 * volume.h - one volume of a disk image as the report lists it
 * (targets[].volumes[]): filled by the image collector, stored by the report.
 */
#ifndef BS_VOLUME_H
#define BS_VOLUME_H

#include <stdint.h>

typedef struct bs_volume_info {
    char id[16];       /* "p1", "p2", ... */
    char scheme[16];   /* "mbr", "gpt", "none" (bare file system) */
    uint64_t offset;   /* bytes from the start of the image */
    uint64_t size;     /* bytes */
    char fs[16];       /* "ext4", "ntfs", "fat32", ... or "unknown"/"unallocated" */
    char label[64];    /* volume label or partition name, may be empty */
} bs_volume_info;

#endif
