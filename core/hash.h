/*
 * hash.h - md5/sha1/sha256 of object content (OpenSSL EVP), in one pass.
 */
#ifndef BS_HASH_H
#define BS_HASH_H

#include <stddef.h>
#include <stdint.h>

#include "core/status.h"

enum { BS_HASH_MD5 = 1, BS_HASH_SHA1 = 2, BS_HASH_SHA256 = 4, BS_HASH_ALL = 7 };

typedef struct bs_hashes {
    char md5[33], sha1[41], sha256[65]; /* lower-case hex, "" when not computed */
} bs_hashes;

typedef struct bs_hasher bs_hasher;

bs_hasher *bs_hasher_new(unsigned algos);
void bs_hasher_update(bs_hasher *h, const void *data, size_t len);
/* Writes the hex digests of the selected algorithms into out; frees h. */
void bs_hasher_finish(bs_hasher *h, bs_hashes *out);

/* Lower-case hex of n bytes into out (2n + 1 bytes). */
void bs_hex(const uint8_t *in, size_t n, char *out);
/* The value of one hex digit (either case), or -1 when c is none. */
int bs_hex_value(int c);

/* One-shot over a buffer. */
void bs_hash_buffer(const void *data, size_t len, unsigned algos, bs_hashes *out);
/* Adds to h the digests still missing ("" fields) of data, leaving the others. */
void bs_hashes_complete(bs_hashes *h, const void *data, size_t len);
/* Streams an open file descriptor from its current offset to EOF. */
bs_status bs_hash_fd(int fd, unsigned algos, bs_hashes *out, bs_error *err);

#endif
