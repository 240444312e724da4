/*
 * html_timeline.c - the timeline chart of the HTML report: inline SVG, no
 * script.  Lanes: file times (MACB of files with findings), web requests,
 * shell accesses (requests that reached a file with findings), card-data
 * lines.  The breach window (summary.window, else first/last indicator) is
 * shaded; the card-exposure period is drawn as a bar when no card event is
 * in the timeline.  Each mark has a <title> (HTML-escaped) as its tooltip.
 */
#include <cjson/cJSON.h>
#include <string.h>
#include <time.h>

#include "report/escape.h"
#include "report/html.h"

#define CHART_W 1000
#define CHART_LEFT 130 /* room for lane names */
#define CHART_RIGHT 20
#define LANE_H 34
#define CHART_TOP 24
#define AXIS_H 30
#define TICKS 5
#define DAY_S 86400
#define MARK_R 5

enum { LANE_FILE, LANE_REQUEST, LANE_SHELL, LANE_CARD, N_LANES };

static const char *const lane_names[N_LANES] = {"File times", "Web requests", "Shell access",
                                                "Card data"};

typedef struct chart {
    int64_t lo, hi; /* time range drawn */
    FILE *out;
} chart;

static double x_of(const chart *c, int64_t t)
{
    double w = CHART_W - CHART_LEFT - CHART_RIGHT;

    return CHART_LEFT + w * (double)(t - c->lo) / (double)(c->hi - c->lo);
}

static int lane_of(bs_event_kind k)
{
    switch (k) {
    case BS_EV_FILE:
        return LANE_FILE;
    case BS_EV_SHELL_ACCESS:
        return LANE_SHELL;
    case BS_EV_CARD:
        return LANE_CARD;
    default:
        return LANE_REQUEST;
    }
}

/* CSS class of a mark: the MACB letter for file events. */
static const char *mark_class(const char *event, bs_event_kind k)
{
    static const char *const files[][2] = {{"file.modified", "m"},
                                           {"file.accessed", "a"},
                                           {"file.changed", "c"},
                                           {"file.created", "b"},
                                           {"file.deleted", "d"}};

    for (size_t i = 0; k == BS_EV_FILE && event && i < sizeof(files) / sizeof(files[0]); i++)
        if (strcmp(event, files[i][0]) == 0)
            return files[i][1];
    return k == BS_EV_SHELL_ACCESS ? "s" : k == BS_EV_CARD ? "p" : "r";
}

static void widen(int64_t *lo, int64_t *hi, bool *any, const char *text)
{
    int64_t t;

    if (!bs_doc_time(text, &t))
        return;
    if (!*any || t < *lo)
        *lo = t;
    if (!*any || t > *hi)
        *hi = t;
    *any = true;
}

/* The time range: every event, the window and the card period; false when there is none. */
static bool chart_range(const cJSON *report, chart *c)
{
    const cJSON *card = bs_doc_obj(bs_doc_obj(report, "summary"), "card_exposure"), *ev;
    const char *first, *last;
    bool any = false;
    int n = 0;

    cJSON_ArrayForEach(ev, bs_doc_arr(report, "timeline"))
        if (n++ < BS_HTML_EVENTS_MAX)
            widen(&c->lo, &c->hi, &any, bs_doc_str(ev, "time"));
    bs_doc_window(report, &first, &last);
    widen(&c->lo, &c->hi, &any, first);
    widen(&c->lo, &c->hi, &any, last);
    widen(&c->lo, &c->hi, &any, bs_doc_str(card, "first"));
    widen(&c->lo, &c->hi, &any, bs_doc_str(card, "last"));
    if (!any)
        return false;
    /* a margin of 3% (at least a day) on each side */
    {
        int64_t pad = (c->hi - c->lo) / 33;

        pad = pad < DAY_S ? DAY_S : pad;
        c->lo -= pad;
        c->hi += pad;
    }
    return true;
}

static void draw_axis(const chart *c, int y)
{
    fprintf(c->out, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n", CHART_LEFT,
            y, CHART_W - CHART_RIGHT, y);
    for (int i = 0; i <= TICKS; i++) {
        int64_t t = c->lo + (c->hi - c->lo) * i / TICKS;
        time_t tt = (time_t)t;
        struct tm tm;
        char label[32] = "";

        if (gmtime_r(&tt, &tm))
            strftime(label, sizeof(label), "%Y-%m-%d", &tm);
        fprintf(c->out,
                "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>\n",
                x_of(c, t), y + 18, i == 0 ? "start" : i == TICKS ? "end" : "middle", label);
    }
}

static void draw_band(const chart *c, const char *cls, const char *from, const char *to, int y,
                      int h, const char *title)
{
    int64_t a, b;

    if (!bs_doc_time(from, &a) || !bs_doc_time(to ? to : from, &b) || b < a)
        return;
    fprintf(c->out, "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\">", cls,
            x_of(c, a), y, x_of(c, b) - x_of(c, a) < 2 ? 2 : x_of(c, b) - x_of(c, a), h);
    fputs("<title>", c->out);
    bs_put_html(c->out, title);
    fputs(": ", c->out);
    bs_put_html(c->out, from);
    fputs(" .. ", c->out);
    bs_put_html(c->out, to ? to : from);
    fputs("</title></rect>\n", c->out);
}

static void draw_event(const chart *c, const cJSON *ev, bs_event_kind k)
{
    static const char *const fields[] = {"event", "finding", "location", "client", "method",
                                         "url", "detail"};
    int64_t t;
    int lane = lane_of(k);

    if (!bs_doc_time(bs_doc_str(ev, "time"), &t))
        return;
    fprintf(c->out, "<circle class=\"ev %s\" cx=\"%.1f\" cy=\"%d\" r=\"%d\"><title>",
            mark_class(bs_doc_str(ev, "event"), k), x_of(c, t),
            CHART_TOP + lane * LANE_H + LANE_H / 2, MARK_R);
    bs_put_html(c->out, bs_doc_str(ev, "time"));
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
        if (bs_doc_str(ev, fields[i])) {
            fputs(" ", c->out);
            bs_put_html(c->out, bs_doc_str(ev, fields[i]));
        }
    fputs("</title></circle>\n", c->out);
}

void bs_html_timeline(FILE *out, const cJSON *report, const bs_doc_findings *idx)
{
    const cJSON *card = bs_doc_obj(bs_doc_obj(report, "summary"), "card_exposure"), *ev;
    int height = CHART_TOP + N_LANES * LANE_H + AXIS_H, n = 0;
    const char *first, *last;
    bool card_events = false;
    chart c = {.out = out};
    int64_t t0;

    if (!chart_range(report, &c)) {
        fputs("<p class=\"none\">No dated events.</p>\n", out);
        return;
    }
    fprintf(out,
            "<svg id=\"timeline-chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
            "aria-label=\"timeline of the evidence\">\n",
            CHART_W, height);
    for (int l = 0; l < N_LANES; l++)
        fprintf(out,
                "<rect class=\"lane%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
                "<text class=\"lane-name\" x=\"4\" y=\"%d\">%s</text>\n",
                l % 2 ? " odd" : "", CHART_LEFT, CHART_TOP + l * LANE_H,
                CHART_W - CHART_LEFT - CHART_RIGHT, LANE_H, CHART_TOP + l * LANE_H + LANE_H / 2 + 4,
                lane_names[l]);
    bs_doc_window(report, &first, &last);
    draw_band(&c, "window", first, last, CHART_TOP - 14, N_LANES * LANE_H + 14, "breach window");
    if (bs_doc_time(first, &t0))
        fprintf(out, "<text class=\"window-label\" x=\"%.1f\" y=\"%d\">breach window</text>\n",
                x_of(&c, t0) + 3, CHART_TOP - 3);
    cJSON_ArrayForEach(ev, bs_doc_arr(report, "timeline"))
    {
        bs_event_kind k;

        if (n++ >= BS_HTML_EVENTS_MAX)
            break;
        k = bs_doc_event_kind(idx, ev);
        card_events |= k == BS_EV_CARD;
        draw_event(&c, ev, k);
    }
    if (!card_events && card)
        draw_band(&c, "cardspan", bs_doc_str(card, "first"), bs_doc_str(card, "last"),
                  CHART_TOP + LANE_CARD * LANE_H + LANE_H / 2 - 5, 10, "card data in logs");
    draw_axis(&c, CHART_TOP + N_LANES * LANE_H + 4);
    fputs("</svg>\n", out);
}
