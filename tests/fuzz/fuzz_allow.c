/*
 * fuzz_allow.c - libFuzzer target for the allow-list parser (report/allow.c,
 * bs_allow_parse): the input is the text of an allow file.  A list that
 * parses is then used: every entry is matched against a few findings'
 * rule, sha256 and locations (fnmatch on the globs), and the list is put in
 * a report that is finished and turned into JSON (suppress.c).  Any crash,
 * leak or sanitizer report is a bug; a rejected file is fine.
 */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "report/allow.h"
#include "report/model.h"

#define FUZZ_MAX_LEN (64U << 10)

static void use_list(bs_allow *a)
{
    static const char *const locations[] = {"www/vendor/x.js", "img.E01@p1:/var/www/a.php",
                                            "www/a.zip!b/c.jsp", ""};
    bs_report *r = bs_report_new();
    cJSON *doc;

    for (size_t i = 0; i < sizeof(locations) / sizeof(locations[0]); i++)
        bs_allow_match(a, "Web_Shell", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                       i == 1 ? "img.E01" : "www", locations[i]);
    if (!r) {
        bs_allow_free(a);
        return;
    }
    bs_report_add_target(r, "www", "directory");
    for (size_t i = 0; i < 3; i++) {
        bs_object *obj = bs_object_new(0, locations[i * 2 % 3], "/x");
        bs_finding *f = obj ? bs_finding_new("yara", "Web_Shell", BS_SEV_HIGH, obj) : NULL;

        bs_object_free(obj);
        bs_report_add_finding(r, f);
    }
    bs_report_set_allow(r, a);
    bs_report_finish(r);
    doc = bs_report_to_json(r);
    cJSON_Delete(doc);
    bs_report_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bs_allow *a;
    bs_error err;

    if (size > FUZZ_MAX_LEN)
        return 0;
    if (!(a = bs_allow_new()))
        return 0;
    if (bs_allow_parse(a, (const char *)data, size, "fuzz.allow", size % 2 ? "www" : NULL,
                       size % 3 == 0, &err) != BS_OK) {
        bs_allow_free(a);
        return 0;
    }
    use_list(a);
    return 0;
}
