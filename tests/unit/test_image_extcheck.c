/*
 * test_image_extcheck.c - the CRC32C behind the ext4 inode checks
 * (collectors/image_extcheck.c): the standard check value, chaining, and
 * the seed ext4 derives from a file system UUID.  The inode checks
 * themselves run on mke2fs images in t_hostile.sh.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "collectors/image_extcheck.h"

static void test_crc32c_check_value(void **state)
{
    (void)state;
    /* CRC-32C of "123456789" is 0xE3069283 with pre- and post-inversion */
    assert_int_equal(bs_crc32c_update(~0U, "123456789", 9) ^ ~0U, 0xE3069283U);
    assert_int_equal(bs_crc32c_update(0x1234U, "", 0), 0x1234U);
}

static void test_crc32c_chains(void **state)
{
    const char *s = "inode table of group 0";
    uint32_t whole = bs_crc32c_update(~0U, s, strlen(s));
    uint32_t part = bs_crc32c_update(~0U, s, 5);

    (void)state;
    assert_int_equal(bs_crc32c_update(part, s + 5, strlen(s) - 5), whole);
}

static void test_nothing_to_check(void **state)
{
    (void)state;
    assert_null(bs_ext_check_open(NULL));
    assert_int_equal(bs_ext_check_inode(NULL, 12), BS_EXT_INODE_UNCHECKED);
    bs_ext_check_close(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_crc32c_check_value),
        cmocka_unit_test(test_crc32c_chains),
        cmocka_unit_test(test_nothing_to_check),
    };
    return cmocka_run_group_tests_name("image_extcheck", tests, NULL, NULL);
}
