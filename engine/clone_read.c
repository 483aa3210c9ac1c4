/*
 * clone_read.c - structured clone: bytes back to a JS value (clone.h).
 *
 * Reads the format that clone.c writes (the table of records is at the top
 * of clone.c).  Objects are numbered in the order they are built, the same
 * order in which the writer met them, so a back reference is an index into
 * the array of what was built so far.  Every length is checked against the
 * end of the input, and every constructor is looked up by a name from a
 * fixed list: bytes that are not a valid serialization throw a TypeError,
 * never crash.
 *
 * Threading: a call uses only its own ctx.
 */
#include <stdint.h>
#include <string.h>

#include "clone.h"

typedef struct {
    duk_context *ctx;
    const uint8_t *p, *end;
    duk_idx_t memo_idx; /* array: id -> object */
    duk_idx_t ports_idx; /* the transferred ports, or DUK_INVALID_INDEX */
    duk_uarridx_t count;
} reader_t;

static void bad(reader_t *r) {
    (void)duk_type_error(r->ctx, "invalid serialized message");
}

static const uint8_t *take(reader_t *r, size_t n) {
    const uint8_t *p = r->p;

    if ((size_t)(r->end - r->p) < n)
        bad(r);
    r->p += n;
    return p;
}

static uint8_t get_u8(reader_t *r) {
    return *take(r, 1);
}

static uint32_t get_u32(reader_t *r) {
    const uint8_t *b = take(r, 4);

    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
           (uint32_t)b[3] << 24;
}

static double get_f64(reader_t *r) {
    const uint8_t *b = take(r, 8);
    uint64_t u = 0;
    double d;
    int i;

    for (i = 7; i >= 0; i--)
        u = u << 8 | b[i];
    memcpy(&d, &u, 8);
    return d;
}

static void push_str(reader_t *r) {
    uint32_t n = get_u32(r);
    const uint8_t *s = take(r, n);

    duk_push_lstring(r->ctx, (const char *)s, n);
}

/* Give the object at -1 the next id. */
static void record(reader_t *r) {
    duk_dup_top(r->ctx);
    duk_put_prop_index(r->ctx, r->memo_idx, r->count++);
}

static void read_value(reader_t *r, int depth);

/* key/value pairs into the object at -1 until '}' */
static void read_props(reader_t *r, int depth) {
    while (r->p < r->end && *r->p != '}') {
        push_str(r);
        read_value(r, depth + 1);
        duk_put_prop(r->ctx, -3);
    }
    take(r, 1);
}

/* Call method name of the object at -1 with n values read from input. */
static void read_entries(reader_t *r, const char *name, int n, int depth) {
    duk_context *ctx = r->ctx;
    int i;

    while (r->p < r->end && *r->p != '}') {
        duk_push_string(ctx, name);
        for (i = 0; i < n; i++)
            read_value(r, depth + 1);
        duk_call_prop(ctx, -2 - n, n);
        duk_pop(ctx);
    }
    take(r, 1);
}

/* new global[name](args below, nargs of them) */
static void construct(reader_t *r, const char *name, int nargs) {
    duk_context *ctx = r->ctx;

    duk_get_global_string(ctx, name);
    if (!duk_is_function(ctx, -1))
        bad(r);
    duk_insert(ctx, -1 - nargs);
    duk_new(ctx, nargs);
}

static void read_view(reader_t *r, int depth) {
    static const char *const views[] = {
        "Int8Array",    "Uint8Array",    "Uint8ClampedArray", "Int16Array",
        "Uint16Array",  "Int32Array",    "Uint32Array",       "Float32Array",
        "Float64Array", "DataView"};
    duk_context *ctx = r->ctx;
    const char *name;
    size_t i;
    duk_uarridx_t slot;

    /* Reserve the view's id before its buffer takes the next one. */
    duk_push_undefined(ctx);
    slot = r->count;
    record(r);
    duk_pop(ctx);
    push_str(r);
    name = duk_get_string(ctx, -1);
    for (i = 0; i < sizeof(views) / sizeof(views[0]); i++)
        if (strcmp(name, views[i]) == 0)
            break;
    if (i == sizeof(views) / sizeof(views[0]))
        bad(r);
    duk_pop(ctx);
    read_value(r, depth + 1);
    if (!duk_is_buffer_data(ctx, -1))
        bad(r);
    duk_push_uint(ctx, get_u32(r));
    duk_push_uint(ctx, get_u32(r));
    construct(r, views[i], 3);
    duk_dup_top(ctx);
    duk_put_prop_index(ctx, r->memo_idx, slot);
}

static void read_object(reader_t *r, uint8_t tag, int depth) {
    duk_context *ctx = r->ctx;
    uint32_t n;
    void *p;

    switch (tag) {
    case 'O':
        duk_push_object(ctx);
        record(r);
        read_props(r, depth);
        break;
    case 'A':
        n = get_u32(r);
        duk_push_array(ctx);
        record(r);
        duk_push_uint(ctx, n);
        duk_put_prop_string(ctx, -2, "length");
        read_props(r, depth);
        break;
    case 'D':
        duk_push_number(ctx, get_f64(r));
        construct(r, "Date", 1);
        record(r);
        break;
    case 'X':
        push_str(r);
        push_str(r);
        construct(r, "RegExp", 2);
        record(r);
        break;
    case 'M':
    case 'E':
        construct(r, tag == 'M' ? "Map" : "Set", 0);
        record(r);
        read_entries(r, tag == 'M' ? "set" : "add", tag == 'M' ? 2 : 1,
                     depth);
        break;
    case 'e':
        push_str(r); /* name: one of the standard ones */
        duk_get_global_string(ctx, duk_get_string(ctx, -1));
        duk_remove(ctx, -2);
        if (!duk_is_function(ctx, -1))
            bad(r);
        push_str(r);
        duk_new(ctx, 1);
        if (get_u8(r)) {
            push_str(r);
            duk_put_prop_string(ctx, -2, "stack");
        }
        record(r);
        break;
    case 'B':
        n = get_u32(r);
        p = duk_push_fixed_buffer(ctx, n);
        if (n > 0)
            memcpy(p, take(r, n), n);
        duk_push_buffer_object(ctx, -1, 0, n, DUK_BUFOBJ_ARRAYBUFFER);
        duk_remove(ctx, -2);
        record(r);
        break;
    case 'V':
        read_view(r, depth);
        break;
    case 'P':
        n = get_u32(r);
        if (r->ports_idx == DUK_INVALID_INDEX ||
            n >= duk_get_length(ctx, r->ports_idx))
            bad(r);
        duk_get_prop_index(ctx, r->ports_idx, n);
        record(r);
        break;
    default:
        bad(r);
    }
}

static void read_value(reader_t *r, int depth) {
    duk_context *ctx = r->ctx;
    uint8_t tag;
    uint32_t id;

    if (depth > ND_CLONE_MAX_DEPTH)
        (void)duk_range_error(ctx, "Maximum call stack size exceeded");
    duk_require_stack(ctx, 8);
    tag = get_u8(r);
    switch (tag) {
    case '_':
        duk_push_undefined(ctx);
        break;
    case '0':
        duk_push_null(ctx);
        break;
    case 'T':
    case 'F':
        duk_push_boolean(ctx, tag == 'T');
        break;
    case 'N':
        duk_push_number(ctx, get_f64(r));
        break;
    case 'S':
        push_str(r);
        break;
    case 'R':
        id = get_u32(r);
        if (id >= r->count)
            bad(r);
        duk_get_prop_index(ctx, r->memo_idx, id);
        break;
    default:
        read_object(r, tag, depth);
    }
}

/* see clone.h */
void nd_clone_deserialize(duk_context *ctx, const void *data, size_t len,
                          duk_idx_t ports_idx) {
    reader_t r;

    r.ports_idx = ports_idx == DUK_INVALID_INDEX
                      ? ports_idx
                      : duk_normalize_index(ctx, ports_idx);
    r.ctx = ctx;
    r.p = data;
    r.end = r.p + len;
    r.count = 0;
    duk_push_array(ctx);
    r.memo_idx = duk_get_top_index(ctx);
    if (len == 0)
        bad(&r);
    read_value(&r, 0);
    if (r.p != r.end)
        bad(&r);
    duk_remove(ctx, -2);
}
