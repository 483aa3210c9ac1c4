// Bad arguments to http.request throw Node's errors at once; network
// failures arrive as 'error' events: connection refused, a server that
// closes without answering ("socket hang up"), one that resets in the
// middle of a body ('aborted' on the response), and a malformed answer.
'use strict';
var http = require('http');
var net = require('net');

function t(what, f) {
    try {
        f();
        console.log(what, 'ok');
    } catch (e) {
        console.log(what, e.name, e.code, e.message);
    }
}

function req(o) {
    return http.request(o).on('error', function () {}).destroy();
}

t('protocol', function () { req({ protocol: 'https:' }); });
t('protocol ftp url', function () { req('ftp://example.com/'); });
t('method number', function () { req({ method: 42 }); });
t('method token', function () { req({ method: 'GE T' }); });
t('path space', function () { req({ path: '/a b' }); });
t('path newline', function () { req({ path: '/a\nb' }); });
t('host number', function () { req({ host: 1 }); });
t('hostname object', function () { req({ hostname: {} }); });
t('agent string', function () { req({ agent: 'x' }); });
t('timeout string', function () { req({ timeout: 'x' }); });
t('timeout negative', function () { req({ timeout: -1 }); });
t('header name', function () {
    req({ headers: { 'bad name': 'x' } });
});
t('header value', function () {
    req({ headers: { 'x-ok': 'a\nb' } });
});
t('header undefined', function () {
    req({ headers: { 'x-ok': undefined } });
});
t('setHeader after send', function () {
    var r = http.request({ host: '127.0.0.1', port: 1 });
    r.on('error', function () {});
    r.flushHeaders();
    try {
        r.setHeader('x', '1');
    } finally {
        r.destroy();
    }
});
t('url string', function () { req('not a url'); });
t('port big', function () { req({ host: '127.0.0.1', port: 99999 }); });
t('port negative', function () { req({ host: '127.0.0.1', port: -1 }); });
t('port string', function () {
    req({ host: '127.0.0.1', port: 'abc', agent: false });
});
t('maxHeaderSize', function () { req({ maxHeaderSize: -1 }); });
t('maxHeaderSize fraction', function () { req({ maxHeaderSize: 1.5 }); });
t('maxHeaderSize string', function () { req({ maxHeaderSize: 'x' }); });
t('insecureHTTPParser', function () { req({ insecureHTTPParser: 'x' }); });
t('write number', function () {
    var r = http.request({ host: '127.0.0.1', port: 1 });
    r.on('error', function () {});
    try {
        r.write(5);
    } finally {
        r.destroy();
    }
});
t('setTimeout string', function () {
    var r = http.request({ host: '127.0.0.1', port: 1 });
    r.on('error', function () {});
    try {
        r.setTimeout('x');
    } finally {
        r.destroy();
    }
});
t('odd forms', function () {
    [undefined, null, 5].forEach(function (o) {
        var r = http.request(o);
        r.on('error', function () {});
        r.destroy();
        console.log(' ', r.host, r.path, r.method, r.getHeader('host'));
    });
    var r2 = req({ host: '127.0.0.1', port: 1, method: 'patch', path: 42,
                   headers: { 'x-n': 5, 'x-a': ['a', 'b'] } });
    console.log(' ', r2.method, r2.path, r2.getHeader('x-n'),
        r2.getHeader('x-a'));
});
t('createConnection throws', function () {
    var r = http.request({ createConnection: function () {
        throw new Error('from createConnection');
    } });
    r.on('error', function (e) {
        console.log('createConnection error', e.message);
    });
});
t('agent Agent', function () {
    new http.Agent({ scheduling: 'random' });
});
t('maxTotalSockets', function () {
    new http.Agent({ maxTotalSockets: 0 });
});

var steps = [];

// Connection refused: a port that was free a moment ago.
steps.push(function (next) {
    var s = net.createServer();
    s.listen(0, '127.0.0.1', function () {
        var port = s.address().port;
        s.close(function () {
            var r = http.get({ host: '127.0.0.1', port: port });
            r.on('error', function (e) {
                console.log('refused', e.code, e.syscall, e.errno < 0,
                    e.address, e.port === port,
                    e.message === 'connect ECONNREFUSED 127.0.0.1:' + port);
            });
            r.on('close', function () {
                console.log('refused close');
                next();
            });
        });
    });
});

// rawServer(onConnection, next(port)): a TCP server for one test.
function rawServer(onConnection, run) {
    var s = net.createServer(onConnection);
    s.listen(0, '127.0.0.1', function () {
        run(s.address().port, function done(next) {
            s.close(next);
        });
    });
}

// The server reads the request and closes without a word.
steps.push(function (next) {
    rawServer(function (c) {
        c.once('data', function () {
            c.end();
        });
    }, function (port, done) {
        var r = http.get({ host: '127.0.0.1', port: port });
        r.on('response', function () {
            console.log('hangup: response?');
        });
        r.on('error', function (e) {
            console.log('hangup error', e.code, e.message);
        });
        r.on('close', function () {
            console.log('hangup close');
            done(next);
        });
    });
});

// Half a body, then the server goes away.
steps.push(function (next) {
    rawServer(function (c) {
        c.once('data', function () {
            c.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npart');
            setTimeout(function () {
                c.destroy();
            }, 20);
        });
    }, function (port, done) {
        var r = http.get({ host: '127.0.0.1', port: port });
        r.on('response', function (res) {
            console.log('partial response', res.statusCode);
            res.on('data', function (d) {
                console.log('partial data', String(d));
            });
            res.on('aborted', function () {
                console.log('partial aborted', res.complete);
            });
            res.on('error', function (e) {
                console.log('partial res error', e.code, e.message);
            });
            res.on('end', function () {
                console.log('partial end?');
            });
            res.on('close', function () {
                console.log('partial res close');
                done(next);
            });
        });
        r.on('error', function (e) {
            console.log('partial req error', e.code, e.message);
        });
    });
});

// Not HTTP at all.
steps.push(function (next) {
    rawServer(function (c) {
        c.once('data', function () {
            c.end('SSH-2.0-OpenSSH\r\n');
        });
    }, function (port, done) {
        var r = http.get({ host: '127.0.0.1', port: port });
        r.on('error', function (e) {
            // The reason's wording depends on llhttp's version.
            console.log('garbage error', e.code,
                e.message.indexOf('Parse Error: ') === 0);
        });
        r.on('close', function () {
            console.log('garbage close');
            done(next);
        });
    });
});

var i = 0;
(function run() {
    if (i < steps.length) {
        steps[i++](function () {
            setImmediate(run);
        });
    }
})();
