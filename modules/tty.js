/*
 * tty: Node's tty module: isatty(fd), and the streams over a terminal,
 * ReadStream (setRawMode, isRaw) and WriteStream (columns and rows, the
 * 'resize' event, colour depth, cursor movement).
 *
 * Both streams are HandleStreams (internal/handle_stream) over a tty
 * handle (internalBinding('tty')), as in Node they are net.Sockets.
 * WriteStream writes synchronously, like Node on POSIX, so output is
 * never lost at exit or interleaved with other writers. process.stdout
 * and process.stderr on a terminal are WriteStreams, process.stdin a
 * ReadStream (internal/stdio), and on those two 'resize' follows SIGWINCH.
 *
 * getColorDepth(env) follows Node's rules, shortened (documented below,
 * at colorDepth): FORCE_COLOR, then NO_COLOR / NODE_DISABLE_COLORS /
 * TERM=dumb, then TMUX, CI, TERM_PROGRAM, COLORTERM and TERM. Node's
 * TEAMCITY_VERSION rule and the Windows rules are left out.
 *
 * The cursor functions write the ANSI escape sequences that readline's
 * cursorTo, moveCursor, clearLine and clearScreenDown write.
 */
'use strict';

var hs = require('internal/handle_stream');
var errors = require('internal/errors');
var binding = internalBinding('tty');
var streamBinding = internalBinding('stream_wrap');

var codes = errors.codes;
var HandleStream = hs.HandleStream;
var kHandle = hs.kHandle;

function isInt32(value) {
    return typeof value === 'number' && value === (value | 0);
}

function isatty(fd) {
    return isInt32(fd) && fd >= 0 && binding.isatty(fd);
}

function validateFd(fd) {
    if (!isInt32(fd) || fd < 0) {
        throw errors.makeError(RangeError, 'ERR_INVALID_FD',
            '"fd" must be a positive integer: ' + fd);
    }
}

// Node's ERR_TTY_INIT_FAILED, a SystemError.
function initFailed(rc) {
    var info = { errno: rc, code: streamBinding.errname(rc),
        message: streamBinding.errmessage(rc), syscall: 'uv_tty_init' };
    var err = errors.makeError(Error, 'ERR_TTY_INIT_FAILED',
        'TTY initialization failed: uv_tty_init returned ' + info.code +
        ' (' + info.message + ')');
    Object.defineProperty(err, 'name', { value: 'SystemError',
        writable: true, configurable: true, enumerable: false });
    err.info = info;
    err.errno = rc;
    err.syscall = 'uv_tty_init';
    return err;
}

function openTTY(fd) {
    validateFd(fd);
    var handle = binding.ttyOpen(fd, hs.onread);
    if (typeof handle === 'number') {
        throw initFailed(handle);
    }
    return handle;
}

function inherits(Ctor, Base) {
    Object.setPrototypeOf(Ctor.prototype, Base.prototype);
    Object.setPrototypeOf(Ctor, Base);
}

// ---- ReadStream ------------------------------------------------------------

function ReadStream(fd, options) {
    if (!(this instanceof ReadStream)) {
        return new ReadStream(fd, options);
    }
    var handle = openTTY(fd);
    var opts = { readableHighWaterMark: 0, manualStart: true };
    for (var key in options) {
        opts[key] = options[key];
    }
    opts.handle = handle;
    HandleStream.call(this, opts);
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
}
inherits(ReadStream, HandleStream);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
    flag = !!flag;
    var rc = this[kHandle] ? binding.setRawMode(this[kHandle], flag) : 0;
    if (rc < 0) {
        this.emit('error', hs.errnoException(rc, 'setRawMode'));
        return this;
    }
    this.isRaw = flag;
    return this;
};

// ---- WriteStream -----------------------------------------------------------

function WriteStream(fd) {
    if (!(this instanceof WriteStream)) {
        return new WriteStream(fd);
    }
    var handle = openTTY(fd);
    HandleStream.call(this, { readableHighWaterMark: 0, handle: handle,
        manualStart: true });
    this.fd = fd;
    this._setBlocking(true);
    var size = [0, 0];
    if (binding.getWindowSize(handle, size) === 0) {
        this.columns = size[0];
        this.rows = size[1];
    }
}
inherits(WriteStream, HandleStream);

WriteStream.prototype.isTTY = true;

// Read the window size again; emit 'resize' when it changed.
WriteStream.prototype._refreshSize = function _refreshSize() {
    if (!this[kHandle]) {
        return;
    }
    var size = [0, 0];
    var rc = binding.getWindowSize(this[kHandle], size);
    if (rc < 0) {
        this.emit('error', hs.errnoException(rc, 'getWindowSize'));
        return;
    }
    if (size[0] !== this.columns || size[1] !== this.rows) {
        this.columns = size[0];
        this.rows = size[1];
        this.emit('resize');
    }
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
    return [this.columns, this.rows];
};

// ---- colours ---------------------------------------------------------------

// TERM values of 16-colour terminals (or richer, where given), by exact
// name, then by the patterns that still mean 16 colours.
var TERM_DEPTH = {
    eterm: 4, cons25: 4, console: 4, cygwin: 4, dtterm: 4, gnome: 4,
    hurd: 4, jfbterm: 4, konsole: 4, kterm: 4, mlterm: 4, putty: 4, st: 4,
    mosh: 24, terminator: 24, 'rxvt-unicode-24bit': 24
};
var TERM_16 = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/,
    /^screen/, /^xterm/, /^vt100/];
var CI_256 = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE',
    'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

// Bits of colour the terminal described by env supports: 1 (2 colours),
// 4 (16), 8 (256) or 24 (16 million). The first rule that applies wins:
//   FORCE_COLOR: '', '1', 'true' -> 4; '2' -> 8; '3' -> 24; else 1.
//   NO_COLOR or NODE_DISABLE_COLORS non-empty, or TERM=dumb -> 1.
//   TMUX set -> 8.
//   CI set -> 8 on the CI services Node knows (CI_256 above), else 1.
//   TERM_PROGRAM iTerm.app -> 24 (8 before version 3),
//     HyperTerm and MacTerm -> 24, Apple_Terminal -> 8.
//   COLORTERM truecolor or 24bit -> 24.
//   TERM starting 'xterm-256' -> 8; a name in TERM_DEPTH, or a TERM_16
//     pattern -> 4 (screen-256color is 4, as in Node 20).
//   COLORTERM set -> 4. Otherwise 1.
function colorDepth(env) {
    var force = env.FORCE_COLOR;
    if (force !== undefined) {
        return force === '' || force === '1' || force === 'true' ? 4 :
            force === '2' ? 8 : force === '3' ? 24 : 1;
    }
    if ((env.NO_COLOR !== undefined && env.NO_COLOR !== '') ||
            (env.NODE_DISABLE_COLORS !== undefined &&
                env.NODE_DISABLE_COLORS !== '') || env.TERM === 'dumb') {
        return 1;
    }
    if (env.TMUX) {
        return 8;
    }
    if (env.CI) {
        for (var i = 0; i < CI_256.length; i++) {
            if (CI_256[i] in env) {
                return 8;
            }
        }
        return env.CI_NAME === 'codeship' ? 8 : 1;
    }
    switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
        return !env.TERM_PROGRAM_VERSION ||
            /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? 8 : 24;
    case 'HyperTerm':
    case 'MacTerm':
        return 24;
    case 'Apple_Terminal':
        return 8;
    }
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') {
        return 24;
    }
    if (env.TERM) {
        if (/^xterm-256/.test(env.TERM)) {
            return 8;
        }
        var term = String(env.TERM).toLowerCase();
        if (TERM_DEPTH.hasOwnProperty(term)) {
            return TERM_DEPTH[term];
        }
        for (var j = 0; j < TERM_16.length; j++) {
            if (TERM_16[j].test(term)) {
                return 4;
            }
        }
    }
    return env.COLORTERM ? 4 : 1;
}

WriteStream.prototype.getColorDepth = function getColorDepth(env) {
    return colorDepth(env === undefined ? process.env : env);
};

WriteStream.prototype.hasColors = function hasColors(count, env) {
    if (env === undefined && (count === undefined ||
            (typeof count === 'object' && count !== null))) {
        env = count;
        count = 16;
    } else {
        errors.validateNumber(count, 'count');
        if (Math.floor(count) !== count) {
            throw codes.ERR_OUT_OF_RANGE('count', 'an integer', count);
        }
        errors.validateNumber(count, 'count', 2, 9007199254740991);
    }
    return count <= Math.pow(2, this.getColorDepth(env));
};

// ---- the cursor ------------------------------------------------------------

var CSI = '\u001b[';

function done(callback) {
    if (typeof callback === 'function') {
        process.nextTick(callback, null);
    }
    return true;
}

function cursorTo(stream, x, y, callback) {
    if (callback !== undefined) {
        errors.validateFunction(callback, 'callback');
    }
    if (typeof y === 'function') {
        callback = y;
        y = undefined;
    }
    if (x !== x) { // NaN
        throw codes.ERR_INVALID_ARG_VALUE('x', x);
    }
    if (y !== y) {
        throw codes.ERR_INVALID_ARG_VALUE('y', y);
    }
    if (stream === null || stream === undefined ||
            (typeof x !== 'number' && typeof y !== 'number')) {
        return done(callback);
    }
    if (typeof x !== 'number') {
        throw errors.makeError(TypeError, 'ERR_INVALID_CURSOR_POS',
            'Cannot set cursor row without setting its column');
    }
    var data = typeof y !== 'number' ? CSI + (x + 1) + 'G' :
        CSI + (y + 1) + ';' + (x + 1) + 'H';
    return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
    if (stream === null || stream === undefined || !(dx || dy)) {
        return done(callback);
    }
    var data = '';
    if (dx < 0) {
        data += CSI + (-dx) + 'D';
    } else if (dx > 0) {
        data += CSI + dx + 'C';
    }
    if (dy < 0) {
        data += CSI + (-dy) + 'A';
    } else if (dy > 0) {
        data += CSI + dy + 'B';
    }
    return stream.write(data, callback);
}

// dir < 0: to the line's start; > 0: to its end; 0: the whole line.
function clearLine(stream, dir, callback) {
    if (stream === null || stream === undefined) {
        return done(callback);
    }
    var code = dir < 0 ? '1K' : dir > 0 ? '0K' : '2K';
    return stream.write(CSI + code, callback);
}

function clearScreenDown(stream, callback) {
    if (stream === null || stream === undefined) {
        return done(callback);
    }
    return stream.write(CSI + '0J', callback);
}

WriteStream.prototype.cursorTo = function (x, y, callback) {
    return cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function (dx, dy, callback) {
    return moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function (dir, callback) {
    return clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function (callback) {
    return clearScreenDown(this, callback);
};

module.exports = {
    isatty: isatty,
    ReadStream: ReadStream,
    WriteStream: WriteStream
};
