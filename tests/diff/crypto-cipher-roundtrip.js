// Every cipher nodule offers, over many lengths fed in uneven pieces,
// with fixed keys and IVs: ciphertexts, tags and round trips printed for
// comparison with Node.  Then text encodings, the CTR counter wrapping
// over all 128 bits, no padding, odd GCM IVs, short tags, a bad tag.
'use strict';
var crypto = require('crypto');

function bytes(n, seed) {
    var b = Buffer.alloc(n);
    for (var i = 0; i < n; i++) {
        b[i] = (i * 7 + seed) & 255;
    }
    return b;
}

function digest(buf) {
    return crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16);
}

['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ctr', 'aes-192-ctr',
    'aes-256-ctr', 'aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm',
    'chacha20-poly1305'].forEach(function (name) {
    var info = crypto.getCipherInfo(name);
    var sealed = info.mode === 'gcm' || name === 'chacha20-poly1305';
    [0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 1000].forEach(
        function (len) {
            var plain = bytes(len, 3);
            var key = bytes(info.keyLength, 1);
            var iv = bytes(info.ivLength, 2);
            var e = crypto.createCipheriv(name, key, iv);
            if (sealed) {
                e.setAAD(bytes(len % 20, 9));
            }
            var parts = [];
            var at = 0;
            for (var step = 1; at < len; step = step * 2 + 1) {
                parts.push(e.update(plain.subarray(at, at + step)));
                at += step;
            }
            parts.push(e.final());
            var ct = Buffer.concat(parts);
            var tag = sealed ? e.getAuthTag().toString('hex') : '';
            var d = crypto.createDecipheriv(name, key, iv);
            if (sealed) {
                d.setAAD(bytes(len % 20, 9));
                d.setAuthTag(Buffer.from(tag, 'hex'));
            }
            var back = Buffer.concat([d.update(ct), d.final()]);
            console.log(name, len, ct.toString('hex').slice(0, 64),
                digest(ct), tag,
                back.equals(plain) ? 'round trip ok' : 'ROUND TRIP FAILED');
        });
});

var e = crypto.createCipheriv('aes-256-cbc', bytes(32, 5), bytes(16, 6));
var b64 = e.update('h\u00e9llo w\u00f6rld, a longer text to split', 'utf8',
    'base64') + e.final('base64');
console.log('text', b64);
var d = crypto.createDecipheriv('aes-256-cbc', bytes(32, 5), bytes(16, 6));
console.log('text back', d.update(b64, 'base64', 'utf8') + d.final('utf8'));
e = crypto.createCipheriv('aes-128-ctr', bytes(16, 5),
    Buffer.from('ffffffffffffffffffffffffffffffff', 'hex'));
console.log('ctr wrap', e.update(Buffer.alloc(48)).toString('hex'));
e = crypto.createCipheriv('aes-128-cbc', bytes(16, 5), bytes(16, 6));
e.setAutoPadding(false);
console.log('no padding', e.update(Buffer.alloc(32)).toString('hex') +
    e.final('hex'));
e = crypto.createCipheriv('aes-128-gcm', bytes(16, 5), bytes(7, 6),
    { authTagLength: 12 });
e.update('x');
e.final();
console.log('gcm 7-byte iv, 12-byte tag', e.getAuthTag().toString('hex'));
e = crypto.createCipheriv('aes-128-gcm', bytes(16, 5), bytes(60, 6));
e.update('xyz');
e.final();
console.log('gcm 60-byte iv', e.getAuthTag().toString('hex'));
e = crypto.createCipheriv('chacha20-poly1305', bytes(32, 5), bytes(12, 6),
    { authTagLength: 10 });
e.update('xyz');
e.final();
console.log('chacha20-poly1305 10-byte tag', e.getAuthTag().toString('hex'));
d = crypto.createDecipheriv('aes-128-gcm', bytes(16, 5), bytes(12, 6));
d.setAuthTag(Buffer.alloc(16));
d.update('abc');
try {
    d.final();
} catch (err) {
    console.log('bad tag:', err.message);
}
