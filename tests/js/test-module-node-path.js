// NODE_PATH: ':'-separated folders searched after node_modules.
'use strict';
var assert = require('assert');
var path = require('path');
var Module = require('module');

assert.throws(function () {
    require('np-module');
}, { code: 'MODULE_NOT_FOUND' });
process.env.NODE_PATH = '/nonexistent:' +
    path.join(__dirname, '..', 'fixtures', 'module', 'node-path-dir');
Module._initPaths();
assert.strictEqual(require('np-module'), 'found through NODE_PATH');
assert.strictEqual(Module.globalPaths[1], path.join(__dirname, '..',
    'fixtures', 'module', 'node-path-dir'));
