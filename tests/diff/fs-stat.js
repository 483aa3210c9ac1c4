// The shapes of what fs returns: Stats (keys, types, dates, type
// checks), StatFs, fs.constants, and the module's own keys.
'use strict';
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
process.chdir(dir);
fs.writeFileSync('file', 'twelve bytes');
fs.mkdirSync('folder');
fs.symlinkSync('file', 'link');
fs.utimesSync('file', 1234.5678, 987654.3219);

function types(st) {
    return ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket',
        'isCharacterDevice', 'isBlockDevice'].filter(function (m) {
        return st[m]();
    }).join(',');
}

var st = fs.statSync('file');
console.log(Object.keys(st).join(','));
console.log(Object.keys(st).map(function (k) {
    return k + ':' + (st[k] instanceof Date ? 'Date' : typeof st[k]);
}).join(' '));
console.log(st.size, st.atimeMs, st.mtimeMs, st.atime.toISOString(),
    st.mtime.toISOString(), st.nlink, (st.mode & 0xf000).toString(8));
console.log(st instanceof fs.Stats, typeof fs.Stats);
console.log('file', types(st), 'folder', types(fs.statSync('folder')),
    'link', types(fs.lstatSync('link')), 'link->', types(fs.statSync('link')),
    'null', types(fs.statSync('/dev/null')));
console.log(fs.fstatSync(fs.openSync('file', 'r')).size);
var made = new fs.Stats(1, 33188, 1, 0, 0, 0, 4096, 7, 10, 8, 1000.4, 2000.6,
    3000, 4000);
console.log(made.isFile(), made.mtime.getTime(), made.atime.getTime(),
    made.ino);

var sf = fs.statfsSync('.');
console.log(Object.keys(sf).join(','), Object.keys(sf).every(function (k) {
    return typeof sf[k] === 'number';
}), sf.constructor.name);

console.log(JSON.stringify(fs.constants));
console.log(Object.getPrototypeOf(fs.constants) === null,
    fs.promises.constants === fs.constants, fs.F_OK, fs.R_OK, fs.W_OK,
    fs.X_OK);
console.log(Object.keys(fs).join(' '));
console.log(Object.keys(fs.promises).sort().join(' '));
console.log(fs.promises === require('fs/promises'),
    require('node:fs') === fs, typeof fs.lchmod, typeof fs.lchmodSync);
console.log(fs._toUnixTimestamp(new Date(1500)), fs._toUnixTimestamp('12'),
    fs._toUnixTimestamp(3.5));

fs.stat('file', function (err, s) {
    console.log('cb', err, s.size, types(s));
    fs.promises.lstat('link').then(function (s2) {
        console.log('promise', types(s2));
        process.chdir('/');
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
    });
});
