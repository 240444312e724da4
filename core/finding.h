/*
 * finding.h - what a matcher found in one object: rule, severity, the
 * object's metadata, short match excerpts and typed extras (card numbers,
 * web-log access).  Matchers create findings; the report model stores, sorts
 * and numbers them; writers only encode them (docs/ARCHITECTURE.md).
 */
#ifndef BS_FINDING_H
#define BS_FINDING_H

#include <stdint.h>

#include "core/config.h"
#include "core/hash.h"
#include "core/object.h"

typedef struct bs_match {
    char *id;        /* "$login" */
    uint64_t offset; /* in the object's content */
    uint32_t length; /* full match length */
    uint8_t *data;   /* up to BS_MATCH_EXCERPT_MAX raw bytes (masked when written) */
    uint32_t data_len;
} bs_match;

/* Card issuers the card-number finder tells apart (docs/REPORT.md, "Card data"). */
typedef enum {
    BS_ISSUER_VISA,
    BS_ISSUER_MASTERCARD,
    BS_ISSUER_AMEX,
    BS_ISSUER_DISCOVER,
    BS_ISSUER_JCB,
    BS_ISSUER_DINERS,
    BS_ISSUER_COUNT
} bs_issuer;

#define BS_CARD_SAMPLES_MAX 5
#define BS_CARD_MASKED_MAX 24 /* "411111*********1111" + NUL */

/* Card numbers found in one object (findings of source "pan"). */
typedef struct bs_card_info {
    uint64_t distinct;                   /* distinct numbers in the object */
    uint64_t occurrences;                /* every number seen, repeats included */
    uint64_t by_issuer[BS_ISSUER_COUNT]; /* distinct numbers per issuer */
    uint64_t track1, track2;             /* magnetic-stripe records */
    char samples[BS_CARD_SAMPLES_MAX][BS_CARD_MASKED_MAX]; /* masked, first 6 + last 4 */
    int n_samples;
    bs_time first, last; /* times of the first and last lines that held one */
} bs_card_info;

/* Web-server log requests tied to a finding's file (filled at report finish). */
typedef struct bs_log_access {
    int requests;        /* == log_hits */
    int clients;         /* distinct client addresses */
    bs_time first, last; /* first and last request */
} bs_log_access;

typedef struct bs_finding {
    char *source;      /* "yara", "hash", "filename", "log", "pan", ... */
    char *rule;
    char *namespace_;  /* may be NULL */
    bs_severity severity;
    char *family;      /* may be NULL */
    char *description; /* may be NULL */
    bs_strlist references;
    bs_strlist tags;
    bs_object *object; /* metadata copy, data == NULL */
    bs_hashes hashes;
    bs_match *matches;
    int n_matches;
    int log_hits;
    bs_log_access log_access;
    bs_card_info *card; /* source "pan": what the card-number finder counted; else NULL */
} bs_finding;

/* A new finding with copies of source, rule and obj's metadata; NULL on ENOMEM. */
bs_finding *bs_finding_new(const char *source, const char *rule, bs_severity sev,
                           const bs_object *obj);
void bs_finding_free(bs_finding *f);

/* The findings one matcher call produced for one object. */
typedef struct bs_finding_list {
    bs_finding **items;
    int count, cap;
} bs_finding_list;

/* Appends f (ownership passes on success); -1 on ENOMEM (f is not freed). */
int bs_finding_list_add(bs_finding_list *list, bs_finding *f);
/* Frees the findings still in the list and the list storage. */
void bs_finding_list_release(bs_finding_list *list);

#endif
