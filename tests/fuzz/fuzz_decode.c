/*
 * fuzz_decode.c - libFuzzer target for the obfuscation decoder
 * (matchers/decode.c): whatever the bytes, a pass never crashes, never
 * reads or writes out of bounds, and never grows a layer past its ceiling;
 * the layer it yields can itself be unwrapped again (a layer within a layer).
 */
#include <stdint.h>
#include <stdlib.h>

#include "core/limits.h"
#include "matchers/decode.h"

#define FUZZ_LAYER_MAX (64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bs_decoder d;
    bs_buf a = BS_BUF_INIT(FUZZ_LAYER_MAX), b = BS_BUF_INIT(FUZZ_LAYER_MAX);

    bs_decoder_init(&d);
    if (bs_decode_pass(&d, data, size, &a) && bs_decode_pass(&d, a.data, a.len, &b) &&
        b.len > FUZZ_LAYER_MAX)
        abort();
    if (a.len > FUZZ_LAYER_MAX)
        abort();
    bs_buf_release(&a);
    bs_buf_release(&b);
    bs_decoder_release(&d);
    return 0;
}
