// net: listen()'s argument forms: no arguments or only a callback (a
// random port on '::', which takes IPv4 connections too), (port, host,
// backlog, cb), a numeric string port, an options object with ipv6Only
// (IPv4 connections refused), and listening on '::' by default.
'use strict';
var assert = require('assert');
var net = require('net');

var log = [];

function tryConnect(port, host, cb) {
    var c = net.connect(port, host);
    c.on('connect', function () {
        c.destroy();
        cb('ok');
    });
    c.on('error', function (err) {
        cb(err.code);
    });
}

function steps(list) {
    var i = 0;
    (function next() {
        if (i < list.length) {
            list[i++](next);
        }
    })();
}

function defaults(next) {
    var s = net.createServer();
    s.listen(function () {
        var a = s.address();
        assert.strictEqual(a.address, '::');
        assert.strictEqual(a.family, 'IPv6');
        tryConnect(a.port, '127.0.0.1', function (r4) {
            tryConnect(a.port, '::1', function (r6) {
                log.push('default ' + r4 + ' ' + r6);
                s.close(next);
            });
        });
    });
}

function positional(next) {
    var s = net.createServer();
    var result = s.listen(0, '127.0.0.1', 5, function () {
        assert.strictEqual(s.address().address, '127.0.0.1');
        assert.strictEqual(s.listening, true);
        log.push('positional');
        s.close(next);
    });
    assert.strictEqual(result, s);
}

function stringPort(next) {
    var s = net.createServer();
    s.listen('0', function () {
        assert.ok(s.address().port > 0);
        log.push('string port');
        s.close(next);
    });
}

function v6only(next) {
    var s = net.createServer();
    s.listen({ port: 0, host: '::', ipv6Only: true, exclusive: true },
        function () {
            var port = s.address().port;
            tryConnect(port, '127.0.0.1', function (r4) {
                tryConnect(port, '::1', function (r6) {
                    log.push('ipv6Only ' + r4 + ' ' + r6);
                    s.close(next);
                });
            });
        });
}

function listeningEvent(next) {
    var s = net.createServer();
    s.listen({ port: 0, host: '127.0.0.1', backlog: 1 });
    // 'listening' comes on a later tick: a listener added now hears it.
    s.on('listening', function () {
        log.push('listening event');
        s.close(next);
    });
}

steps([defaults, positional, stringPort, v6only, listeningEvent]);

process.on('exit', function () {
    assert.deepStrictEqual(log, ['default ok ok', 'positional', 'string port',
        'ipv6Only ECONNREFUSED ok', 'listening event']);
});
