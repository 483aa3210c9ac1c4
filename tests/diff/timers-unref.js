// An unref'd timer does not keep the process alive; a ref'd one does.
var t = setTimeout(function () { console.log('unref timer fired'); }, 100000);
t.unref();
console.log('hasRef', t.hasRef());
var iv = setInterval(function () { console.log('never'); }, 1000);
iv.unref();
// The ref'd timer is armed by the immediate, so the two never race (a
// timer against an immediate from the main module is undefined, rule 9).
setImmediate(function () {
    console.log('immediate');
    setTimeout(function () { console.log('ref timer'); }, 5);
});
process.on('exit', function (code) { console.log('exit', code); });
