// setInterval repeats until clearInterval; extra arguments are passed.
var n = 0;
var iv = setInterval(function (a, b) {
    n++;
    console.log('tick', n, a, b);
    if (n === 4) clearInterval(iv);
}, 2, 'x', 42);
var t = setTimeout(function () { console.log('never'); }, 1);
clearTimeout(t);
setTimeout(function () { console.log('after', n); }, 60);
