/*
 * limits.h - every size, depth and count limit, named once.
 *
 * Options may override some of them at run time (bs_config); the defaults live
 * here so that a limit is never a bare number in the code that checks it.
 */
#ifndef BS_LIMITS_H
#define BS_LIMITS_H

#define BS_DEFAULT_MAX_FILE_SIZE (256ULL << 20) /* --max-file-size */
#define BS_DEFAULT_ARCHIVE_DEPTH 4              /* --archive-depth */
#define BS_MAX_ARCHIVE_DEPTH 32                 /* nesting is expanded on a worker's stack */
#define BS_DEFAULT_TIMEOUT_S 60                 /* --timeout, per object */
/*
 * Files over --max-file-size are still hashed (hash IOCs, chain of custody)
 * up to this size; larger ones are listed in skipped[] unhashed: hashing
 * 10 GiB (a sparse file costs as much as a full one) takes minutes.
 */
#define BS_DEFAULT_HASH_MAX_SIZE (1ULL << 30) /* --hash-max-size */

/* Archive expansion limits, per outermost archive (zip bombs and friends). */
#define BS_ARCHIVE_MAX_TOTAL_BYTES (1ULL << 30) /* uncompressed bytes */
#define BS_ARCHIVE_MAX_MEMBERS 100000           /* members */
#define BS_ARCHIVE_MAX_RATIO 200                /* uncompressed/compressed */
#define BS_ARCHIVE_RATIO_MIN_BYTES (1ULL << 20) /* ratio checked above this */

/*
 * Work queue between producers and workers: bounded by count, and by the
 * bytes of content in flight (queued or being scanned): --memory-limit.
 */
#define BS_QUEUE_MAX_OBJECTS 256
#define BS_DEFAULT_MEMORY_LIMIT (512ULL << 20) /* --memory-limit */
#define BS_MIN_MEMORY_LIMIT (1ULL << 20)       /* lowest --memory-limit accepted */
#define BS_MEMORY_RESERVE (64ULL << 20)        /* of --memory-limit, kept for rules, parsers, report */

/* Report model lists (findings, errors, skipped, events): entries past it are counted as lost. */
#define BS_REPORT_LIST_MAX (1U << 30)

/* YARA match reporting. */
#define BS_MATCH_EXCERPT_MAX 64 /* bytes of matched data kept per match */
#define BS_MATCHES_PER_FINDING_MAX 16        /* --max-matches default */
#define BS_MATCHES_PER_FINDING_CEILING 1024  /* ... its largest value, and what a report read back may hold */
#define BS_FINDINGS_PER_OBJECT_MAX 1024 /* findings one matcher may return for one object */
/*
 * --max-findings-per-rule: findings of one rule the report keeps in full (the
 * rest are counted in skipped[]).  The report costs about 10 KiB a finding
 * with its timeline events, so this bounds it near 100 MiB a rule however
 * many copies of a shell the evidence holds.
 */
#define BS_DEFAULT_MAX_FINDINGS_PER_RULE 10000
/*
 * --max-findings: findings the report keeps in full in all, the most severe
 * first (a file made to match many rules, planted many times, would
 * otherwise keep rules x 10,000): about 500 MiB of report at most.
 */
#define BS_DEFAULT_MAX_FINDINGS 50000

/* Matchers (matchers/matcher.h). */
#define BS_MATCHERS_MAX 16           /* entries in the matcher table */
#define BS_DERIVED_MAX_DEPTH 8       /* decoded layers within layers */
#define BS_DERIVED_PER_OBJECT_MAX 64 /* decoded layers one object may yield */

/* Decoded layers (matchers/decode.c): what is unwrapped and how far. */
#define BS_DECODE_INPUT_MAX (8U << 20)   /* larger objects are not unwrapped */
#define BS_DECODE_LAYER_MAX (4U << 20)   /* bytes of one decoded layer */
#define BS_DECODE_SNIFF 4096             /* head checked for NUL: binary is not unwrapped */
#define BS_DECODE_MIN_BASE64 40          /* shortest base64 run tried */
#define BS_DECODE_MIN_ESCAPES 4          /* escapes a literal needs to be decoded */
#define BS_DECODE_MIN_CHARCODES 4        /* characters a chr()/fromCharCode chain needs */
#define BS_DECODE_MIN_FRAGMENT 6         /* shortest decoded fragment kept */
#define BS_DECODE_TEXT_RATIO 90          /* % printable a fragment needs to count as text */
#define BS_DECODE_LITERAL_MAX (1U << 20) /* longest string literal looked into */

/*
 * Directory walk (collectors/fs.c): iterative, one open directory per level.
 * Deeper directories are listed in skipped[] ("depth"), not entered.
 */
#define BS_WALK_MAX_DEPTH 256          /* --max-depth default */
#define BS_WALK_MAX_DEPTH_CEILING 4096 /* highest --max-depth (open descriptors) */
/*
 * Large files first (collectors/fs_large.h): with more than one worker, a
 * directory target is first surveyed, names and sizes only, for its largest
 * files; the survey stops after this many entries (about 0.3 s warm) or this
 * many seconds (a cold disk: scanning would wait on it, not overlap it).
 */
#define BS_LARGE_FIRST_MIN_BYTES (1U << 20)
#define BS_LARGE_FIRST_FILES 4096
#define BS_LARGE_FIRST_SURVEY_ENTRIES 250000
#define BS_LARGE_FIRST_SURVEY_SECONDS 2
/*
 * ... from this many workers: at -j 2 the big corpus took the same time
 * with and without it, and the survey's second pass over the names cost a
 * few percent on a web root of small files (docs/PERFORMANCE.md).
 */
#define BS_LARGE_FIRST_MIN_WORKERS 4
/*
 * The Sleuth Kit's directory walk recurses (on the C stack) at most
 * MAX_DEPTH levels and DIR_STRSZ bytes of path (tsk/fs/tsk_fs_i.h, not
 * installed); image_walk.c resumes a fresh walk below each cut, up to
 * --max-depth levels and BS_IMAGE_WALK_MAX_RESUMES resumed walks per file system.
 */
#define BS_TSK_MAX_DEPTH 128
#define BS_TSK_DIR_STRSZ 4096
#define BS_IMAGE_WALK_MAX_RESUMES 4096
/*
 * Bytes read from the start of a file target to choose its collector; the
 * image and archive probes use this head and read nothing more of it than a
 * VHD footer: it must cover every image format (UFS2 superblock at 64 KiB).
 */
#define BS_PROBE_HEAD (96U * 1024U)
/* Longest location (bytes) of a file read; longer ones: skipped[] "path-length" (--max-path-length). */
#define BS_PATH_MAX_BYTES 32768
#define BS_PATH_MAX_BYTES_CEILING (1U << 20)

/* IOC lists (rules/iocs/): longest accepted line, bytes. */
#define BS_IOC_LINE_MAX 8192
#define BS_IOC_SUBJECT_MAX (64U << 10) /* longest path/location file-name IOCs are matched on */
#define BS_IOC_RULE_NAME_MAX 80        /* "IOC_Filename_<description>" is cut here */

/* Reading. */
#define BS_READ_CHUNK (1U << 20)
/* Files at least this large are mapped (no copy) instead of read into memory. */
#define BS_MAP_MIN_BYTES (64U << 10)

/* Web-server logs (matchers/logparse.c, matchers/logs.c). */
#define BS_LOG_LINE_MAX (64U << 10)      /* longer lines are parsed up to here and counted (--max-log-line) */
#define BS_LOG_LINE_MIN (1U << 10)       /* --max-log-line: its accepted range */
#define BS_LOG_LINE_CEILING (16U << 20)  /* ... (each worker holds twice this for W3C lines) */
#define BS_LOG_SNIFF_LINES 16            /* lines looked at to recognise a log by content */
#define BS_LOG_SNIFF_BYTES (64U << 10)   /* ... within this many bytes */
#define BS_LOG_BINARY_SNIFF 8192         /* a NUL byte in the first bytes: not a log */
#define BS_LOG_WINDOW_SHARE 4            /* a log over --max-file-size is read in windows of --memory-limit / this */
#define BS_LOG_W3C_FIELDS_MAX 64         /* fields of one #Fields: directive */
#define BS_LOG_KEPT_REQUESTS_MAX 2000000 /* requests remembered to tie to finding files */
#define BS_LOG_KEPT_BYTES_MAX (128U << 20) /* ... and the bytes of their strings */
#define BS_LOG_EVENTS_MAX 100000         /* timeline events the log matcher adds (--max-log-events) */
#define BS_LOG_SUSPECT_CLIENTS_MAX 256   /* clients of shells whose every request is listed */
#define BS_LOG_LOCATION_MAX 8192         /* "<log location>:<line>" of an event */

/* Card-number finder (matchers/pan_find.c, matchers/pan.c). */
#define BS_PAN_OBJECT_DISTINCT_MAX 1000000 /* distinct numbers told apart in one object */
#define BS_PAN_TOTAL_DISTINCT_MAX 10000000 /* ... across the scan (keyed hashes) */
#define BS_PAN_BINARY_SNIFF 8192           /* a NUL byte in the first bytes: binary, not searched */

/* Suppressions (report/allow.c, docs/SUPPRESSIONS.md). */
#define BS_ALLOW_FILE_MAX (4U << 20)  /* largest --allow / .breachscan-allow file, bytes */
#define BS_ALLOW_LINE_MAX 4096        /* longest line */
#define BS_ALLOW_ENTRIES_MAX 100000   /* entries across all allow files */
#define BS_BASELINE_FINDINGS_MAX 1000000 /* fingerprints read from a --baseline report */

#endif
