/*
 * crypto_binding.h - what the files of internalBinding('crypto') share.
 *
 *   crypto.c          the binding table, native state objects, results,
 *                     OpenSSL-shaped errors, the digest table, pool jobs,
 *                     random bytes and timingSafeEqual
 *   crypto_hash.c     Hash and Hmac (createHash, createHmac, crypto.hash)
 *   crypto_kdf.c      pbkdf2 and hkdf
 *   crypto_cipher.c   createCipheriv / createDecipheriv: the cipher table,
 *                     AES-CBC and AES-CTR
 *   crypto_aead.c     AES-GCM and ChaCha20-Poly1305 (with our own
 *                     streaming Poly1305, which BearSSL does not offer)
 *   crypto_der.c      the few DER structures BearSSL does not read or
 *                     write: SubjectPublicKeyInfo, PKCS#1, PKCS#8, SEC1
 *   crypto_keys.c     asymmetric keys: PEM/DER in, PEM/DER/JWK out
 *   crypto_sign.c     RSA PKCS#1 v1.5 and ECDSA signatures
 *   crypto_keygen.c   RSA and EC key pair generation
 *
 * Native state.  A Hash, a Cipher or a key reaches JS as an opaque object
 * made here: its C struct lives in a Duktape fixed buffer stored under a
 * hidden symbol (unreachable from ECMAScript), tagged with the address of
 * a static nd_handle_type_t.  The garbage collector frees it with the
 * object; states that hold secrets are wiped first by a finalizer.  A
 * fixed buffer never moves, so a struct may point into itself.
 *
 * Results go back to JS as ArrayBuffers; the JS side wraps them in Buffers
 * (Buffer.from(ab) shares the memory, nothing is copied).
 *
 * Threading: the engine's thread, except the run() of a pool job (see
 * nd__crypto_job_t), which must touch neither Duktape nor the loop.
 */
#ifndef ND_MOD_CRYPTO_BINDING_H
#define ND_MOD_CRYPTO_BINDING_H

#include <stddef.h>
#include <stdint.h>

#include <bearssl.h>

#include "../engine/check.h"
#include "../engine/engine.h"

/* ---- native state objects (crypto.c) ------------------------------------ */

/* Push a new state object of the given type holding size zeroed bytes and
 * return them.  With wipe set, the bytes are zeroed again before the
 * memory is freed. */
void *nd__crypto_push_state(duk_context *ctx, const nd_handle_type_t *type,
                            size_t size, int wipe);
/* The bytes of the state object at idx (and their size in *size, unless
 * NULL); throws ERR_INVALID_HANDLE if it is not a state of this type. */
void *nd__crypto_state(duk_context *ctx, duk_idx_t idx,
                       const nd_handle_type_t *type, size_t *size);

/* ---- results and inputs ------------------------------------------------- */

/* Push a new zero-filled ArrayBuffer of size bytes and return its memory
 * (NULL only when size is 0). */
unsigned char *nd__crypto_push_bytes(duk_context *ctx, size_t size);
/* Push an ArrayBuffer holding a copy of p[0 .. size). */
void nd__crypto_push_copy(duk_context *ctx, const void *p, size_t size);
/* The bytes of argument idx: a string (its UTF-8 form; the slot may be
 * replaced by a buffer holding it) or any buffer, typed array, DataView
 * or ArrayBuffer.  Throws ERR_INVALID_ARG_TYPE naming `name` otherwise. */
const unsigned char *nd__crypto_bytes(duk_context *ctx, duk_idx_t idx,
                                      const char *name, size_t *len);

/* Throw the error Node (OpenSSL) gives for a failure inside the crypto
 * library: an Error with message "error:<hex>:<library>::<reason>" and
 * the properties library, reason and code. */
duk_ret_t nd__crypto_throw_ossl(duk_context *ctx, const char *code,
                                const char *hex, const char *library,
                                const char *reason);
/* Push the same error without throwing it. */
void nd__crypto_push_ossl(duk_context *ctx, const char *code, const char *hex,
                          const char *library, const char *reason);

/* ---- digests (crypto.c) ------------------------------------------------- */

typedef struct {
    const char *name; /* canonical: "sha256" */
    const br_hash_class *vtable;
    const unsigned char *oid; /* length byte, then the DER OID value */
} nd__digest_t;

/* The digest a name stands for (case-insensitive; aliases such as
 * "SHA-256", "RSA-SHA256" and "sha256WithRSAEncryption"), or NULL. */
const nd__digest_t *nd__crypto_digest(const char *name);
/* Copy name, lower-cased (ASCII), into out of size bytes: 0, or -1 when it
 * does not fit (then no algorithm has that name). */
int nd__crypto_lower(const char *name, char *out, size_t size);
/* Same for argument idx, which must be a string; throws TypeError
 * ERR_CRYPTO_INVALID_DIGEST "Invalid digest: <name>" when unknown. */
const nd__digest_t *nd__crypto_check_digest(duk_context *ctx, duk_idx_t idx);
/* The digest's output size in bytes. */
size_t nd__digest_size(const nd__digest_t *d);

/* ---- pool jobs (crypto.c) ----------------------------------------------- */

/* One unit of CPU work (pbkdf2, hkdf, key generation, async random
 * bytes) that runs either now, on the engine's thread, or on the pool.
 * The caller embeds it at the start of its own struct, copies every input
 * in (a pool thread never reads a JS value), sets the three functions and
 * calls nd__crypto_job_submit(). */
typedef struct nd__crypto_job_s nd__crypto_job_t;
struct nd__crypto_job_s {
    nd_work_req_t req;   /* private */
    nd_engine_t *engine; /* private */
    nd_pin_t cb;         /* private */
    nd_pin_t data;       /* a JS value kept alive while the job runs */
    /* The work itself.  On a pool thread when asynchronous. */
    void (*run)(nd__crypto_job_t *job);
    /* Engine thread: push the result and return 0, or push an error and
     * return -1. */
    int (*push)(duk_context *ctx, nd__crypto_job_t *job);
    /* Engine thread: release the job (wipe secrets, free memory). */
    void (*release)(nd__crypto_job_t *job);
};

/* Run the job.  When argument cb_idx is undefined: now, returning its
 * result (1) or throwing its error.  Otherwise the argument must be a
 * function: the job goes to the pool, and cb(err) or cb(null, result) is
 * called later; returns 0.  The job is released either way. */
duk_ret_t nd__crypto_job_submit(duk_context *ctx, nd__crypto_job_t *job,
                                duk_idx_t cb_idx);

/* ---- randomness (crypto.c) ---------------------------------------------- */

/* Seed an HMAC-DRBG (SHA-256) with 48 bytes from the OS.  Returns 0 or a
 * negative ND_E* code. */
int nd__crypto_seed(unsigned char seed[48]);

/* ---- one table of native functions per file ----------------------------- */

/* Put the file's functions on the binding object at idx. */
void nd__crypto_hash_init(duk_context *ctx, duk_idx_t idx);
void nd__crypto_kdf_init(duk_context *ctx, duk_idx_t idx);
void nd__crypto_cipher_init(duk_context *ctx, duk_idx_t idx);
void nd__crypto_keys_init(duk_context *ctx, duk_idx_t idx);
void nd__crypto_sign_init(duk_context *ctx, duk_idx_t idx);
void nd__crypto_keygen_init(duk_context *ctx, duk_idx_t idx);

#endif
