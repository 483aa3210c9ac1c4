// The bytes of response heads, as a raw client reads them, for every way a
// handler can give its headers: writeHead with an object (also with
// numbers, a deleted name, a getter, hidden and inherited names,
// index-like names, an array value), a flat array or an array of pairs;
// setHeader before writeHead; arrays of values; Cookie and Set-Cookie;
// framing headers in any case; Connection close; HEAD, 204 and 304; a non-ASCII body's Content-Length; keep-alive timeouts and
// maxRequestsPerSocket; and the errors of bad names and values.  The Date
// header's value is replaced by its shape.
'use strict';

var http = require('http');
var net = require('net');

var cases = [
    ['plain end', function (req, res) { res.end('hello'); }],
    ['object', function (req, res) {
        res.writeHead(200, { 'Content-Type': 'text/plain', 'X-A': 'a' });
        res.end('hello');
    }],
    ['flat array', function (req, res) {
        res.writeHead(201, ['X-One', '1', 'x-two', '2', 'X-One', '3']);
        res.end('hello');
    }],
    ['pairs', function (req, res) {
        res.writeHead(202, 'Fine', [['X-P', 'p'], ['X-Q', 'q']]);
        res.end();
    }],
    ['setHeader then writeHead', function (req, res) {
        res.setHeader('X-Set', 'before');
        res.setHeader('X-Both', 'set');
        res.writeHead(200, { 'X-Both': 'head', 'X-Head': 'h' });
        res.end('x');
    }],
    ['array values', function (req, res) {
        res.setHeader('Set-Cookie', ['a=1', 'b=2']);
        res.setHeader('Cookie', ['c=3', 'd=4']);
        res.setHeader('X-List', ['l1', 'l2']);
        res.end('x');
    }],
    ['number value', function (req, res) {
        res.setHeader('X-Num', 42);
        res.writeHead(200, { 'X-Float': 1.5 });
        res.end('x');
    }],
    ['content-length given', function (req, res) {
        res.writeHead(200, { 'content-LENGTH': '5' });
        res.end('hello');
    }],
    ['chunked given', function (req, res) {
        res.writeHead(200, { 'Transfer-Encoding': 'Chunked' });
        res.write('ab');
        res.end('cd');
    }],
    ['te not chunked word', function (req, res) {
        res.writeHead(200, { 'Transfer-Encoding': 'xchunked' });
        res.end('cd');
    }],
    ['connection close', function (req, res) {
        res.writeHead(200, { Connection: 'Close' });
        res.end('bye');
    }],
    ['connection not close word', function (req, res) {
        res.writeHead(200, { Connection: 'closed, keep-alive' });
        res.end('x');
    }],
    ['date given', function (req, res) {
        res.setHeader('Date', 'Mon, 01 Jan 2024 00:00:00 GMT');
        res.end('x');
    }],
    ['no date', function (req, res) {
        res.sendDate = false;
        res.end('x');
    }],
    ['keep-alive given', function (req, res) {
        res.writeHead(200, { 'Keep-Alive': 'timeout=9' });
        res.end('x');
    }],
    ['non-ascii body', function (req, res) { res.end('h\u00e9llo \u20ac \ud83d\ude00'); }],
    ['latin1 value', function (req, res) {
        res.setHeader('X-Latin', 'caf\u00e9');
        res.end('x');
    }],
    ['204', function (req, res) { res.writeHead(204); res.end('ignored'); }],
    ['304', function (req, res) { res.writeHead(304, { ETag: '"e"' }); res.end(); }],
    ['implicit chunked', function (req, res) {
        res.write('part');
        res.end();
    }],
    ['removed date and length', function (req, res) {
        res.removeHeader('Date');
        res.removeHeader('Content-Length');
        res.end('body');
    }],
    ['bad name', function (req, res) {
        try {
            res.writeHead(200, { 'Bad Name': 'x' });
        } catch (e) {
            res.end(e.code + ' ' + e.message);
        }
    }],
    ['bad value', function (req, res) {
        try {
            res.writeHead(200, { 'X-Bad': 'a\nb' });
        } catch (e) {
            res.end(e.code + ' ' + e.message);
        }
    }],
    ['undefined value', function (req, res) {
        try {
            res.writeHead(200, ['X-U', undefined]);
        } catch (e) {
            res.end(e.code + ' ' + e.message);
        }
    }],
    ['odd array', function (req, res) {
        try {
            res.writeHead(200, ['X-Odd']);
        } catch (e) {
            res.end(e.code);
        }
    }],
    ['trailer without chunked', function (req, res) {
        try {
            res.writeHead(200, { Trailer: 'X-T', 'Content-Length': '1' });
        } catch (e) {
            res.end(e.code + ' ' + e.message);
        }
    }],
    ['object of strings and numbers', function (req, res) {
        res.writeHead(200, { 'X-N': 1, 'X-S': 's', 'X-F': 1.5 });
        res.end('x');
    }],
    ['object with a deleted name', function (req, res) {
        var h = { 'X-A': 'a', 'X-B': 'b', 'X-C': 'c' };
        delete h['X-B'];
        h['X-D'] = 'd';
        res.writeHead(200, h);
        res.end('x');
    }],
    ['object with a getter', function (req, res) {
        var h = { 'X-A': 'a' };
        Object.defineProperty(h, 'X-G', {
            get: function () { return 'got'; }, enumerable: true
        });
        h['X-Z'] = 'z';
        res.writeHead(200, h);
        res.end('x');
    }],
    ['object with hidden and inherited names', function (req, res) {
        var h = Object.create({ 'X-Inherited': 'no' });
        h['X-Own'] = 'yes';
        Object.defineProperty(h, 'X-Hidden', { value: 'no', enumerable: false });
        res.writeHead(200, h);
        res.end('x');
    }],
    ['object with index-like names', function (req, res) {
        res.writeHead(200, { 'X-A': 'a', '1': 'one', '0': 'zero' });
        res.end('x');
    }],
    ['object with an array value', function (req, res) {
        res.writeHead(200, { 'X-A': 'a', 'X-L': ['l1', 'l2'], 'X-B': 'b' });
        res.end('x');
    }],
    ['fractional code, null reason', function (req, res) {
        res.writeHead(201.9, null, { 'X-A': 'a' });
        res.end('x');
    }],
    ['undefined reason and headers', function (req, res) {
        res.writeHead(202, undefined, undefined);
        res.end('x');
    }],
    ['usual message set before', function (req, res) {
        res.statusMessage = 'Not Found';
        res.writeHead(404, { 'X-A': 'a' });
        res.end('x');
    }],
    ['code without a message, then a changed STATUS_CODES', function (req, res) {
        res.writeHead(299, { 'X-A': 'a' });
        res.end('x');
        http.STATUS_CODES[298] = 'Made Up';
    }],
    ['code from a changed STATUS_CODES', function (req, res) {
        res.writeHead(298);
        res.end('x');
        delete http.STATUS_CODES[298];
    }],
    ['setHeader, then writeHead without headers', function (req, res) {
        res.setHeader('X-Set', 's');
        res.setHeader('Set-Cookie', ['a=1', 'b=2']);
        res.writeHead(202);
        res.end('x');
    }],
    ['setHeader, then end() alone', function (req, res) {
        res.setHeader('Content-Type', 'text/plain');
        res.end('implicit head');
    }],
    ['setHeader and a message of its own, then end()', function (req, res) {
        res.setHeader('X-Set', 's');
        res.statusCode = 404;
        res.statusMessage = 'Not Here';
        res.end('x');
    }],
    ['setHeader, then writeHead with a reason and no headers', function (req, res) {
        res.setHeader('X-Set', 's');
        res.writeHead(200, 'Fine');
        res.end('x');
    }],
    ['Expect given to writeHead', function (req, res) {
        res.writeHead(200, { Expect: 'x', 'Content-Length': '1' });
        console.log('headersSent after writeHead', res.headersSent);
        res.end('x');
    }]
];

function shape(raw) {
    return raw.replace(/Date: [A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT/g,
        'Date: <date>').replace(/\r/g, '\\r');
}

function exchange(port, request, cb) {
    var c = net.connect(port, '127.0.0.1');
    var got = '';
    c.setEncoding('latin1');
    c.on('data', function (d) {
        got += d;
    });
    c.on('end', function () {
        cb(got);
    });
    c.write(request);
}

var index = 0;
var server = http.createServer(function (req, res) {
    cases[Number(req.url.slice(1))][1](req, res);
});
server.keepAliveTimeout = 5500;
server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    function next() {
        if (index === cases.length) {
            return extras(port);
        }
        var i = index++;
        exchange(port, 'GET /' + i + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
            function (raw) {
                console.log('== ' + cases[i][0]);
                console.log(shape(raw));
                next();
            });
    }
    next();
});

// HEAD, HTTP/1.0, keep-alive with maxRequestsPerSocket.
function extras(port) {
    exchange(port, 'HEAD /0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        function (raw) {
            console.log('== HEAD');
            console.log(shape(raw));
            exchange(port, 'GET /1 HTTP/1.0\r\n\r\n', function (raw2) {
                console.log('== HTTP/1.0');
                console.log(shape(raw2));
                server.maxRequestsPerSocket = 2;
                exchange(port, 'GET /0 HTTP/1.1\r\nHost: x\r\n\r\n' +
                    'GET /0 HTTP/1.1\r\nHost: x\r\n\r\n', function (raw3) {
                    console.log('== keep-alive, max 2');
                    console.log(shape(raw3));
                    server.close();
                });
            });
        });
}
