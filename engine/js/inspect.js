/*
 * internal/inspect: util.inspect, byte for byte as Node 20 prints values.
 *
 * console.log output is compared with Node's in nodule's differential
 * tests, so this file follows the shape of Node's algorithm closely:
 *
 *   formatValue   primitives, custom inspectors, circular references
 *   formatRaw     pick braces, a "base" text and an entry formatter for the
 *                 kind of object; format own keys; add "<ref *n>"
 *   reduceToSingleString  join the entries on one line when they fit
 *                 (Node's "compact = 3" rule), else one entry per line
 *   groupArrayElements    arrays of more than six short items in columns
 *
 * The state of one inspect() call lives in `ctx`: the options, the
 * current indentation, the stack of objects being formatted (`seen`, for
 * cycles) and the numbers given to circular targets.
 *
 * Engine differences, and how they show: Duktape does not infer function
 * names from `var f = function () {}` (such functions print as
 * `[Function (anonymous)]`), its stack traces have their own format, and
 * proxies cannot be recognised (a proxy prints as its target would). Class
 * syntax, generators, async functions and BigInt do not exist in Duktape.
 */
'use strict';

var types = require('internal/types');
var promises = require('internal/promise');
var prim = require('internal/inspect_primitives');
var layout = require('internal/inspect_layout');
var formatError = require('internal/inspect_error').formatError;
var entries = require('internal/inspect_entries').create({
    formatValue: formatValue,
    formatProperty: formatProperty,
    inspect: inspect,
    userOptions: userOptions,
    getNonIndexKeys: getNonIndexKeys
});

var strEscape = prim.strEscape;
var escapeKey = prim.escapeKey;
var repeat = prim.repeat;
var formatNumber = prim.formatNumber;
var formatPrimitive = prim.formatPrimitive;
var getStringWidth = prim.getStringWidth;
var getPrefix = layout.getPrefix;
var reduceToSingleString = layout.reduceToSingleString;

var hasOwn = Object.prototype.hasOwnProperty;
var isEnumerable = Object.prototype.propertyIsEnumerable;

var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

var collections = null;
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

var defaultOptions = {
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false
};

// The names of the engine's own constructors: objects made by them are not
// "user classes" (their prototype properties are not listed).
var BUILTIN_NAMES = ['Object', 'Function', 'Array', 'Number', 'Boolean',
    'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error',
    'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
    'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
    'ArrayBuffer', 'SharedArrayBuffer', 'Atomics', 'DataView', 'Int8Array',
    'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
    'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
    'BigInt64Array', 'BigUint64Array', 'BigInt', 'Map', 'Set', 'WeakMap',
    'WeakSet', 'Proxy', 'Reflect', 'WeakRef', 'FinalizationRegistry',
    'WebAssembly'];

function isBuiltinName(name) {
    return BUILTIN_NAMES.indexOf(name) >= 0;
}

var kObjectType = 0;
var kArrayType = 1;
var kArrayExtrasType = 2;

// --- options ----------------------------------------------------------------

function inspect(value, opts) {
    var ctx = {
        budget: {},
        indentationLvl: 0,
        seen: [],
        circular: undefined,
        currentDepth: 0,
        stylize: stylizeNoColor,
        userOptions: undefined
    };
    var key;
    for (key in defaultOptions) {
        ctx[key] = defaultOptions[key];
    }
    if (arguments.length > 1) {
        // The old signature: inspect(value, showHidden, depth, colors).
        if (arguments.length > 2) {
            if (arguments[2] !== undefined) {
                ctx.depth = arguments[2];
            }
            if (arguments.length > 3 && arguments[3] !== undefined) {
                ctx.colors = arguments[3];
            }
        }
        if (typeof opts === 'boolean') {
            ctx.showHidden = opts;
        } else if (opts) {
            var keys = Object.keys(opts);
            for (var i = 0; i < keys.length; i++) {
                key = keys[i];
                if (hasOwn.call(defaultOptions, key) || key === 'stylize') {
                    ctx[key] = opts[key];
                } else if (ctx.userOptions === undefined) {
                    ctx.userOptions = opts;
                }
            }
        }
    }
    if (ctx.colors) {
        ctx.stylize = stylizeWithColor;
    }
    if (ctx.maxArrayLength === null) {
        ctx.maxArrayLength = Infinity;
    }
    if (ctx.maxStringLength === null) {
        ctx.maxStringLength = Infinity;
    }
    return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
    get: function () {
        return defaultOptions;
    },
    set: function (options) {
        if (options === null || typeof options !== 'object') {
            throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE(
                'options', 'Object', options);
        }
        for (var key in options) {
            if (hasOwn.call(options, key)) {
                defaultOptions[key] = options[key];
            }
        }
    },
    enumerable: true,
    configurable: true
});

inspect.colors = prim.colors;
inspect.styles = prim.styles;

function stylizeWithColor(str, styleType) {
    var style = inspect.styles[styleType];
    if (style !== undefined) {
        var color = inspect.colors[style];
        if (color !== undefined) {
            return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] +
                'm';
        }
    }
    return str;
}

function stylizeNoColor(str) {
    return str;
}

function isBuffer(value) {
    var B = typeof Buffer === 'function' ? Buffer : undefined;
    return B !== undefined && typeof B.isBuffer === 'function' &&
        B.isBuffer(value);
}

// The options a custom inspector receives: the current ones plus any
// unknown keys the caller passed.
function userOptions(ctx) {
    var ret = { stylize: ctx.stylize };
    var key;
    for (key in defaultOptions) {
        ret[key] = ctx[key];
    }
    if (ctx.userOptions !== undefined) {
        for (key in ctx.userOptions) {
            if (hasOwn.call(ctx.userOptions, key)) {
                ret[key] = ctx.userOptions[key];
            }
        }
    }
    return ret;
}

// --- values -----------------------------------------------------------------

function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
        return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) {
        return ctx.stylize('null', 'null');
    }

    if (ctx.customInspect) {
        var custom;
        try {
            custom = value[customInspectSymbol];
        } catch (err) {
            custom = undefined;
        }
        if (typeof custom === 'function' && custom !== inspect &&
                !(value.constructor && value.constructor.prototype === value)) {
            var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
            var ret = custom.call(value, depth, userOptions(ctx), inspect);
            if (ret !== value) {
                if (typeof ret !== 'string') {
                    return formatValue(ctx, ret, recurseTimes);
                }
                return ret.split('\n').join('\n' +
                    repeat(' ', ctx.indentationLvl));
            }
        }
    }

    if (ctx.seen.indexOf(value) >= 0) {
        return ctx.stylize('[Circular *' + circularIndex(ctx, value) + ']',
            'special');
    }
    // Node's Buffer prints itself through inspect.custom; a Buffer without
    // one is shown the same way here.
    if (ctx.customInspect && isBuffer(value)) {
        return entries.formatBuffer(ctx, value);
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
}

// The number a circular target is shown with: *1 for the first, and so on.
function circularIndex(ctx, value) {
    if (ctx.circular === undefined) {
        ctx.circular = [];
    }
    var index = ctx.circular.indexOf(value);
    if (index < 0) {
        ctx.circular.push(value);
        index = ctx.circular.length - 1;
    }
    return index + 1;
}

function isInstanceof(object, ctor) {
    try {
        return object instanceof ctor;
    } catch (err) {
        return false;
    }
}

// The name of the nearest constructor in the prototype chain: 'Foo' for
// new Foo(), null for an object without a prototype, or a description like
// 'Object <[Object: null prototype] {}>' when no prototype names one.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    var firstProto;
    var tmp = obj;
    while (obj) {
        if (obj === Object.prototype || obj === Function.prototype) {
            var ctor = obj === Object.prototype ? Object : Function;
            if (isInstanceof(tmp, ctor)) {
                if (protoProps !== undefined && firstProto !== obj) {
                    addPrototypeProperties(ctx, tmp, firstProto || tmp,
                        recurseTimes, protoProps);
                }
                return ctor === Object ? 'Object' : 'Function';
            }
        }
        var descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
        if (descriptor !== undefined &&
                typeof descriptor.value === 'function' &&
                descriptor.value.name !== '' &&
                isInstanceof(tmp, descriptor.value)) {
            if (protoProps !== undefined && (firstProto !== obj ||
                    !isBuiltinName(descriptor.value.name))) {
                addPrototypeProperties(ctx, tmp, firstProto || tmp,
                    recurseTimes, protoProps);
            }
            return String(descriptor.value.name);
        }
        obj = Object.getPrototypeOf(obj);
        if (firstProto === undefined) {
            firstProto = obj;
        }
    }
    if (firstProto === null) {
        return null;
    }
    var res = types.classOf(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
        return res + ' <Complex prototype>';
    }
    var protoName = getConstructorName(firstProto, ctx, recurseTimes + 1,
        protoProps);
    if (protoName === null) {
        var opts = userOptions(ctx);
        opts.customInspect = false;
        opts.depth = -1;
        return res + ' <' + inspect(firstProto, opts) + '>';
    }
    return res + ' <' + protoName + '>';
}

// With showHidden, list the data properties a user-defined prototype
// chain (up to three levels) adds, dimmed when colored.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    var depth = 0;
    var keys;
    var known = [];
    do {
        if (depth !== 0 || main === obj) {
            obj = Object.getPrototypeOf(obj);
            if (obj === null) {
                return;
            }
            var descriptor = Object.getOwnPropertyDescriptor(obj,
                'constructor');
            if (descriptor !== undefined &&
                    typeof descriptor.value === 'function' &&
                    isBuiltinName(descriptor.value.name)) {
                return;
            }
        }
        if (depth !== 0) {
            known = known.concat(keys);
        }
        keys = ownKeys(obj);
        ctx.seen.push(main);
        for (var i = 0; i < keys.length; i++) {
            var key = keys[i];
            if (key === 'constructor' || hasOwn.call(main, key) ||
                    (depth !== 0 && known.indexOf(key) >= 0)) {
                continue;
            }
            var desc = Object.getOwnPropertyDescriptor(obj, key);
            if (typeof desc.value === 'function') {
                continue;
            }
            var value = formatProperty(ctx, obj, recurseTimes, key,
                kObjectType, desc, main);
            output.push(ctx.colors ? '\u001b[2m' + value + '\u001b[22m' :
                value);
        }
        ctx.seen.pop();
    } while (++depth !== 3);
}

// Keys that belong to nodule's own bookkeeping, never shown.
function isInternalKey(key) {
    if (typeof key !== 'symbol') {
        return false;
    }
    if (promises.isInternalKey(key)) {
        return true;
    }
    var own = lazyCollections();
    return own ? own.isInternalKey(key) : false;
}

function ownKeys(obj) {
    var keys = Object.getOwnPropertyNames(obj);
    var symbols = Object.getOwnPropertySymbols(obj);
    for (var i = 0; i < symbols.length; i++) {
        if (!isInternalKey(symbols[i])) {
            keys.push(symbols[i]);
        }
    }
    return keys;
}

function getKeys(value, showHidden) {
    var keys;
    var symbols = Object.getOwnPropertySymbols(value);
    keys = showHidden ? Object.getOwnPropertyNames(value) :
        Object.keys(value);
    for (var i = 0; i < symbols.length; i++) {
        if (!isInternalKey(symbols[i]) &&
                (showHidden || isEnumerable.call(value, symbols[i]))) {
            keys.push(symbols[i]);
        }
    }
    return keys;
}

// Own keys that are not array indices (arrays and typed arrays).
function getNonIndexKeys(value, showHidden) {
    var all = getKeys(value, showHidden);
    var keys = [];
    for (var i = 0; i < all.length; i++) {
        var key = all[i];
        if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) &&
                Number(key) < 4294967295) {
            continue;
        }
        if (key === 'length' && (Array.isArray(value) ||
                types.isTypedArray(value))) {
            // Duktape keeps a typed array's length as an own property.
            if (!Array.isArray(value)) {
                continue;
            }
        }
        keys.push(key);
    }
    return keys;
}

function getCtxStyle(value, constructor, tag) {
    var fallback = '';
    if (constructor === null) {
        fallback = types.classOf(value);
        if (fallback === tag) {
            fallback = 'Object';
        }
    }
    return getPrefix(constructor, tag, fallback);
}


// --- objects ----------------------------------------------------------------

function safeTag(value) {
    var tag;
    try {
        tag = value[Symbol.toStringTag];
    } catch (err) {
        return '';
    }
    return tag;
}

function isError(value) {
    return types.isNativeError(value) || isInstanceof(value, Error);
}

// Which formatter lists the entries of `value` (besides its own keys).
function formatRaw(ctx, value, recurseTimes, typedArray) {
    var keys;
    var protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
        protoProps = [];
    }
    var constructor = getConstructorName(value, ctx, recurseTimes,
        protoProps);
    if (protoProps !== undefined && protoProps.length === 0) {
        protoProps = undefined;
    }

    // A tag is shown only when it is not an own (enumerable) property,
    // which would be listed anyway.
    var tag = safeTag(value);
    if (typeof tag !== 'string' || (tag !== '' &&
            (ctx.showHidden ? hasOwn : isEnumerable).call(value,
                Symbol.toStringTag))) {
        tag = '';
    }
    var base = '';
    var kind = 'none';
    var braces = ['{', '}'];
    var extrasType = kObjectType;
    var noEntries = protoProps === undefined;
    var prefix;
    var own = lazyCollections();
    var ownKind = own ? own.kindOf(value) : undefined;

    if (Array.isArray(value)) {
        prefix = constructor !== 'Array' || tag !== '' ?
            getPrefix(constructor, tag, 'Array', '(' + value.length + ')') :
            '';
        keys = getNonIndexKeys(value, ctx.showHidden);
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0 && noEntries) {
            return braces[0] + ']';
        }
        extrasType = kArrayExtrasType;
        kind = 'array';
    } else if (types.isSet(value) || types.isMap(value)) {
        var isSet = types.isSet(value);
        var size = value.size;
        prefix = getPrefix(constructor, tag, isSet ? 'Set' : 'Map',
            '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        if (size === 0 && keys.length === 0 && noEntries) {
            return prefix + '{}';
        }
        braces = [prefix + '{', '}'];
        kind = isSet ? 'set' : 'map';
    } else if (types.isTypedArray(value)) {
        keys = getNonIndexKeys(value, ctx.showHidden);
        prefix = getPrefix(constructor, tag, constructor === null ?
            types.typedArrayName(value) : '', '(' + value.length + ')');
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0 && !ctx.showHidden) {
            return braces[0] + ']';
        }
        extrasType = kArrayExtrasType;
        kind = 'typedArray';
    } else if (ownKind === 'Map Iterator' || ownKind === 'Set Iterator') {
        keys = getKeys(value, ctx.showHidden);
        var type = ownKind.slice(0, 3);
        var label = tag === type + ' Iterator' ? tag :
            (tag !== '' ? tag + '] [' : '') + type + ' Iterator';
        braces = ['[' + label + '] {', '}'];
        kind = 'iterator';
    } else {
        keys = getKeys(value, ctx.showHidden);
        if (typeof value === 'function') {
            base = entries.getFunctionBase(value, constructor, tag);
            if (keys.length === 0 && noEntries) {
                return ctx.stylize(base, 'special');
            }
        } else if (constructor === 'Object') {
            if (types.isArgumentsObject(value)) {
                braces[0] = '[Arguments] {';
            } else if (tag !== '') {
                braces[0] = getPrefix(constructor, tag, 'Object') + '{';
            }
            if (keys.length === 0 && noEntries) {
                return braces[0] + '}';
            }
        } else if (types.isRegExp(value)) {
            base = RegExp.prototype.toString.call(constructor !== null ?
                value : new RegExp(value));
            prefix = getPrefix(constructor, tag, 'RegExp');
            if (prefix !== 'RegExp ') {
                base = prefix + base;
            }
            if ((keys.length === 0 && noEntries) ||
                    (recurseTimes > ctx.depth && ctx.depth !== null)) {
                return ctx.stylize(base, 'regexp');
            }
        } else if (types.isDate(value)) {
            var time = Date.prototype.getTime.call(value);
            base = time !== time ? Date.prototype.toString.call(value) :
                Date.prototype.toISOString.call(value);
            prefix = getPrefix(constructor, tag, 'Date');
            if (prefix !== 'Date ') {
                base = prefix + base;
            }
            if (keys.length === 0 && noEntries) {
                return ctx.stylize(base, 'date');
            }
        } else if (isError(value)) {
            base = formatError(value, constructor, tag, ctx, keys);
            if (keys.length === 0 && noEntries) {
                return base;
            }
        } else if (types.isAnyArrayBuffer(value)) {
            prefix = getPrefix(constructor, tag, types.isArrayBuffer(value) ?
                'ArrayBuffer' : 'SharedArrayBuffer');
            if (typedArray === undefined) {
                kind = 'arrayBuffer';
            } else if (keys.length === 0 && noEntries) {
                return prefix + '{ byteLength: ' +
                    formatNumber(ctx.stylize, value.byteLength, false) + ' }';
            }
            braces[0] = prefix + '{';
            keys.unshift('byteLength');
        } else if (types.isDataView(value)) {
            braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
            keys.unshift('byteLength', 'byteOffset', 'buffer');
        } else if (types.isPromise(value)) {
            braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
            kind = 'promise';
        } else if (types.isWeakSet(value) || types.isWeakMap(value)) {
            braces[0] = getPrefix(constructor, tag, types.isWeakSet(value) ?
                'WeakSet' : 'WeakMap') + '{';
            kind = 'weak';
        } else if (types.isBoxedPrimitive(value)) {
            base = entries.getBoxedBase(value, ctx, keys, constructor, tag);
            if (keys.length === 0 && noEntries) {
                return base;
            }
        } else {
            if (keys.length === 0 && noEntries) {
                return getCtxStyle(value, constructor, tag) + '{}';
            }
            braces[0] = getCtxStyle(value, constructor, tag) + '{';
        }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
        var name = getCtxStyle(value, constructor, tag).slice(0, -1);
        if (constructor !== null) {
            name = '[' + name + ']';
        }
        return ctx.stylize(name, 'special');
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    var output = formatEntries(kind, ctx, value, recurseTimes, braces);
    for (var i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i],
            extrasType));
    }
    if (protoProps !== undefined) {
        output = output.concat(protoProps);
    }
    if (ctx.circular !== undefined && ctx.circular.indexOf(value) >= 0) {
        var reference = ctx.stylize('<ref *' + circularIndex(ctx, value) +
            '>', 'special');
        if (ctx.compact !== true) {
            base = base === '' ? reference : reference + ' ' + base;
        } else {
            braces[0] = reference + ' ' + braces[0];
        }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
        var comparator = ctx.sorted === true ? undefined : ctx.sorted;
        if (extrasType === kObjectType) {
            output.sort(comparator);
        } else if (keys.length > 1) {
            var tail = output.slice(output.length - keys.length)
                .sort(comparator);
            output = output.slice(0, output.length - keys.length)
                .concat(tail);
        }
    }

    var res = reduceToSingleString(ctx, output, base, braces, extrasType,
        recurseTimes, value);
    // Past about 128 MiB of output, stop descending: the result would be
    // too large to be of use.
    var budget = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
    ctx.budget[ctx.indentationLvl] = budget;
    if (budget > 134217728) {
        ctx.depth = -1;
    }
    return res;
}

function formatEntries(kind, ctx, value, recurseTimes, braces) {
    switch (kind) {
    case 'array':
        return entries.formatArray(ctx, value, recurseTimes);
    case 'set':
        return entries.formatSet(ctx, value, recurseTimes);
    case 'map':
        return entries.formatMap(ctx, value, recurseTimes);
    case 'typedArray':
        return entries.formatTypedArray(ctx, value, recurseTimes);
    case 'iterator':
        return entries.formatIterator(ctx, value, recurseTimes, braces);
    case 'arrayBuffer':
        return entries.formatArrayBuffer(ctx, value);
    case 'promise':
        return entries.formatPromise(ctx, value, recurseTimes);
    case 'weak':
        return [ctx.stylize('<items unknown>', 'special')];
    default:
        return [];
    }
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
    var name;
    var str;
    var extra = ' ';
    if (original === undefined) {
        original = value;
    }
    desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
        { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
        var diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
        ctx.indentationLvl += diff;
        str = formatValue(ctx, desc.value, recurseTimes);
        if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
            extra = '\n' + repeat(' ', ctx.indentationLvl);
        }
        ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
        str = formatGetter(ctx, desc, original, recurseTimes);
    } else if (desc.set !== undefined) {
        str = ctx.stylize('[Setter]', 'special');
    } else {
        str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) {
        return str;
    }
    if (typeof key === 'symbol') {
        name = '[' + ctx.stylize(escapeKey(String(key)), 'symbol') + ']';
    } else if (key === '__proto__') {
        name = '[\'__proto__\']';
    } else if (desc.enumerable === false) {
        name = '[' + escapeKey(String(key)) + ']';
    } else if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) {
        name = ctx.stylize(String(key), 'name');
    } else {
        name = ctx.stylize(strEscape(String(key)), 'string');
    }
    return name + ':' + extra + str;
}

// [Getter], [Setter], [Getter/Setter], or with the `getters` option the
// value the getter returns.
function formatGetter(ctx, desc, original, recurseTimes) {
    var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    var s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true ||
            (ctx.getters === 'get' && desc.set === undefined) ||
            (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
            var tmp = desc.get.call(original);
            ctx.indentationLvl += 2;
            var str;
            if (tmp === null) {
                str = s('[' + label + ':', 'special') + ' ' +
                    s('null', 'null') + s(']', 'special');
            } else if (typeof tmp === 'object') {
                str = s('[' + label + ']', 'special') + ' ' +
                    formatValue(ctx, tmp, recurseTimes);
            } else {
                str = s('[' + label + ':', 'special') + ' ' +
                    formatPrimitive(s, tmp, ctx) + s(']', 'special');
            }
            ctx.indentationLvl -= 2;
            return str;
        } catch (err) {
            return s('[' + label + ':', 'special') + ' <Inspection threw (' +
                err.message + ')>' + s(']', 'special');
        }
    }
    return s('[' + label + ']', 'special');
}

module.exports = {
    inspect: inspect,
    defaultOptions: defaultOptions,
    customInspectSymbol: customInspectSymbol,
    isBuiltinName: isBuiltinName,
    formatNumber: formatNumber,
    stripVTControlCharacters: prim.stripVTControlCharacters,
    getStringWidth: getStringWidth
};
