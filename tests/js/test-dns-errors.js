// dns argument errors have Node's codes and messages; the DNS protocol
// client's functions exist and throw ERR_NOT_SUPPORTED naming themselves;
// the constants have Node's values.
'use strict';
var assert = require('assert');
var dns = require('dns');

function f() {}

function throwsWith(fn, code, message) {
    assert.throws(fn, function (e) {
        assert.strictEqual(e.code, code);
        if (message !== undefined) {
            assert.strictEqual(e.message, message);
        }
        return true;
    });
}

throwsWith(function () { dns.lookup(1, f); }, 'ERR_INVALID_ARG_TYPE',
    'The "hostname" argument must be of type string. ' +
    'Received type number (1)');
throwsWith(function () { dns.lookup('x', 5, f); }, 'ERR_INVALID_ARG_VALUE',
    "The argument 'family' must be one of: 0, 4, 6. Received 5");
throwsWith(function () { dns.lookup('x', { family: 'IPv5' }, f); },
    'ERR_INVALID_ARG_VALUE', "The property 'options.family' must be one " +
    "of: 0, 4, 6. Received 'IPv5'");
throwsWith(function () { dns.lookup('x', {}); }, 'ERR_INVALID_ARG_TYPE',
    'The "callback" argument must be of type function. Received undefined');
throwsWith(function () { dns.lookup('x', 4); }, 'ERR_INVALID_ARG_TYPE');
throwsWith(function () { dns.lookup('x', 'a', f); }, 'ERR_INVALID_ARG_TYPE',
    'The "options" argument must be of type object or integer. ' +
    "Received type string ('a')");
throwsWith(function () { dns.lookup('x', { hints: 1 }, f); },
    'ERR_INVALID_ARG_VALUE', "The argument 'hints' is invalid. Received 1");
throwsWith(function () { dns.lookup('x', { hints: '1' }, f); },
    'ERR_INVALID_ARG_TYPE');
throwsWith(function () { dns.lookup('x', { all: 1 }, f); },
    'ERR_INVALID_ARG_TYPE', 'The "options.all" property must be of type ' +
    'boolean. Received type number (1)');
throwsWith(function () { dns.lookup('x', { verbatim: 'yes' }, f); },
    'ERR_INVALID_ARG_TYPE');
throwsWith(function () { dns.lookup('x', { order: 'bad' }, f); },
    'ERR_INVALID_ARG_VALUE');

throwsWith(function () { dns.lookupService('127.0.0.1', 1); },
    'ERR_MISSING_ARGS', 'The "address", "port", and "callback" arguments ' +
    'must be specified');
throwsWith(function () { dns.lookupService('x', 1, f); },
    'ERR_INVALID_ARG_VALUE', "The argument 'address' is invalid. " +
    "Received 'x'");
throwsWith(function () { dns.lookupService(1, 1, f); },
    'ERR_INVALID_ARG_VALUE', "The argument 'address' is invalid. Received 1");
throwsWith(function () { dns.lookupService('127.0.0.1', 70000, f); },
    'ERR_SOCKET_BAD_PORT', 'Port should be >= 0 and < 65536. ' +
    'Received type number (70000).');
throwsWith(function () { dns.lookupService('::1', -1, f); },
    'ERR_SOCKET_BAD_PORT');
throwsWith(function () { dns.lookupService('::1', 1.5, f); },
    'ERR_SOCKET_BAD_PORT');
throwsWith(function () { dns.lookupService('::1', 80, null); },
    'ERR_INVALID_ARG_TYPE');

throwsWith(function () { dns.setDefaultResultOrder('x'); },
    'ERR_INVALID_ARG_VALUE', "The argument 'dnsOrder' must be one of: " +
    "'verbatim', 'ipv4first', 'ipv6first'. Received 'x'");

// Not in nodule yet: each says which function it is.
['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveMx', 'resolveTxt',
    'reverse', 'setServers', 'getServers'].forEach(function (name) {
    assert.strictEqual(typeof dns[name], 'function', name);
    throwsWith(function () { dns[name]('example.com', f); },
        'ERR_NOT_SUPPORTED', 'dns.' + name + '() (the DNS protocol client) ' +
        'is not supported by nodule');
    throwsWith(function () { dns.promises[name]('example.com'); },
        'ERR_NOT_SUPPORTED');
});
throwsWith(function () { return new dns.Resolver(); }, 'ERR_NOT_SUPPORTED',
    'dns.Resolver (the DNS protocol client) is not supported by nodule');
throwsWith(function () { return new dns.promises.Resolver(); },
    'ERR_NOT_SUPPORTED');

// Constants, with Node's values on this system.
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(dns.NODATA, 'ENODATA');
assert.strictEqual(dns.CANCELLED, 'ECANCELLED');
assert.strictEqual(dns.promises.NOTFOUND, 'ENOTFOUND');
if (process.platform === 'linux') {
    assert.strictEqual(dns.ADDRCONFIG, 32);
    assert.strictEqual(dns.V4MAPPED, 8);
    assert.strictEqual(dns.ALL, 16);
}
assert.strictEqual(require('dns/promises'), dns.promises);
assert.strictEqual(require('node:dns'), dns);
