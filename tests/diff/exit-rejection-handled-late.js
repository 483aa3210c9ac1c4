// A rejection handled within the same microtask drain is not reported.
var p = Promise.reject(new Error('caught later'));
Promise.resolve().then(function () {
    p.catch(function (e) { console.log('caught:', e.message); });
});
process.on('exit', function (code) { console.log('exit', code); });
