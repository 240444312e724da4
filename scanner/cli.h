/*
 * cli.h - option tables: each command describes its options once; parsing
 * and the --help text are generated from the same table.
 */
#ifndef BS_CLI_H
#define BS_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "core/config.h"
#include "core/status.h"

typedef enum {
    BS_OPT_FLAG,     /* bool *: set to true */
    BS_OPT_STRING,   /* const char **: the argument */
    BS_OPT_INT,      /* int *: decimal, >= 0 */
    BS_OPT_SIZE,     /* uint64_t *: 256M, 1G, 512K, 1024 */
    BS_OPT_LIST,     /* bs_strlist *: repeatable */
    BS_OPT_SEVERITY, /* bs_severity * */
    BS_OPT_TIME,     /* int64_t *: RFC 3339 or YYYY-MM-DD, UTC epoch seconds */
    BS_OPT_TIME_END, /* as BS_OPT_TIME, but YYYY-MM-DD means the day's last second */
    BS_OPT_PROGRESS, /* bs_progress_mode * */
    BS_OPT_COUNT_UP, /* int *: ++ (-v) */
    BS_OPT_COUNT_DOWN /* int *: -- (-q) */
} bs_opt_type;

typedef struct bs_option {
    char short_name;       /* 0 when none */
    const char *long_name; /* without the dashes */
    bs_opt_type type;
    void *value;
    const char *arg_name;  /* "PATH"; NULL for flags */
    const char *help;
} bs_option;

typedef struct bs_command_spec {
    const char *usage;       /* "breachscan scan [options] TARGET..." */
    const char *summary;     /* one paragraph */
    const bs_option *options; /* terminated by an entry with long_name NULL */
} bs_command_spec;

/*
 * Parses argv[1..] (argv[0] is the command name).  Non-option arguments are
 * returned in *rest (count *nrest, pointers into argv).  --help / -h sets
 * *help.  Returns BS_OK or BS_FAILED with err describing the bad usage.
 */
bs_status bs_cli_parse(const bs_command_spec *spec, int argc, char **argv, char ***rest,
                       int *nrest, bool *help, bs_error *err);
void bs_cli_help(const bs_command_spec *spec, FILE *out);

/* Parsers shared with tests. Return 0 on success. */
int bs_parse_size(const char *s, uint64_t *out);
int bs_parse_time(const char *s, int64_t *out);
/* The end of a window: as bs_parse_time, but a bare YYYY-MM-DD gives that
   day's last second (23:59:59; --until compares whole seconds, so the whole
   day to 23:59:59.999999999 is inside). */
int bs_parse_time_end(const char *s, int64_t *out);

#endif
