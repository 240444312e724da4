/*
 * decode.h - unwrapping the obfuscation layers web shells and skimmers hide
 * behind (docs/RULES.md, "Decoded layers"): base64 (alone, or holding
 * gzinflate/gzuncompress/gzdecode data), str_rot13 / strrev of a literal,
 * string literals of hex, octal and \u escapes (JS packers' string arrays
 * included), chr() and String.fromCharCode chains, and %XX URL encoding.
 *
 * One pass over a text finds every encoded fragment and appends what it
 * decodes to, one fragment per line; the caller scans that as the next
 * layer, and unwraps it again (a layer within a layer) up to a depth limit.
 * Only fragments that decode to text are kept: binary data (images, fonts,
 * encoded bytecode) is not a layer.
 */
#ifndef BS_DECODE_H
#define BS_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "core/vec.h"

/* What a pass found, for the finding's detail and the tests. */
enum {
    BS_DECODED_BASE64 = 1 << 0,
    BS_DECODED_INFLATE = 1 << 1, /* base64 holding deflate/zlib/gzip data */
    BS_DECODED_ROT13 = 1 << 2,
    BS_DECODED_STRREV = 1 << 3,
    BS_DECODED_ESCAPES = 1 << 4, /* \xNN, \NNN, \uNNNN in a string literal */
    BS_DECODED_CHARCODES = 1 << 5, /* chr(N).chr(N) / String.fromCharCode(N, ...) */
    BS_DECODED_URL = 1 << 6,
};

/* Scratch reused across objects by one worker (no allocation per object). */
typedef struct bs_decoder {
    bs_buf tmp;      /* one fragment being decoded */
    bs_buf inflated; /* its inflated form */
} bs_decoder;

void bs_decoder_init(bs_decoder *d);
void bs_decoder_release(bs_decoder *d);

/* Whether data looks like text worth unwrapping (no NUL in its head). */
int bs_decode_is_text(const uint8_t *data, size_t len);

/*
 * Appends to out every fragment of data[0..len) that decodes to text, one
 * per line; out's ceiling bounds the layer.  Returns the BS_DECODED_* kinds
 * found (0: nothing to unwrap).
 */
unsigned bs_decode_pass(bs_decoder *d, const uint8_t *data, size_t len, bs_buf *out);

#endif
