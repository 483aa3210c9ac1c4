// An exception thrown from a timer callback is fatal too.
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () {
    console.log('in timer');
    throw new TypeError('bad');
}, 1);
setTimeout(function () { console.log('not reached'); }, 50);
