/*
 * A stand-in for the nodule binary, run by real Node:
 *
 *     node tests/harness/run.js tests/js/test-events-once.js [args...]
 *
 * It loads nodule's own JavaScript (modules/*.js and engine/js/*.js) the way
 * the engine does (see docs/internals-js.md): each file is wrapped in
 * `(function (exports, require, module, internalBinding, __filename,
 * __dirname) {...})`, gets the core require for embedded ids and a small
 * `internalBinding` backed by Node's fs. Then it installs nodule's Promise,
 * queueMicrotask, nextTick and console as globals, runs the given file
 * through nodule's module loader (internal/module) and drains nodule's task
 * queues after the main module and after every timer callback, as the C
 * callback bridge does.
 *
 * This lets the JavaScript half be developed and tested before the engine
 * exists and compared against Node in the same process. It is not how
 * nodule runs; a core id with no file in the tree falls back to Node's own
 * module of that name, so a test passing here proves less than one passing
 * under nodule.
 */
'use strict';

var fs = require('fs');
var path = require('path');
var vm = require('vm');

var root = path.resolve(__dirname, '..', '..');
var realProcess = process;
var coreCache = Object.create(null);

function sourceFile(id) {
    if (id.indexOf('internal/') === 0) {
        return path.join(root, 'engine', 'js', id.slice(9) + '.js');
    }
    return path.join(root, 'modules', id + '.js');
}

// The public ids nodule would embed: every modules/**/*.js.
function listBuiltins() {
    var ids = [];
    function walk(dir, prefix) {
        var names = fs.readdirSync(dir).sort();
        for (var i = 0; i < names.length; i++) {
            var full = path.join(dir, names[i]);
            if (fs.statSync(full).isDirectory()) {
                walk(full, prefix + names[i] + '/');
            } else if (/\.js$/.test(names[i])) {
                ids.push(prefix + names[i].slice(0, -3));
            }
        }
    }
    walk(path.join(root, 'modules'), '');
    // Node modules the harness lends for ids nodule has no file for yet.
    var lent = ['path', 'fs', 'os', 'buffer', 'timers', 'stream',
        'string_decoder', 'url', 'querystring', 'child_process', 'assert',
        'util', 'console'];
    for (var j = 0; j < lent.length; j++) {
        if (ids.indexOf(lent[j]) < 0) {
            ids.push(lent[j]);
        }
    }
    return ids.sort();
}

var builtinIds = listBuiltins();

// Modules whose nodule version needs the engine's native bindings: the
// harness always lends Node's.
var ALWAYS_LENT = ['fs', 'timers', 'timers/promises', 'process', 'os',
    'child_process', 'net', 'http', 'https', 'crypto', 'zlib', 'dns',
    'buffer', 'stream', 'tty', 'worker_threads'];

function unknownBuiltin(id) {
    var err = new Error('No such built-in module: ' + id);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    return err;
}

function coreRequire(id) {
    if (id.indexOf('node:') === 0) {
        id = id.slice(5);
    }
    var cached = coreCache[id];
    if (cached !== undefined) {
        return cached.exports;
    }
    var file = sourceFile(id);
    if (ALWAYS_LENT.indexOf(id) >= 0 || !fs.existsSync(file)) {
        if (id.indexOf('internal/') !== 0 && builtinIds.indexOf(id) >= 0) {
            return require(id);
        }
        throw unknownBuiltin(id);
    }
    var module = { id: id, exports: {}, loaded: false };
    coreCache[id] = module;
    var fn = compile('(function (exports, require, module, ' +
        'internalBinding, __filename, __dirname) {' +
        fs.readFileSync(file, 'utf8') + '\n})', file);
    fn.call(module.exports, module.exports, coreRequire, module,
        internalBinding, 'node:' + id, 'node:');
    module.loaded = true;
    return module.exports;
}

function compile(source, filename) {
    return vm.runInThisContext(source, { filename: filename });
}

// Node-shaped errors from the fake fs binding, like the C side's.
function fsError(e) {
    var err = new Error(e.message);
    err.code = e.code;
    err.errno = e.errno;
    err.syscall = e.syscall;
    err.path = e.path;
    return err;
}

var bindings = {
    fs: {
        internalModuleStat: function (p) {
            try {
                return fs.statSync(p).isDirectory() ? 1 : 0;
            } catch (e) {
                return -2;
            }
        },
        readFileUtf8: function (p) {
            try {
                return fs.readFileSync(p, 'utf8');
            } catch (e) {
                throw fsError(e);
            }
        },
        realpath: function (p) {
            try {
                return fs.realpathSync(p);
            } catch (e) {
                throw fsError(e);
            }
        }
    },
    module: {
        compile: compile,
        builtinIds: builtinIds
    }
};

function internalBinding(name) {
    if (!(name in bindings)) {
        throw new Error('harness: no internalBinding(\'' + name + '\')');
    }
    return bindings[name];
}

// --- the globals the bootstrap would build -------------------------------

var tasks = coreRequire('internal/tasks');

// Tests see a process object whose nextTick is nodule's; everything else
// reaches the real process through the prototype chain.
var fakeProcess = Object.create(realProcess);
fakeProcess.nextTick = tasks.nextTick;
Object.defineProperty(fakeProcess, 'exitCode', {
    get: function () {
        return realProcess.exitCode;
    },
    set: function (v) {
        realProcess.exitCode = v;
    }
});
fakeProcess._events = realProcess._events;
Object.defineProperty(global, 'process', {
    value: fakeProcess,
    writable: true,
    configurable: true
});
tasks.setProcess(fakeProcess);

// Comparison scripts reach Node's own modules through this.
global.nodeRequire = require;
global.coreRequire = coreRequire;

global.Promise = tasks.Promise;
global.queueMicrotask = tasks.queueMicrotask;
if (typeof tasks.AggregateError === 'function') {
    global.AggregateError = tasks.AggregateError;
}
if (fs.existsSync(sourceFile('console'))) {
    var nodulesConsole = coreRequire('console');
    Object.defineProperty(global, 'console', {
        value: nodulesConsole,
        writable: true,
        configurable: true
    });
}

function fatal(err) {
    if (fakeProcess.listenerCount('uncaughtException') > 0) {
        fakeProcess.emit('uncaughtException', err, tasks.isRejection(err) ?
            'unhandledRejection' : 'uncaughtException');
        return;
    }
    var text = err && err.stack ? String(err.stack) : String(err);
    fs.writeSync(2, 'Uncaught ' + text + '\n');
    realProcess.exit(1);
}

function drainAll() {
    for (;;) {
        try {
            tasks.drain();
            return;
        } catch (err) {
            fatal(err);
        }
    }
}

function callback(fn, args) {
    return function () {
        try {
            fn.apply(undefined, args);
        } catch (err) {
            fatal(err);
        }
        drainAll();
    };
}

function wrapTimer(name) {
    var real = global[name];
    global[name] = function (fn, delay) {
        if (name === 'setImmediate') {
            return real(callback(fn,
                Array.prototype.slice.call(arguments, 1)));
        }
        return real(callback(fn, Array.prototype.slice.call(arguments, 2)),
            delay);
    };
}
wrapTimer('setTimeout');
wrapTimer('setInterval');
wrapTimer('setImmediate');

// --- run the program ------------------------------------------------------

var mainFile = realProcess.argv[2];
if (!mainFile) {
    fs.writeSync(2, 'usage: node tests/harness/run.js FILE [args]\n');
    realProcess.exit(2);
}
realProcess.argv.splice(1, 1);
mainFile = path.resolve(mainFile);

// Before internal/module exists, the main file and the files it requires
// by path are run with a bare loader; other ids go to the core require.
var bareCache = Object.create(null);

function runMainBare(file) {
    if (bareCache[file]) {
        return bareCache[file].exports;
    }
    var module = { exports: {}, filename: file };
    bareCache[file] = module;
    var dir = path.dirname(file);
    var req = function (id) {
        if (/^\.{0,2}\//.test(id)) {
            return runMainBare(require.resolve(path.resolve(dir, id)));
        }
        try {
            return coreRequire(id);
        } catch (err) {
            if (err.code !== 'ERR_UNKNOWN_BUILTIN_MODULE') {
                throw err;
            }
            return require(require.resolve(id, { paths: [dir] }));
        }
    };
    var fn = compile('(function (exports, require, module, __filename, ' +
        '__dirname) {' + fs.readFileSync(file, 'utf8') + '\n})', file);
    fn.call(module.exports, module.exports, req, module, file, dir);
    return module.exports;
}

try {
    if (fs.existsSync(sourceFile('internal/module'))) {
        coreRequire('internal/module').runMain(mainFile);
    } else {
        runMainBare(mainFile);
    }
} catch (err) {
    fatal(err);
}
drainAll();
