/*
 * collectors.c - the list of collectors, in the order they are probed.
 */
#include "collectors/collector.h"

const bs_collector *const bs_collectors[] = {
    &bs_collector_image,
    &bs_collector_archive,
    &bs_collector_fs,
    NULL,
};
