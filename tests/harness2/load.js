/*
 * Loads one of nodule's core modules into the running Node process, with
 * the wrapper of docs/internals-js.md, for the generators and fuzzers in
 * this folder that compare nodule's answers with Node's:
 *
 *     var ours = require('./load.js')('path');
 *
 * Unlike run.js this keeps V8's built-ins: it checks results, not the
 * ES5 discipline.
 */
'use strict';

var fs = require('fs');
var path = require('path');
var vm = require('vm');

var root = path.resolve(__dirname, '..', '..');
var cache = Object.create(null);

function file(id) {
    if (id.indexOf('internal/') === 0) {
        return path.join(root, 'engine', 'js', id.slice(9) + '.js');
    }
    return path.join(root, 'modules', id + '.js');
}

function load(id) {
    if (id.indexOf('node:') === 0) {
        id = id.slice(5);
    }
    if (cache[id]) {
        return cache[id].exports;
    }
    var f = file(id);
    if (!fs.existsSync(f)) {
        return require(id === 'internal/inspect' ? 'util' : id);
    }
    var module = { exports: {} };
    cache[id] = module;
    var fn = vm.runInThisContext('(function (exports, require, module, ' +
        'internalBinding, __filename, __dirname) {' +
        fs.readFileSync(f, 'utf8') + '\n})', { filename: f });
    fn.call(module.exports, module.exports, load, module, null,
        'node:' + id, 'node:');
    return module.exports;
}

module.exports = load;
