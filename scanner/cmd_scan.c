/*
 * cmd_scan.c - `breachscan scan [options] TARGET...`: parse options, run the
 * scan, write the report, turn the outcome into the exit status
 * (0 nothing at/above --fail-on, 1 findings at/above it, 2 could not run).
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/model.h"
#include "report/text.h"
#include "report/writer.h"
#include "scanner/cli.h"
#include "core/limits.h"
#include "scanner/commands.h"
#include "scanner/output.h"
#include "scanner/stream.h"
#include "scanner/scan.h"
#include "scanner/suppressions.h"

#define EXIT_CLEAN 0
#define EXIT_FINDINGS 1
#define EXIT_CANNOT_RUN 2

static const bs_command_spec *scan_spec(bs_config *c)
{
    static bs_option opts[48];
    static bs_command_spec spec;
    static char format_help[160];
    snprintf(format_help, sizeof(format_help), "report format: %s [json]", bs_writer_names());
    const bs_option table[] = {
        {'r', "rules", BS_OPT_LIST, &c->rule_paths, "PATH",
         "YARA rule file, directory or compiled bundle (repeatable); replaces the bundled rules"},
        {0, "add-rules", BS_OPT_FLAG, &c->add_rules, NULL, "use -r rules in addition to the bundled rules"},
        {0, "ioc", BS_OPT_LIST, &c->ioc_paths, "PATH",
         "IOC file or directory (hashes.txt, filenames.txt, logs.txt), repeatable [bundled]"},
        {'o', "output", BS_OPT_STRING, &c->output, "FILE",
         "report file, written atomically (-f jsonl: streamed to it) [stdout]"},
        {'f', "format", BS_OPT_STRING, &c->format, "FMT", format_help},
        {'j', "threads", BS_OPT_INT, &c->threads, "N", "worker threads [number of cores]"},
        {0, "fail-on", BS_OPT_SEVERITY, &c->fail_on, "SEV",
         "lowest severity that makes the exit status 1: critical, high, medium, low, info [medium]"},
        {0, "max-file-size", BS_OPT_SIZE, &c->max_file_size, "SIZE",
         "larger files are hashed, not scanned, and listed in skipped; logs are read in "
         "windows instead [256M]"},
        {0, "hash-max-size", BS_OPT_SIZE, &c->hash_max_size, "SIZE",
         "files over --max-file-size are hashed only up to this size [1G]"},
        {0, "archive-depth", BS_OPT_INT, &c->archive_depth, "N", "nesting limit for archives and images [4]"},
        {0, "archive-max-bytes", BS_OPT_SIZE, &c->archive_max_total_bytes, "SIZE",
         "bytes expanded from one archive, nested ones included; then its walk stops (skipped "
         "too-large) [1G]"},
        {0, "archive-max-members", BS_OPT_SIZE, &c->archive_max_members, "N",
         "entries read from one archive; past them: skipped too-many-members [100000]"},
        {0, "archive-max-ratio", BS_OPT_SIZE, &c->archive_max_ratio, "N",
         "a member expanding more than N times its compressed size is a bomb: skipped zip-bomb [200]"},
        {0, "max-path-length", BS_OPT_SIZE, &c->max_path_length, "N",
         "longest location read, in bytes; longer ones are listed in skipped as path-length [32768]"},
        {0, "max-matches", BS_OPT_INT, &c->max_matches, "N",
         "matched strings kept (with excerpts) per finding [16, at most 1024]"},
        {0, "max-log-line", BS_OPT_SIZE, &c->max_log_line, "SIZE",
         "longer web-server log lines are parsed up to here and counted in stats.log_long_lines "
         "[64K, from 1K to 16M]"},
        {0, "max-log-events", BS_OPT_SIZE, &c->max_log_events, "N",
         "timeline events taken from web-server logs; past them an error says so [100000]"},
        {0, "max-depth", BS_OPT_INT, &c->max_depth, "N",
         "directory levels walked below a target; deeper ones are listed in skipped [256]"},
        {0, "max-findings-per-rule", BS_OPT_INT, &c->max_findings_per_rule, "N",
         "findings of one rule listed in full, the most severe first; the rest are counted in "
         "skipped (-f jsonl streams them all); 0 = no limit [10000]"},
        {0, "max-findings", BS_OPT_INT, &c->max_findings, "N",
         "findings listed in full in all, the most severe first; the rest are counted in "
         "skipped, one entry per rule (-f jsonl streams them all); 0 = no limit [50000]"},
        {0, "memory-limit", BS_OPT_SIZE, &c->memory_limit, "SIZE",
         "memory for the scan: content read ahead and being scanned, plus up to 64M for "
         "rules and parsers (bytes; K/M/G); the report is extra [512M]"},
        {0, "no-archives", BS_OPT_FLAG, &c->no_archives, NULL, "do not open archives"},
        {0, "no-images", BS_OPT_FLAG, &c->no_images, NULL, "do not open disk images"},
        {0, "no-deleted", BS_OPT_FLAG, &c->no_deleted, NULL, "do not recover deleted files from images"},
        {0, "no-logs", BS_OPT_FLAG, &c->no_logs, NULL, "do not parse web-server logs"},
        {0, "no-pan", BS_OPT_FLAG, &c->no_pan, NULL, "do not search for card numbers"},
        {0, "no-rule-bounds", BS_OPT_FLAG, &c->no_rule_bounds, NULL,
         "verify every rule's strings in every object, as yara does (diagnostic: measures what "
         "rules' filesize bounds save; the findings are the same)"},
        {0, "no-decode", BS_OPT_FLAG, &c->no_decode, NULL,
         "do not unwrap obfuscated scripts (diagnostic: measures the decoder's cost)"},
        {0, "exclude", BS_OPT_LIST, &c->excludes, "GLOB",
         "skip matching paths (base name, or whole path when GLOB has a '/'), repeatable"},
        {0, "timeout", BS_OPT_INT, &c->timeout_s, "SEC", "per-object YARA time limit; also how long an image walk may go without progress [60]"},
        {0, "allow", BS_OPT_LIST, &c->allow_paths, "FILE",
         "allow list: suppress known-good findings by sha256, path or rule (repeatable; "
         "docs/SUPPRESSIONS.md); a directory target's .breachscan-allow is read too"},
        {0, "no-auto-allow", BS_OPT_FLAG, &c->no_auto_allow, NULL,
         "do not read .breachscan-allow at directory targets' roots (evidence you do not trust)"},
        {0, "baseline", BS_OPT_STRING, &c->baseline, "REPORT",
         "report only findings that are not in this earlier JSON/JSONL report"},
        {0, "hash-evidence", BS_OPT_FLAG, &c->hash_evidence, NULL,
         "sha256 of each image/archive target, for chain of custody"},
        {0, "since", BS_OPT_TIME, &c->since, "T", "timeline from T (RFC 3339 or YYYY-MM-DD)"},
        {0, "until", BS_OPT_TIME_END, &c->until, "T",
         "timeline until T (RFC 3339, or YYYY-MM-DD: to the end of that day)"},
        {0, "progress", BS_OPT_PROGRESS, &c->progress, "WHEN",
         "progress line on stderr: auto (when a TTY), always, never [auto]"},
        {'q', "quiet", BS_OPT_COUNT_DOWN, &c->verbosity, NULL, "fewer messages on stderr"},
        {'v', "verbose", BS_OPT_COUNT_UP, &c->verbosity, NULL, "more messages on stderr"},
        {0, NULL, 0, NULL, NULL, NULL},
    };

    memcpy(opts, table, sizeof(table));
    spec.usage = "breachscan scan [options] TARGET...";
    spec.summary = "Scan directories, files, archives and disk images for web shells, skimmers,\n"
                   "exploit traces and card data; write one breachscan-report/1 report.";
    spec.options = opts;
    return &spec;
}

static void print_diag(void *arg, bool is_warning, const char *file, int line, const char *msg)
{
    const bs_config *cfg = arg;

    if (is_warning && cfg->verbosity <= 0)
        return;
    fprintf(stderr, "breachscan: %s:%d: %s: %s\n", file ? file : "?", line,
            is_warning ? "warning" : "error", msg);
}

/*
 * Exit status (docs/REPORT.md): 1 findings at or above --fail-on; else 2 when
 * a target could not be read at all or the verdict is incomplete (part of
 * the evidence unread, or the scan interrupted); else 0.
 */
static int finish(bs_config *cfg, bs_scan *scan, bs_stream *stream, bs_status run_status)
{
    bs_report *report = bs_scan_report(scan);
    cJSON *doc = bs_report_to_json(report);
    bool incomplete = strcmp(bs_report_verdict(report), BS_VERDICT_INCOMPLETE) == 0;
    bs_error err;
    int status;

    if (!doc) {
        fprintf(stderr, "breachscan: cannot build the report (out of memory)\n");
        return EXIT_CANNOT_RUN;
    }
    if ((stream ? bs_stream_finish(stream, doc, &err)
                : bs_output_write(doc, cfg->format, cfg->output, &err)) != BS_OK) {
        fprintf(stderr, "breachscan: %s\n", err.message);
        cJSON_Delete(doc);
        return EXIT_CANNOT_RUN;
    }
    /* the human summary (report/text.c, the same as `-f text`): verdict in
       words, files, what could not be read, next steps */
    if (cfg->verbosity >= 0 &&
        bs_text_summary(doc, cfg->output && strcmp(cfg->output, "-") ? cfg->output : "stdout",
                        stderr, &err) != BS_OK)
        fprintf(stderr, "breachscan: %s\n", err.message);
    if (run_status != BS_OK)
        fprintf(stderr, "breachscan: a target could not be read (see errors[] in the report)\n");
    cJSON_Delete(doc);
    if (run_status != BS_OK)
        return EXIT_CANNOT_RUN;
    status = bs_report_max_severity(report) >= (int)cfg->fail_on ? EXIT_FINDINGS
             : incomplete                                         ? EXIT_CANNOT_RUN
                                                                  : EXIT_CLEAN;
    if (cfg->verbosity >= 0 && bs_report_suppressed_count(report))
        fprintf(stderr, "\nbreachscan: %d finding(s), %d suppressed; exit %d\n",
                bs_report_finding_count(report), bs_report_suppressed_count(report), status);
    else if (cfg->verbosity >= 0)
        fprintf(stderr, "\nbreachscan: %d finding(s); exit %d\n", bs_report_finding_count(report),
                status);
    return status;
}

int cmd_scan(int argc, char **argv)
{
    bs_config cfg;
    const bs_command_spec *spec;
    char **targets = NULL;
    int ntargets = 0, status = EXIT_CANNOT_RUN;
    bool help = false;
    bs_scan *scan = NULL;
    bs_stream *stream = NULL;
    bs_error err;

    bs_config_init(&cfg);
    cfg.argc = bs_main_argv ? bs_main_argc : argc;
    cfg.argv = bs_main_argv ? bs_main_argv : argv;
    spec = scan_spec(&cfg);
    if (bs_cli_parse(spec, argc, argv, &targets, &ntargets, &help, &err) != BS_OK) {
        fprintf(stderr, "breachscan scan: %s (see breachscan scan --help)\n", err.message);
        goto out;
    }
    if (help) {
        bs_cli_help(spec, stdout);
        status = EXIT_CLEAN;
        goto out;
    }
    if (cfg.archive_depth > BS_MAX_ARCHIVE_DEPTH) {
        fprintf(stderr, "breachscan scan: --archive-depth %d is above the limit of %d\n",
                cfg.archive_depth, BS_MAX_ARCHIVE_DEPTH);
        goto out;
    }
    if (cfg.max_depth < 0 || cfg.max_depth > BS_WALK_MAX_DEPTH_CEILING) {
        fprintf(stderr, "breachscan scan: --max-depth %d is outside 0..%d\n", cfg.max_depth,
                BS_WALK_MAX_DEPTH_CEILING);
        goto out;
    }
    if (cfg.max_matches < 1 || cfg.max_matches > BS_MATCHES_PER_FINDING_CEILING) {
        fprintf(stderr, "breachscan scan: --max-matches %d is outside 1..%d\n", cfg.max_matches,
                BS_MATCHES_PER_FINDING_CEILING);
        goto out;
    }
    if (cfg.max_path_length < 256 || cfg.max_path_length > BS_PATH_MAX_BYTES_CEILING) {
        fprintf(stderr, "breachscan scan: --max-path-length is outside 256..%u\n",
                BS_PATH_MAX_BYTES_CEILING);
        goto out;
    }
    if (cfg.max_log_line < BS_LOG_LINE_MIN || cfg.max_log_line > BS_LOG_LINE_CEILING) {
        fprintf(stderr, "breachscan scan: --max-log-line is outside 1K..16M\n");
        goto out;
    }
    if (!cfg.archive_max_total_bytes || !cfg.archive_max_members || !cfg.archive_max_ratio) {
        fprintf(stderr, "breachscan scan: --archive-max-bytes, --archive-max-members and "
                        "--archive-max-ratio must be at least 1\n");
        goto out;
    }
    if (cfg.since && cfg.until && cfg.until < cfg.since) {
        fprintf(stderr, "breachscan scan: --until is before --since: the window would be empty\n");
        goto out;
    }
    if (cfg.memory_limit < BS_MIN_MEMORY_LIMIT) {
        fprintf(stderr, "breachscan scan: --memory-limit is below the minimum of 1M\n");
        goto out;
    }
    if (!bs_writer_find(cfg.format)) {
        fprintf(stderr, "breachscan scan: unknown --format '%s' (one of: %s)\n", cfg.format,
                bs_writer_names());
        goto out;
    }
    if (ntargets == 0) {
        fprintf(stderr, "breachscan scan: no TARGET given (see breachscan scan --help)\n");
        goto out;
    }
    if (bs_output_check(cfg.output, targets, ntargets, &err) != BS_OK) {
        fprintf(stderr, "breachscan scan: %s\n", err.message);
        goto out;
    }
    if (bs_scan_new(&cfg, print_diag, &cfg, &scan, &err) != BS_OK) {
        fprintf(stderr, "breachscan: %s\n", err.message);
        goto out;
    }
    if (bs_suppressions_setup(&cfg, targets, ntargets, bs_scan_report(scan), &err) != BS_OK) {
        fprintf(stderr, "breachscan scan: %s\n", err.message);
        goto out;
    }
    /* -f jsonl streams findings as they are found (scanner/stream.h) */
    if (strcmp(cfg.format, "jsonl") == 0) {
        if (bs_stream_open(cfg.output, &stream, &err) != BS_OK) {
            fprintf(stderr, "breachscan: %s\n", err.message);
            goto out;
        }
        bs_scan_on_found(scan, bs_stream_found, stream);
    }
    status = finish(&cfg, scan, stream, bs_scan_run(scan, targets, ntargets));
out:
    bs_scan_free(scan);
    bs_stream_free(stream);
    free(targets);
    bs_config_release(&cfg);
    return status;
}
