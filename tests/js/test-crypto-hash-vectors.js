// Known answers for the digests (FIPS 180-2 examples, RFC 1321) and for
// HMAC (RFC 4231 for SHA-2, RFC 2202 for MD5 and SHA-1).
'use strict';
var assert = require('assert');
var crypto = require('crypto');

function digest(alg, data) {
    return crypto.createHash(alg).update(data).digest('hex');
}

var abc = 'abc';
var m448 = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
var m896 = 'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn' +
    'hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';
var million = Buffer.alloc(1000000, 'a');

var vectors = [
    ['md5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['md5', abc, '900150983cd24fb0d6963f7d28e17f72'],
    ['md5', 'message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['sha1', abc, 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['sha1', m448, '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
    ['sha1', million, '34aa973cd4c4daa4f61eeb2bdbad27316534016f'],
    ['sha224', abc,
        '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'],
    ['sha224', m448,
        '75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525'],
    ['sha256', '',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['sha256', abc,
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['sha256', m448,
        '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['sha256', million,
        'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
    ['sha384', abc, 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded163' +
        '1a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
    ['sha384', m896, '09330c33f71147e83d192fc782cd1b4753111b173b3b05d2' +
        '2fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039'],
    ['sha512', abc, 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea2' +
        '0a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e' +
        '2a9ac94fa54ca49f'],
    ['sha512', m896, '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa1' +
        '7299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd2654' +
        '5e96e55b874be909']
];
vectors.forEach(function (v) {
    assert.strictEqual(digest(v[0], v[1]), v[2], v[0] + ' of ' +
        String(v[1]).slice(0, 20));
    assert.strictEqual(crypto.hash(v[0], v[1]), v[2]);
});

// The million a's fed in uneven pieces give the same answer.
var h = crypto.createHash('sha256');
for (var at = 0, step = 1; at < million.length; at += step, step += 997) {
    h.update(million.subarray(at, Math.min(at + step, million.length)));
}
assert.strictEqual(h.digest('hex'), vectors[11][2]);

function hmac(alg, key, data) {
    return crypto.createHmac(alg, key).update(data).digest('hex');
}

function bytes(value, n) {
    return Buffer.alloc(n, value);
}

var key4 = Buffer.alloc(25);
for (var i = 0; i < 25; i++) {
    key4[i] = i + 1;
}
var big = 'Test Using Larger Than Block-Size Key - Hash Key First';
var bigData = 'This is a test using a larger than block-size key and a ' +
    'larger than block-size data. The key needs to be hashed before ' +
    'being used by the HMAC algorithm.';

var hmacs = [
    // RFC 4231, test cases 1, 2, 3, 4, 6 and 7
    ['sha224', bytes(0x0b, 20), 'Hi There',
        '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22'],
    ['sha256', bytes(0x0b, 20), 'Hi There',
        'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
    ['sha384', bytes(0x0b, 20), 'Hi There', 'afd03944d84895626b0825f4ab46' +
        '907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6'],
    ['sha512', bytes(0x0b, 20), 'Hi There', '87aa7cdea5ef619d4ff0b4241a1d6c' +
        'b02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be' +
        '9d914eeb61f1702e696c203a126854'],
    ['sha224', 'Jefe', 'what do ya want for nothing?',
        'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44'],
    ['sha256', 'Jefe', 'what do ya want for nothing?',
        '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
    ['sha384', 'Jefe', 'what do ya want for nothing?', 'af45d2e3764840316' +
        '17f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b32' +
        '39ecfab21649'],
    ['sha512', 'Jefe', 'what do ya want for nothing?', '164b7a7bfcf819e2e3' +
        '95fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f' +
        '65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737'],
    ['sha256', bytes(0xaa, 20), bytes(0xdd, 50),
        '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'],
    ['sha256', key4, bytes(0xcd, 50),
        '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b'],
    ['sha256', bytes(0xaa, 131), big,
        '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54'],
    ['sha512', bytes(0xaa, 131), big, '80b24263c7c1a3ebb71493c1dd7be8b49b46' +
        'd1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73' +
        'f63f0aec8b915a985d786598'],
    ['sha256', bytes(0xaa, 131), bigData,
        '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2'],
    // RFC 2202, test case 1
    ['md5', bytes(0x0b, 16), 'Hi There', '9294727a3638bb1c13f48ef8158bfc9d'],
    ['sha1', bytes(0x0b, 20), 'Hi There',
        'b617318655057264e28bc0b6fb378c8ef146be00']
];
hmacs.forEach(function (v, n) {
    assert.strictEqual(hmac(v[0], v[1], v[2]), v[3], 'hmac vector ' + n);
    // The same key as a KeyObject, and as an ArrayBuffer.
    var keyBytes = Buffer.from(v[1]);
    assert.strictEqual(hmac(v[0], crypto.createSecretKey(keyBytes), v[2]),
        v[3]);
    var ab = new Uint8Array(keyBytes).buffer;
    assert.strictEqual(hmac(v[0], ab, v[2]), v[3]);
});

console.log('ok');
