// net: pause() stops 'data' until resume(); setTimeout emits 'timeout'
// after the socket has been idle without closing it, setTimeout(0) turns
// it off, and the 'timeout' getter follows.
'use strict';
var assert = require('assert');
var net = require('net');

var log = [];
var server = net.createServer(function (sock) {
    sock.write('one');
    setTimeout(function () {
        sock.write('two');
    }, 30);
    sock.on('end', function () {
        sock.end();
    });
});
server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.setEncoding('utf8');
    var paused = false;
    c.on('data', function (d) {
        assert.ok(!paused, 'no data while paused');
        log.push(d);
        if (d === 'one') {
            c.pause();
            paused = true;
            setTimeout(function () {
                paused = false;
                c.resume();
            }, 80);
        } else {
            // Armed only now, so it cannot race the data: the socket is
            // idle from here on.
            assert.strictEqual(c.timeout, undefined);
            c.setTimeout(50, function () {
                log.push('timeout');
                assert.strictEqual(c.destroyed, false);
                c.setTimeout(0);
                assert.strictEqual(c.timeout, 0);
                c.end();
            });
            assert.strictEqual(c.timeout, 50);
        }
    });
    c.on('close', function () {
        server.close();
    });
});

process.on('exit', function () {
    assert.deepStrictEqual(log, ['one', 'two', 'timeout']);
});
