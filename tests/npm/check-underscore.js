// underscore under nodule: templates, grouping, collection and function
// helpers, and its timers.
'use strict';
var assert = require('assert');
var _ = require('underscore');

console.log('version', _.VERSION);

var stooges = [
    { name: 'moe', age: 40, role: 'lead' },
    { name: 'larry', age: 50, role: 'support' },
    { name: 'curly', age: 60, role: 'support' }
];
console.log('groupBy', JSON.stringify(_.groupBy(stooges, 'role')));
console.log('groupBy-fn', JSON.stringify(_.groupBy([1.3, 2.1, 2.4], Math.floor)));
console.log('indexBy', Object.keys(_.indexBy(stooges, 'name')));
console.log('countBy', _.countBy([1, 2, 3, 4, 5], function (n) {
    return n % 2 === 0 ? 'even' : 'odd';
}));
console.log('pluck', _.pluck(stooges, 'name'), _.max(stooges, 'age').name,
    _.min([10, 5, 100]), _.sortBy(stooges, function (s) { return -s.age; })[0].name);
console.log('where', JSON.stringify(_.where(stooges, { role: 'support' })),
    _.findWhere(stooges, { age: 50 }).name);
console.log('chain', _.chain([1, 2, 3, 4, 5, 6]).filter(function (n) {
    return n % 2 === 0;
}).map(function (n) {
    return n * 10;
}).reduce(function (a, b) {
    return a + b;
}, 0).value());
console.log('arrays', _.flatten([1, [2, [3, [4]]]]), _.flatten([1, [2, [3]]], true),
    _.uniq([1, 2, 1, 4, 1, 3]), _.union([1, 2], [2, 3]), _.zip(['a'], [1]),
    _.object(['a', 'b'], [1, 2]), _.range(0, 30, 5), _.chunk([1, 2, 3], 2),
    _.without([1, 2, 1, 0], 0, 1), _.sortedIndex([10, 20, 30], 25));
console.log('objects', _.keys({ a: 1, b: 2 }), _.allKeys(Object.create({ inh: 1 })),
    _.invert({ a: 'x', b: 'y' }), _.pick({ a: 1, b: 2 }, 'a'),
    _.omit({ a: 1, b: 2 }, 'a'), _.defaults({ a: 1 }, { a: 2, b: 3 }),
    _.isEqual({ a: [1, 2, { b: new Date(0) }] }, { a: [1, 2, { b: new Date(0) }] }),
    _.isMatch({ a: 1, b: 2 }, { a: 1 }), _.property(['a', 'b'])({ a: { b: 7 } }));
console.log('types', _.isMap(new Map()), _.isSet(new Set()), _.isWeakMap(new WeakMap()),
    _.isSymbol(Symbol('x')), _.isTypedArray(new Int16Array(1)),
    _.isArrayBuffer(new ArrayBuffer(1)), _.isDataView(new DataView(new ArrayBuffer(1))),
    _.isArguments(arguments), _.isDate(new Date()), _.isRegExp(/x/), _.isError(new Error()),
    _.isFunction(function () {}), _.isNaN(NaN), _.isEmpty(new Map()), _.size({ a: 1, b: 2 }));
console.log('escape', _.escape('Curly, Larry & Moe <"\'`>'), _.unescape('&amp;&lt;'));

// Templates: interpolate, escape, evaluate, custom settings, variable.
var list = _.template('<% _.each(people, function(name) { %><li><%- name %></li><% }); %>');
console.log('template', list({ people: ['moe', '<curly>'] }));
console.log('template-interp', _.template('hello: <%= name %>')({ name: 'moe' }));
var mustache = _.template('Hello {{ name }}!', {
    interpolate: /\{\{(.+?)\}\}/g
});
console.log('template-custom', mustache({ name: 'Mustache' }));
var withVar = _.template('Using \'with\': <%= data.answer %>', { variable: 'data' });
console.log('template-variable', withVar({ answer: 'no' }));
console.log('template-print', _.template('<% print("Hello " + epithet); %>')({
    epithet: 'stooge'
}));
assert.ok(typeof list.source === 'string' && list.source.indexOf('function') >= 0);
assert.throws(function () {
    _.template('<%= nope %>')({});
}, ReferenceError);

// Functions.
var counted = 0;
var memo = _.memoize(function (n) {
    counted++;
    return n + 1;
});
memo(1);
memo(1);
assert.strictEqual(counted, 1);
var bound = _.bind(function (greeting) {
    return greeting + ': ' + this.name;
}, { name: 'moe' }, 'hi');
console.log('bind', bound(), _.partial(function (a, b) { return a / b; }, _, 2)(10),
    _.compose(function (s) { return s + '!'; }, function (s) { return s.toUpperCase(); })('hey'),
    _.negate(_.isNull)(null), _.times(3, _.identity), _.uniqueId('x'), _.uniqueId('x'));
var mixed = _.mixin({
    capitalize: function (s) {
        return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    }
});
assert.strictEqual(mixed, _);
console.log('mixin', _('fabio').capitalize(), _.chain('ab').capitalize().value());

// Timers: debounce, throttle, delay, defer, after.
var seen = [];
var deb = _.debounce(function (v) {
    seen.push('deb' + v);
}, 30);
deb(1);
deb(2);
var thr = _.throttle(function (v) {
    seen.push('thr' + v);
}, 50);
thr(1);
thr(2);
thr(3);
_.delay(function (v) {
    seen.push('delay' + v);
}, 10, 'x');
_.defer(function () {
    seen.push('defer');
});
var done = _.after(2, function () {
    seen.push('after');
});
done();
done();
setTimeout(function () {
    var order = seen.slice().sort();
    console.log('timers', order);
    assert.deepStrictEqual(order, ['after', 'deb2', 'defer', 'delayx', 'thr1', 'thr3']);
    console.log('done');
}, 200);
