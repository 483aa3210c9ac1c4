// dns.promises (and require('dns/promises')): lookup resolves to
// {address, family} or, with all, to the list; lookupService to
// {hostname, service}; failures reject with the callback form's error;
// bad arguments throw synchronously, as in Node.
'use strict';
var assert = require('assert');
var dnsp = require('dns/promises');

var done = 0;
process.on('exit', function () {
    assert.strictEqual(done, 5);
});

dnsp.lookup('127.0.0.1').then(function (r) {
    assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
    done++;
});
dnsp.lookup('localhost', { all: true }).then(function (list) {
    assert.ok(list.length >= 1);
    done++;
});
dnsp.lookup('localhost', 4).then(function (r) {
    assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
    done++;
});
dnsp.lookup('nonexistent.invalid').then(function () {
    assert.fail('resolved');
}, function (err) {
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.hostname, 'nonexistent.invalid');
    done++;
});
dnsp.lookupService('127.0.0.1', 22).then(function (r) {
    assert.deepStrictEqual(Object.keys(r), ['hostname', 'service']);
    done++;
});

assert.throws(function () { dnsp.lookup(1); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { dnsp.lookupService('::1'); },
    { code: 'ERR_MISSING_ARGS',
      message: 'The "address" and "port" arguments must be specified' });
assert.throws(function () { dnsp.lookupService('::1', 99999); },
    { code: 'ERR_SOCKET_BAD_PORT' });
