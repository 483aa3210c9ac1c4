// throws/doesNotThrow with every kind of validation, and rejects /
// doesNotReject.
'use strict';
var assert = require('assert');

function thrower(err) {
    return function () {
        throw err;
    };
}

assert.throws(thrower(new TypeError('t')));
assert.throws(thrower(new TypeError('t')), TypeError);
assert.throws(thrower(new TypeError('t')), Error);
assert.throws(thrower(new TypeError('bad thing')), /bad/);
assert.throws(thrower(new TypeError('t')), function (err) {
    return err instanceof TypeError;
});
assert.throws(thrower(new TypeError('t')), { name: 'TypeError',
    message: 't' });
assert.throws(thrower(new TypeError('the message')), { message: /mess/ });
assert.throws(thrower(new TypeError('t')), new TypeError('t'));

function messageOf(fn) {
    try {
        fn();
    } catch (err) {
        assert.strictEqual(err.code, 'ERR_ASSERTION');
        return err.message;
    }
    throw new Error('no AssertionError');
}

assert.strictEqual(messageOf(function () {
    assert.throws(function () {});
}), 'Missing expected exception.');
assert.strictEqual(messageOf(function () {
    assert.throws(function () {}, TypeError, 'oops');
}), 'Missing expected exception (TypeError): oops');
assert.strictEqual(messageOf(function () {
    assert.throws(thrower(new TypeError('x')), RangeError);
}), 'The error is expected to be an instance of "RangeError". Received ' +
    '"TypeError"\n\nError message:\n\nx');
assert.strictEqual(messageOf(function () {
    assert.throws(thrower(new Error('abc')), { message: 'abd' });
}), 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '  Comparison {\n+   message: \'abc\'\n-   message: \'abd\'\n  }');
assert.strictEqual(messageOf(function () {
    assert.throws(thrower(new Error('abc')), function validate() {
        return false;
    });
}), 'The "validate" validation function is expected to return "true". ' +
    'Received false\n\nCaught error:\n\nError: abc');
assert.strictEqual(messageOf(function () {
    assert.throws(thrower(new Error('abc')), /xyz/);
}), 'The input did not match the regular expression /xyz/. Input:\n\n' +
    '\'Error: abc\'\n');

assert.throws(function () {
    assert.throws(thrower(new Error('x')), {});
}, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () {
    assert.throws(thrower(new Error('x')), 'x');
}, { code: 'ERR_AMBIGUOUS_ARGUMENT' });
assert.throws(function () {
    assert.throws('not a function');
}, { code: 'ERR_INVALID_ARG_TYPE' });

// A mismatch on a plain validation rethrows nothing else: the original
// error passes through for doesNotThrow with a non-matching class.
assert.doesNotThrow(function () {});
assert.strictEqual(messageOf(function () {
    assert.doesNotThrow(thrower(new Error('boom')));
}), 'Got unwanted exception.\nActual message: "boom"');
assert.strictEqual(messageOf(function () {
    assert.doesNotThrow(thrower(new Error('boom')), 'ctx');
}), 'Got unwanted exception: ctx\nActual message: "boom"');
var other = new RangeError('other');
assert.throws(function () {
    assert.doesNotThrow(thrower(other), TypeError);
}, function (err) {
    return err === other;
});

var steps = [];
assert.rejects(Promise.reject(new Error('r')), /r/).then(function () {
    steps.push('rejects');
});
assert.rejects(function () {
    return Promise.reject(new TypeError('t'));
}, TypeError).then(function () {
    steps.push('rejects-fn');
});
assert.rejects(Promise.resolve(1))['catch'](function (err) {
    assert.strictEqual(err.message, 'Missing expected rejection.');
    steps.push('rejects-missing');
});
assert.rejects(function () {
    return 1;
})['catch'](function (err) {
    assert.strictEqual(err.code, 'ERR_INVALID_RETURN_VALUE');
    steps.push('rejects-bad-return');
});
assert.doesNotReject(Promise.resolve(1)).then(function () {
    steps.push('doesNotReject');
});
assert.doesNotReject(Promise.reject(new Error('no')))['catch'](
    function (err) {
        assert.strictEqual(err.message,
            'Got unwanted rejection.\nActual message: "no"');
        steps.push('doesNotReject-fails');
    });

setTimeout(function () {
    assert.deepStrictEqual(steps.sort(), ['doesNotReject',
        'doesNotReject-fails', 'rejects', 'rejects-bad-return',
        'rejects-fn', 'rejects-missing']);
}, 20);
