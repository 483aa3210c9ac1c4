// Bad input to crypto: the error's class, code and message, as Node has
// them.  Only cases where nodule and Node agree by design are here (what
// nodule lacks on purpose is tested in tests/js).
'use strict';
var crypto = require('crypto');

function t(label, fn) {
    try {
        var r = fn();
        console.log(label, 'returns', typeof r);
    } catch (e) {
        var extra = e.library ? ' [' + e.library + ' / ' + e.reason + ']' : '';
        console.log(label, e.name, e.code, JSON.stringify(e.message) + extra);
    }
}

var k16 = Buffer.alloc(16);
var iv16 = Buffer.alloc(16);
t('hash unknown', function () { return crypto.createHash('nope'); });
t('hash number', function () { return crypto.createHash(5); });
t('hash twice', function () {
    var h = crypto.createHash('sha1');
    h.digest();
    return h.digest();
});
t('hash update number', function () {
    return crypto.createHash('sha1').update(5);
});
t('hash odd hex', function () {
    return crypto.createHash('sha1').update('abc', 'hex');
});
t('hmac unknown', function () { return crypto.createHmac('nope', 'k'); });
t('hmac no key', function () { return crypto.createHmac('sha1'); });
t('hmac number key', function () { return crypto.createHmac('sha1', 5); });
t('cipher unknown', function () {
    return crypto.createCipheriv('aes-128-xyz', k16, iv16);
});
t('cipher key length', function () {
    return crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv16);
});
t('cipher iv length', function () {
    return crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(15));
});
t('bad decrypt', function () {
    var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
    d.update(Buffer.alloc(16));
    return d.final();
});
t('final block length', function () {
    var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
    d.update(Buffer.alloc(15));
    return d.final();
});
t('gcm no tag', function () {
    var d = crypto.createDecipheriv('aes-128-gcm', k16, Buffer.alloc(12));
    d.update('abc');
    return d.final();
});
t('gcm tag length', function () {
    return crypto.createDecipheriv('aes-128-gcm', k16, Buffer.alloc(12))
        .setAuthTag(Buffer.alloc(5));
});
t('gcm get tag early', function () {
    return crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12))
        .getAuthTag();
});
t('cbc setAAD', function () {
    return crypto.createCipheriv('aes-128-cbc', k16, iv16)
        .setAAD(Buffer.alloc(1));
});
t('final twice', function () {
    var c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
    c.final();
    return c.final();
});
t('update after final', function () {
    var c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
    c.final();
    return c.update('x');
});
t('pbkdf2 digest', function () {
    return crypto.pbkdf2Sync('p', 's', 1, 10, 'nope');
});
t('pbkdf2 iterations', function () {
    return crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1');
});
t('pbkdf2 keylen', function () {
    return crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1');
});
t('pbkdf2 no callback', function () {
    return crypto.pbkdf2('p', 's', 1, 10, 'sha1');
});
t('hkdf keylen', function () {
    return crypto.hkdfSync('sha256', 'k', 's', 'i', 10000);
});
t('hkdf info', function () {
    return crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 10);
});
t('timingSafeEqual', function () {
    return crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3));
});
t('timingSafeEqual type', function () {
    return crypto.timingSafeEqual('a', 'b');
});
t('randomInt order', function () { return crypto.randomInt(10, 5); });
t('randomInt range', function () {
    return crypto.randomInt(0, Math.pow(2, 48) + 1);
});
t('randomInt type', function () { return crypto.randomInt('1'); });
t('randomBytes size', function () { return crypto.randomBytes(-1); });
t('randomFill offset', function () {
    return crypto.randomFillSync(Buffer.alloc(4), 5);
});
t('randomUUID options', function () {
    return crypto.randomUUID({ disableEntropyCache: 5 });
});
t('sign digest', function () { return crypto.createSign('nope'); });
t('private key garbage', function () {
    return crypto.createPrivateKey('garbage');
});
t('private key number', function () { return crypto.createPrivateKey(5); });
t('ec curve', function () {
    return crypto.generateKeyPairSync('ec', { namedCurve: 'nope' });
});
t('key type', function () { return crypto.generateKeyPairSync('dsa2', {}); });
t('rsa options', function () {
    return crypto.generateKeyPairSync('rsa', {});
});
t('getRandomValues type', function () {
    return crypto.getRandomValues(new Float32Array(2));
});
t('getRandomValues size', function () {
    return crypto.getRandomValues(new Uint8Array(65537));
});
