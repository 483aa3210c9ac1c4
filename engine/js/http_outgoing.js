/*
 * internal/http_outgoing: OutgoingMessage, the base of ServerResponse and
 * ClientRequest: the header map, the head's text, the body's framing
 * (Content-Length, chunked, or until close), and writing it all to the
 * socket.
 *
 * Interface for subclasses (http_server's ServerResponse, the client's
 * ClientRequest):
 *   OutgoingMessage.call(this, options)
 *   this._storeHeader(firstLine, headers)
 *       make the head's text (this._header) from the first line and the
 *       header map (or a writeHead object / flat array), deciding
 *       Connection, Date, Content-Length or Transfer-Encoding as Node does
 *   this._implicitHeader()     subclasses define it: write the head now
 *   this._send(data, encoding, cb)   write data, the head first if unsent
 *   this._writeRaw(data, encoding, cb)  to the socket, or queued in
 *       outputData until a socket is assigned (this._flush() sends it)
 *   this._finish()             emits 'prefinish'
 *   this._beforeFinish         null, or a function called (as a method)
 *                              just before 'finish' is emitted
 *   fields: _header (the head's text once made), _headerSent, _hasBody,
 *       _last (close after this message), shouldKeepAlive,
 *       useChunkedEncodingByDefault, chunkedEncoding, sendDate,
 *       _contentLength, _keepAliveTimeout, _maxRequestsPerSocket,
 *       maxRequestsOnConnectionReached, outputData, outputSize, socket
 * Public: setHeader, appendHeader, getHeader, getHeaders, getHeaderNames,
 *   getRawHeaderNames, hasHeader, removeHeader, flushHeaders, write, end,
 *   addTrailers, setTimeout, destroy, cork/uncork, headersSent, finished,
 *   writableEnded, writableFinished, writableLength, connection.
 *
 * The header map and the head's text are in internal/http_headers.
 *
 * One write per response when possible: a body given to end() with
 * nothing written before travels with the head in one socket write (a
 * string body is appended to the head's text; a Buffer body is copied
 * after it).  When the socket has nothing pending, a write goes straight
 * to its handle (internal/handle_stream's tryWrite, see writeNow), past
 * the Writable; only what the socket did not take goes through
 * socket.write().  The callback (the 'finish' of end()) then follows in
 * the next tick, as the Writable's would.  A client request written
 * before it had a socket is sent the same way once it gets one.
 */
'use strict';

var Stream = require('internal/streams_legacy').Stream;
var errors = require('internal/errors');
var common = require('internal/http_common');
var hs = require('internal/handle_stream');
var head = internalBinding('http_head');

var httpErrors = common.httpErrors;
var BufferClass = null;

function buffer() {
    if (BufferClass === null) {
        BufferClass = require('buffer').Buffer;
    }
    return BufferClass;
}

// Every field starts with the default on the prototype (below), so a new
// message costs one own property; the fields it changes become its own.
// The EventEmitter fields are made by the first on(), as events.js allows.
function OutgoingMessage(options) {
    this.outputData = [];
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// The defaults of a new message.
OutgoingMessage.prototype.outputSize = 0;
OutgoingMessage.prototype.writable = true;
OutgoingMessage.prototype.destroyed = false;
OutgoingMessage.prototype._last = false;
OutgoingMessage.prototype.chunkedEncoding = false;
OutgoingMessage.prototype.shouldKeepAlive = true;
OutgoingMessage.prototype.maxRequestsOnConnectionReached = false;
OutgoingMessage.prototype._defaultKeepAlive = true;
OutgoingMessage.prototype.useChunkedEncodingByDefault = true;
OutgoingMessage.prototype.sendDate = false;
OutgoingMessage.prototype._removedConnection = false;
OutgoingMessage.prototype._removedContLen = false;
OutgoingMessage.prototype._removedTE = false;
OutgoingMessage.prototype.strictContentLength = false;
OutgoingMessage.prototype._contentLength = null;
OutgoingMessage.prototype._hasBody = true;
OutgoingMessage.prototype._trailer = '';
OutgoingMessage.prototype.finished = false;
OutgoingMessage.prototype._headerSent = false;
OutgoingMessage.prototype._closed = false;
OutgoingMessage.prototype._writableFinished = false;
OutgoingMessage.prototype.socket = null;
OutgoingMessage.prototype._header = null;
OutgoingMessage.prototype._outHeaders = null;
OutgoingMessage.prototype._keepAliveTimeout = 0;
OutgoingMessage.prototype._maxRequestsPerSocket = 0;
OutgoingMessage.prototype._corked = 0;
OutgoingMessage.prototype._onPendingData = null;
OutgoingMessage.prototype._beforeFinish = null;
// EventEmitter's defaults again, nearer: a property Duktape does not find
// on an object is looked for up the whole prototype chain, and every
// response asks `_events` several times.
OutgoingMessage.prototype._events = undefined;
OutgoingMessage.prototype._eventsCount = 0;

function defineGetter(name, get) {
    Object.defineProperty(OutgoingMessage.prototype, name, {
        configurable: true, enumerable: false, get: get
    });
}

defineGetter('headersSent', function () { return this._header !== null; });
defineGetter('writableEnded', function () { return this.finished; });
defineGetter('writableFinished', function () {
    return this.finished && this.outputSize === 0 &&
        (!this.socket || this.socket.writableLength === 0);
});
defineGetter('writableObjectMode', function () { return false; });
defineGetter('writableCorked', function () { return this._corked; });
defineGetter('writableLength', function () {
    return this.outputSize + (this.socket ? this.socket.writableLength : 0);
});
defineGetter('writableHighWaterMark', function () {
    return this.socket ? this.socket.writableHighWaterMark : 16384;
});
defineGetter('writableNeedDrain', function () {
    return !this.destroyed && !this.finished && this._writableNeedDrain;
});
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
    configurable: true,
    get: function () { return this.socket; },
    set: function (v) { this.socket = v; }
});

// ---- sending ----------------------------------------------------------------

OutgoingMessage.prototype._send = function _send(data, encoding, callback) {
    if (!this._headerSent && this._header !== null) {
        if (typeof data === 'string' &&
                (!encoding || encoding === 'utf8' || encoding === 'latin1')) {
            data = this._header + data;
        } else if (typeof data !== 'string' && data.length < 65536) {
            // One write for head and body: copy the body after the head.
            var B = buffer();
            var head = B.from(this._header, 'latin1');
            data = B.concat([head, data], head.length + data.length);
        } else {
            this.outputData.unshift({
                data: this._header, encoding: 'latin1', callback: null
            });
            this.outputSize += this._header.length;
            if (this._onPendingData !== null) {
                this._onPendingData(this._header.length);
            }
        }
        this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding,
    callback) {
    var conn = this.socket;
    if (conn && conn.destroyed) {
        return false;
    }
    if (typeof encoding === 'function') {
        callback = encoding;
        encoding = null;
    }
    if (conn && conn._httpMessage === this && conn.writable) {
        if (this.outputData.length) {
            this._flushOutput(conn);
        } else {
            var ret = writeNow(conn, data, encoding, callback);
            if (ret !== null) {
                return ret;
            }
        }
        return conn.write(data, encoding || undefined, callback || undefined);
    }
    this.outputData.push({ data: data, encoding: encoding,
        callback: callback });
    this.outputSize += data.length;
    if (this._onPendingData !== null) {
        this._onPendingData(data.length);
    }
    return this.outputSize < 16384;
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
    var data = this.outputData;
    var i, ret;
    if (data.length === 0) {
        return undefined;
    }
    if (data.length === 1) { // a client's whole request, say
        ret = writeNow(socket, data[0].data, data[0].encoding,
            data[0].callback);
    }
    if (ret === null || ret === undefined) {
        socket.cork();
        for (i = 0; i < data.length; i++) {
            ret = socket.write(data[i].data, data[i].encoding || undefined,
                data[i].callback || undefined);
        }
        socket.uncork();
    }
    this.outputData = [];
    if (this._onPendingData !== null) {
        this._onPendingData(-this.outputSize);
    }
    this.outputSize = 0;
    return ret;
};

// The short road of a write: when the socket is over a handle and has
// nothing pending, data (bytes, or a string whose encoding gives the
// same bytes as UTF-8) goes straight to the handle, and callback follows
// in the next tick as the Writable's would.  What the socket does not
// take goes through socket.write().  Returns what write() would (false:
// wait for 'drain'), or null, having written nothing, when the road is
// closed: the caller writes as usual.
function writeNow(socket, data, encoding, callback) {
    if (socket._consumer === undefined || (typeof data === 'string' &&
            !(!encoding || encoding === 'utf8' || encoding === 'utf-8' ||
              ((encoding === 'latin1' || encoding === 'binary' ||
                encoding === 'ascii') &&
               common.byteLength(data) === data.length)))) {
        return null;
    }
    var left = hs.tryWrite(socket, data);
    if (left < 0) {
        return null;
    }
    if (left === 0) {
        if (callback) {
            process.nextTick(callback);
        }
        return true;
    }
    return writeRest(socket, data, left, callback);
}

// The last `left` bytes of data (a string is UTF-8), after a tryWrite
// that took the rest: the socket's write() queues them.
function writeRest(socket, data, left, callback) {
    data = typeof data === 'string' ? buffer().from(data, 'utf8') : data;
    return socket.write(data.subarray(data.length - left),
        callback || undefined);
}

// A socket was just assigned: send what waited for it.
OutgoingMessage.prototype._flush = function _flush() {
    var socket = this.socket;
    if (socket && socket.writable) {
        var ret = this._flushOutput(socket);
        if (this.finished) {
            this._finish();
        } else if (ret) {
            this.emit('drain');
        }
    }
};

OutgoingMessage.prototype._finish = function _finish() {
    if (this._events !== undefined) { // nobody listens: spare the call
        this.emit('prefinish');
    }
};

function uncorkSocket(socket) {
    if (socket && socket.writableCorked) {
        socket.uncork();
    }
}

// Node's order: the write's callback first, then 'error' (if the
// message is not destroyed by then), in a later tick.
function writeAfterEnd(msg, callback) {
    var err = httpErrors.ERR_STREAM_WRITE_AFTER_END();
    if (msg.destroyed) {
        return;
    }
    process.nextTick(function () {
        if (typeof callback === 'function') {
            callback(err);
        }
        if (!msg.destroyed) {
            msg.emit('error', err);
        }
    });
}

// A string in this encoding can be joined to the head's text (latin1).
function oneString(encoding) {
    return !encoding || encoding === 'utf8' || encoding === 'utf-8' ||
        encoding === 'latin1';
}

function byteLength(chunk, encoding) {
    if (typeof chunk !== 'string') {
        return chunk.length;
    }
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') {
        return common.byteLength(chunk);
    }
    return buffer().byteLength(chunk, encoding);
}

function write(msg, chunk, encoding, callback, fromEnd) {
    if (typeof callback !== 'function') {
        callback = null;
    }
    if (chunk === null) {
        throw httpErrors.ERR_STREAM_NULL_VALUES();
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        throw errors.codes.ERR_INVALID_ARG_TYPE('chunk',
            ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    if (msg.destroyed) {
        var err = httpErrors.ERR_STREAM_DESTROYED('write');
        process.nextTick(function () {
            if (callback) {
                callback(err);
            }
        });
        return false;
    }
    var len;
    if (msg._header === null) {
        if (fromEnd) {
            len = byteLength(chunk, encoding);
            msg._contentLength = len;
        }
        msg._implicitHeader();
    }
    if (!msg._hasBody) {
        if (callback) {
            process.nextTick(callback);
        }
        return true;
    }
    if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
        msg.socket.cork();
        process.nextTick(uncorkSocket, msg.socket);
    }
    if (msg.chunkedEncoding && chunk.length !== 0) {
        if (len === undefined) {
            len = byteLength(chunk, encoding);
        }
        if (typeof chunk === 'string' && (!encoding || encoding === 'utf8' ||
                encoding === 'latin1')) {
            return msg._send(len.toString(16) + '\r\n' + chunk + '\r\n',
                encoding, callback);
        }
        msg._send(len.toString(16) + '\r\n', 'latin1', null);
        msg._send(chunk, encoding, null);
        return msg._send('\r\n', 'latin1', callback);
    }
    return msg._send(chunk, encoding, callback);
}

OutgoingMessage.prototype.write = function (chunk, encoding, callback) {
    if (typeof encoding === 'function') {
        callback = encoding;
        encoding = null;
    }
    if (this.finished) {
        writeAfterEnd(this, callback);
        return true;
    }
    var ret = write(this, chunk, encoding, callback, false);
    if (!ret) {
        this._writableNeedDrain = true;
    }
    return ret;
};

// The callback of a message's last write: 'finish' (modules/http_end.c:
// unless the socket failed, _writableFinished, then _beforeFinish(),
// then 'finish' if anyone listens).
var onFinish = head.onFinish;

// The callback that emits msg's 'finish'.  Made here, not in end(): a
// closure made in end() would hold end()'s scope, and that scope the
// closure, a cycle that only Duktape's mark-and-sweep frees, keeping the
// response and its request in memory until then.
function finisher(msg) {
    return function () { onFinish(msg); };
}

// end(chunk) of a string chunk, when the message is this one write (its
// head, made now unless writeHead made it, and the body) and the socket
// can take it now, is done in C: OutgoingMessage.prototype.end is
// modules/http_end.c's end(), which lists the conditions.  No closure, no
// corking, no call through _send and _writeRaw: an answer to a small
// request is one write.  Every other call goes on to endLong below.
var end = head.end;

// What the socket did not take of end()'s one write: the rest goes
// through its write(), and 'finish' follows it.
function endRest(msg, socket, rest) {
    socket.write(buffer().from(rest.buffer, rest.byteOffset, rest.length),
        finisher(msg));
}

end.onFinish = onFinish;
end.writeRest = endRest;
end.kHandle = hs.kHandle;
end.finish = OutgoingMessage.prototype._finish;

function endLong(chunk, encoding, callback) {
    var socket = this.socket;
    if (typeof chunk === 'function') {
        callback = chunk;
        chunk = null;
        encoding = null;
    } else if (typeof encoding === 'function') {
        callback = encoding;
        encoding = null;
    }
    var finish = finisher(this);
    var finishSent = false;
    if (chunk) {
        if (this.finished) {
            writeAfterEnd(this, callback);
            return this;
        }
        if (this._header === null) {
            // Head and body go out as one write: nothing to cork.
            this._contentLength = byteLength(chunk, encoding);
            this._implicitHeader();
        } else if (socket && !(this.chunkedEncoding && this._hasBody &&
                typeof chunk === 'string' && oneString(encoding))) {
            socket.cork();
        }
        if (this._hasBody && this.chunkedEncoding &&
                typeof chunk === 'string' && oneString(encoding)) {
            // The last chunk and the terminating one in one string (with
            // the head, when unsent): one write, and 'finish' rides on it.
            this._send(byteLength(chunk, encoding).toString(16) + '\r\n' +
                chunk + '\r\n0\r\n' + this._trailer + '\r\n', encoding,
                finish);
            finishSent = true;
        } else if (!this._hasBody || this.chunkedEncoding) {
            write(this, chunk, encoding, null, true);
        } else {
            // The last chunk's callback is 'finish': no empty write after.
            write(this, chunk, encoding, finish, true);
            finishSent = true;
        }
    } else if (this.finished) {
        if (typeof callback === 'function') {
            if (!this.writableFinished) {
                this.on('finish', callback);
            } else {
                callback(httpErrors.ERR_STREAM_ALREADY_FINISHED('end'));
            }
        }
        return this;
    } else if (this._header === null) {
        this._contentLength = 0;
        this._implicitHeader();
    }
    if (typeof callback === 'function') {
        this.once('finish', callback);
    }
    if (finishSent) {
        finish = null; // 'finish' rides on the chunk's write
    } else if (this._hasBody && this.chunkedEncoding) {
        this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
    } else if (!this._headerSent || this.outputData.length) {
        this._send('', 'latin1', finish);
    } else {
        process.nextTick(finish);
    }
    if (socket) {
        while (socket.writableCorked) {
            socket.uncork();
        }
    }
    this._corked = 0;
    this.finished = true;
    if (this.outputData.length === 0 && socket &&
            socket._httpMessage === this) {
        this._finish();
    }
    return this;
}
end.long = endLong;
OutgoingMessage.prototype.end = end;

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
    if (this._header === null) {
        this._implicitHeader();
    }
    this._send('');
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (callback) {
        this.on('timeout', callback);
    }
    if (!this.socket) {
        this.once('socket', function (socket) {
            socket.setTimeout(msecs);
        });
    } else {
        this.socket.setTimeout(msecs);
    }
    return this;
};

OutgoingMessage.prototype.cork = function cork() {
    this._corked++;
    if (this.socket) {
        this.socket.cork();
    }
};

OutgoingMessage.prototype.uncork = function uncork() {
    if (this._corked > 0) {
        this._corked--;
    }
    if (this.socket) {
        this.socket.uncork();
    }
};

OutgoingMessage.prototype.destroy = function destroy(error) {
    if (this.destroyed) {
        return this;
    }
    this.destroyed = true;
    if (this.socket) {
        this.socket.destroy(error);
    } else {
        this.once('socket', function (socket) {
            socket.destroy(error);
        });
    }
    return this;
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
    throw httpErrors.ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.pipe = function pipe() {
    this.emit('error', errors.makeError(Error, 'ERR_STREAM_CANNOT_PIPE',
        'Cannot pipe, not readable'));
};

require('internal/http_headers').install(OutgoingMessage);

module.exports = { OutgoingMessage: OutgoingMessage };
