/*
 * internal/comparisons: deep equality for assert.deepEqual,
 * assert.deepStrictEqual and util.isDeepStrictEqual, with Node's rules.
 *
 * Strict mode: primitives compare with Object.is (except that 0 equals
 * -0 only in loose mode), objects must have the same prototype and the
 * same class, and own enumerable symbol keys count. Loose mode: primitives
 * compare with ==, prototypes and symbols are ignored.
 *
 * For every object kind the "value" part is compared first (a Date's time,
 * a RegExp's source and flags, a typed array's bytes, a boxed primitive's
 * value, an error's message and name), then the own enumerable keys, then
 * the entries (array items, Set members, Map entries). Set members and Map
 * keys that are objects are matched by deep equality, each matched at
 * most once.
 *
 * Cycles: the pairs of objects being compared are kept on a stack; meeting
 * a pair again counts as equal, which is what makes two equally shaped
 * cyclic structures compare equal.
 */
'use strict';

var types = require('internal/types');
var promises = require('internal/promise');

var hasOwn = Object.prototype.hasOwnProperty;
var isEnumerable = Object.prototype.propertyIsEnumerable;
var toStr = Object.prototype.toString;

function isIndex(key) {
    return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}

function nonIndexKeys(value, strict) {
    var keys = Object.keys(value).filter(function (key) {
        return !isIndex(key);
    });
    if (strict) {
        keys = keys.concat(enumerableSymbols(value));
    }
    return keys;
}

// Own enumerable symbol keys, leaving out the ones nodule's Promise keeps
// its state under (V8 keeps that state out of sight).
function enumerableSymbols(value) {
    return Object.getOwnPropertySymbols(value).filter(function (key) {
        return isEnumerable.call(value, key) && !promises.isInternalKey(key);
    });
}

function sameBytes(a, b) {
    if (a.byteLength !== b.byteLength) {
        return false;
    }
    var x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    var y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    for (var i = 0; i < x.length; i++) {
        if (x[i] !== y[i]) {
            return false;
        }
    }
    return true;
}

// Loose comparison of float arrays compares the numbers, so 0 == -0.
function sameNumbers(a, b) {
    if (a.length !== b.length) {
        return false;
    }
    for (var i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) {
            return false;
        }
    }
    return true;
}

function sameBoxed(a, b) {
    if (types.isNumberObject(a)) {
        return types.isNumberObject(b) && Object.is(
            Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
    }
    if (types.isStringObject(a)) {
        return types.isStringObject(b) && String.prototype.valueOf.call(a) ===
            String.prototype.valueOf.call(b);
    }
    if (types.isBooleanObject(a)) {
        return types.isBooleanObject(b) &&
            Boolean.prototype.valueOf.call(a) ===
            Boolean.prototype.valueOf.call(b);
    }
    if (types.isBigIntObject(a)) {
        return types.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) ===
            BigInt.prototype.valueOf.call(b);
    }
    return types.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) ===
        Symbol.prototype.valueOf.call(b);
}

function isErrorObject(value) {
    return types.isNativeError(value) || value instanceof Error;
}

function regExpFlags(re) {
    return (re.global ? 'g' : '') + (re.ignoreCase ? 'i' : '') +
        (re.multiline ? 'm' : '') + (re.sticky ? 'y' : '') +
        (re.unicode ? 'u' : '');
}

function innerDeepEqual(a, b, strict, stack) {
    if (a === b) {
        return a !== 0 || Object.is(a, b) || !strict;
    }
    if (strict) {
        if (typeof a === 'number') {
            return a !== a && b !== b;
        }
        if (typeof a !== 'object' || typeof b !== 'object' ||
                a === null || b === null ||
                Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
            return false;
        }
    } else {
        if (a === null || typeof a !== 'object') {
            if (b === null || typeof b !== 'object') {
                /* eslint-disable-next-line eqeqeq */
                return a == b || (a !== a && b !== b);
            }
            return false;
        }
        if (b === null || typeof b !== 'object') {
            return false;
        }
    }
    if (toStr.call(a) !== toStr.call(b)) {
        return false;
    }
    return compareObjects(a, b, strict, stack);
}

// Both are objects of the same class string.
function compareObjects(a, b, strict, stack) {
    var kind = 'object';
    var keys;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length) {
            return false;
        }
        keys = nonIndexKeys(a, strict);
        if (keys.length !== nonIndexKeys(b, strict).length) {
            return false;
        }
        kind = 'array';
    } else if (toStr.call(a) === '[object Object]' && !types.isSet(a) &&
            !types.isMap(a) && !types.isPromise(a)) {
        kind = 'object';
    } else if (types.isDate(a)) {
        if (!types.isDate(b) || a.getTime() !== b.getTime()) {
            return false;
        }
    } else if (types.isRegExp(a)) {
        if (!types.isRegExp(b) || a.source !== b.source ||
                regExpFlags(a) !== regExpFlags(b) ||
                a.lastIndex !== b.lastIndex) {
            return false;
        }
    } else if (types.isArrayBufferView(a)) {
        if (types.typedArrayName(a) !== types.typedArrayName(b)) {
            return false;
        }
        var floats = !strict && (types.isFloat32Array(a) ||
            types.isFloat64Array(a));
        if (floats ? !sameNumbers(a, b) : !sameBytes(a, b)) {
            return false;
        }
        keys = nonIndexKeys(a, strict);
        if (keys.length !== nonIndexKeys(b, strict).length) {
            return false;
        }
    } else if (types.isSet(a)) {
        if (!types.isSet(b) || a.size !== b.size) {
            return false;
        }
        kind = 'set';
    } else if (types.isMap(a)) {
        if (!types.isMap(b) || a.size !== b.size) {
            return false;
        }
        kind = 'map';
    } else if (types.isAnyArrayBuffer(a)) {
        if (!types.isAnyArrayBuffer(b) ||
                !sameBytes(new Uint8Array(a), new Uint8Array(b))) {
            return false;
        }
    } else if (isErrorObject(a)) {
        if (!isErrorObject(b) || !sameErrorFields(a, b, strict, stack)) {
            return false;
        }
    } else if (types.isBoxedPrimitive(a)) {
        if (!sameBoxed(a, b)) {
            return false;
        }
    } else if (Array.isArray(b) || types.isArrayBufferView(b) ||
            types.isSet(b) || types.isMap(b) || types.isDate(b) ||
            types.isRegExp(b) || types.isAnyArrayBuffer(b) ||
            types.isBoxedPrimitive(b) || isErrorObject(b)) {
        return false;
    }
    return compareKeys(a, b, strict, stack, kind, keys);
}

// message, name, cause and errors are compared even when not enumerable;
// the stack never is.
function sameErrorFields(a, b, strict, stack) {
    var fields = ['message', 'name', 'cause', 'errors'];
    for (var i = 0; i < fields.length; i++) {
        var field = fields[i];
        var enumerable = isEnumerable.call(a, field);
        if (enumerable !== isEnumerable.call(b, field)) {
            return false;
        }
        if (!enumerable) {
            if (field === 'message' || field === 'name') {
                if (a[field] !== b[field]) {
                    return false;
                }
            } else if (!innerDeepEqual(a[field], b[field], strict, stack)) {
                return false;
            }
        }
    }
    return true;
}

function compareKeys(a, b, strict, stack, kind, keys) {
    var i;
    var arrayLike = keys !== undefined;
    if (!arrayLike) {
        keys = Object.keys(a);
    }
    for (i = 0; i < keys.length; i++) {
        if (!isEnumerable.call(b, keys[i])) {
            return false;
        }
    }
    if (!arrayLike) {
        if (keys.length !== Object.keys(b).length) {
            return false;
        }
        if (strict) {
            var symbolsA = enumerableSymbols(a);
            var symbolsB = enumerableSymbols(b);
            if (symbolsA.length !== symbolsB.length) {
                return false;
            }
            for (i = 0; i < symbolsA.length; i++) {
                if (!isEnumerable.call(b, symbolsA[i])) {
                    return false;
                }
            }
            keys = keys.concat(symbolsA);
        }
    }
    if (keys.length === 0 && (kind === 'object' ||
            (kind === 'array' && a.length === 0) ||
            ((kind === 'set' || kind === 'map') && a.size === 0))) {
        return true;
    }

    // A pair already being compared further up counts as equal.
    for (i = 0; i < stack.length; i += 2) {
        if (stack[i] === a && stack[i + 1] === b) {
            return true;
        }
    }
    stack.push(a, b);
    var equal = compareEntries(a, b, strict, stack, kind, keys);
    stack.length -= 2;
    return equal;
}

function compareEntries(a, b, strict, stack, kind, keys) {
    var i;
    for (i = 0; i < keys.length; i++) {
        if (!innerDeepEqual(a[keys[i]], b[keys[i]], strict, stack)) {
            return false;
        }
    }
    if (kind === 'array') {
        for (i = 0; i < a.length; i++) {
            var inA = hasOwn.call(a, i);
            if (inA !== hasOwn.call(b, i) ||
                    (inA && !innerDeepEqual(a[i], b[i], strict, stack))) {
                return false;
            }
        }
        return true;
    }
    if (kind === 'set') {
        return setEquiv(a, b, strict, stack);
    }
    if (kind === 'map') {
        return mapEquiv(a, b, strict, stack);
    }
    return true;
}

function collect(collection) {
    var items = [];
    collection.forEach(function (value, key) {
        items.push([key, value]);
    });
    return items;
}

// Members of `a` missing from `b` (by identity) must each match a
// distinct member of `b` missing from `a`, by deep equality.
function setEquiv(a, b, strict, stack) {
    var onlyA = collect(a).filter(function (pair) {
        return !b.has(pair[0]);
    });
    if (onlyA.length === 0) {
        return true;
    }
    if (strict) {
        for (var i = 0; i < onlyA.length; i++) {
            var v = onlyA[i][0];
            if (v === null || typeof v !== 'object') {
                return false;
            }
        }
    }
    var onlyB = collect(b).filter(function (pair) {
        return !a.has(pair[0]);
    });
    return matchAll(onlyA, onlyB, function (x, y) {
        return innerDeepEqual(x[0], y[0], strict, stack);
    });
}

function mapEquiv(a, b, strict, stack) {
    var unmatchedA = [];
    var entriesA = collect(a);
    for (var i = 0; i < entriesA.length; i++) {
        var key = entriesA[i][0];
        var value = entriesA[i][1];
        var isObject = key !== null && typeof key === 'object';
        if (!isObject && b.has(key) &&
                innerDeepEqual(value, b.get(key), strict, stack)) {
            continue;
        }
        if (!isObject && strict) {
            return false;
        }
        unmatchedA.push(entriesA[i]);
    }
    if (unmatchedA.length === 0) {
        return true;
    }
    var unmatchedB = collect(b).filter(function (pair) {
        var key = pair[0];
        return (key !== null && typeof key === 'object') || !a.has(key) ||
            !innerDeepEqual(a.get(key), pair[1], strict, stack);
    });
    return matchAll(unmatchedA, unmatchedB, function (x, y) {
        return innerDeepEqual(x[0], y[0], strict, stack) &&
            innerDeepEqual(x[1], y[1], strict, stack);
    });
}

// Pair every item of `left` with a different item of `right`.
function matchAll(left, right, equal) {
    if (left.length !== right.length) {
        return false;
    }
    var used = [];
    for (var i = 0; i < left.length; i++) {
        var found = false;
        for (var j = 0; j < right.length; j++) {
            if (used[j] !== true && equal(left[i], right[j])) {
                used[j] = true;
                found = true;
                break;
            }
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

function isDeepEqual(a, b) {
    return innerDeepEqual(a, b, false, []);
}

function isDeepStrictEqual(a, b) {
    return innerDeepEqual(a, b, true, []);
}

module.exports = {
    isDeepEqual: isDeepEqual,
    isDeepStrictEqual: isDeepStrictEqual
};
