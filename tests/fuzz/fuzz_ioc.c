/*
 * fuzz_ioc.c - libFuzzer target for the IOC list loader (matchers/ioc.c,
 * bs_iocs_load_buffer): the first byte picks the list (hashes, filenames,
 * logs), the rest is its text.  A list that loads is then used: its
 * file-name patterns and hashes against one object, its log patterns against
 * one request, so compiled PCRE2 patterns run too.  Any crash, leak or
 * sanitizer report is a bug; a rejected list is fine.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "matchers/ioc.h"
#include "core/finding.h"

#define FUZZ_MAX_LEN 65536

static const char *const list_names[] = {"hashes.txt", "filenames.txt", "logs.txt"};

static void use_lists(const bs_iocs *iocs)
{
    static const char content[] = "<%@ page import=\"java.io.*\" %>";
    static const char request[] = "POST /wls-wsat/CoordinatorPortType HTTP/1.1";
    bs_ioc_scratch *sc = bs_ioc_scratch_new();
    bs_object *obj = bs_object_new(0, "srv.E01@p2:/u01/Click2GovCX/images/a.jsp",
                                   "/u01/Click2GovCX/images/a.jsp");
    uint8_t *data = malloc(sizeof(content));
    bs_finding_list found = {0};
    bs_hashes hashes;
    const char *name;
    bs_severity sev;
    bs_error err;

    if (sc && obj && data) {
        memcpy(data, content, sizeof(content));
        bs_object_set_data(obj, data, sizeof(content));
        data = NULL;
        bs_hash_buffer(obj->data, obj->len, BS_HASH_ALL, &hashes);
        bs_iocs_match_object(iocs, obj, &hashes, sc, &found, &err);
        for (int i = 0; i < bs_iocs_log_pattern_count(iocs); i++)
            bs_iocs_log_pattern_match(iocs, i, request, sizeof(request) - 1, sc, &name, &sev);
    }
    bs_finding_list_release(&found);
    free(data);
    bs_object_free(obj);
    bs_ioc_scratch_free(sc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bs_iocs *iocs = NULL;
    bs_error err;

    if (size < 1 || size > FUZZ_MAX_LEN)
        return 0;
    if (bs_iocs_load_buffer(list_names[data[0] % 3], data + 1, size - 1, &iocs, &err) == BS_OK) {
        use_lists(iocs);
        bs_iocs_free(iocs);
    }
    return 0;
}
