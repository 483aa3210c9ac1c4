// dns.lookup: 'localhost' through the resolver on the pool, address
// literals answered without it (but still asynchronously), all: true,
// family and order options, and Node's error for a name that cannot exist
// ('.invalid' is reserved by RFC 6761).  No internet needed.
'use strict';
var assert = require('assert');
var dns = require('dns');

var pending = 0;
function expectCall(fn) {
    pending++;
    var called = 0;
    return function () {
        called++;
        assert.strictEqual(called, 1, 'callback called twice');
        pending--;
        return fn.apply(this, arguments);
    };
}
process.on('exit', function () {
    assert.strictEqual(pending, 0, pending + ' callbacks never called');
});

function isLoopback(address, family) {
    return (family === 4 && address === '127.0.0.1') ||
        (family === 6 && address === '::1');
}

dns.lookup('localhost', expectCall(function (err, address, family) {
    assert.ifError(err);
    assert.ok(isLoopback(address, family), address + ' ' + family);
}));

dns.lookup('localhost', { family: 'IPv4' }, expectCall(function (err, a, f) {
    assert.ifError(err);
    assert.strictEqual(a, '127.0.0.1');
    assert.strictEqual(f, 4);
}));

dns.lookup('localhost', { all: true }, expectCall(function (err, list) {
    assert.ifError(err);
    assert.ok(Array.isArray(list) && list.length >= 1);
    list.forEach(function (entry) {
        assert.deepStrictEqual(Object.keys(entry), ['address', 'family']);
        assert.ok(isLoopback(entry.address, entry.family));
    });
}));

// ipv6first puts ::1 (if the host has it) before 127.0.0.1.
dns.lookup('localhost', { all: true, order: 'ipv6first' },
    expectCall(function (err, list) {
        assert.ifError(err);
        var seenV4 = false;
        list.forEach(function (entry) {
            if (entry.family === 4) {
                seenV4 = true;
            } else {
                assert.ok(!seenV4, 'IPv6 after IPv4: ' + JSON.stringify(list));
            }
        });
    }));

// Literals: synchronous answer, asynchronous callback.
var sync = true;
var req = dns.lookup('10.20.30.40', expectCall(function (err, a, f) {
    assert.ok(!sync, 'called inside lookup()');
    assert.ifError(err);
    assert.strictEqual(a, '10.20.30.40');
    assert.strictEqual(f, 4);
}));
assert.strictEqual(typeof req, 'object');
dns.lookup('::1', { all: true }, expectCall(function (err, list) {
    assert.ok(!sync);
    assert.deepStrictEqual(list, [{ address: '::1', family: 6 }]);
}));
dns.lookup('fe80::1%lo', 6, expectCall(function (err, a, f) {
    assert.strictEqual(a, 'fe80::1%lo');
    assert.strictEqual(f, 6);
}));
sync = false;

// A name resolved on the pool, with V4MAPPED hints.
dns.lookup('127.0.0.1', { family: 6, hints: dns.V4MAPPED },
    expectCall(function (err, a, f) {
        // A literal is never sent to the resolver, as in Node.
        assert.ifError(err);
        assert.strictEqual(a, '127.0.0.1');
        assert.strictEqual(f, 4);
    }));

dns.lookup('nonexistent.invalid', expectCall(function (err, a, f) {
    assert.ok(err instanceof Error);
    assert.strictEqual(a, undefined);
    assert.strictEqual(f, undefined);
    if (err.code === 'EAI_AGAIN') {
        return; // a host with no resolver configured at all
    }
    assert.strictEqual(err.message,
        'getaddrinfo ENOTFOUND nonexistent.invalid');
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.ok(err.errno === -3008 || err.errno === -3007, String(err.errno));
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.hostname, 'nonexistent.invalid');
    assert.deepStrictEqual(Object.keys(err),
        ['errno', 'code', 'syscall', 'hostname']);
}));

dns.lookup('nonexistent.invalid', { all: true }, expectCall(function (err, l) {
    assert.ok(err instanceof Error);
    assert.strictEqual(l, undefined);
}));

// An empty host name answers null (with a deprecation warning).
process.on('warning', function (w) {
    assert.strictEqual(w.code, 'DEP0118');
});
dns.lookup('', expectCall(function (err, a, f) {
    assert.strictEqual(err, null);
    assert.strictEqual(a, null);
    assert.strictEqual(f, 4);
}));
dns.lookup('', { all: true, family: 6 }, expectCall(function (err, list) {
    assert.deepStrictEqual(list, []);
}));

// lookupService: the name of 127.0.0.1 and the service of a port.
dns.lookupService('127.0.0.1', 80, expectCall(function (err, host, service) {
    assert.ifError(err);
    assert.strictEqual(typeof host, 'string');
    assert.ok(service === 'http' || service === '80', service);
}));

// The default order can be changed and read back.
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
dns.lookup('localhost', { all: true }, expectCall(function (err, list) {
    assert.ifError(err);
    var seenV6 = false;
    list.forEach(function (entry) {
        if (entry.family === 6) {
            seenV6 = true;
        } else {
            assert.ok(!seenV6, 'IPv4 after IPv6: ' + JSON.stringify(list));
        }
    });
}));
dns.setDefaultResultOrder('verbatim');
