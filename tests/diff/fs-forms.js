// Every fs operation in its three forms (sync, callback, promise), on a
// temporary folder: results and errors are printed in a fixed order.
'use strict';
var fs = require('fs');
var fsp = require('fs/promises');

var base = (process.env.TMPDIR || '/tmp') + '/nodule-diff-forms-';
var dir = fs.mkdtempSync(base);
var realDir = fs.realpathSync(dir);
process.chdir(dir);

// Lines without the temporary folder's random name.
function print() {
    var line = Array.prototype.join.call(arguments, ' ');
    console.log(line.split(realDir).join('<tmp>').split(dir).join('<tmp>'));
}

function show(value) {
    if (value === undefined || value === null) {
        return String(value);
    }
    if (value instanceof fs.Stats) {
        return 'Stats(file=' + value.isFile() + ' dir=' + value.isDirectory() +
            ' link=' + value.isSymbolicLink() + ' size=' + value.size + ')';
    }
    if (Buffer.isBuffer(value)) {
        return 'Buffer(' + value.toString() + ')';
    }
    if (typeof value === 'object' && typeof value.fd === 'number') {
        return 'FileHandle';
    }
    if (Array.isArray(value)) {
        return '[' + value.map(show).join(', ') + ']';
    }
    return JSON.stringify(value);
}

function report(name, err, value) {
    if (err) {
        print(name, 'error', err.code, err.message, err.syscall,
            err.path, err.dest, err.errno);
    } else {
        print(name, 'ok', show(value));
    }
}

// Each case runs one operation three times: fn(form) where form is
// 'sync', 'cb' or 'promise' and calls done(err, value) when finished.
var cases = [];
function op(name, sync, cb, promise) {
    cases.push([name, sync, cb, promise]);
}

function runCase(i) {
    if (i === cases.length) {
        return finish();
    }
    var c = cases[i];
    try {
        report(c[0] + ' sync', null, c[1]());
    } catch (e) {
        report(c[0] + ' sync', e);
    }
    c[2](function (err, value) {
        report(c[0] + ' cb', err, value);
        c[3]().then(function (value) {
            report(c[0] + ' promise', null, value);
            runCase(i + 1);
        }, function (err) {
            report(c[0] + ' promise', err);
            runCase(i + 1);
        });
    });
}

// The same call in the three forms, for functions f, fSync and
// fsp.f taking the same arguments.
function same(name, args, reset) {
    op(name, function () {
        if (reset) { reset(); }
        return fs[name + 'Sync'].apply(fs, args);
    }, function (done) {
        if (reset) { reset(); }
        fs[name].apply(fs, args.concat(done));
    }, function () {
        if (reset) { reset(); }
        return fsp[name].apply(fsp, args);
    });
}

function put(name, text) {
    fs.writeFileSync(name, text);
}
function gone(name) {
    try { fs.rmSync(name, { recursive: true, force: true }); } catch (e) {}
}

put('a.txt', 'hello');
same('access', ['a.txt']);
same('access', ['missing.txt']);
same('stat', ['a.txt']);
same('stat', ['missing/x']);
same('lstat', ['a.txt']);
same('readFile', ['a.txt', 'utf8']);
same('readFile', ['a.txt']);
same('readFile', ['.']);
same('readFile', ['missing.txt']);
same('writeFile', ['b.txt', 'data']);
same('writeFile', ['b.txt', 'x', { flag: 'wx' }]);
same('appendFile', ['b.txt', '+']);
same('readFile', ['b.txt', 'latin1']);
same('copyFile', ['a.txt', 'c.txt']);
same('copyFile', ['a.txt', 'c.txt', fs.constants.COPYFILE_EXCL]);
same('copyFile', ['missing.txt', 'c.txt']);
same('rename', ['c.txt', 'd.txt'], function () { put('c.txt', 'c'); });
same('rename', ['missing.txt', 'd.txt']);
same('link', ['a.txt', 'hard.txt'], function () { gone('hard.txt'); });
same('link', ['a.txt', 'b.txt']);
same('symlink', ['a.txt', 'sym'], function () { gone('sym'); });
same('symlink', ['a.txt', 'b.txt']);
same('readlink', ['sym']);
same('readlink', ['a.txt']);
same('realpath', ['sym']);
same('realpath', ['missing/x']);
same('unlink', ['d.txt'], function () { put('d.txt', 'd'); });
same('unlink', ['missing.txt']);
same('mkdir', ['sub'], function () { gone('sub'); });
same('mkdir', ['sub']);
same('mkdir', ['deep/er/est', { recursive: true }], function () {
    gone('deep');
});
same('mkdir', ['a.txt/x', { recursive: true }]);
same('rmdir', ['sub'], function () { gone('sub'); fs.mkdirSync('sub'); });
same('rmdir', ['deep']);
same('rm', ['deep', { recursive: true }], function () {
    fs.mkdirSync('deep/er', { recursive: true });
    put('deep/er/f', 'f');
});
same('rm', ['missing']);
same('rm', ['missing', { force: true }]);
same('rm', ['sub'], function () { gone('sub'); fs.mkdirSync('sub'); });
same('readdir', ['sub'], function () { gone('sub'); fs.mkdirSync('sub');
    put('sub/z', ''); put('sub/a', ''); fs.mkdirSync('sub/m'); });
same('readdir', ['a.txt']);
same('truncate', ['b.txt', 2]);
same('truncate', ['missing.txt']);
same('chmod', ['b.txt', '600']);
same('chmod', ['missing.txt', 420]);
same('utimes', ['b.txt', 1000, new Date(2000000)]);
same('utimes', ['missing.txt', 1, 1]);
same('lutimes', ['sym', 5, 6]);
same('chown', ['missing.txt', -1, -1]);
same('lchown', ['missing.txt', -1, -1]);

op('exists', function () {
    return [fs.existsSync('a.txt'), fs.existsSync('nope')];
}, function (done) {
    fs.exists('a.txt', function (yes) {
        fs.exists('nope', function (no) { done(null, [yes, no]); });
    });
}, function () {
    return fsp.access('a.txt').then(function () { return true; });
});

op('open-read-close', function () {
    var fd = fs.openSync('a.txt', 'r');
    var buf = Buffer.alloc(10);
    var n = fs.readSync(fd, buf, 0, 10, 1);
    fs.closeSync(fd);
    return [n, buf.slice(0, n)];
}, function (done) {
    fs.open('a.txt', 'r', function (err, fd) {
        if (err) { return done(err); }
        fs.read(fd, Buffer.alloc(10), 0, 10, 1, function (err2, n, buf) {
            fs.close(fd, function () { done(err2, [n, buf.slice(0, n)]); });
        });
    });
}, function () {
    return fsp.open('a.txt', 'r').then(function (fh) {
        return fh.read(Buffer.alloc(10), 0, 10, 1).then(function (r) {
            return fh.close().then(function () {
                return [r.bytesRead, r.buffer.slice(0, r.bytesRead)];
            });
        });
    });
});

op('open-missing', function () {
    return fs.openSync('missing.txt');
}, function (done) {
    fs.open('missing.txt', done);
}, function () {
    return fsp.open('missing.txt');
});

op('write-positions', function () {
    var fd = fs.openSync('w.txt', 'w+');
    fs.writeSync(fd, 'abcdef');
    fs.writeSync(fd, 'XY', 2);
    fs.writeSync(fd, Buffer.from('12345'), 1, 2, 4);
    fs.closeSync(fd);
    return fs.readFileSync('w.txt', 'utf8');
}, function (done) {
    fs.open('w.txt', 'w+', function (err, fd) {
        fs.write(fd, 'abcdef', function () {
            fs.write(fd, 'XY', 2, function () {
                fs.write(fd, Buffer.from('12345'), 1, 2, 4, function () {
                    fs.close(fd, function () {
                        done(err, fs.readFileSync('w.txt', 'utf8'));
                    });
                });
            });
        });
    });
}, function () {
    return fsp.open('w.txt', 'w+').then(function (fh) {
        return fh.write('abcdef').then(function () {
            return fh.write('XY', 2);
        }).then(function () {
            return fh.write(Buffer.from('12345'), 1, 2, 4);
        }).then(function (r) {
            return fh.close().then(function () {
                return [r.bytesWritten, fs.readFileSync('w.txt', 'utf8')];
            });
        });
    });
});

function finish() {
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
}

runCase(0);
