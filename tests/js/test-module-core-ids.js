// Core module ids: aliases resolve to the same objects as in Node, and a
// Node core module that nodule does not provide is a clear
// ERR_NOT_SUPPORTED error, never a 'Cannot find module'.
var assert = require('assert');

assert.strictEqual(require('assert/strict'), require('assert').strict);
assert.strictEqual(require('node:assert/strict'), require('assert').strict);
assert.strictEqual(require('util/types'), require('util').types);
assert.strictEqual(require('sys'), require('util'));

var builtins = require('module').builtinModules;
['assert/strict', 'util/types', 'sys'].forEach(function (id) {
    assert.ok(builtins.indexOf(id) >= 0, id + ' listed in builtinModules');
});

// A module Node has and nodule does not (vm is not planned).
['vm', 'node:vm'].forEach(function (id) {
    assert.throws(function () { require(id); }, function (err) {
        assert.strictEqual(err.code, 'ERR_NOT_SUPPORTED');
        assert.ok(/'vm' core module/.test(err.message), err.message);
        return true;
    });
});
// Not a core module at all: the usual errors.
assert.throws(function () { require('node:nope'); },
    { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
assert.throws(function () { require('no-such-package-xyz'); },
    { code: 'MODULE_NOT_FOUND' });
