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
#define TEXT_CLIENTS_SEEN 256 /* addresses counted per file */
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

/* Timeline event names in words, as the window's bounds are told. */
static const char *const event_words[][2] = {
    {"log.request", "a request logged in"},
    {"log.client_request", "a request logged in"},
    {"file.modified", "the last write of"},
    {"file.created", "the creation of"},
    {"file.changed", "a metadata change of"},
    {"file.accessed", "a read of"},
    {"file.deleted", "the deletion of"},
    {"card.first", "the first card-number line in"},
    {"card.last", "the last card-number line in"},
};

/*
 * "    starts 2018-08-14T03:10:02Z with a request logged in LOC:2 (F15 rule)"
 * from summary.window.
 */
static void print_window_event(FILE *out, const cJSON *summary, const bs_doc_findings *idx,
                               const char *key, const char *verb)
{
    const cJSON *ev = bs_doc_obj(bs_doc_obj(summary, "window"), key);
    const char *name = bs_doc_str(ev, "event"), *words = name;

    if (!ev)
        return;
    for (size_t i = 0; name && i < sizeof(event_words) / sizeof(event_words[0]); i++)
        if (strcmp(name, event_words[i][0]) == 0)
            words = event_words[i][1];
    bs_put_plainf(out, "    %s %s with %s %s (%s %s)\n", verb, bs_doc_str(ev, "time"), words,
                  bs_doc_str(ev, "location"), bs_doc_str(ev, "finding"),
                  bs_doc_str(bs_doc_finding_by_id(idx, bs_doc_str(ev, "finding")), "rule"));
}

static void print_verdict(const cJSON *report, const bs_doc_findings *idx, FILE *out)
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
    print_window_event(out, summary, idx, "start_event", "starts");
    print_window_event(out, summary, idx, "end_event", "ends");
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

/* "      written 2018-08-14T03:12:09Z, born ..., deleted ..." (what the file system kept). */
static void print_file_times(const cJSON *object, FILE *out)
{
    static const char *const times[][2] = {
        {"mtime", "written"}, {"crtime", "born"}, {"dtime", "deleted"}};
    const char *sep = "      ";

    for (size_t i = 0; i < sizeof(times) / sizeof(times[0]); i++) {
        const char *t = bs_doc_str(object, times[i][0]);

        if (!t)
            continue;
        bs_put_plainf(out, "%s%s %s", sep, times[i][1], t);
        sep = ", ";
    }
    if (sep[0] == ',')
        fputc('\n', out);
}

/* Log requests read from the log at loc (event location "LOC:LINE"). */
static int count_logged(const cJSON *report, const char *loc)
{
    size_t n = loc ? strlen(loc) : 0;
    const cJSON *ev;
    int count = 0;

    cJSON_ArrayForEach(ev, bs_doc_arr(report, "timeline"))
    {
        const char *at = bs_doc_str(ev, "location"), *name = bs_doc_str(ev, "event");

        if (n && at && name && strcmp(name, "log.request") == 0 && strncmp(at, loc, n) == 0 &&
            at[n] == ':' && !strchr(at + n + 1, ':'))
            count++;
    }
    return count;
}

static void print_group(const cJSON *report, const bs_file_group *g, FILE *out)
{
    const cJSON *access = NULL, *with_access = NULL;

    bs_put_plainf(out, "  %s  %s%s\n", bs_doc_severity_name(g->max_rank),
                  g->location ? g->location : "(not tied to a file)",
                  bs_doc_true(g->object, "deleted") ? "  (deleted)" : "");
    print_rules(g, out);
    print_file_times(g->object, out);
    for (int i = 0; i < g->n_findings && !access; i++)
        if ((access = bs_doc_obj(g->findings[i], "log_access")))
            with_access = g->findings[i];
    if (!access)
        return;
    /* a web-server log: its matched lines are told below; else requests that reached this file */
    if (bs_doc_str(with_access, "source") && strcmp(bs_doc_str(with_access, "source"), "log") == 0)
        bs_put_plainf(out, "      web-server log: %d suspicious request(s) in it (see below)\n",
                      count_logged(report, g->location));
    else
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
        print_group(report, &groups.items[i], out);
    if (groups.count > TEXT_FILES_MAX)
        bs_put_plainf(out, "  and %d more file(s): see the report\n", groups.count - TEXT_FILES_MAX);
    bs_file_groups_release(&groups);
    return BS_OK;
}

typedef struct client_count {
    const char *client;
    const char *first, *last; /* times */
    int requests;
} client_count;

/* Requests that reached one file with findings (a shell used), in time order. */
typedef struct file_use {
    const char *location;
    const cJSON *first, *last; /* events */
    int requests, unlisted;    /* unlisted: from addresses past TEXT_CLIENTS_SEEN */
    int n_clients;
    client_count clients[TEXT_CLIENTS_SEEN];
} file_use;

static void count_client(file_use *u, const cJSON *ev)
{
    const char *client = bs_doc_str(ev, "client"), *time = bs_doc_str(ev, "time");
    int k = 0;

    u->first = u->first ? u->first : ev;
    u->last = ev;
    u->requests++;
    if (!client)
        return;
    while (k < u->n_clients && strcmp(u->clients[k].client, client) != 0)
        k++;
    if (k == u->n_clients && k == TEXT_CLIENTS_SEEN) {
        u->unlisted++;
        return;
    }
    if (k == u->n_clients)
        u->clients[u->n_clients++] = (client_count){client, time, time, 0};
    u->clients[k].requests++;
    u->clients[k].last = time;
}

static void print_file_use(const file_use *u, FILE *out)
{
    bs_put_plainf(out, "  %s: %d request(s) from %d address(es)\n", u->location, u->requests,
                  u->n_clients + (u->unlisted ? 1 : 0));
    bs_put_plainf(out, "    first request %s: %s %s from %s\n", bs_doc_str(u->first, "time"),
                  bs_doc_str(u->first, "method"), bs_doc_str(u->first, "url"),
                  bs_doc_str(u->first, "client"));
    if (u->last != u->first)
        bs_put_plainf(out, "    last request  %s: %s %s from %s\n", bs_doc_str(u->last, "time"),
                      bs_doc_str(u->last, "method"), bs_doc_str(u->last, "url"),
                      bs_doc_str(u->last, "client"));
    for (int k = 0; k < u->n_clients && k < TEXT_CLIENTS_MAX; k++)
        bs_put_plainf(out, "    from %s: %d request(s), %s .. %s\n", u->clients[k].client,
                      u->clients[k].requests, u->clients[k].first, u->clients[k].last);
    if (u->n_clients > TEXT_CLIENTS_MAX || u->unlisted)
        bs_put_plainf(out, "    and more addresses: see log_access and the timeline in the report\n");
}

/*
 * Shell use: log requests that reached a file with findings, per file, in
 * the order the files were first requested (timeline order = time order).
 */
static bs_status print_shell_use(const cJSON *report, const bs_doc_findings *idx, FILE *out)
{
    file_use *uses = calloc(TEXT_FILES_MAX, sizeof(*uses));
    int n_uses = 0, other_files = 0;
    const cJSON *ev;

    if (!uses)
        return BS_FATAL;
    cJSON_ArrayForEach(ev, bs_doc_arr(report, "timeline"))
    {
        const char *loc = bs_doc_str(bs_doc_obj(bs_doc_event_target(idx, ev), "object"), "location");
        int k = 0;

        if (!loc || bs_doc_event_kind(idx, ev) != BS_EV_SHELL_ACCESS)
            continue;
        while (k < n_uses && strcmp(uses[k].location, loc) != 0)
            k++;
        if (k == n_uses && n_uses == TEXT_FILES_MAX) {
            other_files++;
            continue;
        }
        if (k == n_uses)
            uses[n_uses++].location = loc;
        count_client(&uses[k], ev);
    }
    if (n_uses)
        bs_put_plainf(out, "\nShell use: requests in the web-server logs that reached a file with "
                           "findings:\n");
    for (int k = 0; k < n_uses; k++)
        print_file_use(&uses[k], out);
    if (other_files)
        bs_put_plainf(out, "  and %d more request(s) to other files: see the timeline in the report\n",
                      other_files);
    free(uses);
    return BS_OK;
}

/* Exploit requests: log-pattern hits that did not reach a file found here, per rule. */
static void print_attack_requests(const cJSON *report, const bs_doc_findings *idx, FILE *out)
{
    const cJSON *firsts[TEXT_RULES_MAX] = {NULL}, *lasts[TEXT_RULES_MAX] = {NULL}, *ev;
    const char *rules[TEXT_RULES_MAX];
    int counts[TEXT_RULES_MAX] = {0}, n = 0, other = 0;

    cJSON_ArrayForEach(ev, bs_doc_arr(report, "timeline"))
    {
        const char *rule = bs_doc_str(bs_doc_finding_by_id(idx, bs_doc_str(ev, "finding")), "rule");
        int k = 0;

        if (!rule || bs_doc_event_kind(idx, ev) != BS_EV_REQUEST)
            continue;
        while (k < n && strcmp(rules[k], rule) != 0)
            k++;
        if (k == n && n == TEXT_RULES_MAX) {
            other++;
            continue;
        }
        if (k == n) {
            rules[n++] = rule;
            firsts[k] = ev;
        }
        lasts[k] = ev;
        counts[k]++;
    }
    if (n)
        bs_put_plainf(out, "\nAttack requests in the web-server logs (exploits, shell commands):\n");
    for (int k = 0; k < n; k++) {
        bs_put_plainf(out, "  %s: %d request(s), %s .. %s\n", rules[k], counts[k],
                      bs_doc_str(firsts[k], "time"), bs_doc_str(lasts[k], "time"));
        bs_put_plainf(out, "    first: %s %s from %s\n", bs_doc_str(firsts[k], "method"),
                      bs_doc_str(firsts[k], "url"), bs_doc_str(firsts[k], "client"));
    }
    if (other)
        bs_put_plainf(out, "  and %d more request(s) matched by other patterns: see the report\n",
                      other);
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
        bs_put_plainf(out, "  exposure window: lines with card data from %s to %s\n",
                      bs_doc_str(card, "first"), bs_doc_str(card, "last"));
}

/*
 * What was left out on purpose: objects not scanned, and findings over
 * --max-findings-per-rule or --max-findings (their entries' detail starts
 * with the count).
 */
static void print_skipped(const cJSON *skipped, FILE *out)
{
    int objects = 0, rules = 0;
    unsigned long long unlisted = 0;
    const cJSON *s;

    cJSON_ArrayForEach(s, skipped)
    {
        const char *reason = bs_doc_str(s, "reason"), *detail = bs_doc_str(s, "detail");

        if (reason && !strcmp(reason, "findings-limit")) {
            rules++;
            unlisted += detail ? strtoull(detail, NULL, 10) : 0;
        } else {
            objects++;
        }
    }
    if (objects)
        bs_put_plainf(out, "Not scanned on purpose: %d object(s) (skipped[] in the report)\n",
                      objects);
    if (rules)
        bs_put_plainf(out,
                      "Not listed: %j more finding(s) of %d rule(s) over --max-findings-per-rule "
                      "or --max-findings (counted in skipped[]; -f jsonl lists them all)\n",
                      (long long)unlisted, rules);
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
    print_skipped(skipped, out);
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
    bs_doc_findings idx;

    if (bs_doc_findings_index(report, &idx, err) != BS_OK)
        return BS_FATAL;
    print_verdict(report, &idx, out);
    if (print_files(report, out, err) != BS_OK) {
        bs_doc_findings_release(&idx);
        return BS_FATAL;
    }
    print_attack_requests(report, &idx, out);
    if (print_shell_use(report, &idx, out) != BS_OK) {
        bs_doc_findings_release(&idx);
        bs_error_set(err, "write", "out of memory");
        return BS_FATAL;
    }
    bs_doc_findings_release(&idx);
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
