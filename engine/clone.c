/*
 * clone.c - structured clone: a JS value to bytes (clone.h).  The reader,
 * bytes back to a value, is clone_read.c.
 *
 * The format is a tree of tagged records, depth first.  Every object gets
 * an id, 0, 1, 2, ... in the order it is first met; meeting it again writes
 * a back reference to that id, which is how shared references and cycles
 * survive.  Both sides number objects in the same order, so the reader
 * only keeps an array of what it built.
 *
 *     '_' undefined   '0' null   'T' true   'F' false
 *     'N' f64                           a number
 *     'S' str                           a string (u32 length, bytes)
 *     'R' u32                           the object with that id
 *     'O' (str value)* '}'              a plain object
 *     'A' u32 (str value)* '}'          an array: length, then its entries
 *     'D' f64                           a Date
 *     'X' str str                       a RegExp: source, flags
 *     'M' (value value)* '}'            a Map
 *     'E' value* '}'                    a Set
 *     'e' str str u8 [str]              an Error: name, message, has stack
 *     'B' u32 bytes                     an ArrayBuffer
 *     'V' str value u32 u32             a view: its constructor's name,
 *                                       its ArrayBuffer, offset, length
 *     'P' u32                           a transferred MessagePort: its
 *                                       index in the list of ports
 *
 * Integers are little-endian; strings are Duktape's internal bytes (CESU-8),
 * which round-trip exactly.  The writer builds in a dynamic buffer on the
 * value stack and keeps its object table (pointer -> id, open addressing)
 * in another, so a throw half way leaks nothing.
 *
 * Threading: a call uses only its own ctx.  Invariant: during a
 * serialization every object in the table is reachable from the value
 * being serialized, so its heap pointer cannot be reused.
 */
#include <stdint.h>
#include <string.h>

#include "clone.h"
#include "check.h"
#include "duk_detach.h"


/* A JS helper, compiled once per heap and kept in the stash: entries of a
 * Map or Set as a flat array [k0, v0, k1, v1, ...]. */
#define STASH_ENTRIES DUK_HIDDEN_SYMBOL("cloneEntries")
static const char entries_src[] =
    "(function (c) { var a = []; c.forEach(function (v, k) "
    "{ a.push(k, v); }); return a; })";

/* ---- errors ------------------------------------------------------------- */

/* see clone.h */
void nd_clone_push_error(duk_context *ctx, const char *what,
                         const char *message) {
    if (what != NULL)
        duk_push_error_object(ctx, DUK_ERR_ERROR, "%s could not be cloned.",
                              what);
    else
        duk_push_error_object(ctx, DUK_ERR_ERROR, "%s", message);
    duk_push_string(ctx, "DataCloneError");
    duk_put_prop_string(ctx, -2, "name");
    duk_push_int(ctx, 25); /* DOMException.DATA_CLONE_ERR */
    duk_put_prop_string(ctx, -2, "code");
}

/* Runs protected: String(value at -1), which also describes a symbol.
 * A function shows Duktape's text for it: the engine keeps no source. */
static duk_ret_t to_string(duk_context *ctx, void *udata) {
    (void)udata;
    duk_get_global_string(ctx, "String");
    duk_insert(ctx, -2);
    duk_call(ctx, 1);
    return 1;
}

/* Throw DataCloneError for the value at idx. */
static void throw_uncloneable(duk_context *ctx, duk_idx_t idx) {
    duk_dup(ctx, idx);
    if (duk_safe_call(ctx, to_string, NULL, 1, 1) != DUK_EXEC_SUCCESS) {
        duk_pop(ctx);
        duk_push_string(ctx, "value");
    }
    nd_clone_push_error(ctx, duk_get_string(ctx, -1), NULL);
    (void)duk_throw(ctx);
}

/* ---- the writer --------------------------------------------------------- */

typedef struct {
    void *ptr;
    uint32_t id; /* id + 1; 0 marks an empty slot */
} slot_t;

typedef struct {
    duk_context *ctx;
    duk_idx_t out_idx, table_idx, map_idx, set_idx;
    duk_idx_t ports_idx, port_ctor_idx; /* DUK_INVALID_INDEX: none */
    duk_idx_t buffers_idx;              /* DUK_INVALID_INDEX: none */
    uint8_t *out;
    size_t len, cap;
    slot_t *table;
    size_t slots; /* a power of two */
    uint32_t count;
} writer_t;

static void put(writer_t *w, const void *p, size_t n) {
    if (w->len + n > w->cap) {
        size_t cap = w->cap * 2;
        while (cap < w->len + n)
            cap *= 2;
        w->out = duk_resize_buffer(w->ctx, w->out_idx, cap);
        w->cap = cap;
    }
    memcpy(w->out + w->len, p, n);
    w->len += n;
}

static void put_u8(writer_t *w, uint8_t v) {
    put(w, &v, 1);
}

static void put_u32(writer_t *w, uint32_t v) {
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16),
                    (uint8_t)(v >> 24)};
    put(w, b, 4);
}

static void put_f64(writer_t *w, double d) {
    uint64_t u;
    uint8_t b[8];
    int i;

    memcpy(&u, &d, 8);
    for (i = 0; i < 8; i++)
        b[i] = (uint8_t)(u >> (8 * i));
    put(w, b, 8);
}

/* The string at idx (coerced): its length and bytes. */
static void put_str(writer_t *w, duk_idx_t idx) {
    size_t n;
    const char *s = duk_get_lstring(w->ctx, idx, &n);

    if (s == NULL) {
        duk_dup(w->ctx, idx);
        s = duk_to_lstring(w->ctx, -1, &n);
        put_u32(w, (uint32_t)n);
        put(w, s, n);
        duk_pop(w->ctx);
        return;
    }
    put_u32(w, (uint32_t)n);
    put(w, s, n);
}

static size_t hash_ptr(const void *p, size_t slots) {
    uintptr_t h = (uintptr_t)p;

    h ^= h >> 17;
    h *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(h ^ (h >> 29)) & (slots - 1);
}

/* The id of ptr, or -1 after giving it the next id. */
static int64_t remember(writer_t *w, void *ptr) {
    size_t i;

    if ((w->count + 1) * 2 > w->slots) {
        size_t old = w->slots, j;
        slot_t *copy;

        /* Rehash through a scratch copy kept on the stack too. */
        copy = duk_push_fixed_buffer(w->ctx, old * sizeof(slot_t));
        memcpy(copy, w->table, old * sizeof(slot_t));
        w->slots = old * 2;
        w->table = duk_resize_buffer(w->ctx, w->table_idx,
                                     w->slots * sizeof(slot_t));
        memset(w->table, 0, w->slots * sizeof(slot_t));
        for (j = 0; j < old; j++) {
            if (copy[j].id == 0)
                continue;
            i = hash_ptr(copy[j].ptr, w->slots);
            while (w->table[i].id != 0)
                i = (i + 1) & (w->slots - 1);
            w->table[i] = copy[j];
        }
        duk_pop(w->ctx);
    }
    i = hash_ptr(ptr, w->slots);
    while (w->table[i].id != 0) {
        if (w->table[i].ptr == ptr)
            return w->table[i].id - 1;
        i = (i + 1) & (w->slots - 1);
    }
    w->table[i].ptr = ptr;
    w->table[i].id = ++w->count;
    return -1;
}

/* Push Object.prototype.toString's tag of the value at idx ("Date"). */
static const char *class_of(duk_context *ctx, duk_idx_t idx) {
    const char *s;

    duk_get_global_string(ctx, "Object");
    duk_get_prop_string(ctx, -1, "prototype");
    duk_get_prop_string(ctx, -1, "toString");
    duk_dup(ctx, idx);
    duk_call_method(ctx, 0);
    duk_replace(ctx, -3);
    duk_pop(ctx);
    s = duk_get_string(ctx, -1);
    if (s != NULL && strncmp(s, "[object ", 8) == 0)
        s += 8;
    return s != NULL ? s : "";
}

static void write_value(writer_t *w, duk_idx_t idx, int depth);

/* Own enumerable string-keyed properties, then '}'. */
static void write_props(writer_t *w, duk_idx_t idx, int depth) {
    duk_context *ctx = w->ctx;

    duk_enum(ctx, idx, DUK_ENUM_OWN_PROPERTIES_ONLY);
    while (duk_next(ctx, -1, 1)) {
        put_str(w, -2);
        write_value(w, duk_get_top_index(ctx), depth + 1);
        duk_pop_2(ctx);
    }
    duk_pop(ctx);
    put_u8(w, '}');
}

/* A Map's or Set's entries (set: values only), then '}'. */
static void write_entries(writer_t *w, duk_idx_t idx, int set, int depth) {
    duk_context *ctx = w->ctx;
    duk_uarridx_t i, n;

    duk_push_heap_stash(ctx);
    if (!duk_get_prop_string(ctx, -1, STASH_ENTRIES)) {
        duk_pop(ctx);
        duk_eval_string(ctx, entries_src);
        duk_dup_top(ctx);
        duk_put_prop_string(ctx, -3, STASH_ENTRIES);
    }
    duk_remove(ctx, -2);
    duk_dup(ctx, idx);
    duk_call(ctx, 1);
    n = (duk_uarridx_t)duk_get_length(ctx, -1);
    for (i = 0; i < n; i += 2) {
        if (!set) {
            duk_get_prop_index(ctx, -1, i);
            write_value(w, duk_get_top_index(ctx), depth + 1);
            duk_pop(ctx);
        }
        duk_get_prop_index(ctx, -1, i + 1);
        write_value(w, duk_get_top_index(ctx), depth + 1);
        duk_pop(ctx);
    }
    duk_pop(ctx);
    put_u8(w, '}');
}

static const char *error_name(duk_context *ctx, duk_idx_t idx) {
    static const char *const names[] = {"EvalError", "RangeError",
                                        "ReferenceError", "SyntaxError",
                                        "TypeError", "URIError"};
    const char *name;
    size_t i;

    duk_get_prop_string(ctx, idx, "name");
    name = duk_get_string(ctx, -1);
    duk_pop(ctx);
    for (i = 0; name != NULL && i < sizeof(names) / sizeof(names[0]); i++)
        if (strcmp(name, names[i]) == 0)
            return names[i];
    return "Error";
}

static void write_error(writer_t *w, duk_idx_t idx) {
    duk_context *ctx = w->ctx;

    put_u8(w, 'e');
    duk_push_string(ctx, error_name(ctx, idx));
    put_str(w, -1);
    duk_pop(ctx);
    duk_get_prop_string(ctx, idx, "message");
    if (duk_is_undefined(ctx, -1)) {
        duk_pop(ctx);
        duk_push_string(ctx, "");
    }
    put_str(w, -1);
    duk_pop(ctx);
    duk_get_prop_string(ctx, idx, "stack");
    if (duk_is_string(ctx, -1)) {
        put_u8(w, 1);
        put_str(w, -1);
    } else {
        put_u8(w, 0);
    }
    duk_pop(ctx);
}

/* 1 if the array at list_idx (DUK_INVALID_INDEX: none) holds the value at
 * idx itself. */
static int listed(writer_t *w, duk_idx_t list_idx, duk_idx_t idx) {
    duk_context *ctx = w->ctx;
    duk_uarridx_t i, n;
    int found = 0;

    if (list_idx == DUK_INVALID_INDEX)
        return 0;
    n = (duk_uarridx_t)duk_get_length(ctx, list_idx);
    for (i = 0; i < n && !found; i++) {
        duk_get_prop_index(ctx, list_idx, i);
        found = duk_strict_equals(ctx, -1, idx);
        duk_pop(ctx);
    }
    return found;
}

/* An ArrayBuffer, a typed array, a DataView, a Buffer. */
static void write_buffer(writer_t *w, duk_idx_t idx, const char *cls,
                         int depth) {
    duk_context *ctx = w->ctx;
    duk_size_t n;
    void *p;

    if (strcmp(cls, "ArrayBuffer]") == 0) {
        if (nd_duk_is_detached(ctx, idx) && !listed(w, w->buffers_idx, idx)) {
            nd_clone_push_error(ctx, "An ArrayBuffer is detached and", NULL);
            (void)duk_throw(ctx);
        }
        p = duk_get_buffer_data(ctx, idx, &n);
        put_u8(w, 'B');
        put_u32(w, (uint32_t)n);
        put(w, p, n);
        return;
    }
    put_u8(w, 'V');
    duk_push_lstring(ctx, cls, strlen(cls) - 1); /* drop the ']' */
    put_str(w, -1);
    duk_pop(ctx);
    duk_get_prop_string(ctx, idx, "buffer");
    write_value(w, duk_get_top_index(ctx), depth + 1);
    duk_pop(ctx);
    duk_get_prop_string(ctx, idx, "byteOffset");
    put_u32(w, duk_to_uint32(ctx, -1));
    duk_pop(ctx);
    duk_get_prop_string(ctx, idx,
                        strcmp(cls, "DataView]") == 0 ? "byteLength"
                                                      : "length");
    put_u32(w, duk_to_uint32(ctx, -1));
    duk_pop(ctx);
}

/* A MessagePort: its index in the transferred ports, or DataCloneError. */
static void write_port(writer_t *w, duk_idx_t idx) {
    duk_context *ctx = w->ctx;
    duk_uarridx_t i, n;

    n = w->ports_idx != DUK_INVALID_INDEX
            ? (duk_uarridx_t)duk_get_length(ctx, w->ports_idx)
            : 0;
    for (i = 0; i < n; i++) {
        duk_get_prop_index(ctx, w->ports_idx, i);
        if (duk_strict_equals(ctx, -1, idx)) {
            duk_pop(ctx);
            put_u8(w, 'P');
            put_u32(w, (uint32_t)i);
            return;
        }
        duk_pop(ctx);
    }
    (void)nd_throw(ctx, DUK_ERR_TYPE_ERROR,
                   "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST",
                   "Object that needs transfer was found in message but "
                   "not listed in transferList");
}

static void write_object(writer_t *w, duk_idx_t idx, int depth) {
    duk_context *ctx = w->ctx;
    const char *cls;
    int64_t id;

    id = remember(w, duk_get_heapptr(ctx, idx));
    if (id >= 0) {
        put_u8(w, 'R');
        put_u32(w, (uint32_t)id);
        return;
    }
    if (w->port_ctor_idx != DUK_INVALID_INDEX &&
        duk_instanceof(ctx, idx, w->port_ctor_idx)) {
        write_port(w, idx);
        return;
    }
    if (duk_instanceof(ctx, idx, w->map_idx)) {
        put_u8(w, 'M');
        write_entries(w, idx, 0, depth);
        return;
    }
    if (duk_instanceof(ctx, idx, w->set_idx)) {
        put_u8(w, 'E');
        write_entries(w, idx, 1, depth);
        return;
    }
    if (duk_is_error(ctx, idx)) {
        write_error(w, idx);
        return;
    }
    cls = class_of(ctx, idx); /* pushes the tag string */
    if (duk_is_buffer_data(ctx, idx)) {
        write_buffer(w, idx, cls, depth);
    } else if (strcmp(cls, "Date]") == 0) {
        put_u8(w, 'D');
        duk_get_prop_string(ctx, idx, "getTime");
        duk_dup(ctx, idx);
        duk_call_method(ctx, 0);
        put_f64(w, duk_to_number(ctx, -1));
        duk_pop(ctx);
    } else if (strcmp(cls, "RegExp]") == 0) {
        put_u8(w, 'X');
        duk_get_prop_string(ctx, idx, "source");
        put_str(w, -1);
        duk_pop(ctx);
        duk_get_prop_string(ctx, idx, "flags");
        if (!duk_is_string(ctx, -1)) { /* an engine without .flags */
            duk_pop(ctx);
            duk_push_string(ctx, "");
        }
        put_str(w, -1);
        duk_pop(ctx);
    } else if (duk_is_array(ctx, idx)) {
        put_u8(w, 'A');
        put_u32(w, (uint32_t)duk_get_length(ctx, idx));
        write_props(w, idx, depth);
    } else if (strcmp(cls, "Promise]") == 0 || strcmp(cls, "WeakMap]") == 0 ||
               strcmp(cls, "WeakSet]") == 0) {
        duk_push_sprintf(ctx, "#<%.*s>", (int)strlen(cls) - 1, cls);
        nd_clone_push_error(ctx, duk_get_string(ctx, -1), NULL);
        (void)duk_throw(ctx);
    } else {
        put_u8(w, 'O');
        write_props(w, idx, depth);
    }
    duk_pop(ctx); /* the class tag */
}

static void write_value(writer_t *w, duk_idx_t idx, int depth) {
    duk_context *ctx = w->ctx;

    if (depth > ND_CLONE_MAX_DEPTH)
        (void)duk_range_error(ctx, "Maximum call stack size exceeded");
    duk_require_stack(ctx, 8);
    switch (duk_get_type(ctx, idx)) {
    case DUK_TYPE_UNDEFINED:
        put_u8(w, '_');
        break;
    case DUK_TYPE_NULL:
        put_u8(w, '0');
        break;
    case DUK_TYPE_BOOLEAN:
        put_u8(w, duk_get_boolean(ctx, idx) ? 'T' : 'F');
        break;
    case DUK_TYPE_NUMBER:
        put_u8(w, 'N');
        put_f64(w, duk_get_number(ctx, idx));
        break;
    case DUK_TYPE_STRING:
        if (duk_is_symbol(ctx, idx))
            throw_uncloneable(ctx, idx);
        put_u8(w, 'S');
        put_str(w, idx);
        break;
    case DUK_TYPE_OBJECT:
        if (duk_is_function(ctx, idx))
            throw_uncloneable(ctx, idx);
        write_object(w, idx, depth);
        break;
    case DUK_TYPE_BUFFER: /* a plain buffer: a Uint8Array to scripts */
        duk_push_buffer_object(ctx, idx, 0, duk_get_length(ctx, idx),
                               DUK_BUFOBJ_UINT8ARRAY);
        write_value(w, duk_get_top_index(ctx), depth);
        duk_pop(ctx);
        break;
    default: /* pointers and lightfuncs never reach scripts as data */
        throw_uncloneable(ctx, idx);
    }
}

/* see clone.h */
void nd_clone_serialize(duk_context *ctx, duk_idx_t idx, duk_idx_t ports_idx,
                        duk_idx_t buffers_idx) {
    writer_t w;

    idx = duk_normalize_index(ctx, idx);
    if (ports_idx != DUK_INVALID_INDEX)
        ports_idx = duk_normalize_index(ctx, ports_idx);
    if (buffers_idx != DUK_INVALID_INDEX)
        buffers_idx = duk_normalize_index(ctx, buffers_idx);
    memset(&w, 0, sizeof(w));
    w.ctx = ctx;
    w.cap = 256;
    w.out = duk_push_dynamic_buffer(ctx, w.cap);
    w.out_idx = duk_get_top_index(ctx);
    w.slots = 64;
    w.table = duk_push_dynamic_buffer(ctx, w.slots * sizeof(slot_t));
    memset(w.table, 0, w.slots * sizeof(slot_t));
    w.table_idx = duk_get_top_index(ctx);
    duk_get_global_string(ctx, "Map");
    w.map_idx = duk_get_top_index(ctx);
    duk_get_global_string(ctx, "Set");
    w.set_idx = duk_get_top_index(ctx);
    if (!duk_is_function(ctx, w.map_idx) || !duk_is_function(ctx, w.set_idx))
        (void)duk_type_error(ctx, "Map and Set must be installed");
    w.ports_idx = ports_idx;
    w.buffers_idx = buffers_idx;
    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -1, ND_CLONE_STASH_PORT);
    duk_remove(ctx, -2);
    w.port_ctor_idx =
        duk_is_function(ctx, -1) ? duk_get_top_index(ctx) : DUK_INVALID_INDEX;
    write_value(&w, idx, 0);
    duk_pop_n(ctx, 4);
    duk_resize_buffer(ctx, w.out_idx, w.len);
}
