// The fixture keys read and written back in every form (PEM, DER, JWK),
// with what KeyObject says about them, for comparison with Node.
'use strict';
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '..', 'fixtures', 'crypto');
var files = ['p256-params.pem', 'p256-pkcs8.pem', 'p256-sec1.pem',
    'p256-spki.pem', 'p384-sec1.pem', 'p384-spki.pem', 'p521-sec1.pem',
    'p521-spki.pem', 'rsa1024-pkcs1.pem', 'rsa1024-spki.pem',
    'rsa2048-cert.pem', 'rsa2048-pkcs1-pub.pem', 'rsa2048-pkcs1.pem',
    'rsa2048-pkcs8.pem', 'rsa2048-spki.pem'];

function show(label, fn) {
    try {
        var r = fn();
        console.log(label, typeof r === 'string' ? r : JSON.stringify(r));
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}

files.forEach(function (name) {
    var pem = fs.readFileSync(path.join(dir, name), 'utf8');
    show(name + ' private', function () {
        var k = crypto.createPrivateKey(pem);
        var d = k.asymmetricKeyDetails;
        return [k.type, k.asymmetricKeyType, d.namedCurve || d.modulusLength];
    });
    show(name + ' public', function () {
        var k = crypto.createPublicKey(pem);
        var d = k.asymmetricKeyDetails;
        return [k.type, k.asymmetricKeyType, d.namedCurve || d.modulusLength];
    });
    ['pkcs1', 'pkcs8', 'sec1'].forEach(function (type) {
        show(name + ' private ' + type, function () {
            return crypto.createPrivateKey(pem).export({ format: 'pem',
                type: type });
        });
        show(name + ' private der ' + type, function () {
            return crypto.createPrivateKey(pem).export({ format: 'der',
                type: type }).toString('base64');
        });
    });
    ['pkcs1', 'spki'].forEach(function (type) {
        show(name + ' public ' + type, function () {
            return crypto.createPublicKey(pem).export({ format: 'pem',
                type: type });
        });
    });
    show(name + ' jwk private', function () {
        return crypto.createPrivateKey(pem).export({ format: 'jwk' });
    });
    show(name + ' jwk public', function () {
        return crypto.createPublicKey(pem).export({ format: 'jwk' });
    });
    show(name + ' der round trip', function () {
        var k = crypto.createPublicKey(pem);
        return crypto.createPublicKey({ key: k.export({ format: 'der',
            type: 'spki' }), format: 'der', type: 'spki' }).equals(k);
    });
});
