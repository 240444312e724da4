/*
 * image_tsk.c - TSK's last error into a bs_error (see image_tsk.h).
 */
#include "collectors/image_tsk.h"

#include <tsk/libtsk.h>

void bs_image_tsk_error(bs_error *err, const char *stage, const char *what)
{
    const char *msg = tsk_error_get();

    if (msg && *msg)
        bs_error_set(err, stage, "%s: %s", what, msg);
    else
        bs_error_set(err, stage, "%s", what);
    tsk_error_reset();
}
