/*
 * Runs one test file under real Node, in a JavaScript world trimmed down to
 * what Duktape offers, with nodule's own modules:
 *
 *     node tests/harness2/run.js tests/js/test-path-posix.js
 *
 * A fresh vm context is made; the ES2015+ built-ins that Duktape lacks
 * (Map, Set, Array.from, Object.entries, String.prototype.padStart, the
 * typed-array methods, ...) are deleted from it, and then nodule's
 * engine/js/builtins.js installs its own versions, as the bootstrap does.
 * The test and every module it requires run inside that context, so a
 * module that leans on something only V8 has fails here too.
 *
 * Core ids load from modules/<id>.js and engine/js/<id>.js with the
 * wrapper of docs/internals-js.md. Ids with no file in the tree (assert,
 * util, ...) are lent from Node, and 'internal/inspect' is Node's
 * util.inspect; so a test that passes here proves less than one that
 * passes under nodule.
 *
 * Options: --no-builtins leaves the context trimmed without installing
 * builtins.js (to see which tests depend on it); --keep leaves V8's
 * built-ins in place.
 */
'use strict';

var fs = require('fs');
var path = require('path');
var vm = require('vm');

var root = path.resolve(__dirname, '..', '..');

// What Duktape 2.7 lacks and nodule's builtins.js provides.
var MISSING = {
    global: ['Map', 'Set', 'WeakMap', 'WeakSet', 'globalThis',
        'structuredClone'],
    Array: ['from', 'of'],
    'Array.prototype': ['includes', 'find', 'findIndex', 'findLast',
        'findLastIndex', 'fill', 'flat', 'flatMap', 'copyWithin', 'keys',
        'values', 'entries', 'at'],
    Object: ['entries', 'values', 'fromEntries', 'getOwnPropertyDescriptors'],
    'String.prototype': ['padStart', 'padEnd', 'trimStart', 'trimEnd',
        'trimLeft', 'trimRight', 'at', 'replaceAll', 'matchAll',
        'normalize'],
    String: ['raw'],
    Math: ['fround', 'expm1', 'log1p', 'sinh', 'cosh', 'tanh', 'asinh',
        'acosh', 'atanh'],
    Error: ['captureStackTrace', 'stackTraceLimit'],
    TypedArray: ['fill', 'slice', 'map', 'forEach', 'indexOf',
        'lastIndexOf', 'includes', 'join', 'reverse', 'some', 'every',
        'filter', 'find', 'findIndex', 'reduce', 'reduceRight', 'sort',
        'copyWithin', 'keys', 'values', 'entries', 'toString',
        'toLocaleString', 'at', 'findLast', 'findLastIndex']
};

function trim(g) {
    Object.keys(MISSING).forEach(function (where) {
        var target;
        if (where === 'global') {
            target = g;
        } else if (where === 'TypedArray') {
            target = Object.getPrototypeOf(g.Uint8Array.prototype);
        } else {
            target = where.split('.').reduce(function (o, k) {
                return o[k];
            }, g);
        }
        MISSING[where].forEach(function (name) {
            delete target[name];
        });
    });
}

var args = process.argv.slice(2);
var useBuiltins = true;
var keep = false;
while (args.length > 0 && args[0].indexOf('--') === 0) {
    var opt = args.shift();
    if (opt === '--no-builtins') {
        useBuiltins = false;
    } else if (opt === '--keep') {
        keep = true;
    }
}
if (args.length === 0) {
    process.stderr.write('usage: node tests/harness2/run.js [--no-builtins] ' +
        '[--keep] FILE\n');
    process.exit(2);
}
var mainFile = path.resolve(args[0]);

var context = vm.createContext({});
var g = vm.runInContext('this', context);
if (!keep) {
    trim(g);
}
g.process = process;
g.Buffer = Buffer;
g.console = console;
['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate', 'queueMicrotask', 'TextEncoder',
    'TextDecoder', 'Promise'].forEach(function (name) {
    g[name] = global[name];
});
if (!keep) {
    delete g.Promise;
    g.Promise = global.Promise;
}

function wrap(file, params) {
    var source = '(function (' + params + ') {' +
        fs.readFileSync(file, 'utf8') + '\n})';
    return vm.runInContext(source, context, { filename: file });
}

var coreCache = Object.create(null);

function coreFile(id) {
    if (id.indexOf('internal/') === 0) {
        return path.join(root, 'engine', 'js', id.slice(9) + '.js');
    }
    return path.join(root, 'modules', id + '.js');
}

function internalBinding(name) {
    throw new Error('harness2: no internalBinding(\'' + name + '\')');
}

function coreRequire(id) {
    if (id.indexOf('node:') === 0) {
        id = id.slice(5);
    }
    if (coreCache[id]) {
        return coreCache[id].exports;
    }
    var file = coreFile(id);
    if (!fs.existsSync(file)) {
        if (id === 'internal/inspect') {
            return require('util');
        }
        if (id.indexOf('internal/') === 0) {
            var err = new Error('No such built-in module: ' + id);
            err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
            throw err;
        }
        return require(id);
    }
    var module = { id: id, exports: {}, loaded: false };
    coreCache[id] = module;
    wrap(file, 'exports, require, module, internalBinding, __filename, ' +
        '__dirname').call(module.exports, module.exports, coreRequire, module,
        internalBinding, 'node:' + id, 'node:');
    module.loaded = true;
    return module.exports;
}

var userCache = Object.create(null);

function makeUserRequire(dir) {
    return function require(id) {
        if (id.charAt(0) !== '.' && id.charAt(0) !== '/') {
            return coreRequire(id);
        }
        var file = path.resolve(dir, id);
        if (!fs.existsSync(file) && fs.existsSync(file + '.js')) {
            file += '.js';
        }
        if (userCache[file]) {
            return userCache[file].exports;
        }
        var module = { id: file, exports: {}, loaded: false };
        userCache[file] = module;
        if (/\.json$/.test(file)) {
            module.exports = JSON.parse(fs.readFileSync(file, 'utf8'));
            return module.exports;
        }
        wrap(file, 'exports, require, module, __filename, __dirname').call(
            module.exports, module.exports,
            makeUserRequire(path.dirname(file)), module, file,
            path.dirname(file));
        return module.exports;
    };
}

if (useBuiltins && !keep &&
        fs.existsSync(coreFile('internal/builtins'))) {
    coreRequire('internal/builtins').install(g);
}

makeUserRequire(path.dirname(mainFile))('./' + path.basename(mainFile));
