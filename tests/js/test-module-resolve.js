// Resolution: relative and absolute paths, extensions, index files,
// package.json "main", node_modules walking up, scoped packages, and
// require.resolve / require.resolve.paths.
'use strict';
var assert = require('assert');
var path = require('path');

var fx = path.join(__dirname, '..', 'fixtures', 'module');
function fixture(p) {
    return require(path.join(fx, p));
}

// Paths, with and without extensions.
assert.strictEqual(require('../fixtures/module/dir-with-index'),
    'index of dir-with-index');
assert.strictEqual(fixture('dir-with-index/index.js'),
    'index of dir-with-index');
assert.strictEqual(fixture('plain.cjs').kind, 'cjs');
assert.strictEqual(fixture('data').name, 'data');
assert.deepStrictEqual(fixture('data.json').list, [1, 2, 3]);
assert.strictEqual(fixture('bom.json').bom, true);

// node_modules, found by walking up from the requiring file.
var viaNested = fixture('nested/deep/dir/requirer.js');
assert.strictEqual(viaNested, 'nested main-pkg');
assert.strictEqual(fixture('nested/near.js'), 'nested main-pkg');
var req = require('module').createRequire(path.join(fx, 'x.js'));
assert.strictEqual(req('main-pkg'), 'main-pkg entry');
assert.strictEqual(req('main-dir-pkg'), 'main-dir-pkg lib index');
assert.strictEqual(req('no-pkg-json'), 'no-pkg-json index');
assert.deepStrictEqual(req('index-json'), { from: 'index.json' });
assert.strictEqual(req('@scope/pkg'), '@scope/pkg main');
assert.strictEqual(req('main-pkg/lib/entry'), 'main-pkg entry');

// A "main" that does not exist falls back to index.js (with a warning);
// with no index either, the error names the bad main.
assert.strictEqual(req('bad-main'), 'bad-main index fallback');
assert.throws(function () {
    req('broken-main');
}, function (err) {
    assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
    assert.strictEqual(err.message, 'Cannot find module \'' +
        path.join(fx, 'node_modules', 'broken-main', 'missing.js') +
        '\'. Please verify that the package.json has a valid "main" entry');
    assert.strictEqual(err.path,
        path.join(fx, 'node_modules', 'broken-main', 'package.json'));
    assert.strictEqual(err.requestPath, 'broken-main');
    return true;
});
assert.throws(function () {
    req('bad-json-pkg');
}, function (err) {
    assert.ok(err.message.indexOf('Error parsing ' +
        path.join(fx, 'node_modules', 'bad-json-pkg', 'package.json') +
        ': ') === 0, err.message);
    return true;
});

// Not found: the message lists the require stack.
assert.throws(function () {
    req('no-such-package');
}, function (err) {
    assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
    assert.strictEqual(err.message, 'Cannot find module \'no-such-package\'' +
        '\nRequire stack:\n- ' + path.join(fx, 'x.js'));
    assert.deepStrictEqual(err.requireStack, [path.join(fx, 'x.js')]);
    return true;
});
assert.throws(function () {
    require('./no-such-file');
}, function (err) {
    assert.strictEqual(err.message, 'Cannot find module \'./no-such-file\'' +
        '\nRequire stack:\n- ' + __filename);
    return true;
});

// require.resolve and require.resolve.paths.
assert.strictEqual(req.resolve('main-pkg'),
    path.join(fx, 'node_modules', 'main-pkg', 'lib', 'entry.js'));
assert.strictEqual(require.resolve('../fixtures/module/data'),
    path.join(fx, 'data.json'));
assert.strictEqual(require.resolve('fs'), 'fs');
assert.strictEqual(require.resolve('node:fs'), 'node:fs');
assert.strictEqual(require.resolve('main-pkg', { paths: [fx] }),
    path.join(fx, 'node_modules', 'main-pkg', 'lib', 'entry.js'));
assert.strictEqual(require.resolve.paths('fs'), null);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
var lookup = req.resolve.paths('anything');
assert.strictEqual(lookup[0], path.join(fx, 'node_modules'));
assert.strictEqual(lookup[1], path.join(fx, '..', 'node_modules'));
assert.throws(function () {
    require.resolve(42);
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    require('');
}, {
    code: 'ERR_INVALID_ARG_VALUE',
    message: 'The argument \'id\' must be a non-empty string. Received \'\''
});
