// qs (6.x) under nodule: nested parse and stringify, arrays, options.
'use strict';
var assert = require('assert');
var qs = require('qs');

function j(v) {
    return JSON.stringify(v);
}

console.log('parse-nested', j(qs.parse('a[b][c]=d&a[b][e]=f&x=1')));
console.log('parse-arrays', j(qs.parse('a[]=b&a[]=c&d[1]=y&d[0]=x&e[0][f]=g')));
console.log('parse-sparse', j(qs.parse('a[1]=b&a[15]=c')), j(qs.parse('a[100]=b')));
console.log('parse-dots', j(qs.parse('a.b.c=1&a.d=2', { allowDots: true })));
console.log('parse-depth', j(qs.parse('a[b][c][d][e][f][g][h]=i', { depth: 2 })));
console.log('parse-encoded', j(qs.parse('name=J%C3%BCrgen+Doe&sym=%26%3D%2B&pct=100%25')));
console.log('parse-misc', j(qs.parse('?a=1&b&c=', { ignoreQueryPrefix: true })),
    j(qs.parse('a=1;b=2', { delimiter: /[;,]/ })),
    j(qs.parse('a=b&c', { strictNullHandling: true })),
    j(qs.parse('a=1&a=2')), j(qs.parse('a=x,y', { comma: true })));
console.log('parse-limit', j(qs.parse('a=1&b=2&c=3', { parameterLimit: 2 })));
console.log('parse-charset', j(qs.parse('utf8=%E2%9C%93&a=%F8', { charsetSentinel: true })),
    j(qs.parse('a=%A7', { charset: 'iso-8859-1' })));
var protoSafe = qs.parse('__proto__[polluted]=1&a[__proto__][b]=2');
assert.strictEqual(({}).polluted, undefined);
console.log('parse-proto', j(protoSafe), j(qs.parse('a[hasOwnProperty]=b')));
assert.deepStrictEqual(qs.parse('a[b]=c', { plainObjects: true }).a, (function () {
    var o = Object.create(null);
    o.b = 'c';
    return o;
}()));

var obj = { a: { b: { c: 'd' } }, list: ['x', 'y'], n: 3, t: true, u: undefined, z: null,
    when: new Date(Date.UTC(2021, 0, 2, 3, 4, 5)), text: 'a b&c=d/é' };
console.log('stringify', qs.stringify(obj));
console.log('stringify-plain', qs.stringify(obj, { encode: false }));
['indices', 'brackets', 'repeat', 'comma'].forEach(function (format) {
    console.log('arrayFormat', format,
        qs.stringify({ a: ['b', 'c'] }, { arrayFormat: format }));
});
console.log('stringify-opts', qs.stringify({ a: { b: 1 } }, { allowDots: true }),
    qs.stringify({ a: 1, b: 2 }, { addQueryPrefix: true }),
    qs.stringify({ c: 3, a: 1, b: 2 }, { sort: function (x, y) { return x < y ? -1 : 1; } }),
    qs.stringify({ a: 'b c' }, { format: 'RFC1738' }),
    qs.stringify({ a: null, b: '' }, { strictNullHandling: true }),
    qs.stringify({ a: 1, b: 2 }, { filter: ['a'] }),
    qs.stringify({ d: new Date(0) }, { serializeDate: function (d) { return d.getTime(); } }),
    qs.stringify({ a: 'ä' }, { charset: 'iso-8859-1' }),
    qs.stringify({ a: 1 }, { charsetSentinel: true }),
    qs.stringify({ a: [] }), qs.stringify({ a: {} }));
var roundTrip = { user: { name: 'Ann', roles: ['admin', 'dev'], address: { zip: '123' } } };
assert.deepStrictEqual(qs.parse(qs.stringify(roundTrip)), roundTrip);
var cyclic = { a: {} };
cyclic.a.self = cyclic;
assert.throws(function () {
    qs.stringify(cyclic);
}, RangeError);
console.log('formats', Object.keys(qs.formats).join(','), qs.formats['default']);
console.log('done');
