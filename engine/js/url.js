/*
 * internal/url: the WHATWG `URL` and `URLSearchParams` classes.
 *
 * A URL object holds one URL record (see internal/url_parser) under a
 * symbol key, and every getter reads it and every setter re-runs the
 * parser on it, so the record is the only state. A URLSearchParams keeps
 * its own list of name/value pairs ([n0, v0, n1, v1, ...]); one that
 * belongs to a URL (url.searchParams) writes its serialization back into
 * the URL's query after each change, and the URL's search setter refills
 * the list.
 *
 * Iterators (keys, values, entries) are plain objects with next(); they
 * also answer [Symbol.iterator] when the engine has that symbol, and they
 * see changes made to the list while iterating, as the standard says.
 *
 * Not supported: URL.createObjectURL / revokeObjectURL (nodule has no
 * Blob); both throw ERR_NOT_SUPPORTED.
 */
'use strict';

var errors = require('internal/errors');
var codes = errors.codes;
var parser = require('internal/url_parser');
var hosts = require('internal/url_host');

var kContext = Symbol('context');
var kList = Symbol('query');
var kOwner = Symbol('url');
var kParams = Symbol('searchParams');
var inspectCustom = Symbol.for('nodejs.util.inspect.custom');
var hasIterator = typeof Symbol.iterator === 'symbol';

function lazyInspect() {
    return require('internal/inspect').inspect;
}

// Replace lone surrogates with U+FFFD, as WebIDL's USVString does.
function toUSV(value) {
    var s = '' + value;
    if (!/[\uD800-\uDFFF]/.test(s)) {
        return s;
    }
    return s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g,
        function (m) {
            return m.length === 2 ? m : '\uFFFD';
        });
}

// Node's ERR_INVALID_URL prints as plain "TypeError: Invalid URL".
function invalidURL(input, base) {
    var err = new TypeError('Invalid URL');
    err.code = 'ERR_INVALID_URL';
    err.input = input;
    if (base !== undefined) {
        err.base = base;
    }
    return err;
}

function invalidThis(type) {
    return errors.makeError(TypeError, 'ERR_INVALID_THIS',
        'Value of "this" must be of type ' + type);
}

function missingArgs() {
    return codes.ERR_MISSING_ARGS.apply(null, arguments);
}

function context(self) {
    var ctx = self !== null && typeof self === 'object' ?
        self[kContext] : undefined;
    if (ctx === undefined) {
        throw new TypeError('Receiver must be an instance of class URL');
    }
    return ctx;
}

function hidden(obj, key, value) {
    Object.defineProperty(obj, key, {
        value: value, enumerable: false, writable: true, configurable: true
    });
}

// ---------------------------------------------------------------------
// application/x-www-form-urlencoded

function parseParams(query) {
    var list = [];
    var pairs = query.split('&');
    var i;
    for (i = 0; i < pairs.length; i++) {
        var pair = pairs[i];
        if (pair === '') {
            continue;
        }
        var eq = pair.indexOf('=');
        var name = eq >= 0 ? pair.slice(0, eq) : pair;
        var value = eq >= 0 ? pair.slice(eq + 1) : '';
        list.push(formDecode(name), formDecode(value));
    }
    return list;
}

function formDecode(s) {
    if (s.indexOf('+') >= 0) {
        s = s.replace(/\+/g, ' ');
    }
    return hosts.percentDecode(s);
}

// Bytes stay as they are only for * - . _ 0-9 A-Z a-z; space is '+'.
function formEncode(s) {
    var out = '';
    var i;
    for (i = 0; i < s.length; i++) {
        var c = s.charCodeAt(i);
        if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) ||
                (c >= 0x61 && c <= 0x7A) || c === 0x2A || c === 0x2D ||
                c === 0x2E || c === 0x5F) {
            out += s.charAt(i);
        } else if (c === 0x20) {
            out += '+';
        } else if (c < 0x80) {
            out += '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
        } else {
            var pair = s.charAt(i);
            if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
                pair += s.charAt(++i);
            }
            out += hosts.encode(pair, hosts.inC0);
        }
    }
    return out;
}

function serializeParams(list) {
    var out = [];
    var i;
    for (i = 0; i < list.length; i += 2) {
        out.push(formEncode(list[i]) + '=' + formEncode(list[i + 1]));
    }
    return out.join('&');
}

// ---------------------------------------------------------------------
// URLSearchParams

function iterableItems(obj) {
    if (Array.isArray(obj)) {
        return obj;
    }
    var method = hasIterator ? obj[Symbol.iterator] : undefined;
    if (typeof method !== 'function') {
        return null;
    }
    var it = method.call(obj);
    var items = [];
    for (;;) {
        var step = it.next();
        if (step.done) {
            return items;
        }
        items.push(step.value);
    }
}

function invalidTuple() {
    return errors.makeError(TypeError, 'ERR_INVALID_TUPLE',
        'Each query pair must be an iterable [name, value] tuple');
}

function URLSearchParams(init) {
    if (!(this instanceof URLSearchParams)) {
        throw new TypeError('Class constructor URLSearchParams cannot be ' +
            'invoked without \'new\'');
    }
    var list = [];
    hidden(this, kList, list);
    hidden(this, kOwner, null);
    if (init === undefined || init === null) {
        return;
    }
    if (typeof init !== 'object' && typeof init !== 'function') {
        var text = toUSV(init);
        if (text.charAt(0) === '?') {
            text = text.slice(1);
        }
        this[kList] = parseParams(text);
        return;
    }
    if (init[kList] !== undefined) {
        this[kList] = init[kList].slice();
        return;
    }
    if (hasIterator && init[Symbol.iterator] != null &&
            typeof init[Symbol.iterator] !== 'function') {
        throw errors.makeError(TypeError, 'ERR_ARG_NOT_ITERABLE',
            'Query pairs must be iterable');
    }
    var pairs = iterableItems(init);
    var i;
    if (pairs !== null) {
        for (i = 0; i < pairs.length; i++) {
            var pair = pairs[i];
            if (pair === null || pair === undefined ||
                    (typeof pair !== 'object' && typeof pair !== 'function')) {
                throw invalidTuple();
            }
            var items = iterableItems(pair);
            if (items === null || items.length !== 2) {
                throw invalidTuple();
            }
            list.push(toUSV(items[0]), toUSV(items[1]));
        }
        return;
    }
    // A record: own enumerable string keys; a repeated key (after
    // surrogate clean-up) keeps its first place and its last value.
    var keys = Object.keys(init);
    var seen = {};
    for (i = 0; i < keys.length; i++) {
        var key = toUSV(keys[i]);
        var value = toUSV(init[keys[i]]);
        if (Object.prototype.hasOwnProperty.call(seen, key)) {
            list[seen[key]] = value;
        } else {
            seen[key] = list.length + 1;
            list.push(key, value);
        }
    }
}

function paramsList(self) {
    var list = self !== null && typeof self === 'object' ?
        self[kList] : undefined;
    if (list === undefined) {
        throw invalidThis('URLSearchParams');
    }
    return list;
}

// After a change, an attached URL's query follows the list.
function updateOwner(params) {
    var owner = params[kOwner];
    if (owner === null) {
        return;
    }
    var text = serializeParams(params[kList]);
    owner.query = text === '' ? null : text;
}

var SP = URLSearchParams.prototype;

Object.defineProperty(SP, 'size', {
    get: function () {
        return paramsList(this).length / 2;
    },
    enumerable: true,
    configurable: true
});

SP.append = function append(name, value) {
    var list = paramsList(this);
    if (arguments.length < 2) {
        throw missingArgs('name', 'value');
    }
    list.push(toUSV(name), toUSV(value));
    updateOwner(this);
};

SP['delete'] = function (name, value) {
    var list = paramsList(this);
    if (arguments.length < 1) {
        throw missingArgs('name');
    }
    name = toUSV(name);
    var byValue = value !== undefined;
    if (byValue) {
        value = toUSV(value);
    }
    var i = 0;
    while (i < list.length) {
        if (list[i] === name && (!byValue || list[i + 1] === value)) {
            list.splice(i, 2);
        } else {
            i += 2;
        }
    }
    updateOwner(this);
};

SP.get = function get(name) {
    var list = paramsList(this);
    if (arguments.length < 1) {
        throw missingArgs('name');
    }
    name = toUSV(name);
    var i;
    for (i = 0; i < list.length; i += 2) {
        if (list[i] === name) {
            return list[i + 1];
        }
    }
    return null;
};

SP.getAll = function getAll(name) {
    var list = paramsList(this);
    if (arguments.length < 1) {
        throw missingArgs('name');
    }
    name = toUSV(name);
    var out = [];
    var i;
    for (i = 0; i < list.length; i += 2) {
        if (list[i] === name) {
            out.push(list[i + 1]);
        }
    }
    return out;
};

SP.has = function has(name, value) {
    var list = paramsList(this);
    if (arguments.length < 1) {
        throw missingArgs('name');
    }
    name = toUSV(name);
    var byValue = value !== undefined;
    if (byValue) {
        value = toUSV(value);
    }
    var i;
    for (i = 0; i < list.length; i += 2) {
        if (list[i] === name && (!byValue || list[i + 1] === value)) {
            return true;
        }
    }
    return false;
};

// The first pair with this name gets the value; later ones go.
SP.set = function set(name, value) {
    var list = paramsList(this);
    if (arguments.length < 2) {
        throw missingArgs('name', 'value');
    }
    name = toUSV(name);
    value = toUSV(value);
    var found = false;
    var i = 0;
    while (i < list.length) {
        if (list[i] !== name) {
            i += 2;
        } else if (!found) {
            list[i + 1] = value;
            found = true;
            i += 2;
        } else {
            list.splice(i, 2);
        }
    }
    if (!found) {
        list.push(name, value);
    }
    updateOwner(this);
};

// Stable sort by name in UTF-16 code unit order (insertion sort on the
// pairs keeps it stable without relying on the engine's sort).
SP.sort = function sort() {
    var list = paramsList(this);
    var pairs = [];
    var i;
    for (i = 0; i < list.length; i += 2) {
        pairs.push([list[i], list[i + 1]]);
    }
    for (i = 1; i < pairs.length; i++) {
        var cur = pairs[i];
        var j = i - 1;
        while (j >= 0 && pairs[j][0] > cur[0]) {
            pairs[j + 1] = pairs[j];
            j--;
        }
        pairs[j + 1] = cur;
    }
    for (i = 0; i < pairs.length; i++) {
        list[2 * i] = pairs[i][0];
        list[2 * i + 1] = pairs[i][1];
    }
    updateOwner(this);
};

function ParamsIterator(params, kind) {
    hidden(this, '_params', params);
    hidden(this, '_kind', kind);
    hidden(this, '_index', 0);
}

ParamsIterator.prototype.next = function next() {
    var list = this._params[kList];
    if (this._index >= list.length) {
        return { value: undefined, done: true };
    }
    var i = this._index;
    this._index += 2;
    var value = this._kind === 'keys' ? list[i] :
        this._kind === 'values' ? list[i + 1] : [list[i], list[i + 1]];
    return { value: value, done: false };
};

if (hasIterator) {
    ParamsIterator.prototype[Symbol.iterator] = function () {
        return this;
    };
}
if (typeof Symbol.toStringTag === 'symbol') {
    Object.defineProperty(ParamsIterator.prototype, Symbol.toStringTag, {
        value: 'URLSearchParams Iterator', configurable: true
    });
    Object.defineProperty(SP, Symbol.toStringTag, {
        value: 'URLSearchParams', configurable: true
    });
}

SP.entries = function entries() {
    paramsList(this);
    return new ParamsIterator(this, 'entries');
};

SP.forEach = function forEach(callback, thisArg) {
    var list = paramsList(this);
    errors.validateFunction(callback, 'callback');
    var i;
    for (i = 0; i < list.length; i += 2) {
        callback.call(thisArg, list[i + 1], list[i], this);
    }
};

SP.keys = function keys() {
    paramsList(this);
    return new ParamsIterator(this, 'keys');
};

SP.values = function values() {
    paramsList(this);
    return new ParamsIterator(this, 'values');
};

SP.toString = function toString() {
    return serializeParams(paramsList(this));
};

if (hasIterator) {
    Object.defineProperty(SP, Symbol.iterator, {
        value: SP.entries, writable: true, configurable: true
    });
}

Object.defineProperty(SP, inspectCustom, {
    value: function (depth, options, inspect) {
        var list = paramsList(this);
        inspect = typeof inspect === 'function' ? inspect : lazyInspect();
        var parts = [];
        var i;
        for (i = 0; i < list.length; i += 2) {
            parts.push(inspect(list[i], options) + ' => ' +
                inspect(list[i + 1], options));
        }
        if (parts.length === 0) {
            return 'URLSearchParams {}';
        }
        var oneLine = 'URLSearchParams { ' + parts.join(', ') + ' }';
        return oneLine.length > 80 ?
            'URLSearchParams {\n  ' + parts.join(',\n  ') + ' }' : oneLine;
    },
    writable: true,
    configurable: true
});

// ---------------------------------------------------------------------
// URL

function URL(input, base) {
    if (!(this instanceof URL)) {
        throw new TypeError('Class constructor URL cannot be invoked ' +
            'without \'new\'');
    }
    if (arguments.length === 0) {
        throw missingArgs('url');
    }
    input = toUSV(input);
    var baseRecord = null;
    if (base !== undefined) {
        base = toUSV(base);
        baseRecord = parser.parse(base, null);
        if (baseRecord === null) {
            throw invalidURL(input, base);
        }
    }
    var record = parser.parse(input, baseRecord);
    if (record === null) {
        throw invalidURL(input, base);
    }
    hidden(this, kContext, record);
    hidden(this, kParams, null);
}

URL.parse = function parse(input, base) {
    if (arguments.length === 0) {
        throw missingArgs('url');
    }
    try {
        return base === undefined ? new URL(input) : new URL(input, base);
    } catch (e) {
        return null;
    }
};

URL.canParse = function canParse(input, base) {
    if (arguments.length === 0) {
        throw missingArgs('url');
    }
    var baseRecord = null;
    if (base !== undefined) {
        baseRecord = parser.parse(toUSV(base), null);
        if (baseRecord === null) {
            return false;
        }
    }
    return parser.parse(toUSV(input), baseRecord) !== null;
};

URL.createObjectURL = function createObjectURL() {
    throw codes.ERR_NOT_SUPPORTED('URL.createObjectURL (Blob)');
};

URL.revokeObjectURL = function revokeObjectURL() {
    throw codes.ERR_NOT_SUPPORTED('URL.revokeObjectURL (Blob)');
};

var UP = URL.prototype;

function accessor(name, get, set) {
    Object.defineProperty(UP, name, {
        get: get, set: set, enumerable: true, configurable: true
    });
}

UP.toString = function toString() {
    return parser.serialize(context(this), false);
};

// Refill an attached searchParams from the URL's query.
function refreshParams(self) {
    var params = self[kParams];
    if (params) {
        var query = self[kContext].query;
        params[kList] = query ? parseParams(query) : [];
    }
}

accessor('href', function () {
    return parser.serialize(context(this), false);
}, function (value) {
    context(this);
    value = toUSV(value);
    var record = parser.parse(value, null);
    if (record === null) {
        throw invalidURL(value);
    }
    this[kContext] = record;
    if (this[kParams]) {
        this[kParams][kOwner] = record;
    }
    refreshParams(this);
});

function origin(record) {
    switch (record.scheme) {
    case 'blob':
        if (record.opaque || record.path.length > 0) {
            var inner = parser.parse(parser.pathString(record), null);
            if (inner && (inner.scheme === 'http' ||
                    inner.scheme === 'https')) {
                return origin(inner);
            }
        }
        return 'null';
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
        return record.scheme + '://' + record.host +
            (record.port === null ? '' : ':' + record.port);
    default:
        return 'null';
    }
}

accessor('origin', function () {
    return origin(context(this));
});

accessor('protocol', function () {
    return context(this).scheme + ':';
}, function (value) {
    parser.setter(context(this), toUSV(value) + ':', 'scheme start');
});

// Only a URL with a non-empty host and a scheme other than file may carry
// credentials or a port.
function cannotHaveCredentials(record) {
    return record.host === null || record.host === '' ||
        record.scheme === 'file';
}

accessor('username', function () {
    return context(this).username;
}, function (value) {
    var record = context(this);
    if (!cannotHaveCredentials(record)) {
        record.username = hosts.encode(toUSV(value), hosts.inUserinfo);
    }
});

accessor('password', function () {
    return context(this).password;
}, function (value) {
    var record = context(this);
    if (!cannotHaveCredentials(record)) {
        record.password = hosts.encode(toUSV(value), hosts.inUserinfo);
    }
});

accessor('host', function () {
    var record = context(this);
    if (record.host === null) {
        return '';
    }
    return record.port === null ? record.host :
        record.host + ':' + record.port;
}, function (value) {
    var record = context(this);
    if (!record.opaque) {
        parser.setter(record, toUSV(value), 'host');
    }
});

accessor('hostname', function () {
    var record = context(this);
    return record.host === null ? '' : record.host;
}, function (value) {
    var record = context(this);
    if (!record.opaque) {
        parser.setter(record, toUSV(value), 'hostname');
    }
});

accessor('port', function () {
    var record = context(this);
    return record.port === null ? '' : String(record.port);
}, function (value) {
    var record = context(this);
    if (cannotHaveCredentials(record)) {
        return;
    }
    value = toUSV(value);
    if (value === '') {
        record.port = null;
    } else {
        parser.setter(record, value, 'port');
    }
});

accessor('pathname', function () {
    return parser.pathString(context(this));
}, function (value) {
    var record = context(this);
    if (record.opaque) {
        return;
    }
    record.path = [];
    parser.setter(record, toUSV(value), 'path start');
});

accessor('search', function () {
    var query = context(this).query;
    return query === null || query === '' ? '' : '?' + query;
}, function (value) {
    var record = context(this);
    value = toUSV(value);
    if (value === '') {
        record.query = null;
    } else {
        if (value.charAt(0) === '?') {
            value = value.slice(1);
        }
        record.query = '';
        parser.setter(record, value, 'query');
    }
    refreshParams(this);
});

accessor('searchParams', function () {
    var record = context(this);
    if (!this[kParams]) {
        var params = new URLSearchParams(record.query || '');
        params[kOwner] = record;
        this[kParams] = params;
    }
    return this[kParams];
});

accessor('hash', function () {
    var fragment = context(this).fragment;
    return fragment === null || fragment === '' ? '' : '#' + fragment;
}, function (value) {
    var record = context(this);
    value = toUSV(value);
    if (value === '') {
        record.fragment = null;
        return;
    }
    if (value.charAt(0) === '#') {
        value = value.slice(1);
    }
    record.fragment = '';
    parser.setter(record, value, 'fragment');
});

UP.toJSON = function toJSON() {
    return parser.serialize(context(this), false);
};

if (typeof Symbol.toStringTag === 'symbol') {
    Object.defineProperty(UP, Symbol.toStringTag, {
        value: 'URL', configurable: true
    });
}

var SHOWN = ['href', 'origin', 'protocol', 'username', 'password', 'host',
    'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash'];

Object.defineProperty(UP, inspectCustom, {
    value: function (depth, options, inspect) {
        context(this);
        inspect = typeof inspect === 'function' ? inspect : lazyInspect();
        // A stand-in whose constructor is named URL, so that inspect
        // prints "URL { href: ... }" like Node.
        var Shown = function URL() {};
        var obj = new Shown();
        var i;
        for (i = 0; i < SHOWN.length; i++) {
            obj[SHOWN[i]] = this[SHOWN[i]];
        }
        return inspect(obj, options);
    },
    writable: true,
    configurable: true
});

// ---------------------------------------------------------------------

function isURL(value) {
    return value !== null && typeof value === 'object' &&
        value[kContext] !== undefined;
}

function recordOf(url) {
    return context(url);
}

module.exports = {
    URL: URL,
    URLSearchParams: URLSearchParams,
    isURL: isURL,
    recordOf: recordOf,
    toUSV: toUSV,
    parseParams: parseParams,
    serializeParams: serializeParams
};
