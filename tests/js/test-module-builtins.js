// Core modules: 'node:' prefix, builtins winning over node_modules of the
// same name, unknown 'node:' ids, Module.builtinModules and isBuiltin.
'use strict';
var assert = require('assert');
var path = require('path');
var Module = require('module');

var fx = path.join(__dirname, '..', 'fixtures', 'module');
var req = Module.createRequire(path.join(fx, 'x.js'));

assert.strictEqual(require('node:events'), require('events'));
// node_modules/events exists in the fixtures; the builtin still wins.
assert.strictEqual(req('events'), require('events'));
assert.strictEqual(typeof req('events'), 'function');
assert.throws(function () {
    require('node:nope');
}, {
    code: 'ERR_UNKNOWN_BUILTIN_MODULE',
    message: 'No such built-in module: node:nope'
});
// Internal modules are not reachable from user code.
assert.throws(function () {
    require('internal/tasks');
}, { code: 'MODULE_NOT_FOUND' });

assert.ok(Array.isArray(Module.builtinModules));
assert.ok(Module.builtinModules.indexOf('events') >= 0);
assert.ok(Module.builtinModules.indexOf('util') >= 0);
assert.strictEqual(Module.builtinModules.filter(function (id) {
    return id.indexOf('internal/') === 0;
}).length, 0);
assert.strictEqual(Module.isBuiltin('events'), true);
assert.strictEqual(Module.isBuiltin('node:events'), true);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.strictEqual(Module.isBuiltin('internal/tasks'), false);
assert.strictEqual(require('module'), Module);
assert.strictEqual(module.constructor, Module);
assert.strictEqual(Module.Module, Module);
