// Promise.all / allSettled / race / any / finally.  Timers of different
// delays may fire in any order under load (rule 9), so results are
// collected and printed in a fixed order at the end.
function later(v, ms, fail) {
    return new Promise(function (res, rej) {
        setTimeout(function () { (fail ? rej : res)(v); }, ms);
    });
}
var out = {};
function keep(name) {
    return function (v) { out[name] = v; };
}
var all = [
    Promise.all([1, later(2, 5), Promise.resolve(3)]).then(keep('all')),
    Promise.allSettled([later('a', 2), later('b', 1, true)])
        .then(keep('allSettled')),
    Promise.race([later('slow', 200), Promise.resolve('fast')])
        .then(keep('race')),
    Promise.any([later('x', 3, true), later('y', 6)]).then(keep('any')),
    Promise.any([Promise.reject(1), Promise.reject(2)]).catch(function (e) {
        out.anyRejected = [e.constructor.name, e.errors];
    }),
    Promise.resolve('f').finally(function () { out.finallyRan = true; })
        .then(keep('finallyPasses')),
    Promise.all([later(1, 1), later('bad', 2, true)]).catch(keep('allRejects'))
];
Promise.all(all).then(function () {
    Object.keys(out).sort().forEach(function (k) {
        console.log(k, JSON.stringify(out[k]));
    });
});
