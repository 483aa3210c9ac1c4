// 'beforeExit' fires when the loop drains; scheduling work revives the
// loop and 'beforeExit' fires again once it drains.  'exit' fires once.
var n = 0;
process.on('beforeExit', function (code) {
    console.log('beforeExit', code, n);
    if (n++ < 2) {
        setTimeout(function () { console.log('revived', n); }, 1);
    }
});
process.on('exit', function (code) { console.log('exit', code); });
console.log('main done');
