// os: every function answers with the right shape and types, and the
// answers agree with each other and with what the kernel says in /proc.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');

function read(path) {
    return fs.readFileSync(path, 'utf8');
}

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.ok(os.endianness() === 'LE' || os.endianness() === 'BE');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.release(), read('/proc/sys/kernel/osrelease').trim());
assert.strictEqual(os.version(), read('/proc/sys/kernel/version').trim());
assert.strictEqual(typeof os.machine(), 'string');
assert.strictEqual(os.hostname(), read('/proc/sys/kernel/hostname').trim());

// Memory: /proc/meminfo in kB.
var meminfo = read('/proc/meminfo');
var total = Number(/MemTotal:\s+(\d+)/.exec(meminfo)[1]) * 1024;
assert.strictEqual(os.totalmem(), total);
assert.ok(os.freemem() > 0 && os.freemem() <= os.totalmem());

// Time and load.
var up = Number(read('/proc/uptime').split(' ')[0]);
assert.ok(Math.abs(os.uptime() - up) < 5, os.uptime() + ' vs ' + up);
var load = os.loadavg();
assert.strictEqual(load.length, 3);
load.forEach(function (n) {
    assert.ok(typeof n === 'number' && n >= 0);
});

// CPUs: one entry per "cpuN" line of /proc/stat.
var cpus = os.cpus();
var statCpus = read('/proc/stat').split('\n').filter(function (line) {
    return /^cpu\d+ /.test(line);
});
assert.strictEqual(cpus.length, statCpus.length);
assert.ok(os.availableParallelism() >= 1);
assert.ok(os.availableParallelism() <= cpus.length);
cpus.forEach(function (cpu) {
    assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
    assert.strictEqual(typeof cpu.model, 'string');
    assert.strictEqual(typeof cpu.speed, 'number');
    assert.deepStrictEqual(Object.keys(cpu.times),
        ['user', 'nice', 'sys', 'idle', 'irq']);
    Object.keys(cpu.times).forEach(function (k) {
        assert.ok(cpu.times[k] >= 0 && Math.floor(cpu.times[k]) ===
            cpu.times[k]);
    });
});
// Times grow in whole clock ticks (10 ms at USER_HZ 100).
var first = Number(statCpus[0].split(/\s+/)[4]) * 10; // idle
assert.ok(Math.abs(cpus[0].times.idle - first) < 60000);

// The user, from the password database; $HOME for homedir().
var user = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(user), null);
assert.deepStrictEqual(Object.keys(user),
    ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(typeof user.username, 'string');
assert.ok(user.uid >= 0 && user.gid >= 0);
var passwd = read('/etc/passwd').split('\n').filter(function (line) {
    return line.split(':')[2] === String(user.uid);
})[0];
if (passwd !== undefined) {
    assert.strictEqual(passwd.split(':')[0], user.username);
    assert.strictEqual(passwd.split(':')[5], user.homedir);
}
var raw = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(raw.username));
assert.strictEqual(raw.username.toString(), user.username);
if (process.env.HOME) {
    assert.strictEqual(os.homedir(), process.env.HOME);
}

// tmpdir() follows $TMPDIR, without a trailing slash.
var saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/where/';
assert.strictEqual(os.tmpdir(), '/some/where');
process.env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');
if (saved === undefined) {
    delete process.env.TMPDIR;
} else {
    process.env.TMPDIR = saved;
}

// Priorities.
var prio = os.getPriority();
assert.strictEqual(prio, os.getPriority(0));
assert.strictEqual(prio, os.getPriority(process.pid));
os.setPriority(prio); // the same value is always allowed
assert.throws(function () { os.getPriority(-2147483648); }, {
    name: 'SystemError',
    code: 'ERR_SYSTEM_ERROR',
    info: { errno: -3, code: 'ESRCH', message: 'no such process',
        syscall: 'uv_os_getpriority' },
    message: 'A system error occurred: uv_os_getpriority returned ESRCH ' +
        '(no such process)'
});
assert.throws(function () { os.setPriority(0, 20); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { os.setPriority('x', 1); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { os.getPriority(1.5); },
    { code: 'ERR_OUT_OF_RANGE' });

// Constants.
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.signals.SIGKILL, 9);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.errno.EWOULDBLOCK, os.constants.errno.EAGAIN);
assert.strictEqual(os.constants.priority.PRIORITY_HIGHEST, -20);
assert.strictEqual(os.constants.dlopen.RTLD_NOW, 2);
assert.strictEqual(os.constants.UV_UDP_REUSEADDR, 4);

console.log('ok');
