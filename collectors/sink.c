/*
 * sink.c - what collectors call to record problems and container facts in
 * the report of the target they are collecting.  A sink with no report
 * records no errors or skipped entries (the fs collector's survey of sizes,
 * whose walk is repeated in earnest).
 */
#include "collectors/sink.h"

#include <stdarg.h>
#include <stdio.h>

#include "report/model.h"

void bs_sink_error(bs_sink *sink, const char *location, const char *stage, const char *fmt, ...)
{
    char message[BS_ERROR_MESSAGE_MAX];
    va_list ap;

    if (!sink->report)
        return;
    va_start(ap, fmt);
    vsnprintf(message, sizeof(message), fmt, ap);
    va_end(ap);
    bs_report_add_error(sink->report, sink->target, location, stage, message);
}

void bs_sink_skipped(bs_sink *sink, const char *location, const char *reason, const char *detail)
{
    if (!sink->report)
        return;
    bs_report_add_skipped(sink->report, sink->target, location, reason, detail, NULL);
}

void bs_sink_too_large(bs_sink *sink, const bs_object *meta, const char *detail,
                       const bs_hashes *hashes)
{
    bs_report_add_skipped(sink->report, sink->target, meta->location, "too-large", detail, hashes);
    if (sink->unscanned)
        sink->unscanned(sink->unscanned_arg, meta, hashes);
}

void bs_sink_window_file(bs_sink *sink, const char *location, uint64_t size,
                         const bs_hashes *hashes)
{
    bs_report_window_file(sink->report, sink->target, location, size, hashes);
}

void bs_sink_volume(bs_sink *sink, const bs_volume_info *vol)
{
    bs_report_add_volume(sink->report, sink->target, vol);
}

void bs_sink_count_archive(bs_sink *sink)
{
    bs_report_count(sink->report, sink->target, BS_STAT_ARCHIVES, 1);
}

void bs_sink_target_format(bs_sink *sink, const char *format)
{
    bs_report_target_format(sink->report, sink->target, format);
}
