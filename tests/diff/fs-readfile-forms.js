// fs.readFile(path, [options,] callback) in every form of its options,
// one call at a time: what the callback gets (how many arguments, the
// data, the error), for a small file, an empty one, a missing one, a
// directory and a path below a file; then fs.promises.readFile.  nodule
// serves the common forms on a fast path and the rest on the general
// one: both must give Node's answers.
'use strict';
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
process.chdir(dir);
fs.mkdirSync('d');
fs.writeFileSync('small', Buffer.concat([
    Buffer.from('h\u00e9llo \ud83d\ude00 '),
    Buffer.from([0xff, 0xe2, 0x82, 0x61, 0x80])
]));
fs.writeFileSync('empty', '');

function show(value) {
    if (Buffer.isBuffer(value)) {
        return 'Buffer ' + value.toString('hex');
    }
    return typeof value + ' ' + JSON.stringify(value);
}

function showError(e) {
    return [e.name, e.code, JSON.stringify(e.message), e.errno, e.syscall,
        e.path].join(' ');
}

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
    [{}],
    [{ encoding: null }],
    [{ encoding: 'hex' }],
    [{ encoding: 'buffer' }],
    [{ flag: 'r' }],
    [{ flag: 'r', encoding: 'base64' }],
    [{ flag: 'rs', encoding: 'latin1' }],
    [{ flag: 'r+', encoding: 'utf8' }]
];
var names = ['small', 'empty', 'missing', 'd', 'small/x'];

var steps = [];
names.forEach(function (name) {
    forms.forEach(function (form) {
        steps.push([name, form]);
    });
});

function next() {
    var step = steps.shift();
    if (step === undefined) {
        return promises();
    }
    var name = step[0];
    var form = step[1];
    var line = name + ' ' + JSON.stringify(form) + ' ';
    var sync = true;
    try {
        fs.readFile.apply(fs, [name].concat(form, function (err, data) {
            var out = line + (sync ? 'SYNC ' : '') + arguments.length + ' ';
            console.log(out + (err ? showError(err) : show(data)));
            next();
        }));
    } catch (e) {
        console.log(line + 'THROW ' + showError(e));
        next();
    }
    sync = false;
}

function promises() {
    var cases = [['small', undefined], ['small', 'hex'], ['small', 'buffer'],
        ['missing', 'utf8'], ['d', undefined]];
    (function one() {
        var c = cases.shift();
        if (c === undefined) {
            fs.rmSync(dir, { recursive: true, force: true });
            return;
        }
        fs.promises.readFile(c[0], c[1]).then(function (data) {
            console.log('promise', c[0], c[1], show(data));
        }, function (e) {
            console.log('promise', c[0], c[1], showError(e));
        }).then(one);
    })();
}

next();
