// Client timeouts and aborts, and the order of the events they cause:
// options.timeout and req.setTimeout() emit 'timeout' without ending
// anything; destroy() after it gives "socket hang up" (so does abort(),
// after its 'abort' event); destroy(err) passes err on; a response being
// read when the request is destroyed gets 'aborted' and an error.
'use strict';
var http = require('http');

var server = http.createServer(function (req, res) {
    if (req.url === '/slow-body') {
        res.writeHead(200, { 'Content-Length': 10 });
        res.write('abc');
        return; // never ends
    }
    // '/silent' never answers
});

function log(tag) {
    return function (e) {
        console.log(tag, e && e.code, e && e.message);
    };
}

var port;
var steps = [
    function (next) {
        var req = http.get({ host: '127.0.0.1', port: port, path: '/silent',
                             timeout: 30, agent: false });
        req.on('timeout', function () {
            console.log('option timeout fired, destroyed', req.destroyed);
            req.destroy();
        });
        req.on('error', log('option timeout error'));
        req.on('close', function () {
            console.log('option timeout close');
            next();
        });
    },
    function (next) {
        var req = http.get({ host: '127.0.0.1', port: port, path: '/silent',
                             agent: false });
        req.setTimeout(30, function () {
            console.log('setTimeout callback');
            req.abort();
        });
        req.on('abort', function () {
            console.log('abort event, aborted', req.aborted);
        });
        req.on('error', log('abort error?'));
        req.on('close', function () {
            console.log('abort close');
            next();
        });
    },
    function (next) {
        var req = http.get({ host: '127.0.0.1', port: port, path: '/silent',
                             agent: false });
        req.on('socket', function () {
            setTimeout(function () {
                var e = new Error('mine');
                e.code = 'EMINE';
                req.destroy(e);
            }, 10);
        });
        req.on('error', log('destroy(err) error'));
        req.on('close', function () {
            console.log('destroy(err) close');
            next();
        });
    },
    function (next) {
        // Destroyed before it even has a socket.
        var req = http.get({ host: '127.0.0.1', port: port, path: '/silent',
                             agent: false });
        req.destroy();
        req.on('error', log('early destroy error'));
        req.on('close', function () {
            console.log('early destroy close');
            next();
        });
    },
    function (next) {
        var req = http.get({ host: '127.0.0.1', port: port,
                             path: '/slow-body', agent: false },
            function (res) {
                res.on('data', function (d) {
                    console.log('slow data', String(d));
                    req.destroy();
                });
                res.on('aborted', function () {
                    console.log('slow aborted');
                });
                res.on('error', log('slow res error'));
                res.on('close', function () {
                    console.log('slow res close');
                });
            });
        req.on('error', log('slow req error?'));
        req.on('close', function () {
            console.log('slow req close');
            setTimeout(next, 20);
        });
    }
];

server.listen(0, '127.0.0.1', function () {
    port = server.address().port;
    var i = 0;
    (function run() {
        if (i === steps.length) {
            server.closeAllConnections();
            server.close();
            return;
        }
        steps[i++](function () {
            setImmediate(run);
        });
    })();
});
