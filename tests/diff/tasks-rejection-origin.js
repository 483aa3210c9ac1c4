// With no 'unhandledRejection' listener an unhandled rejection reaches
// 'uncaughtException' with origin 'unhandledRejection'; the same error
// thrown again later by a callback (after callbacks that queued nothing)
// is reported with origin 'uncaughtException'.
'use strict';

var err = new Error('shared');
process.on('uncaughtException', function (e, origin) {
    console.log('uncaught', e.message, origin);
});
Promise.reject(err);
setTimeout(function () { console.log('quiet callback'); }, 5);
setTimeout(function () { throw err; }, 10);
