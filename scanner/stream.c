/*
 * stream.c - the jsonl stream of a scan (see stream.h): provisional
 * "finding.found" lines during the scan, the deterministic jsonl document at
 * the end.  Each line is written whole under a lock and flushed, so a killed
 * scan leaves whole lines, and at most one unterminated last line.
 */
#include "scanner/stream.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report/model.h"
#include "report/writer.h"

struct bs_stream {
    FILE *f;
    bool is_stdout;
    pthread_mutex_t lock;
    int write_errno; /* first failed write during the scan; 0 = none */
};

bs_status bs_stream_open(const char *path, bs_stream **out, bs_error *err)
{
    bs_stream *s = calloc(1, sizeof(*s));

    *out = NULL;
    if (!s) {
        bs_error_set(err, "output", "out of memory");
        return BS_FATAL;
    }
    s->is_stdout = !path || strcmp(path, "-") == 0;
    s->f = s->is_stdout ? stdout : fopen(path, "w");
    if (!s->f) {
        bs_error_set(err, "output", "%s: %s", path, strerror(errno));
        free(s);
        return BS_FATAL;
    }
    pthread_mutex_init(&s->lock, NULL);
    *out = s;
    return BS_OK;
}

void bs_stream_found(void *arg, const bs_finding *f)
{
    bs_stream *s = arg;
    cJSON *line = bs_finding_found_json(f);
    char *text = line ? cJSON_PrintUnformatted(line) : NULL;

    cJSON_Delete(line);
    pthread_mutex_lock(&s->lock);
    if (!text) {
        if (!s->write_errno)
            s->write_errno = ENOMEM;
    } else if ((fputs(text, s->f) == EOF || putc('\n', s->f) == EOF || fflush(s->f) != 0) &&
               !s->write_errno) {
        s->write_errno = errno ? errno : EIO;
    }
    pthread_mutex_unlock(&s->lock);
    free(text);
}

bs_status bs_stream_finish(bs_stream *s, const cJSON *doc, bs_error *err)
{
    const bs_writer *w = bs_writer_find("jsonl");
    bs_status st;

    pthread_mutex_lock(&s->lock);
    if (s->write_errno) {
        bs_error_set(err, "output", "jsonl stream: %s", strerror(s->write_errno));
        pthread_mutex_unlock(&s->lock);
        return BS_FATAL;
    }
    st = w->write(doc, s->f, err);
    if (st == BS_OK && fflush(s->f) != 0) {
        bs_error_set(err, "output", "jsonl stream: %s", strerror(errno));
        st = BS_FATAL;
    }
    /* a regular file: on disk before the exit status says the report is there */
    if (st == BS_OK && !s->is_stdout)
        (void)fsync(fileno(s->f));
    pthread_mutex_unlock(&s->lock);
    return st;
}

void bs_stream_free(bs_stream *s)
{
    if (!s)
        return;
    if (!s->is_stdout)
        fclose(s->f);
    pthread_mutex_destroy(&s->lock);
    free(s);
}
