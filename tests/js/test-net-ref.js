// net: unref() lets the process end while a server listens and a socket
// is connected; ref() on a socket keeps it going until the server ends
// the connection.
'use strict';
var assert = require('assert');
var net = require('net');

var log = [];
var connections = 0;
var server = net.createServer(function (sock) {
    if (++connections === 2) {
        sock.unref(); // the idle one below: nothing keeps the process
        return;
    }
    // Ends the connection only later: the ref'd client waits for it.
    setTimeout(function () {
        log.push('server ends');
        sock.end();
    }, 50).unref();
});
server.unref();
server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.unref();
    c.ref();
    c.resume();
    c.on('end', function () {
        log.push('client end');
        // From here nothing is ref'd: an unref'd socket left open does not
        // keep the process alive.
        var idle = net.connect(server.address().port, '127.0.0.1');
        idle.unref();
    });
});

process.on('exit', function () {
    assert.deepStrictEqual(log, ['server ends', 'client end']);
});
