// Unhandled rejections: reported once per promise at the end of a drain
// through 'unhandledRejection'; a handler attached within the same drain
// prevents the report; a handler attached later emits 'rejectionHandled'.
'use strict';
var assert = require('assert');

var reported = [];
var handledLate = [];
process.on('unhandledRejection', function (reason, promise) {
    reported.push([reason, promise]);
});
process.on('rejectionHandled', function (promise) {
    handledLate.push(promise);
});

// Handled later in the same drain (by a microtask): not reported.
var quiet = Promise.reject('quiet');
Promise.resolve().then(function () {
    quiet['catch'](function () {});
});

// Never handled: reported with its reason and promise.
var loud = Promise.reject('loud');

// Handled only in a later callback: reported, then 'rejectionHandled'.
var late = Promise.reject('late');
setTimeout(function () {
    late['catch'](function () {});
}, 5);

// A chained rejection is reported for the last promise of the chain only.
var chained = Promise.reject('chain').then(function () {});

setTimeout(function () {
    var reasons = reported.map(function (r) {
        return r[0];
    });
    assert.deepStrictEqual(reasons, ['loud', 'late', 'chain']);
    assert.strictEqual(reported[0][1], loud);
    assert.strictEqual(reported[1][1], late);
    assert.strictEqual(reported[2][1], chained);
    assert.deepStrictEqual(handledLate, [late]);
}, 20);
