/*
 * os: Node's require('os') over internalBinding('os') (modules/os.c),
 * which reads every fact through loop/sys.h at the moment it is asked.
 *
 * What is computed here rather than asked of the OS: tmpdir() (the
 * environment, as in Node), endianness() (the engine's own byte order),
 * the shape of networkInterfaces() (grouped by name, with cidr), and the
 * SystemError Node throws when a query fails ("A system error occurred:
 * uv_os_getpriority returned ESRCH (no such process)").
 *
 * The exported names come in Node's order, so Object.keys(os) matches.
 */
'use strict';

var errors = require('internal/errors');

var binding = internalBinding('os');
var codes = errors.codes;

// ---- SystemError ---------------------------------------------------------

// Node's ERR_SYSTEM_ERROR for a failed query; ctx holds errno, code,
// message and syscall as the binding filled them in.
function systemError(ctx) {
    var err = new Error('A system error occurred: ' + ctx.syscall +
        ' returned ' + ctx.code + ' (' + ctx.message + ')');
    Object.defineProperty(err, 'name', {
        value: 'SystemError', writable: true, configurable: true,
        enumerable: false
    });
    errors.decorate(err, 'ERR_SYSTEM_ERROR');
    err.info = {
        errno: ctx.errno, code: ctx.code, message: ctx.message,
        syscall: ctx.syscall
    };
    err.errno = ctx.errno;
    err.syscall = ctx.syscall;
    return err;
}

// Call a binding function that reports failure through a context object.
function query(fn, args) {
    var ctx = {};
    var result = fn.apply(binding, (args || []).concat([ctx]));
    if (result === undefined && ctx.code !== undefined) {
        throw systemError(ctx);
    }
    return result;
}

function validateInt32(value, name, min, max) {
    if (typeof value !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    }
    if (Math.floor(value) !== value || !isFinite(value)) {
        throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
    }
    if (value < min || value > max) {
        throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max,
            value);
    }
}

// ---- the functions -------------------------------------------------------

var uname = null;

function getUname() {
    if (uname === null) {
        uname = binding.uname();
    }
    return uname;
}

function arch() {
    return process.arch;
}

function availableParallelism() {
    return binding.parallelism();
}

function cpus() {
    return binding.cpus();
}

function endianness() {
    return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' :
        'BE';
}

function freemem() {
    return binding.meminfo().available;
}

function getPriority(pid) {
    if (pid === undefined) {
        pid = 0;
    }
    validateInt32(pid, 'pid', -2147483648, 2147483647);
    return query(binding.getPriority, [pid]);
}

function homedir() {
    return query(binding.homedir);
}

function hostname() {
    return query(binding.hostname);
}

function loadavg() {
    return binding.loadavg();
}

// Node's cidr: the address and the netmask's length, or null when the
// netmask is not a run of ones followed by zeros.
function cidrOf(entry) {
    var v4 = entry.family === 4;
    var bits = '';
    entry.netmask.split(v4 ? '.' : ':').forEach(function (part) {
        if (part !== '') {
            var b = parseInt(part, v4 ? 10 : 16).toString(2);
            while (b.length < (v4 ? 8 : 16)) {
                b = '0' + b;
            }
            bits += b;
        }
    });
    return bits.indexOf('01') < 0 ? entry.address + '/' + entry.prefix : null;
}

function networkInterfaces() {
    var result = {};
    query(binding.interfaces).forEach(function (entry) {
        var item = {
            address: entry.address,
            netmask: entry.netmask,
            family: entry.family === 4 ? 'IPv4' : 'IPv6',
            mac: entry.mac,
            internal: entry.internal,
            cidr: cidrOf(entry)
        };
        if (entry.family === 6) {
            item.scopeid = entry.scopeid;
        }
        (result[entry.name] = result[entry.name] || []).push(item);
    });
    return result;
}

function platform() {
    return process.platform;
}

function release() {
    return getUname().release;
}

function setPriority(pid, priority) {
    if (priority === undefined) {
        priority = pid;
        pid = 0;
    }
    validateInt32(pid, 'pid', -2147483648, 2147483647);
    validateInt32(priority, 'priority', -20, 19);
    query(binding.setPriority, [pid, priority]);
}

// As Node: $TMPDIR, $TMP, $TEMP or /tmp, without a trailing slash.
function tmpdir() {
    var env = process.env;
    var path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
    if (path.length > 1 && path.charAt(path.length - 1) === '/') {
        path = path.slice(0, -1);
    }
    return path;
}

function totalmem() {
    return binding.meminfo().total;
}

function type() {
    return getUname().sysname;
}

function userInfo(options) {
    var info = query(binding.userinfo);
    var asBuffer = options !== null && typeof options === 'object' &&
        options.encoding === 'buffer';
    var result = Object.create(null);
    result.uid = info.uid;
    result.gid = info.gid;
    ['username', 'homedir', 'shell'].forEach(function (key) {
        result[key] = asBuffer ? Buffer.from(info[key]) : info[key];
    });
    return result;
}

function uptime() {
    return query(binding.uptime);
}

function version() {
    return getUname().version;
}

function machine() {
    return getUname().machine;
}

// ---- constants -----------------------------------------------------------

// A null-prototype copy, as Node's constant tables are.
function table(from) {
    var copy = Object.create(null);
    Object.keys(from).forEach(function (key) {
        copy[key] = from[key];
    });
    return copy;
}

var priority = table({
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20
});

var constants = Object.create(null);
constants.UV_UDP_REUSEADDR = 4;
constants.dlopen = table(binding.dlopen);
constants.errno = table(binding.errno);
constants.signals = table(binding.signals);
constants.priority = priority;

module.exports = {
    arch: arch,
    availableParallelism: availableParallelism,
    cpus: cpus,
    endianness: endianness,
    freemem: freemem,
    getPriority: getPriority,
    homedir: homedir,
    hostname: hostname,
    loadavg: loadavg,
    networkInterfaces: networkInterfaces,
    platform: platform,
    release: release,
    setPriority: setPriority,
    tmpdir: tmpdir,
    totalmem: totalmem,
    type: type,
    userInfo: userInfo,
    uptime: uptime,
    version: version,
    machine: machine,
    constants: constants,
    EOL: '\n',
    devNull: '/dev/null'
};
