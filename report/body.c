/*
 * body.c - the `body` writer: The Sleuth Kit's mactime body format
 * (MD5|name|inode|mode_as_string|UID|GID|size|atime|mtime|ctime|crtime), so
 * `mactime -b report.body` merges breachscan's evidence with an `fls -m`
 * timeline.  One line per file with findings (its four times, 0 when
 * unknown), and one per timeline event that is not a file time: a log
 * request in the atime column (the file was accessed through the web), a
 * card-data line and anything else in the mtime column.  Mapping in
 * docs/REPORT.md, "body".  Names go through bs_put_plain with '|' escaped too.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "report/escape.h"
#include "report/writer.h"
#include "report/writer_util.h"

#define BODY_RULES_MAX 3 /* rule names in a file line's name */
#define BODY_UNSAFE "|"

/* Epoch seconds of o[key], 0 when unknown. */
static long long epoch(const cJSON *o, const char *key)
{
    int64_t sec;

    return bs_doc_time(bs_doc_str(o, key), &sec) ? (long long)sec : 0;
}

/* "0644" -> "-rw-r--r--" (setuid/setgid/sticky as s/S, t/T). */
static void mode_string(const char *octal, char out[11])
{
    static const char rwx[] = "rwxrwxrwx";
    unsigned long mode = octal ? strtoul(octal, NULL, 8) : 0;

    out[0] = '-';
    for (int i = 0; i < 9; i++)
        out[1 + i] = (mode >> (8 - i)) & 1 ? rwx[i] : '-';
    if (mode & 04000)
        out[3] = out[3] == 'x' ? 's' : 'S';
    if (mode & 02000)
        out[6] = out[6] == 'x' ? 's' : 'S';
    if (mode & 01000)
        out[9] = out[9] == 'x' ? 't' : 'T';
    out[10] = '\0';
}

/* A uid written as decimal; an NTFS SID or nothing is 0. */
static const char *uid_of(const char *owner)
{
    if (!owner || !*owner || strspn(owner, "0123456789") != strlen(owner))
        return "0";
    return owner;
}

static void put_file(FILE *out, const bs_file_group *g)
{
    const cJSON *o = g->object;
    const char *md5 = bs_doc_str(o, "md5");
    char mode[11];
    int shown = 0;

    mode_string(bs_doc_str(o, "mode"), mode);
    fprintf(out, "%s|", md5 ? md5 : "0");
    bs_put_plain(out, g->location, BODY_UNSAFE);
    if (bs_doc_true(o, "deleted"))
        fputs(" (deleted)", out);
    fprintf(out, " [breachscan %s: ", bs_doc_severity_name(g->max_rank));
    for (int i = 0; i < g->n_findings && shown <= BODY_RULES_MAX; i++, shown++) {
        fputs(shown ? ", " : "", out);
        if (shown == BODY_RULES_MAX)
            fputs("...", out);
        else
            bs_put_plain(out, bs_doc_str(g->findings[i], "rule"), BODY_UNSAFE);
    }
    fprintf(out, "]|%.0f|%s|%s|0|%.0f|%lld|%lld|%lld|%lld\n", bs_doc_num(o, "inode", 0), mode,
            uid_of(bs_doc_str(o, "owner")), bs_doc_num(o, "size", 0), epoch(o, "atime"),
            epoch(o, "mtime"), epoch(o, "ctime"), epoch(o, "crtime"));
}

/* "log.request 203.0.113.7 POST /x.jsp 200 (.../access.log:12) [F1]" */
static void put_event(FILE *out, const cJSON *ev)
{
    static const char *const fields[] = {"client", "method", "url", "detail"};
    const char *name = bs_doc_str(ev, "event");
    long long t = epoch(ev, "time");
    bool request = name && strcmp(name, "log.request") == 0;

    fputs("0|", out);
    bs_put_plain(out, name, BODY_UNSAFE);
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
        if (bs_doc_str(ev, fields[i])) {
            fputc(' ', out);
            bs_put_plain(out, bs_doc_str(ev, fields[i]), BODY_UNSAFE);
        }
    if (bs_doc_num(ev, "status", 0) > 0)
        fprintf(out, " %.0f", bs_doc_num(ev, "status", 0));
    fputs(" (", out);
    bs_put_plain(out, bs_doc_str(ev, "location"), BODY_UNSAFE);
    fputc(')', out);
    if (bs_doc_str(ev, "finding")) {
        fputs(" [", out);
        bs_put_plain(out, bs_doc_str(ev, "finding"), BODY_UNSAFE);
        fputc(']', out);
    }
    fprintf(out, "|0|----------|0|0|%.0f|%lld|%lld|0|0\n", bs_doc_num(ev, "bytes", 0),
            request ? t : 0, request ? 0 : t);
}

static bs_status write_body(const cJSON *report, FILE *out, bs_error *err)
{
    bs_file_groups groups;
    const cJSON *ev;

    if (bs_file_groups_build(report, &groups, err) != BS_OK)
        return BS_FATAL;
    for (int i = 0; i < groups.count; i++)
        if (groups.items[i].location && groups.items[i].object)
            put_file(out, &groups.items[i]);
    bs_file_groups_release(&groups);
    cJSON_ArrayForEach(ev, bs_doc_arr(report, "timeline"))
    {
        const char *name = bs_doc_str(ev, "event");

        if (name && strncmp(name, "file.", 5) != 0 && epoch(ev, "time") != 0)
            put_event(out, ev);
    }
    return bs_writer_status(out, err);
}

const bs_writer bs_writer_body = {
    .name = "body",
    .extension = ".body",
    .write = write_body,
};
