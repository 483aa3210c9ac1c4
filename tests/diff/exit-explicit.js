// process.exit(n) exits at once with n after the 'exit' listeners.
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { console.log('not reached'); }, 1);
Promise.resolve().then(function () {
    console.log('microtask');
    process.exit(5);
    console.log('not reached either');
});
