// Names and links: realpath (Node's textual algorithm and .native),
// symbolic link cycles, relative targets, hard links, rename over
// existing names, copyFile's flags and permissions, chmod and access.
'use strict';
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
var real = fs.realpathSync(dir);
process.chdir(dir);

function clean(s) {
    return String(s).split(real).join('<tmp>').split(dir).join('<tmp>');
}

function t(name, fn) {
    try {
        console.log(name, '=>', clean(JSON.stringify(fn())));
    } catch (e) {
        console.log(name, 'THROW', e.code, clean(e.message), e.syscall,
            clean(e.path), e.dest && clean(e.dest));
    }
}

fs.mkdirSync('d/x/y', { recursive: true });
fs.writeFileSync('d/f', 'file');
fs.symlinkSync(real + '/d/x/y', 'abs');
fs.symlinkSync('d/x', 'rel');
fs.symlinkSync('../f', 'd/x/up');
fs.symlinkSync('loop2', 'loop1');
fs.symlinkSync('loop1', 'loop2');
fs.symlinkSync('self', 'self');

t('realpath abs/..', function () { return fs.realpathSync('abs/..'); });
t('native abs/..', function () { return fs.realpathSync.native('abs/..'); });
t('realpath rel/up', function () { return fs.realpathSync('rel/up'); });
t('realpath rel/y/../up', function () {
    return fs.realpathSync('rel/y/../up');
});
t('realpath loop', function () { return fs.realpathSync('loop1'); });
t('native loop', function () { return fs.realpathSync.native('loop1'); });
t('realpath self', function () { return fs.realpathSync('self/x'); });
t('realpath missing', function () { return fs.realpathSync('rel/nope/z'); });
t('realpath under file', function () { return fs.realpathSync('d/f/x'); });
t('realpath buffer', function () {
    return fs.realpathSync('rel', 'buffer').toString();
});
t('realpath dot', function () { return fs.realpathSync('.'); });
t('readlink', function () {
    return [fs.readlinkSync('rel'), fs.readlinkSync('d/x/up'),
        fs.readlinkSync('abs', { encoding: 'buffer' }).toString()];
});
t('lstat link', function () {
    return [fs.lstatSync('rel').isSymbolicLink(), fs.statSync('rel')
        .isDirectory()];
});
t('hard link', function () {
    fs.linkSync('d/f', 'hard');
    fs.writeFileSync('hard', 'changed');
    return [fs.readFileSync('d/f', 'utf8'), fs.statSync('d/f').nlink];
});
t('rename over file', function () {
    fs.writeFileSync('r1', 'one');
    fs.writeFileSync('r2', 'two');
    fs.renameSync('r1', 'r2');
    return [fs.existsSync('r1'), fs.readFileSync('r2', 'utf8')];
});
t('rename dir over file', function () {
    fs.mkdirSync('rd');
    return fs.renameSync('rd', 'r2');
});
t('rename file over dir', function () { return fs.renameSync('r2', 'rd'); });
t('copyFile mode bits', function () {
    fs.chmodSync('r2', 416);
    fs.copyFileSync('r2', 'c1');
    return (fs.statSync('c1').mode & 511).toString(8);
});
t('copyFile replaces', function () {
    fs.writeFileSync('c2', 'a much longer old content');
    fs.copyFileSync('r2', 'c2');
    return fs.readFileSync('c2', 'utf8');
});
t('copyFile onto itself', function () {
    fs.copyFileSync('c2', 'c2');
    return fs.readFileSync('c2', 'utf8');
});
t('copyFile ficlone', function () {
    fs.copyFileSync('r2', 'c3', fs.constants.COPYFILE_FICLONE);
    return fs.readFileSync('c3', 'utf8');
});
t('copyFile through link', function () {
    fs.copyFileSync('rel/up', 'c4');
    return [fs.lstatSync('c4').isFile(), fs.readFileSync('c4', 'utf8')];
});
t('copyFile empty', function () {
    fs.writeFileSync('e0', '');
    fs.copyFileSync('e0', 'e1');
    return fs.statSync('e1').size;
});
t('chmod string', function () {
    fs.chmodSync('c1', '755');
    return (fs.statSync('c1').mode & 511).toString(8);
});
t('fchmod', function () {
    var fd = fs.openSync('c1', 'r');
    fs.fchmodSync(fd, 420);
    fs.closeSync(fd);
    return (fs.statSync('c1').mode & 511).toString(8);
});
t('access modes', function () {
    return [fs.accessSync('c1', fs.constants.R_OK | fs.constants.W_OK),
        fs.accessSync('.', fs.constants.X_OK)];
});
t('chown to self', function () {
    var st = fs.statSync('c1');
    fs.chownSync('c1', st.uid, st.gid);
    fs.lchownSync('rel', -1, -1);
    var fd = fs.openSync('c1', 'r');
    fs.fchownSync(fd, st.uid, -1);
    fs.closeSync(fd);
    return fs.statSync('c1').uid === st.uid;
});
t('lutimes on link', function () {
    fs.lutimesSync('rel', 100, 200);
    return [fs.lstatSync('rel').mtimeMs, fs.statSync('rel').mtimeMs === 200];
});
t('unlink dangling', function () {
    fs.symlinkSync('nothing', 'dang');
    fs.unlinkSync('dang');
    return fs.existsSync('dang');
});

fs.realpath('loop1', function (err) {
    console.log('async loop', err.code, clean(err.message));
    fs.realpath('abs/../up', function (err2, p) {
        console.log('async', clean(err2 && err2.message), p);
        fs.realpath.native('rel', function (err3, p2) {
            console.log('async native', err3, clean(p2));
            process.chdir('/');
            fs.rmSync(dir, { recursive: true });
            console.log('cleaned', fs.existsSync(dir));
        });
    });
});
