// Ports and BroadcastChannels churned between the main thread and three
// workers: transferred on, closed, posted through their own channel,
// received synchronously, while workers exit or are terminated at
// arbitrary moments.  Nothing is asserted about who got what; the test
// passes when the process ends normally (and, under the sanitizers,
// without a leak, a race or a bad access).
'use strict';
var assert = require('assert');
var wt = require('worker_threads');

var seed = 12345;
function rnd(n) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
}

// Each worker uses its own seeded generator too.
var workerSrc = 'var wt = require("worker_threads"); var held = [];' +
    'var seed = wt.threadId * 7919;' +
    'function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff;' +
    '  return seed / 0x7fffffff; }' +
    'function use(p) { held.push(p); p.on("message", function (m) {' +
    '  if (m && m.port) { use(m.port); }' +
    '  var r = rnd();' +
    '  if (r < 0.1) { p.close(); }' +
    '  else if (r < 0.3 && held.length > 1) {' +
    '    var q = held.splice(0, 1)[0];' +
    '    try { p.postMessage({ port: q }, [q]); } catch (e) {} }' +
    '  else { p.postMessage(r); }' +
    '  if (r > 0.97) { process.exit(0); }' +
    '}); }' +
    'wt.parentPort.on("message", function (m) { if (m.port) use(m.port); });' +
    'var bc = new wt.BroadcastChannel("churn");' +
    'bc.onmessage = function (e) {' +
    '  if (rnd() < 0.2) bc.close(); else bc.postMessage(e.data + 1); };' +
    'setTimeout(function () { process.exit(0); }, 200 + rnd() * 200);';

var workers = [], exits = 0;
for (var i = 0; i < 3; i++) {
    var w = new wt.Worker(workerSrc, { eval: true });
    w.on('exit', function () { exits++; });
    workers.push(w);
}
var mine = [];
var bc = new wt.BroadcastChannel('churn');
bc.onmessage = function (e) {
    if (e.data < 50) {
        bc.postMessage(e.data + 1);
    }
};
bc.unref();

for (var k = 0; k < 300; k++) {
    var c = new wt.MessageChannel();
    var w = workers[rnd(3)];
    switch (rnd(6)) {
    case 0: // one end to a worker, the other kept here
        w.postMessage({ port: c.port2 }, [c.port2]);
        c.port1.on('message', function () {});
        c.port1.unref();
        mine.push(c.port1);
        break;
    case 1: // an end posted through its own channel, then closed
        c.port1.postMessage({ port: c.port2 }, [c.port2]);
        c.port1.close();
        break;
    case 2: // received synchronously
        c.port1.postMessage(k);
        assert.deepStrictEqual(wt.receiveMessageOnPort(c.port2),
            { message: k });
        c.port2.close();
        break;
    case 3: // one of ours travels inside a new channel to a worker
        if (mine.length > 0) {
            var q = mine.pop();
            c.port1.postMessage({ port: q }, [q]);
        }
        w.postMessage({ port: c.port2 }, [c.port2]);
        c.port1.close();
        break;
    case 4:
        bc.postMessage(0);
        c.port1.close();
        break;
    default:
        if (rnd(10) === 0) {
            w.terminate();
        }
        c.port2.close();
    }
}

setTimeout(function () {
    mine.forEach(function (p) { p.close(); });
    workers.forEach(function (w) { w.terminate(); });
}, 150);

process.on('exit', function (code) {
    assert.strictEqual(code, 0);
    assert.strictEqual(exits, 3);
});
