/*
 * writers.c - the table of report writers.  A writer is one file defining
 * `const bs_writer bs_writer_<name>`; adding one is that file plus one X(name)
 * line in BS_WRITERS below.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "report/writer.h"

#define BS_WRITERS(X) \
    X(json)           \
    X(jsonl)          \
    X(sarif)          \
    X(html)           \
    X(csv)            \
    X(body)           \
    X(text)

#define DECLARE_WRITER(name) extern const bs_writer bs_writer_##name;
#define LIST_WRITER(name) &bs_writer_##name,

BS_WRITERS(DECLARE_WRITER)

static const bs_writer *const writers[] = {BS_WRITERS(LIST_WRITER) NULL};

#define WRITER_NAMES_MAX 256

static char names[WRITER_NAMES_MAX];
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

const bs_writer *bs_writer_find(const char *name)
{
    for (int i = 0; name && writers[i]; i++)
        if (strcmp(writers[i]->name, name) == 0)
            return writers[i];
    return NULL;
}

static void build_names(void)
{
    size_t len = 0;

    for (int i = 0; writers[i]; i++) {
        size_t n = strlen(writers[i]->name);

        if (len + n + 3 > sizeof(names))
            break;
        if (i) {
            memcpy(names + len, ", ", 2);
            len += 2;
        }
        memcpy(names + len, writers[i]->name, n);
        len += n;
    }
    names[len] = '\0';
}

const char *bs_writer_names(void)
{
    pthread_once(&names_once, build_names);
    return names;
}

bs_status bs_writer_put_text(char *text, FILE *out, bs_error *err)
{
    bool ok;

    if (!text) {
        bs_error_set(err, "write", "out of memory while printing the report");
        return BS_FATAL;
    }
    ok = fputs(text, out) >= 0 && fputc('\n', out) != EOF;
    free(text);
    if (!ok || ferror(out)) {
        bs_error_set(err, "write", "cannot write the report: %s", strerror(errno));
        return BS_FATAL;
    }
    return BS_OK;
}
