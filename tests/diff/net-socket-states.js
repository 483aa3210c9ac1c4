// net: a socket's properties (readyState, pending, byte counts, buffer
// sizes, names, ...) through its life, on both ends, and a server's.
'use strict';
var net = require('net');
// Each side's states in order; the sides interleave differently from run
// to run, so each is printed on its own at exit.
var logs = { server: [], client: [] };
function state(label, c, side) {
    logs[side || 'client'].push(label + ' ' + JSON.stringify({ rs: c.readyState, pending: c.pending, connecting: c.connecting,
        destroyed: c.destroyed, br: c.bytesRead, bw: c.bytesWritten, bs: c.bufferSize, wl: c.writableLength,
        to: c.timeout, ra: c.remoteAddress, rf: c.remoteFamily, la: c.localAddress, lf: c.localFamily,
        readable: c.readable, writable: c.writable, allowHalfOpen: c.allowHalfOpen }));
}
var fresh = new net.Socket();
state('fresh', fresh);
var server = net.createServer(function (sock) {
    state('accepted', sock, 'server');
    sock.on('data', function () {});
    sock.on('end', function () { state('server end', sock, 'server'); });
    sock.on('close', function () { state('server closed', sock, 'server'); server.close(function () { logs.server.push('address after close ' + server.address()); }); });
});
console.log('server before listen', server.address(), server.listening, server.maxConnections);
server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    state('connecting', c);
    c.on('connect', function () {
        state('connected', c);
        c.write('abc', function () { state('written', c); c.end(); state('ended', c); });
        state('writing', c);
    });
    c.on('close', function (h) { state('closed', c); logs.client.push('hadError ' + h); });
});
process.on('exit', function () {
    console.log(logs.server.join('\n'));
    console.log(logs.client.join('\n'));
});
