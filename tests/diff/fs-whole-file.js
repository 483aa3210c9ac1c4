// fs.readFile / writeFile / appendFile of a path, in callback and
// synchronous forms, on both sides of the size up to which readFile reads
// in one request (512 KiB): contents in several encodings, and the error
// of each step (open with the path; read of a directory without).
'use strict';
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
process.chdir(dir);
fs.mkdirSync('d');

function bytes(n) {
    var b = Buffer.alloc(n);
    for (var i = 0; i < n; i++) {
        b[i] = (i * 31 + (i >> 8)) & 0xff;
    }
    return b;
}

function show(value) {
    if (Buffer.isBuffer(value)) {
        var sum = 0;
        for (var i = 0; i < value.length; i++) {
            sum = (sum * 33 + value[i]) % 1000003;
        }
        return 'Buffer(' + value.length + ') sum ' + sum;
    }
    if (typeof value === 'string' && value.length > 60) {
        return 'string(' + value.length + ') ' +
            JSON.stringify(value.slice(0, 20) + '...' + value.slice(-20));
    }
    return JSON.stringify(value);
}

function showError(e) {
    return ['THROW', e.name, e.code, JSON.stringify(e.message), e.errno,
        e.syscall, e.path].join(' ');
}

fs.writeFileSync('empty', '');
fs.writeFileSync('small', 'h\u00e9llo \ud83d\ude00 w\u00f6rld\n');
fs.writeFileSync('bad', Buffer.from([0x61, 0xff, 0xe2, 0x82, 0x62, 0xc3]));
fs.writeFileSync('limit', bytes(512 * 1024));
fs.writeFileSync('over', bytes(512 * 1024 + 1));

var names = ['empty', 'small', 'bad', 'limit', 'over', 'missing', 'd',
    'small/x'];
var encodings = [undefined, 'utf8', 'latin1', 'base64', 'hex'];

names.forEach(function (name) {
    encodings.forEach(function (enc) {
        var line = 'sync ' + name + ' ' + enc + ' ';
        try {
            console.log(line + show(fs.readFileSync(name, enc)));
        } catch (e) {
            console.log(line + showError(e));
        }
    });
});

function t(name, fn) {
    try {
        fn();
        console.log(name, 'ok');
    } catch (e) {
        console.log(name, showError(e));
    }
}
t('writeFileSync dir', function () { fs.writeFileSync('d', 'x'); });
t('writeFileSync enoent', function () { fs.writeFileSync('nope/x', 'x'); });
t('writeFileSync wx', function () {
    fs.writeFileSync('small', 'x', { flag: 'wx' });
});
t('writeFileSync hex', function () {
    fs.writeFileSync('w1', '68c3a9', 'hex');
    console.log(show(fs.readFileSync('w1', 'utf8')));
});
t('writeFileSync view', function () {
    fs.writeFileSync('w2', new Uint16Array([0x6968, 0x2121]));
    console.log(show(fs.readFileSync('w2', 'latin1')));
});
t('appendFileSync', function () {
    fs.appendFileSync('w3', 'a');
    fs.appendFileSync('w3', Buffer.from('b'), { flush: true });
    console.log(show(fs.readFileSync('w3', 'utf8')));
});

// The callback forms, one at a time so that the output is in order.
var steps = [];
names.forEach(function (name) {
    encodings.forEach(function (enc) {
        steps.push(function (next) {
            fs.readFile(name, enc, function (err, data) {
                console.log('cb ' + name + ' ' + enc + ' ' +
                    (err ? showError(err) : show(data)));
                next();
            });
        });
    });
});
[['cb writeFile dir', 'd', 'x', undefined],
    ['cb writeFile enoent', 'nope/x', 'x', undefined],
    ['cb writeFile wx', 'small', 'x', { flag: 'wx' }],
    ['cb writeFile flush', 'w4', 'flushed', { flush: true }],
    ['cb writeFile buffer', 'w5', bytes(1000), undefined]
].forEach(function (c) {
    steps.push(function (next) {
        fs.writeFile(c[1], c[2], c[3], function (err) {
            console.log(c[0], arguments.length, err ? showError(err) :
                show(fs.readFileSync(c[1])));
            next();
        });
    });
});
steps.push(function (next) {
    fs.appendFile('w6', 'one', function (err) {
        fs.appendFile('w6', ' two', function (err2) {
            console.log('cb appendFile', err, err2,
                show(fs.readFileSync('w6', 'utf8')));
            next();
        });
    });
});

(function next() {
    var step = steps.shift();
    if (step) {
        return step(next);
    }
    process.chdir('/');
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('done');
})();
