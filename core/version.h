/*
 * version.h - the breachscan version, named once (report tool.version,
 * `breachscan version`).
 */
#ifndef BS_VERSION_H
#define BS_VERSION_H

#define BS_VERSION "0.1.0"

#endif
