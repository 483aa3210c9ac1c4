// net: host names go through options.lookup (dns.lookup's signature).
// With autoSelectFamily (Node 20's default) the lookup is asked for every
// address and each is tried in turn until one connects; without it the
// lookup is asked for one address of a family. A failed lookup is the
// socket's 'error'.
'use strict';
var assert = require('assert');
var net = require('net');

var log = [];
var server = net.createServer(function (sock) {
    sock.end('hi');
});

function steps(list) {
    var i = 0;
    (function next() {
        if (i < list.length) {
            list[i++](next);
        } else {
            server.close();
        }
    })();
}

function allAddresses(next) {
    var port = server.address().port;
    var c = net.connect({ port: port, host: 'service.test',
        lookup: function (host, opts, cb) {
            assert.strictEqual(host, 'service.test');
            assert.strictEqual(opts.hints, 32); // dns.ADDRCONFIG
            assert.strictEqual(opts.all, true);
            // ::1 refuses (the server is IPv4 only); 127.0.0.1 serves.
            cb(null, [{ address: '::1', family: 6 },
                { address: '127.0.0.1', family: 4 }]);
        } });
    c.on('connectionAttemptFailed', function (ip, p, family, err) {
        log.push('failed ' + ip + ' ' + family + ' ' + err.code);
    });
    c.on('connectionAttempt', function (ip, p, family) {
        assert.strictEqual(p, port);
        log.push('attempt ' + ip + ' ' + family);
    });
    c.on('connect', function () {
        log.push('connect ' + c.remoteAddress);
    });
    c.resume();
    c.on('close', next);
}

function oneFamily(next) {
    var c = net.connect({ port: server.address().port, host: 'one.test',
        autoSelectFamily: false, family: 4,
        lookup: function (host, opts, cb) {
            assert.deepStrictEqual(opts, { family: 4, hints: 0 });
            setTimeout(function () {
                cb(null, '127.0.0.1', 4);
            }, 1);
        } });
    c.on('lookup', function (err, ip, family, host) {
        log.push('lookup ' + err + ' ' + ip + ' ' + family + ' ' + host);
    });
    c.on('connect', function () {
        log.push('connect one');
    });
    c.resume();
    c.on('close', next);
}

function failing(next) {
    var c = net.connect({ port: 1, host: 'nowhere.test',
        lookup: function (host, opts, cb) {
            var err = new Error('getaddrinfo ENOTFOUND ' + host);
            err.code = 'ENOTFOUND';
            cb(err);
        } });
    c.on('error', function (err) {
        log.push('error ' + err.code);
    });
    c.on('close', function (hadError) {
        assert.strictEqual(hadError, true);
        next();
    });
}

server.listen(0, '127.0.0.1', function () {
    steps([allAddresses, oneFamily, failing]);
});

process.on('exit', function () {
    assert.deepStrictEqual(log, [
        'failed ::1 6 ECONNREFUSED',
        'attempt 127.0.0.1 4',
        'connect 127.0.0.1',
        'lookup null 127.0.0.1 4 one.test',
        'connect one',
        'error ENOTFOUND'
    ]);
});
