/*
 * duk_fast.h - reading an ordinary property without Duktape's general
 * property machinery.  Implemented in engine/duk_detach.c, inside
 * Duktape's own translation unit.
 *
 * duk_get_prop_literal() copies the key, coerces it, checks every kind of
 * exotic object at each step of the prototype chain and removes the copy:
 * about 500 instructions for a field that a default on a prototype
 * holds.  nd_duk_get_plain() (and nd_duk_get_prop(), for a key on the
 * stack) looks the key up in each object's own table, walking the chain,
 * and gives up (nd_duk_get_plain() returns 0, pushing nothing) whenever
 * anything could behave differently from a plain data property: an
 * accessor, an exotic object (array, string object, buffer object,
 * arguments, Proxy) on the way, a key that is an array index.  The
 * general road then answers (nd_duk_get_literal() and nd_duk_get_prop()
 * take it themselves).
 *
 * Threading: the heap's own thread only, like any Duktape call.
 */
#ifndef ND_DUK_FAST_H
#define ND_DUK_FAST_H

#include "duktape.h"

/* Push obj[key] (obj at idx, key a string literal) and return 1, or
 * return 0 having pushed nothing.  A key found nowhere pushes undefined. */
int nd_duk_get_plain_raw(duk_context *ctx, duk_idx_t idx, const char *key,
                         duk_size_t len);
#define nd_duk_get_plain(ctx, idx, key)                                        \
    nd_duk_get_plain_raw((ctx), (idx), (key), sizeof(key) - 1)

/* duk_get_prop_literal() without its result, by the short road when it
 * applies: pushes obj[key]. */
#define nd_duk_get_literal(ctx, idx, key)                                      \
    ((void)(nd_duk_get_plain((ctx), (idx), key) ||                            \
            duk_get_prop_literal((ctx), (idx), key)))

/* for (key in obj) over an ordinary object's own properties, when every
 * one is a data property holding a string or a number: push key, value,
 * key, value, ... in enumeration order and return how many pairs; or
 * return -1 having pushed nothing (use duk_enum()).  Index keys, getters,
 * other values and exotic objects all give -1. */
duk_int_t nd_duk_push_own_pairs(duk_context *ctx, duk_idx_t idx);

/* duk_get_prop() without its result (obj at idx, the key on the stack
 * top, replaced by the value), by the short road when the key is a string
 * and it applies. */
void nd_duk_get_prop(duk_context *ctx, duk_idx_t idx);

/* obj[key] = the value on the stack top (popped), obj at idx and key a
 * string literal, by the short road: returns 1 having done it, or 0
 * having done nothing (the value still on the stack) when anything but a
 * plain data property could be involved: a setter or a read-only
 * property on obj or up its chain, an exotic object on the way, an index
 * key, an object that is not extensible.  See nd_duk_put_literal(). */
int nd_duk_put_plain_raw(duk_context *ctx, duk_idx_t idx, const char *key,
                         duk_size_t len);
#define nd_duk_put_plain(ctx, idx, key)                                        \
    nd_duk_put_plain_raw((ctx), (idx), (key), sizeof(key) - 1)

/* duk_put_prop_literal(), by the short road when it applies. */
#define nd_duk_put_literal(ctx, idx, key)                                      \
    ((void)(nd_duk_put_plain((ctx), (idx), key) ||                            \
            duk_put_prop_literal((ctx), (idx), key)))

/* ToBoolean(the value at idx), leaving the value as it is (where
 * duk_to_boolean() replaces it with the boolean). */
static inline int nd_duk_truthy(duk_context *ctx, duk_idx_t idx) {
    int v;

    duk_dup(ctx, idx);
    v = duk_to_boolean(ctx, -1);
    duk_pop(ctx);
    return v;
}

/* Push a new ordinary object, as `new F()` makes one, whose prototype
 * is the object at proto_idx (F.prototype), with room for `entries`
 * properties: filling it in reallocates nothing.  Throws if proto_idx is
 * not an object. */
void nd_duk_push_object_sized(duk_context *ctx, duk_idx_t proto_idx,
                              duk_uint_t entries);

#endif
