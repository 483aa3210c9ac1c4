/*
 * path: the module's shape, argument validation with Node's messages,
 * format(), and the parts the tables in test-path-posix/win32 leave out.
 */
'use strict';

var assert = require('assert');
var path = require('path');

// Shape: posix by default, both flavours cross-linked, Node's key order.
assert.strictEqual(path, path.posix);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
assert.strictEqual(Object.keys(path).join(','),
    'resolve,normalize,isAbsolute,join,relative,toNamespacedPath,dirname,' +
    'basename,extname,format,parse,matchesGlob,sep,delimiter,win32,posix,' +
    '_makeLong');
assert.strictEqual(Object.keys(path.win32).join(','), Object.keys(path).join(','));
assert.strictEqual(path._makeLong, path.toNamespacedPath);

function throwsType(fn, message) {
    assert.throws(fn, function (err) {
        assert.ok(err instanceof TypeError, 'TypeError expected: ' + err);
        assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
        assert.strictEqual(err.message, message);
        return true;
    });
}

var flavours = [path.posix, path.win32];
flavours.forEach(function (p) {
    throwsType(function () {
        p.join('a', 1);
    }, 'The "path" argument must be of type string. Received type number (1)');
    throwsType(function () {
        p.resolve('a', null);
    }, 'The "paths[1]" argument must be of type string. Received null');
    throwsType(function () {
        p.normalize(undefined);
    }, 'The "path" argument must be of type string. Received undefined');
    throwsType(function () {
        p.relative('a', true);
    }, 'The "to" argument must be of type string. ' +
        'Received type boolean (true)');
    throwsType(function () {
        p.relative(1, 'a');
    }, 'The "from" argument must be of type string. ' +
        'Received type number (1)');
    throwsType(function () {
        p.basename('a', 2);
    }, 'The "suffix" argument must be of type string. ' +
        'Received type number (2)');
    throwsType(function () {
        p.format('a');
    }, 'The "pathObject" argument must be of type object. ' +
        'Received type string (\'a\')');
    throwsType(function () {
        p.format(null);
    }, 'The "pathObject" argument must be of type object. Received null');
    ['dirname', 'extname', 'parse', 'isAbsolute', 'basename'].forEach(
        function (fn) {
            throwsType(function () {
                p[fn]({});
            }, 'The "path" argument must be of type string. ' +
                'Received an instance of Object');
        });
    // toNamespacedPath passes anything that is not a string through.
    assert.strictEqual(p.toNamespacedPath(5), 5);
    var o = {};
    assert.strictEqual(p.toNamespacedPath(o), o);
    assert.throws(function () {
        p.matchesGlob('a', '*');
    }, function (err) {
        assert.strictEqual(err.code, 'ERR_NOT_SUPPORTED');
        assert.ok(/matchesGlob/.test(err.message));
        return true;
    });
});

// format
assert.strictEqual(path.format({ root: '/', dir: '/a', base: 'b' }), '/a/b');
assert.strictEqual(path.format({ root: '/', base: 'b' }), '/b');
assert.strictEqual(path.format({ dir: 'x', name: 'n', ext: 'e' }), 'x/n.e');
assert.strictEqual(path.format({ name: 'n', ext: '.e' }), 'n.e');
assert.strictEqual(path.format({ base: 'b', name: 'n', ext: '.e' }), 'b');
assert.strictEqual(path.format({}), '');
assert.strictEqual(path.format({ root: '/' }), '/');
assert.strictEqual(path.format({ dir: '/', base: 'x' }), '//x');
assert.strictEqual(path.win32.format({ dir: 'C:\\a', base: 'b' }), 'C:\\a\\b');
assert.strictEqual(path.win32.format({ root: 'C:\\', name: 'n' }), 'C:\\n');
assert.strictEqual(path.win32.format({ root: 'C:\\', dir: 'C:\\',
    base: 'x' }), 'C:\\x');

// parse and format round-trip.
['/home/user/file.txt', 'a/b.c', '/', 'x', '.bashrc'].forEach(function (p) {
    assert.strictEqual(path.format(path.parse(p)), p);
});

// resolve and relative really use the current directory.
assert.strictEqual(path.resolve(), process.cwd());
assert.strictEqual(path.resolve('x'), process.cwd() + '/x');
assert.strictEqual(path.relative(process.cwd(), 'x'), 'x');

// win32 resolve of a drive-relative path: with no '=D:' variable (POSIX
// cannot even hold one) the current directory supplies the rest.
assert.strictEqual(path.win32.resolve('D:x'),
    'D:' + process.cwd().replace(/\//g, '\\') + '\\x');
assert.strictEqual(path.win32.resolve('C:\\a', 'D:x'),
    'D:' + process.cwd().replace(/\//g, '\\') + '\\x');
assert.strictEqual(path.win32.resolve('D:\\a', 'D:x'), 'D:\\a\\x');
