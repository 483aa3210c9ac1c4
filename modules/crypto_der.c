/*
 * crypto_der.c - the DER structures of keys that BearSSL 0.6 does not
 * read or write for us (see crypto_keys.h): reading PKCS#1 (private and
 * public), PKCS#8, SEC1 and SubjectPublicKeyInfo, and writing the public
 * forms.  BearSSL's own encoders write the private forms
 * (crypto_keys.c); its decoder is not used because it drops n, e and d,
 * which only keys made by BearSSL let us recompute.
 *
 * DER is tag, length, contents.  The reader is a cursor (nd__span_t) over
 * the input that each der_next() call advances past one element after
 * checking its tag and that its length fits; nothing is ever read past
 * the span, whatever the bytes say, so a hostile file can only fail.
 * The writer works in two passes: with dst == NULL it only counts.
 *
 * Threading: none of this touches Duktape; any thread may call it.
 */
#include <string.h>

#include "crypto_keys.h"

enum {
    T_INTEGER = 0x02,
    T_BIT_STRING = 0x03,
    T_OCTET_STRING = 0x04,
    T_NULL = 0x05,
    T_OID = 0x06,
    T_SEQUENCE = 0x30,
    T_CONTEXT0 = 0xa0,
    T_CONTEXT1 = 0xa1
};

/* OID values (the contents, without tag and length). */
#define OID_RSA "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01"
#define OID_EC  "\x2a\x86\x48\xce\x3d\x02\x01"

static const struct {
    int curve;
    const char *name, *jwk, *oid;
    size_t size, oid_len;
} curves[] = {
    {BR_EC_secp256r1, "prime256v1", "P-256", "\x2a\x86\x48\xce\x3d\x03\x01\x07",
     32, 8},
    {BR_EC_secp384r1, "secp384r1", "P-384", "\x2b\x81\x04\x00\x22", 48, 5},
    {BR_EC_secp521r1, "secp521r1", "P-521", "\x2b\x81\x04\x00\x23", 66, 5},
};

/* Algorithms and curves we recognise only to name them in errors. */
static const struct {
    const char *name, *oid;
    size_t oid_len;
} unsupported[] = {
    {"ed25519", "\x2b\x65\x70", 3},
    {"ed448", "\x2b\x65\x71", 3},
    {"x25519", "\x2b\x65\x6e", 3},
    {"x448", "\x2b\x65\x6f", 3},
    {"rsa-pss", "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0a", 9},
    {"dsa", "\x2a\x86\x48\xce\x38\x04\x01", 7},
    {"dh", "\x2a\x86\x48\x86\xf7\x0d\x01\x03\x01", 9},
    {"secp256k1", "\x2b\x81\x04\x00\x0a", 5},
    {"secp224r1", "\x2b\x81\x04\x00\x21", 5},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- reading ------------------------------------------------------------ */

/* Take the next element off *in; it must have the given tag.  *val gets
 * its contents. */
static int der_next(nd__span_t *in, unsigned tag, nd__span_t *val) {
    size_t n, hdr = 2, i, k;

    if (in->len < 2 || in->p[0] != tag)
        return -1;
    n = in->p[1];
    if (n & 0x80) { /* long form: the next k bytes are the length */
        k = n & 0x7f;
        if (k == 0 || k > 4 || in->len < 2 + k)
            return -1;
        for (n = 0, i = 0; i < k; i++)
            n = (n << 8) | in->p[2 + i];
        hdr += k;
    }
    if (n > in->len - hdr)
        return -1;
    val->p = in->p + hdr;
    val->len = n;
    in->p += hdr + n;
    in->len -= hdr + n;
    return 0;
}

/* A non-negative INTEGER, without its leading zero bytes. */
static int der_uint(nd__span_t *in, nd__span_t *val) {
    if (der_next(in, T_INTEGER, val) < 0 || val->len == 0 || (val->p[0] & 0x80))
        return -1;
    while (val->len > 0 && val->p[0] == 0)
        val->p++, val->len--;
    return 0;
}

/* A small INTEGER that must equal want. */
static int der_version(nd__span_t *in, unsigned want) {
    nd__span_t v;

    if (der_uint(in, &v) < 0 || v.len > 1)
        return -1;
    return (v.len == 0 ? 0u : v.p[0]) == want ? 0 : -1;
}

/* A BIT STRING holding whole bytes. */
static int der_bits(nd__span_t *in, nd__span_t *val) {
    if (der_next(in, T_BIT_STRING, val) < 0 || val->len < 1 || val->p[0] != 0)
        return -1;
    val->p++, val->len--;
    return 0;
}

static int span_is(const nd__span_t *s, const char *bytes, size_t len) {
    return s->len == len && memcmp(s->p, bytes, len) == 0;
}

/* The curve an OID names: a BR_EC_* number, ND__DER_BAD_CURVE (with its
 * name, if known, in *name). */
static int curve_of(const nd__span_t *oid, const char **name) {
    size_t i;

    for (i = 0; i < COUNT(curves); i++)
        if (span_is(oid, curves[i].oid, curves[i].oid_len))
            return curves[i].curve;
    for (i = 0; i < COUNT(unsupported); i++)
        if (span_is(oid, unsupported[i].oid, unsupported[i].oid_len) &&
            name != NULL)
            *name = unsupported[i].name;
    return ND__DER_BAD_CURVE;
}

/* RSAPrivateKey ::= SEQUENCE { version 0, n, e, d, p, q, dp, dq, iq } */
static int read_rsa_private(nd__span_t in, nd__key_spec_t *spec) {
    nd__span_t seq;
    int i;

    if (der_next(&in, T_SEQUENCE, &seq) < 0 || der_version(&seq, 0) < 0)
        return ND__DER_BAD;
    for (i = ND__RSA_N; i <= ND__RSA_IQ; i++)
        if (der_uint(&seq, &spec->part[i]) < 0)
            return ND__DER_BAD;
    spec->kind = ND__KEY_RSA;
    spec->is_private = 1;
    return 0;
}

/* RSAPublicKey ::= SEQUENCE { n, e } */
static int read_rsa_public(nd__span_t in, nd__key_spec_t *spec) {
    nd__span_t seq;

    if (der_next(&in, T_SEQUENCE, &seq) < 0 ||
        der_uint(&seq, &spec->part[ND__RSA_N]) < 0 ||
        der_uint(&seq, &spec->part[ND__RSA_E]) < 0)
        return ND__DER_BAD;
    spec->kind = ND__KEY_RSA;
    return 0;
}

/* ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING,
 *     [0] curve OID OPTIONAL, [1] publicKey BIT STRING OPTIONAL }
 * curve is the one PKCS#8 named around it, or 0. */
static int read_sec1(nd__span_t in, int curve, nd__key_spec_t *spec,
                     const char **name) {
    nd__span_t seq, field, inner;

    if (der_next(&in, T_SEQUENCE, &seq) < 0 || der_version(&seq, 1) < 0 ||
        der_next(&seq, T_OCTET_STRING, &spec->part[ND__EC_X]) < 0)
        return ND__DER_BAD;
    if (der_next(&seq, T_CONTEXT0, &field) == 0) {
        if (der_next(&field, T_OID, &inner) < 0)
            return ND__DER_BAD;
        curve = curve_of(&inner, name);
        if (curve < 0)
            return curve;
    }
    if (der_next(&seq, T_CONTEXT1, &field) == 0 &&
        der_bits(&field, &spec->part[ND__EC_Q]) < 0)
        return ND__DER_BAD;
    if (curve == 0)
        return ND__DER_BAD;
    spec->kind = ND__KEY_EC;
    spec->is_private = 1;
    spec->curve = curve;
    return 0;
}

/* AlgorithmIdentifier ::= SEQUENCE { OID, parameters ANY OPTIONAL }:
 * ND__KEY_RSA or ND__KEY_EC (with the curve in *curve), or an error. */
static int read_algorithm(nd__span_t *in, int *curve, const char **name) {
    nd__span_t seq, oid, param;
    size_t i;

    if (der_next(in, T_SEQUENCE, &seq) < 0 || der_next(&seq, T_OID, &oid) < 0)
        return ND__DER_BAD;
    if (span_is(&oid, OID_RSA, sizeof(OID_RSA) - 1))
        return ND__KEY_RSA;
    if (span_is(&oid, OID_EC, sizeof(OID_EC) - 1)) {
        if (der_next(&seq, T_OID, &param) < 0)
            return ND__DER_BAD; /* explicit curve parameters: refused */
        *curve = curve_of(&param, name);
        return *curve < 0 ? *curve : ND__KEY_EC;
    }
    for (i = 0; i < COUNT(unsupported); i++)
        if (span_is(&oid, unsupported[i].oid, unsupported[i].oid_len) &&
            name != NULL)
            *name = unsupported[i].name;
    return ND__DER_BAD_KEY_TYPE;
}

/* PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier,
 *     privateKey OCTET STRING, ... } */
static int read_pkcs8(nd__span_t in, nd__key_spec_t *spec, const char **name) {
    nd__span_t seq, version, key;
    int kind, curve = 0;

    if (der_next(&in, T_SEQUENCE, &seq) < 0 || der_uint(&seq, &version) < 0 ||
        version.len > 1)
        return ND__DER_BAD;
    kind = read_algorithm(&seq, &curve, name);
    if (kind < 0)
        return kind;
    if (der_next(&seq, T_OCTET_STRING, &key) < 0)
        return ND__DER_BAD;
    if (kind == ND__KEY_RSA)
        return read_rsa_private(key, spec);
    return read_sec1(key, curve, spec, name);
}

/* SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, BIT STRING } */
static int read_spki(nd__span_t in, nd__key_spec_t *spec, const char **name) {
    nd__span_t seq, bits;
    int kind, curve = 0;

    if (der_next(&in, T_SEQUENCE, &seq) < 0)
        return ND__DER_BAD;
    kind = read_algorithm(&seq, &curve, name);
    if (kind < 0)
        return kind;
    if (der_bits(&seq, &bits) < 0)
        return ND__DER_BAD;
    if (kind == ND__KEY_RSA)
        return read_rsa_public(bits, spec);
    spec->kind = ND__KEY_EC;
    spec->curve = curve;
    spec->part[ND__EC_Q] = bits;
    return 0;
}

/* see crypto_keys.h */
int nd__der_read_key(const unsigned char *der, size_t len, int structure,
                     nd__key_spec_t *spec, const char **oid_name) {
    nd__span_t in;

    in.p = der;
    in.len = len;
    memset(spec, 0, sizeof(*spec));
    switch (structure) {
    case ND__DER_PKCS1_PRIVATE:
        return read_rsa_private(in, spec);
    case ND__DER_PKCS1_PUBLIC:
        return read_rsa_public(in, spec);
    case ND__DER_PKCS8:
        return read_pkcs8(in, spec, oid_name);
    case ND__DER_SEC1:
        return read_sec1(in, 0, spec, oid_name);
    case ND__DER_SPKI:
        return read_spki(in, spec, oid_name);
    }
    return ND__DER_BAD;
}

/* ---- writing ------------------------------------------------------------ */

/* Write the tag and length of an element of n content bytes; return how
 * many bytes that takes. */
static size_t put_header(unsigned char *dst, unsigned tag, size_t n) {
    size_t k = n < 0x80 ? 0 : n < 0x100 ? 1 : n < 0x10000 ? 2 : 3, i;

    if (dst != NULL) {
        dst[0] = (unsigned char)tag;
        dst[1] = (unsigned char)(k == 0 ? n : 0x80 | k);
        for (i = 0; i < k; i++)
            dst[2 + i] = (unsigned char)(n >> (8 * (k - 1 - i)));
    }
    return 2 + k;
}

/* An INTEGER from an unsigned big-endian number. */
static size_t put_uint(unsigned char *dst, const unsigned char *v, size_t len) {
    size_t pad = len == 0 || (v[0] & 0x80) ? 1 : 0;
    size_t hdr = put_header(dst, T_INTEGER, len + pad);

    if (dst != NULL) {
        if (pad)
            dst[hdr] = 0;
        if (len > 0)
            memcpy(dst + hdr + pad, v, len);
    }
    return hdr + pad + len;
}

static size_t put_bytes(unsigned char *dst, const void *p, size_t len) {
    if (dst != NULL)
        memcpy(dst, p, len);
    return len;
}

/* Advance a write position that may be NULL (counting only). */
#define AT(dst, n) ((dst) != NULL ? (dst) + (n) : NULL)

static size_t put_rsa_public(unsigned char *dst, const nd__key_t *k) {
    const unsigned char *n, *e;
    size_t nlen, elen, body, at;

    n = k->data + k->part[ND__RSA_N].off;
    nlen = k->part[ND__RSA_N].len;
    e = k->data + k->part[ND__RSA_E].off;
    elen = k->part[ND__RSA_E].len;
    body = put_uint(NULL, n, nlen) + put_uint(NULL, e, elen);
    at = put_header(dst, T_SEQUENCE, body);
    at += put_uint(AT(dst, at), n, nlen);
    at += put_uint(AT(dst, at), e, elen);
    return at;
}

/* AlgorithmIdentifier of an EC public key: SEQUENCE { id-ecPublicKey,
 * the curve's OID }, for SubjectPublicKeyInfo. */
static size_t ec_algorithm(unsigned char *dst, int curve) {
    size_t i, at;

    for (i = 0; i < COUNT(curves) && curves[i].curve != curve; i++)
        ;
    if (i == COUNT(curves))
        return 0;
    at = put_header(NULL, T_OID, sizeof(OID_EC) - 1) + sizeof(OID_EC) - 1 +
         put_header(NULL, T_OID, curves[i].oid_len) + curves[i].oid_len;
    at = put_header(dst, T_SEQUENCE, at);
    at += put_header(AT(dst, at), T_OID, sizeof(OID_EC) - 1);
    at += put_bytes(AT(dst, at), OID_EC, sizeof(OID_EC) - 1);
    at += put_header(AT(dst, at), T_OID, curves[i].oid_len);
    at += put_bytes(AT(dst, at), curves[i].oid, curves[i].oid_len);
    return at;
}

/* see crypto_keys.h */
size_t nd__der_write_public(unsigned char *dst, const nd__key_t *k, int pkcs1) {
    /* SEQUENCE { rsaEncryption, NULL } */
    static const unsigned char rsa_alg[] = {0x30, 0x0d, 0x06, 0x09, 0x2a,
                                            0x86, 0x48, 0x86, 0xf7, 0x0d,
                                            0x01, 0x01, 0x01, 0x05, 0x00};
    size_t alg_len, key_len, body, at;
    int rsa = k->kind == ND__KEY_RSA;

    if (rsa && pkcs1)
        return put_rsa_public(dst, k);
    alg_len = rsa ? sizeof(rsa_alg) : ec_algorithm(NULL, k->curve);
    key_len = rsa ? put_rsa_public(NULL, k) : k->part[ND__EC_Q].len;
    if (alg_len == 0)
        return 0;
    body = alg_len + put_header(NULL, T_BIT_STRING, key_len + 1) + 1 + key_len;
    at = put_header(dst, T_SEQUENCE, body);
    if (rsa)
        at += put_bytes(AT(dst, at), rsa_alg, alg_len);
    else
        at += ec_algorithm(AT(dst, at), k->curve);
    at += put_header(AT(dst, at), T_BIT_STRING, key_len + 1);
    at += put_bytes(AT(dst, at), "", 1); /* no unused bits */
    if (rsa)
        at += put_rsa_public(AT(dst, at), k);
    else
        at += put_bytes(AT(dst, at), k->data + k->part[ND__EC_Q].off, key_len);
    return at;
}

/* ---- curves ------------------------------------------------------------- */

/* see crypto_keys.h */
const char *nd__curve_name(int curve) {
    size_t i;

    for (i = 0; i < COUNT(curves); i++)
        if (curves[i].curve == curve)
            return curves[i].name;
    return NULL;
}

/* see crypto_keys.h */
const char *nd__curve_jwk_name(int curve) {
    size_t i;

    for (i = 0; i < COUNT(curves); i++)
        if (curves[i].curve == curve)
            return curves[i].jwk;
    return NULL;
}

/* see crypto_keys.h */
size_t nd__curve_size(int curve) {
    size_t i;

    for (i = 0; i < COUNT(curves); i++)
        if (curves[i].curve == curve)
            return curves[i].size;
    return 0;
}

/* see crypto_keys.h */
int nd__curve_from_name(const char *name) {
    size_t i;

    for (i = 0; i < COUNT(curves); i++)
        if (strcmp(name, curves[i].name) == 0 ||
            strcmp(name, curves[i].jwk) == 0)
            return curves[i].curve;
    if (strcmp(name, "secp256r1") == 0)
        return BR_EC_secp256r1;
    return 0;
}
