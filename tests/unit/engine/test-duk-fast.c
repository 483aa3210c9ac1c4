/*
 * test-duk-fast.c - the short road of property reads (engine/duk_fast.h):
 * nd_duk_get_plain() and nd_duk_get_prop() give what duk_get_prop() gives
 * for own, inherited and missing data properties, and step aside
 * (return 0, pushing nothing; or fall back inside nd_duk_get_prop) for
 * everything that is not a plain data property: a getter here or on a
 * prototype, a Proxy, an array's length, a String object's index, a
 * buffer, an array-index key, a symbol key on a Proxy.  Each case is
 * checked against duk_get_prop() on the same object.  And
 * nd_duk_push_own_pairs() gives for-in's own pairs of a plain object of
 * strings and numbers, in order, skipping what enumeration skips, and
 * declines everything else.  nd_duk_push_object_sized() makes what
 * `new F()` makes.  nd_duk_put_plain() leaves an object as duk_put_prop()
 * would, and declines setters, read-only and exotic cases.
 */
#include <stdio.h>
#include <string.h>

#include "nd_test.h"
#include "engine.h"
#include "duk_fast.h"

static duk_context *ctx;

/* Evaluate src (an expression) and leave its value on the stack. */
static void eval(const char *src) {
    ND_CHECK_EQ(duk_peval_string(ctx, src), 0);
}

/* duk_get_prop(obj, key) as a string, then pop it. */
static void general(duk_idx_t obj, const char *key, char *out, size_t n) {
    duk_push_string(ctx, key);
    duk_get_prop(ctx, obj);
    snprintf(out, n, "%s", duk_safe_to_string(ctx, -1));
    duk_pop(ctx);
}

/* nd_duk_get_prop(obj, key) must agree with duk_get_prop(). */
static void check_same(duk_idx_t obj, const char *key) {
    char want[64], got[64];
    duk_idx_t top = duk_get_top(ctx);

    general(obj, key, want, sizeof(want));
    duk_push_string(ctx, key);
    nd_duk_get_prop(ctx, obj);
    snprintf(got, sizeof(got), "%s", duk_safe_to_string(ctx, -1));
    duk_pop(ctx);
    ND_CHECK_STR(got, want);
    ND_CHECK_EQ(duk_get_top(ctx), top);
}

static void test_plain(void) {
    duk_idx_t o;

    /* o: own a; inherits b from its prototype, c from the next one. */
    eval("(function () { var p2 = { c: 3 }; var p1 = Object.create(p2);"
         " p1.b = 2; var o = Object.create(p1); o.a = 1; return o; })()");
    o = duk_get_top_index(ctx);
    ND_CHECK_EQ(nd_duk_get_plain(ctx, o, "a"), 1);
    ND_CHECK_EQ(duk_get_int(ctx, -1), 1);
    duk_pop(ctx);
    ND_CHECK_EQ(nd_duk_get_plain(ctx, o, "c"), 1);
    ND_CHECK_EQ(duk_get_int(ctx, -1), 3);
    duk_pop(ctx);
    ND_CHECK_EQ(nd_duk_get_plain(ctx, o, "missing"), 1);
    ND_CHECK(duk_is_undefined(ctx, -1));
    duk_pop(ctx);
    /* Object.prototype's own: found at the end of the chain. */
    ND_CHECK_EQ(nd_duk_get_plain(ctx, o, "hasOwnProperty"), 1);
    ND_CHECK(duk_is_function(ctx, -1));
    duk_pop(ctx);
    nd_duk_get_literal(ctx, o, "b");
    ND_CHECK_EQ(duk_get_int(ctx, -1), 2);
    duk_pop(ctx);
    nd_duk_get_literal(ctx, o, "missing");
    ND_CHECK(duk_is_undefined(ctx, -1));
    duk_pop(ctx);
    check_same(o, "a");
    check_same(o, "b");
    check_same(o, "missing");
    duk_pop(ctx);
}

/* Objects and keys, and whether the short road answers (1) or steps
 * aside (0); either way nd_duk_get_prop() must agree with duk_get_prop(). */
static const struct {
    const char *src, *key;
    int plain;
} aside[] = {
    /* a getter on a prototype: the general road calls it */
    {"(function () { var p = {}; Object.defineProperty(p, 'g',"
     " { get: function () { return 'got'; } }); var o = Object.create(p);"
     " o.x = 1; return o; })()", "g", 0},
    /* a Proxy decides with its trap, also one up the chain */
    {"new Proxy({}, { get: function (t, k) { return 'trap ' + String(k); } })",
     "a", 0},
    {"new Proxy({}, { get: function (t, k) { return 'trap ' + String(k); } })",
     "0", 0},
    {"Object.create(new Proxy({}, { get: function () { return 'deep'; } }))",
     "a", 0},
    /* exotic objects: an array's, a String object's, a typed array's */
    {"[10, 20, 30]", "length", 0},
    {"[10, 20, 30]", "1", 0},
    {"new String('abc')", "length", 0},
    {"new String('abc')", "2", 0},
    {"new Uint8Array([7, 8])", "length", 0},
    {"new Uint8Array([7, 8])", "1", 0},
    /* an index key on an ordinary object with an array part; its other
     * keys stay on the short road */
    {"(function () { var o = {}; o[0] = 'zero'; o.k = 'v'; return o; })()",
     "0", 0},
    {"(function () { var o = {}; o[0] = 'zero'; o.k = 'v'; return o; })()",
     "k", 1},
};

static void test_steps_aside(void) {
    duk_idx_t top = duk_get_top(ctx), o;
    size_t i;

    for (i = 0; i < sizeof(aside) / sizeof(aside[0]); i++) {
        eval(aside[i].src);
        o = duk_get_top_index(ctx);
        ND_CHECK_EQ(nd_duk_get_plain_raw(ctx, o, aside[i].key,
                                         strlen(aside[i].key)),
                    aside[i].plain);
        ND_CHECK_EQ(duk_get_top(ctx), top + 1 + aside[i].plain);
        duk_set_top(ctx, top + 1);
        check_same(o, aside[i].key);
        duk_pop(ctx);
    }

    /* The getter, through nd_duk_get_literal(): called. */
    eval(aside[0].src);
    nd_duk_get_literal(ctx, -1, "g");
    ND_CHECK_STR(duk_get_string(ctx, -1), "got");
    duk_pop_2(ctx);

    /* Not an object: nothing to read on the short road. */
    duk_push_string(ctx, "str");
    ND_CHECK_EQ(nd_duk_get_plain(ctx, -1, "length"), 0);
    ND_CHECK_EQ(duk_get_top(ctx), top + 1);
    duk_pop(ctx);
    ND_CHECK_EQ(duk_get_top(ctx), top);
}

/* The pairs nd_duk_push_own_pairs() pushes for the object src makes, as
 * "k=v,k=v", or "-1" when it declines (then nothing may be pushed). */
static void pairs_of(const char *src, const char *want) {
    char got[256] = "";
    duk_idx_t top, obj;
    duk_int_t i, n;

    eval(src);
    obj = duk_get_top_index(ctx);
    top = duk_get_top(ctx);
    n = nd_duk_push_own_pairs(ctx, obj);
    if (n < 0) {
        ND_CHECK_EQ(duk_get_top(ctx), top);
        snprintf(got, sizeof(got), "-1");
    }
    for (i = 0; i < n; i++) {
        size_t used = strlen(got);
        snprintf(got + used, sizeof(got) - used, "%s%s=%s", i ? "," : "",
                 duk_get_string(ctx, top + 2 * i),
                 duk_safe_to_string(ctx, top + 2 * i + 1));
    }
    ND_CHECK_STR(got, want);
    duk_set_top(ctx, obj);
}

static void test_own_pairs(void) {
    pairs_of("({ a: 'x', b: 2, c: 1.5 })", "a=x,b=2,c=1.5");
    pairs_of("({})", "");
    pairs_of("(function () { var o = { a: 1, b: 2, c: 3 }; delete o.b;"
             " o.d = 4; return o; })()", "a=1,c=3,d=4");
    pairs_of("(function () { var o = Object.create({ inh: 1 }); o.own = 2;"
             " Object.defineProperty(o, 'hid', { value: 3 });"
             " o[Symbol('s')] = 4; return o; })()", "own=2");
    /* Declined: a getter, an index key, a value that is not a string or
     * a number, an exotic object. */
    pairs_of("({ a: 1, get g() { return 2; } })", "-1");
    pairs_of("({ a: 1, 0: 'zero' })", "-1");
    pairs_of("({ a: 1, b: ['l'] })", "-1");
    pairs_of("({ a: 1, b: true })", "-1");
    pairs_of("({ a: { toString: function () { return 'o'; } } })", "-1");
    pairs_of("['a', 'b']", "-1");
    pairs_of("new Proxy({ a: 1 }, {})", "-1");
}

/* An object made at its size is what `new F()` makes: F.prototype is
 * its prototype (instanceof holds, defaults are inherited), it is
 * extensible and takes more fields than it was made for, and it
 * enumerates and stringifies as any other. */
static void test_sized(void) {
    duk_idx_t base = duk_get_top(ctx);
    unsigned n;

    for (n = 0; n <= 20; n += 10) {
        eval("(function () { function F() {} F.prototype.d = 'def';"
             " return F; })()");
        duk_get_prop_string(ctx, -1, "prototype");
        nd_duk_push_object_sized(ctx, -1, n); /* [F proto obj] */
        duk_push_int(ctx, 7);
        duk_put_prop_string(ctx, -2, "a");
        ND_CHECK(duk_instanceof(ctx, -1, -3));
        ND_CHECK(duk_is_object(ctx, -1) && !duk_is_array(ctx, -1));
        duk_get_prop_string(ctx, -1, "d");
        ND_CHECK_STR(duk_get_string(ctx, -1), "def");
        duk_pop(ctx);
        eval("(function (o) { for (var i = 0; i < 30; i++) o['k' + i] = i;"
             " return Object.keys(o).length + ':' + o.k29 + ':' +"
             " Object.isExtensible(o) + ':' + JSON.stringify(o).length; })");
        duk_dup(ctx, -2);
        ND_CHECK_EQ(duk_pcall(ctx, 1), 0);
        ND_CHECK_STR(duk_get_string(ctx, -1), "31:29:true:257");
        duk_set_top(ctx, base);
    }
}

/* Evaluate src (a function of one object, returning a string) on the
 * object at obj; return what it says. */
static void describe(duk_idx_t obj, const char *src, char *out, size_t n) {
    eval(src);
    duk_dup(ctx, obj);
    ND_CHECK_EQ(duk_pcall(ctx, 1), 0);
    snprintf(out, n, "%s", duk_safe_to_string(ctx, -1));
    duk_pop(ctx);
}

/* nd_duk_put_plain(obj, "k") of a value on the object made by src: takes
 * the short road when `fast` (and must leave the object as duk_put_prop()
 * leaves a twin), else steps aside with the value still on the stack. */
static void put_case(const char *src, int fast) {
    static const char *show =
        "(function (o) { var d = Object.getOwnPropertyDescriptor(o, 'k');"
        " return JSON.stringify(d ? [d.value, d.writable, d.enumerable,"
        " d.configurable] : null) + ':' + Object.keys(o).join(',') + ':' +"
        " String(Object.getPrototypeOf(o) && Object.getPrototypeOf(o).k); })";
    char want[160], got[160];
    duk_idx_t base = duk_get_top(ctx);

    eval(src); /* base: the twin, written by a JS assignment */
    eval(src); /* base + 1 */
    duk_push_string(ctx, "v");
    ND_CHECK_EQ(nd_duk_put_plain(ctx, base + 1, "k"), fast);
    if (!fast) {
        ND_CHECK_EQ(duk_get_top(ctx), base + 3); /* the value stayed */
        duk_pop(ctx);
        duk_set_top(ctx, base);
        return;
    }
    ND_CHECK_EQ(duk_get_top(ctx), base + 2);
    eval("(function (o) { o.k = 'v'; })");
    duk_dup(ctx, base);
    ND_CHECK_EQ(duk_pcall(ctx, 1), 0);
    duk_pop(ctx);
    describe(base, show, want, sizeof(want));
    describe(base + 1, show, got, sizeof(got));
    ND_CHECK_STR(got, want);
    duk_set_top(ctx, base);
}

static void test_put_plain(void) {
    /* The short road: a new key, an own writable one, an inherited data
     * property (shadowed, the prototype's kept), a key a frozen object
     * further up does not have. */
    put_case("({ a: 1 })", 1);
    put_case("({ k: 'old', a: 1 })", 1);
    put_case("Object.create({ k: 'proto' })", 1);
    put_case("Object.create(Object.freeze({ other: 1 }))", 1);
    put_case("(function () { var o = {}; for (var i = 0; i < 20; i++)"
             " o['f' + i] = i; return o; })()", 1);
    /* Declined: setters and read-only properties, own or inherited; a
     * non-extensible object; exotic objects; an index key is tried below. */
    put_case("({ set k(v) {} })", 0);
    put_case("Object.defineProperty({}, 'k', { value: 1 })", 0);
    put_case("Object.create({ set k(v) {} })", 0);
    put_case("Object.create(Object.defineProperty({}, 'k', { value: 1 }))", 0);
    put_case("Object.preventExtensions({ a: 1 })", 0);
    put_case("['x']", 0);
    put_case("new Proxy({}, {})", 0);
    put_case("Object.create(new Proxy({}, {}))", 0);
    put_case("new Uint8Array(2)", 0);
    eval("({})");
    duk_push_int(ctx, 1);
    ND_CHECK_EQ(nd_duk_put_plain(ctx, -2, "0"), 0);
    duk_pop_2(ctx);
}

int main(void) {
    nd_engine_options_t opts;
    nd_engine_t *e;

    memset(&opts, 0, sizeof(opts));
    ND_CHECK_EQ(nd_engine_create(&e, &opts), 0);
    ctx = nd_engine_ctx(e);
    ND_RUN(test_plain);
    ND_RUN(test_steps_aside);
    ND_RUN(test_own_pairs);
    ND_RUN(test_sized);
    ND_RUN(test_put_plain);
    nd_engine_destroy(e);
    ND_DONE("test-duk-fast");
}
