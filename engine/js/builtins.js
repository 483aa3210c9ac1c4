/*
 * internal/builtins: the ES2015+ library pieces that programs expect and
 * Duktape 2.7 lacks, installed once by the bootstrap with install(global).
 *
 * Rules:
 * - Only what is missing is installed: a feature the engine already has
 *   is never replaced, so a future Duktape (or V8, in the test harness)
 *   keeps its own.
 * - Everything is a non-enumerable, writable, configurable property, like
 *   real built-ins, so `for (k in [])` and Object.keys see nothing new.
 * - install() only defines functions; no work happens until a feature is
 *   used. It runs at every start and must stay well under a millisecond.
 *
 * Date's string forms and its parser of non-ISO strings are in
 * internal/builtins_date, loaded when a program first reads `Date`.
 * Map, Set, WeakMap and WeakSet are implemented in internal/collections;
 * install() defines them as lazy globals that load that module on first
 * use. structuredClone (internal/builtins_clone) loads its module when
 * first called. internal/builtins_stack (Error.captureStackTrace and
 * Node-shaped err.stack) is installed at once: every error created from
 * then on records its call stack.
 */
'use strict';

var hasOwn = Object.prototype.hasOwnProperty;
var hasSymbol = typeof Symbol === 'function' &&
    typeof Symbol.iterator === 'symbol';

function define(target, name, value) {
    Object.defineProperty(target, name, {
        value: value, writable: true, configurable: true, enumerable: false
    });
}

// Define only if absent; `in` does not fire lazy getters the way reading
// the value would.
function provide(target, name, value) {
    if (!(name in target)) {
        define(target, name, value);
    }
}

function toInteger(n) {
    n = Number(n);
    if (n !== n) {
        return 0;
    }
    if (n === 0 || !isFinite(n)) {
        return n;
    }
    return n < 0 ? Math.ceil(n) : Math.floor(n);
}

function toLength(n) {
    n = toInteger(n);
    return n <= 0 ? 0 : Math.min(n, 9007199254740991);
}

// A relative index (negative counts from the end), clamped to [0, len].
function relIndex(n, len, dflt) {
    if (n === undefined) {
        return dflt;
    }
    n = toInteger(n);
    return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
}

function toObject(value) {
    if (value === null || value === undefined) {
        throw new TypeError('Cannot convert undefined or null to object');
    }
    return Object(value);
}

function sameValueZero(a, b) {
    return a === b || (a !== a && b !== b);
}

function requireCallable(fn) {
    if (typeof fn !== 'function') {
        throw new TypeError(String(fn) + ' is not a function');
    }
}

// Code points of a string, for Array.from('...').
function codePoints(s) {
    var out = [];
    var i;
    for (i = 0; i < s.length; i++) {
        var c = s.charCodeAt(i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
            var d = s.charCodeAt(i + 1);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                out.push(s.charAt(i) + s.charAt(i + 1));
                i++;
                continue;
            }
        }
        out.push(s.charAt(i));
    }
    return out;
}

/*
 * The items of an iterable we can recognise: strings by code point,
 * arrays by index (Duktape arrays have no Symbol.iterator), anything with
 * a [Symbol.iterator]() method by calling next(). Returns null for other
 * values, which Array.from then reads as array-likes.
 */
function iterate(value) {
    if (typeof value === 'string') {
        return codePoints(value);
    }
    if (Array.isArray(value)) {
        return value;
    }
    if (value === null || value === undefined || !hasSymbol) {
        return null;
    }
    var method = Object(value)[Symbol.iterator];
    if (typeof method !== 'function') {
        return null;
    }
    var it = method.call(value);
    var items = [];
    for (;;) {
        var step = it.next();
        if (step.done) {
            return items;
        }
        items.push(step.value);
    }
}

// ---------------------------------------------------------------------
// Array

// Parameters past the spec's `length` are read from `arguments`, so
// that each function's length matches the built-in's.
function arrayFrom(items) {
    var mapFn = arguments[1];
    var thisArg = arguments[2];
    if (items === null || items === undefined) {
        throw new TypeError(String(items) + ' is not iterable');
    }
    if (mapFn !== undefined) {
        requireCallable(mapFn);
    }
    var list = iterate(items);
    var source = list === null ? Object(items) : list;
    var len = list === null ? toLength(source.length) : list.length;
    var out = new Array(len);
    var i;
    for (i = 0; i < len; i++) {
        out[i] = mapFn ? mapFn.call(thisArg, source[i], i) : source[i];
    }
    return out;
}

function arrayOf() {
    return Array.prototype.slice.call(arguments);
}

function findFrom(self, fn, thisArg, fromEnd, wantIndex) {
    var o = Object(self);
    var len = toLength(o.length);
    requireCallable(fn);
    var i;
    for (i = 0; i < len; i++) {
        var k = fromEnd ? len - 1 - i : i;
        if (fn.call(thisArg, o[k], k, o)) {
            return wantIndex ? k : o[k];
        }
    }
    return wantIndex ? -1 : undefined;
}

var arrayMethods = {
    includes: function includes(value) {
        var fromIndex = arguments[1];
        var o = Object(this);
        var len = toLength(o.length);
        var i;
        for (i = relIndex(fromIndex, len, 0); i < len; i++) {
            if (sameValueZero(o[i], value)) {
                return true;
            }
        }
        return false;
    },
    find: function find(fn) {
        return findFrom(this, fn, arguments[1], false, false);
    },
    findIndex: function findIndex(fn) {
        return findFrom(this, fn, arguments[1], false, true);
    },
    findLast: function findLast(fn) {
        return findFrom(this, fn, arguments[1], true, false);
    },
    findLastIndex: function findLastIndex(fn) {
        return findFrom(this, fn, arguments[1], true, true);
    },
    fill: function fill(value) {
        var start = arguments[1];
        var end = arguments[2];
        var o = Object(this);
        var len = toLength(o.length);
        var i;
        for (i = relIndex(start, len, 0); i < relIndex(end, len, len); i++) {
            o[i] = value;
        }
        return o;
    },
    copyWithin: function copyWithin(target, start) {
        var end = arguments[2];
        var o = Object(this);
        var len = toLength(o.length);
        var to = relIndex(target, len, 0);
        var from = relIndex(start, len, 0);
        var count = Math.min(relIndex(end, len, len) - from, len - to);
        var step = 1;
        if (from < to && to < from + count) {
            step = -1;
            from += count - 1;
            to += count - 1;
        }
        for (; count > 0; count--) {
            if (from in o) {
                o[to] = o[from];
            } else {
                delete o[to];
            }
            from += step;
            to += step;
        }
        return o;
    },
    flat: function flat() {
        var depth = arguments[0];
        var d = depth === undefined ? 1 : toInteger(depth);
        var out = [];
        flattenInto(out, Object(this), d, null, null);
        return out;
    },
    flatMap: function flatMap(fn) {
        requireCallable(fn);
        var out = [];
        flattenInto(out, Object(this), 1, fn, arguments[1]);
        return out;
    },
    at: function at(index) {
        var o = Object(this);
        var len = toLength(o.length);
        var k = toInteger(index);
        k = k < 0 ? len + k : k;
        return k < 0 || k >= len ? undefined : o[k];
    }
};

// Holes are skipped, as flat() does.
function flattenInto(out, source, depth, fn, thisArg) {
    var len = toLength(source.length);
    var i;
    for (i = 0; i < len; i++) {
        if (!(i in source)) {
            continue;
        }
        var v = fn ? fn.call(thisArg, source[i], i, source) : source[i];
        if (depth > 0 && Array.isArray(v)) {
            flattenInto(out, v, depth - 1, null, null);
        } else {
            out.push(v);
        }
    }
}

/*
 * Iterators over array-likes (arrays, typed arrays, arguments): live, by
 * index, as the spec's %ArrayIteratorPrototype% is.
 */
function ArrayIterator(target, kind) {
    this._target = target;
    this._kind = kind;
    this._index = 0;
}

ArrayIterator.prototype.next = function next() {
    var target = this._target;
    if (target === null || this._index >= toLength(target.length)) {
        this._target = null;
        return { value: undefined, done: true };
    }
    var i = this._index++;
    var value = this._kind === 'keys' ? i :
        this._kind === 'values' ? target[i] : [i, target[i]];
    return { value: value, done: false };
};

if (hasSymbol) {
    define(ArrayIterator.prototype, Symbol.iterator, function () {
        return this;
    });
    if (typeof Symbol.toStringTag === 'symbol') {
        Object.defineProperty(ArrayIterator.prototype, Symbol.toStringTag,
            { value: 'Array Iterator', configurable: true });
    }
}

/*
 * The string iterator: code point by code point, as String.prototype
 * [Symbol.iterator] is in ES2015 (a surrogate pair is one item).
 */
function StringIterator(s) {
    this._string = s;
    this._index = 0;
}

StringIterator.prototype.next = function next() {
    var s = this._string;
    if (s === null || this._index >= s.length) {
        this._string = null;
        return { value: undefined, done: true };
    }
    var i = this._index;
    var c = s.charCodeAt(i);
    var n = 1;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
            n = 2;
        }
    }
    this._index += n;
    return { value: s.substr(i, n), done: false };
};

if (hasSymbol) {
    define(StringIterator.prototype, Symbol.iterator, function () {
        return this;
    });
    if (typeof Symbol.toStringTag === 'symbol') {
        Object.defineProperty(StringIterator.prototype, Symbol.toStringTag,
            { value: 'String Iterator', configurable: true });
    }
}

function stringIterator() {
    if (this === null || this === undefined) {
        throw new TypeError('String.prototype[Symbol.iterator] called on ' +
            'null or undefined');
    }
    return new StringIterator(String(this));
}

function iteratorMethods(proto) {
    provide(proto, 'keys', function keys() {
        return new ArrayIterator(Object(this), 'keys');
    });
    provide(proto, 'values', function values() {
        return new ArrayIterator(Object(this), 'values');
    });
    provide(proto, 'entries', function entries() {
        return new ArrayIterator(Object(this), 'entries');
    });
    if (hasSymbol) {
        provide(proto, Symbol.iterator, proto.values);
    }
}

// ---------------------------------------------------------------------
// Typed arrays: the Array.prototype algorithms, made generic, where the
// result is an array of the same kind.

function sameKind(ta, length) {
    return new ta.constructor(length);
}

var typedMethods = {
    slice: function slice(start, end) {
        var len = this.length;
        var from = relIndex(start, len, 0);
        var to = relIndex(end, len, len);
        var out = sameKind(this, Math.max(to - from, 0));
        var i;
        for (i = 0; from + i < to; i++) {
            out[i] = this[from + i];
        }
        return out;
    },
    map: function map(fn) {
        var thisArg = arguments[1];
        requireCallable(fn);
        var out = sameKind(this, this.length);
        var i;
        for (i = 0; i < this.length; i++) {
            out[i] = fn.call(thisArg, this[i], i, this);
        }
        return out;
    },
    filter: function filter(fn) {
        var thisArg = arguments[1];
        requireCallable(fn);
        var kept = [];
        var i;
        for (i = 0; i < this.length; i++) {
            if (fn.call(thisArg, this[i], i, this)) {
                kept.push(this[i]);
            }
        }
        var out = sameKind(this, kept.length);
        for (i = 0; i < kept.length; i++) {
            out[i] = kept[i];
        }
        return out;
    },
    // Numeric order by default (Array.prototype.sort would compare text).
    sort: function sort(compare) {
        var items = Array.prototype.slice.call(this);
        items.sort(compare || function (a, b) {
            if (a !== a) {
                return b !== b ? 0 : 1;
            }
            if (b !== b) {
                return -1;
            }
            if (a === 0 && b === 0) {
                return (1 / a) - (1 / b) < 0 ? -1 : 0;
            }
            return a < b ? -1 : a > b ? 1 : 0;
        });
        var i;
        for (i = 0; i < items.length; i++) {
            this[i] = items[i];
        }
        return this;
    },
    toString: Array.prototype.toString,
    toLocaleString: Array.prototype.toLocaleString
};

// Array methods that work unchanged on a typed array.
var SHARED = ['forEach', 'indexOf', 'lastIndexOf', 'join', 'reverse',
    'some', 'every', 'reduce', 'reduceRight'];

function installTypedArrays(global) {
    if (typeof global.Uint8Array !== 'function') {
        return;
    }
    var proto = Object.getPrototypeOf(global.Uint8Array.prototype);
    var i;
    for (i = 0; i < SHARED.length; i++) {
        provide(proto, SHARED[i], Array.prototype[SHARED[i]]);
    }
    var names = ['fill', 'includes', 'find', 'findIndex', 'findLast',
        'findLastIndex', 'copyWithin', 'at'];
    for (i = 0; i < names.length; i++) {
        provide(proto, names[i], arrayMethods[names[i]]);
    }
    var key;
    for (key in typedMethods) {
        // toString is inherited from Object.prototype, so `in` cannot
        // tell whether typed arrays have their own.
        if (hasOwn.call(typedMethods, key) && !hasOwn.call(proto, key)) {
            define(proto, key, typedMethods[key]);
        }
    }
    iteratorMethods(proto);
}

// ---------------------------------------------------------------------
// Object, String, Number, Math

var objectMethods = {
    entries: function entries(o) {
        o = toObject(o);
        return Object.keys(o).map(function (k) {
            return [k, o[k]];
        });
    },
    values: function values(o) {
        o = toObject(o);
        return Object.keys(o).map(function (k) {
            return o[k];
        });
    },
    fromEntries: function fromEntries(iterable) {
        var items = iterate(iterable);
        if (items === null) {
            throw new TypeError(String(iterable) + ' is not iterable');
        }
        var out = {};
        var i;
        for (i = 0; i < items.length; i++) {
            var entry = items[i];
            if (entry === null || (typeof entry !== 'object' &&
                    typeof entry !== 'function')) {
                throw new TypeError('Iterator value ' + String(entry) +
                    ' is not an entry object');
            }
            define(out, entry[0], entry[1]);
            Object.defineProperty(out, entry[0], { enumerable: true });
        }
        return out;
    },
    getOwnPropertyDescriptors: function getOwnPropertyDescriptors(o) {
        o = toObject(o);
        var out = {};
        var keys = Object.getOwnPropertyNames(o);
        if (Object.getOwnPropertySymbols) {
            keys = keys.concat(Object.getOwnPropertySymbols(o));
        }
        var i;
        for (i = 0; i < keys.length; i++) {
            out[keys[i]] = Object.getOwnPropertyDescriptor(o, keys[i]);
        }
        return out;
    }
};

function pad(self, maxLength, fill, atStart) {
    var s = String(self);
    var target = toLength(maxLength);
    var filler = fill === undefined ? ' ' : String(fill);
    if (target <= s.length || filler === '') {
        return s;
    }
    var need = target - s.length;
    var run = filler.repeat(Math.ceil(need / filler.length)).slice(0, need);
    return atStart ? run + s : s + run;
}

var WS = '[\\s\\uFEFF\\xA0]+';
var LEADING = new RegExp('^' + WS);
var TRAILING = new RegExp(WS + '$');

var stringMethods = {
    padStart: function padStart(maxLength) {
        return pad(this, maxLength, arguments[1], true);
    },
    padEnd: function padEnd(maxLength) {
        return pad(this, maxLength, arguments[1], false);
    },
    trimStart: function trimStart() {
        return String(this).replace(LEADING, '');
    },
    trimEnd: function trimEnd() {
        return String(this).replace(TRAILING, '');
    },
    at: function at(index) {
        var s = String(this);
        var k = toInteger(index);
        k = k < 0 ? s.length + k : k;
        return k < 0 || k >= s.length ? undefined : s.charAt(k);
    },
    replaceAll: function replaceAll(search, replacement) {
        if (search instanceof RegExp) {
            if (!search.global) {
                throw new TypeError('replaceAll must be called with a ' +
                    'global RegExp');
            }
            return String(this).replace(search, replacement);
        }
        var s = String(this);
        var parts = s.split(String(search));
        if (typeof replacement === 'function') {
            var out = parts[0];
            var pos = parts[0].length;
            var i;
            for (i = 1; i < parts.length; i++) {
                out += String(replacement(String(search), pos, s)) + parts[i];
                pos += String(search).length + parts[i].length;
            }
            return out;
        }
        // '$' patterns are rare in replaceAll with a string; only '$$'
        // is honoured.
        return parts.join(String(replacement).replace(/\$\$/g, '$'));
    }
};

function cbrt(x) {
    if (x === 0 || !isFinite(x)) {
        return x;
    }
    var a = Math.abs(x);
    var r = Math.pow(a, 1 / 3);
    r -= (r * r * r - a) / (3 * r * r);
    return x < 0 ? -r : r;
}

function fround(x) {
    var f = new Float32Array(1);
    f[0] = x;
    return f[0];
}

var mathMethods = {
    fround: fround,
    expm1: function expm1(x) {
        return Math.abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 :
            Math.exp(x) - 1;
    },
    log1p: function log1p(x) {
        return Math.abs(x) < 1e-5 ? x - x * x / 2 + x * x * x / 3 :
            Math.log(1 + x);
    },
    sinh: function sinh(x) {
        return x === 0 ? x : (Math.exp(x) - Math.exp(-x)) / 2;
    },
    cosh: function cosh(x) {
        return (Math.exp(x) + Math.exp(-x)) / 2;
    },
    tanh: function tanh(x) {
        if (x === Infinity) {
            return 1;
        }
        if (x === -Infinity) {
            return -1;
        }
        if (x === 0) {
            return x;
        }
        var e = Math.exp(2 * x);
        return (e - 1) / (e + 1);
    },
    asinh: function asinh(x) {
        if (x === 0 || !isFinite(x)) {
            return x;
        }
        return x < 0 ? -Math.log(-x + Math.sqrt(x * x + 1)) :
            Math.log(x + Math.sqrt(x * x + 1));
    },
    acosh: function acosh(x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    },
    atanh: function atanh(x) {
        return x === 0 ? x : Math.log((1 + x) / (1 - x)) / 2;
    }
};

var numberValues = {
    EPSILON: Math.pow(2, -52),
    MAX_SAFE_INTEGER: 9007199254740991,
    MIN_SAFE_INTEGER: -9007199254740991
};

var numberMethods = {
    isInteger: function isInteger(v) {
        return typeof v === 'number' && isFinite(v) && Math.floor(v) === v;
    },
    isSafeInteger: function isSafeInteger(v) {
        return numberMethods.isInteger(v) && Math.abs(v) <= 9007199254740991;
    },
    isFinite: function (v) {
        return typeof v === 'number' && isFinite(v);
    },
    isNaN: function (v) {
        return typeof v === 'number' && v !== v;
    },
    parseFloat: parseFloat,
    parseInt: parseInt
};

// ---------------------------------------------------------------------
// Date: Duktape's string forms and parser are ES5.1's, not the ones V8
// prints and reads. internal/builtins_date replaces them, and the global
// Date, the first time a program reads `Date`.

function installDate(global) {
    var NativeDate = global.Date;
    if (new NativeDate(0).toUTCString() === 'Thu, 01 Jan 1970 00:00:00 GMT') {
        return; // an engine with the modern forms
    }
    Object.defineProperty(global, 'Date', {
        get: function () {
            return require('internal/builtins_date').install(global,
                NativeDate);
        },
        set: function (value) {
            define(global, 'Date', value);
        },
        configurable: true,
        enumerable: false
    });
}

// ---------------------------------------------------------------------

function provideAll(target, methods) {
    var key;
    for (key in methods) {
        if (hasOwn.call(methods, key)) {
            provide(target, key, methods[key]);
        }
    }
}

// A global that loads its module on first read, then is a plain value.
function provideLazy(global, name, load) {
    if (name in global) {
        return;
    }
    Object.defineProperty(global, name, {
        get: function () {
            var value = load();
            define(global, name, value);
            return value;
        },
        set: function (value) {
            define(global, name, value);
        },
        configurable: true,
        enumerable: false
    });
}

function install(global) {
    provide(global, 'globalThis', global);

    provide(global.Array, 'from', arrayFrom);
    provide(global.Array, 'of', arrayOf);
    provideAll(global.Array.prototype, arrayMethods);
    iteratorMethods(global.Array.prototype);

    provideAll(global.Object, objectMethods);
    provideAll(global.String.prototype, stringMethods);
    if (hasSymbol) {
        provide(global.String.prototype, Symbol.iterator, stringIterator);
    }
    provide(global.String.prototype, 'trimLeft',
        global.String.prototype.trimStart);
    provide(global.String.prototype, 'trimRight',
        global.String.prototype.trimEnd);
    provideAll(global.Number, numberMethods);
    provideAll(global.Number, numberValues);
    provideAll(global.Math, mathMethods);
    // Duktape's own Math.cbrt is pow(x, 1/3) and misses exact cubes
    // (cbrt(27) is 3.0000000000000004); one Newton step corrects it.
    if (global.Math.cbrt(27) !== 3) {
        define(global.Math, 'cbrt', cbrt);
    }
    installTypedArrays(global);
    installDate(global);

    ['Map', 'Set', 'WeakMap', 'WeakSet'].forEach(function (name) {
        provideLazy(global, name, function () {
            return require('internal/collections')[name];
        });
    });
    provide(global, 'structuredClone', function structuredClone(value) {
        var impl = require('internal/builtins_clone').structuredClone;
        return impl.apply(undefined, arguments);
    });
    // Node makes this global enumerable (it is not an ECMAScript one).
    Object.defineProperty(global, 'structuredClone', { enumerable: true });
    // Every error's stack is recorded from the start, so this module loads
    // now rather than on first use; V8 (in the test harness) keeps its own.
    if (!('captureStackTrace' in global.Error)) {
        require('internal/builtins_stack').install(global);
    }
}

module.exports = {
    install: install,
    iterate: iterate
};
