// os.networkInterfaces(): grouped by name, each address with Node's
// fields; loopback present and internal; cidr agrees with the netmask.
'use strict';
var assert = require('assert');
var os = require('os');

var all = os.networkInterfaces();
var names = Object.keys(all);
assert.ok(names.length > 0);
var loopbacks = 0;
names.forEach(function (name) {
    assert.ok(Array.isArray(all[name]) && all[name].length > 0);
    all[name].forEach(function (a) {
        var v6 = a.family === 'IPv6';
        assert.ok(a.family === 'IPv4' || v6, a.family);
        assert.deepStrictEqual(Object.keys(a), ['address', 'netmask', 'family',
            'mac', 'internal', 'cidr'].concat(v6 ? ['scopeid'] : []));
        assert.ok(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac), a.mac);
        assert.strictEqual(typeof a.internal, 'boolean');
        if (v6) {
            assert.ok(a.address.indexOf(':') >= 0);
            assert.strictEqual(typeof a.scopeid, 'number');
        } else {
            assert.ok(/^\d+\.\d+\.\d+\.\d+$/.test(a.address), a.address);
            assert.ok(/^\d+\.\d+\.\d+\.\d+$/.test(a.netmask), a.netmask);
        }
        if (a.cidr !== null) {
            var bits = Number(a.cidr.split('/')[1]);
            assert.strictEqual(a.cidr, a.address + '/' + bits);
            assert.ok(bits >= 0 && bits <= (v6 ? 128 : 32));
        }
        if (a.address === '127.0.0.1') {
            loopbacks++;
            assert.strictEqual(a.internal, true);
            assert.strictEqual(a.netmask, '255.0.0.0');
            assert.strictEqual(a.cidr, '127.0.0.1/8');
        }
    });
});
assert.strictEqual(loopbacks, 1);
console.log('ok');
