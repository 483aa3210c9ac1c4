// An uncaught exception exits with code 1; 'exit' listeners see code 1.
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { console.log('not reached'); }, 10);
console.log('before');
throw new Error('boom');
