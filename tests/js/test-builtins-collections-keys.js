/*
 * builtins: Map and Set index string keys by the string itself, apart
 * from other key types (internal/collections). Names that mean something
 * on ordinary objects (__proto__, constructor, numeric strings, '') must
 * be plain keys, and the string '1' must stay apart from the number 1.
 * Also: a wrong receiver is named as V8 names it.
 */
'use strict';

var assert = require('assert');

var special = ['__proto__', 'constructor', 'hasOwnProperty', 'toString',
    'length', '0', '1', '4294967295', '-0', 'NaN', '', 'undefined', 'null',
    'true'];
var m = new Map();
var s = new Set();
special.forEach(function (key, i) {
    assert.strictEqual(m.has(key), false, key);
    assert.strictEqual(m.get(key), undefined, key);
    m.set(key, i);
    s.add(key);
});
assert.strictEqual(m.size, special.length);
assert.strictEqual(s.size, special.length);
special.forEach(function (key, i) {
    assert.strictEqual(m.get(key), i, key);
    assert.strictEqual(s.has(key), true, key);
});
assert.deepStrictEqual(Array.from(m.keys()), special);
assert.deepStrictEqual(Array.from(s), special);

// Strings and the values they look like are different keys.
[1, 0, -0, NaN, undefined, null, true, 4294967295].forEach(function (v) {
    assert.strictEqual(m.has(v), false, String(v));
    assert.strictEqual(s.has(v), false, String(v));
});
m.set(1, 'number');
assert.strictEqual(m.get('1'), special.indexOf('1'));
assert.strictEqual(m.get(1), 'number');
m.delete('1');
assert.strictEqual(m.get(1), 'number');
assert.strictEqual(m.has('1'), false);

// Overwrite keeps the position; delete and re-add moves to the end.
m.set('__proto__', 'again');
assert.strictEqual(Array.from(m.keys())[0], '__proto__');
assert.strictEqual(m.get('__proto__'), 'again');
assert.strictEqual(s.delete('__proto__'), true);
assert.strictEqual(s.delete('__proto__'), false);
s.add('__proto__');
assert.strictEqual(Array.from(s).pop(), '__proto__');
// No key leaks into Object.prototype or the collection itself.
assert.strictEqual(Object.prototype.hasOwnProperty.call({}, 'constructor'), false);
assert.deepStrictEqual(Object.keys(m), []);

// A live iterator sees deletions and additions of string keys.
var it = s.values();
assert.strictEqual(it.next().value, 'constructor');
s.delete('hasOwnProperty');
s.add('late');
var rest = [];
for (var step = it.next(); !step.done; step = it.next()) {
    rest.push(step.value);
}
assert.deepStrictEqual(rest, special.slice(3).concat(['__proto__', 'late']));

m.clear();
s.clear();
assert.strictEqual(m.get(''), undefined);
assert.strictEqual(s.has('0'), false);
assert.strictEqual(m.size + s.size, 0);
m.set('0', 'zero');
assert.strictEqual(m.get('0'), 'zero');

// Many keys.
var big = new Map();
for (var i = 0; i < 5000; i++) {
    big.set('k' + i, i);
}
for (i = 0; i < 5000; i += 2) {
    big.delete('k' + i);
}
assert.strictEqual(big.size, 2500);
assert.strictEqual(big.get('k4999'), 4999);
assert.strictEqual(big.get('k4998'), undefined);

// Wrong receivers, with V8's wording.
function message(fn) {
    try {
        fn();
    } catch (e) {
        assert.ok(e instanceof TypeError);
        return e.message;
    }
    return 'no error';
}
assert.strictEqual(message(function () {
    Map.prototype.get.call(new Set(), 'a');
}), 'Method Map.prototype.get called on incompatible receiver #<Set>');
assert.strictEqual(message(function () {
    Map.prototype.set.call(Object.create(new Map()), 'a', 1);
}), 'Method Map.prototype.set called on incompatible receiver #<Map>');
assert.strictEqual(message(function () {
    Set.prototype.has.call('x', 'a');
}), 'Method Set.prototype.has called on incompatible receiver x');
assert.strictEqual(message(function () {
    Set.prototype.add.call(null, 'a');
}), 'Method Set.prototype.add called on incompatible receiver null');
