/*
 * crypto_cipher.c - the native half of crypto.createCipheriv and
 * createDecipheriv (engine/js/crypto_cipher.js): the table of ciphers
 * nodule offers, the functions JS calls, and the two unauthenticated
 * modes, AES-CBC (PKCS#7 padding) and AES-CTR.  GCM and ChaCha20-Poly1305
 * are in crypto_aead.c.
 *
 * One state object (crypto_binding.h) per cipher, wiped when collected:
 * nd__cipher_t, whose invariants crypto_cipher.h states.  update() copies
 * its input once, into the ArrayBuffer it returns, and encrypts there in
 * place; nothing else is copied.
 *
 * AES runs on the best BearSSL implementation the CPU allows (AES-NI,
 * POWER8, else the constant-time "ct64" code).  BearSSL's plain CTR mode
 * counts in the last 32 bits of the block; Node's AES-CTR counts over all
 * 128, which BearSSL's "ctrcbc" interface does, so CTR uses that.
 *
 * Errors are Node's: unknown cipher, key or IV of the wrong size, a bad
 * tag length, and OpenSSL's "bad decrypt" and "wrong final block length".
 *
 * Threading: the engine's thread.
 */
#include <string.h>

#include "crypto_binding.h"
#include "crypto_cipher.h"

static const nd__cipher_info_t ciphers[] = {
    {"aes-128-cbc", ND__MODE_CBC, 16, 16, 16},
    {"aes-192-cbc", ND__MODE_CBC, 24, 16, 16},
    {"aes-256-cbc", ND__MODE_CBC, 32, 16, 16},
    {"aes-128-ctr", ND__MODE_CTR, 16, 16, 1},
    {"aes-192-ctr", ND__MODE_CTR, 24, 16, 1},
    {"aes-256-ctr", ND__MODE_CTR, 32, 16, 1},
    {"aes-128-gcm", ND__MODE_GCM, 16, 12, 1},
    {"aes-192-gcm", ND__MODE_GCM, 24, 12, 1},
    {"aes-256-gcm", ND__MODE_GCM, 32, 12, 1},
    {"chacha20-poly1305", ND__MODE_CHACHA_POLY, 32, 12, 1},
};

/* OpenSSL's other names for the same ciphers. */
static const struct {
    const char *alias, *name;
} cipher_aliases[] = {
    {"aes128", "aes-128-cbc"},        {"aes192", "aes-192-cbc"},
    {"aes256", "aes-256-cbc"},        {"id-aes128-gcm", "aes-128-gcm"},
    {"id-aes192-gcm", "aes-192-gcm"}, {"id-aes256-gcm", "aes-256-gcm"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const nd_handle_type_t cipher_type = {"Cipher"};

/* The cipher a name stands for (case-insensitive), or NULL. */
static const nd__cipher_info_t *find_cipher(const char *name) {
    char low[32];
    size_t i;
    const char *key = low;

    if (nd__crypto_lower(name, low, sizeof(low)) < 0)
        return NULL;
    for (i = 0; i < COUNT(cipher_aliases); i++)
        if (strcmp(low, cipher_aliases[i].alias) == 0)
            key = cipher_aliases[i].name;
    for (i = 0; i < COUNT(ciphers); i++)
        if (strcmp(key, ciphers[i].name) == 0)
            return &ciphers[i];
    return NULL;
}

static int is_aead(const nd__cipher_t *c) {
    return c->info->mode == ND__MODE_GCM ||
           c->info->mode == ND__MODE_CHACHA_POLY;
}

/* Can a tag of len bytes be used with this cipher?  GCM: 4, 8 or 12 to
 * 16 (NIST SP 800-38D); ChaCha20-Poly1305: 1 to 16. */
static int tag_len_ok(const nd__cipher_info_t *info, int64_t len) {
    if (info->mode == ND__MODE_GCM)
        return len == 4 || len == 8 || (len >= 12 && len <= 16);
    return len >= 1 && len <= 16;
}

static duk_ret_t throw_state(duk_context *ctx, const char *op) {
    return nd_throw(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_INVALID_STATE",
                    "Invalid state for operation %s", op);
}

static duk_ret_t throw_tag_len(duk_context *ctx, int64_t len) {
    return nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_AUTH_TAG",
                    "Invalid authentication tag length: %ld", (long)len);
}

static duk_ret_t throw_auth(duk_context *ctx) {
    return nd_throw(ctx, DUK_ERR_ERROR, NULL,
                    "Unsupported state or unable to authenticate data");
}

/* ---- AES implementations ------------------------------------------------ */

static const br_block_cbcenc_class *aes_cbcenc(void) {
    const br_block_cbcenc_class *v = br_aes_x86ni_cbcenc_get_vtable();

    if (v == NULL)
        v = br_aes_pwr8_cbcenc_get_vtable();
    return v != NULL ? v : &br_aes_ct64_cbcenc_vtable;
}

static const br_block_cbcdec_class *aes_cbcdec(void) {
    const br_block_cbcdec_class *v = br_aes_x86ni_cbcdec_get_vtable();

    if (v == NULL)
        v = br_aes_pwr8_cbcdec_get_vtable();
    return v != NULL ? v : &br_aes_ct64_cbcdec_vtable;
}

static const br_block_ctrcbc_class *aes_ctrcbc(void) {
    const br_block_ctrcbc_class *v = br_aes_x86ni_ctrcbc_get_vtable();

    if (v == NULL)
        v = br_aes_pwr8_ctrcbc_get_vtable();
    return v != NULL ? v : &br_aes_ct64_ctrcbc_vtable;
}

/* ---- CBC ---------------------------------------------------------------- */

/* Encrypt or decrypt whole blocks in place, chaining through c->iv. */
static void cbc_blocks(nd__cipher_t *c, unsigned char *p, size_t len) {
    if (len == 0)
        return;
    if (c->encrypt)
        c->u.cbcenc.vtable->run(&c->u.cbcenc.vtable, c->iv, p, len);
    else
        c->u.cbcdec.vtable->run(&c->u.cbcdec.vtable, c->iv, p, len);
}

/* How many bytes update() returns for len more input. */
static size_t cbc_out_len(const nd__cipher_t *c, size_t len) {
    size_t total = c->npend + len, out = total - total % 16;

    /* Decrypting with padding: the last block waits for final(). */
    if (!c->encrypt && c->padding && out > 0 && out == total)
        out -= 16;
    return out;
}

static void cbc_update(nd__cipher_t *c, const unsigned char *in, size_t len,
                       unsigned char *out, size_t out_len) {
    size_t from_pend = c->npend < out_len ? c->npend : out_len;
    size_t from_in = out_len - from_pend;

    if (out_len == 0) { /* out may be NULL then */
        memcpy(c->pend + c->npend, in, len);
        c->npend += len;
        return;
    }
    memcpy(out, c->pend, from_pend);
    memmove(c->pend, c->pend + from_pend, c->npend - from_pend);
    c->npend -= from_pend;
    if (from_in > 0)
        memcpy(out + from_pend, in, from_in);
    cbc_blocks(c, out, out_len);
    memcpy(c->pend + c->npend, in + from_in, len - from_in);
    c->npend += len - from_in;
}

/* The last block: pad and encrypt, or decrypt and unpad.  Pushes the
 * output; throws OpenSSL's errors. */
static void cbc_final(duk_context *ctx, nd__cipher_t *c) {
    unsigned char block[16];
    unsigned pad, bad, i;

    if (!c->padding || (!c->encrypt && c->npend != 16)) {
        if (c->npend != 0 || (c->padding && !c->encrypt))
            nd__crypto_throw_ossl(ctx, "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH",
                                  "1C80006B", "Provider routines",
                                  "wrong final block length");
        nd__crypto_push_bytes(ctx, 0);
        return;
    }
    memcpy(block, c->pend, c->npend);
    if (c->encrypt) { /* PKCS#7: n bytes of value n, n in 1 .. 16 */
        pad = 16 - (unsigned)c->npend;
        memset(block + c->npend, (int)pad, pad);
        cbc_blocks(c, block, 16);
        nd__crypto_push_copy(ctx, block, 16);
        return;
    }
    cbc_blocks(c, block, 16);
    /* Check the padding without branching on the secret bytes. */
    pad = block[15];
    bad = (unsigned)((pad - 1) >> 8) | ((16 - pad) >> 8); /* pad 1..16 */
    for (i = 0; i < 16; i++) {
        unsigned in_pad = ((15 - i) - pad) >> 8 & 1; /* i >= 16 - pad */
        bad |= in_pad * (unsigned)(block[i] ^ pad);
    }
    if (bad != 0) {
        memset(block, 0, sizeof(block));
        nd__crypto_throw_ossl(ctx, "ERR_OSSL_BAD_DECRYPT", "1C800064",
                              "Provider routines", "bad decrypt");
    }
    nd__crypto_push_copy(ctx, block, 16 - pad);
    memset(block, 0, sizeof(block));
}

/* ---- CTR ---------------------------------------------------------------- */

/* XOR data with the keystream of the 128-bit counter in c->iv. */
static void ctr_xor(nd__cipher_t *c, unsigned char *data, size_t len) {
    const br_block_ctrcbc_class *const *v = &c->u.ctr.vtable;
    size_t bulk, i;

    for (; c->npend > 0 && len > 0; data++, len--)
        *data ^= c->pend[16 - c->npend--];
    bulk = len - len % 16;
    if (bulk > 0)
        (*v)->ctr(v, c->iv, data, bulk);
    data += bulk;
    len -= bulk;
    if (len > 0) {
        memset(c->pend, 0, 16);
        (*v)->ctr(v, c->iv, c->pend, 16);
        for (i = 0; i < len; i++)
            data[i] ^= c->pend[i];
        c->npend = 16 - len;
    }
}

/* ---- the functions JS calls --------------------------------------------- */

/* cipherNew(name, key, iv, encrypt, authTagLength) -> state.  key and iv
 * are bytes or strings (UTF-8); iv may be null; authTagLength -1 means
 * "not given". */
static duk_ret_t c_cipher_new(duk_context *ctx) {
    const char *name = nd_check_string(ctx, 0, "cipher", NULL);
    const nd__cipher_info_t *info = find_cipher(name);
    size_t klen, ivlen = 0;
    const unsigned char *key, *iv = NULL;
    int encrypt = nd_check_bool(ctx, 3, "encrypt");
    int64_t tag_len = nd_check_integer(ctx, 4, "authTagLength", -1, 1 << 30);
    nd__cipher_t *c;

    if (info == NULL)
        return nd_throw(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_UNKNOWN_CIPHER",
                        "Unknown cipher");
    key = nd__crypto_bytes(ctx, 1, "key", &klen);
    if (!duk_is_null(ctx, 2))
        iv = nd__crypto_bytes(ctx, 2, "iv", &ivlen);
    if (klen != info->key_len)
        return nd_throw(ctx, DUK_ERR_RANGE_ERROR, "ERR_CRYPTO_INVALID_KEYLEN",
                        "Invalid key length");
    if (iv == NULL ||
        (info->mode == ND__MODE_GCM ? ivlen == 0 : ivlen != info->iv_len))
        return nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_IV",
                        "Invalid initialization vector");
    if (info->mode == ND__MODE_GCM || info->mode == ND__MODE_CHACHA_POLY) {
        if (tag_len != -1 && !tag_len_ok(info, tag_len))
            return throw_tag_len(ctx, tag_len);
    }

    c = nd__crypto_push_state(ctx, &cipher_type, sizeof(nd__cipher_t), 1);
    c->info = info;
    c->encrypt = encrypt;
    c->padding = 1;
    /* A decipher's tag must have the length given, or for ChaCha20-
     * Poly1305 the default 16; a GCM decipher without one takes any valid
     * length.  tag_set -1 means "a length to match". */
    c->tag_len = tag_len > 0 ? (unsigned)tag_len : 16;
    c->tag_set = tag_len > 0 || info->mode == ND__MODE_CHACHA_POLY ? -1 : 0;
    switch (info->mode) {
    case ND__MODE_CBC:
        memcpy(c->iv, iv, 16);
        if (encrypt)
            aes_cbcenc()->init(&c->u.cbcenc.vtable, key, klen);
        else
            aes_cbcdec()->init(&c->u.cbcdec.vtable, key, klen);
        break;
    case ND__MODE_CTR:
        memcpy(c->iv, iv, 16);
        aes_ctrcbc()->init(&c->u.ctr.vtable, key, klen);
        break;
    default:
        nd__aead_start(c, key, iv, ivlen);
        break;
    }
    return 1;
}

static nd__cipher_t *check_cipher(duk_context *ctx, duk_idx_t idx) {
    return nd__crypto_state(ctx, idx, &cipher_type, NULL);
}

/* cipherUpdate(state, data) -> ArrayBuffer; data is bytes or a string
 * (UTF-8) */
static duk_ret_t c_cipher_update(duk_context *ctx) {
    nd__cipher_t *c = check_cipher(ctx, 0);
    size_t len, out_len;
    const unsigned char *in = nd__crypto_bytes(ctx, 1, "data", &len);
    unsigned char *out;

    if (c->finished)
        return nd_throw(ctx, DUK_ERR_ERROR, NULL,
                        "Trying to add data in unsupported state");
    out_len = c->info->mode == ND__MODE_CBC ? cbc_out_len(c, len) : len;
    out = nd__crypto_push_bytes(ctx, out_len);
    switch (c->info->mode) {
    case ND__MODE_CBC:
        cbc_update(c, in, len, out, out_len);
        break;
    case ND__MODE_CTR:
        if (len > 0) {
            memcpy(out, in, len);
            ctr_xor(c, out, len);
        }
        break;
    default:
        if (len > 0)
            memcpy(out, in, len);
        nd__aead_run(c, out, len);
        break;
    }
    return 1;
}

/* cipherFinal(state) -> ArrayBuffer (empty for all but CBC) */
static duk_ret_t c_cipher_final(duk_context *ctx) {
    nd__cipher_t *c = check_cipher(ctx, 0);
    unsigned char tag[16];
    unsigned i, diff = 0;

    if (c->finished)
        return nd_throw(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_INVALID_STATE",
                        "Invalid state");
    c->finished = 1;
    if (c->info->mode == ND__MODE_CBC) {
        cbc_final(ctx, c);
        return 1;
    }
    if (is_aead(c)) {
        nd__aead_tag(c, tag);
        if (c->encrypt) {
            memcpy(c->tag, tag, c->tag_len);
        } else {
            if (c->tag_set != 1)
                return throw_auth(ctx);
            for (i = 0; i < c->tag_len; i++)
                diff |= (unsigned)(tag[i] ^ c->tag[i]);
            if (diff != 0)
                return throw_auth(ctx);
        }
    }
    nd__crypto_push_bytes(ctx, 0);
    return 1;
}

/* cipherSetAutoPadding(state, on) */
static duk_ret_t c_cipher_set_auto_padding(duk_context *ctx) {
    nd__cipher_t *c = check_cipher(ctx, 0);
    int on = nd_check_bool(ctx, 1, "autoPadding");

    if (c->finished)
        return throw_state(ctx, "setAutoPadding");
    c->padding = on;
    return 0;
}

/* cipherSetAAD(state, data) */
static duk_ret_t c_cipher_set_aad(duk_context *ctx) {
    nd__cipher_t *c = check_cipher(ctx, 0);
    size_t len;
    const unsigned char *p = nd__crypto_bytes(ctx, 1, "buffer", &len);

    if (!is_aead(c) || c->started || c->finished)
        return throw_state(ctx, "setAAD");
    nd__aead_aad(c, p, len);
    return 0;
}

/* cipherGetAuthTag(state) -> ArrayBuffer: encrypting, after final() */
static duk_ret_t c_cipher_get_auth_tag(duk_context *ctx) {
    nd__cipher_t *c = check_cipher(ctx, 0);

    if (!is_aead(c) || !c->encrypt || !c->finished)
        return throw_state(ctx, "getAuthTag");
    nd__crypto_push_copy(ctx, c->tag, c->tag_len);
    return 1;
}

/* cipherSetAuthTag(state, tag): decrypting, once, before final() */
static duk_ret_t c_cipher_set_auth_tag(duk_context *ctx) {
    nd__cipher_t *c = check_cipher(ctx, 0);
    size_t len;
    const unsigned char *p = nd__crypto_bytes(ctx, 1, "buffer", &len);

    if (!is_aead(c) || c->encrypt || c->finished || c->tag_set == 1)
        return throw_state(ctx, "setAuthTag");
    if (!tag_len_ok(c->info, (int64_t)len) ||
        (c->tag_set == -1 && len != c->tag_len))
        return throw_tag_len(ctx, (int64_t)len);
    memcpy(c->tag, p, len);
    c->tag_len = (unsigned)len;
    c->tag_set = 1;
    return 0;
}

/* cipherInfo(name) -> {name, mode, keyLength, ivLength, blockSize} or
 * undefined */
static duk_ret_t c_cipher_info(duk_context *ctx) {
    const nd__cipher_info_t *info =
        find_cipher(nd_check_string(ctx, 0, "name", NULL));
    static const char *const modes[] = {"", "cbc", "ctr", "gcm", "stream"};

    if (info == NULL)
        return 0;
    duk_push_object(ctx);
    duk_push_string(ctx, info->name);
    duk_put_prop_string(ctx, -2, "name");
    duk_push_string(ctx, modes[info->mode]);
    duk_put_prop_string(ctx, -2, "mode");
    duk_push_uint(ctx, info->key_len);
    duk_put_prop_string(ctx, -2, "keyLength");
    duk_push_uint(ctx, info->iv_len);
    duk_put_prop_string(ctx, -2, "ivLength");
    duk_push_uint(ctx, info->block_size);
    duk_put_prop_string(ctx, -2, "blockSize");
    return 1;
}

static const duk_function_list_entry functions[] = {
    {"cipherNew", c_cipher_new, 5},
    {"cipherUpdate", c_cipher_update, 2},
    {"cipherFinal", c_cipher_final, 1},
    {"cipherSetAutoPadding", c_cipher_set_auto_padding, 2},
    {"cipherSetAAD", c_cipher_set_aad, 2},
    {"cipherGetAuthTag", c_cipher_get_auth_tag, 1},
    {"cipherSetAuthTag", c_cipher_set_auth_tag, 2},
    {"cipherInfo", c_cipher_info, 1},
    {NULL, NULL, 0},
};

/* see crypto_binding.h */
void nd__crypto_cipher_init(duk_context *ctx, duk_idx_t idx) {
    size_t i;

    duk_put_function_list(ctx, idx, functions);
    duk_push_array(ctx);
    for (i = 0; i < COUNT(ciphers); i++) {
        duk_push_string(ctx, ciphers[i].name);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    duk_put_prop_string(ctx, idx, "ciphers");
}
