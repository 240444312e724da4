/*
 * image_ext.h - TSK external images (image_ext.c): memory buffers, EWF sets
 * through libewf, QCOW through libqcow.  Each returns a TSK_IMG_INFO * (as
 * void *, closed with tsk_img_close) or NULL with err filled.
 */
#ifndef BS_COLLECTORS_IMAGE_EXT_H
#define BS_COLLECTORS_IMAGE_EXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/status.h"

/* data must stay valid until the image is closed. */
void *bs_image_ext_memory(const uint8_t *data, size_t len, bs_error *err);
/*
 * Sets *ewf_handle to the libewf_handle_t owned by the returned image, and
 * *incomplete when libewf reports missing or corrupt segment files.
 */
void *bs_image_ext_ewf(char *const *segments, int n, void **ewf_handle, bool *incomplete,
                       bs_error *err);
void *bs_image_ext_qcow(const char *path, bs_error *err);
/* A VMDK sparse extent in memory (image_vmdk.c); data must outlive the image. */
void *bs_image_ext_vmdk_memory(const uint8_t *data, size_t len, bs_error *err);
/*
 * True when data is a hosted sparse extent whose embedded descriptor declares
 * exactly one extent (the whole disk is in this file, whatever its name) and,
 * when name is not NULL, names another file than name (a renamed VMDK, which
 * libvmdk would refuse).
 */
bool bs_image_vmdk_single_extent(const uint8_t *data, size_t len, const char *name);

#endif
