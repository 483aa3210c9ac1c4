// Bad input never crashes: every fs function, in its synchronous,
// callback and promise forms, is called with each odd value in each
// argument position.  Each call either works or fails with an Error that
// has a string code (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ENOENT...);
// callbacks are called once; promises settle.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-args-');
process.chdir(dir);

var ODD = [undefined, null, -1, 1.5, NaN, Infinity, -Infinity, 1e300,
    9007199254740993, 999999, '', 'a\u0000b', 'x'.repeat(5000), {}, [],
    [1, 2], true, function () {}, Symbol('s'), new Date(NaN),
    Buffer.alloc(0), new Uint16Array(3), { length: -1 }, { toString: 5 }];

// A template of good arguments per function (files are recreated).
function setup() {
    fs.writeFileSync('f', 'data');
    try { fs.mkdirSync('d'); } catch (e) {}
    return fs.openSync('f', 'r+');
}

var TEMPLATES = {
    access: ['f', 0], appendFile: ['f', 'x', 'utf8'], chmod: ['f', 420],
    chown: ['f', -1, -1], close: [999999], copyFile: ['f', 'g', 0],
    exists: ['f'], fchmod: ['FD', 420], fchown: ['FD', -1, -1],
    fdatasync: ['FD'], fstat: ['FD', {}], fsync: ['FD'],
    ftruncate: ['FD', 2], futimes: ['FD', 1, 2], lchown: ['f', -1, -1],
    link: ['f', 'h'], lstat: ['f', {}], lutimes: ['f', 1, 2],
    mkdir: ['d/m', { recursive: true }], mkdtemp: ['t-', 'utf8'],
    open: ['f', 'r', 420], opendir: ['d', { bufferSize: 4 }],
    read: ['FD', Buffer.alloc(4), 0, 4, 0], readdir: ['d', {}],
    readFile: ['f', 'utf8'], readlink: ['f', {}], realpath: ['f', {}],
    readv: ['FD', [Buffer.alloc(2)], 0], rename: ['g', 'g2'],
    rm: ['g2', { force: true }], rmdir: ['d/m', {}], stat: ['f', {}],
    statfs: ['f', {}], symlink: ['f', 's', 'file'], truncate: ['f', 1],
    unlink: ['s'], utimes: ['f', 1, 2], write: ['FD', 'abc', 0, 'utf8'],
    writeFile: ['f', 'abc', {}], writev: ['FD', [Buffer.alloc(2)], 0]
};

// A coded Error; or, for values JS itself cannot convert (a Symbol, an
// object whose toString is not a function), the engine's plain TypeError,
// as in Node.
function checkError(err, where, args) {
    assert.ok(err instanceof Error, where + ': not an Error: ' + err);
    if (err.code === undefined && err instanceof TypeError &&
            (args || []).some(function (a) {
                return typeof a === 'symbol' || (a !== null &&
                    typeof a === 'object' && a.toString === 5);
            })) {
        return;
    }
    assert.strictEqual(typeof err.code, 'string', where + ': no code: ' +
        err.stack);
    assert.ok(typeof err.message === 'string' && err.message.length > 0);
}

function tidy(result) {
    if (typeof result === 'number' && result > 2) {
        try { fs.closeSync(result); } catch (e) {}
    }
    if (result && typeof result.closeSync === 'function') {
        try { result.closeSync(); } catch (e) {}
    }
}

var outstanding = 0;
var calls = 0;

function callAll(name, args) {
    var where = name + '(' + args.map(function (a) {
        return typeof a === 'symbol' ? 'symbol' :
            typeof a === 'string' ? JSON.stringify(a.slice(0, 10)) :
            String(a && a.constructor === Object ? '{}' : a);
    }).join(', ') + ')';
    calls++;
    if (typeof fs[name + 'Sync'] === 'function') {
        try {
            tidy(fs[name + 'Sync'].apply(fs, args));
        } catch (err) {
            checkError(err, where + ' sync', args);
        }
    }
    var called = 0;
    outstanding++;
    try {
        fs[name].apply(fs, args.concat(function (err, result) {
            called++;
            assert.strictEqual(called, 1, where + ': callback called twice');
            if (err && name !== 'exists') {
                checkError(err, where + ' callback', args);
            }
            tidy(result);
            outstanding--;
        }));
    } catch (err) {
        checkError(err, where + ' callback form', args);
        outstanding--;
    }
    var p = fs.promises[name];
    if (typeof p === 'function') {
        outstanding++;
        var promise;
        try {
            promise = p.apply(fs.promises, args);
        } catch (err) {
            assert.fail(where + ': promise form threw ' + err);
        }
        promise.then(function (result) {
            if (result && typeof result.close === 'function' &&
                    typeof result.fd === 'number') {
                result.close();
            }
            tidy(result);
            outstanding--;
        }, function (err) {
            checkError(err, where + ' promise', args);
            outstanding--;
        });
    }
}

Object.keys(TEMPLATES).forEach(function (name) {
    var fd = setup();
    var template = TEMPLATES[name].map(function (a) {
        return a === 'FD' ? fd : a;
    });
    for (var pos = 0; pos < template.length; pos++) {
        ODD.forEach(function (odd) {
            var args = template.slice();
            args[pos] = odd;
            callAll(name, args);
        });
    }
    callAll(name, template);
});

// The stream and watcher constructors too.
ODD.forEach(function (odd) {
    [function () { return fs.createReadStream(odd); },
        function () { return fs.createWriteStream('w', { start: odd }); },
        function () { return fs.createReadStream('f', { end: odd }); },
        function () { return fs.createReadStream('f', odd); },
        function () { return fs.watch(odd); },
        function () { return fs.watch('.', odd); },
        function () {
            try {
                return fs.watchFile(odd, function () {});
            } finally {
                try { fs.unwatchFile(odd); } catch (e) {}
            }
        },
        function () { return fs.watchFile('f', { interval: odd }, odd); }
    ].forEach(function (make) {
        try {
            var made = make();
            if (made && typeof made.on === 'function') {
                made.on('error', function () {});
            }
            if (made && typeof made.close === 'function') {
                made.close();
            }
            if (made && typeof made.destroy === 'function') {
                made.destroy();
            }
        } catch (err) {
            checkError(err, 'constructor', [odd]);
        }
    });
});
fs.unwatchFile('f');

process.on('exit', function () {
    assert.strictEqual(outstanding, 0, 'every callback and promise ' +
        'settled');
    assert.ok(calls > 500);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true, force: true });
});
