// net: argument errors of connect, listen, setTimeout and friends, as
// Node reports them (name, code, message).
'use strict';
var net = require('net');

function t(label, f) {
    try {
        f();
        console.log(label, 'ok');
    } catch (e) {
        console.log(label, e.name, e.code, e.message);
    }
}

function quiet(socket) {
    socket.on('error', function () {});
    socket.destroy();
}

t('port 70000', function () { quiet(net.connect(70000)); });
t('port -1', function () { quiet(net.connect({ port: -1 })); });
t('port x', function () { quiet(net.connect({ port: 'x' })); });
t('port 1.5', function () { quiet(net.connect({ port: 1.5 })); });
t('port true', function () { quiet(net.connect({ port: true })); });
t('port NaN', function () { quiet(net.connect({ port: NaN })); });
t('port empty', function () { quiet(net.connect({ port: '' })); });
t('no port', function () { quiet(net.connect({})); });
t('host 5', function () { quiet(net.connect({ port: 80, host: 5 })); });
t('path 5', function () { quiet(net.connect({ path: 5 })); });
t('listen 70000', function () { net.createServer().listen(70000); });
t('listen port x', function () {
    net.createServer().listen({ port: 'x' });
});
t('listen {}', function () { net.createServer().listen({}); });
t('listen host only', function () {
    net.createServer().listen({ host: 'x' });
});
t('timeout -1', function () { new net.Socket().setTimeout(-1); });
t('timeout a', function () { new net.Socket().setTimeout('a'); });
t('timeout Infinity', function () {
    new net.Socket().setTimeout(Infinity);
});
t('timeout cb', function () { new net.Socket().setTimeout(1, 5); });
t('server options', function () { net.createServer(5); });
t('connect twice', function () {
    var s = net.connect(1, '127.0.0.1');
    s.on('error', function () {});
    try {
        s.connect(1, '127.0.0.1');
    } finally {
        s.destroy();
    }
});
var s = net.createServer();
s.listen(0, '127.0.0.1', function () {
    t('listen twice', function () { s.listen(0); });
    s.close();
});
