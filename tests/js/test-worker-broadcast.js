// BroadcastChannel: every other member with the same name, in any thread,
// gets each message once and in order; the sender and other names do not;
// a closed member gets nothing more and cannot post.
'use strict';
var assert = require('assert');
var wt = require('worker_threads');

var N = 1000;
var workerSrc = 'var wt = require("worker_threads");' +
    'var bc = new wt.BroadcastChannel("count"), next = 0;' +
    'bc.onmessage = function (e) {' +
    '  if (e.data !== next) throw new Error("out of order " + e.data);' +
    '  if (++next === ' + N + ') { bc.postMessage("done " + wt.threadId);' +
    '    bc.close(); }' +
    '};' +
    'wt.parentPort.postMessage("ready");';

var sender = new wt.BroadcastChannel('count');
var bystander = new wt.BroadcastChannel('other');
bystander.onmessage = function () { assert.fail('wrong name'); };
var done = [], ready = 0, exits = 0, ids = [];
sender.onmessage = function (e) {
    assert.ok(typeof e.data === 'string' && /^done /.test(e.data),
        String(e.data));
    done.push(e.data);
    if (done.length === 2) {
        sender.close();
        bystander.close();
        assert.throws(function () { sender.postMessage(1); },
            { name: 'InvalidStateError' });
    }
};
[0, 1].forEach(function () {
    var w = new wt.Worker(workerSrc, { eval: true });
    ids.push(w.threadId);
    w.on('message', function () {
        if (++ready === 2) {
            for (var i = 0; i < N; i++) {
                sender.postMessage(i);
            }
        }
    });
    w.on('error', function (err) { assert.fail(err); });
    w.on('exit', function (code) {
        assert.strictEqual(code, 0);
        exits++;
    });
});
process.on('exit', function () {
    assert.strictEqual(exits, 2);
    assert.deepStrictEqual(done.sort(), ids.map(function (id) {
        return 'done ' + id;
    }).sort());
});
