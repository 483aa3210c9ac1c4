// http: large bodies both ways over TCP.  A 4 MiB upload read slowly
// (pause/resume) arrives whole and in order, the socket being paused
// while the request's buffer is full; a 4 MiB chunked download written
// with write()'s return value and 'drain' arrives whole.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');
var crypto = require('crypto');

var SIZE = 4 * 1024 * 1024;
var upload = crypto.randomBytes(SIZE);
var uploadHash = crypto.createHash('sha256').update(upload).digest('hex');
var drains = 0;

var server = http.createServer(function (req, res) {
    if (req.url === '/up') {
        var hash = crypto.createHash('sha256');
        var got = 0;
        req.on('data', function (d) {
            got += d.length;
            hash.update(d);
            req.pause();
            setTimeout(function () { req.resume(); }, 1);
        });
        req.on('end', function () {
            assert.strictEqual(got, SIZE);
            assert.strictEqual(req.complete, true);
            res.end(hash.digest('hex'));
        });
        return;
    }
    var sent = 0;
    var piece = Buffer.alloc(65536, 'x');
    function more() {
        while (sent < SIZE) {
            sent += piece.length;
            if (!res.write(piece)) {
                res.once('drain', function () {
                    drains++;
                    more();
                });
                return;
            }
        }
        res.end();
    }
    more();
});

function exchange(port, head, body, cb) {
    var c = net.connect(port, '127.0.0.1');
    var chunks = [];
    c.on('connect', function () {
        c.write(head);
        if (body) {
            c.write(body);
        }
    });
    c.on('data', function (d) { chunks.push(d); });
    c.on('end', function () { cb(Buffer.concat(chunks)); });
}

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    exchange(port, 'POST /up HTTP/1.1\r\nHost: h\r\nConnection: close\r\n' +
        'Content-Length: ' + SIZE + '\r\n\r\n', upload, function (resp) {
        var text = resp.toString('latin1');
        assert.ok(/^HTTP\/1\.1 200 OK\r\n/.test(text), text);
        assert.strictEqual(text.split('\r\n\r\n')[1], uploadHash);
        exchange(port, 'GET /down HTTP/1.1\r\nHost: h\r\nConnection: close' +
            '\r\n\r\n', null, function (down) {
            var at = down.indexOf('\r\n\r\n');
            var head = down.slice(0, at).toString('latin1');
            assert.ok(/Transfer-Encoding: chunked/.test(head), head);
            // De-chunk and count.
            var p = at + 4;
            var total = 0;
            for (;;) {
                var eol = down.indexOf('\r\n', p);
                var n = parseInt(down.slice(p, eol).toString('latin1'), 16);
                if (n === 0) {
                    break;
                }
                total += n;
                p = eol + 2 + n + 2;
            }
            assert.strictEqual(total, SIZE);
            assert.ok(drains > 0, 'write() never asked to wait');
            server.close();
        });
    });
});
