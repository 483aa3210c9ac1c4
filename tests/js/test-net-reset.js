// net: resetAndDestroy() closes with a reset: the peer's read fails with
// ECONNRESET ('close' with hadError true) where end() would give it end of
// file; on a socket without a handle it is ERR_SOCKET_CLOSED.
'use strict';
var assert = require('assert');
var net = require('net');

var log = [];
var server = net.createServer(function (sock) {
    sock.on('data', function () {
        assert.strictEqual(sock.resetAndDestroy(), sock);
    });
    sock.on('close', function (hadError) {
        log.push('server close ' + hadError);
    });
});
server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
        c.write('x');
    });
    c.on('error', function (err) {
        assert.strictEqual(err.code, 'ECONNRESET');
        assert.strictEqual(err.syscall, 'read');
        log.push('client error');
    });
    c.on('end', function () {
        assert.fail('a reset is no end of file');
    });
    c.on('close', function (hadError) {
        assert.strictEqual(hadError, true);
        server.close();
        var d = new net.Socket();
        d.on('error', function (err) {
            assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED');
            log.push('no handle');
        });
        d.resetAndDestroy();
    });
});

process.on('exit', function () {
    assert.deepStrictEqual(log.sort(), ['client error', 'no handle',
        'server close false']);
});
