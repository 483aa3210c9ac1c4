// Rule 10: with an 'uncaughtException' listener the process continues
// after errors from the main module, a timer and an immediate.  Each
// callback is scheduled by the previous one so that the order is defined.
var caught = 0;
process.on('uncaughtException', function (err, origin) {
    console.log('caught:', err.message, origin);
    if (++caught === 3) {
        setTimeout(function () { console.log('timers still run'); }, 1);
    }
});
setTimeout(function () {
    console.log('timer 1');
    setImmediate(function () {
        console.log('immediate');
        throw new Error('from immediate');
    });
    throw new Error('from timer');
}, 1);
process.on('exit', function (code) { console.log('exit', code); });
throw new Error('from main');
