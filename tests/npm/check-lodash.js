// lodash under nodule: chains, deep clone and merge, templates,
// collections, and debounce/throttle on real timers.
'use strict';
var assert = require('assert');
var _ = require('lodash');

console.log('version', _.VERSION);

// Chains, lazy and eager.
var people = [
    { name: 'ann', age: 36, team: 'red' },
    { name: 'bob', age: 24, team: 'blue' },
    { name: 'cid', age: 41, team: 'red' },
    { name: 'dee', age: 24, team: 'green' }
];
var names = _(people).filter(function (p) {
    return p.age > 30;
}).map('name').value();
assert.deepStrictEqual(names, ['ann', 'cid']);
var lazy = _.range(1, 1000).map(function (n) {
    return n * n;
}).filter(function (n) {
    return n % 3 === 0;
});
assert.deepStrictEqual(_(lazy).take(3).value(), [9, 36, 81]);
console.log('chain', _.chain(people).sortBy(['age', 'name']).map('name')
    .join('-').value());
console.log('groupBy', JSON.stringify(_.groupBy(people, 'team')));
console.log('countBy', _.countBy(people, 'age'));
console.log('keyBy', Object.keys(_.keyBy(people, 'name')));
console.log('partition', JSON.stringify(_.partition([1, 2, 3, 4, 5],
    function (n) { return n % 2; })));
console.log('zip', JSON.stringify(_.zip(['a', 'b'], [1, 2], [true, false])));
console.log('uniq', _.uniq([2, 1, 2, 3, 1]), _.uniqBy([2.1, 1.2, 2.3], Math.floor));
console.log('intersection', _.intersection([2, 1], [2, 3]), _.difference([2, 1], [2, 3]));
console.log('chunk', JSON.stringify(_.chunk(['a', 'b', 'c', 'd', 'e'], 2)));
console.log('flattenDeep', _.flattenDeep([1, [2, [3, [4]], 5]]));
console.log('orderBy', _.map(_.orderBy(people, ['age', 'name'], ['desc', 'asc']), 'name'));
console.log('sum', _.sum([4, 2, 8, 6]), _.meanBy(people, 'age'), _.maxBy(people, 'age').name);

// Deep clone and merge, including the types lodash recognises by tag.
var src = {
    n: 1,
    list: [1, { x: 2 }],
    when: new Date(Date.UTC(2020, 1, 29, 12, 0, 0)),
    re: /a+b/gi,
    map: new Map([['k', { v: 1 }]]),
    set: new Set([1, 2, 3]),
    typed: new Uint8Array([1, 2, 3]),
    nested: { deep: { deeper: [true, null] } }
};
var copy = _.cloneDeep(src);
assert.notStrictEqual(copy, src);
assert.notStrictEqual(copy.list[1], src.list[1]);
assert.notStrictEqual(copy.when, src.when);
assert.strictEqual(copy.when.getTime(), src.when.getTime());
assert.ok(copy.re instanceof RegExp);
assert.strictEqual(copy.re.source, 'a+b');
assert.strictEqual(copy.re.flags === undefined ? 'gi' : copy.re.flags, 'gi');
assert.ok(copy.map instanceof Map, 'cloned Map');
assert.notStrictEqual(copy.map, src.map);
assert.notStrictEqual(copy.map.get('k'), src.map.get('k'));
assert.deepStrictEqual(copy.map.get('k'), { v: 1 });
assert.ok(copy.set instanceof Set, 'cloned Set');
assert.strictEqual(copy.set.size, 3);
assert.ok(copy.typed instanceof Uint8Array, 'cloned Uint8Array');
assert.notStrictEqual(copy.typed, src.typed);
assert.deepStrictEqual(Array.prototype.slice.call(copy.typed), [1, 2, 3]);
assert.ok(_.isEqual(copy, src), 'clone isEqual');
copy.nested.deep.deeper[0] = false;
assert.ok(!_.isEqual(copy, src));
assert.strictEqual(src.nested.deep.deeper[0], true);
// Circular structures.
var circ = { name: 'c' };
circ.self = circ;
var circCopy = _.cloneDeep(circ);
assert.strictEqual(circCopy.self, circCopy);

var merged = _.merge({ a: [{ b: 2 }, { d: 4 }], o: { x: 1 } },
    { a: [{ c: 3 }, { e: 5 }], o: { y: 2 } });
console.log('merge', JSON.stringify(merged));
console.log('mergeWith', JSON.stringify(_.mergeWith({ a: [1] }, { a: [2] },
    function (objValue, srcValue) {
        if (_.isArray(objValue)) {
            return objValue.concat(srcValue);
        }
        return undefined;
    })));
console.log('defaultsDeep', JSON.stringify(_.defaultsDeep({ a: { b: 2 } },
    { a: { b: 1, c: 3 } })));
var obj = {};
_.set(obj, 'a[0].b.c', 4);
console.log('set/get', JSON.stringify(obj), _.get(obj, ['a', '0', 'b', 'c']),
    _.get(obj, 'a.1.b', 'dflt'), _.has(obj, 'a[0].b'));
console.log('pick/omit', JSON.stringify(_.pick({ a: 1, b: 2, c: 3 }, ['a', 'c'])),
    JSON.stringify(_.omit({ a: 1, b: 2, c: 3 }, ['a'])));
console.log('isEqual', _.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }),
    _.isEqual(new Map([[1, 2]]), new Map([[1, 3]])),
    _.isEqual(new Set(['a']), new Set(['a'])));
console.log('types', _.isPlainObject({}), _.isPlainObject(new Date()),
    _.isTypedArray(new Float64Array(2)), _.isArrayBuffer(new ArrayBuffer(2)),
    _.isMap(new Map()), _.isSet(new Set()), _.isWeakMap(new WeakMap()),
    _.isSymbol(Symbol('s')), _.isArguments(arguments), _.isError(new TypeError()),
    _.isNative(Array.prototype.push), _.isBuffer(new Uint8Array(1)));
console.log('toPairs', JSON.stringify(_.toPairs(new Map([['a', 1], ['b', 2]]))),
    JSON.stringify(_.toArray(new Set([1, 2]))), _.size(new Map([[1, 1]])));

// Strings and templates.
console.log('strings', _.camelCase('Foo Bar-baz'), _.kebabCase('fooBarBaz'),
    _.snakeCase('Foo Bar'), _.startCase('--foo-bar--'), _.capitalize('fRED'),
    _.padStart('7', 3, '0'), _.truncate('hi-diddly-ho there, neighborino', { length: 24 }),
    _.escape('<a href="x">&</a>'), _.unescape('&lt;b&gt;'), _.words('fred, barney, & pebbles'),
    _.deburr('déjà vu'), _.template('<%= a %>')({ a: 1 }));
var compiled = _.template(
    '<% _.forEach(users, function(user) { %><li><%- user %></li><% }); %>' +
    ' total ${ users.length } <%= title %>');
console.log('template', compiled({ users: ['fred', '<barney>'], title: 'T' }));
var custom = _.template('hello {{ name }}!', { interpolate: /{{([\s\S]+?)}}/g });
console.log('template-custom', custom({ name: 'mustache' }));
var withImports = _.template('<%= jq.each(x) %>', { imports: { jq: { each: function (v) {
    return v.join('+');
} } } });
console.log('template-imports', withImports({ x: [1, 2, 3] }));
assert.throws(function () {
    _.template('<%= missing %>')({});
}, ReferenceError);

// Functions.
var calls = 0;
var memo = _.memoize(function (n) {
    calls++;
    return n * 2;
});
memo(2);
memo(2);
memo(3);
assert.strictEqual(calls, 2);
assert.ok(memo.cache instanceof _.memoize.Cache);
var onceCalls = 0;
var once = _.once(function () {
    return ++onceCalls;
});
once();
once();
assert.strictEqual(onceCalls, 1);
console.log('curry', _.curry(function (a, b, c) { return a + b + c; })(1)(2)(3),
    _.partial(function (a, b) { return a - b; }, 10)(3),
    _.flow([_.add, function (n) { return n * n; }])(1, 2),
    _.negate(Boolean)(0));

// debounce and throttle on real timers.
var debounced = [];
var deb = _.debounce(function (v) {
    debounced.push(v);
}, 30);
deb(1);
deb(2);
deb(3);
var thr = [];
var throttled = _.throttle(function (v) {
    thr.push(v);
}, 40, { trailing: true });
throttled('a');
throttled('b');
throttled('c');
var delayed = [];
_.delay(function (v) {
    delayed.push(v);
}, 10, 'd');
_.defer(function () {
    delayed.push('defer');
});
var cancelled = _.debounce(function () {
    throw new Error('cancelled debounce ran');
}, 20);
cancelled();
cancelled.cancel();
setTimeout(function () {
    deb(4);
    var flushed = _.debounce(function (v) {
        return v * 10;
    }, 1000);
    flushed(5);
    console.log('flush', flushed.flush());
    setTimeout(function () {
        assert.deepStrictEqual(debounced, [3, 4]);
        assert.deepStrictEqual(thr, ['a', 'c']);
        assert.deepStrictEqual(delayed.sort(), ['d', 'defer']);
        console.log('timers', debounced, thr);
        console.log('done');
    }, 120);
}, 100);
