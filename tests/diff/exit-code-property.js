// process.exitCode with a normal drain exits with that code.
process.exitCode = 3;
setTimeout(function () { console.log('timer'); }, 1);
process.on('exit', function (code) { console.log('exit', code, process.exitCode); });
