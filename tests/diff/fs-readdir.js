// Listing directories: readdir (plain, withFileTypes, recursive, as
// Buffers) in its three forms, Dirent, and Dir streams read
// synchronously, with callbacks and with promises.
'use strict';
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
process.chdir(dir);
fs.mkdirSync('t/b/c', { recursive: true });
fs.mkdirSync('t/a');
fs.writeFileSync('t/z.txt', 'z');
fs.writeFileSync('t/B.txt', 'B');
fs.writeFileSync('t/b/c/deep.txt', 'deep');
fs.symlinkSync('b', 't/link-to-b');
fs.symlinkSync('nowhere', 't/dangling');

function dirent(d) {
    var kinds = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO',
        'isSocket', 'isCharacterDevice', 'isBlockDevice'];
    return d.name + '(' + kinds.filter(function (k) {
        return d[k]();
    }).join('') + ' ' + d.path + ' ' + d.parentPath + ')';
}

console.log(fs.readdirSync('t').join(' '));
console.log(fs.readdirSync('t', { withFileTypes: true }).map(dirent)
    .join(' '));
console.log(fs.readdirSync('t', { recursive: true }).join(' '));
console.log(fs.readdirSync('t', { recursive: true, withFileTypes: true })
    .map(dirent).join(' '));
console.log(fs.readdirSync('t', 'buffer').map(function (b) {
    return Buffer.isBuffer(b) + ':' + b.toString();
}).join(' '));
console.log(fs.readdirSync('t', { encoding: 'hex' }).join(' '));
console.log(Object.keys(fs.readdirSync('t', { withFileTypes: true })[0]),
    fs.readdirSync('t', { withFileTypes: true })[0] instanceof fs.Dirent);

var d = fs.opendirSync('t', { bufferSize: 2 });
var names = [];
var e;
while ((e = d.readSync()) !== null) {
    names.push(dirent(e));
}
console.log('dir sync', d.path, names.sort().join(' '));
console.log('again', d.readSync());
d.closeSync();

fs.readdir('t', { withFileTypes: true }, function (err, list) {
    console.log('cb', err, list.map(dirent).join(' '));
    fs.readdir('t', { recursive: true }, function (err2, all) {
        console.log('cb recursive', err2, all.sort().join(' '));
        fs.opendir('t', function (err3, dir2) {
            var got = [];
            (function next() {
                dir2.read(function (err4, entry) {
                    if (entry) {
                        got.push(entry.name);
                        return next();
                    }
                    console.log('dir cb', err3, err4, got.sort().join(' '));
                    dir2.close(function (err5) {
                        console.log('closed', err5);
                        dir2.close(function (err6) {
                            console.log('closed twice', err6.code);
                            promises();
                        });
                    });
                });
            })();
        });
    });
});

function promises() {
    var fsp = fs.promises;
    fsp.readdir('t').then(function (list) {
        console.log('promise', list.join(' '));
        return fsp.opendir('t');
    }).then(function (dir3) {
        var got = [];
        function next() {
            return dir3.read().then(function (entry) {
                if (entry === null) {
                    return dir3.close();
                }
                got.push(entry.name);
                return next();
            });
        }
        return next().then(function () {
            console.log('dir promise', got.sort().join(' '));
            return dir3.close().catch(function (err) {
                console.log('close again', err.code);
            });
        });
    }).then(function () {
        return fsp.readdir('missing');
    }).catch(function (err) {
        console.log('promise error', err.code, err.syscall, err.path);
    }).then(function () {
        process.chdir('/');
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
    });
}
