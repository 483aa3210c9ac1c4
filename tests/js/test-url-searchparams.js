/*
 * url: URLSearchParams — construction from strings, records and pairs,
 * every method, iteration, sorting, serialization, and the link with a
 * URL's query. Expected values are Node 20's.
 */
'use strict';

var assert = require('assert');
var url = require('url');
var URL = url.URL;
var URLSearchParams = url.URLSearchParams;

assert.strictEqual(typeof URLSearchParams, 'function');
assert.strictEqual(URLSearchParams, url.URLSearchParams);

function pairs(params) {
    var out = [];
    params.forEach(function (value, name) {
        out.push([name, value]);
    });
    return out;
}

// From a string: a leading '?' is dropped, '+' is a space, escapes are
// UTF-8, bad UTF-8 becomes U+FFFD, empty pieces vanish.
var p = new URLSearchParams('?a=1&b=x+y&&c&=d&e=%E2%82%AC&f=%zz&g=%C3&a=2');
assert.deepStrictEqual(pairs(p), [['a', '1'], ['b', 'x y'], ['c', ''],
    ['', 'd'], ['e', '\u20ac'], ['f', '%zz'], ['g', '\ufffd'], ['a', '2']]);
assert.strictEqual(p.size, 8);
assert.strictEqual(p.toString(),
    'a=1&b=x+y&c=&=d&e=%E2%82%AC&f=%25zz&g=%EF%BF%BD&a=2');
assert.strictEqual(new URLSearchParams('??x=1').get('?x'), '1');
assert.strictEqual(new URLSearchParams('a=b=c').get('a'), 'b=c');

// From a record: own enumerable keys, values made strings.
p = new URLSearchParams({ a: 1, b: [1, 2], c: null, d: undefined });
assert.strictEqual(p.toString(), 'a=1&b=1%2C2&c=null&d=undefined');
// From pairs, from another URLSearchParams (a copy).
p = new URLSearchParams([['x', 1], ['y', 'z'], ['x', 3]]);
assert.deepStrictEqual(p.getAll('x'), ['1', '3']);
var q = new URLSearchParams(p);
q.append('w', 'v');
assert.strictEqual(p.has('w'), false);
assert.strictEqual(q.toString(), 'x=1&y=z&x=3&w=v');
// null, undefined, and other primitives.
assert.strictEqual(new URLSearchParams().toString(), '');
assert.strictEqual(new URLSearchParams(null).toString(), '');
assert.strictEqual(new URLSearchParams(12).toString(), '12=');
// Lone surrogates become U+FFFD.
assert.strictEqual(new URLSearchParams({ '\ud800': '\udc00x' }).toString(),
    '%EF%BF%BD=%EF%BF%BDx');

function throwsCode(fn, code, message) {
    assert.throws(fn, function (err) {
        assert.ok(err instanceof TypeError, String(err));
        assert.strictEqual(err.code, code);
        if (message !== undefined) {
            assert.strictEqual(err.message, message);
        }
        return true;
    });
}

throwsCode(function () {
    return new URLSearchParams([['a']]);
}, 'ERR_INVALID_TUPLE',
'Each query pair must be an iterable [name, value] tuple');
throwsCode(function () {
    return new URLSearchParams([['a', 'b', 'c']]);
}, 'ERR_INVALID_TUPLE');
throwsCode(function () {
    return new URLSearchParams([1]);
}, 'ERR_INVALID_TUPLE');
throwsCode(function () {
    p.append('a');
}, 'ERR_MISSING_ARGS', 'The "name" and "value" arguments must be specified');
throwsCode(function () {
    p.set('a');
}, 'ERR_MISSING_ARGS', 'The "name" and "value" arguments must be specified');
['get', 'getAll', 'has', 'delete'].forEach(function (m) {
    throwsCode(function () {
        p[m]();
    }, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
});
throwsCode(function () {
    URLSearchParams.prototype.get.call({}, 'a');
}, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParams');
throwsCode(function () {
    p.forEach(1);
}, 'ERR_INVALID_ARG_TYPE');

// Methods.
p = new URLSearchParams('a=1&b=2&a=3&c=4');
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('zz'), []);
assert.strictEqual(p.has('b'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '4'), false);
p.set('a', 'x');
assert.strictEqual(p.toString(), 'a=x&b=2&c=4');
p.set('new', 'n');
assert.strictEqual(p.toString(), 'a=x&b=2&c=4&new=n');
p.append('b', '5');
p['delete']('b', '2');
assert.strictEqual(p.toString(), 'a=x&c=4&new=n&b=5');
p['delete']('b');
assert.strictEqual(p.toString(), 'a=x&c=4&new=n');
assert.strictEqual(p.size, 3);

// sort() is stable and orders by UTF-16 code units.
p = new URLSearchParams('z=1&a=2&\ufb03=3&\ud83c\udf08=4&a=1&A=0');
p.sort();
assert.strictEqual(p.toString(), 'A=0&a=2&a=1&z=1&%F0%9F%8C%88=4&%EF%AC%83=3');

// Serialization escapes everything but * - . _ and alphanumerics.
p = new URLSearchParams();
p.append(' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '\u00e9\ud83d\ude00');
assert.strictEqual(p.toString(), '+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F' +
    '%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D%7E=%C3%A9%F0%9F%98%80');

// Iterators: next() objects that see later changes.
p = new URLSearchParams('a=1&b=2');
var it = p.entries();
assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
p.append('c', '3');
assert.deepStrictEqual(it.next(), { value: ['b', '2'], done: false });
assert.deepStrictEqual(it.next(), { value: ['c', '3'], done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
var keys = p.keys();
assert.strictEqual(keys.next().value, 'a');
var values = p.values();
assert.strictEqual(values.next().value, '1');
if (typeof Symbol === 'function' && typeof Symbol.iterator === 'symbol') {
    assert.strictEqual(typeof p[Symbol.iterator], 'function');
    assert.strictEqual(keys[Symbol.iterator](), keys);
}
assert.strictEqual(Object.prototype.toString.call(p),
    '[object URLSearchParams]');
assert.strictEqual(Object.prototype.toString.call(keys),
    '[object URLSearchParams Iterator]');

// forEach passes (value, name, params) and thisArg.
var self = {};
var seen = [];
p.forEach(function (value, name, params) {
    assert.strictEqual(this, self);
    assert.strictEqual(params, p);
    seen.push(name + value);
}, self);
assert.deepStrictEqual(seen, ['a1', 'b2', 'c3']);

// Linked to a URL: changes flow both ways.
var u = new URL('http://h/p?x=1&y=2#f');
var sp = u.searchParams;
assert.strictEqual(u.searchParams, sp);
sp.append('z', 'a b');
assert.strictEqual(u.href, 'http://h/p?x=1&y=2&z=a+b#f');
sp['delete']('x');
sp['delete']('y');
sp['delete']('z');
assert.strictEqual(u.href, 'http://h/p#f');
assert.strictEqual(u.search, '');
u.search = '?k=v';
assert.strictEqual(sp.get('k'), 'v');
u.href = 'http://other/?q=9';
assert.strictEqual(sp.get('q'), '9');
sp.set('q', '10');
assert.strictEqual(u.href, 'http://other/?q=10');
u.search = '';
assert.strictEqual(sp.size, 0);
