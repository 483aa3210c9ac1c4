// Bodies both ways between nodule's client and server: a 2 MiB chunked
// upload written with backpressure ('drain'), a 4 MiB response read by a
// slow reader (the socket pauses and resumes), UTF-8 split across chunks,
// and an upload the server cuts off (the request gets ECONNRESET or
// EPIPE, once, then 'close').
'use strict';
var assert = require('assert');
var http = require('http');

var MiB = 1024 * 1024;

// The download's bytes: byte i of each 64 KiB piece is i % 251, so a
// byte out of place shows.
var PIECE = 64 * 1024;
function pattern() {
    var b = Buffer.alloc(PIECE);
    for (var i = 0; i < PIECE; i++) {
        b[i] = i % 251;
    }
    return b;
}

// Check every 97th byte of d, which starts at offset `at` of the body.
function checkBytes(d, at) {
    for (var i = (97 - at % 97) % 97; i < d.length; i += 97) {
        if (d[i] !== ((at + i) % PIECE) % 251) {
            assert.fail('byte ' + (at + i) + ' is ' + d[i]);
        }
    }
}

var server = http.createServer(function (req, res) {
    if (req.url === '/upload') {
        var n = 0;
        var chunks = 0;
        req.on('data', function (d) {
            n += d.length;
            chunks++;
        });
        req.on('end', function () {
            res.end(JSON.stringify({ n: n, te: req.headers['transfer-encoding'],
                                     many: chunks > 1 }));
        });
    } else if (req.url === '/download') {
        var piece = pattern();
        var left = 64;
        res.writeHead(200, { 'Content-Length': 4 * MiB });
        (function write() {
            while (left > 0) {
                left--;
                if (!res.write(piece)) {
                    res.once('drain', write);
                    return;
                }
            }
            res.end();
        })();
    } else if (req.url === '/utf8') {
        var text = Buffer.from('h\u00e9llo \u20ac \ud83d\ude00 end');
        res.write(text.slice(0, 2)); // splits the é
        res.write(text.slice(2, 10)); // splits the €
        res.end(text.slice(10));
    } else if (req.url === '/cut') {
        req.once('data', function () {
            req.socket.destroy();
        });
    }
});

var port;
var steps = [];
function next() {
    var fn = steps.shift();
    if (fn) {
        setImmediate(fn);
    } else {
        server.close();
        console.log('ok');
    }
}

steps.push(function () {
    var req = http.request({ host: '127.0.0.1', port: port, method: 'POST',
                             path: '/upload' }, function (res) {
        var body = '';
        res.on('data', function (d) {
            body += d;
        });
        res.on('end', function () {
            var got = JSON.parse(body);
            assert.deepStrictEqual(got, { n: 2 * MiB, te: 'chunked',
                                          many: true });
            assert.ok(drains > 0, 'the upload never had to wait');
            next();
        });
    });
    var piece = Buffer.alloc(32 * 1024, 'u');
    var left = 64;
    var drains = 0;
    (function write() {
        while (left > 0) {
            left--;
            if (!req.write(piece)) {
                drains++;
                req.once('drain', write);
                return;
            }
        }
        req.end();
    })();
});

steps.push(function () {
    http.get({ host: '127.0.0.1', port: port, path: '/download' },
        function (res) {
            var n = 0;
            var pauses = 0;
            assert.strictEqual(res.headers['content-length'], String(4 * MiB));
            res.on('data', function (d) {
                checkBytes(d, n);
                n += d.length;
                // Read slowly now and then, so the socket has to stop.
                if (pauses < 5 && n > (pauses + 1) * 600 * 1024) {
                    pauses++;
                    res.pause();
                    setTimeout(function () {
                        res.resume();
                    }, 20);
                }
            });
            res.on('end', function () {
                assert.strictEqual(n, 4 * MiB);
                assert.strictEqual(pauses, 5);
                next();
            });
        });
});

steps.push(function () {
    http.get({ host: '127.0.0.1', port: port, path: '/utf8' },
        function (res) {
            var text = '';
            res.setEncoding('utf8');
            res.on('data', function (d) {
                text += d;
            });
            res.on('end', function () {
                assert.strictEqual(text, 'h\u00e9llo \u20ac \ud83d\ude00 end');
                assert.strictEqual(res.headers['transfer-encoding'],
                    'chunked');
                next();
            });
        });
});

steps.push(function () {
    var req = http.request({ host: '127.0.0.1', port: port, method: 'PUT',
                             path: '/cut', agent: false });
    var errors = [];
    req.on('error', function (e) {
        errors.push(e.code);
    });
    req.on('close', function () {
        assert.strictEqual(errors.length, 1, String(errors));
        assert.ok(errors[0] === 'ECONNRESET' || errors[0] === 'EPIPE',
            errors[0]);
        next();
    });
    var piece = Buffer.alloc(64 * 1024, 'c');
    var n = 0;
    (function write() {
        while (n < 256) {
            n++;
            if (!req.write(piece)) {
                req.once('drain', write);
                return;
            }
        }
        req.end();
    })();
});

server.listen(0, '127.0.0.1', function () {
    port = server.address().port;
    next();
});
