// require.cache: one module object per resolved filename, deleting an
// entry reloads the file, a module that throws while loading is not
// cached; module fields (id, filename, loaded, parent, children, paths).
'use strict';
var assert = require('assert');
var path = require('path');

var fx = path.join(__dirname, '..', 'fixtures', 'module');
var counterPath = path.join(fx, 'counter.js');

var first = require(counterPath);
assert.strictEqual(first.loads, 1);
assert.strictEqual(first.loadedAtStart, false);
assert.strictEqual(require('../fixtures/module/counter'), first);
assert.strictEqual(require.cache[counterPath].exports, first);
assert.strictEqual(require.cache[counterPath].loaded, true);

delete require.cache[counterPath];
var second = require(counterPath);
assert.notStrictEqual(second, first);
assert.strictEqual(second.loads, 2);

// A failed load is forgotten, so the next require tries again.
var throwsPath = path.join(fx, 'throws-once.js');
assert.throws(function () {
    require(throwsPath);
}, /first load fails/);
assert.strictEqual(require.cache[throwsPath], undefined);
assert.strictEqual(require(throwsPath), 'second load works');

// What a module sees of itself.
var info = require(path.join(fx, 'module-info.js'));
assert.strictEqual(info.id, path.join(fx, 'module-info.js'));
assert.strictEqual(info.filename, path.join(fx, 'module-info.js'));
assert.strictEqual(info.fileVar, info.filename);
assert.strictEqual(info.dirname, fx);
assert.strictEqual(info.parentFile, __filename);
assert.strictEqual(info.exportsIsThis, true);
assert.strictEqual(info.requireHasCache, true);
assert.strictEqual(info.paths[0], path.join(fx, 'node_modules'));

// The main module.
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.loaded, false);
assert.strictEqual(process.mainModule, module);
assert.ok(module.children.some(function (child) {
    return child.filename === counterPath;
}));
setTimeout(function () {
    assert.strictEqual(module.loaded, true);
}, 0);

// module.exports replaced wholesale.
assert.strictEqual(typeof require('../fixtures/module/cycle/a'), 'object');
