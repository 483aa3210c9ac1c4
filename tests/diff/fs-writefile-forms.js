// fs.writeFile and fs.appendFile (path, data, [options,] callback) in
// every form of their data and options, one call at a time: what the
// callback gets (how many arguments, the error) or what the call throws,
// the file's bytes and its permission bits afterwards, for a new file, a
// file already there, a missing directory, a directory and a path below
// a file.  nodule serves the common forms on a fast path and the rest on
// the general one: both must give Node's answers.
'use strict';
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
process.chdir(dir);
process.umask(0o022);
fs.mkdirSync('d');
fs.writeFileSync('file', 'x');

var text = 'h\u00e9llo \ud83d\ude00 \ud800 41zz';

function showError(e) {
    return [e.name, e.code, JSON.stringify(e.message), e.errno, e.syscall,
        e.path].join(' ');
}

function showFile(name) {
    try {
        var st = fs.statSync(name);
        if (st.isDirectory()) {
            return 'dir';
        }
        return (st.mode & 0o777).toString(8) + ' ' +
            fs.readFileSync(name).toString('hex');
    } catch (e) {
        return e.code;
    }
}

var datas = [
    ['text', text],
    ['empty', ''],
    ['buffer', Buffer.from([0, 0xff, 0x41])],
    ['uint8', new Uint8Array([0x61, 0x62])],
    ['view', Buffer.from('0123456789').subarray(2, 5)],
    ['uint16', new Uint16Array([0x4142])],
    ['number', 42],
    ['object', { toString: function () { return 'obj'; } }]
];

var forms = [
    [],
    [undefined],
    [null],
    ['utf8'],
    ['utf-8'],
    ['UTF8'],
    ['latin1'],
    ['binary'],
    ['ascii'],
    ['hex'],
    ['base64'],
    ['base64url'],
    ['ucs2'],
    ['utf16le'],
    ['buffer'],
    ['nope'],
    [''],
    [42],
    [{}],
    [{ encoding: null }],
    [{ encoding: 'hex' }],
    [{ encoding: 'buffer' }],
    [{ encoding: 42 }],
    [{ flag: 'w' }],
    [{ flag: 'a' }],
    [{ flag: 'wx' }],
    [{ flag: '' }],
    [{ flag: 'bogus' }],
    [{ mode: 0o600 }],
    [{ mode: 0o100640 }],
    [{ mode: '604' }],
    [{ mode: -1 }],
    [{ mode: 1.5 }],
    [{ mode: null }],
    [{ flush: false }],
    [{ flush: null }],
    [{ flush: true }],
    [{ flush: 'yes' }]
];

// Each step writes to a new name, to the one file there, and to names
// the OS refuses.
var targets = ['new', 'file', 'missing/f', 'd', 'file/below', 'nul\u0000'];

var steps = [];
['writeFile', 'appendFile'].forEach(function (fn) {
    datas.forEach(function (data) {
        forms.forEach(function (form) {
            steps.push([fn, data, form, 'new']);
        });
    });
    forms.forEach(function (form) {
        targets.slice(1).forEach(function (target) {
            steps.push([fn, datas[0], form, target]);
        });
    });
});

var serial = 0;

function next() {
    var step = steps.shift();
    if (step === undefined) {
        return callbacks();
    }
    var fn = step[0];
    var data = step[1];
    var form = step[2];
    var target = step[3];
    var name = target === 'new' ? 'new' + serial++ : target;
    if (target === 'file') {
        fs.writeFileSync('file', 'previous');
    }
    var line = fn + ' ' + target + ' ' + data[0] + ' ' +
        JSON.stringify(form) + ' ';
    var sync = true;
    try {
        fs[fn].apply(fs, [name, data[1]].concat(form, function (err) {
            var out = line + (sync ? 'SYNC ' : '') + arguments.length + ' ';
            console.log(out + (err ? showError(err) : 'null') + ' ' +
                showFile(name));
            next();
        }));
    } catch (e) {
        console.log(line + 'THROW ' + showError(e) + ' ' + showFile(name));
        next();
    }
    sync = false;
}

// Where the callback may be: last, in the options' place, or missing.
function callbacks() {
    var cases = [
        function (cb) { fs.writeFile('cb1', 'a', cb); },
        function (cb) { fs.writeFile('cb2', 'a', cb, undefined); },
        function (cb) { fs.writeFile('cb3', 'a', cb, null); },
        function (cb) { fs.writeFile('cb4', 'a', 'hex', cb); },
        function (cb) { fs.writeFile('cb5', 'a', cb, cb); },
        function (cb) { fs.appendFile('cb6', 'a', cb, null); },
        function () { fs.writeFile('cb7', 'a'); },
        function () { fs.writeFile('cb8', 'a', 'utf8'); },
        function () { fs.writeFile('cb9', 'a', 'utf8', 5); },
        function () { fs.appendFile('cb10', 'a', {}); }
    ];
    var i = 0;
    (function one() {
        var c = cases[i++];
        if (c === undefined) {
            fs.rmSync(dir, { recursive: true, force: true });
            return;
        }
        var name = 'cb' + i;
        try {
            c(function (err) {
                console.log(name, arguments.length, err, typeof this,
                    showFile(name));
                one();
            });
        } catch (e) {
            console.log(name, 'THROW', showError(e), showFile(name));
            one();
        }
    })();
}

next();
