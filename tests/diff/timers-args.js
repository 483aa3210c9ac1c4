// The arguments setTimeout, setInterval and setImmediate pass on to their
// callback (exactly those given, undefined ones included), the callback's
// `this`, the functions' names and lengths, and the errors for a callback
// that is not a function.
'use strict';

function show(label) {
    return function () {
        console.log(label, arguments.length,
            Array.prototype.map.call(arguments, String).join(','));
    };
}

console.log(setTimeout.name, setTimeout.length, setInterval.name,
    setInterval.length, setImmediate.name, setImmediate.length);

setTimeout(show('timeout none'), 1);
setTimeout(show('timeout one'), 1, 'a');
setTimeout(show('timeout undefined'), 1, undefined);
setTimeout(show('timeout many'), 1, 1, 2, 3, 4, 5, 6, 7);
setTimeout(show('timeout no delay'));
var count = 0;
var iv = setInterval(function (a, b) {
    count += 1;
    console.log('interval', count, arguments.length, a, b);
    if (count === 2) {
        clearInterval(iv);
        immediates();
    }
}, 1, 'p', 'q');
var t = setTimeout(function () {
    console.log('this is the timeout', this === t);
}, 1);

// Started from a timer callback, so they run before any later timer.
function immediates() {
    setImmediate(show('immediate none'));
    setImmediate(show('immediate two'), 'x', null);
    var im = setImmediate(function () {
        console.log('this is the immediate', this === im);
    });
}

[
    function () { setTimeout('code'); },
    function () { setTimeout(); },
    function () { setInterval(null, 1); },
    function () { setImmediate({}); }
].forEach(function (f) {
    try { f(); } catch (err) { console.log(err.code, err.message); }
});
