// fs/promises: FileHandle methods one after another, a closed handle's
// errors, argument errors as rejections, and the functions taking a
// FileHandle in place of a path.
'use strict';
var fs = require('fs');
var fsp = require('fs/promises');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
process.chdir(dir);

function plain(value) {
    if (Buffer.isBuffer(value)) {
        return 'Buffer(' + value.toString() + ')';
    }
    if (Array.isArray(value)) {
        return value.map(plain);
    }
    if (value !== null && typeof value === 'object' &&
            !(value instanceof fs.Stats)) {
        var out = {};
        Object.keys(value).forEach(function (k) { out[k] = plain(value[k]); });
        return out;
    }
    if (value instanceof fs.Stats) {
        return 'Stats(' + value.size + ')';
    }
    return value;
}

var fh;
var chain = Promise.resolve();
function step(name, fn) {
    chain = chain.then(fn).then(function (value) {
        console.log(name, JSON.stringify(plain(value)));
    }, function (err) {
        console.log(name, 'rejected', err.name, err.code, err.message,
            err.syscall);
    });
}

step('open', function () {
    return fsp.open('f', 'w+').then(function (h) {
        fh = h;
        return [typeof h.fd, h.constructor.name, h instanceof
            require('events')];
    });
});
step('write string', function () { return fh.write('hello world'); });
step('write buffer at', function () {
    return fh.write(Buffer.from('HW'), 0, 1, 0);
});
step('write options', function () {
    return fh.write(Buffer.from('xyz'), { offset: 1, length: 1, position: 6 });
});
step('read', function () { return fh.read(Buffer.alloc(5), 0, 5, 0); });
step('read options', function () {
    return fh.read({ buffer: Buffer.alloc(3), position: 6 });
});
step('read buffer options', function () {
    return fh.read(Buffer.alloc(4), { position: 1, length: 2 });
});
step('read at end', function () { return fh.read(Buffer.alloc(4), 0, 4, 99); });
step('read zero', function () { return fh.read(Buffer.alloc(4), 0, 0, 0); });
step('readv', function () {
    return fh.readv([Buffer.alloc(2), Buffer.alloc(3)], 0);
});
step('writev', function () {
    return fh.writev([Buffer.from('AB'), Buffer.from('CD')], 20);
});
step('stat', function () { return fh.stat(); });
step('truncate', function () {
    return fh.truncate(5).then(function () { return fh.stat(); });
});
step('readFile', function () { return fh.readFile('utf8'); });
step('writeFile', function () {
    return fh.writeFile('more').then(function () {
        return fs.readFileSync('f', 'utf8');
    });
});
step('appendFile', function () {
    return fh.appendFile('!').then(function () {
        return fs.readFileSync('f', 'utf8');
    });
});
step('sync', function () { return fh.sync(); });
step('datasync', function () { return fh.datasync(); });
step('chmod', function () {
    return fh.chmod(384).then(function () {
        return (fs.statSync('f').mode & 511).toString(8);
    });
});
step('utimes', function () {
    return fh.utimes(10, 20).then(function () {
        return fs.statSync('f').mtimeMs;
    });
});
step('bad read', function () { return fh.read(Buffer.alloc(2), -1); });
step('bad write', function () { return fh.write(42); });
step('close', function () {
    var closed = false;
    fh.on('close', function () { closed = true; });
    return fh.close().then(function () { return [fh.fd, closed]; });
});
step('close again', function () { return fh.close(); });
step('stat closed', function () { return fh.stat(); });
step('read closed', function () { return fh.read(Buffer.alloc(1), 0, 1, 0); });
step('readFile via handle', function () {
    return fsp.open('f', 'r').then(function (h) {
        return fsp.readFile(h, { encoding: 'utf8' }).then(function (text) {
            return h.close().then(function () { return text; });
        });
    });
});
step('writeFile via handle', function () {
    return fsp.open('g', 'w').then(function (h) {
        return fsp.writeFile(h, 'via handle').then(function () {
            return h.close();
        }).then(function () { return fs.readFileSync('g', 'utf8'); });
    });
});
step('bad path', function () { return fsp.readFile(5); });
step('bad flags', function () { return fsp.open('f', 'q'); });
step('missing', function () { return fsp.open('missing', 'r'); });
step('lchmod', function () { return fsp.lchmod('f', 420); });
step('mkdtemp', function () {
    return fsp.mkdtemp('t-').then(function (p) { return p.length; });
});
step('realpath', function () {
    return fsp.realpath('missing').catch(function (e) {
        return [e.code, e.syscall, e.path];
    });
});
step('copyFile', function () {
    return fsp.copyFile('f', 'h', fs.constants.COPYFILE_EXCL)
        .then(function () {
            return fsp.copyFile('f', 'h', fs.constants.COPYFILE_EXCL);
        });
});
step('done', function () {
    process.chdir('/');
    return fsp.rm(dir, { recursive: true }).then(function () {
        return fs.existsSync(dir);
    });
});
