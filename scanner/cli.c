/*
 * cli.c - option parsing and --help generated from one table (see cli.h).
 * Accepts -x VAL, -xVAL, --long VAL, --long=VAL and "--" to end options.
 */
#include "scanner/cli.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/timeparse.h"

#define SECONDS_PER_DAY 86400

int bs_main_argc;
char **bs_main_argv;

int bs_parse_size(const char *s, uint64_t *out)
{
    char *end;
    unsigned long long v;
    unsigned shift = 0;

    if (!s || !isdigit((unsigned char)*s))
        return -1;
    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno)
        return -1;
    switch (toupper((unsigned char)*end)) {
    case '\0':
        break;
    case 'K':
        shift = 10;
        break;
    case 'M':
        shift = 20;
        break;
    case 'G':
        shift = 30;
        break;
    case 'T':
        shift = 40;
        break;
    default:
        return -1;
    }
    if (*end && end[1] && !(toupper((unsigned char)end[1]) == 'B' && !end[2]) &&
        !(toupper((unsigned char)end[1]) == 'I' && toupper((unsigned char)end[2]) == 'B' &&
          !end[3]))
        return -1;
    if (shift && v > (UINT64_MAX >> shift))
        return -1;
    *out = (uint64_t)v << shift;
    return 0;
}

/* RFC 3339 (2018-08-14T03:12:09Z, zone offsets, fractions ignored) or
   YYYY-MM-DD; *date_only tells which. */
static int parse_time(const char *s, int64_t *out, bool *date_only)
{
    bs_time t;
    size_t n = s ? strlen(s) : 0;

    if (!n || bs_time_parse(s, n, BS_TIME_ZONE_NEEDED | BS_TIME_DATE_ONLY, &t, date_only) != n)
        return -1;
    *out = t.sec;
    return 0;
}

int bs_parse_time(const char *s, int64_t *out)
{
    bool date_only;

    return parse_time(s, out, &date_only);
}

int bs_parse_time_end(const char *s, int64_t *out)
{
    bool date_only;

    if (parse_time(s, out, &date_only) != 0)
        return -1;
    if (date_only)
        *out += SECONDS_PER_DAY - 1;
    return 0;
}

static const bs_option *find_long(const bs_option *opts, const char *name, size_t len)
{
    for (const bs_option *o = opts; o->long_name; o++)
        if (strlen(o->long_name) == len && strncmp(o->long_name, name, len) == 0)
            return o;
    return NULL;
}

static const bs_option *find_short(const bs_option *opts, char c)
{
    for (const bs_option *o = opts; o->long_name; o++)
        if (o->short_name && o->short_name == c)
            return o;
    return NULL;
}

static bool takes_arg(const bs_option *o)
{
    return o->type != BS_OPT_FLAG && o->type != BS_OPT_COUNT_UP && o->type != BS_OPT_COUNT_DOWN;
}

static bs_status set_value(const bs_option *o, const char *arg, bs_error *err)
{
    char *end;
    long v;

    switch (o->type) {
    case BS_OPT_FLAG:
        *(bool *)o->value = true;
        return BS_OK;
    case BS_OPT_COUNT_UP:
        (*(int *)o->value)++;
        return BS_OK;
    case BS_OPT_COUNT_DOWN:
        (*(int *)o->value)--;
        return BS_OK;
    case BS_OPT_STRING:
        *(const char **)o->value = arg;
        return BS_OK;
    case BS_OPT_INT:
        errno = 0;
        v = strtol(arg, &end, 10);
        if (errno || *end || end == arg || v < 0 || v > 1000000)
            break;
        *(int *)o->value = (int)v;
        return BS_OK;
    case BS_OPT_SIZE:
        if (bs_parse_size(arg, o->value) == 0)
            return BS_OK;
        break;
    case BS_OPT_LIST:
        if (bs_strlist_add(o->value, arg) == 0)
            return BS_OK;
        break;
    case BS_OPT_SEVERITY:
        if (bs_severity_parse(arg, o->value) == 0)
            return BS_OK;
        break;
    case BS_OPT_TIME:
        if (bs_parse_time(arg, o->value) == 0)
            return BS_OK;
        break;
    case BS_OPT_TIME_END:
        if (bs_parse_time_end(arg, o->value) == 0)
            return BS_OK;
        break;
    case BS_OPT_PROGRESS:
        if (strcmp(arg, "auto") == 0)
            *(bs_progress_mode *)o->value = BS_PROGRESS_AUTO;
        else if (strcmp(arg, "always") == 0)
            *(bs_progress_mode *)o->value = BS_PROGRESS_ALWAYS;
        else if (strcmp(arg, "never") == 0)
            *(bs_progress_mode *)o->value = BS_PROGRESS_NEVER;
        else
            break;
        return BS_OK;
    }
    bs_error_set(err, "usage", "invalid value '%s' for --%s", arg, o->long_name);
    return BS_FAILED;
}

/* Handles argv[*i] = "--name[=value]". */
static bs_status parse_long(const bs_option *opts, int argc, char **argv, int *i, bool *help,
                            bs_error *err)
{
    const char *name = argv[*i] + 2;
    const char *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const bs_option *o = find_long(opts, name, len);

    if (!o && len == 4 && strncmp(name, "help", 4) == 0) {
        *help = true;
        return BS_OK;
    }
    if (!o) {
        bs_error_set(err, "usage", "unknown option '--%.*s'", (int)len, name);
        return BS_FAILED;
    }
    if (!takes_arg(o)) {
        if (eq) {
            bs_error_set(err, "usage", "option --%s takes no value", o->long_name);
            return BS_FAILED;
        }
        return set_value(o, NULL, err);
    }
    if (eq)
        return set_value(o, eq + 1, err);
    if (*i + 1 >= argc) {
        bs_error_set(err, "usage", "option --%s needs a value (%s)", o->long_name, o->arg_name);
        return BS_FAILED;
    }
    return set_value(o, argv[++*i], err);
}

/* Handles argv[*i] = "-abc" / "-jVAL". */
static bs_status parse_short(const bs_option *opts, int argc, char **argv, int *i, bool *help,
                             bs_error *err)
{
    for (const char *p = argv[*i] + 1; *p; p++) {
        const bs_option *o = find_short(opts, *p);

        if (!o && *p == 'h') {
            *help = true;
            continue;
        }
        if (!o) {
            bs_error_set(err, "usage", "unknown option '-%c'", *p);
            return BS_FAILED;
        }
        if (!takes_arg(o)) {
            if (set_value(o, NULL, err) != BS_OK)
                return BS_FAILED;
            continue;
        }
        if (p[1])
            return set_value(o, p + 1, err);
        if (*i + 1 >= argc) {
            bs_error_set(err, "usage", "option -%c needs a value (%s)", *p, o->arg_name);
            return BS_FAILED;
        }
        return set_value(o, argv[++*i], err);
    }
    return BS_OK;
}

bs_status bs_cli_parse(const bs_command_spec *spec, int argc, char **argv, char ***rest,
                       int *nrest, bool *help, bs_error *err)
{
    char **out = calloc((size_t)argc + 1, sizeof(*out));
    bool options_done = false;
    int n = 0;

    *rest = out;
    *nrest = 0;
    *help = false;
    if (!out) {
        bs_error_set(err, "usage", "out of memory");
        return BS_FAILED;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bs_status st = BS_OK;

        if (options_done || a[0] != '-' || a[1] == '\0')
            out[n++] = argv[i];
        else if (strcmp(a, "--") == 0)
            options_done = true;
        else if (a[1] == '-')
            st = parse_long(spec->options, argc, argv, &i, help, err);
        else
            st = parse_short(spec->options, argc, argv, &i, help, err);
        if (st != BS_OK)
            return st;
    }
    *nrest = n;
    return BS_OK;
}

void bs_cli_help(const bs_command_spec *spec, FILE *out)
{
    fprintf(out, "usage: %s\n\n%s\n", spec->usage, spec->summary);
    if (!spec->options || !spec->options->long_name)
        return;
    fprintf(out, "\noptions:\n");
    for (const bs_option *o = spec->options; o->long_name; o++) {
        char left[64];

        if (o->short_name)
            snprintf(left, sizeof(left), "-%c, --%s%s%s", o->short_name, o->long_name,
                     o->arg_name ? " " : "", o->arg_name ? o->arg_name : "");
        else
            snprintf(left, sizeof(left), "    --%s%s%s", o->long_name, o->arg_name ? " " : "",
                     o->arg_name ? o->arg_name : "");
        fprintf(out, "  %-30s %s\n", left, o->help);
    }
    fprintf(out, "  %-30s %s\n", "-h, --help", "show this help");
}
