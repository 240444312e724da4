/*
 * commands.h - the subcommands main.c dispatches to.  Each takes the argv of
 * its own command (argv[0] is the command name) and returns the exit status.
 */
#ifndef BS_COMMANDS_H
#define BS_COMMANDS_H

/* The whole command line, for the report's scan.argv (set by main). */
extern int bs_main_argc;
extern char **bs_main_argv;

int cmd_scan(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_version(int argc, char **argv);

/* cmd_report.c: saved reports read into one finished model, and written out. */
struct bs_report;
struct bs_error;
struct bs_report *bs_reports_load(char *const *paths, int count, struct bs_error *err);
int bs_report_emit(struct bs_report *r, const char *to, const char *output, const char *cmd);

#endif
