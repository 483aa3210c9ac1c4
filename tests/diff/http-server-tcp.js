'use strict';
// Differential test: an http.Server over real TCP, driven by a raw
// net.Socket client: a keep-alive exchange with a streamed chunked
// response, a request body sent in pieces, 100-continue, an upgrade, and
// a malformed request; each connection's bytes are printed whole (Date
// masked) once the server closes it.  No ports are printed.
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
    var body = '';
    req.setEncoding('utf8');
    req.on('data', function (c) { body += c; });
    req.on('end', function () {
        console.log('request', req.method, req.url, JSON.stringify(body));
        if (req.url === '/stream') {
            res.writeHead(200, { 'Content-Type': 'text/plain' });
            res.write('one ');
            setTimeout(function () {
                res.write('two ');
                res.end('three');
            }, 10);
            return;
        }
        res.setHeader('X-Len', String(body.length));
        res.end('echo:' + body);
    });
});
server.on('upgrade', function (req, socket, head) {
    console.log('upgrade', req.url, JSON.stringify(head.toString()));
    socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n' +
        'Upgrade: echo\r\n\r\n' + head.toString().toUpperCase());
});

function mask(text) {
    return text.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n');
}

function exchange(port, label, pieces, next) {
    var c = net.connect(port, '127.0.0.1');
    var got = [];
    c.on('connect', function () {
        var i = 0;
        (function send() {
            if (i < pieces.length) {
                c.write(pieces[i++]);
                setTimeout(send, 20);
            }
        })();
    });
    c.on('data', function (d) { got.push(d); });
    c.on('close', function () {
        console.log('== ' + label);
        console.log(JSON.stringify(mask(Buffer.concat(got).toString('latin1'))));
        next();
    });
}

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var list = [
        ['keep-alive and streaming', [
            'GET /stream HTTP/1.1\r\nHost: h\r\n\r\n',
            'POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nab',
            'cde',
            'GET /last HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
        ['100-continue', [
            'PUT /c HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n' +
            'Content-Length: 3\r\nConnection: close\r\n\r\n', 'xyz']],
        ['upgrade', ['GET /ws HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\n' +
            'Upgrade: echo\r\n\r\nhello']],
        ['malformed', ['GET / HTTP/1.1\r\nHost: h\r\nBad Header: x\r\n\r\n']]
    ];
    var i = 0;
    (function step() {
        if (i < list.length) {
            var item = list[i++];
            exchange(port, item[0], item[1], step);
        } else {
            server.close(function () { console.log('closed'); });
        }
    })();
});
