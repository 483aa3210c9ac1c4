// A closed server connection is freed at once by reference counting, not
// left for the garbage collector: after 300 connections (a request each,
// then closed by the client) the server's heap has not grown by their
// objects.  Each connection's socket, stream states, http Connection and
// parser handle make about 7 KB; if they formed reference cycles they
// would stay (300 x 7 KB is below the 2 MiB the bridge waits for before
// it collects).  The client is a Worker, with a heap of its own, so that
// only the server's objects are counted.
'use strict';

var assert = require('assert');
var http = require('http');
var Worker = require('worker_threads').Worker;

var N = 300;

var client = [
    'var net = require("net");',
    'var port = require("worker_threads").workerData, left = ' + N + ';',
    'function one() {',
    '    var c = net.connect(port, "127.0.0.1");',
    '    var got = "";',
    '    c.setEncoding("latin1");',
    '    c.on("data", function (d) {',
    '        got += d;',
    '        if (got.indexOf("hello") !== -1) { c.end(); }',
    '    });',
    '    c.on("close", function () { if (--left > 0) { one(); } });',
    '    c.write("GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n");',
    '}',
    'one();'
].join('\n');

var closed = 0;
var before;
var server = http.createServer(function (req, res) {
    res.setHeader('Content-Type', 'text/plain');
    res.end('hello');
});
server.on('connection', function (socket) {
    if (closed === 0 && before === undefined) {
        before = process.memoryUsage().heapUsed;
    }
    socket.on('close', countClose);
});

function countClose() {
    closed++;
}

server.listen(0, '127.0.0.1', function () {
    var worker = new Worker(client, { eval: true,
        workerData: server.address().port });
    worker.on('exit', function (code) {
        assert.strictEqual(code, 0);
        setImmediate(function () {
            var grown = process.memoryUsage().heapUsed - before;
            assert.strictEqual(closed, N);
            assert.ok(grown < 300 * 1024, 'heap grew by ' + grown +
                ' bytes over ' + N + ' closed connections');
            server.close();
            console.log('ok: heap grew by', grown, 'bytes');
        });
    });
});
