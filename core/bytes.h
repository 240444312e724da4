/*
 * bytes.h - reading integers stored in a fixed byte order, and the other
 * small byte helpers the on-disk format parsers share (image detection,
 * VMDK, ext superblocks and inodes).  Header-only: every call is inlined.
 */
#ifndef BS_CORE_BYTES_H
#define BS_CORE_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

static inline uint16_t bs_le16(const uint8_t *p)
{
    return (uint16_t)(p[0] | (p[1] << 8));
}

static inline uint32_t bs_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static inline uint64_t bs_le64(const uint8_t *p)
{
    return (uint64_t)bs_le32(p) | ((uint64_t)bs_le32(p + 4) << 32);
}

static inline uint32_t bs_be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

static inline bool bs_all_zero(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}

#endif
