// net: the order of events on both ends of a connection, error shapes
// (ports masked), server close semantics, and an unhandled connect error
// ending the process with status 1.
'use strict';
var net = require('net');

function mask(s, port) {
    return String(s).split(String(port)).join('PORT');
}

function steps(list) {
    var i = 0;
    function next() {
        if (i < list.length) {
            list[i++](next);
        }
    }
    next();
}

// Each side's events in order; the two sides interleave differently from
// run to run, so each is printed on its own.
function echo(next) {
    var logs = { server: [], client: [] };
    function log(side) {
        logs[side].push(Array.prototype.slice.call(arguments, 1).join(' '));
    }
    var server = net.createServer(function (sock) {
        log('server', 'connection', sock.remoteFamily,
            typeof sock.remotePort);
        sock.on('data', function (d) {
            log('server', 'data', JSON.stringify(String(d)));
            sock.write(String(d).toUpperCase());
        });
        sock.on('end', function () {
            log('server', 'end');
        });
        sock.on('finish', function () {
            log('server', 'finish');
        });
        sock.on('close', function (hadError) {
            log('server', 'close', hadError);
        });
    });
    server.on('listening', function () {
        log('server', 'listening', server.listening);
    });
    server.on('close', function () {
        log('server', 'close event');
        console.log('server:', JSON.stringify(logs.server, null, 1));
        console.log('client:', JSON.stringify(logs.client, null, 1));
        next();
    });
    server.listen(0, '127.0.0.1', function () {
        var c = net.connect(server.address().port, '127.0.0.1', function () {
            log('client', 'connect cb');
        });
        log('client', 'pending', c.pending, c.readyState);
        c.on('ready', function () {
            log('client', 'ready', c.readyState);
            c.write('hello');
        });
        c.on('data', function (d) {
            log('client', 'data', JSON.stringify(String(d)));
            c.end();
        });
        c.on('end', function () {
            log('client', 'end');
        });
        c.on('finish', function () {
            log('client', 'finish');
        });
        c.on('close', function (hadError) {
            log('client', 'close', hadError, c.destroyed, c.readyState);
            server.close(function (err) {
                log('server', 'close cb', err);
            });
        });
    });
}

function refused(next) {
    var probe = net.createServer().listen(0, '127.0.0.1', function () {
        var port = probe.address().port;
        probe.close(function () {
            var c = net.createConnection({ port: port, host: '127.0.0.1' });
            c.on('error', function (err) {
                console.log('error:', mask(err.message, port), err.code,
                    err.syscall, err.address, mask(err.port, port));
            });
            c.on('close', function (hadError) {
                console.log('close after error', hadError);
                next();
            });
        });
    });
}

function inUse(next) {
    var a = net.createServer().listen(0, '127.0.0.1', function () {
        var port = a.address().port;
        var b = net.createServer();
        b.on('error', function (err) {
            console.log('listen error:', mask(err.message, port), err.code,
                err.syscall, err.address, mask(err.port, port));
            a.close(next);
        });
        b.listen(port, '127.0.0.1');
    });
}

function notRunning(next) {
    var s = net.createServer();
    s.on('close', function () {
        console.log('close event of a server never listening');
    });
    s.close(function (err) {
        console.log('close cb:', err.code, err.message);
        next();
    });
}

function unhandled() {
    var probe = net.createServer().listen(0, '127.0.0.1', function () {
        var port = probe.address().port;
        probe.close(function () {
            process.on('exit', function (code) {
                console.log('exit', code);
            });
            net.connect(port, '127.0.0.1');
        });
    });
}

steps([echo, refused, inUse, notRunning, unhandled]);
