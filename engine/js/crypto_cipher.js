/*
 * internal/crypto_cipher: Cipheriv and Decipheriv (createCipheriv,
 * createDecipheriv), getCiphers and getCipherInfo, over the Cipher state
 * of modules/crypto_cipher.c.
 *
 * Ciphers: aes-128/192/256-cbc, -ctr and -gcm, and chacha20-poly1305.
 * A cipher Node has and nodule lacks (ECB, CFB, OFB, CCM, OCB, XTS, DES,
 * plain ChaCha20, ...) is refused with Node's ERR_CRYPTO_UNKNOWN_CIPHER
 * and a note naming what nodule offers.
 *
 * Text output goes through a StringDecoder, as in Node, so a multi-byte
 * character or a base64 group split across update() calls comes out
 * whole.  Both classes are LazyTransform streams.
 */
'use strict';

var util = require('internal/crypto_util');
var hashes = require('internal/crypto_hash');

var binding = util.binding;
var LazyTransform = util.LazyTransform;
var makeError = require('internal/errors').makeError;

var kHandle = hashes.kHandle;

// What getCipherInfo() reports, as OpenSSL names and numbers them.
var INFO = {
    'aes-128-cbc': ['aes-128-cbc', 419], 'aes-192-cbc': ['aes-192-cbc', 423],
    'aes-256-cbc': ['aes-256-cbc', 427], 'aes-128-ctr': ['aes-128-ctr', 904],
    'aes-192-ctr': ['aes-192-ctr', 905], 'aes-256-ctr': ['aes-256-ctr', 906],
    'aes-128-gcm': ['id-aes128-gcm', 895],
    'aes-192-gcm': ['id-aes192-gcm', 898],
    'aes-256-gcm': ['id-aes256-gcm', 901],
    'chacha20-poly1305': ['chacha20-poly1305', 1018]
};

var ALIASES = ['aes128', 'aes192', 'aes256', 'id-aes128-GCM',
    'id-aes192-GCM', 'id-aes256-GCM'];

// Ciphers OpenSSL has and BearSSL does not.
var NODE_ONLY = new RegExp('^(aes-(128|192|256)-(ecb|cfb|cfb1|cfb8|ofb|' +
    'ccm|ocb|xts|wrap|wrap-pad|cbc-hmac-sha1|cbc-hmac-sha256)|' +
    'aes(128|192|256)-wrap(-pad)?|id-aes(128|192|256)-(ccm|wrap|wrap-pad)|' +
    'aria|camellia|des|bf|blowfish|cast|rc2|rc4|seed|sm4|idea|' +
    'chacha20$)', 'i');

function unknownCipher(name) {
    var err = makeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    if (NODE_ONLY.test(name)) {
        err.message += ' (' + name + ' is not available in nodule, which ' +
            'offers aes-128/192/256-cbc, -ctr and -gcm and chacha20-poly1305)';
    }
    return err;
}

// A secret key for a cipher: a secret KeyObject, a string (in the
// options' encoding), an ArrayBuffer or a view.
function cipherKey(key, encoding) {
    return hashes.secretBytes(key, 'key', encoding, ['string', 'ArrayBuffer',
        'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey']);
}

function createCipher(self, cipher, key, iv, options, encrypt) {
    util.validateString(cipher, 'cipher');
    var encoding = options !== null && typeof options === 'object' ?
        options.encoding : undefined;
    key = cipherKey(key, encoding);
    if (iv !== null) {
        iv = util.toBytes(iv, 'iv', encoding);
    }
    var tagLength = -1;
    if (options !== null && typeof options === 'object' &&
            options.authTagLength !== undefined) {
        util.validateInteger(options.authTagLength, 'options.authTagLength',
            0, 4294967295);
        tagLength = options.authTagLength;
    }
    if (binding.cipherInfo(cipher) === undefined) {
        throw unknownCipher(cipher);
    }
    self[kHandle] = binding.cipherNew(cipher, key, iv, encrypt,
        Math.min(tagLength, 1 << 30));
    self._decoder = null;
    util.linkStream();
    LazyTransform.call(self, options);
}

function getDecoder(decoder, encoding) {
    if (decoder === null) {
        var StringDecoder = require('string_decoder').StringDecoder;
        return new StringDecoder(encoding);
    }
    return decoder;
}

function update(data, inputEncoding, outputEncoding) {
    data = util.toData(data, inputEncoding);
    var ret = util.toBuffer(binding.cipherUpdate(this[kHandle], data));
    if (outputEncoding && outputEncoding !== 'buffer') {
        this._decoder = getDecoder(this._decoder, outputEncoding);
        return this._decoder.write(ret);
    }
    return ret;
}

function final(outputEncoding) {
    var ret = util.toBuffer(binding.cipherFinal(this[kHandle]));
    if (outputEncoding && outputEncoding !== 'buffer') {
        this._decoder = getDecoder(this._decoder, outputEncoding);
        return this._decoder.end(ret);
    }
    return ret;
}

// Node passes !!ap on: setAutoPadding() with no argument turns it off.
function setAutoPadding(ap) {
    binding.cipherSetAutoPadding(this[kHandle], !!ap);
    return this;
}

function setAAD(aadbuf, options) {
    var encoding = options !== null && typeof options === 'object' ?
        options.encoding : undefined;
    binding.cipherSetAAD(this[kHandle],
        util.toBytes(aadbuf, 'buffer', encoding));
    return this;
}

function transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
}

function flush(callback) {
    var out;
    try {
        out = this.final();
    } catch (err) {
        callback(err);
        return;
    }
    this.push(out);
    callback();
}

// ---- the two classes -----------------------------------------------------

function Cipheriv(cipher, key, iv, options) {
    if (!(this instanceof Cipheriv)) {
        return new Cipheriv(cipher, key, iv, options);
    }
    createCipher(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
    if (!(this instanceof Decipheriv)) {
        return new Decipheriv(cipher, key, iv, options);
    }
    createCipher(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

[Cipheriv, Decipheriv].forEach(function (C) {
    C.prototype.update = update;
    C.prototype.final = final;
    C.prototype.setAutoPadding = setAutoPadding;
    C.prototype.setAAD = setAAD;
    C.prototype._transform = transform;
    C.prototype._flush = flush;
});

Cipheriv.prototype.getAuthTag = function getAuthTag() {
    return util.toBuffer(binding.cipherGetAuthTag(this[kHandle]));
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
    binding.cipherSetAuthTag(this[kHandle],
        util.toBytes(tagbuf, 'buffer', encoding));
    return this;
};

// ---- lists and facts -----------------------------------------------------

function getCiphers() {
    return binding.ciphers.concat(ALIASES).sort();
}

function getCipherInfo(nameOrNid, options) {
    var info;
    if (typeof nameOrNid === 'number') {
        binding.ciphers.forEach(function (name) {
            if (INFO[name][1] === nameOrNid) {
                info = binding.cipherInfo(name);
            }
        });
    } else {
        util.validateString(nameOrNid, 'nameOrNid');
        info = binding.cipherInfo(nameOrNid);
    }
    if (info === undefined) {
        return undefined;
    }
    var keyLength = info.keyLength;
    var ivLength = info.ivLength;
    if (options !== undefined) {
        util.validateObject(options, 'options');
        if (options.keyLength !== undefined) {
            util.validateInteger(options.keyLength, 'options.keyLength', 0,
                2147483647);
            if (options.keyLength !== keyLength) {
                return undefined;
            }
        }
        if (options.ivLength !== undefined) {
            util.validateInteger(options.ivLength, 'options.ivLength', 0,
                2147483647);
            if (info.mode === 'gcm' ? options.ivLength < 1 :
                    options.ivLength !== ivLength) {
                return undefined;
            }
            ivLength = options.ivLength;
        }
    }
    var result = { mode: info.mode, name: INFO[info.name][0],
        nid: INFO[info.name][1] };
    if (info.mode !== 'stream') {
        result.blockSize = info.blockSize;
    }
    result.ivLength = ivLength;
    result.keyLength = keyLength;
    return result;
}

module.exports = {
    Cipheriv: Cipheriv,
    Decipheriv: Decipheriv,
    getCiphers: getCiphers,
    getCipherInfo: getCipherInfo,
    unknownCipher: unknownCipher
};
