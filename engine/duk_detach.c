/*
 * duk_detach.c - Duktape itself, plus things its public API lacks:
 * detaching an ArrayBuffer (duk_detach.h), for postMessage's transferList;
 * and reading and writing a plain data property without the general
 * property machinery, and making an object at its size (duk_fast.h, at
 * the end of this file), for the C code on hot paths (the http server,
 * emit, handle checks).
 *
 * This file IS the Duktape library: engine/meson.build compiles it instead
 * of duktape.c, which it includes, so the functions below share Duktape's
 * translation unit and can see its internal structures.  Nothing of
 * Duktape is changed; functions are added.
 *
 * What Duktape keeps (read in Debian's duktape.c, version 2.7.0):
 *
 *   - An ArrayBuffer, a typed array and a DataView are all a duk_hbufobj:
 *     an object with `buf` (the duk_hbuffer holding the bytes; fixed,
 *     dynamic or external), `offset` and `length` (the byte slice it
 *     shows) and `shift` (element size).  A view made over an ArrayBuffer
 *     points at the SAME duk_hbuffer (and at the ArrayBuffer through
 *     `buf_prop`).  There is no list of the views of a buffer.
 *   - `byteLength`, `byteOffset`, a typed array's `length` and its indices
 *     are read from the duk_hbufobj's own offset/length each time; no
 *     copy of them is cached anywhere else.
 *   - Every byte access through a duk_hbufobj first checks that its slice
 *     still fits the duk_hbuffer's CURRENT size (DUK_HBUFOBJ_VALID_SLICE,
 *     DUK_HBUFOBJ_VALID_BYTEOFFSET_*, DUK_HBUFOBJ_CLAMP_BYTELENGTH):
 *     Duktape supports a dynamic buffer shrinking under its views (the
 *     public duk_resize_buffer() does it); reads then give undefined/0 and
 *     writes are ignored.  So a duk_hbuffer whose size is 0 is a state
 *     Duktape already handles with any view on it.
 *   - Every duk_hbufobj whose `buf` is set holds one reference to that
 *     duk_hbuffer (DUK_HBUFFER_INCREF wherever Duktape sets `buf`), and
 *     reference counts stay exact across mark-and-sweep; so the
 *     duk_hbuffer's refcount bounds the number of views on it.
 *   - Every live heap object is on heap->heap_allocated, or on
 *     heap->finalize_list while it waits for its finalizer
 *     (heap->refzero_list is empty outside a DECREF cascade, and native
 *     code never runs inside one).
 *
 * How a detach works:
 *
 *   1. Walk both lists (only until all are found, see Cost below); every
 *      duk_hbufobj whose `buf` is the ArrayBuffer's
 *      duk_hbuffer (the ArrayBuffer itself, its views, and any other
 *      ArrayBuffer Duktape spawned for one of those views' `.buffer`) gets
 *      offset 0 and length 0.  That is only a store to two fields: the walk
 *      allocates nothing, so no garbage collection can change the lists
 *      under it.  Views then report length/byteLength/byteOffset 0 as
 *      Node's do, and an index reads undefined.
 *   2. The duk_hbuffer's size is set to 0.  Its storage is NOT freed or
 *      moved: it is released with the duk_hbuffer, when the garbage
 *      collector frees it (fixed: the storage is part of the allocation;
 *      dynamic: duk_free_hbuffer frees `curr_alloc` whatever the size;
 *      external: owned by whoever configured it, as before).  So a pointer
 *      that native code took earlier stays valid as long as it was valid
 *      before, and nothing is freed that anything may still reference.
 *      With size 0, no path in Duktape reaches the old bytes.
 *   3. A hidden property marks the ArrayBuffer object as detached, so a
 *      later clone of it can fail as Node's does.
 *
 * The message's copy of the bytes is made before the detach, by the
 * serializer (engine/clone.c), like any other ArrayBuffer.
 *
 * Cost: the walk stops once it has met as many buffer objects on the
 * bytes as the duk_hbuffer has references: at once for a buffer without
 * views (refcount 1); objects are added at the head of heap_allocated,
 * so recent views are met early.  In the worst case (an old view, or the
 * bytes also referenced as a plain buffer) it visits every object of the
 * heap once per transferred ArrayBuffer.
 *
 * Layout dependence: the fields and macros used here (duk_hbufobj's buf,
 * offset, length; duk_heap's heap_allocated and finalize_list;
 * DUK_HEAPHDR_GET_NEXT, DUK_HBUFFER_SET_SIZE, ...; and for duk_fast.h the
 * entry part, its flags and the functions named in its sections) are
 * Duktape 2.7's internals.  The version check below stops the build on any other
 * Duktape release: re-read the points above in the new duktape.c, then
 * update the check.
 *
 * Threading: a call touches only the heap of its ctx, on that heap's
 * thread.
 */
#include "duktape.c"

#include "duk_detach.h"
#include "duk_fast.h"

#if DUK_VERSION != 20700L
#error "engine/duk_detach.c relies on Duktape 2.7.0's internal layout: review it for this Duktape version"
#endif
#if !defined(DUK_USE_BUFFEROBJECT_SUPPORT)
#error "engine/duk_detach.c needs Duktape's buffer objects (DUK_USE_BUFFEROBJECT_SUPPORT)"
#endif
#if !defined(DUK_USE_LITCACHE_SIZE)
#error "engine/duk_detach.c's plain reads rely on the literal cache pinning their keys (DUK_USE_LITCACHE_SIZE)"
#endif
#if !defined(DUK_USE_REFERENCE_COUNTING)
#error "engine/duk_detach.c bounds its heap walk by reference counts (DUK_USE_REFERENCE_COUNTING)"
#endif

#define DETACHED_KEY DUK_HIDDEN_SYMBOL("ndDetached")

/* Empty the slice of every buffer object on the list that shows target,
 * until `left` of them have been found (each holds one of target's
 * references, so no more can exist).  Returns the new `left`. */
static duk_size_t empty_views(duk_heap *heap, duk_heaphdr *list,
                              duk_hbuffer *target, duk_size_t left) {
    duk_heaphdr *h;

    DUK_UNREF(heap); /* used by DUK_HEAPHDR_GET_NEXT only with DUK_USE_HEAPPTR16 */
    for (h = list; h != NULL && left > 0; h = DUK_HEAPHDR_GET_NEXT(heap, h)) {
        duk_hbufobj *b;

        if (DUK_HEAPHDR_GET_TYPE(h) != DUK_HTYPE_OBJECT ||
            !DUK_HOBJECT_IS_BUFOBJ((duk_hobject *)h))
            continue;
        b = (duk_hbufobj *)h;
        if (b->buf == target) {
            b->offset = 0;
            b->length = 0;
            left--;
        }
    }
    return left;
}

/* The ArrayBuffer at idx, or NULL if the value is something else. */
static duk_hbufobj *get_arraybuffer(duk_hthread *thr, duk_idx_t idx) {
    duk_hobject *o = duk_get_hobject(thr, idx);

    if (o == NULL || !DUK_HOBJECT_IS_BUFOBJ(o) ||
        DUK_HOBJECT_GET_CLASS_NUMBER(o) != DUK_HOBJECT_CLASS_ARRAYBUFFER)
        return NULL;
    return (duk_hbufobj *)o;
}

/* see duk_detach.h */
int nd_duk_detach_arraybuffer(duk_context *ctx, duk_idx_t idx) {
    duk_hthread *thr = (duk_hthread *)ctx;
    duk_hbufobj *ab;
    duk_hbuffer *target;

    idx = duk_require_normalize_index(ctx, idx);
    ab = get_arraybuffer(thr, idx);
    if (ab == NULL)
        return 0;
    target = ab->buf;
    if (target != NULL) {
        duk_size_t left = DUK_HEAPHDR_GET_REFCOUNT((duk_heaphdr *)target);

        left = empty_views(thr->heap, thr->heap->heap_allocated, target, left);
#if defined(DUK_USE_FINALIZER_SUPPORT)
        (void)empty_views(thr->heap, thr->heap->finalize_list, target, left);
#endif
        DUK_HBUFFER_SET_SIZE(target, 0);
    }
    ab->offset = 0;
    ab->length = 0;
    /* Allocates: only now that the walk is over.  Forced, so that a
     * non-extensible ArrayBuffer is marked too. */
    duk_push_string(ctx, DETACHED_KEY);
    duk_push_true(ctx);
    duk_def_prop(ctx, idx, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
    return 1;
}

/* see duk_detach.h */
int nd_duk_is_detached(duk_context *ctx, duk_idx_t idx) {
    duk_hthread *thr = (duk_hthread *)ctx;
    int detached;

    idx = duk_require_normalize_index(ctx, idx);
    if (get_arraybuffer(thr, idx) == NULL)
        return 0;
    duk_get_prop_string(ctx, idx, DETACHED_KEY);
    detached = duk_get_boolean(ctx, -1);
    duk_pop(ctx);
    return detached;
}

/* ---- plain property reads (duk_fast.h) ----------------------------------
 *
 * What Duktape keeps (duktape.c 2.7.0): an object's own properties are in
 * its entry part (keys, values, flags; with a hash part past a few
 * entries), found by duk_hobject_find_entry(); array-index keys may be in
 * a separate array part instead.  Objects whose properties are not all
 * in those tables (arrays' length, String objects' characters, buffer
 * objects' bytes and length, arguments objects' mapping, Proxies' traps)
 * carry one of DUK_HOBJECT_EXOTIC_BEHAVIOR_FLAGS.  An accessor's entry
 * holds a getter, not a value.  So for a non-index key, on a chain of
 * objects without those flags, the first entry found is the answer
 * duk_hobject_getprop() would give, if it is not an accessor. */

/* Find key on obj or up its prototype chain, as an ordinary data
 * property.  Returns its value, or NULL with *plain 1 when no object on
 * the chain has it, or NULL with *plain 0 when the general road must
 * decide (see duk_fast.h).  Allocates nothing. */
static duk_tval *find_plain(duk_heap *heap, duk_hobject *obj, duk_hstring *k,
                            int *plain) {
    duk_int_t e_idx, h_idx;
    duk_int_t sanity = DUK_HOBJECT_PROTOTYPE_CHAIN_SANITY;

    *plain = 0;
    if (DUK_HSTRING_HAS_ARRIDX(k))
        return NULL; /* might live in an array part */
    while (obj != NULL && --sanity > 0) {
        if (DUK_HOBJECT_HAS_EXOTIC_BEHAVIOR(obj))
            return NULL; /* arrays, strings, buffers, arguments, Proxies */
        if (duk_hobject_find_entry(heap, obj, k, &e_idx, &h_idx)) {
            if (DUK_HOBJECT_E_SLOT_IS_ACCESSOR(heap, obj, e_idx))
                return NULL; /* a getter to call */
            *plain = 1;
            return DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(heap, obj, e_idx);
        }
        obj = DUK_HOBJECT_GET_PROTOTYPE(heap, obj);
    }
    *plain = obj == NULL; /* else a chain too long: Duktape reports it */
    return NULL;
}

/* see duk_fast.h */
int nd_duk_get_plain_raw(duk_context *ctx, duk_idx_t idx, const char *key,
                         duk_size_t len) {
    duk_hthread *thr = (duk_hthread *)ctx;
    duk_hobject *obj;
    duk_hstring *k;
    duk_tval *tv;
    int plain;

    /* The key first: interning it may allocate (the first time only: the
     * literal cache then pins the string), and so collect garbage.  From
     * here on nothing allocates, so the object pointers stay valid. */
    k = duk_heap_strtable_intern_literal_checked(thr, (const duk_uint8_t *)key,
                                                 (duk_uint32_t)len);
    /* A real object only: not a lightfunc or a plain buffer, whose
     * properties are virtual. */
    obj = duk_get_hobject(ctx, idx);
    if (obj == NULL)
        return 0;
    tv = find_plain(thr->heap, obj, k, &plain);
    if (tv != NULL)
        duk_push_tval(ctx, tv);
    else if (plain)
        duk_push_undefined(ctx);
    return plain;
}

/* see duk_fast.h */
void nd_duk_get_prop(duk_context *ctx, duk_idx_t idx) {
    duk_hthread *thr = (duk_hthread *)ctx;
    duk_tval *key = duk_get_tval(ctx, -1), *tv;
    int plain = 0;

    idx = duk_require_normalize_index(ctx, idx);
    if (key != NULL && DUK_TVAL_IS_STRING(key) &&
        duk_get_hobject(ctx, idx) != NULL) {
        tv = find_plain(thr->heap, duk_get_hobject(ctx, idx),
                        DUK_TVAL_GET_STRING(key), &plain);
        if (tv != NULL)
            duk_push_tval(ctx, tv);
        else if (plain)
            duk_push_undefined(ctx);
    }
    if (plain)
        duk_replace(ctx, -2); /* the value where the key was */
    else
        (void)duk_get_prop(ctx, idx);
}

/* Can the own pairs of obj be read from its entry part alone, each a
 * string or number value?  Returns their count, or -1.  Allocates
 * nothing. */
static duk_int_t count_plain_pairs(duk_heap *heap, duk_hobject *obj) {
    duk_uint_fast32_t i, n;
    duk_int_t count = 0;
    duk_hstring *k;
    duk_tval *tv;

    if (DUK_HOBJECT_HAS_EXOTIC_BEHAVIOR(obj) ||
        (DUK_HOBJECT_HAS_ARRAY_PART(obj) && DUK_HOBJECT_GET_ASIZE(obj) > 0))
        return -1;
    n = DUK_HOBJECT_GET_ENEXT(obj);
    for (i = 0; i < n; i++) {
        k = DUK_HOBJECT_E_GET_KEY(heap, obj, i);
        if (k == NULL || DUK_HSTRING_HAS_SYMBOL(k) ||
            !DUK_HOBJECT_E_SLOT_IS_ENUMERABLE(heap, obj, i))
            continue; /* deleted, a symbol or hidden: enumeration skips */
        if (DUK_HSTRING_HAS_ARRIDX(k) ||
            DUK_HOBJECT_E_SLOT_IS_ACCESSOR(heap, obj, i))
            return -1; /* ordering rules, or a getter to call */
        tv = DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(heap, obj, i);
        if (!DUK_TVAL_IS_STRING(tv) && !DUK_TVAL_IS_NUMBER(tv))
            return -1;
        count++;
    }
    return count;
}

/* see duk_fast.h */
duk_int_t nd_duk_push_own_pairs(duk_context *ctx, duk_idx_t idx) {
    duk_hthread *thr = (duk_hthread *)ctx;
    duk_hobject *obj = duk_get_hobject(ctx, idx);
    duk_uint_fast32_t i, n;
    duk_int_t count;
    duk_hstring *k;

    if (obj == NULL || (count = count_plain_pairs(thr->heap, obj)) < 0)
        return -1;
    /* Growing the value stack may collect garbage, which may compact
     * obj's tables: read them again afterwards (same entries, same
     * order), and allocate nothing while pushing. */
    duk_require_stack(ctx, 2 * count);
    obj = duk_get_hobject(ctx, idx);
    n = DUK_HOBJECT_GET_ENEXT(obj);
    for (i = 0; i < n; i++) {
        k = DUK_HOBJECT_E_GET_KEY(thr->heap, obj, i);
        if (k == NULL || DUK_HSTRING_HAS_SYMBOL(k) ||
            !DUK_HOBJECT_E_SLOT_IS_ENUMERABLE(thr->heap, obj, i))
            continue;
        duk_push_hstring(thr, k);
        duk_push_tval(ctx, DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, obj, i));
    }
    return count;
}

/* ---- objects made at their size (duk_fast.h) ----------------------------
 *
 * `new F()` makes an ordinary extensible object (duk_push_object()'s
 * flags) whose prototype is F.prototype, with an empty entry part; each
 * field F's constructor then adds that does not fit grows the part by a
 * few slots (duk__get_min_grow_e()), reallocating it.  Here the same
 * object is made with its entry part (and hash part, past
 * DUK_USE_HOBJECT_HASH_PROP_LIMIT entries) at once. */

/* see duk_fast.h */
void nd_duk_push_object_sized(duk_context *ctx, duk_idx_t proto_idx,
                              duk_uint_t entries) {
    duk_hthread *thr = (duk_hthread *)ctx;
    duk_hobject *proto = duk_require_hobject(thr, proto_idx);
    duk_hobject *obj;

    obj = duk_push_object_helper_proto(
        thr,
        DUK_HOBJECT_FLAG_EXTENSIBLE | DUK_HOBJECT_FLAG_FASTREFS |
            DUK_HOBJECT_CLASS_AS_FLAGS(DUK_HOBJECT_CLASS_OBJECT),
        proto);
    if (entries > 0)
        duk_hobject_resize_entrypart(thr, obj, (duk_uint32_t)entries);
}

/* ---- plain property writes (duk_fast.h) ---------------------------------
 *
 * obj.key = value, for an ordinary object ([[Set]] of ES5.1 8.12.5):
 * an own data property that is writable takes the value; an own accessor
 * or read-only property, or one of those met first up the prototype
 * chain, is left to Duktape's putprop (a setter to call, a write to
 * refuse); otherwise, on an extensible object, a new own data property
 * (writable, enumerable, configurable) is made.  The chain is walked as
 * find_plain() walks it, stepping aside at any exotic object.
 *
 * What Duktape keeps, beyond the reads' part above: an entry's flags
 * (DUK_HOBJECT_E_GET_FLAGS: DUK_PROPDESC_FLAG_WRITABLE, _ACCESSOR, ...);
 * a new entry is appended by duk__hobject_alloc_entry_checked(), which
 * grows the entry part and the hash part when needed and takes a
 * reference to the key, as duk_hobject_define_property_internal() does
 * for a key that is no array index; a value is stored with
 * DUK_TVAL_SET_TVAL_UPDREF, which takes the new value's reference and
 * drops the old one's (which may run a finalizer, as any write may). */

/* Is obj's entry e_idx a writable data property? */
static int writable_data(duk_heap *heap, duk_hobject *obj, duk_int_t e_idx) {
    duk_small_uint_t flags = DUK_HOBJECT_E_GET_FLAGS(heap, obj, e_idx);

    return !(flags & DUK_PROPDESC_FLAG_ACCESSOR) &&
           (flags & DUK_PROPDESC_FLAG_WRITABLE);
}

/* see duk_fast.h */
int nd_duk_put_plain_raw(duk_context *ctx, duk_idx_t idx, const char *key,
                         duk_size_t len) {
    duk_hthread *thr = (duk_hthread *)ctx;
    duk_heap *heap = thr->heap;
    duk_hobject *obj, *p;
    duk_hstring *k;
    duk_int_t e_idx, h_idx;
    duk_int_t sanity = DUK_HOBJECT_PROTOTYPE_CHAIN_SANITY;
    duk_tval *slot;

    k = duk_heap_strtable_intern_literal_checked(thr, (const duk_uint8_t *)key,
                                                 (duk_uint32_t)len);
    obj = duk_get_hobject(ctx, idx);
    if (obj == NULL || DUK_HSTRING_HAS_ARRIDX(k) ||
        DUK_HOBJECT_HAS_EXOTIC_BEHAVIOR(obj))
        return 0;
    if (duk_hobject_find_entry(heap, obj, k, &e_idx, &h_idx)) {
        if (!writable_data(heap, obj, e_idx))
            return 0;
        slot = DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(heap, obj, e_idx);
        DUK_TVAL_SET_TVAL_UPDREF(thr, slot, duk_get_tval(ctx, -1));
        duk_pop(ctx);
        return 1;
    }
    for (p = DUK_HOBJECT_GET_PROTOTYPE(heap, obj); p != NULL;
         p = DUK_HOBJECT_GET_PROTOTYPE(heap, p)) {
        if (--sanity <= 0 || DUK_HOBJECT_HAS_EXOTIC_BEHAVIOR(p))
            return 0;
        if (duk_hobject_find_entry(heap, p, k, &e_idx, &h_idx)) {
            if (!writable_data(heap, p, e_idx))
                return 0;
            break; /* an inherited data property: shadowed */
        }
    }
    if (!DUK_HOBJECT_HAS_EXTENSIBLE(obj))
        return 0;
    /* A new entry (what duk_hobject_define_property_internal() does for a
     * key that is not an index and not there yet): it may grow the
     * entry part, which allocates; obj, on the stack, stays put. */
    e_idx = duk__hobject_alloc_entry_checked(thr, obj, k);
    DUK_HOBJECT_E_SET_FLAGS(heap, obj, e_idx, DUK_PROPDESC_FLAGS_WEC);
    slot = DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(heap, obj, e_idx);
    DUK_TVAL_SET_UNDEFINED(slot);
    DUK_TVAL_SET_TVAL_UPDREF(thr, slot, duk_get_tval(ctx, -1));
    duk_pop(ctx);
    return 1;
}
