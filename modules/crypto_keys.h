/*
 * crypto_keys.h - asymmetric keys as the crypto files share them:
 * crypto_der.c reads and writes their DER forms, crypto_keys.c turns them
 * into state objects and back into PEM, DER and JWK, crypto_sign.c signs
 * with them, crypto_keygen.c makes new ones.
 *
 * A key is an nd__key_t inside a state object (crypto_binding.h), wiped
 * when collected.  Its numbers are unsigned big-endian byte strings
 * without leading zeros (an EC private scalar and point keep their fixed
 * lengths), stored one after the other in data[]; part[i] says where.
 * BearSSL's key structs (br_rsa_private_key, ...) are views made on
 * demand by the nd__key_* functions and point into the state.
 *
 * What nodule takes: RSA (PKCS#1 v1.5 keys of 512 to 4096 bits, BearSSL's
 * limit) and EC on P-256, P-384 and P-521.  Anything else (Ed25519,
 * RSA-PSS keys, DSA, secp256k1, encrypted PEM) is refused with an error
 * that names it.
 *
 * Threading: the engine's thread; the DER functions touch no Duktape and
 * may run anywhere.
 */
#ifndef ND_MOD_CRYPTO_KEYS_H
#define ND_MOD_CRYPTO_KEYS_H

#include <stddef.h>
#include <stdint.h>

#include <bearssl.h>

#include "../engine/check.h"

enum { ND__KEY_RSA = 1, ND__KEY_EC = 2 };

/* The parts of a key, by index into nd__key_t.part. */
enum {
    ND__RSA_N = 0,
    ND__RSA_E,
    ND__RSA_D,
    ND__RSA_P,
    ND__RSA_Q,
    ND__RSA_DP,
    ND__RSA_DQ,
    ND__RSA_IQ,   /* p .. iq: private keys only */
    ND__EC_X = 0, /* the private scalar (private keys only) */
    ND__EC_Q = 1, /* the public point, uncompressed */
    ND__KEY_PARTS = 8
};

#define ND__RSA_MAX_BITS 4096

typedef struct {
    const unsigned char *p;
    size_t len;
} nd__span_t;

/* A key being read or built: its kind and its parts, which point into
 * someone else's memory. */
typedef struct {
    int kind; /* ND__KEY_RSA or ND__KEY_EC */
    int is_private;
    int curve; /* BR_EC_secp256r1 ... for EC */
    nd__span_t part[ND__KEY_PARTS];
} nd__key_spec_t;

typedef struct {
    int kind, is_private, curve;
    uint32_t n_bits; /* RSA: the modulus's length in bits */
    struct {
        uint32_t off, len;
    } part[ND__KEY_PARTS];
    unsigned char data[];
} nd__key_t;

/* ---- crypto_der.c ------------------------------------------------------- */

/* The DER structures a key may come in. */
enum {
    ND__DER_PKCS1_PRIVATE = 1, /* RSAPrivateKey */
    ND__DER_PKCS1_PUBLIC,      /* RSAPublicKey */
    ND__DER_PKCS8,             /* PrivateKeyInfo */
    ND__DER_SEC1,              /* ECPrivateKey */
    ND__DER_SPKI               /* SubjectPublicKeyInfo */
};

/* Errors of nd__der_read_key. */
enum {
    ND__DER_BAD = -1,          /* not well-formed, or not that structure */
    ND__DER_BAD_KEY_TYPE = -2, /* well-formed, an algorithm we lack */
    ND__DER_BAD_CURVE = -3     /* an EC curve we lack */
};

/* Read a key in the given structure from der[0 .. len) into *spec, whose
 * parts then point into der.  Returns 0 or an ND__DER_* error.  When a
 * PKCS#8 or SPKI names an algorithm we lack, *oid_name (unless NULL) is
 * set to its name if known ("ed25519", "rsa-pss", ...). */
int nd__der_read_key(const unsigned char *der, size_t len, int structure,
                     nd__key_spec_t *spec, const char **oid_name);

/* Write the SubjectPublicKeyInfo (or, for RSA, the PKCS#1 RSAPublicKey
 * when pkcs1 is set) of key k into dst and return its length; with
 * dst == NULL only the length is computed. */
size_t nd__der_write_public(unsigned char *dst, const nd__key_t *k, int pkcs1);

/* The curve's name as Node reports it ("prime256v1"), as a JWK names it
 * ("P-256"), and its coordinate length in bytes; NULL / 0 if unknown. */
const char *nd__curve_name(int curve);
const char *nd__curve_jwk_name(int curve);
size_t nd__curve_size(int curve);
/* The curve for a name in any of those spellings (and "secp256r1"), or
 * 0. */
int nd__curve_from_name(const char *name);

/* ---- crypto_keys.c ------------------------------------------------------ */

/* Push a new key state holding a copy of the key described by spec and
 * return it.  Leading zero bytes of the RSA numbers are dropped.  Throws
 * (ERR_OSSL_UNSUPPORTED-style) when the key is not usable: an RSA modulus
 * above ND__RSA_MAX_BITS, missing parts, an EC point of the wrong size. */
nd__key_t *nd__key_push(duk_context *ctx, const nd__key_spec_t *spec);
/* The key in the state object at idx; throws if it is not one. */
nd__key_t *nd__key_check(duk_context *ctx, duk_idx_t idx);

/* Part i of k. */
const unsigned char *nd__key_part(const nd__key_t *k, int i, size_t *len);
/* BearSSL views of k (k must be of the right kind; the private ones need
 * a private key). */
void nd__key_rsa_public(const nd__key_t *k, br_rsa_public_key *pk);
void nd__key_rsa_private(const nd__key_t *k, br_rsa_private_key *sk);
void nd__key_ec_public(const nd__key_t *k, br_ec_public_key *pk);
void nd__key_ec_private(const nd__key_t *k, br_ec_private_key *sk);

#endif
