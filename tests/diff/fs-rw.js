// Reading and writing: positions, readv/writev, appendFile, truncate,
// encodings, fds given to readFile/writeFile, and a few MB round trip.
'use strict';
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
process.chdir(dir);

function text(name) {
    return JSON.stringify(fs.readFileSync(name, 'latin1'));
}

// Encodings through writeFile and readFile.
['utf8', 'hex', 'base64', 'latin1', 'ascii', 'ucs2', 'base64url'].forEach(
    function (enc) {
        var data = enc === 'hex' ? 'c3a96c6c65' : enc === 'base64' ?
            'w6lsbGU=' : 'h\u00e9llo';
        fs.writeFileSync('enc', data, enc);
        console.log(enc, text('enc'), fs.readFileSync('enc', enc));
    });
fs.writeFileSync('enc', 'a\u20acb\ud83d\ude00c');
console.log('utf8 astral', fs.readFileSync('enc').length,
    fs.readFileSync('enc', 'utf8') === 'a\u20acb\ud83d\ude00c');
fs.writeFileSync('enc', new Uint16Array([0x4241, 0x4443]));
console.log('typed array', text('enc'));
fs.writeFileSync('enc', new DataView(new Uint8Array([65, 66, 67]).buffer));
console.log('data view', text('enc'));

// Positions.
var fd = fs.openSync('pos', 'w+');
console.log(fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, 'XY', 1),
    fs.writeSync(fd, 'zz'));
console.log(text('pos'));
var buf = Buffer.alloc(4);
console.log(fs.readSync(fd, buf, 0, 4, 0), buf.toString(),
    fs.readSync(fd, buf, { position: 4 }), buf.toString(),
    fs.readSync(fd, buf), buf.toString());
console.log(fs.writevSync(fd, [Buffer.from('11'), Buffer.from('222')], 1),
    text('pos'));
var a = Buffer.alloc(2);
var b = Buffer.alloc(3);
console.log(fs.readvSync(fd, [a, b], 2), a.toString(), b.toString());
fs.ftruncateSync(fd, 3);
console.log('ftruncate', text('pos'));
fs.ftruncateSync(fd, 5);
console.log('extend', text('pos'));
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);

// Appending, flags and modes.
fs.writeFileSync('app', 'one');
fs.appendFileSync('app', Buffer.from('-two'));
fs.appendFileSync('app', '-three', { encoding: 'utf8', flag: 'a' });
console.log(text('app'));
fs.writeFileSync('app', 'X', { flag: 'r+' });
console.log(text('app'));
fs.writeFileSync('mode', '', { mode: 384 });
console.log((fs.statSync('mode').mode & 511).toString(8));
var afd = fs.openSync('app', 'a');
fs.writeSync(afd, '!', 0);
fs.closeSync(afd);
console.log('append ignores position', text('app'));

// readFile and writeFile on an fd: from the current position, not closed.
var rfd = fs.openSync('app', 'r+');
fs.readSync(rfd, Buffer.alloc(3), 0, 3, null);
console.log('from position', fs.readFileSync(rfd, 'utf8'));
fs.writeFileSync(rfd, '++');
console.log('fd still open', fs.fstatSync(rfd).size, text('app'));
fs.closeSync(rfd);

// A few megabytes, through both forms.
var big = Buffer.alloc(3 * 1024 * 1024 + 7);
for (var i = 0; i < big.length; i++) {
    big[i] = (i * 31 + (i >> 9)) & 255;
}
fs.writeFileSync('big', big);
console.log('big sync', fs.readFileSync('big').equals(big),
    fs.statSync('big').size);
fs.writeFile('big2', big, function (err) {
    fs.readFile('big2', function (err2, back) {
        console.log('big async', err, err2, back.equals(big));
        fs.truncate('big2', 10, function (err3) {
            console.log('truncate', err3, fs.statSync('big2').size);
            fs.readFile('/proc/self/status', 'utf8', function (err4, s) {
                console.log('proc', err4, s.indexOf('Name:') === 0);
                process.chdir('/');
                fs.rmSync(dir, { recursive: true });
                console.log('cleaned', fs.existsSync(dir));
            });
        });
    });
});
