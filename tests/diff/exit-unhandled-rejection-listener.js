// With an 'unhandledRejection' listener the process goes on.
process.on('unhandledRejection', function (reason, p) {
    console.log('unhandled:', reason.message, p instanceof Promise);
});
Promise.reject(new Error('r1'));
setTimeout(function () { console.log('timer still runs'); }, 5);
process.on('exit', function (code) { console.log('exit', code); });
