// Known answers for the ciphers: AES-CBC and AES-CTR from NIST SP 800-38A
// (F.2.1, F.2.5, F.5.1), AES-GCM from McGrew and Viega's GCM paper (test
// cases 1-5 and 16) and ChaCha20-Poly1305 from RFC 8439 (2.8.2).  Each
// runs both ways, and in pieces of every size from 1 to 17 bytes.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

function hex(s) {
    return Buffer.from(s.replace(/\s+/g, ''), 'hex');
}

// Run data through a cipher in pieces of `step` bytes.
function run(c, data, step) {
    var out = [];
    for (var at = 0; at < data.length; at += step) {
        out.push(c.update(data.subarray(at, at + step)));
    }
    out.push(c.final());
    return Buffer.concat(out);
}

var sp800PlainText = hex('6bc1bee22e409f96e93d7e117393172a' +
    'ae2d8a571e03ac9c9eb76fac45af8e51 30c81c46a35ce411e5fbc1191a0a52ef' +
    'f69f2445df4f9b17ad2b417be66c3710');
var key128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
var key256 = hex('603deb1015ca71be2b73aef0857d7781' +
    '1f352c073b6108d72d9810a30914dff4');

var plain = [ // name, key, iv, plaintext, ciphertext (no padding)
    ['aes-128-cbc', key128, hex('000102030405060708090a0b0c0d0e0f'),
        sp800PlainText, hex('7649abac8119b246cee98e9b12e9197d' +
        '5086cb9b507219ee95db113a917678b2 73bed6b8e3c1743b7116e69e22229516' +
        '3ff1caa1681fac09120eca307586e1a7')],
    ['aes-256-cbc', key256, hex('000102030405060708090a0b0c0d0e0f'),
        sp800PlainText, hex('f58c4c04d6e5f1ba779eabfb5f7bfbd6' +
        '9cfc4e967edb808d679f777bc6702c7d 39f23369a9d9bacfa530e26304231461' +
        'b2eb05e2c39be9fcda6c19078c6a9d1b')],
    ['aes-128-ctr', key128, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'),
        sp800PlainText, hex('874d6191b620e3261bef6864990db6ce' +
        '9806f66b7970fdff8617187bb9fffdff 5ae4df3edbd5d35e5b4f09020db03eab' +
        '1e031dda2fbe03d1792170a0f3009cee')]
];

plain.forEach(function (v) {
    for (var step = 1; step <= 17; step++) {
        var enc = crypto.createCipheriv(v[0], v[1], v[2]);
        enc.setAutoPadding(false);
        assert.strictEqual(run(enc, v[3], step).toString('hex'),
            v[4].toString('hex'), v[0] + ' step ' + step);
        var dec = crypto.createDecipheriv(v[0], v[1], v[2]);
        dec.setAutoPadding(false);
        assert.strictEqual(run(dec, v[4], step).toString('hex'),
            v[3].toString('hex'));
    }
});

var gcmKey = hex('feffe9928665731c6d6a8f9467308308');
var gcmPlain = hex('d9313225f88406e5a55909c5aff5269a' +
    '86a7a9531534f7da2e4c303d8a318a72 1c3c0c95956809532fcf0e2449a6b525' +
    'b16aedf5aa0de657ba637b391aafd255');
var gcmAad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
var gcmCipher3 = hex('42831ec2217774244b7221b784d0d49c' +
    'e3aa212f2c02a4e035c17e2329aca12e 21d514b25466931c7d8f6a5aac84aa05' +
    '1ba30b396a0aac973d58e091473f5985');

var sealed = [ // name, key, iv, aad, plaintext, ciphertext, tag
    ['aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), null,
        Buffer.alloc(0), Buffer.alloc(0),
        '58e2fccefa7e3061367f1d57a4e7455a'],
    ['aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), null,
        Buffer.alloc(16), hex('0388dace60b6a392f328c2b971b2fe78'),
        'ab6e47d42cec13bdf53a67b21257bddf'],
    ['aes-128-gcm', gcmKey, hex('cafebabefacedbaddecaf888'), null,
        gcmPlain, gcmCipher3, '4d5c2af327cd64a62cf35abd2ba6fab4'],
    ['aes-128-gcm', gcmKey, hex('cafebabefacedbaddecaf888'), gcmAad,
        gcmPlain.subarray(0, 60), gcmCipher3.subarray(0, 60),
        '5bc94fbc3221a5db94fae95ae7121a47'],
    ['aes-128-gcm', gcmKey, hex('cafebabefacedbad'), gcmAad,
        gcmPlain.subarray(0, 60), hex('61353b4c2806934a777ff51fa22a4755' +
        '699b2a714fcdc6f83766e5f97b6c7423 73806900e49f24b22b097544d4896b42' +
        '4989b5e1ebac0f07c23f4598'), '3612d2e79e3b0785561be14aaca2fccb'],
    ['aes-256-gcm', Buffer.concat([gcmKey, gcmKey]),
        hex('cafebabefacedbaddecaf888'), gcmAad, gcmPlain.subarray(0, 60),
        hex('522dc1f099567d07f47f37a32a84427d' +
        '643a8cdcbfe5c0c97598a2bd2555d1aa 8cb08e48590dbb3da7b08b1056828838' +
        'c5f61e6393ba7a0abcc9f662'), '76fc6ece0f4e1768cddf8853bb2d551b'],
    ['chacha20-poly1305', hex('808182838485868788898a8b8c8d8e8f' +
        '909192939495969798999a9b9c9d9e9f'), hex('070000004041424344454647'),
        hex('50515253c0c1c2c3c4c5c6c7'), Buffer.from('Ladies and Gentlemen ' +
        'of the class of \'99: If I could offer you only one tip for the ' +
        'future, sunscreen would be it.'), hex('d31a8d34648e60db7b86afbc53ef' +
        '7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da9272' +
        '8b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58' +
        'fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b61' +
        '16'), '1ae10b594f09e26a7e902ecbd0600691']
];

sealed.forEach(function (v, n) {
    for (var step = 1; step <= 17; step++) {
        var enc = crypto.createCipheriv(v[0], v[1], v[2]);
        if (v[3] !== null) {
            enc.setAAD(v[3]);
        }
        assert.strictEqual(run(enc, v[4], step).toString('hex'),
            v[5].toString('hex'), 'sealed vector ' + n + ' step ' + step);
        assert.strictEqual(enc.getAuthTag().toString('hex'), v[6]);

        var dec = crypto.createDecipheriv(v[0], v[1], v[2]);
        if (v[3] !== null) {
            dec.setAAD(v[3]);
        }
        dec.setAuthTag(hex(v[6]));
        assert.strictEqual(run(dec, v[5], step).toString('hex'),
            v[4].toString('hex'));
    }
    // One flipped bit anywhere makes final() fail.
    var bad = crypto.createDecipheriv(v[0], v[1], v[2]);
    if (v[3] !== null) {
        bad.setAAD(v[3]);
    }
    var tag = hex(v[6]);
    tag[n % 16] ^= 1;
    bad.setAuthTag(tag);
    bad.update(v[5]);
    assert.throws(function () {
        bad.final();
    }, { message: 'Unsupported state or unable to authenticate data' });
});

// Truncated tags: the first bytes of the full tag.
var short = crypto.createCipheriv('aes-128-gcm', gcmKey,
    hex('cafebabefacedbaddecaf888'), { authTagLength: 8 });
short.update(gcmPlain);
short.final();
assert.strictEqual(short.getAuthTag().toString('hex'), '4d5c2af327cd64a6');

console.log('ok');
