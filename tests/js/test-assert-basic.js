// ok/equal/strictEqual and friends: pass and fail, messages, and the
// AssertionError's fields.
'use strict';
var assert = require('assert');

function failure(fn) {
    try {
        fn();
    } catch (err) {
        return err;
    }
    throw new Error('expected an AssertionError');
}

assert(true);
assert.ok(1);
assert.equal(1, '1');
assert.notEqual(1, 2);
assert.strictEqual(NaN, NaN);
assert.notStrictEqual(0, -0);
assert.deepStrictEqual({ a: [1] }, { a: [1] });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.notDeepEqual({ a: 1 }, { a: 2 });

var e = failure(function () {
    assert.strictEqual(1, 2);
});
assert.ok(e instanceof assert.AssertionError);
assert.ok(e instanceof Error);
assert.strictEqual(e.name, 'AssertionError');
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.strictEqual(e.actual, 1);
assert.strictEqual(e.expected, 2);
assert.strictEqual(e.operator, 'strictEqual');
assert.strictEqual(e.generatedMessage, true);
assert.strictEqual(e.message,
    'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(String(e), 'AssertionError [ERR_ASSERTION]: ' +
    e.message);
assert.strictEqual(String(e.stack).indexOf('AssertionError [ERR_ASSERTION]: ' +
    'Expected values'), 0);

e = failure(function () {
    assert.strictEqual('hello world', 'hello there');
});
assert.strictEqual(e.message, 'Expected values to be strictly equal:\n' +
    '+ actual - expected\n\n+ \'hello world\'\n- \'hello there\'\n' +
    '         ^');

e = failure(function () {
    assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
});
assert.strictEqual(e.message, 'Expected values to be strictly ' +
    'deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n    b: [\n' +
    '      1,\n+     2\n-     3\n    ]\n  }');

e = failure(function () {
    assert.strictEqual({ a: 1 }, { a: 1 });
});
assert.strictEqual(e.message, 'Values have same structure but are not ' +
    'reference-equal:\n\n{\n  a: 1\n}\n');

e = failure(function () {
    assert.equal(1, 2);
});
assert.strictEqual(e.message, '1 == 2');
assert.strictEqual(e.operator, '==');
e = failure(function () {
    assert.notEqual(1, '1');
});
assert.strictEqual(e.message, '1 != \'1\'');
e = failure(function () {
    assert.notStrictEqual(1, 1);
});
assert.strictEqual(e.message,
    'Expected "actual" to be strictly unequal to: 1');
e = failure(function () {
    assert.deepEqual({ a: 1 }, { a: 2 });
});
assert.strictEqual(e.message, 'Expected values to be loosely ' +
    'deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n' +
    '  a: 2\n}');

// A message of the caller's replaces (or, for strictEqual, leads) the
// generated one; an Error message is thrown as is.
e = failure(function () {
    assert.equal(1, 2, 'custom');
});
assert.strictEqual(e.message, 'custom');
assert.strictEqual(e.generatedMessage, false);
e = failure(function () {
    assert.strictEqual(1, 2, 'custom msg');
});
assert.strictEqual(e.message, 'custom msg\n\n1 !== 2\n');
var mine = new TypeError('mine');
assert.strictEqual(failure(function () {
    assert.ok(false, mine);
}), mine);

// ok without a message quotes the call.
e = failure(function () {
    assert.ok(1 === 2);
});
assert.strictEqual(e.message, 'The expression evaluated to a falsy ' +
    'value:\n\n  assert.ok(1 === 2)\n');
e = failure(function () {
    assert(typeof 1 === 'string');
});
assert.strictEqual(e.message, 'The expression evaluated to a falsy ' +
    'value:\n\n  assert(typeof 1 === \'string\')\n');
e = failure(function () {
    assert.ok();
});
assert.strictEqual(e.message, 'No value argument passed to `assert.ok()`');

assert.throws(function () {
    assert.strictEqual(1);
}, {
    code: 'ERR_MISSING_ARGS',
    message: 'The "actual" and "expected" arguments must be specified'
});

// fail and ifError.
e = failure(function () {
    assert.fail();
});
assert.strictEqual(e.message, 'Failed');
assert.strictEqual(e.generatedMessage, true);
e = failure(function () {
    assert.fail('boom');
});
assert.strictEqual(e.message, 'boom');
assert.strictEqual(e.operator, 'fail');
assert.ifError(null);
assert.ifError(undefined);
e = failure(function () {
    assert.ifError(new Error('bad'));
});
assert.strictEqual(e.message, 'ifError got unwanted exception: bad');

// match and doesNotMatch.
assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
e = failure(function () {
    assert.match('abc', /x/);
});
assert.strictEqual(e.message, 'The input did not match the regular ' +
    'expression /x/. Input:\n\n\'abc\'\n');
assert.throws(function () {
    assert.match('abc', 'b');
}, { code: 'ERR_INVALID_ARG_TYPE' });

// assert.strict maps the loose names to the strict comparisons.
assert.strictEqual(assert.strict.equal, assert.strictEqual);
assert.strictEqual(assert.strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(assert.strict.strict, assert.strict);
assert.throws(function () {
    assert.strict.equal(1, '1');
}, { code: 'ERR_ASSERTION' });
