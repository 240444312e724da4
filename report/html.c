/*
 * html.c - the `html` writer: one self-contained page a non-specialist can
 * read and forward.  The verdict in words at the top, what was scanned, the
 * card-exposure box, the timeline chart (html_timeline.c), the findings
 * grouped by file (sortable by severity or time, with their evidence), the
 * timeline as a table, errors and skipped.
 *
 * No network: inline CSS and a few lines of inline JS written here, a strict
 * Content-Security-Policy (default-src 'none'), no URL in any src or href.
 * Every string from the document goes through bs_put_html (escape.c).
 */
#include <cjson/cJSON.h>
#include <string.h>

#include "report/escape.h"
#include "report/html.h"
#include "report/text.h"
#include "report/writer.h"
#include "report/writer_util.h"

#define HTML_CSP                                                                            \
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; " \
    "base-uri 'none'; form-action 'none'"

static const char *const verdict_text[][3] = {
    {"compromised", "Compromised", "Evidence of a breach was found on this server."},
    {"suspicious", "Suspicious", "Findings that need a closer look; none is critical or high."},
    {"incomplete", "Incomplete", "Nothing was found, but part of the evidence could not be read."},
    {"clean", "Clean", "Nothing known was found in what was read."},
};

static const char style[] =
    "body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f6f6f4}"
    "main{max-width:1100px;margin:0 auto;padding:0 16px 40px}"
    "h2{margin:28px 0 8px;font-size:20px}"
    ".verdict{padding:22px 24px;color:#fff;margin:0 0 8px}"
    ".verdict h1{margin:0;font-size:40px;letter-spacing:.5px}"
    ".verdict p{margin:6px 0 0;font-size:17px}.verdict p.why{font-size:13px;margin:2px 0 0}"
    ".v-compromised{background:#b71c1c}.v-suspicious{background:#e65100}"
    ".v-incomplete{background:#546e7a}.v-clean{background:#2e7d32}.v-unknown{background:#424242}"
    "table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0}"
    "th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}"
    "th{background:#eceff1;font-weight:600}"
    "code,.mono{font-family:ui-monospace,monospace;font-size:13px;word-break:break-all}"
    ".sev{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:13px}"
    ".s4{background:#7f0000}.s3{background:#c62828}.s2{background:#ef6c00}"
    ".s1{background:#f9a825;color:#222}.s0{background:#78909c}"
    ".file{background:#fff;border:1px solid #ccc;border-left:6px solid #999;margin:12px 0;"
    "padding:10px 14px}"
    ".file.r4{border-left-color:#7f0000}.file.r3{border-left-color:#c62828}"
    ".file.r2{border-left-color:#ef6c00}.file.r1{border-left-color:#f9a825}"
    ".file h3{margin:0 0 6px;font-size:15px}"
    ".deleted{color:#b71c1c;font-weight:600}"
    ".card{background:#fff3e0;border:2px solid #e65100;padding:12px 16px;margin:12px 0}"
    ".card h2{margin-top:0}"
    "button{font:inherit;padding:3px 10px;margin-right:6px}"
    "svg{width:100%;height:auto;background:#fff;border:1px solid #ddd}"
    ".lane{fill:#fafafa}.lane.odd{fill:#f0f0f0}.lane-name{font-size:13px;fill:#333}"
    ".axis{stroke:#555}.tick{font-size:12px;fill:#333}"
    ".window{fill:#e53935;fill-opacity:.13;stroke:#e53935;stroke-dasharray:4 3}"
    ".window-label{font-size:12px;fill:#b71c1c}.cardspan{fill:#e65100;fill-opacity:.5}"
    ".ev{stroke:#fff;stroke-width:1}.ev.m{fill:#c62828}.ev.a{fill:#90a4ae}.ev.c{fill:#1565c0}"
    ".ev.b{fill:#2e7d32}.ev.d{fill:#37474f}.ev.r{fill:#6a1b9a}.ev.s{fill:#d50000}.ev.p{fill:#e65100}"
    ".legend span{margin-right:14px;font-size:13px}"
    "details{margin:8px 0}summary{cursor:pointer;font-weight:600}"
    "table.findings{table-layout:fixed}.findings th:nth-child(1){width:5%}"
    ".findings th:nth-child(2){width:9%}.findings th:nth-child(3){width:20%}"
    ".findings th:nth-child(4){width:30%}"
    "footer{color:#666;font-size:13px;margin-top:30px}";

/* Sorting the file sections: by severity (then report order) or by earliest time. */
static const char script[] =
    "document.querySelectorAll('button[data-sort]').forEach(function(b){"
    "b.addEventListener('click',function(){var k=b.getAttribute('data-sort');"
    "var c=document.getElementById('files');"
    "var s=Array.prototype.slice.call(c.querySelectorAll('section.file'));"
    "s.sort(function(x,y){var d=k==='time'?(+x.dataset.time)-(+y.dataset.time)"
    ":(+y.dataset.sev)-(+x.dataset.sev);return d||(+x.dataset.order)-(+y.dataset.order);});"
    "s.forEach(function(e){c.appendChild(e);});});});";

static void h(FILE *out, const char *s)
{
    bs_put_html(out, s);
}

/* <tr><th>label</th><td>value</td></tr> when value is set. */
static void row(FILE *out, const char *label, const char *value, bool mono)
{
    if (!value)
        return;
    fprintf(out, "<tr><th>%s</th><td%s>", label, mono ? " class=\"mono\"" : "");
    h(out, value);
    fputs("</td></tr>\n", out);
}

static void num_row(FILE *out, const char *label, const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;

    if (cJSON_IsNumber(v))
        fprintf(out, "<tr><th>%s</th><td>%.0f</td></tr>\n", label, v->valuedouble);
}

static void sev_badge(FILE *out, int rank)
{
    fprintf(out, "<span class=\"sev s%d\">%s</span>", rank < 0 ? 0 : rank,
            bs_doc_severity_name(rank));
}

/* ---- top: verdict, scan, card exposure ---- */

/* Why the window starts and ends where it does (summary.window.start_event / end_event). */
static void put_window_events(FILE *out, const cJSON *window)
{
    static const char *const ends[][2] = {{"start_event", "starts with"}, {"end_event", "ends with"}};

    for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
        const cJSON *ev = bs_doc_obj(window, ends[i][0]);

        if (!ev)
            continue;
        fprintf(out, "<p class=\"why\">%s ", ends[i][1]);
        h(out, bs_doc_str(ev, "event"));
        fputs(" of <span class=\"mono\">", out);
        h(out, bs_doc_str(ev, "location"));
        fputs("</span> (", out);
        h(out, bs_doc_str(ev, "finding"));
        fputs(")</p>", out);
    }
}

static void put_verdict(FILE *out, const cJSON *report)
{
    const cJSON *summary = bs_doc_obj(report, "summary"), *sev = bs_doc_obj(summary, "by_severity");
    const char *v = bs_doc_str(summary, "verdict"), *first, *last;
    const char *const *text = NULL;

    for (size_t i = 0; i < sizeof(verdict_text) / sizeof(verdict_text[0]); i++)
        if (v && strcmp(v, verdict_text[i][0]) == 0)
            text = verdict_text[i];
    fprintf(out, "<header id=\"verdict\" class=\"verdict v-%s\" data-verdict=\"",
            text ? text[0] : "unknown");
    h(out, v);
    fputs("\"><h1>", out);
    h(out, text ? text[1] : (v ? v : "Unknown verdict"));
    fprintf(out, "</h1><p>%s</p><p>%.0f finding(s)", text ? text[2] : "",
            bs_doc_num(summary, "findings", 0));
    for (int r = BS_DOC_SEVERITIES - 1; r >= 0; r--)
        if (bs_doc_num(sev, bs_doc_severity_name(r), 0) > 0)
            fprintf(out, " &middot; %.0f %s", bs_doc_num(sev, bs_doc_severity_name(r), 0),
                    bs_doc_severity_name(r));
    fputs("</p>", out);
    bs_doc_window(report, &first, &last);
    if (first) {
        fputs("<p>Breach window: <b>", out);
        h(out, first);
        fputs("</b> to <b>", out);
        h(out, last);
        fputs("</b></p>", out);
        put_window_events(out, bs_doc_obj(summary, "window"));
    }
    if (cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(summary, "complete")))
        fputs("<p><b>The scan was stopped before the end: this report covers only part of the "
              "evidence.</b></p>", out);
    fputs("</header>\n", out);
}

static void put_card_exposure(FILE *out, const cJSON *report)
{
    const cJSON *card = bs_doc_obj(bs_doc_obj(report, "summary"), "card_exposure"), *i;
    const cJSON *issuers;

    if (!card)
        return;
    issuers = bs_doc_obj(card, "issuers") ? bs_doc_obj(card, "issuers")
                                          : bs_doc_obj(card, "by_issuer");
    fprintf(out,
            "<section id=\"card-exposure\" class=\"card\"><h2>Card data exposed</h2>"
            "<p><b>%.0f</b> distinct card number(s) in <b>%.0f</b> file(s). Numbers are shown "
            "masked; the full numbers are never written to this report.</p><table>\n",
            bs_doc_num(card, "distinct", 0), bs_doc_num(card, "objects", 0));
    cJSON_ArrayForEach(i, issuers)
        if (cJSON_IsNumber(i)) {
            fputs("<tr><th>", out);
            h(out, i->string);
            fprintf(out, "</th><td>%.0f</td></tr>\n", i->valuedouble);
        }
    row(out, "first line with card data", bs_doc_str(card, "first"), false);
    row(out, "last line with card data", bs_doc_str(card, "last"), false);
    fputs("</table></section>\n", out);
}

static void put_next_steps(FILE *out, const cJSON *report)
{
    const char *const *steps = bs_text_next_steps(bs_doc_path_str(report, "summary.verdict"));

    if (!steps)
        return;
    fputs("<section id=\"next-steps\"><h2>What to do now</h2><ol>\n", out);
    for (int k = 0; steps[k]; k++) {
        fputs("<li>", out);
        h(out, steps[k]);
        fputs("</li>\n", out);
    }
    fputs("</ol></section>\n", out);
}

static void put_targets(FILE *out, const cJSON *report)
{
    static const char *const stats[] = {"objects", "bytes", "deleted", "archives", "skipped",
                                        "errors"};
    const cJSON *scan = bs_doc_obj(report, "scan"), *tool = bs_doc_obj(report, "tool"), *t;

    fputs("<h2>What was scanned</h2>\n<table id=\"targets\"><tr><th>target</th><th>kind</th>"
          "<th>format</th><th>verdict</th><th>findings</th><th>size (bytes)</th><th>volumes</th>",
          out);
    for (size_t i = 0; i < sizeof(stats) / sizeof(stats[0]); i++)
        fprintf(out, "<th>%s</th>", stats[i]);
    fputs("<th>sha256</th></tr>\n", out);
    cJSON_ArrayForEach(t, bs_doc_arr(report, "targets"))
    {
        const cJSON *st = bs_doc_obj(t, "stats");

        fputs("<tr><td class=\"mono\">", out);
        h(out, bs_doc_str(t, "path"));
        fputs("</td><td>", out);
        h(out, bs_doc_str(t, "kind"));
        fputs("</td><td>", out);
        h(out, bs_doc_str(t, "format"));
        fputs("</td><td>", out);
        h(out, bs_doc_str(t, "verdict"));
        fprintf(out, "</td><td>%.0f</td><td>", bs_doc_num(t, "findings", 0));
        if (bs_doc_num(t, "size", -1) >= 0)
            fprintf(out, "%.0f", bs_doc_num(t, "size", 0));
        fprintf(out, "</td><td>%d</td>", cJSON_GetArraySize(bs_doc_arr(t, "volumes")));
        for (size_t i = 0; i < sizeof(stats) / sizeof(stats[0]); i++)
            fprintf(out, "<td>%.0f</td>", bs_doc_num(st, stats[i], 0));
        fputs("<td class=\"mono\">", out);
        h(out, bs_doc_str(t, "sha256"));
        fputs("</td></tr>\n", out);
    }
    fputs("</table>\n<table>", out);
    row(out, "scan started", bs_doc_str(scan, "started"), false);
    row(out, "scan finished", bs_doc_str(scan, "finished"), false);
    row(out, "breachscan version", bs_doc_str(tool, "version"), false);
    num_row(out, "rules loaded", bs_doc_obj(tool, "rules"), "rules");
    if (cJSON_GetArraySize(bs_doc_arr(report, "suppressed"))) {
        char n[64];

        snprintf(n, sizeof(n), "%d (suppressed[] in the JSON report)",
                 cJSON_GetArraySize(bs_doc_arr(report, "suppressed")));
        row(out, "findings suppressed", n, false);
    }
    fputs("</table>\n", out);
}

/* ---- findings by file ---- */

static void put_matches(FILE *out, const cJSON *f)
{
    const cJSON *m;

    cJSON_ArrayForEach(m, bs_doc_arr(f, "matches"))
    {
        fputs("<div><code>", out);
        h(out, bs_doc_str(m, "id"));
        fprintf(out, " @%.0f: ", bs_doc_num(m, "offset", 0));
        h(out, bs_doc_str(m, "data"));
        fputs("</code></div>", out);
    }
}

static void put_strings(FILE *out, const cJSON *arr, const char *sep)
{
    const cJSON *s;
    bool first = true;

    cJSON_ArrayForEach(s, arr)
        if (cJSON_IsString(s)) {
            fputs(first ? "" : sep, out);
            h(out, s->valuestring);
            first = false;
        }
}

static void put_finding_row(FILE *out, const cJSON *f)
{
    const cJSON *card = bs_doc_obj(f, "card"), *access = bs_doc_obj(f, "log_access");

    fputs("<tr class=\"finding\" data-id=\"", out);
    h(out, bs_doc_str(f, "id"));
    fputs("\"><td>", out);
    h(out, bs_doc_str(f, "id"));
    fputs("</td><td>", out);
    sev_badge(out, bs_doc_severity_rank(bs_doc_str(f, "severity")));
    fputs("</td><td class=\"mono\">", out);
    h(out, bs_doc_str(f, "rule"));
    fputs("<br><small>", out);
    h(out, bs_doc_str(f, "source"));
    if (bs_doc_str(f, "family")) {
        fputs(" &middot; ", out);
        h(out, bs_doc_str(f, "family"));
    }
    fputs("</small></td><td>", out);
    h(out, bs_doc_str(f, "description"));
    if (cJSON_GetArraySize(bs_doc_arr(f, "reference"))) {
        fputs("<br><small>Reference: ", out);
        put_strings(out, bs_doc_arr(f, "reference"), " ");
        fputs("</small>", out);
    }
    if (cJSON_GetArraySize(bs_doc_arr(f, "tags"))) {
        fputs("<br><small>Tags: ", out);
        put_strings(out, bs_doc_arr(f, "tags"), ", ");
        fputs("</small>", out);
    }
    fputs("</td><td>", out);
    put_matches(out, f);
    if (access)
        fprintf(out, "<div>%.0f web request(s) from %.0f address(es)</div>",
                bs_doc_num(access, "requests", 0), bs_doc_num(access, "clients", 0));
    else if (bs_doc_num(f, "log_hits", 0) > 0)
        fprintf(out, "<div>%.0f web request(s)</div>", bs_doc_num(f, "log_hits", 0));
    if (card) {
        fprintf(out, "<div>%.0f distinct card number(s), %.0f occurrence(s): <code>",
                bs_doc_num(card, "distinct", 0), bs_doc_num(card, "occurrences", 0));
        put_strings(out, bs_doc_arr(card, "samples"), " ");
        fputs("</code></div>", out);
    }
    fputs("</td></tr>\n", out);
}

/* Earliest known time of the file (for sorting by time); 0 when none. */
static long long group_time(const bs_file_group *g)
{
    static const char *const keys[] = {"mtime", "crtime", "ctime"};
    long long best = 0;

    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        int64_t t;

        if (bs_doc_time(bs_doc_str(g->object, keys[i]), &t) && (best == 0 || t < best))
            best = t;
    }
    return best;
}

static void put_group(FILE *out, const bs_file_group *g, int order)
{
    static const char *const meta[][2] = {{"mtime", "modified (m)"}, {"atime", "accessed (a)"},
                                          {"ctime", "changed (c)"},  {"crtime", "born (b)"},
                                          {"dtime", "deleted (d)"},
                                          {"mode", "mode"},          {"owner", "owner"},
                                          {"md5", "md5"},            {"sha1", "sha1"},
                                          {"sha256", "sha256"}};
    const cJSON *o = g->object;

    fprintf(out, "<section class=\"file r%d\" data-sev=\"%d\" data-time=\"%lld\" data-order=\"%d\">"
                 "<h3>",
            g->max_rank, g->max_rank, group_time(g), order);
    sev_badge(out, g->max_rank);
    fputs(" <span class=\"mono\">", out);
    h(out, g->location ? g->location : "(not tied to a file)");
    fputs("</span>", out);
    if (bs_doc_true(o, "deleted"))
        fputs(" <span class=\"deleted\">deleted</span>", out);
    fputs("</h3>\n<details><summary>File details</summary><table>", out);
    num_row(out, "size (bytes)", o, "size");
    num_row(out, "inode", o, "inode");
    for (size_t i = 0; i < sizeof(meta) / sizeof(meta[0]); i++)
        row(out, meta[i][1], bs_doc_str(o, meta[i][0]), true);
    fputs("</table></details>\n<table class=\"findings\"><tr><th>id</th><th>severity</th><th>rule</th>"
          "<th>description</th><th>evidence</th></tr>\n",
          out);
    for (int i = 0; i < g->n_findings; i++)
        put_finding_row(out, g->findings[i]);
    fputs("</table></section>\n", out);
}

static bs_status put_findings(FILE *out, const cJSON *report, bs_error *err)
{
    bs_file_groups groups;

    if (bs_file_groups_build(report, &groups, err) != BS_OK)
        return BS_FATAL;
    fprintf(out, "<h2>Findings by file (%d file(s))</h2>\n", groups.count);
    if (groups.count)
        fputs("<p>Sort: <button type=\"button\" data-sort=\"sev\">by severity</button>"
              "<button type=\"button\" data-sort=\"time\">by time</button></p>\n",
              out);
    else
        fputs("<p class=\"none\">No findings.</p>\n", out);
    fputs("<div id=\"files\">\n", out);
    for (int i = 0; i < groups.count; i++)
        put_group(out, &groups.items[i], i);
    fputs("</div>\n", out);
    bs_file_groups_release(&groups);
    return BS_OK;
}

/* ---- timeline, errors, skipped ---- */

static void put_event_rows(FILE *out, const cJSON *report)
{
    static const char *const cols[] = {"time", "event", "finding", "location", "client",
                                       "method", "url", "detail"};
    const cJSON *ev;
    int n = 0, total = cJSON_GetArraySize(bs_doc_arr(report, "timeline"));

    fprintf(out, "<details><summary>All %d timeline event(s)</summary><table><tr>", total);
    for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
        fprintf(out, "<th>%s</th>", cols[i]);
    fputs("<th>status</th></tr>\n", out);
    cJSON_ArrayForEach(ev, bs_doc_arr(report, "timeline"))
    {
        if (n++ >= BS_HTML_EVENTS_MAX)
            break;
        fputs("<tr>", out);
        for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
            fputs(i == 3 || i == 6 ? "<td class=\"mono\">" : "<td>", out);
            h(out, bs_doc_str(ev, cols[i]));
            fputs("</td>", out);
        }
        if (bs_doc_num(ev, "status", 0) > 0)
            fprintf(out, "<td>%.0f</td>", bs_doc_num(ev, "status", 0));
        else
            fputs("<td></td>", out);
        fputs("</tr>\n", out);
    }
    fputs("</table>", out);
    if (total > BS_HTML_EVENTS_MAX)
        fprintf(out, "<p>%d more event(s): see the JSON report.</p>", total - BS_HTML_EVENTS_MAX);
    fputs("</details>\n", out);
}

static bs_status put_timeline(FILE *out, const cJSON *report, bs_error *err)
{
    bs_doc_findings idx;

    if (bs_doc_findings_index(report, &idx, err) != BS_OK)
        return BS_FATAL;
    fputs("<h2>Timeline</h2>\n<p class=\"legend\"><span>file times: <b>m</b>odified (red), "
          "<b>a</b>ccessed (grey), <b>c</b>hanged (blue), <b>b</b>orn (green), "
          "<b>d</b>eleted (slate)</span>"
          "<span>shaded: breach window</span></p>\n",
          out);
    bs_html_timeline(out, report, &idx);
    bs_doc_findings_release(&idx);
    put_event_rows(out, report);
    return BS_OK;
}

/* A table of report[key] entries with the given columns. */
static void put_problems(FILE *out, const cJSON *report, const char *key, const char *title,
                         const char *const *cols, size_t n_cols)
{
    const cJSON *e, *arr = bs_doc_arr(report, key);

    fprintf(out, "<h2 id=\"%s\">%s (%d)</h2>\n", key, title, cJSON_GetArraySize(arr));
    if (!cJSON_GetArraySize(arr))
        return;
    fputs("<table><tr>", out);
    for (size_t i = 0; i < n_cols; i++)
        fprintf(out, "<th>%s</th>", cols[i]);
    fputs("</tr>\n", out);
    cJSON_ArrayForEach(e, arr)
    {
        fputs("<tr>", out);
        for (size_t i = 0; i < n_cols; i++) {
            fputs("<td class=\"mono\">", out);
            h(out, bs_doc_str(e, cols[i]));
            fputs("</td>", out);
        }
        fputs("</tr>\n", out);
    }
    fputs("</table>\n", out);
}

static bs_status write_html(const cJSON *report, FILE *out, bs_error *err)
{
    static const char *const error_cols[] = {"target", "location", "stage", "message"};
    static const char *const skip_cols[] = {"target", "location", "reason", "detail", "sha256"};
    const char *v = bs_doc_path_str(report, "summary.verdict");

    fprintf(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n"
                 "<meta name=\"referrer\" content=\"no-referrer\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<title>breachscan report: ",
            HTML_CSP);
    h(out, v ? v : "unknown");
    fprintf(out, "</title>\n<style>%s</style></head><body>\n", style);
    put_verdict(out, report);
    fputs("<main>\n", out);
    put_card_exposure(out, report);
    put_next_steps(out, report);
    put_targets(out, report);
    if (put_timeline(out, report, err) != BS_OK || put_findings(out, report, err) != BS_OK)
        return BS_FATAL;
    put_problems(out, report, "errors", "Could not be read", error_cols,
                 sizeof(error_cols) / sizeof(error_cols[0]));
    put_problems(out, report, "skipped", "Not scanned on purpose", skip_cols,
                 sizeof(skip_cols) / sizeof(skip_cols[0]));
    fputs("<footer>Written by breachscan ", out);
    h(out, bs_doc_path_str(report, "tool.version"));
    fputs(" from a ", out);
    h(out, bs_doc_str(report, "schema"));
    fputs(" report. Full card numbers never appear in it.</footer>\n</main>\n", out);
    fprintf(out, "<script>%s</script>\n</body></html>\n", script);
    return bs_writer_status(out, err);
}

const bs_writer bs_writer_html = {
    .name = "html",
    .extension = ".html",
    .write = write_html,
};
