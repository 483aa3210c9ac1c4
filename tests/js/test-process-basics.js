// process: the facts it reports (argv, ids, platform, versions) and the
// simple actions (cwd, chdir, umask, uptime, hrtime, memoryUsage).
'use strict';
var assert = require('assert');

// argv: [execPath, absolute script path, ...args]
assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.strictEqual(process.argv[1][0], '/');
assert.strictEqual(typeof process.argv0, 'string');
assert.ok(Array.isArray(process.execArgv));
assert.strictEqual(process.execPath[0], '/');
assert.ok(require('fs').statSync(process.execPath).isFile());

assert.strictEqual(typeof process.pid, 'number');
assert.ok(process.pid > 0 && process.ppid > 0 && process.pid !== process.ppid);
assert.strictEqual(process.platform, 'linux');
assert.ok(['x64', 'arm64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x']
    .indexOf(process.arch) >= 0, process.arch);
assert.strictEqual(process.version, 'v0.1.0');
assert.strictEqual(process.release.name, 'nodule');
assert.strictEqual(process.title, 'nodule');
assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);
assert.ok(process instanceof require('events'));

var v = process.versions;
assert.strictEqual(v.nodule, '0.1.0');
assert.strictEqual(v.duktape, '2.7.0');
assert.strictEqual(v.llhttp, '8.1.0');
assert.ok(/^\d+\.\d+(\.\d+)*$/.test(v.zlib), v.zlib);
assert.ok(/^(\d+\.\d+[0-9.]*|unknown)$/.test(v.bearssl), v.bearssl);
assert.strictEqual(v.node, undefined);

// cwd and chdir, with Node's error shape
var start = process.cwd();
assert.strictEqual(start[0], '/');
process.chdir('/');
assert.strictEqual(process.cwd(), '/');
process.chdir(start);
assert.strictEqual(process.cwd(), start);
assert.throws(function () { process.chdir('/no/such/dir'); }, {
    code: 'ENOENT',
    errno: -2,
    syscall: 'chdir',
    path: start,
    dest: '/no/such/dir',
    message: "ENOENT: no such file or directory, chdir '" + start +
        "' -> '/no/such/dir'"
});
assert.throws(function () { process.chdir(1); }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "directory" argument must be of type string. ' +
        'Received type number (1)'
});

// umask: read, set (number or octal string), restore
var old = process.umask();
assert.strictEqual(process.umask(parseInt('027', 8)), old);
assert.strictEqual(process.umask('022'), parseInt('027', 8));
assert.strictEqual(process.umask(old), parseInt('022', 8));
assert.throws(function () { process.umask('9'); },
    { code: 'ERR_INVALID_ARG_VALUE' });

// uptime and hrtime
var up = process.uptime();
assert.ok(up >= 0 && up < 60, String(up));
var t0 = process.hrtime();
assert.strictEqual(t0.length, 2);
assert.ok(t0[1] >= 0 && t0[1] < 1e9);
var d = process.hrtime(t0);
assert.ok(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
assert.ok(d[0] < 10);
assert.throws(function () { process.hrtime(1); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { process.hrtime([1]); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { process.hrtime.bigint(); },
    { code: 'ERR_NOT_SUPPORTED' });

// memoryUsage: positive numbers, heap grows with what we keep
var m = process.memoryUsage();
['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']
    .forEach(function (k) { assert.strictEqual(typeof m[k], 'number', k); });
assert.ok(m.rss > 1024 * 1024, String(m.rss));
assert.ok(m.heapUsed > 0 && m.heapUsed <= m.rss);
var keep = [];
for (var i = 0; i < 20000; i++) {
    keep.push({ i: i, s: 'x' + i });
}
assert.ok(process.memoryUsage().heapUsed > m.heapUsed + 500000);
assert.ok(process.memoryUsage.rss() > 0);
keep = null;

// Libraries detect Node by the process object's tag.
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
