// package.json "exports": string, subpath map, conditions (require, node,
// default, nested), patterns with '*', null targets, arrays of fallbacks,
// "exports" winning over "main", self-reference, and the errors.
'use strict';
var assert = require('assert');
var path = require('path');
var Module = require('module');

var fx = path.join(__dirname, '..', 'fixtures', 'module');
var nm = path.join(fx, 'node_modules');
var req = Module.createRequire(path.join(fx, 'x.js'));

assert.strictEqual(req('exports-str'), 'exports-str main');
assert.strictEqual(req('exports-map'), 'exports-map index');
assert.strictEqual(req('exports-map/feature'), 'exports-map src/feature');
assert.strictEqual(req('exports-map/sub/one'), 'exports-map src/sub/one');
assert.strictEqual(req('exports-map/sub/two'), 'exports-map src/sub/two');
assert.strictEqual(req('exports-map/cond'), 'exports-map cond-require');
assert.strictEqual(req('exports-map/nested'),
    'exports-map nested-node-require');
assert.strictEqual(req('exports-map/fallback'), 'exports-map fallback');
assert.strictEqual(req('exports-map/package.json').name, 'exports-map');
assert.strictEqual(req('exports-sugar'), 'exports-sugar node');
assert.strictEqual(req.resolve('exports-map/sub/one'),
    path.join(nm, 'exports-map', 'src', 'sub', 'one.js'));

function notExported(request, subpath, pkg) {
    assert.throws(function () {
        req(request);
    }, {
        code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
        message: 'Package subpath \'' + subpath + '\' is not defined by ' +
            '"exports" in ' + path.join(nm, pkg, 'package.json')
    });
}

// Paths outside "exports" are closed, even ones that exist.
notExported('exports-str/other', './other', 'exports-str');
notExported('exports-str/other.js', './other.js', 'exports-str');
notExported('exports-map/not-used', './not-used', 'exports-map');
notExported('exports-map/sub/private/secret', './sub/private/secret',
    'exports-map');
notExported('exports-map/src/feature.js', './src/feature.js', 'exports-map');
assert.throws(function () {
    req('exports-main-only');
}, {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: 'No "exports" main defined in ' +
        path.join(nm, 'exports-main-only', 'package.json')
});
assert.strictEqual(req('exports-main-only/only'), 'only');

assert.throws(function () {
    req('exports-map/bad-target');
}, {
    code: 'ERR_INVALID_PACKAGE_TARGET',
    message: 'Invalid "exports" target "bad.js" defined for \'./bad-target\'' +
        ' in the package config ' + path.join(nm, 'exports-map',
            'package.json') + '; targets must start with "./"'
});
assert.throws(function () {
    req('exports-map/escape');
}, { code: 'ERR_INVALID_PACKAGE_TARGET' });
assert.throws(function () {
    req('exports-map/missing');
}, function (err) {
    assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
    assert.strictEqual(err.message, 'Cannot find module \'' +
        path.join(nm, 'exports-map', 'does-not-exist.js') + '\'');
    assert.strictEqual(err.path, path.join(nm, 'exports-map',
        'package.json'));
    return true;
});

// A package can require itself by name through its own "exports".
assert.deepStrictEqual(require(path.join(fx, 'self-ref')),
    { util: 'self-ref util' });
