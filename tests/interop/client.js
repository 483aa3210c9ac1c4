// nodule's HTTP client against a real server; run by node-server.sh and
// nginx.sh, and runnable under node too (it is plain ES5 over http).
//
//   client.js echo PORT    against server.js under node
//   client.js nginx PORT   against the nginx of nginx.sh
//
// Each step makes a request, checks what came back and starts the next;
// the script prints one line per step and exits 0 when all passed, 1 at
// the first failure.
'use strict';

var http = require('http');

var mode = process.argv[2];
var port = Number(process.argv[3]);
var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function check(ok, what, got) {
    if (!ok) {
        console.log('FAIL ' + what + (got === undefined ? '' :
            ': ' + JSON.stringify(got)));
        process.exit(1);
    }
}

// request(options, body pieces or null, cb(res, text)).
function request(options, pieces, cb) {
    options.port = port;
    options.host = '127.0.0.1';
    if (options.agent === undefined) {
        options.agent = agent;
    }
    var req = http.request(options, function (res) {
        var got = [];
        res.setEncoding('latin1');
        res.on('data', function (d) {
            got.push(d);
        });
        res.on('end', function () {
            cb(res, got.join(''), req);
        });
    });
    req.on('error', function (err) {
        check(false, options.method + ' ' + options.path, err.message);
    });
    var i = 0;
    function next() {
        while (pieces && i < pieces.length) {
            if (!req.write(pieces[i++])) {
                req.once('drain', next);
                return;
            }
        }
        req.end();
    }
    next();
    return req;
}

var echoSteps = [
    function (done) {
        request({ path: '/echo?x=1' }, null, function (res, text) {
            check(res.statusCode === 200, 'GET status', res.statusCode);
            var j = JSON.parse(text);
            check(j.url === '/echo?x=1' && j.version === '1.1', 'GET', j);
            done('get');
        });
    },
    function (done) {
        request({ path: '/echo' }, null, function (res, text, req1) {
            var first = JSON.parse(text).port;
            // The socket is free again once the 'end' listeners have run.
            setImmediate(function () {
                request({ path: '/echo' }, null, function (r, text2, req2) {
                    check(JSON.parse(text2).port === first, 'same socket',
                        text2);
                    check(req2.reusedSocket === true, 'reusedSocket');
                    done('keep-alive reuse');
                });
            });
        });
    },
    function (done) {
        request({ path: '/echo', method: 'POST' }, ['abc', 'def'],
            function (res, text) {
                var j = JSON.parse(text);
                check(j.te === 'chunked' && j.body === 'abcdef',
                    'chunked upload', j);
                done('chunked upload');
            });
    },
    function (done) {
        request({ path: '/echo', method: 'PUT',
                  headers: { 'Content-Length': 5 } }, ['hel', 'lo'],
            function (res, text) {
                var j = JSON.parse(text);
                check(j.te === null && j.cl === '5' && j.body === 'hello',
                    'content-length upload', j);
                done('content-length upload');
            });
    },
    function (done) {
        var piece = new Array(16385).join('y');
        var pieces = [];
        for (var i = 0; i < 64; i++) {
            pieces.push(piece);
        }
        request({ path: '/echo', method: 'POST' }, pieces,
            function (res, text) {
                check(JSON.parse(text).length === 64 * 16384, 'large upload',
                    text);
                done('1 MiB upload with backpressure');
            });
    },
    function (done) {
        request({ path: '/chunked' }, null, function (res, text) {
            check(res.headers['transfer-encoding'] === 'chunked',
                'chunked answer', res.headers);
            check(text === 'one\ntwo\nthree\n', 'chunked body', text);
            done('chunked answer');
        });
    },
    function (done) {
        request({ path: '/echo', method: 'HEAD' }, null, function (res, text) {
            check(res.statusCode === 200 && text === '', 'HEAD', text);
            done('HEAD');
        });
    },
    function (done) {
        request({ path: '/empty' }, null, function (res, text) {
            check(res.statusCode === 204 && text === '', '204', text);
            done('204');
        });
    },
    function (done) {
        request({ path: '/close' }, null, function (res, text, req) {
            check(text === 'bye\n' && res.headers.connection === 'close',
                'Connection: close', res.headers);
            req.socket.on('close', function () {
                done('Connection: close');
            });
        });
    }
];

var nginxSteps = [
    function (done) {
        request({ path: '/hello' }, null, function (res, text) {
            check(res.statusCode === 200 && text === 'hello\n', 'GET', text);
            check(/^nginx/.test(res.headers.server), 'Server', res.headers);
            done('get');
        });
    },
    function (done) {
        request({ path: '/static/big.txt' }, null, function (res, text) {
            check(text.length === 200000 && /^z+$/.test(text), 'file',
                text.length);
            done('200 kB file');
        });
    },
    function (done) {
        request({ path: '/hello' }, null, function (res, text, req) {
            check(req.reusedSocket === true, 'reusedSocket');
            done('keep-alive reuse');
        });
    },
    function (done) {
        request({ path: '/hello', method: 'POST' }, ['ab', 'cd'],
            function (res, text) {
                check(res.statusCode === 200, 'chunked POST status',
                    res.statusCode);
                done('chunked upload');
            });
    },
    function (done) {
        request({ path: '/static/big.txt', method: 'HEAD' }, null,
            function (res, text) {
                check(text === '' && res.headers['content-length'] ===
                    '200000', 'HEAD', res.headers);
                done('HEAD');
            });
    },
    function (done) {
        request({ path: '/missing' }, null, function (res) {
            check(res.statusCode === 404, '404', res.statusCode);
            done('404');
        });
    }
];

var steps = mode === 'nginx' ? nginxSteps : echoSteps;
var at = 0;
function run() {
    if (at === steps.length) {
        agent.destroy();
        console.log('all ' + steps.length + ' steps ok');
        return;
    }
    steps[at++](function (name) {
        console.log('ok ' + name);
        // The next step starts once the socket is back in the pool.
        setImmediate(run);
    });
}
run();
