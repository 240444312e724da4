/*
 * archive_detect.c - archive and compression formats by magic bytes (see
 * archive_detect.h): the archive entries of core/magic.c's signature table.
 */
#include "collectors/archive_detect.h"

const arc_magic *bs_archive_detect(const uint8_t *d, size_t n)
{
    return bs_magic_archive(d, n);
}
