// Setting process.exitCode inside an 'exit' listener changes the status;
// 'exit' runs only once even if a listener calls process.exit().
var calls = 0;
process.on('exit', function (code) {
    calls++;
    console.log('exit listener', code, calls);
    process.exitCode = 7;
});
console.log('main');
