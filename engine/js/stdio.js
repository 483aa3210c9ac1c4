/*
 * internal/stdio: process.stdin, process.stdout and process.stderr.
 *
 * Each is made on first use (engine/js/process.js), as the kind of
 * stream its fd needs, by Node's rules:
 *
 *   fd is a     stdout / stderr                  stdin
 *   terminal    tty.WriteStream                  tty.ReadStream
 *   file        SyncWriteStream (below)          fs.ReadStream
 *   pipe, tcp   HandleStream over a pipe handle  HandleStream, read-only
 *   other       a Writable that drops the data   a Readable that ends
 *
 * stdout and stderr write synchronously whatever they are (files with
 * write(2), terminals and pipes in the handle's blocking mode, which
 * waits for a slow reader rather than dropping output), so everything
 * written before the process ends is out, and a failed write (EPIPE after
 * the reader went away) is an 'error' event on the stream, as in Node.
 * They cannot be closed: end() and destroy() leave fd 1 and 2 open (the
 * stream becomes usable again, 'close' is still emitted once).
 *
 * stdin reads through the loop, only while someone reads it: it starts
 * when data is asked for, and stops when the stream is paused, so a
 * program that never reads stdin, or stops reading it, can end.
 *
 * On a terminal, stdout and stderr refresh their columns and rows and
 * emit 'resize' on SIGWINCH (through process.on: an unref'd watcher).
 */
'use strict';

// Loaded as needed: stdout on a file needs no Readable, no handle.
var Writable = require('internal/streams_writable').Writable;
var streamBinding = internalBinding('stream_wrap');
var processBinding = internalBinding('process');

function hs() {
    return require('internal/handle_stream');
}

// Node's errnoException ("Error: write EPIPE"), loaded when first needed.
function errnoException(rc, syscall) {
    return require('internal/errors').errnoException(rc, syscall);
}

// ---- SyncWriteStream: a file written with write(2) -------------------------

function SyncWriteStream(fd, options) {
    Writable.call(this, { autoDestroy: true, decodeStrings: false });
    this.fd = fd;
    this.readable = false;
    this.autoClose = !options || options.autoClose === undefined ? true :
        !!options.autoClose;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function _write(chunk, encoding, cb) {
    if (typeof chunk === 'string' && encoding !== 'utf8' &&
            encoding !== 'utf-8') {
        chunk = require('buffer').Buffer.from(chunk, encoding);
    }
    var rc = processBinding.writeSync(this.fd, chunk);
    cb(rc < 0 ? errnoException(rc, 'write') : undefined);
};

SyncWriteStream.prototype._destroy = function _destroy(err, cb) {
    if (this.fd !== null && this.autoClose) {
        require('fs').closeSync(this.fd);
        this.fd = null;
    }
    cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

// ---- stdout and stderr -----------------------------------------------------

// The quick road for the common write: a string (UTF-8) or bytes, on a
// stream with nothing in progress. stdout and stderr write synchronously
// anyway, so such a write is done at once (writeNow returns 0), and
// Writable's bookkeeping would end where it started: only the callback
// is left, called on the next tick as Writable would. Anything else, and
// a write that failed, takes Writable's road; a failed write's error is
// kept for its _write to report, so the failure goes through Writable's
// error handling ('error', destroy) exactly as if it had been found there.
function installFastWrite(stream, writeNow) {
    var writableWrite = stream.write; // Writable's road
    var streamWrite = stream._write;
    stream._failedWrite = null;
    stream.write = function write(chunk, encoding, cb) {
        var state = this._writableState;
        if (typeof encoding === 'function') {
            cb = encoding;
            encoding = undefined;
        }
        if ((typeof chunk === 'string' ? encoding === undefined ||
                encoding === 'utf8' || encoding === 'utf-8' :
                chunk instanceof Uint8Array) &&
                state.length === 0 && !state.writing && !state.corked &&
                !state.ending && !state.destroyed && !state.errored &&
                state.constructed && this._failedWrite === null) {
            var rc = writeNow(this, chunk);
            if (rc === 0) {
                if (typeof cb === 'function') {
                    process.nextTick(cb, null);
                }
                return true;
            }
            this._failedWrite = errnoException(rc, 'write');
        }
        return writableWrite.call(this, chunk, encoding, cb);
    };
    stream._write = function _write(chunk, encoding, cb) {
        var err = this._failedWrite;
        if (err !== null) {
            this._failedWrite = null;
            return cb(err);
        }
        return streamWrite.call(this, chunk, encoding, cb);
    };
}

function writeFd(stream, chunk) {
    return processBinding.writeSync(stream.fd, chunk);
}

function writeHandle(stream, chunk) {
    var handle = stream[hs().kHandle];
    return handle ? streamBinding.writeSync(handle, chunk) :
        streamBinding.EBADF;
}

// stdout and stderr survive destroy(): the callback runs, the stream is
// made new again, and the destroy machinery still emits 'error' and
// 'close' once.
function dummyDestroy(err, cb) {
    cb(err);
    this._undestroy();
}

function createWritableStdioStream(fd) {
    var stream;
    switch (streamBinding.guessHandleType(fd)) {
    case 'TTY':
        stream = new (require('tty').WriteStream)(fd);
        installFastWrite(stream, writeHandle);
        break;
    case 'FILE':
        stream = new SyncWriteStream(fd, { autoClose: false });
        installFastWrite(stream, writeFd);
        break;
    case 'PIPE':
    case 'TCP':
        stream = new (hs().HandleStream)({ handle: hs().openPipe(fd),
            readable: false, writable: true, manualStart: true });
        stream._setBlocking(true);
        installFastWrite(stream, writeHandle);
        break;
    default:
        stream = new Writable({
            write: function (chunk, encoding, cb) {
                cb();
            }
        });
    }
    stream.fd = fd;
    stream._isStdio = true;
    stream._destroy = dummyDestroy;
    stream.destroySoon = stream.destroy;
    if (stream.isTTY) {
        process.on('SIGWINCH', function () {
            stream._refreshSize();
        });
    }
    return stream;
}

function getStdout() {
    return createWritableStdioStream(1);
}

function getStderr() {
    return createWritableStdioStream(2);
}

// ---- stdin -----------------------------------------------------------------

function getStdin() {
    var stdin;
    switch (streamBinding.guessHandleType(0)) {
    case 'TTY':
        stdin = new (require('tty').ReadStream)(0);
        break;
    case 'FILE':
        stdin = require('fs').createReadStream(null, { fd: 0,
            autoClose: false });
        break;
    case 'PIPE':
    case 'TCP':
        stdin = new (hs().HandleStream)({ handle: hs().openPipe(0),
            readable: true, writable: false, manualStart: true });
        break;
    default:
        stdin = new (require('internal/streams_readable').Readable)({
            read: function () {
                this.push(null);
            }
        });
    }
    stdin.fd = 0;
    // Paused and nobody reading: stop the handle (one tick later, once the
    // Readable has settled), so that stdin no longer keeps the loop alive.
    stdin.on('pause', function () {
        process.nextTick(onpause);
    });
    function onpause() {
        var handle = stdin[hs().kHandle];
        if (handle && handle.reading && !stdin.readableFlowing) {
            stdin._readableState.reading = false;
            hs().readStop(stdin);
        }
    }
    return stdin;
}

module.exports = {
    getStdin: getStdin,
    getStdout: getStdout,
    getStderr: getStderr,
    SyncWriteStream: SyncWriteStream
};
