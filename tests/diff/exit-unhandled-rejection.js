// Rule 11: an unhandled rejection is fatal (exit 1) and pending timers
// never run.
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { console.log('timer never runs'); }, 10);
Promise.reject(new Error('nobody catches me'));
console.log('main done');
