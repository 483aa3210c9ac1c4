// With no 'unhandledRejection' listener, an unhandled rejection becomes an
// uncaught exception: an Error reason as itself, anything else wrapped in
// an Error with code ERR_UNHANDLED_REJECTION.
'use strict';
var assert = require('assert');

var seen = [];
var origins = [];
process.on('uncaughtException', function (err, origin) {
    seen.push(err);
    origins.push(origin);
});

var boom = new Error('boom');
Promise.reject(boom);
setTimeout(function () {
    Promise.reject(42);
}, 1);

setTimeout(function () {
    assert.strictEqual(seen.length, 2);
    assert.deepStrictEqual(origins, ['unhandledRejection',
        'unhandledRejection']);
    assert.strictEqual(seen[0], boom);
    assert.strictEqual(seen[1].code, 'ERR_UNHANDLED_REJECTION');
    assert.ok(seen[1] instanceof Error);
    assert.strictEqual(seen[1].message, 'This error originated either by ' +
        'throwing inside of an async function without a catch block, or ' +
        'by rejecting a promise which was not handled with .catch(). The ' +
        'promise rejected with the reason "42".');
}, 20);
