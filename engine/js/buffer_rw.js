/*
 * internal/buffer_rw: Buffer's number readers and writers --
 * read/write (U)Int8, (U)Int16LE/BE, (U)Int32LE/BE, (U)IntLE/BE of 1 to 6
 * bytes, FloatLE/BE and DoubleLE/BE, with the lowercase aliases
 * (readUint8...).  The BigInt ones throw ERR_NOT_SUPPORTED: Duktape has
 * no BigInt.
 *
 * The checks are Node's, in Node's order, because programs see them:
 *   - offset: undefined means 0 for the fixed-size methods; a non-number
 *     is ERR_INVALID_ARG_TYPE; a fraction or NaN is ERR_OUT_OF_RANGE "an
 *     integer"; otherwise out of the buffer it is ERR_OUT_OF_RANGE
 *     ">= 0 and <= last", or ERR_BUFFER_OUT_OF_BOUNDS when the buffer is
 *     too short for even one value.  "Inside the buffer" is tested as
 *     Node does it, by reading the first and last index: a typed array
 *     gives undefined for any key that is not an index within it.
 *   - value (writers): coerced with +value and checked against the
 *     type's range (NaN passes and writes 0), before the offset for
 *     multi-byte types, after the offset's type for 8-bit ones.
 *
 * Integers of up to 6 bytes fit a double exactly, so they are assembled
 * byte by byte in plain arithmetic.  Floats go through a scratch
 * DataView.
 */
'use strict';

var common = require('internal/buffer_common');
var errors = require('internal/errors');

var codes = common.codes;

function offsetTypeError(offset) {
    return codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

// Why value (an offset, or with name 'byteLength' a byte length) is bad;
// last is the largest valid value.
function boundsError(value, last, name) {
    if (Math.floor(value) !== value) {
        errors.validateNumber(value, name || 'offset');
        throw codes.ERR_OUT_OF_RANGE(name || 'offset', 'an integer', value);
    }
    if (last < 0) {
        throw common.outOfBounds();
    }
    throw codes.ERR_OUT_OF_RANGE(name || 'offset',
        '>= ' + (name ? 1 : 0) + ' and <= ' + last, value);
}

// ---- integers --------------------------------------------------------------

// Each method is a closure over its size and byte order.  The checks are
// inline (Duktape calls are not free): the offset's type, then whether
// its first and last bytes exist.

function intReader(size, little, signed) {
    var last = size - 1;
    var half = Math.pow(2, 8 * size - 1);
    return function (offset) {
        if (typeof offset !== 'number') {
            if (offset !== undefined) {
                throw offsetTypeError(offset);
            }
            offset = 0;
        }
        var first = this[offset];
        var end = this[offset + last];
        if (first === undefined || end === undefined) {
            boundsError(offset, this.length - size);
        }
        // The common sizes spelled out: Duktape runs the loop at half the
        // speed.
        var value;
        if (size === 1) {
            value = first;
        } else if (size === 2) {
            value = little ? first + end * 256 : first * 256 + end;
        } else if (size === 4) {
            value = little ? first + this[offset + 1] * 256 +
                this[offset + 2] * 65536 + end * 16777216 :
                first * 16777216 + this[offset + 1] * 65536 +
                this[offset + 2] * 256 + end;
        } else {
            value = 0;
            for (var i = 0; i < size; i++) {
                value = value * 256 +
                    this[little ? offset + last - i : offset + i];
            }
        }
        return signed && value >= half ? value - 2 * half : value;
    };
}

function rangeText(size, min, max) {
    var bits = 8 * size;
    if (size > 4) {
        return min < 0 ? '>= -(2 ** ' + (bits - 1) + ') and < 2 ** ' +
            (bits - 1) : '>= 0 and < 2 ** ' + bits;
    }
    return '>= ' + min + ' and <= ' + max;
}

// The low 32 bits of the value come from ToUint32, the bits above them
// (5- and 6-byte values) from the value divided by 2^32; a typed array
// store keeps the low 8 bits of each.
function intWriter(size, little, signed) {
    var last = size - 1;
    var min = signed ? -Math.pow(2, 8 * size - 1) : 0;
    var max = signed ? -min - 1 : Math.pow(2, 8 * size) - 1;
    return function (value, offset) {
        value = +value;
        if (offset === undefined) {
            offset = 0;
        } else if (size === 1 && typeof offset !== 'number') {
            throw offsetTypeError(offset);
        }
        if (value > max || value < min) {
            throw codes.ERR_OUT_OF_RANGE('value', rangeText(size, min, max),
                value);
        }
        if (typeof offset !== 'number') {
            throw offsetTypeError(offset);
        }
        if (this[offset] === undefined || this[offset + last] === undefined) {
            boundsError(offset, this.length - size);
        }
        var lo = value >>> 0;
        if (size === 1) {
            this[offset] = lo;
        } else if (size === 2) {
            this[offset + (little ? 0 : 1)] = lo;
            this[offset + (little ? 1 : 0)] = lo >>> 8;
        } else {
            var hi = size > 4 ? Math.floor(value / 4294967296) >>> 0 : 0;
            for (var i = 0; i < size; i++) {
                this[little ? offset + i : offset + last - i] =
                    i < 4 ? lo >>> (8 * i) : hi >>> (8 * (i - 4));
            }
        }
        return offset + size;
    };
}

// readUIntLE(offset, byteLength) and the other variable-size ones pick
// the fixed-size method for byteLength, after checking both.
function validByteLength(n) {
    return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 || n === 6;
}

function variableReader(readers) {
    return function (offset, byteLength) {
        if (offset === undefined) {
            throw offsetTypeError(offset);
        }
        if (!validByteLength(byteLength)) {
            boundsError(byteLength, 6, 'byteLength');
        }
        return readers[byteLength].call(this, offset);
    };
}

function variableWriter(writers) {
    return function (value, offset, byteLength) {
        if (!validByteLength(byteLength)) {
            boundsError(byteLength, 6, 'byteLength');
        }
        return writers[byteLength].call(this, value, offset);
    };
}

// ---- floats ----------------------------------------------------------------

// A scratch DataView does the IEEE 754 work in the requested byte order;
// the bytes move between it and the buffer in one native call each way
// (a loop of eight indexed stores is several times slower in Duktape).
var scratch = new Uint8Array(8);
var scratchView = new DataView(scratch.buffer);
var setBytes = Uint8Array.prototype.set;

function floatReader(size, little) {
    var last = size - 1;
    return function (offset) {
        if (typeof offset !== 'number') {
            if (offset !== undefined) {
                throw offsetTypeError(offset);
            }
            offset = 0;
        }
        if (this[offset] === undefined || this[offset + last] === undefined) {
            boundsError(offset, this.length - size);
        }
        common.binding.copy(this, offset, offset + size, scratch, 0);
        return size === 4 ? scratchView.getFloat32(0, little) :
            scratchView.getFloat64(0, little);
    };
}

function floatWriter(size, little) {
    var last = size - 1;
    var bytes = scratch.subarray(0, size);
    return function (value, offset) {
        value = +value;
        if (typeof offset !== 'number') {
            if (offset !== undefined) {
                throw offsetTypeError(offset);
            }
            offset = 0;
        }
        if (this[offset] === undefined || this[offset + last] === undefined) {
            boundsError(offset, this.length - size);
        }
        if (size === 4) {
            scratchView.setFloat32(0, value, little);
        } else {
            scratchView.setFloat64(0, value, little);
        }
        setBytes.call(this, bytes, offset);
        return offset + size;
    };
}

// ---- installing ------------------------------------------------------------

function bigIntMethod(name) {
    return function () {
        throw common.noBigInt('buf.' + name);
    };
}

// Give a method Node's name and length.  Node's methods take (offset = 0)
// or (value, offset = 0), so most lengths are not what the parameter
// lists here would give.
function expose(fn, name) {
    var length = name.indexOf('read') === 0 ? 0 : 1;
    var tail = name.slice(-5);
    if (tail === 'IntLE' || tail === 'IntBE') {
        length += 2; // readUIntLE(offset, byteLength) and the like
    }
    Object.defineProperties(fn, {
        name: { value: name, configurable: true },
        length: { value: length, configurable: true }
    });
    return fn;
}

// The names in Node's order, which for-in over a Buffer shows.
function methodNames() {
    var names = [];
    ['readBigUInt64', 'readBigUint64', 'readBigInt64', 'writeBigUInt64',
        'writeBigUint64', 'writeBigInt64'].forEach(function (base) {
        names.push(base + 'LE', base + 'BE');
    });
    ['read', 'write'].forEach(function (op) {
        ['UInt', 'Uint', 'Int'].forEach(function (kind) {
            ['LE', 'BE'].forEach(function (end) {
                names.push(op + kind + end, op + kind + '32' + end,
                    op + kind + '16' + end);
                if (end === 'LE') {
                    names.push(op + kind + '8');
                }
            });
        });
    });
    ['read', 'write'].forEach(function (op) {
        names.push(op + 'FloatLE', op + 'FloatBE', op + 'DoubleLE',
            op + 'DoubleBE');
    });
    return names;
}

function install(proto) {
    var methods = {};
    [true, false].forEach(function (signed) {
        var kind = signed ? 'Int' : 'UInt';
        ['LE', 'BE'].forEach(function (end) {
            var little = end === 'LE';
            var readers = [];
            var writers = [];
            for (var size = 1; size <= 6; size++) {
                readers[size] = intReader(size, little, signed);
                writers[size] = intWriter(size, little, signed);
            }
            methods['read' + kind + '16' + end] = readers[2];
            methods['read' + kind + '32' + end] = readers[4];
            methods['write' + kind + '16' + end] = writers[2];
            methods['write' + kind + '32' + end] = writers[4];
            methods['read' + kind + end] = variableReader(readers);
            methods['write' + kind + end] = variableWriter(writers);
            if (little) {
                methods['read' + kind + '8'] = readers[1];
                methods['write' + kind + '8'] = writers[1];
            }
        });
    });
    ['LE', 'BE'].forEach(function (end) {
        var little = end === 'LE';
        methods['readFloat' + end] = floatReader(4, little);
        methods['readDouble' + end] = floatReader(8, little);
        methods['writeFloat' + end] = floatWriter(4, little);
        methods['writeDouble' + end] = floatWriter(8, little);
        ['readBigUInt64', 'readBigInt64', 'writeBigUInt64', 'writeBigInt64'
        ].forEach(function (base) {
            methods[base + end] = bigIntMethod(base + end);
        });
    });
    // 'Uint' names are aliases: the same functions as the 'UInt' ones,
    // which come first in the list.
    methodNames().forEach(function (name) {
        var canonical = name.replace('Uint', 'UInt');
        proto[name] = canonical !== name ? proto[canonical] :
            expose(methods[name], name);
    });
}

module.exports = { install: install };
