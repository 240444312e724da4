/*
 * decoder.c - the decoder matcher (bs_matcher_decode): text objects with an
 * obfuscation layer (decode.c) yield the unwrapped text as a child object,
 * "<file>!decoded:1", that every matcher sees - a shell wrapped in three
 * layers is found by the same rules as the bare one, and its finding names
 * the layer.  A layer of a PHP, ASP or JSP file starts with that language's
 * opening tag, so rules that look for the language see it as such.  Layers
 * within layers are unwrapped too, up to BS_DERIVED_MAX_DEPTH (scan.c).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/limits.h"
#include "core/logname.h"
#include "matchers/decode.h"
#include "matchers/matcher.h"

typedef struct decode_worker {
    bs_decoder dec;
    bs_buf layer;
} decode_worker;

static void *decode_worker_new(void *state, bs_error *err)
{
    decode_worker *w = calloc(1, sizeof(*w));

    (void)state;
    if (!w) {
        bs_error_set(err, "decode", "out of memory");
        return NULL;
    }
    bs_decoder_init(&w->dec);
    w->layer.max = BS_DECODE_LAYER_MAX;
    return w;
}

static void decode_worker_free(void *worker_state)
{
    decode_worker *w = worker_state;

    if (!w)
        return;
    bs_decoder_release(&w->dec);
    bs_buf_release(&w->layer);
    free(w);
}

/* The opening tag a layer of this file gets, by the file's extension. */
static const char *language_tag(const char *path)
{
    static const struct {
        const char *ext, *tag;
    } tags[] = {
        {".php", "<?php\n"}, {".phtml", "<?php\n"}, {".inc", "<?php\n"},
        {".asp", "<%\n"},    {".aspx", "<%@ Page Language=\"C#\" %>\n"},
        {".ashx", "<%@ WebHandler Language=\"C#\" %>\n"},
        {".jsp", "<%\n"},    {".jspx", "<%\n"},
    };
    const char *dot = path ? strrchr(path, '.') : NULL;

    for (size_t i = 0; dot && i < sizeof(tags) / sizeof(tags[0]); i++)
        if (strncasecmp(dot, tags[i].ext, strlen(tags[i].ext)) == 0 &&
            (dot[strlen(tags[i].ext)] == '\0' || (dot[strlen(tags[i].ext)] >= '0' &&
                                                  dot[strlen(tags[i].ext)] <= '9')))
            return tags[i].tag;
    return "";
}

static bs_status decode_match(void *worker_state, const bs_match_input *in, bs_match_output *out,
                              bs_error *err)
{
    decode_worker *w = worker_state;
    const bs_object *obj = in->obj;
    const char *tag = language_tag(obj->path);
    bs_object *child;

    if (!in->content || obj->len < BS_DECODE_MIN_FRAGMENT || obj->len > BS_DECODE_INPUT_MAX ||
        !bs_decode_is_text(obj->data, obj->len))
        return BS_OK;
    /*
     * Logs record requests, not code: their %XX and base64 are attack
     * attempts and payload traces that the log matcher reads itself; handed
     * back as a layer they would be matched as if they were a script.
     */
    if (bs_log_name(obj->path ? obj->path : obj->location) != BS_LOG_NAME_NONE)
        return BS_OK;
    bs_buf_reset(&w->layer);
    if (bs_buf_append(&w->layer, tag, strlen(tag)) != BS_GROW_OK)
        return BS_OK;
    if (!bs_decode_pass(&w->dec, obj->data, obj->len, &w->layer) ||
        w->layer.len <= strlen(tag))
        return BS_OK;
    if (!(child = bs_object_layer(obj))) {
        bs_error_set(err, "decode", "out of memory");
        return BS_FAILED;
    }
    /* the child owns a copy: the worker's buffer is reused for the next object */
    bs_object_set_data(child, malloc(w->layer.len), w->layer.len);
    if (!child->data) {
        bs_object_free(child);
        bs_error_set(err, "decode", "out of memory");
        return BS_FAILED;
    }
    memcpy(child->data, w->layer.data, w->layer.len);
    child->size = w->layer.len;
    out->child(out, child);
    return BS_OK;
}

/* --no-decode: a diagnostic, to measure what unwrapping costs (docs/PERFORMANCE.md) */
static bool decode_enabled(const bs_config *cfg)
{
    return !cfg->no_decode;
}

const bs_matcher bs_matcher_decode = {
    .name = "decode",
    .flags = BS_MATCHER_CONTENT,
    .enabled = decode_enabled,
    .worker_new = decode_worker_new,
    .worker_free = decode_worker_free,
    .match = decode_match,
};
