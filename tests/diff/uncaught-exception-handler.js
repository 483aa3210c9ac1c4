// Rule 10: with an 'uncaughtException' listener the process continues.
process.on('uncaughtException', function (err, origin) {
    console.log('caught:', err.message, origin);
});
setTimeout(function () {
    console.log('timer 1');
    throw new Error('from timer');
}, 1);
setTimeout(function () { console.log('timer 2 still runs'); }, 20);
setImmediate(function () { throw new Error('from immediate'); });
process.on('exit', function (code) { console.log('exit', code); });
throw new Error('from main');
