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
int cmd_merge(int argc, char **argv); /* cmd_report.c */
int cmd_version(int argc, char **argv);


#endif
