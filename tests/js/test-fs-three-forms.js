// Every operation in its three forms (fooSync, foo(cb), fs.promises.foo)
// gives the same result and leaves the same files behind, each form run
// on a fresh copy of the same small tree.
'use strict';
var assert = require('assert');
var fs = require('fs');

var root = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-3f-');

// A fresh tree for one form: a file, a folder with entries, a link.
function fresh(name) {
    var d = root + '/' + name;
    fs.mkdirSync(d + '/sub/deep', { recursive: true });
    fs.writeFileSync(d + '/file', 'contents');
    fs.writeFileSync(d + '/sub/x', 'x');
    fs.symlinkSync('file', d + '/link');
    process.chdir(d);
}

// What a folder holds, as text: names, kinds, sizes, file contents.
function snapshot() {
    return fs.readdirSync('.', { recursive: true }).sort().map(function (p) {
        var st = fs.lstatSync(p);
        return p + ':' + (st.isDirectory() ? 'd' : st.isSymbolicLink() ?
            'l' : st.size + ':' + fs.readFileSync(p, 'latin1'));
    }).join(' ');
}

function describe(value) {
    if (value instanceof fs.Stats) {
        return 'Stats ' + value.size + ' ' + value.mode;
    }
    if (Buffer.isBuffer(value)) {
        return 'Buffer ' + value.toString('hex');
    }
    if (Array.isArray(value)) {
        return value.map(describe).join(',');
    }
    return typeof value + ' ' + String(value);
}

var OPS = [
    ['access', ['file']], ['appendFile', ['file', '+more']],
    ['chmod', ['file', 384]], ['copyFile', ['file', 'copy']],
    ['link', ['file', 'hard']], ['lstat', ['link']],
    ['mkdir', ['new/a/b', { recursive: true }]], ['mkdir', ['one']],
    ['readFile', ['file', 'utf8']], ['readFile', ['file']],
    ['readdir', ['sub']], ['readlink', ['link']], ['realpath', ['link']],
    ['rename', ['file', 'moved']], ['rm', ['sub', { recursive: true }]],
    ['rmdir', ['sub/deep']], ['stat', ['sub']], ['symlink', ['sub', 's2']],
    ['truncate', ['file', 3]], ['unlink', ['link']],
    ['utimes', ['file', 100, 200]], ['writeFile', ['file', 'new']],
    ['writeFile', ['other', Buffer.from([1, 2, 3])]],
    ['stat', ['missing']], ['rmdir', ['sub']], ['mkdir', ['file']],
    ['readFile', ['sub']], ['copyFile', ['file', 'file',
        fs.constants.COPYFILE_EXCL]]
];

var outcomes = [];
function record(form, i, err, value) {
    var text = (err ? 'error ' + err.code + ' ' + err.message :
        'ok ' + describe(value)).split(fs.realpathSync('.')).join('<dir>');
    if (!outcomes[i]) {
        outcomes[i] = {};
    }
    outcomes[i][form] = text + ' | ' + snapshot();
}

var n = 0;
function runAsync(i) {
    if (i === OPS.length) {
        return runPromises(0);
    }
    fresh('cb' + i);
    fs[OPS[i][0]].apply(fs, OPS[i][1].concat(function (err, value) {
        record('cb', i, err, value);
        runAsync(i + 1);
    }));
}

function runPromises(i) {
    if (i === OPS.length) {
        return compare();
    }
    fresh('pr' + i);
    fs.promises[OPS[i][0]].apply(fs.promises, OPS[i][1]).then(
        function (value) { record('promise', i, null, value); },
        function (err) { record('promise', i, err); }
    ).then(function () { runPromises(i + 1); });
}

function compare() {
    OPS.forEach(function (op, i) {
        var o = outcomes[i];
        assert.strictEqual(o.cb, o.sync, op[0] + ' callback vs sync');
        assert.strictEqual(o.promise, o.sync, op[0] + ' promise vs sync');
        n++;
    });
}

OPS.forEach(function (op, i) {
    fresh('sync' + i);
    try {
        record('sync', i, null, fs[op[0] + 'Sync'].apply(fs, op[1]));
    } catch (err) {
        record('sync', i, err);
    }
});
runAsync(0);

process.on('exit', function () {
    assert.strictEqual(n, OPS.length);
    process.chdir('/');
    fs.rmSync(root, { recursive: true });
});
