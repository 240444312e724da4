/*
 * image_tsk.h - The Sleuth Kit's error state turned into a bs_error
 * (image_tsk.c), for every image file that calls TSK.  A leaf: it includes
 * only core/, so image_open.c, image_ext.c, image_vmdk.c and image_walk.c
 * share it without including each other.
 */
#ifndef BS_COLLECTORS_IMAGE_TSK_H
#define BS_COLLECTORS_IMAGE_TSK_H

#include "core/status.h"

/* Copies TSK's last error message (or what alone) into err and resets it. */
void bs_image_tsk_error(bs_error *err, const char *stage, const char *what);

#endif
