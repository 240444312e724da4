/*
 * text.c - the human summary (`-f text`, and on stderr at the end of every
 * scan unless -q): the verdict in words, the files with findings (most severe
 * first), shell use seen in web-server logs, card exposure, what could not be
 * read, where the report is, and what to do next.  Everything is read from
 * the report document; every string from it goes through bs_put_plain so a
 * file name cannot drive the terminal (docs/REPORT.md, "text").
 */
#include "report/text.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "report/escape.h"
#include "report/writer.h"
#include "report/writer_util.h"

#define TEXT_FILES_MAX 5   /* files listed before "and N more" */
#define TEXT_RULES_MAX 4   /* rule names listed per file */
#define TEXT_CLIENTS_MAX 5 /* client addresses listed */
#define TEXT_CLIENTS_SEEN 256
#define TEXT_ERRORS_MAX 3 /* errors listed */

static const char *const verdict_words[][2] = {
    {"compromised", "COMPROMISED - evidence of a breach was found."},
    {"suspicious", "SUSPICIOUS - findings that need a closer look; none is critical or high."},
    {"incomplete", "INCOMPLETE - nothing was found, but part of the evidence could not be read."},
    {"clean", "CLEAN - nothing known was found in what was read."},
};

#define STEPS_MAX 6 /* the verdict and up to 5 steps; one more column stays NULL */

static const char *const next_steps[][STEPS_MAX + 1] = {
    {"compromised",
     "Isolate the server from the network now; do not wipe, reinstall or power it off yet.",
     "Preserve this copy of the server and this report unchanged (note their sha256 and who "
     "handled them).",
     "If the server takes card payments: contact your payment processor / acquiring bank and an "
     "incident responder (a PCI forensic investigator) today.",
     "From a clean machine, change the passwords of the server, its database and admin "
     "consoles.",
     "Check your other servers for the same files (sha256 above and in the report)."},
    {"suspicious",
     "Review each file above with whoever maintains the application: is it expected there?",
     "Compare it with a known-good copy of the application (the sha256 is in the report).",
     "Anything you cannot explain: treat the server as compromised (isolate it, preserve the "
     "copy, call your incident responder).",
     NULL, NULL},
    {"incomplete",
     "Part of the evidence could not be read (listed above): rerun as root, or scan a complete "
     "copy or image of the server.",
     "Check the copy is complete (for an image: its stored hashes, --hash-evidence).",
     "Until everything is read, do not treat the server as clean.", NULL, NULL},
    {"clean",
     "Keep this report with the copy of the server.",
     "Scan your other servers, and scan again when the rules are updated.",
     "A clean result covers known indicators only: if you saw card fraud traced to this "
     "server, still call your incident responder.",
     NULL, NULL},
};

/* "    starts with file.created of LOCATION (F12)" from summary.window. */
static void print_window_event(FILE *out, const cJSON *summary, const char *key, const char *words)
{
    const cJSON *ev = bs_doc_obj(bs_doc_obj(summary, "window"), key);

    if (ev)
        bs_put_plainf(out, "    %s %s of %s (%s)\n", words, bs_doc_str(ev, "event"),
                      bs_doc_str(ev, "location"), bs_doc_str(ev, "finding"));
}

static void print_verdict(const cJSON *report, FILE *out)
{
    const cJSON *summary = bs_doc_obj(report, "summary"), *sev = bs_doc_obj(summary, "by_severity");
    const char *verdict = bs_doc_str(summary, "verdict"), *words = NULL;
    const char *first, *last, *sep = " (";

    for (size_t i = 0; i < sizeof(verdict_words) / sizeof(verdict_words[0]); i++)
        if (verdict && strcmp(verdict, verdict_words[i][0]) == 0)
            words = verdict_words[i][1];
    if (words)
        bs_put_plainf(out, "breachscan: %s\n", words);
    else
        bs_put_plainf(out, "breachscan: verdict %s\n", verdict);
    bs_put_plainf(out, "  %j finding(s)", (long long)bs_doc_num(summary, "findings", 0));
    for (int r = BS_DOC_SEVERITIES - 1; r >= 0; r--) {
        long long n = (long long)bs_doc_num(sev, bs_doc_severity_name(r), 0);

        if (n) {
            bs_put_plainf(out, "%s%j %s", sep, n, bs_doc_severity_name(r));
            sep = ", ";
        }
    }
    fputs(sep[0] == ',' ? ")\n" : "\n", out);
    bs_doc_window(report, &first, &last);
    if (first)
        bs_put_plainf(out, "  Breach window: %s .. %s\n", first, last);
    print_window_event(out, summary, "start_event", "starts with");
    print_window_event(out, summary, "end_event", "ends with");
    if (cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(summary, "complete")))
        bs_put_plainf(out, "  The scan was stopped before the end: this covers only part of the "
                           "evidence.\n");
}

/* "rule_a, rule_b (+2 more)" for one file. */
static void print_rules(const bs_file_group *g, FILE *out)
{
    int shown = 0;

    fputs("      ", out);
    for (int i = 0; i < g->n_findings; i++) {
        const char *rule = bs_doc_str(g->findings[i], "rule");
        bool dup = false;

        for (int k = 0; k < i && !dup; k++)
            dup = rule && bs_doc_str(g->findings[k], "rule") &&
                  strcmp(rule, bs_doc_str(g->findings[k], "rule")) == 0;
        if (dup)
            continue;
        if (shown == TEXT_RULES_MAX) {
            bs_put_plainf(out, " and more");
            break;
        }
        bs_put_plainf(out, "%s%s", shown ? ", " : "", rule);
        shown++;
    }
    fputc('\n', out);
}

static void print_group(const bs_file_group *g, FILE *out)
{
    const char *mtime = bs_doc_str(g->object, "mtime");
    const cJSON *access = NULL;

    bs_put_plainf(out, "  %s  %s%s\n", bs_doc_severity_name(g->max_rank),
                  g->location ? g->location : "(not tied to a file)",
                  bs_doc_true(g->object, "deleted") ? "  (deleted)" : "");
    print_rules(g, out);
    if (mtime)
        bs_put_plainf(out, "      modified %s\n", mtime);
    for (int i = 0; i < g->n_findings && !access; i++)
        access = bs_doc_obj(g->findings[i], "log_access");
    if (access)
        bs_put_plainf(out, "      requested %j time(s) from %j address(es), %s .. %s\n",
                      (long long)bs_doc_num(access, "requests", 0),
                      (long long)bs_doc_num(access, "clients", 0), bs_doc_str(access, "first"),
                      bs_doc_str(access, "last"));
}

static bs_status print_files(const cJSON *report, FILE *out, bs_error *err)
{
    bs_file_groups groups;

    if (bs_file_groups_build(report, &groups, err) != BS_OK)
        return BS_FATAL;
    if (groups.count)
        bs_put_plainf(out, "\nFiles with findings (most severe first):\n");
    for (int i = 0; i < groups.count && i < TEXT_FILES_MAX; i++)
        print_group(&groups.items[i], out);
    if (groups.count > TEXT_FILES_MAX)
        bs_put_plainf(out, "  and %d more file(s): see the report\n", groups.count - TEXT_FILES_MAX);
    bs_file_groups_release(&groups);
    return BS_OK;
}

typedef struct client_count {
    const char *client;
    int requests;
} client_count;

/* Shell use: log requests that reached a file with findings (timeline order = time order). */
static bs_status print_shell_use(const cJSON *report, FILE *out, bs_error *err)
{
    client_count clients[TEXT_CLIENTS_SEEN];
    int n_clients = 0, extra = 0;
    const cJSON *ev, *first = NULL;
    bs_doc_findings idx;

    if (bs_doc_findings_index(report, &idx, err) != BS_OK)
        return BS_FATAL;
    cJSON_ArrayForEach(ev, bs_doc_arr(report, "timeline"))
    {
        const char *client = bs_doc_str(ev, "client");
        int k = 0;

        if (bs_doc_event_kind(&idx, ev) != BS_EV_SHELL_ACCESS)
            continue;
        first = first ? first : ev;
        while (client && k < n_clients && strcmp(clients[k].client, client) != 0)
            k++;
        if (!client)
            continue;
        if (k < n_clients)
            clients[k].requests++;
        else if (n_clients < TEXT_CLIENTS_SEEN)
            clients[n_clients++] = (client_count){client, 1};
        else
            extra++;
    }
    bs_doc_findings_release(&idx);
    if (!first)
        return BS_OK;
    bs_put_plainf(out, "\nShell use in the web-server logs:\n  first request %s: %s %s from %s\n",
                  bs_doc_str(first, "time"), bs_doc_str(first, "method"),
                  bs_doc_str(first, "url"), bs_doc_str(first, "client"));
    for (int k = 0; k < n_clients && k < TEXT_CLIENTS_MAX; k++)
        bs_put_plainf(out, "  from %s: %d request(s)\n", clients[k].client, clients[k].requests);
    if (n_clients + extra > TEXT_CLIENTS_MAX)
        bs_put_plainf(out, "  and %d more address(es)\n", n_clients + extra - TEXT_CLIENTS_MAX);
    return BS_OK;
}

static void print_cards(const cJSON *report, FILE *out)
{
    const cJSON *card = bs_doc_obj(bs_doc_obj(report, "summary"), "card_exposure"), *issuer;
    const cJSON *issuers;
    const char *sep = " (";

    if (!card)
        return;
    issuers = bs_doc_obj(card, "issuers") ? bs_doc_obj(card, "issuers")
                                          : bs_doc_obj(card, "by_issuer");
    bs_put_plainf(out, "\nCard data exposed: %j distinct card number(s) in %j file(s)",
                  (long long)bs_doc_num(card, "distinct", 0),
                  (long long)bs_doc_num(card, "objects", 0));
    cJSON_ArrayForEach(issuer, issuers)
    {
        if (!cJSON_IsNumber(issuer) || issuer->valuedouble <= 0)
            continue;
        bs_put_plainf(out, "%s%s %j", sep, issuer->string, (long long)issuer->valuedouble);
        sep = ", ";
    }
    fputs(sep[0] == ',' ? ")\n" : "\n", out);
    if (bs_doc_str(card, "first"))
        bs_put_plainf(out, "  lines with card data from %s to %s\n", bs_doc_str(card, "first"),
                      bs_doc_str(card, "last"));
}

static void print_problems(const cJSON *report, FILE *out)
{
    const cJSON *errors = bs_doc_arr(report, "errors"), *skipped = bs_doc_arr(report, "skipped");
    int n = cJSON_GetArraySize(errors), i = 0;
    const cJSON *e;
    const char *loc;

    if (n)
        bs_put_plainf(out, "\nCould not read: %d problem(s)\n", n);
    cJSON_ArrayForEach(e, errors)
    {
        if (i++ == TEXT_ERRORS_MAX) {
            bs_put_plainf(out, "  and %d more: errors[] in the report\n", n - TEXT_ERRORS_MAX);
            break;
        }
        loc = bs_doc_str(e, "location");
        if (loc && loc[0])
            bs_put_plainf(out, "  %s: ", loc);
        else
            fputs("  ", out);
        bs_put_plainf(out, "%s: %s\n", bs_doc_str(e, "stage"), bs_doc_str(e, "message"));
    }
    if (cJSON_GetArraySize(skipped))
        bs_put_plainf(out, "Not scanned on purpose: %d object(s) (skipped[] in the report)\n",
                      cJSON_GetArraySize(skipped));
}

/* Per-target verdicts, when more than one target was scanned. */
static void print_targets(const cJSON *report, FILE *out)
{
    const cJSON *targets = bs_doc_arr(report, "targets"), *t;

    if (cJSON_GetArraySize(targets) < 2)
        return;
    bs_put_plainf(out, "\nPer target:\n");
    cJSON_ArrayForEach(t, targets)
        bs_put_plainf(out, "  %s: %j finding(s): %s\n",
                      bs_doc_str(t, "verdict") ? bs_doc_str(t, "verdict") : "-",
                      (long long)bs_doc_num(t, "findings", 0), bs_doc_str(t, "path"));
}

/* Suppressed findings and the allow files in force (docs/SUPPRESSIONS.md). */
static void print_suppressed(const cJSON *report, FILE *out)
{
    const cJSON *sup = bs_doc_obj(bs_doc_obj(report, "scan"), "suppressions"), *f;
    int n = cJSON_GetArraySize(bs_doc_arr(report, "suppressed"));

    cJSON_ArrayForEach(f, bs_doc_arr(sup, "allow"))
        if (bs_doc_true(f, "automatic"))
            bs_put_plainf(out, "\nAllow list read automatically: %s (%j entries)\n",
                          bs_doc_str(f, "file"), (long long)bs_doc_num(f, "entries", 0));
    if (n)
        bs_put_plainf(out, "\nSuppressed: %d finding(s) by allow lists or the baseline "
                           "(suppressed[] in the report)\n", n);
}

const char *const *bs_text_next_steps(const char *verdict)
{
    for (size_t i = 0; verdict && i < sizeof(next_steps) / sizeof(next_steps[0]); i++)
        if (strcmp(verdict, next_steps[i][0]) == 0)
            return &next_steps[i][1];
    return NULL;
}

static void print_next_steps(const cJSON *report, FILE *out)
{
    const char *const *steps = bs_text_next_steps(bs_doc_path_str(report, "summary.verdict"));

    if (steps)
        bs_put_plainf(out, "\nWhat to do now:\n");
    for (int k = 0; steps && steps[k]; k++)
        bs_put_plainf(out, "  %d. %s\n", k + 1, steps[k]);
}

bs_status bs_text_summary(const cJSON *report, const char *report_path, FILE *out, bs_error *err)
{
    print_verdict(report, out);
    if (print_files(report, out, err) != BS_OK || print_shell_use(report, out, err) != BS_OK)
        return BS_FATAL;
    print_cards(report, out);
    print_targets(report, out);
    print_problems(report, out);
    print_suppressed(report, out);
    if (report_path)
        bs_put_plainf(out, "\nFull report: %s\n", report_path);
    print_next_steps(report, out);
    return bs_writer_status(out, err);
}

static bs_status write_text(const cJSON *report, FILE *out, bs_error *err)
{
    return bs_text_summary(report, NULL, out, err);
}

const bs_writer bs_writer_text = {
    .name = "text",
    .extension = ".txt",
    .write = write_text,
};
