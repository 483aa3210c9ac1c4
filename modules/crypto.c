/*
 * crypto.c - internalBinding('crypto'): the binding table and what its
 * files share (see crypto_binding.h): native state objects, results as
 * ArrayBuffers, OpenSSL-shaped errors, the digest table and pool jobs.
 * It also owns the two small primitives that need nothing else: random
 * bytes from the OS (randomFill, synchronous or on the pool) and
 * timingSafeEqual.
 *
 * Every random byte comes from nd_sys_random() (loop/sys.h), the OS's
 * cryptographic source; nothing here keeps a generator of its own.  Key
 * generation seeds BearSSL's HMAC-DRBG from it (nd__crypto_seed).
 *
 * Threading: the engine's thread; the run() of a job on a pool thread.
 */
#include <stdlib.h>
#include <string.h>

#include "../engine/utf8.h"
#include "../loop/sys.h"
#include "crypto_binding.h"

#define KEY_STATE DUK_HIDDEN_SYMBOL("cryptoState")
#define KEY_TYPE  DUK_HIDDEN_SYMBOL("cryptoType")

/* ---- native state objects ----------------------------------------------- */

/* Finalizer of states that hold secrets: zero the bytes before the
 * collector frees them. */
static duk_ret_t wipe_state(duk_context *ctx) {
    duk_size_t size = 0;
    void *p;

    duk_get_prop_string(ctx, 0, KEY_STATE);
    p = duk_get_buffer(ctx, -1, &size);
    if (p != NULL)
        memset(p, 0, size);
    return 0;
}

/* see crypto_binding.h */
void *nd__crypto_push_state(duk_context *ctx, const nd_handle_type_t *type,
                            size_t size, int wipe) {
    void *p;

    duk_push_bare_object(ctx);
    p = duk_push_fixed_buffer(ctx, size); /* zero-filled */
    duk_put_prop_string(ctx, -2, KEY_STATE);
    duk_push_pointer(ctx, (void *)type);
    duk_put_prop_string(ctx, -2, KEY_TYPE);
    if (wipe) {
        duk_push_c_function(ctx, wipe_state, 1);
        duk_set_finalizer(ctx, -2);
    }
    return p;
}

/* see crypto_binding.h */
void *nd__crypto_state(duk_context *ctx, duk_idx_t idx,
                       const nd_handle_type_t *type, size_t *size) {
    duk_size_t n = 0;
    void *p = NULL;

    idx = duk_normalize_index(ctx, idx);
    if (duk_is_object(ctx, idx)) {
        duk_get_prop_string(ctx, idx, KEY_TYPE);
        if (duk_get_pointer(ctx, -1) == (void *)type) {
            duk_get_prop_string(ctx, idx, KEY_STATE);
            p = duk_get_buffer(ctx, -1, &n);
            duk_pop(ctx);
        }
        duk_pop(ctx);
    }
    if (p == NULL)
        nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_HANDLE",
                 "The \"handle\" argument must be a %s handle", type->name);
    if (size != NULL)
        *size = n;
    return p;
}

/* ---- results and inputs ------------------------------------------------- */

/* see crypto_binding.h */
unsigned char *nd__crypto_push_bytes(duk_context *ctx, size_t size) {
    unsigned char *p = duk_push_fixed_buffer(ctx, size);

    duk_push_buffer_object(ctx, -1, 0, size, DUK_BUFOBJ_ARRAYBUFFER);
    duk_remove(ctx, -2);
    return size > 0 ? p : NULL;
}

/* see crypto_binding.h */
void nd__crypto_push_copy(duk_context *ctx, const void *p, size_t size) {
    unsigned char *out = nd__crypto_push_bytes(ctx, size);

    if (size > 0)
        memcpy(out, p, size);
}

/* see crypto_binding.h */
const unsigned char *nd__crypto_bytes(duk_context *ctx, duk_idx_t idx,
                                      const char *name, size_t *len) {
    duk_size_t size = 0;
    const unsigned char *p;

    if (duk_is_string(ctx, idx))
        return (const unsigned char *)nd_utf8_encode(ctx, idx, len);
    if (!duk_is_buffer_data(ctx, idx))
        nd_throw_arg_type(ctx, idx, name,
                          "of type string or an instance of ArrayBuffer, "
                          "Buffer, TypedArray, or DataView");
    p = duk_get_buffer_data(ctx, idx, &size);
    *len = size;
    return p != NULL ? p : (const unsigned char *)"";
}

/* see crypto_binding.h */
void nd__crypto_push_ossl(duk_context *ctx, const char *code, const char *hex,
                          const char *library, const char *reason) {
    nd_push_error(ctx, DUK_ERR_ERROR, code, "error:%s:%s::%s", hex, library,
                  reason);
    duk_push_string(ctx, library);
    duk_put_prop_string(ctx, -2, "library");
    duk_push_string(ctx, reason);
    duk_put_prop_string(ctx, -2, "reason");
    /* Node lists code last: move it behind library and reason. */
    duk_get_prop_string(ctx, -1, "code");
    duk_del_prop_string(ctx, -2, "code");
    duk_put_prop_string(ctx, -2, "code");
}

/* see crypto_binding.h */
duk_ret_t nd__crypto_throw_ossl(duk_context *ctx, const char *code,
                                const char *hex, const char *library,
                                const char *reason) {
    nd__crypto_push_ossl(ctx, code, hex, library, reason);
    return duk_throw(ctx);
}

/* ---- digests ------------------------------------------------------------ */

/* MD5's OID (1.2.840.113549.2.5), in the form BearSSL's RSA code takes;
 * BearSSL names the SHA ones itself. */
#define OID_MD5 ((const unsigned char *)"\x08\x2A\x86\x48\x86\xF7\x0D\x02\x05")

static const nd__digest_t digests[] = {
    {"md5", &br_md5_vtable, OID_MD5},
    {"sha1", &br_sha1_vtable, BR_HASH_OID_SHA1},
    {"sha224", &br_sha224_vtable, BR_HASH_OID_SHA224},
    {"sha256", &br_sha256_vtable, BR_HASH_OID_SHA256},
    {"sha384", &br_sha384_vtable, BR_HASH_OID_SHA384},
    {"sha512", &br_sha512_vtable, BR_HASH_OID_SHA512},
};

/* Other spellings OpenSSL accepts for the same digests (after lowering
 * case and dropping an "rsa-" prefix or a "withrsaencryption" suffix). */
static const struct {
    const char *alias, *name;
} digest_aliases[] = {
    {"sha-1", "sha1"},      {"sha1-2", "sha1"},     {"ssl3-sha1", "sha1"},
    {"ssl3-md5", "md5"},    {"sha-224", "sha224"},  {"sha2-224", "sha224"},
    {"sha-256", "sha256"},  {"sha2-256", "sha256"}, {"sha-384", "sha384"},
    {"sha2-384", "sha384"}, {"sha-512", "sha512"},  {"sha2-512", "sha512"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* see crypto_binding.h */
int nd__crypto_lower(const char *name, char *out, size_t size) {
    size_t i, n = strlen(name);

    if (n >= size)
        return -1;
    for (i = 0; i <= n; i++) {
        char c = name[i];
        out[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return 0;
}

/* see crypto_binding.h */
const nd__digest_t *nd__crypto_digest(const char *name) {
    char low[40];
    size_t i, n = strlen(name);
    const char *key = low;

    if (nd__crypto_lower(name, low, sizeof(low)) < 0)
        return NULL;
    if (strncmp(low, "rsa-", 4) == 0)
        key += 4;
    else if (n > 17 && strcmp(low + n - 17, "withrsaencryption") == 0)
        low[n - 17] = '\0';
    for (i = 0; i < COUNT(digest_aliases); i++)
        if (strcmp(key, digest_aliases[i].alias) == 0)
            key = digest_aliases[i].name;
    for (i = 0; i < COUNT(digests); i++)
        if (strcmp(key, digests[i].name) == 0)
            return &digests[i];
    return NULL;
}

/* see crypto_binding.h */
const nd__digest_t *nd__crypto_check_digest(duk_context *ctx, duk_idx_t idx) {
    const char *name = nd_check_string(ctx, idx, "digest", NULL);
    const nd__digest_t *d = nd__crypto_digest(name);

    if (d == NULL)
        nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_DIGEST",
                 "Invalid digest: %s", name);
    return d;
}

/* see crypto_binding.h */
size_t nd__digest_size(const nd__digest_t *d) {
    return (size_t)((d->vtable->desc >> BR_HASHDESC_OUT_OFF) &
                    BR_HASHDESC_OUT_MASK);
}

/* digestSize(name) -> the output size in bytes, or -1 if unknown */
static duk_ret_t c_digest_size(duk_context *ctx) {
    const nd__digest_t *d =
        nd__crypto_digest(nd_check_string(ctx, 0, "name", NULL));

    duk_push_int(ctx, d != NULL ? (int)nd__digest_size(d) : -1);
    return 1;
}

/* ---- pool jobs ---------------------------------------------------------- */

static void job_release(duk_context *ctx, nd__crypto_job_t *job) {
    nd_unpin(ctx, job->cb);
    nd_unpin(ctx, job->data);
    job->release(job);
}

static void job_work(nd_work_req_t *req) {
    nd__crypto_job_t *job = req->data;

    job->run(job);
}

/* Call job->push() protected, so that an error (an allocation failure,
 * or the error the job reports) never escapes: leaves the result or the
 * error on the stack and returns whether it is a result. */
static duk_ret_t push_result(duk_context *ctx, void *udata) {
    nd__crypto_job_t *job = udata;

    if (job->push(ctx, job) < 0)
        return duk_throw(ctx);
    return 1;
}

static int job_push(duk_context *ctx, nd__crypto_job_t *job) {
    return duk_safe_call(ctx, push_result, job, 0, 1) == DUK_EXEC_SUCCESS;
}

static void job_after(nd_work_req_t *req, int status) {
    nd__crypto_job_t *job = req->data;
    duk_context *ctx = nd_engine_ctx(job->engine);
    int argc = 2; /* cb(null, result) */

    if (nd_engine_exiting(job->engine) || status < 0) {
        job_release(ctx, job); /* nobody is listening any more */
        return;
    }
    nd_pin_push(ctx, job->cb);
    duk_push_null(ctx);
    if (!job_push(ctx, job)) {
        duk_remove(ctx, -2); /* cb(err) */
        argc = 1;
    }
    job_release(ctx, job);
    nd_engine_call(nd_engine_get(ctx), argc);
    duk_pop(ctx);
}

/* see crypto_binding.h */
duk_ret_t nd__crypto_job_submit(duk_context *ctx, nd__crypto_job_t *job,
                                duk_idx_t cb_idx) {
    nd_engine_t *e = nd_engine_get(ctx);
    int rc;

    job->engine = e;
    if (duk_is_undefined(ctx, cb_idx)) {
        job->run(job);
        rc = job_push(ctx, job);
        job_release(ctx, job);
        return rc ? 1 : duk_throw(ctx);
    }
    if (!duk_is_function(ctx, cb_idx)) {
        job_release(ctx, job);
        return nd_throw_arg_type(ctx, cb_idx, "callback", "function");
    }
    job->cb = nd_pin(ctx, cb_idx);
    job->req.data = job;
    rc = nd_queue_work(nd_engine_loop(e), &job->req, ND_WORK_CPU, job_work,
                       job_after);
    if (rc < 0) {
        job_release(ctx, job);
        return nd_throw_syserr(ctx, rc, "crypto", NULL, NULL);
    }
    return 0;
}

/* ---- random bytes ------------------------------------------------------- */

/* see crypto_binding.h */
int nd__crypto_seed(unsigned char seed[48]) {
    return nd_sys_random(seed, 48);
}

typedef struct {
    nd__crypto_job_t base;
    size_t offset, size;
    int err;
    unsigned char bytes[]; /* filled on the pool, copied in after */
} random_job_t;

static void random_run(nd__crypto_job_t *job) {
    random_job_t *r = (random_job_t *)job;

    r->err = nd_sys_random(r->bytes, r->size);
}

/* Copy the bytes into the buffer, which the job kept alive. */
static int random_push(duk_context *ctx, nd__crypto_job_t *job) {
    random_job_t *r = (random_job_t *)job;
    duk_size_t len = 0;
    unsigned char *p;

    if (r->err < 0) {
        nd_push_syserr(ctx, r->err, "getrandom", NULL, NULL);
        return -1;
    }
    nd_pin_push(ctx, job->data);
    p = duk_get_buffer_data(ctx, -1, &len);
    duk_pop(ctx);
    if (p != NULL && r->offset <= len && r->size <= len - r->offset)
        memcpy(p + r->offset, r->bytes, r->size);
    duk_push_undefined(ctx);
    return 0;
}

static void random_release(nd__crypto_job_t *job) {
    random_job_t *r = (random_job_t *)job;

    memset(r->bytes, 0, r->size);
    free(r);
}

/* randomFill(buffer, offset, size[, cb]): fill buffer[offset ..
 * offset + size) with random bytes, now or on the pool. */
static duk_ret_t c_random_fill(duk_context *ctx) {
    size_t len, offset, size;
    unsigned char *p = nd_check_buffer(ctx, 0, "buf", &len);
    random_job_t *r;
    int err;

    offset = (size_t)nd_check_integer(ctx, 1, "offset", 0, (int64_t)len);
    size = (size_t)nd_check_integer(ctx, 2, "size", 0, (int64_t)(len - offset));
    if (duk_is_undefined(ctx, 3)) {
        err = size > 0 ? nd_sys_random(p + offset, size) : 0;
        if (err < 0)
            return nd_throw_syserr(ctx, err, "getrandom", NULL, NULL);
        return 0;
    }
    r = calloc(1, sizeof(*r) + size);
    if (r == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "randomFill", NULL, NULL);
    r->offset = offset;
    r->size = size;
    r->base.run = random_run;
    r->base.push = random_push;
    r->base.release = random_release;
    r->base.data = nd_pin(ctx, 0);
    return nd__crypto_job_submit(ctx, &r->base, 3);
}

/* timingSafeEqual(a, b): compare two buffers of equal length in a time
 * that depends only on the length. */
static duk_ret_t c_timing_safe_equal(duk_context *ctx) {
    size_t alen, blen, i;
    const unsigned char *a = nd_check_buffer(ctx, 0, "buf1", &alen);
    const unsigned char *b = nd_check_buffer(ctx, 1, "buf2", &blen);
    unsigned diff = 0;

    if (alen != blen)
        return nd_throw(ctx, DUK_ERR_RANGE_ERROR,
                        "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
                        "Input buffers must have the same byte length");
    for (i = 0; i < alen; i++)
        diff |= (unsigned)(a[i] ^ b[i]);
    duk_push_boolean(ctx, diff == 0);
    return 1;
}

/* ---- the binding -------------------------------------------------------- */

static const duk_function_list_entry functions[] = {
    {"digestSize", c_digest_size, 1},
    {"randomFill", c_random_fill, 4},
    {"timingSafeEqual", c_timing_safe_equal, 2},
    {NULL, NULL, 0},
};

duk_ret_t nd_mod_crypto_open(duk_context *ctx) {
    duk_idx_t obj = duk_push_object(ctx);
    size_t i;

    duk_put_function_list(ctx, obj, functions);
    duk_push_array(ctx);
    for (i = 0; i < COUNT(digests); i++) {
        duk_push_string(ctx, digests[i].name);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    duk_put_prop_string(ctx, obj, "hashes");
    nd__crypto_hash_init(ctx, obj);
    nd__crypto_kdf_init(ctx, obj);
    nd__crypto_cipher_init(ctx, obj);
    nd__crypto_keys_init(ctx, obj);
    nd__crypto_sign_init(ctx, obj);
    nd__crypto_keygen_init(ctx, obj);
    return 1;
}
