/*
 * crypto_keys.c - asymmetric keys for JS (engine/js/crypto_keys.js): PEM,
 * DER and JWK in, the same out, and what KeyObject reports about a key.
 *
 * Reading: the PEM decoder (BearSSL) finds the first object whose label
 * is a key or a certificate, crypto_der.c reads the DER inside (BearSSL's
 * X.509 decoder reads certificates) into an nd__key_spec_t, and
 * nd__key_push() copies it into a key state (crypto_keys.h).  A public
 * key wanted from a private one is derived: RSA keeps n and e, EC
 * computes the point when the file left it out.
 *
 * Writing: BearSSL encodes the private forms (PKCS#1, SEC1, PKCS#8) and
 * PEM; crypto_der.c the public ones.  Encrypted PEM is refused in both
 * directions with an error that says so.
 *
 * Errors: an input that is not a key we can read gives OpenSSL's
 * "error:1E08010C:DECODER routines::unsupported"; a well-formed key of a
 * kind we lack says which.
 *
 * Threading: the engine's thread.
 */
#include <stdlib.h>
#include <string.h>

#include "crypto_binding.h"
#include "crypto_keys.h"

static const nd_handle_type_t key_type = {"KeyObject"};

static duk_ret_t throw_unsupported(duk_context *ctx) {
    return nd__crypto_throw_ossl(ctx, "ERR_OSSL_UNSUPPORTED", "1E08010C",
                                 "DECODER routines", "unsupported");
}

/* ---- key states --------------------------------------------------------- */

/* Drop leading zero bytes of a number. */
static nd__span_t trim(nd__span_t s) {
    while (s.len > 0 && s.p[0] == 0)
        s.p++, s.len--;
    return s;
}

static uint32_t bit_length(nd__span_t n) {
    uint32_t bits = (uint32_t)n.len * 8;
    unsigned top = n.len > 0 ? n.p[0] : 0;

    if (n.len == 0)
        return 0;
    while (!(top & 0x80))
        top <<= 1, bits--;
    return bits;
}

/* Is q a point of the curve (and not the point at infinity)?  BearSSL's
 * multiplication checks that before it computes 1 * q. */
static int point_ok(int curve, nd__span_t q) {
    unsigned char copy[BR_EC_KBUF_PUB_MAX_SIZE];
    int ok;

    if (q.len > sizeof(copy))
        return 0;
    memcpy(copy, q.p, q.len);
    ok = br_ec_get_default()->mul(copy, q.len, (const unsigned char *)"\x01",
                                  1, curve) == 1;
    return ok && memcmp(copy, q.p, q.len) == 0;
}

/* Is the spec complete and within what BearSSL handles?  Trims the RSA
 * numbers and sets *n_bits. */
static int spec_ok(nd__key_spec_t *s, uint32_t *n_bits) {
    size_t size;
    int i;

    if (s->kind == ND__KEY_RSA) {
        for (i = ND__RSA_N; i <= ND__RSA_IQ; i++) {
            s->part[i] = trim(s->part[i]);
            if (s->part[i].len == 0 && i != ND__RSA_D &&
                (s->is_private || i <= ND__RSA_E))
                return 0;
        }
        *n_bits = bit_length(s->part[ND__RSA_N]);
        return *n_bits >= 256 && *n_bits <= ND__RSA_MAX_BITS &&
               s->part[ND__RSA_E].len <= 4;
    }
    size = nd__curve_size(s->curve);
    if (size == 0 || s->part[ND__EC_Q].len != 2 * size + 1 ||
        s->part[ND__EC_Q].p[0] != 4)
        return 0; /* compressed points are not taken */
    if (s->is_private &&
        (s->part[ND__EC_X].len == 0 || s->part[ND__EC_X].len > size))
        return 0;
    return point_ok(s->curve, s->part[ND__EC_Q]);
}

/* see crypto_keys.h */
nd__key_t *nd__key_push(duk_context *ctx, const nd__key_spec_t *spec) {
    nd__key_spec_t s = *spec;
    unsigned char q[BR_EC_KBUF_PUB_MAX_SIZE];
    uint32_t n_bits = 0, off = 0;
    size_t total = 0;
    nd__key_t *k;
    int i;

    if (s.kind == ND__KEY_EC && s.part[ND__EC_Q].len == 0 &&
        s.part[ND__EC_X].len > 0 &&
        s.part[ND__EC_X].len <= nd__curve_size(s.curve)) {
        br_ec_private_key sk;

        sk.curve = s.curve;
        sk.x = (unsigned char *)s.part[ND__EC_X].p;
        sk.xlen = s.part[ND__EC_X].len;
        s.part[ND__EC_Q].len =
            br_ec_compute_pub(br_ec_get_default(), NULL, q, &sk);
        s.part[ND__EC_Q].p = q;
    }
    if (!s.is_private) { /* the public half only */
        if (s.kind == ND__KEY_EC)
            s.part[ND__EC_X].len = 0;
        else
            for (i = ND__RSA_D; i < ND__KEY_PARTS; i++)
                s.part[i].len = 0;
    }
    if (s.kind != ND__KEY_RSA && s.kind != ND__KEY_EC)
        throw_unsupported(ctx);
    if (!spec_ok(&s, &n_bits))
        throw_unsupported(ctx);
    for (i = 0; i < ND__KEY_PARTS; i++)
        total += s.part[i].len;
    k = nd__crypto_push_state(ctx, &key_type, sizeof(nd__key_t) + total, 1);
    k->kind = s.kind;
    k->is_private = s.is_private;
    k->curve = s.curve;
    k->n_bits = n_bits;
    for (i = 0; i < ND__KEY_PARTS; i++) {
        k->part[i].off = off;
        k->part[i].len = (uint32_t)s.part[i].len;
        if (s.part[i].len > 0)
            memcpy(k->data + off, s.part[i].p, s.part[i].len);
        off += (uint32_t)s.part[i].len;
    }
    memset(q, 0, sizeof(q));
    return k;
}

/* see crypto_keys.h */
nd__key_t *nd__key_check(duk_context *ctx, duk_idx_t idx) {
    return nd__crypto_state(ctx, idx, &key_type, NULL);
}

/* see crypto_keys.h */
const unsigned char *nd__key_part(const nd__key_t *k, int i, size_t *len) {
    *len = k->part[i].len;
    return k->data + k->part[i].off;
}

/* see crypto_keys.h */
void nd__key_rsa_public(const nd__key_t *k, br_rsa_public_key *pk) {
    pk->n = (unsigned char *)nd__key_part(k, ND__RSA_N, &pk->nlen);
    pk->e = (unsigned char *)nd__key_part(k, ND__RSA_E, &pk->elen);
}

/* see crypto_keys.h */
void nd__key_rsa_private(const nd__key_t *k, br_rsa_private_key *sk) {
    sk->n_bitlen = k->n_bits;
    sk->p = (unsigned char *)nd__key_part(k, ND__RSA_P, &sk->plen);
    sk->q = (unsigned char *)nd__key_part(k, ND__RSA_Q, &sk->qlen);
    sk->dp = (unsigned char *)nd__key_part(k, ND__RSA_DP, &sk->dplen);
    sk->dq = (unsigned char *)nd__key_part(k, ND__RSA_DQ, &sk->dqlen);
    sk->iq = (unsigned char *)nd__key_part(k, ND__RSA_IQ, &sk->iqlen);
}

/* see crypto_keys.h */
void nd__key_ec_public(const nd__key_t *k, br_ec_public_key *pk) {
    pk->curve = k->curve;
    pk->q = (unsigned char *)nd__key_part(k, ND__EC_Q, &pk->qlen);
}

/* see crypto_keys.h */
void nd__key_ec_private(const nd__key_t *k, br_ec_private_key *sk) {
    sk->curve = k->curve;
    sk->x = (unsigned char *)nd__key_part(k, ND__EC_X, &sk->xlen);
}

/* ---- reading ------------------------------------------------------------ */

/* The DER structure a PEM label announces; 0 for labels that are not
 * keys, -1 for a certificate. */
static int label_structure(const char *label) {
    static const struct {
        const char *label;
        int structure;
    } labels[] = {
        {"RSA PRIVATE KEY", ND__DER_PKCS1_PRIVATE},
        {"RSA PUBLIC KEY", ND__DER_PKCS1_PUBLIC},
        {"PRIVATE KEY", ND__DER_PKCS8},
        {"EC PRIVATE KEY", ND__DER_SEC1},
        {"PUBLIC KEY", ND__DER_SPKI},
        {"CERTIFICATE", -1},
        {"ENCRYPTED PRIVATE KEY", -2},
    };
    size_t i;

    for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
        if (strcmp(label, labels[i].label) == 0)
            return labels[i].structure;
    return 0;
}

typedef struct {
    unsigned char *buf;
    size_t len, cap;
} sink_t;

static void sink_put(void *ctx, const void *p, size_t len) {
    sink_t *s = ctx;

    if (len <= s->cap - s->len) {
        memcpy(s->buf + s->len, p, len);
        s->len += len;
    }
}

/* Decode the first key-like PEM object of text into s (which has room
 * for text_len bytes) and return its structure (label_structure), or 0
 * when there is none. */
static int pem_decode(const unsigned char *text, size_t text_len, sink_t *s) {
    br_pem_decoder_context pc;
    int structure = 0, pass;

    br_pem_decoder_init(&pc);
    /* A final newline ends an "-----END" line that lacks one. */
    for (pass = 0; pass < 2; pass++) {
        const unsigned char *p = pass == 0 ? text : (const unsigned char *)"\n";
        size_t len = pass == 0 ? text_len : 1;

        while (len > 0) {
            size_t n = br_pem_decoder_push(&pc, p, len);

            p += n;
            len -= n;
            switch (br_pem_decoder_event(&pc)) {
            case BR_PEM_BEGIN_OBJ:
                structure = label_structure(br_pem_decoder_name(&pc));
                s->len = 0;
                br_pem_decoder_setdest(&pc, structure != 0 ? sink_put : 0, s);
                break;
            case BR_PEM_END_OBJ:
                if (structure != 0)
                    return structure;
                break;
            case BR_PEM_ERROR:
                return 0;
            }
        }
    }
    return 0;
}

/* The public key of a DER certificate, as a spec pointing into *pkey. */
static int read_certificate(const unsigned char *der, size_t len,
                            br_x509_decoder_context *xc, nd__key_spec_t *spec) {
    br_x509_pkey *pk;

    br_x509_decoder_init(xc, 0, NULL);
    br_x509_decoder_push(xc, der, len);
    pk = br_x509_decoder_get_pkey(xc);
    if (pk == NULL)
        return ND__DER_BAD;
    memset(spec, 0, sizeof(*spec));
    if (pk->key_type == BR_KEYTYPE_RSA) {
        spec->kind = ND__KEY_RSA;
        spec->part[ND__RSA_N].p = pk->key.rsa.n;
        spec->part[ND__RSA_N].len = pk->key.rsa.nlen;
        spec->part[ND__RSA_E].p = pk->key.rsa.e;
        spec->part[ND__RSA_E].len = pk->key.rsa.elen;
    } else {
        spec->kind = ND__KEY_EC;
        spec->curve = pk->key.ec.curve;
        spec->part[ND__EC_Q].p = pk->key.ec.q;
        spec->part[ND__EC_Q].len = pk->key.ec.qlen;
    }
    return 0;
}

/* The DER structure named by a DER input's type option. */
static int der_structure(const char *type, int want_private) {
    if (strcmp(type, "pkcs1") == 0)
        return want_private ? ND__DER_PKCS1_PRIVATE : ND__DER_PKCS1_PUBLIC;
    if (strcmp(type, "pkcs8") == 0)
        return ND__DER_PKCS8;
    if (strcmp(type, "sec1") == 0)
        return ND__DER_SEC1;
    if (strcmp(type, "spki") == 0)
        return ND__DER_SPKI;
    return 0;
}

static duk_ret_t throw_not_offered(duk_context *ctx, int rc, const char *name) {
    return nd_throw(ctx, DUK_ERR_ERROR, "ERR_NOT_SUPPORTED",
                    "%s %s is not supported by nodule (it offers RSA keys "
                    "and EC keys on P-256, P-384 and P-521)",
                    rc == ND__DER_BAD_CURVE ? "The EC curve" : "The key type",
                    name != NULL ? name : "of this key");
}

/* keyParse(data, format, type, wantPrivate) -> key state.  format is
 * 'pem' or 'der' (then type says which structure).  A private key is
 * accepted where a public one is wanted (its public half is taken), and
 * so is a certificate.  Scratch memory lives on the value stack, so a
 * throw leaks nothing. */
static duk_ret_t c_key_parse(duk_context *ctx) {
    size_t len;
    const unsigned char *in = nd__crypto_bytes(ctx, 0, "key", &len);
    const char *format = nd_check_string(ctx, 1, "format", NULL);
    const char *type = nd_opt_string(ctx, 2, "type", "");
    int want_private = nd_check_bool(ctx, 3, "wantPrivate");
    const char *oid_name = NULL;
    nd__key_spec_t spec;
    sink_t s = {NULL, 0, 0};
    int structure, rc;

    duk_set_top(ctx, 4);
    if (strcmp(format, "pem") == 0) {
        s.buf = duk_push_fixed_buffer(ctx, len + 1); /* index 4 */
        s.cap = len;
        structure = pem_decode(in, len, &s);
        in = s.buf;
        len = s.len;
    } else {
        structure = der_structure(type, want_private);
    }
    if (structure == -2)
        return nd_throw(ctx, DUK_ERR_ERROR, "ERR_NOT_SUPPORTED",
                        "Encrypted private keys are not supported by nodule");
    if (structure == -1 && !want_private)
        rc = read_certificate(
            in, len,
            duk_push_fixed_buffer(ctx, sizeof(br_x509_decoder_context)), &spec);
    else if (structure > 0)
        rc = nd__der_read_key(in, len, structure, &spec, &oid_name);
    else
        rc = ND__DER_BAD;
    if (rc == 0 && want_private && !spec.is_private)
        rc = ND__DER_BAD;
    if (rc == ND__DER_BAD_KEY_TYPE || rc == ND__DER_BAD_CURVE)
        return throw_not_offered(ctx, rc, oid_name);
    if (rc < 0)
        return throw_unsupported(ctx);
    spec.is_private = want_private; /* a public half is taken as asked */
    nd__key_push(ctx, &spec);
    if (s.buf != NULL)
        memset(s.buf, 0, s.cap);
    return 1;
}

/* ---- what a key says about itself --------------------------------------- */

/* The spec of a key state (pointing into it). */
static void spec_of(const nd__key_t *k, nd__key_spec_t *s) {
    int i;

    memset(s, 0, sizeof(*s));
    s->kind = k->kind;
    s->is_private = k->is_private;
    s->curve = k->curve;
    for (i = 0; i < ND__KEY_PARTS; i++)
        s->part[i].p = nd__key_part(k, i, &s->part[i].len);
}

/* keyDetails(key) -> {type, private, modulusLength, publicExponent,
 * namedCurve} */
static duk_ret_t c_key_details(duk_context *ctx) {
    nd__key_t *k = nd__key_check(ctx, 0);

    duk_push_object(ctx);
    duk_push_string(ctx, k->kind == ND__KEY_RSA ? "rsa" : "ec");
    duk_put_prop_string(ctx, -2, "type");
    duk_push_boolean(ctx, k->is_private);
    duk_put_prop_string(ctx, -2, "private");
    if (k->kind == ND__KEY_RSA) {
        size_t elen, i;
        const unsigned char *e = nd__key_part(k, ND__RSA_E, &elen);
        double value = 0;

        for (i = 0; i < elen; i++)
            value = value * 256 + e[i];
        duk_push_uint(ctx, k->n_bits);
        duk_put_prop_string(ctx, -2, "modulusLength");
        duk_push_number(ctx, value);
        duk_put_prop_string(ctx, -2, "publicExponent");
    } else {
        duk_push_string(ctx, nd__curve_name(k->curve));
        duk_put_prop_string(ctx, -2, "namedCurve");
    }
    return 1;
}

/* keyPublic(key) -> the public half as a new key state */
static duk_ret_t c_key_public(duk_context *ctx) {
    nd__key_spec_t s;

    spec_of(nd__key_check(ctx, 0), &s);
    s.is_private = 0;
    nd__key_push(ctx, &s);
    return 1;
}

/* keyEquals(a, b) -> are they the same key (same kind, same numbers)? */
static duk_ret_t c_key_equals(duk_context *ctx) {
    nd__key_t *a = nd__key_check(ctx, 0), *b = nd__key_check(ctx, 1);
    int same = a->kind == b->kind && a->is_private == b->is_private &&
               a->curve == b->curve;
    int i;

    for (i = 0; same && i < ND__KEY_PARTS; i++)
        same = a->part[i].len == b->part[i].len &&
               memcmp(a->data + a->part[i].off, b->data + b->part[i].off,
                      a->part[i].len) == 0;
    duk_push_boolean(ctx, same);
    return 1;
}

/* ---- writing ------------------------------------------------------------ */

/* Encode k in the DER structure `type` ('pkcs1', 'pkcs8', 'sec1',
 * 'spki') into dst (NULL: only count); 0 when k cannot take that form. */
static size_t encode_der(unsigned char *dst, const nd__key_t *k,
                         const char *type, const char **banner) {
    int pkcs8 = strcmp(type, "pkcs8") == 0;

    if (!k->is_private) {
        int pkcs1 = strcmp(type, "pkcs1") == 0;

        if (!(pkcs1 && k->kind == ND__KEY_RSA) && strcmp(type, "spki") != 0)
            return 0;
        *banner = pkcs1 ? "RSA PUBLIC KEY" : "PUBLIC KEY";
        return nd__der_write_public(dst, k, pkcs1);
    }
    if (k->kind == ND__KEY_RSA) {
        br_rsa_private_key sk;
        br_rsa_public_key pk;
        size_t dlen;
        const unsigned char *d = nd__key_part(k, ND__RSA_D, &dlen);

        if ((!pkcs8 && strcmp(type, "pkcs1") != 0) || dlen == 0)
            return 0;
        nd__key_rsa_private(k, &sk);
        nd__key_rsa_public(k, &pk);
        *banner = pkcs8 ? BR_ENCODE_PEM_PKCS8 : BR_ENCODE_PEM_RSA_RAW;
        return pkcs8 ? br_encode_rsa_pkcs8_der(dst, &sk, &pk, d, dlen)
                     : br_encode_rsa_raw_der(dst, &sk, &pk, d, dlen);
    } else {
        br_ec_private_key sk;
        br_ec_public_key pk;

        if (!pkcs8 && strcmp(type, "sec1") != 0)
            return 0;
        nd__key_ec_private(k, &sk);
        nd__key_ec_public(k, &pk);
        *banner = pkcs8 ? BR_ENCODE_PEM_PKCS8 : BR_ENCODE_PEM_EC_RAW;
        return pkcs8 ? br_encode_ec_pkcs8_der(dst, &sk, &pk)
                     : br_encode_ec_raw_der(dst, &sk, &pk);
    }
}

/* keyExport(key, format, type) -> PEM text ('pem') or ArrayBuffer
 * ('der') */
static duk_ret_t c_key_export(duk_context *ctx) {
    nd__key_t *k = nd__key_check(ctx, 0);
    const char *format = nd_check_string(ctx, 1, "format", NULL);
    const char *type = nd_check_string(ctx, 2, "type", NULL);
    const char *banner = NULL;
    size_t len = encode_der(NULL, k, type, &banner), pem_len;
    unsigned char *der;
    char *pem;

    if (len == 0)
        return nd_throw(ctx, DUK_ERR_ERROR,
                        "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS",
                        "The selected key encoding %s cannot be used for "
                        "this key",
                        type);
    if (strcmp(format, "der") == 0) {
        encode_der(nd__crypto_push_bytes(ctx, len), k, type, &banner);
        return 1;
    }
    der = duk_push_fixed_buffer(ctx, len);
    encode_der(der, k, type, &banner);
    pem_len = br_pem_encode(NULL, der, len, banner, BR_PEM_LINE64);
    pem = duk_push_fixed_buffer(ctx, pem_len + 1);
    br_pem_encode(pem, der, len, banner, BR_PEM_LINE64);
    memset(der, 0, len);
    duk_push_lstring(ctx, pem, pem_len);
    memset(pem, 0, pem_len + 1);
    return 1;
}

/* ---- JWK ---------------------------------------------------------------- */

static const char *const rsa_jwk_names[ND__KEY_PARTS] = {"n", "e",  "d",  "p",
                                                         "q", "dp", "dq", "qi"};

/* keyJwkParts(key) -> {n, e, d, ...} or {x, y, crv, d}: ArrayBuffers of
 * the numbers JWK holds (JS encodes them) */
static duk_ret_t c_key_jwk_parts(duk_context *ctx) {
    nd__key_t *k = nd__key_check(ctx, 0);
    size_t len, size;
    const unsigned char *p;
    int i;

    duk_push_object(ctx);
    if (k->kind == ND__KEY_RSA) {
        for (i = 0; i < ND__KEY_PARTS; i++) {
            p = nd__key_part(k, i, &len);
            if (len == 0)
                continue;
            nd__crypto_push_copy(ctx, p, len);
            duk_put_prop_string(ctx, -2, rsa_jwk_names[i]);
        }
        return 1;
    }
    size = nd__curve_size(k->curve);
    p = nd__key_part(k, ND__EC_Q, &len);
    nd__crypto_push_copy(ctx, p + 1, size);
    duk_put_prop_string(ctx, -2, "x");
    nd__crypto_push_copy(ctx, p + 1 + size, size);
    duk_put_prop_string(ctx, -2, "y");
    duk_push_string(ctx, nd__curve_jwk_name(k->curve));
    duk_put_prop_string(ctx, -2, "crv");
    if (k->is_private) { /* d at its full length, as JWK wants */
        unsigned char *d = nd__crypto_push_bytes(ctx, size);

        p = nd__key_part(k, ND__EC_X, &len);
        memcpy(d + size - len, p, len);
        duk_put_prop_string(ctx, -2, "d");
    }
    return 1;
}

/* Part `name` of the parts object at idx into *s (empty if absent). */
static void jwk_part(duk_context *ctx, duk_idx_t idx, const char *name,
                     nd__span_t *s) {
    duk_size_t len = 0;

    s->p = NULL;
    s->len = 0;
    if (duk_get_prop_string(ctx, idx, name) && duk_is_buffer_data(ctx, -1)) {
        s->p = duk_get_buffer_data(ctx, -1, &len);
        s->len = s->p != NULL ? len : 0;
    }
    duk_pop(ctx); /* the object at idx keeps the buffer alive */
}

/* keyFromJwk(kty, crv, parts, wantPrivate) -> key state.  kty is 'RSA' or
 * 'EC'; parts holds the decoded numbers as buffers. */
static duk_ret_t c_key_from_jwk(duk_context *ctx) {
    const char *kty = nd_check_string(ctx, 0, "kty", NULL);
    const char *crv = nd_opt_string(ctx, 1, "crv", "");
    int want_private = nd_check_bool(ctx, 3, "wantPrivate");
    unsigned char q[BR_EC_KBUF_PUB_MAX_SIZE];
    nd__key_spec_t s;
    nd__span_t x, y;
    size_t size;
    int i;

    if (!duk_is_object(ctx, 2))
        return nd_throw_arg_type(ctx, 2, "parts", "of type object");
    memset(&s, 0, sizeof(s));
    s.is_private = want_private;
    if (strcmp(kty, "RSA") == 0) {
        s.kind = ND__KEY_RSA;
        for (i = 0; i < ND__KEY_PARTS; i++)
            jwk_part(ctx, 2, rsa_jwk_names[i], &s.part[i]);
    } else if (strcmp(kty, "EC") == 0) {
        s.kind = ND__KEY_EC;
        s.curve = nd__curve_from_name(crv);
        size = nd__curve_size(s.curve);
        jwk_part(ctx, 2, "x", &x);
        jwk_part(ctx, 2, "y", &y);
        jwk_part(ctx, 2, "d", &s.part[ND__EC_X]);
        if (size == 0 || x.len != size || y.len != size)
            return throw_unsupported(ctx);
        q[0] = 4;
        memcpy(q + 1, x.p, size);
        memcpy(q + 1 + size, y.p, size);
        s.part[ND__EC_Q].p = q;
        s.part[ND__EC_Q].len = 2 * size + 1;
    } else {
        return throw_unsupported(ctx);
    }
    nd__key_push(ctx, &s);
    return 1;
}

static const duk_function_list_entry functions[] = {
    {"keyParse", c_key_parse, 4},      {"keyDetails", c_key_details, 1},
    {"keyPublic", c_key_public, 1},    {"keyEquals", c_key_equals, 2},
    {"keyExport", c_key_export, 3},    {"keyJwkParts", c_key_jwk_parts, 1},
    {"keyFromJwk", c_key_from_jwk, 4}, {NULL, NULL, 0},
};

/* see crypto_binding.h */
void nd__crypto_keys_init(duk_context *ctx, duk_idx_t idx) {
    duk_put_function_list(ctx, idx, functions);
}
