// The Module statics libraries use: wrap, _nodeModulePaths, _extensions,
// _resolveFilename, _load, createRequire (path and file: URL).
'use strict';
var assert = require('assert');
var path = require('path');
var Module = require('module');

assert.strictEqual(Module.wrap('x'), '(function (exports, require, ' +
    'module, __filename, __dirname) { x\n});');
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b/c'), [
    '/a/node_modules/b/c/node_modules',
    '/a/node_modules/b/node_modules',
    '/a/node_modules',
    '/node_modules'
]);
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);
assert.deepStrictEqual(Object.keys(Module._extensions).sort(),
    ['.js', '.json', '.node']);
assert.strictEqual(Module._resolveFilename('./test-module-api', module),
    __filename);
assert.strictEqual(Module._load('events', module), require('events'));

var fx = path.join(__dirname, '..', 'fixtures', 'module');
var r1 = Module.createRequire(path.join(fx, 'anything.js'));
assert.strictEqual(r1('./dir-with-index'), 'index of dir-with-index');
var r2 = Module.createRequire('file://' + fx + '/');
assert.strictEqual(r2('./dir-with-index'), 'index of dir-with-index');
assert.throws(function () {
    Module.createRequire('relative/path.js');
}, { code: 'ERR_INVALID_ARG_VALUE' });

// A custom extension handler.
Module._extensions['.txt'] = function (mod, filename) {
    mod.exports = 'text from ' + path.basename(filename);
};
assert.throws(function () {
    require('../fixtures/module/missing.txt');
}, { code: 'MODULE_NOT_FOUND' });
delete Module._extensions['.txt'];
