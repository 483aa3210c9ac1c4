// nextTick and queueMicrotask reject non-functions with Node's error.
'use strict';
var assert = require('assert');

[1, 'x', null, undefined, {}].forEach(function (bad) {
    assert.throws(function () {
        process.nextTick(bad);
    }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(function () {
        queueMicrotask(bad);
    }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
});
assert.throws(function () {
    process.nextTick(42);
}, {
    message: 'The "callback" argument must be of type function. ' +
        'Received type number (42)'
});
