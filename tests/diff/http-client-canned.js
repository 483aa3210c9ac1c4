// The HTTP client reading canned responses from a raw TCP server: a
// chunked body with trailers, a body that runs to EOF, HEAD, 204, 304, a
// 1xx before the final answer, duplicate headers; and what the client
// sends: the default Host header, a chunked upload, Content-Length.
// The server prints each request's head as it arrived (port masked).
'use strict';
var http = require('http');
var net = require('net');

var port;
var answers = {
    '/chunked': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n' +
        'Trailer: X-Sum\r\n\r\n5\r\nhello\r\n7\r\n, world\r\n0\r\n' +
        'X-Sum: 12\r\n\r\n',
    '/eof': 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil close',
    '/head': 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n',
    '/204': 'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n',
    '/304': 'HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n',
    '/info': 'HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n' +
        'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
    '/dup': 'HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n' +
        'X-Multi: one\r\nX-Multi: two\r\nContent-Type: a\r\n' +
        'Content-Type: b\r\nContent-Length: 0\r\n\r\n',
    '/upload': 'HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone'
};

var server = net.createServer(function (socket) {
    var got = '';
    socket.setEncoding('latin1');
    socket.on('data', function (d) {
        got += d;
        var end = got.indexOf('\r\n\r\n');
        if (end === -1) {
            return;
        }
        var head = got.slice(0, end);
        var path = head.split(' ')[1];
        // An upload is answered once its last chunk is in.
        if (path === '/upload' && got.indexOf('0\r\n\r\n', end) === -1 &&
                head.indexOf('Content-Length') === -1) {
            return;
        }
        if (path === '/upload' && head.indexOf('Content-Length') !== -1 &&
                got.length < end + 4 + 7) {
            return;
        }
        console.log('server got:', JSON.stringify(
            got.split(String(port)).join('PORT')));
        got = '';
        socket.end(answers[path]);
    });
});

function show(res, body) {
    console.log(res.statusCode, JSON.stringify(res.statusMessage),
        res.httpVersion, JSON.stringify(res.headers));
    console.log('  rawHeaders', JSON.stringify(res.rawHeaders));
    console.log('  body', JSON.stringify(body), 'complete', res.complete);
    console.log('  trailers', JSON.stringify(res.trailers),
        JSON.stringify(res.rawTrailers));
}

var steps = [
    function (next) {
        get({ path: '/chunked' }, next);
    },
    function (next) {
        get({ path: '/eof' }, next);
    },
    function (next) {
        get({ path: '/head', method: 'HEAD' }, next);
    },
    function (next) {
        get({ path: '/204' }, next);
    },
    function (next) {
        get({ path: '/304' }, next);
    },
    function (next) {
        var req = get({ path: '/info' }, next);
        req.on('information', function (info) {
            console.log('information', info.statusCode, info.statusMessage,
                JSON.stringify(info.headers));
        });
    },
    function (next) {
        get({ path: '/dup' }, next);
    },
    function (next) {
        var req = get({ path: '/upload', method: 'POST', end: false }, next);
        req.write('abc');
        req.write(Buffer.from('defg'));
        req.end('h');
    },
    function (next) {
        var req = get({ path: '/upload', method: 'PUT', end: false,
                        headers: { 'Content-Length': 7, 'X-Case': 'Kept' } },
            next);
        req.write('abc');
        req.end('defg');
    },
    function (next) {
        get({ path: '/upload', method: 'post', end: false,
              headers: [['X-Array', '1'], ['Content-Length', '7']],
              body: 'arrayhd' }, next);
    }
];

function get(o, next) {
    var req = http.request({ host: '127.0.0.1', port: port, path: o.path,
                             method: o.method, headers: o.headers,
                             agent: false },
        function (res) {
            var body = '';
            res.setEncoding('latin1');
            res.on('data', function (d) {
                body += d;
            });
            res.on('end', function () {
                show(res, body);
                next();
            });
        });
    req.on('error', function (e) {
        console.log('error', e.code, e.message);
    });
    if (o.body) {
        req.end(o.body);
    } else if (o.end !== false) {
        req.end();
    }
    return req;
}

server.listen(0, '127.0.0.1', function () {
    port = server.address().port;
    var i = 0;
    (function run() {
        if (i === steps.length) {
            server.close();
            return;
        }
        steps[i++](function () {
            setImmediate(run);
        });
    })();
});
