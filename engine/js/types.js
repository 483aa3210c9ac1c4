/*
 * internal/types: what kind of built-in object is this value?
 *
 * util.types, util.inspect and assert's deep comparison all need to tell a
 * Date from a plain object and a Map from a Set, without trusting
 * `instanceof` (prototypes can be swapped) or a user-set Symbol.toStringTag.
 * V8 answers from internal slots; in ES5 the most reliable check for each
 * type is to call one of its own prototype methods, which throws on
 * anything without the right internal slot (`Date.prototype.getTime`,
 * `Number.prototype.valueOf`, ...). Where no such method exists the
 * engine's class string (`Object.prototype.toString`) is used.
 *
 * Promise, Map, Set, WeakMap and WeakSet may be nodule's own (Duktape has
 * none): internal/promise and internal/collections answer for theirs, and
 * a native one (when the host has it) is recognised by its methods.
 */
'use strict';

var toStr = Object.prototype.toString;
var globalObject = Function('return this')();

var promises = null;
var collections = null;

function lazyPromises() {
    if (promises === null) {
        promises = require('internal/promise');
    }
    return promises;
}

function lazyCollections() {
    if (collections === null) {
        try {
            collections = require('internal/collections');
        } catch (err) {
            collections = false;
        }
    }
    return collections;
}

function isObjectLike(value) {
    return value !== null &&
        (typeof value === 'object' || typeof value === 'function');
}

// The engine's class string: 'Date', 'Error', 'Uint8Array', ... A
// Symbol.toStringTag can change it, so it is only used where no method
// gives a brand check.
function classOf(value) {
    return toStr.call(value).slice(8, -1);
}

// True when calling `method` with `value` as `this` does not throw.
function brandCheck(method, value) {
    if (!isObjectLike(value) || typeof method !== 'function') {
        return false;
    }
    try {
        method.call(value);
        return true;
    } catch (err) {
        return false;
    }
}

function isDate(value) {
    return brandCheck(Date.prototype.getTime, value);
}

function isRegExp(value) {
    return isObjectLike(value) && classOf(value) === 'RegExp';
}

function isNativeError(value) {
    return isObjectLike(value) && classOf(value) === 'Error';
}

function isNumberObject(value) {
    return typeof value === 'object' &&
        brandCheck(Number.prototype.valueOf, value);
}

function isStringObject(value) {
    return typeof value === 'object' &&
        brandCheck(String.prototype.valueOf, value);
}

function isBooleanObject(value) {
    return typeof value === 'object' &&
        brandCheck(Boolean.prototype.valueOf, value);
}

function isSymbolObject(value) {
    return typeof value === 'object' && typeof Symbol === 'function' &&
        brandCheck(Symbol.prototype.valueOf, value);
}

function isBigIntObject(value) {
    return typeof value === 'object' && typeof BigInt === 'function' &&
        brandCheck(BigInt.prototype.valueOf, value);
}

function isBoxedPrimitive(value) {
    return isNumberObject(value) || isStringObject(value) ||
        isBooleanObject(value) || isSymbolObject(value) ||
        isBigIntObject(value);
}

function isArgumentsObject(value) {
    return isObjectLike(value) && classOf(value) === 'Arguments';
}

function isArrayBuffer(value) {
    return isObjectLike(value) && classOf(value) === 'ArrayBuffer';
}

function isSharedArrayBuffer(value) {
    return isObjectLike(value) && classOf(value) === 'SharedArrayBuffer';
}

function isAnyArrayBuffer(value) {
    return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isArrayBufferView(value) {
    return isObjectLike(value) && typeof ArrayBuffer === 'function' &&
        ArrayBuffer.isView(value);
}

function isDataView(value) {
    return isArrayBufferView(value) && classOf(value) === 'DataView';
}

var TYPED_ARRAY_NAMES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray',
    'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
    'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];

// 'Uint8Array' and so on for a typed array, else undefined.
function typedArrayName(value) {
    if (!isArrayBufferView(value)) {
        return undefined;
    }
    var name = classOf(value);
    return TYPED_ARRAY_NAMES.indexOf(name) >= 0 ? name : undefined;
}

function isTypedArray(value) {
    return typedArrayName(value) !== undefined;
}

function typedArrayCheck(name) {
    return function (value) {
        return typedArrayName(value) === name;
    };
}

function isPromise(value) {
    if (!isObjectLike(value)) {
        return false;
    }
    if (lazyPromises().isPromise(value)) {
        return true;
    }
    return classOf(value) === 'Promise';
}

// Map and friends: nodule's own (internal/collections), or the host's
// native one when the host has its own.
function collectionCheck(kind) {
    return function (value) {
        if (!isObjectLike(value)) {
            return false;
        }
        var own = lazyCollections();
        if (own && own.kindOf(value) === kind) {
            return true;
        }
        var native = globalObject[kind];
        return typeof native === 'function' && !(own && native === own[kind]) &&
            classOf(value) === kind;
    };
}

function isGeneratorFunction() {
    return false;
}

function isAsyncFunction() {
    return false;
}

function isProxy() {
    // Duktape gives script no way to recognise a proxy.
    return false;
}

module.exports = {
    classOf: classOf,
    typedArrayName: typedArrayName,
    isDate: isDate,
    isRegExp: isRegExp,
    isNativeError: isNativeError,
    isNumberObject: isNumberObject,
    isStringObject: isStringObject,
    isBooleanObject: isBooleanObject,
    isSymbolObject: isSymbolObject,
    isBigIntObject: isBigIntObject,
    isBoxedPrimitive: isBoxedPrimitive,
    isArgumentsObject: isArgumentsObject,
    isArrayBuffer: isArrayBuffer,
    isSharedArrayBuffer: isSharedArrayBuffer,
    isAnyArrayBuffer: isAnyArrayBuffer,
    isArrayBufferView: isArrayBufferView,
    isDataView: isDataView,
    isTypedArray: isTypedArray,
    isInt8Array: typedArrayCheck('Int8Array'),
    isUint8Array: typedArrayCheck('Uint8Array'),
    isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
    isInt16Array: typedArrayCheck('Int16Array'),
    isUint16Array: typedArrayCheck('Uint16Array'),
    isInt32Array: typedArrayCheck('Int32Array'),
    isUint32Array: typedArrayCheck('Uint32Array'),
    isFloat32Array: typedArrayCheck('Float32Array'),
    isFloat64Array: typedArrayCheck('Float64Array'),
    isBigInt64Array: typedArrayCheck('BigInt64Array'),
    isBigUint64Array: typedArrayCheck('BigUint64Array'),
    isPromise: isPromise,
    isMap: collectionCheck('Map'),
    isSet: collectionCheck('Set'),
    isWeakMap: collectionCheck('WeakMap'),
    isWeakSet: collectionCheck('WeakSet'),
    isGeneratorFunction: isGeneratorFunction,
    isAsyncFunction: isAsyncFunction,
    isProxy: isProxy
};
