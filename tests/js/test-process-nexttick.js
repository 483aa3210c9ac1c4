// process.nextTick: arguments, ordering against promises (rule 4) and
// argument checking.
'use strict';
var assert = require('assert');

var log = [];
process.nextTick(function (a, b) { log.push('args:' + a + b); }, 1, 2);
process.nextTick(function () {
    log.push('tick1');
    process.nextTick(function () { log.push('tick2'); });
    Promise.resolve().then(function () { log.push('promise-from-tick'); });
});
Promise.resolve().then(function () {
    log.push('promise1');
    process.nextTick(function () { log.push('tick-from-promise'); });
    Promise.resolve().then(function () { log.push('promise2'); });
});

assert.throws(function () { process.nextTick(null); }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError'
});

setTimeout(function () {
    assert.deepStrictEqual(log, ['args:12', 'tick1', 'tick2', 'promise1',
        'promise-from-tick', 'promise2', 'tick-from-promise']);
}, 1);
