/*
 * main.c - the command dispatcher: `breachscan <command> [options]`.
 * Each command is a function with its own option table (commands.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yara.h>

#include "scanner/commands.h"
#include "core/version.h"

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"scan", cmd_scan, "scan directories, files, archives and disk images"},
    {"rules", cmd_rules, "list, check or compile YARA rules (list|check|compile)"},
    {"report", cmd_report, "convert a saved report to another format (convert)"},
    {"merge", cmd_merge, "combine reports of separate runs into one"},
    {"version", cmd_version, "print version information"},
    {NULL, NULL, NULL},
};

int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("breachscan %s (libyara %d.%d.%d)\n", BS_VERSION, YR_MAJOR_VERSION, YR_MINOR_VERSION,
           YR_MICRO_VERSION);
    return 0;
}

static void usage(FILE *out)
{
    fprintf(out, "usage: breachscan <command> [options] [args]\n\ncommands:\n");
    for (const command *c = commands; c->name; c++)
        fprintf(out, "  %-10s %s\n", c->name, c->summary);
    fprintf(out, "\nRun 'breachscan <command> --help' for the options of a command.\n"
                 "Exit status: 0 clean, 1 findings at/above --fail-on, 2 could not run.\n");
}

int main(int argc, char **argv)
{
    bs_main_argc = argc;
    bs_main_argv = argv;
    /*
     * Every time in a report is UTC.  File systems that store local times
     * of an unknown zone (FAT, exFAT) are converted by The Sleuth Kit with
     * the process's zone: make it UTC, so that the same evidence gives the
     * same report on every machine.
     */
    setenv("TZ", "UTC", 1);
    tzset();
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0)
        return cmd_version(argc - 1, argv + 1);
    for (const command *c = commands; c->name; c++)
        if (strcmp(argv[1], c->name) == 0)
            return c->run(argc - 1, argv + 1);
    fprintf(stderr, "breachscan: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return 2;
}
