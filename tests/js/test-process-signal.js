// Signal listeners: adding one starts a watcher, the signal arrives as an
// event with (name, number), removing the last listener stops the watcher
// (the program then exits: the watcher never keeps it alive).
'use strict';
var assert = require('assert');

var got = [];
function onUsr2(name, num) {
    got.push(name + ':' + num);
    process.removeListener('SIGUSR2', onUsr2);
    // With the watcher gone the default action would apply again; we only
    // check that the program can now end by itself.
}
process.on('SIGUSR2', onUsr2);
assert.strictEqual(process.kill(process.pid, 'SIGUSR2'), true);

var keep = setTimeout(function () {
    assert.fail('the signal never arrived');
}, 5000);

var check = setInterval(function () {
    if (got.length > 0) {
        clearInterval(check);
        clearTimeout(keep);
        assert.deepStrictEqual(got, ['SIGUSR2:12']);
    }
}, 1);

assert.throws(function () { process.kill(process.pid, 'SIGNOPE'); }, {
    code: 'ERR_UNKNOWN_SIGNAL',
    message: 'Unknown signal: SIGNOPE'
});
assert.throws(function () { process.kill(2147483000, 0); }, {
    code: 'ESRCH',
    errno: -3,
    syscall: 'kill',
    message: 'kill ESRCH'
});
assert.throws(function () { process.kill('x'); },
    { code: 'ERR_INVALID_ARG_TYPE' });
// Signal 0 only checks that the process exists.
assert.strictEqual(process.kill(process.pid, 0), true);
