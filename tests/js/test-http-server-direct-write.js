// http: a response written straight to the socket's handle (nothing else
// pending on the socket) arrives byte for byte: a chunked end(body) as
// one write, a 16 MiB end(body) of which the socket takes only part at
// once (the rest goes through socket.write, in order), a Buffer body,
// and a response after res.write() calls.  'finish' and end()'s callback
// come once each, and socket.bytesWritten counts every byte.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var big = Buffer.alloc(16 * 1024 * 1024, 'x').toString('latin1');
var finishes = 0;
var callbacks = 0;
var serverSocket = null;

var server = http.createServer(function (req, res) {
    serverSocket = req.socket;
    res.on('finish', function () { finishes++; });
    var done = function () { callbacks++; };
    if (req.url === '/chunked') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('hello \u00e9\n', done);
    } else if (req.url === '/big') {
        res.end(big, done);
    } else if (req.url === '/buffer') {
        res.end(Buffer.from('buf'), done);
    } else {
        res.write('a');
        res.write('b');
        res.end('c', done);
    }
});

var requests = ['/chunked', '/big', '/buffer', '/written'];

function expectBody(url, body) {
    if (url === '/chunked') {
        assert.strictEqual(body, '9\r\nhello \u00e9\n\r\n0\r\n\r\n');
    } else if (url === '/big') {
        assert.strictEqual(body.length, big.length);
        assert.strictEqual(body, big);
    } else if (url === '/buffer') {
        assert.strictEqual(body, 'buf');
    } else {
        assert.strictEqual(body, '1\r\na\r\n1\r\nb\r\n1\r\nc\r\n0\r\n\r\n');
    }
}

server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port);
    var chunks = [];
    var size = 0;
    var need = -1; // the response's length, once its head is in
    var total = 0;
    var i = 0;
    function send() {
        c.write('GET ' + requests[i] + ' HTTP/1.1\r\nHost: h\r\n\r\n');
    }
    c.on('connect', send);
    c.on('data', function (d) {
        total += d.length;
        chunks.push(d);
        size += d.length;
        if (need > 0 && size < need) {
            return; // the rest of a Content-Length body: no copying yet
        }
        var got = Buffer.concat(chunks, size);
        chunks = [got];
        var end = got.indexOf('\r\n\r\n');
        if (end === -1) {
            return;
        }
        if (need === -1) {
            var m = /Content-Length: (\d+)/.exec(got.toString('latin1', 0, end));
            need = m ? end + 4 + Number(m[1]) : 0;
        }
        if (need > 0 ? size < need :
                got.toString('latin1', size - 5) !== '0\r\n\r\n') {
            return;
        }
        expectBody(requests[i], got.toString('utf8', end + 4));
        chunks = [];
        size = 0;
        need = -1;
        i++;
        if (i < requests.length) {
            send();
            return;
        }
        setImmediate(function () {
            assert.strictEqual(finishes, requests.length);
            assert.strictEqual(callbacks, requests.length);
            assert.strictEqual(serverSocket.bytesWritten, total);
            c.end();
            server.close();
        });
    });
});
