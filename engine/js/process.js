/*
 * internal/process: builds the `process` object.
 *
 * process is an EventEmitter carrying facts (argv, env, pid, versions),
 * actions (exit, chdir, kill, nextTick) and the standard output streams.
 * The facts and the OS calls come from internalBinding('process')
 * (engine/process.c); this file gives them Node's shapes and errors.
 *
 * Notes on the less obvious parts:
 *   - env is a Proxy over a snapshot of the environment taken at startup
 *     and again whenever the environment changed (a SHARE_ENV worker);
 *     assignment calls setenv() with String(value) and `delete` calls
 *     unsetenv(), so child processes and native code see the changes.
 *   - A listener for a signal ('SIGINT', ...) starts a native watcher (unref'd,
 *     as in Node: it does not keep the program alive); removing the last
 *     listener stops it, restoring the default action.
 *   - stdin, stdout and stderr are streams made on first use by
 *     internal/stdio (engine/js/stdio.js), which says what kind each is.
 */
'use strict';

var EventEmitter = require('events');
var errors = require('internal/errors');
var tasks = require('internal/tasks');
var binding = internalBinding('process');

var codes = errors.codes;

var Process = function process() {
    EventEmitter.call(this);
};
Process.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: Process, writable: true, configurable: true }
});

var process = new Process();

// Object.prototype.toString.call(process) is '[object process]' in Node;
// libraries (bluebird among them) test it to detect Node.
if (typeof Symbol === 'function' && Symbol.toStringTag) {
    Object.defineProperty(process, Symbol.toStringTag, {
        value: 'process', writable: true, enumerable: false,
        configurable: false
    });
}

var ARCH = {
    x86_64: 'x64', x86: 'ia32', aarch64: 'arm64', arm: 'arm',
    ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x', mips64: 'mips64el'
};
var PLATFORM = { windows: 'win32', darwin: 'darwin', linux: 'linux',
    freebsd: 'freebsd', openbsd: 'openbsd', sunos: 'sunos' };

process.title = 'nodule';
process.version = 'v' + binding.version;
process.versions = binding.versions;
process.arch = ARCH[binding.cpu] || binding.cpu;
process.platform = PLATFORM[binding.os] || binding.os;
process.release = { name: 'nodule' };
process.execPath = binding.execPath;
process.argv0 = binding.argv0;
process.argv = [binding.execPath].concat(binding.args);
process.execArgv = binding.execArgv;
process.pid = binding.pid;
process.ppid = binding.ppid;
process.features = {};
process.config = { variables: {} };
process._exiting = false;
process.nextTick = tasks.nextTick;

// ---- exit ------------------------------------------------------------------

var exitCode;

// Node keeps the value as given ('5' stays a string) once it is valid.
function validateExitCode(code) {
    if (code === null || code === undefined) {
        return code;
    }
    var value = code;
    if (typeof code === 'string' && code !== '' &&
            Math.floor(+code) === +code) {
        value = +code;
    }
    if (typeof value !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE('code', 'number', code);
    }
    if (Math.floor(value) !== value || !isFinite(value)) {
        throw codes.ERR_OUT_OF_RANGE('code', 'an integer', code);
    }
    return code;
}

Object.defineProperty(process, 'exitCode', {
    get: function () { return exitCode; },
    set: function (code) { exitCode = validateExitCode(code) ; },
    enumerable: true,
    configurable: false
});

process.exit = function exit(code) {
    if (code !== undefined) {
        process.exitCode = code;
    }
    if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode || 0);
    }
    binding.reallyExit((process.exitCode || 0) | 0);
};

process.reallyExit = function reallyExit(code) {
    binding.reallyExit((code || 0) | 0);
};

// ---- directories, ids, resources -------------------------------------------

process.cwd = function cwd() {
    return binding.cwd();
};

process.chdir = function chdir(directory) {
    errors.validateString(directory, 'directory');
    binding.chdir(directory);
};

process.umask = function umask(mask) {
    if (mask === undefined) {
        return binding.umask(undefined);
    }
    if (typeof mask === 'string') {
        if (!/^[0-7]+$/.test(mask)) {
            throw codes.ERR_INVALID_ARG_VALUE('mask', mask,
                'must be a 32-bit unsigned integer or an octal string');
        }
        mask = parseInt(mask, 8);
    }
    errors.validateNumber(mask, 'mask', 0, 4294967295);
    return binding.umask(mask & 511);
};

process.uptime = function uptime() {
    return binding.uptime();
};

function hrtime(time) {
    var now = binding.hrtime();
    if (time === undefined) {
        return now;
    }
    if (!Array.isArray(time)) {
        throw codes.ERR_INVALID_ARG_TYPE('time', 'Array', time);
    }
    if (time.length !== 2) {
        throw codes.ERR_OUT_OF_RANGE('time', 2, time.length);
    }
    var sec = now[0] - time[0];
    var nsec = now[1] - time[1];
    if (nsec < 0) {
        sec -= 1;
        nsec += 1e9;
    }
    return [sec, nsec];
}
hrtime.bigint = function bigint() {
    throw codes.ERR_NOT_SUPPORTED('process.hrtime.bigint() (the engine ' +
        'has no BigInt; use process.hrtime())');
};
process.hrtime = hrtime;

// heapTotal equals heapUsed: the counting allocator knows the exact bytes
// the heap holds (acyclic garbage is freed at once; cycles by the
// collections the bridge and Duktape start), and keeps no reserve.  Buffers live
// inside the heap, so external and arrayBuffers are 0.
function memoryUsage() {
    var heap = binding.heapUsed();
    return {
        rss: binding.rss(),
        heapTotal: heap,
        heapUsed: heap,
        external: 0,
        arrayBuffers: 0
    };
}
memoryUsage.rss = function rss() {
    return binding.rss();
};
process.memoryUsage = memoryUsage;

// ---- signals ---------------------------------------------------------------

function signalNumber(sig) {
    return typeof sig === 'string' ? binding.signalNumber(sig) : 0;
}

process.kill = function kill(pid, sig) {
    if (typeof pid !== 'number' || pid !== (pid | 0)) {
        throw codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    }
    var num;
    if (sig === undefined) {
        num = binding.signalNumber('SIGTERM');
    } else if (typeof sig === 'number' && sig === (sig | 0)) {
        num = sig;
    } else {
        num = signalNumber(sig);
        if (num === 0) {
            throw errors.makeError(TypeError, 'ERR_UNKNOWN_SIGNAL',
                'Unknown signal: ' + sig);
        }
    }
    binding.kill(pid, num);
    return true;
};

var signalWatchers = {};

process.on('newListener', function (type) {
    var num = signalNumber(type);
    if (num > 0 && type.slice(0, 3) === 'SIG' &&
            signalWatchers[type] === undefined) {
        var handle = binding.signalStart(num, function () {
            process.emit(type, type, num);
        });
        binding.signalRef(handle, false);
        signalWatchers[type] = handle;
    }
});

process.on('removeListener', function (type) {
    var handle = signalWatchers[type];
    if (handle !== undefined && process.listenerCount(type) === 0) {
        delete signalWatchers[type];
        binding.signalStop(handle);
    }
});

// ---- warnings --------------------------------------------------------------

function createWarning(message, type, code, detail) {
    var warning = new Error(message);
    warning.name = type;
    if (code !== undefined) {
        warning.code = code;
    }
    if (detail !== undefined) {
        warning.detail = detail;
    }
    return warning;
}

process.emitWarning = function emitWarning(warning, type, code, ctor) {
    var detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
        code = type.code;
        if (typeof type.detail === 'string') {
            detail = type.detail;
        }
        type = type.type || 'Warning';
    } else if (typeof type === 'function') {
        type = 'Warning';
        code = undefined;
    }
    if (type !== undefined) {
        errors.validateString(type, 'type');
    }
    if (typeof code === 'function') {
        code = undefined;
    } else if (code !== undefined) {
        errors.validateString(code, 'code');
    }
    if (typeof warning === 'string') {
        warning = createWarning(warning, type || 'Warning', code, detail);
    } else if (!(warning instanceof Error)) {
        throw codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'],
            warning);
    }
    if (warning.name === 'DeprecationWarning') {
        if (process.noDeprecation) {
            return;
        }
        if (process.throwDeprecation) {
            throw warning;
        }
    }
    process.nextTick(function () {
        process.emit('warning', warning);
    });
};

// The default 'warning' listener prints "(nodule:PID) [CODE] Type: msg".
process.on('warning', function onWarning(warning) {
    if (!(warning instanceof Error)) {
        return;
    }
    var isDeprecation = warning.name === 'DeprecationWarning';
    if (isDeprecation && process.noDeprecation) {
        return;
    }
    var text = '(' + process.release.name + ':' + process.pid + ') ';
    if (warning.code) {
        text += '[' + warning.code + '] ';
    }
    if (process.traceProcessWarnings ||
            (isDeprecation && process.traceDeprecation)) {
        text += warning.stack;
    } else {
        text += Error.prototype.toString.call(warning);
    }
    if (typeof warning.detail === 'string') {
        text += '\n' + warning.detail;
    }
    binding.writeSync(2, text + '\n');
});

// ---- the environment -------------------------------------------------------

function envKey(key) {
    if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
    }
    return String(key);
}

// The snapshot is taken again when the environment changed behind it (a
// worker sharing it with SHARE_ENV set a variable on its own thread).
var envGeneration = binding.envGeneration();

function freshEnv(target) {
    var now = binding.envGeneration();
    if (now !== envGeneration) {
        envGeneration = now;
        var env = binding.environ();
        Object.keys(target).forEach(function (key) {
            if (!Object.prototype.hasOwnProperty.call(env, key)) {
                delete target[key];
            }
        });
        Object.keys(env).forEach(function (key) {
            target[key] = env[key];
        });
    }
    return target;
}

process.env = new Proxy(binding.environ(), {
    get: function (target, key) {
        return freshEnv(target)[key];
    },
    has: function (target, key) {
        return key in freshEnv(target);
    },
    ownKeys: function (target) {
        return Object.keys(freshEnv(target));
    },
    set: function (target, key, value) {
        if (typeof value === 'symbol') {
            throw new TypeError('Cannot convert a Symbol value to a string');
        }
        key = envKey(key);
        value = String(value);
        if (binding.setenv(key, value) === 0) {
            freshEnv(target)[key] = value;
        }
        return true;
    },
    deleteProperty: function (target, key) {
        key = envKey(key);
        binding.unsetenv(key);
        delete freshEnv(target)[key];
        return true;
    }
});

// ---- stdin, stdout and stderr ---------------------------------------------

// Made on first use (internal/stdio chooses the kind of stream each fd
// needs): most programs only reach them through console, an empty one
// never, and making them loads the stream module.
function defineStdio(name, make) {
    var stream = null;
    Object.defineProperty(process, name, {
        get: function () {
            if (stream === null) {
                stream = make();
            }
            return stream;
        },
        enumerable: true,
        configurable: true
    });
}
defineStdio('stdout', function () {
    return require('internal/stdio').getStdout();
});
defineStdio('stderr', function () {
    return require('internal/stdio').getStderr();
});
defineStdio('stdin', function () {
    return require('internal/stdio').getStdin();
});

module.exports = process;
