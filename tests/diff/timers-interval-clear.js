// setInterval repeats until clearInterval; extra arguments are passed.
var n = 0;
var iv = setInterval(function (a, b) {
    n++;
    console.log('tick', n, a, b);
    if (n === 4) {
        clearInterval(iv);
        // Armed here, not from the main module: under load a fixed 60 ms
        // timer could fire between two ticks (rule 9).
        setTimeout(function () { console.log('after', n); }, 20);
    }
}, 2, 'x', 42);
var t = setTimeout(function () { console.log('never'); }, 1);
clearTimeout(t);
