// The callback bridge routes an error that escapes any callback to
// 'uncaughtException' (with its origin) and the program goes on; the
// queues keep draining; a promise rejection with an 'unhandledRejection'
// listener is not fatal.  Exit status 0 means every path was taken.
'use strict';
var assert = require('assert');

var seen = [];
process.on('uncaughtException', function (err, origin) {
    seen.push(err.message + '/' + origin);
});
process.on('uncaughtExceptionMonitor', function (err) {
    seen.push('monitor:' + err.message);
});
process.on('unhandledRejection', function (reason) {
    seen.push('rejection:' + reason.message);
});

setTimeout(function () { throw new Error('timer'); }, 1);
setTimeout(function () { seen.push('next timer runs'); }, 2);
setImmediate(function () { throw new Error('immediate'); });
setImmediate(function () { seen.push('next immediate runs'); });
process.nextTick(function () { throw new Error('tick'); });
process.nextTick(function () { seen.push('next tick runs'); });
require('fs').stat(__filename, function () { throw new Error('fs'); });
Promise.reject(new Error('promise'));

setTimeout(function () {
    ['main', 'timer', 'immediate', 'tick', 'fs'].forEach(function (what) {
        assert.ok(seen.indexOf(what + '/uncaughtException') >= 0, what);
        assert.ok(seen.indexOf('monitor:' + what) >= 0, what);
    });
    assert.ok(seen.indexOf('rejection:promise') >= 0);
    assert.ok(seen.indexOf('next timer runs') >= 0);
    assert.ok(seen.indexOf('next immediate runs') >= 0);
    assert.ok(seen.indexOf('next tick runs') >= 0);
    process.exitCode = 0;
}, 50);
process.exitCode = 1; // until the check above passes
throw new Error('main');
