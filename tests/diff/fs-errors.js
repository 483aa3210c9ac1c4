// The errors of the synchronous fs functions: bad arguments (TypeError,
// RangeError with Node's messages) and failing system calls (code, errno,
// syscall, path, dest), on a temporary folder.
'use strict';
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
process.chdir(dir);
fs.mkdirSync('d');
fs.writeFileSync('d/f', 'hi\n');
fs.mkdirSync('d/x/y', { recursive: true });
fs.mkdirSync('d/x2');
fs.writeFileSync('d/x2/g', '');

function t(name, fn) {
    try {
        console.log(name, '=>', JSON.stringify(fn()));
    } catch (e) {
        console.log(name, 'THROW', e.name, e.code, JSON.stringify(e.message),
            e.errno, e.syscall, e.path, e.dest);
    }
}

var buf = Buffer.alloc(2);
t('open num', function () { return fs.openSync(123); });
t('open nul', function () { return fs.openSync('a\u0000b'); });
t('open bad flag', function () { return fs.openSync('d/f', 'z'); });
t('open flag object', function () { return fs.openSync('d/f', {}); });
t('open flag fraction', function () { return fs.openSync('d/f', 1.5); });
t('open mode string', function () { return fs.openSync('d/f', 'r', 'abc'); });
t('open mode negative', function () { return fs.openSync('d/f', 'r', -1); });
t('open mode fraction', function () { return fs.openSync('d/f', 'r', 1.5); });
t('open dir for writing', function () { return fs.openSync('d', 'w'); });
t('open enoent', function () { return fs.openSync('d/nope'); });
t('open enotdir', function () { return fs.openSync('d/f/x'); });
t('open eexist', function () { return fs.openSync('d/f', 'wx'); });
t('read fd string', function () { return fs.readSync('x', buf); });
t('read fd -1', function () { return fs.readSync(-1, buf); });
t('read fd fraction', function () { return fs.readSync(1.5, buf); });
t('read buffer string', function () { return fs.readSync(0, 'abc'); });
t('read offset past', function () { return fs.readSync(0, buf, 5, 1, 0); });
t('read length past', function () { return fs.readSync(0, buf, 0, 5, 0); });
t('read offset -1', function () { return fs.readSync(0, buf, -1, 1, 0); });
t('read position string', function () {
    return fs.readSync(0, buf, 0, 1, 'x');
});
t('read position -2', function () { return fs.readSync(0, buf, 0, 1, -2); });
t('read position fraction', function () {
    return fs.readSync(0, buf, 0, 1, 1.5);
});
t('read huge length', function () {
    return fs.readSync(0, Buffer.alloc(10), 0, 1e10, 0);
});
t('read empty buffer', function () {
    return fs.readSync(0, Buffer.alloc(0), 0, 1, 0);
});
t('read zero length', function () {
    return fs.readSync(0, Buffer.alloc(0), 0, 0, 0);
});
t('read ebadf', function () { return fs.readSync(999, buf, 0, 1, 0); });
t('read eisdir', function () {
    var fd = fs.openSync('d');
    try {
        return fs.readSync(fd, buf, 0, 1, 0);
    } finally {
        fs.closeSync(fd);
    }
});
t('readv bad entry', function () { return fs.readvSync(0, [1]); });
t('readv not array', function () { return fs.readvSync(0, 'x'); });
t('close ebadf', function () { return fs.closeSync(999); });
t('close string', function () { return fs.closeSync('1'); });
t('write ebadf', function () { return fs.writeSync(999, 'abc'); });
t('write number', function () { return fs.writeSync(999, 123); });
t('write offset past', function () {
    return fs.writeSync(999, Buffer.from('ab'), 3);
});
t('write length past', function () {
    return fs.writeSync(999, Buffer.from('ab'), 0, 3);
});
t('write length -1', function () {
    return fs.writeSync(999, Buffer.from('ab'), 0, -1);
});
t('write offset -1', function () {
    return fs.writeSync(999, Buffer.from('ab'), -1);
});
t('write odd hex', function () {
    return fs.writeSync(999, 'abc', null, 'hex');
});
t('fstat ebadf', function () { return fs.fstatSync(999); });
t('fchmod fd -1', function () { return fs.fchmodSync(-1, 420); });
t('futimes ebadf', function () { return fs.futimesSync(999, 1, 2); });
t('stat enoent', function () { return fs.statSync('d/nope'); });
t('stat no throw', function () {
    return fs.statSync('d/nope', { throwIfNoEntry: false });
});
t('stat enotdir no throw', function () {
    return fs.statSync('d/f/x', { throwIfNoEntry: false });
});
t('lstat enotdir', function () { return fs.lstatSync('d/f/x'); });
t('truncate enoent', function () { return fs.truncateSync('d/nope'); });
t('truncate dir', function () { return fs.truncateSync('d'); });
t('truncate string length', function () {
    return fs.truncateSync('d/f', 'x');
});
t('ftruncate ebadf', function () { return fs.ftruncateSync(999); });
t('ftruncate string length', function () {
    return fs.ftruncateSync(999, 'a');
});
t('mkdir eexist', function () { return fs.mkdirSync('d/f'); });
t('mkdir enoent', function () { return fs.mkdirSync('d/a/b'); });
t('mkdir -p under file', function () {
    return fs.mkdirSync('d/f/b', { recursive: true });
});
t('mkdir -p deep under file', function () {
    return fs.mkdirSync('d/f/b/c', { recursive: true });
});
t('mkdir -p on file', function () {
    return fs.mkdirSync('d/f', { recursive: true });
});
t('mkdir -p existing', function () {
    return fs.mkdirSync('d', { recursive: true });
});
t('mkdir -p new', function () {
    return fs.mkdirSync('d/n1/n2/n3', { recursive: true });
});
t('mkdir recursive number', function () {
    return fs.mkdirSync('d/x3', { recursive: 1 });
});
t('mkdir mode string', function () { return fs.mkdirSync('d/m1', '755'); });
t('mkdir mode bad', function () {
    return fs.mkdirSync('d/m2', { mode: 'abc' });
});
t('rmdir enotempty', function () { return fs.rmdirSync('d/x'); });
t('rmdir enotdir', function () { return fs.rmdirSync('d/f'); });
t('rmdir enoent', function () { return fs.rmdirSync('d/nope'); });
t('rmdir options', function () { return fs.rmdirSync('d/nope', 5); });
t('rmdir maxRetries', function () {
    return fs.rmdirSync('d/nope', { maxRetries: 'x' });
});
t('unlink eisdir', function () { return fs.unlinkSync('d/x'); });
t('unlink enoent', function () { return fs.unlinkSync('d/nope'); });
t('rename enoent', function () { return fs.renameSync('d/nope', 'd/n2'); });
t('rename enotempty', function () { return fs.renameSync('d/x2', 'd/x'); });
t('link enoent', function () { return fs.linkSync('d/nope', 'd/n2'); });
t('link eexist', function () { return fs.linkSync('d/f', 'd/x'); });
t('symlink eexist', function () { return fs.symlinkSync('d/f', 'd/x'); });
t('symlink type', function () {
    return fs.symlinkSync('d/f', 'd/zz', 'bogus');
});
t('readlink einval', function () { return fs.readlinkSync('d/f'); });
t('readlink enoent', function () { return fs.readlinkSync('d/nope'); });
t('readlink number', function () { return fs.readlinkSync(5); });
t('realpath native enoent', function () {
    return fs.realpathSync.native('d/nope');
});
t('realpath native enotdir', function () {
    return fs.realpathSync.native('d/f/..');
});
t('copyFile enoent', function () { return fs.copyFileSync('d/nope', 'd/n2'); });
t('copyFile excl', function () {
    return fs.copyFileSync('d/f', 'd/f', fs.constants.COPYFILE_EXCL);
});
t('copyFile dir', function () { return fs.copyFileSync('d', 'd/q'); });
t('copyFile onto dir', function () { return fs.copyFileSync('d/f', 'd/x'); });
t('copyFile mode 8', function () { return fs.copyFileSync('d/f', 'd/q', 8); });
t('copyFile mode string', function () {
    return fs.copyFileSync('d/f', 'd/q', 'x');
});
t('access enoent', function () { return fs.accessSync('d/nope'); });
t('access mode 8', function () { return fs.accessSync('d/f', 8); });
t('access mode -1', function () { return fs.accessSync('d/f', -1); });
t('access mode string', function () { return fs.accessSync('d/f', 'r'); });
t('chmod enoent', function () { return fs.chmodSync('d/nope', 420); });
t('chmod mode bad', function () { return fs.chmodSync('d/f', 'abc'); });
t('chmod no mode', function () { return fs.chmodSync('d/f'); });
t('chown enoent', function () { return fs.chownSync('d/nope', 0, 0); });
t('chown uid -2', function () { return fs.chownSync('d/f', -2, 0); });
t('chown uid string', function () { return fs.chownSync('d/f', 'a', 0); });
t('chown gid big', function () { return fs.chownSync('d/f', 0, 4294967296); });
t('utimes enoent', function () { return fs.utimesSync('d/nope', 1, 2); });
t('utimes string', function () { return fs.utimesSync('d/f', 'x', 2); });
t('utimes object', function () { return fs.utimesSync('d/f', {}, 2); });
t('utimes NaN', function () { return fs.utimesSync('d/f', NaN, 2); });
t('utimes numeric string', function () {
    fs.utimesSync('d/f', '123', 2.125);
    return [fs.statSync('d/f').atimeMs, fs.statSync('d/f').mtimeMs];
});
t('utimes dates', function () {
    fs.utimesSync('d/f', new Date(1000), new Date(2500.5));
    return fs.statSync('d/f').mtime.toISOString();
});
t('lutimes enoent', function () { return fs.lutimesSync('d/nope', 1, 2); });
t('readdir enotdir', function () { return fs.readdirSync('d/f'); });
t('readdir enoent', function () { return fs.readdirSync('d/nope'); });
t('readdir options', function () { return fs.readdirSync('d', 5); });
t('opendir enoent', function () { return fs.opendirSync('d/nope'); });
t('opendir enotdir', function () { return fs.opendirSync('d/f'); });
t('opendir bufferSize 0', function () {
    return fs.opendirSync('d', { bufferSize: 0 });
});
t('opendir bufferSize string', function () {
    return fs.opendirSync('d', { bufferSize: 'x' });
});
t('mkdtemp enoent', function () { return fs.mkdtempSync('d/nope/x'); });
t('mkdtemp number', function () { return fs.mkdtempSync(1); });
t('mkdtemp options', function () { return fs.mkdtempSync('d/t-', 5); });
t('rm enoent', function () { return fs.rmSync('d/nope'); });
t('rm enoent force', function () {
    return fs.rmSync('d/nope', { force: true });
});
t('rm enotdir force', function () {
    return fs.rmSync('d/f/x', { force: true });
});
t('rm bad recursive', function () {
    return fs.rmSync('d/f/x', { recursive: 'yes' });
});
t('rm maxRetries -1', function () {
    return fs.rmSync('d/nope', { force: true, maxRetries: -1 });
});
t('rm options number', function () { return fs.rmSync('d/nope', 5); });
t('readFile dir', function () { return fs.readFileSync('d'); });
t('readFile enoent', function () { return fs.readFileSync('d/nope'); });
t('readFile encoding', function () { return fs.readFileSync('d/f', 'bogus'); });
t('readFile options number', function () {
    return fs.readFileSync('d/f', 5);
});
t('writeFile number', function () { return fs.writeFileSync('d/w', 5); });
t('writeFile object', function () { return fs.writeFileSync('d/w', {}); });
t('writeFile dir', function () { return fs.writeFileSync('d', 'x'); });
t('writeFile wx', function () {
    return fs.writeFileSync('d/f', 'x', { flag: 'wx' });
});
t('writeFile flush string', function () {
    return fs.writeFileSync('d/w3', 'x', { flush: 'x' });
});
t('appendFile enoent', function () {
    return fs.appendFileSync('d/nope/x', 'x');
});
t('exists number', function () { return fs.existsSync(5); });
t('exists', function () { return fs.existsSync('d/f'); });
t('stat no callback', function () { return fs.stat('d'); });
t('readFile no callback', function () { return fs.readFile('d'); });
t('exists no callback', function () { return fs.exists('d/f'); });
t('watchFile no listener', function () { return fs.watchFile('d/f'); });
t('watchFile interval', function () {
    return fs.watchFile('d/f', { interval: 'x' }, function () {});
});
t('watch enoent', function () { return fs.watch('d/nope'); });
t('watch options', function () { return fs.watch('d', 5); });
t('watch encoding', function () {
    return fs.watch('d', { encoding: 'bogus' });
});
t('unwatchFile unknown', function () { return fs.unwatchFile('d/nope'); });
t('rm dir', function () {
    try {
        fs.rmSync('d/x');
    } catch (e) {
        return [e.name, Object.keys(e), e.info, String(e), e.errno];
    }
});
t('dir closed', function () {
    var d = fs.opendirSync('d');
    d.closeSync();
    try {
        d.readSync();
    } catch (e) {
        return [e.code, e.message];
    }
});

process.chdir('/');
fs.rmSync(dir, { recursive: true });
console.log('cleaned', fs.existsSync(dir));
