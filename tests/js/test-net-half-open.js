// net: half-open sockets. With allowHalfOpen the server reads the client's
// end, keeps writing, and ends when it chooses; without it the server's
// side ends by itself once the client's end arrives.
'use strict';
var assert = require('assert');
var net = require('net');

var results = {};

function run(allowHalfOpen, done) {
    var log = [];
    var server = net.createServer({ allowHalfOpen: allowHalfOpen },
        function (sock) {
            sock.on('end', function () {
                log.push('server end');
                if (allowHalfOpen) {
                    // Still writable after the peer's end.
                    setTimeout(function () {
                        sock.end('late reply');
                    }, 10);
                }
            });
            sock.resume();
        });
    server.listen(0, '127.0.0.1', function () {
        var c = net.connect({ port: server.address().port,
            host: '127.0.0.1', allowHalfOpen: true });
        var got = '';
        c.setEncoding('utf8');
        c.on('data', function (d) {
            got += d;
        });
        c.on('connect', function () {
            c.end('bye');
        });
        c.on('end', function () {
            log.push('client end');
        });
        c.on('close', function () {
            server.close();
            results[allowHalfOpen] = { log: log, got: got };
            done();
        });
    });
}

run(true, function () {
    run(false, function () {});
});

process.on('exit', function () {
    assert.deepStrictEqual(results[true], { log: ['server end', 'client end'],
        got: 'late reply' });
    assert.deepStrictEqual(results[false], { log: ['server end', 'client end'],
        got: '' });
});
