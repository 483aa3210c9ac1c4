// RSA PKCS#1 v1.5 signatures are deterministic: nodule must produce
// Node's bytes.  ECDSA ones are random in Node, so only their verification
// is printed.
'use strict';
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '..', 'fixtures', 'crypto');

function pem(name) {
    return fs.readFileSync(path.join(dir, name), 'utf8');
}

['rsa1024-pkcs1.pem', 'rsa2048-pkcs8.pem'].forEach(function (name) {
    ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'RSA-SHA256',
        null].forEach(function (alg) {
        var sig = crypto.sign(alg, Buffer.from('message'), pem(name));
        console.log(name, alg, sig.toString('base64'));
        var s = crypto.createSign(alg || 'sha256');
        s.update('mess');
        s.update('age');
        console.log(name, alg, 'stream', s.sign(pem(name), 'hex') ===
            sig.toString('hex'));
    });
});
['p256-sec1.pem', 'p384-sec1.pem', 'p521-sec1.pem'].forEach(function (name) {
    ['sha1', 'sha256', 'sha512'].forEach(function (alg) {
        ['der', 'ieee-p1363'].forEach(function (enc) {
            var key = crypto.createPrivateKey(pem(name));
            var sig = crypto.sign(alg, Buffer.from('m'), { key: key,
                dsaEncoding: enc });
            console.log(name, alg, enc, enc === 'der' ? sig[0] : sig.length,
                crypto.verify(alg, Buffer.from('m'), { key:
                crypto.createPublicKey(key), dsaEncoding: enc }, sig));
        });
    });
});
