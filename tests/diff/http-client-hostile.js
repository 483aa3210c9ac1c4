// A server that misbehaves, seen from the client: two responses to one
// request, a head over the 16 KiB limit, a broken chunked body, bytes
// after a complete keep-alive response, a body shorter than its
// Content-Length, and a response that never finishes its head. Each ends
// in Node's events and errors, and the process carries on.
'use strict';
var http = require('http');
var net = require('net');

var answers = {
    '/double': 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na' +
        'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb',
    '/huge': 'HTTP/1.1 200 OK\r\nX-Big: ' + new Array(20001).join('x') +
        '\r\nContent-Length: 0\r\n\r\n',
    '/badchunk': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
        'zz\r\nhello\r\n0\r\n\r\n',
    '/extra': 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA BYTES',
    '/short': 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc',
    '/nohead': 'HTTP/1.1 200 OK\r\nContent-Le'
};

var server = net.createServer(function (c) {
    c.on('error', function () {});
    c.once('data', function (d) {
        var path = String(d).split(' ')[1];
        c.write(answers[path]);
        setTimeout(function () {
            c.end();
        }, 30);
    });
});

function run(path, next) {
    var events = [];
    var req = http.get({ host: '127.0.0.1', port: server.address().port,
                         path: path, agent: false }, function (res) {
        events.push('response ' + res.statusCode);
        res.on('data', function (d) {
            events.push('data ' + JSON.stringify(String(d)));
        });
        res.on('end', function () {
            events.push('end complete=' + res.complete);
        });
        res.on('aborted', function () {
            events.push('aborted');
        });
        res.on('error', function (e) {
            events.push('res error ' + e.code + ' ' + e.message);
        });
        res.on('close', function () {
            events.push('res close');
        });
    });
    req.on('error', function (e) {
        events.push('error ' + e.code +
            (/^HPE_/.test(e.code) ? '' : ' ' + e.message));
    });
    req.on('close', function () {
        events.push('close');
        setTimeout(function () {
            console.log(path + ': ' + events.join(', '));
            next();
        }, 60);
    });
}

server.listen(0, '127.0.0.1', function () {
    var paths = Object.keys(answers);
    var i = 0;
    (function loop() {
        if (i === paths.length) {
            server.close();
            return;
        }
        run(paths[i++], loop);
    })();
});
