/*
 * internal/buffer_methods: the methods of Buffer.prototype other than the
 * number readers and writers (internal/buffer_rw).
 *
 * install(proto, options) puts them on Buffer.prototype.  Each method
 * checks and normalizes its arguments the way Node 20 does -- the same
 * coercions, the same order of checks, the same error messages -- and
 * then hands whole ranges to internalBinding('buffer'), which checks them
 * again and does the byte work in C.  Methods are plain assignments, so
 * they are enumerable, as in Node.
 *
 * Views: slice() and subarray() return a Buffer over the same memory
 * and the same ArrayBuffer, made in C (Duktape's own subarray() would
 * return a plain Uint8Array).
 */
'use strict';

var common = require('internal/buffer_common');

var binding = common.binding;
var codes = common.codes;
var UTF8 = common.UTF8;
var UCS2 = common.UCS2;
var encodingId = common.encodingId;
var isUint8Array = common.isUint8Array;
var validateOffset = common.validateOffset;

// Math.trunc, with NaN as 0 (Node's "Math.trunc(x) || 0").
function toInt(value) {
    var n = +value;
    if (n !== n) {
        return 0;
    }
    return n < 0 ? Math.ceil(n) : Math.floor(n);
}

// Node's toInteger() for copy(): numbers outside the safe range and NaN
// become the default; fractions round down.
function toSafeInteger(value, def) {
    var n = +value;
    if (n !== n || n < -9007199254740991 || n > 9007199254740991) {
        return def;
    }
    return Math.floor(n);
}

function requireUint8Array(value, name) {
    if (!isUint8Array(value)) {
        throw codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'],
            value);
    }
}

// An encoding that must be known, else ERR_UNKNOWN_ENCODING.
function knownEncoding(encoding) {
    var id = encodingId(encoding);
    if (id < 0) {
        throw common.unknownEncoding(encoding);
    }
    return id;
}

// ---- text ------------------------------------------------------------------

function toString(encoding, start, end) {
    // (Not arguments.length: Duktape would build an arguments object.)
    if (encoding === undefined && start === undefined && end === undefined) {
        return binding.decode(this, 0, this.length, UTF8);
    }
    var len = this.length;
    if (start <= 0) {
        start = 0;
    } else if (start >= len) {
        return '';
    } else {
        start = toInt(start);
    }
    if (end === undefined || end > len) {
        end = len;
    } else {
        end = toInt(end);
    }
    if (end <= start) {
        return '';
    }
    return binding.decode(this, start, end,
        encoding === undefined ? UTF8 : knownEncoding(encoding));
}

// write(string[, offset[, length]][, encoding])
function write(string, offset, length, encoding) {
    if (offset === undefined) {
        return binding.write(this, string, 0, this.length, UTF8);
    }
    if (length === undefined && typeof offset === 'string') {
        encoding = offset;
        length = this.length;
        offset = 0;
    } else {
        validateOffset(offset, 'offset', 0, this.length);
        var remaining = this.length - offset;
        if (length === undefined) {
            length = remaining;
        } else if (typeof length === 'string') {
            encoding = length;
            length = remaining;
        } else {
            validateOffset(length, 'length', 0, this.length);
            if (length > remaining) {
                length = remaining;
            }
        }
    }
    return binding.write(this, string, offset, length,
        encoding ? knownEncoding(encoding) : UTF8);
}

// The per-encoding shortcuts Node keeps on the prototype: xxxSlice(start,
// end) and xxxWrite(string, offset, length), with the checks of their
// native versions: indexes are integers >= 0 (undefined takes the
// default) and must lie within the buffer.
function indexArg(value, def) {
    if (value === undefined) {
        return def;
    }
    var n = toInt(value);
    if (n < 0) {
        throw indexError();
    }
    return n;
}

function indexError() {
    return require('internal/errors').makeError(RangeError,
        'ERR_OUT_OF_RANGE', 'Index out of range');
}

function sliceFor(id) {
    return function (start, end) {
        var len = this.length;
        if (len === 0) {
            return '';
        }
        var s = indexArg(start, 0);
        var e = indexArg(end, len);
        if (e < s) {
            e = s;
        }
        if (e > len) {
            throw indexError();
        }
        return binding.decode(this, s, e, id);
    };
}

function writeFor(id) {
    return function (string, offset, length) {
        if (typeof string !== 'string') {
            throw require('internal/errors').makeError(TypeError,
                'ERR_INVALID_ARG_TYPE', 'argument must be a string');
        }
        var len = this.length;
        var off = indexArg(offset, 0);
        if (off > len) {
            throw common.outOfBounds('offset');
        }
        var max = indexArg(length, len - off);
        return binding.write(this, string, off, Math.min(len - off, max),
            id);
    };
}

// ---- comparing and searching ----------------------------------------------

function equals(otherBuffer) {
    requireUint8Array(otherBuffer, 'otherBuffer');
    if (this === otherBuffer) {
        return true;
    }
    var len = this.byteLength;
    if (len !== otherBuffer.byteLength) {
        return false;
    }
    return len === 0 ||
        binding.compare(this, 0, len, otherBuffer, 0, len) === 0;
}

function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    requireUint8Array(target, 'target');
    if (arguments.length === 1) {
        return binding.compare(this, 0, this.length, target, 0,
            target.length);
    }
    if (targetStart === undefined) {
        targetStart = 0;
    } else {
        validateOffset(targetStart, 'targetStart');
    }
    if (targetEnd === undefined) {
        targetEnd = target.length;
    } else {
        validateOffset(targetEnd, 'targetEnd', 0, target.length);
    }
    if (sourceStart === undefined) {
        sourceStart = 0;
    } else {
        validateOffset(sourceStart, 'sourceStart');
    }
    if (sourceEnd === undefined) {
        sourceEnd = this.length;
    } else {
        validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    }
    if (sourceStart >= sourceEnd) {
        return targetStart >= targetEnd ? 0 : -1;
    }
    if (targetStart >= targetEnd) {
        return 1;
    }
    return binding.compare(this, sourceStart, sourceEnd, target,
        targetStart, targetEnd);
}

// indexOf, lastIndexOf and includes: Node's bidirectionalIndexOf.
function search(buffer, value, byteOffset, encoding, forward) {
    if (typeof byteOffset === 'string') {
        encoding = byteOffset;
        byteOffset = undefined;
    } else if (byteOffset > 0x7fffffff) {
        byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
        byteOffset = -0x80000000;
    }
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) {
        byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
    }
    byteOffset = toInt(byteOffset);
    if (typeof value === 'number') {
        return binding.indexOfByte(buffer, (value >>> 0) & 255, byteOffset,
            forward);
    }
    var id = encoding === undefined ? UTF8 : encodingId(encoding);
    if (typeof value === 'string') {
        if (id < 0) {
            throw common.unknownEncoding(encoding);
        }
        return binding.indexOf(buffer, binding.fromString(value, id),
            byteOffset, forward, id === UCS2 ? 2 : 0);
    }
    if (isUint8Array(value)) {
        return binding.indexOf(buffer, value, byteOffset, forward,
            id === UCS2 ? 1 : 0);
    }
    throw codes.ERR_INVALID_ARG_TYPE('value',
        ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

function indexOf(value, byteOffset, encoding) {
    return search(this, value, byteOffset, encoding, true);
}

function lastIndexOf(value, byteOffset, encoding) {
    return search(this, value, byteOffset, encoding, false);
}

function includes(value, byteOffset, encoding) {
    return search(this, value, byteOffset, encoding, true) !== -1;
}

// ---- copying and filling ---------------------------------------------------

// copy(target[, targetStart[, sourceStart[, sourceEnd]]]) -> bytes copied
function copy(target, targetStart, sourceStart, sourceEnd) {
    requireUint8Array(this, 'source');
    requireUint8Array(target, 'target');
    targetStart = targetStart === undefined ? 0 :
        toSafeInteger(targetStart, 0);
    if (targetStart < 0) {
        throw codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    }
    var len = this.length;
    sourceStart = sourceStart === undefined ? 0 :
        toSafeInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > len) {
        throw codes.ERR_OUT_OF_RANGE('sourceStart', '>= 0 && <= ' + len,
            sourceStart);
    }
    sourceEnd = sourceEnd === undefined ? len : toSafeInteger(sourceEnd, 0);
    if (sourceEnd < 0) {
        throw codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) {
        return 0;
    }
    return binding.copy(this, sourceStart, Math.min(sourceEnd, len), target,
        targetStart);
}

// fill(value[, offset[, end]][, encoding]); Node's _fill(), shared with
// Buffer.alloc().
function fillBuffer(buf, value, offset, end, encoding) {
    var id = -1;
    if (typeof value === 'string') {
        if (offset === undefined || typeof offset === 'string') {
            encoding = offset;
            offset = 0;
            end = buf.length;
        } else if (typeof end === 'string') {
            encoding = end;
            end = buf.length;
        }
        id = common.normalizeEncoding(encoding);
        if (id < 0) {
            require('internal/errors').validateString(encoding, 'encoding');
            throw common.unknownEncoding(encoding);
        }
        if (value.length === 0) {
            value = 0;
        }
    }
    if (offset === undefined) {
        offset = 0;
        end = buf.length;
    } else {
        validateOffset(offset, 'offset');
        if (end === undefined) {
            end = buf.length;
        } else {
            validateOffset(end, 'end', 0, buf.length);
        }
        if (offset >= end) {
            return buf;
        }
    }
    var bytes;
    if (typeof value === 'number') {
        bytes = value & 255;
    } else if (typeof value === 'string') {
        bytes = binding.fromString(value, id);
    } else if (common.isArrayBufferView(value)) {
        bytes = value;
    } else {
        bytes = (value >>> 0) & 255;
    }
    if (typeof bytes !== 'number' && bytes.byteLength === 0) {
        throw codes.ERR_INVALID_ARG_VALUE('value', value);
    }
    if (end > buf.byteLength) {
        throw common.outOfBounds();
    }
    binding.fill(buf, bytes, offset, end);
    return buf;
}

function fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
}

function swapper(size) {
    return function () {
        if (this.length % size !== 0) {
            throw common.invalidBufferSize(size * 8 + '-bits');
        }
        binding.swap(this, size);
        return this;
    };
}

function toJSON() {
    var data = new Array(this.length);
    for (var i = 0; i < data.length; i++) {
        data[i] = this[i];
    }
    return { type: 'Buffer', data: data };
}

// ---- views -----------------------------------------------------------------

// Node's adjustOffset(): relative to the end when negative, clamped.
function adjustOffset(offset, length) {
    offset = toInt(offset);
    if (offset < 0) {
        offset += length;
        return offset > 0 ? offset : 0;
    }
    return offset < length ? offset : length;
}

// A Buffer over the same memory; slice() is the same since Node 17.
// Non-negative int32 indexes, the usual case, skip adjustOffset().
function subarray(start, end) {
    var len = this.length;
    if (start !== (start | 0) || start < 0) {
        start = start === undefined ? 0 : adjustOffset(start, len);
    } else if (start > len) {
        start = len;
    }
    if (end !== (end | 0) || end < 0) {
        end = end === undefined ? len : adjustOffset(end, len);
    } else if (end > len) {
        end = len;
    }
    return binding.view(this, start, end > start ? end : start);
}

function install(proto, options) {
    // In Node's order, which for-in over a Buffer shows.
    require('internal/buffer_rw').install(proto);
    var names = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2',
        'utf8'];
    names.forEach(function (name) {
        proto[name + 'Slice'] = sliceFor(encodingId(name));
    });
    names.forEach(function (name) {
        proto[name + 'Write'] = writeFor(encodingId(name));
    });
    // buf.parent and buf.offset: Node's old names for the ArrayBuffer and
    // the byte offset into it.
    Object.defineProperty(proto, 'parent', {
        get: function () {
            return this instanceof options.Buffer ? this.buffer : undefined;
        },
        enumerable: true,
        configurable: true
    });
    Object.defineProperty(proto, 'offset', {
        get: function () {
            return this instanceof options.Buffer ?
                this.byteOffset : undefined;
        },
        enumerable: true,
        configurable: true
    });
    proto.copy = copy;
    proto.toString = toString;
    proto.equals = equals;
    require('internal/buffer_inspect').install(proto, options);
    proto.compare = compare;
    proto.indexOf = indexOf;
    proto.lastIndexOf = lastIndexOf;
    proto.includes = includes;
    proto.fill = fill;
    proto.write = write;
    proto.toJSON = toJSON;
    proto.subarray = subarray;
    proto.slice = function slice(start, end) {
        return subarray.call(this, start, end);
    };
    proto.swap16 = swapper(2);
    proto.swap32 = swapper(4);
    proto.swap64 = swapper(8);
    proto.toLocaleString = toString;
}

module.exports = {
    install: install,
    fillBuffer: fillBuffer
};
