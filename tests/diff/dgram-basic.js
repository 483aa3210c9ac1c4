// dgram as Node runs it: argument errors, errors of an unbound and of a
// closed socket, a loopback round trip (strings, lists, slices, empty
// datagrams), rinfo, EADDRINUSE, connect/remoteAddress/disconnect, the
// implicit bind of send() and the order of events.  Ports are never
// printed.
'use strict';
var dgram = require('dgram');

function t(name, fn) {
    try {
        var r = fn();
        console.log(name, '=>', r instanceof dgram.Socket ? 'Socket' :
            JSON.stringify(r));
    } catch (e) {
        console.log(name, 'THROW', e.name, e.code, JSON.stringify(e.message));
    }
}

t('bad type', function () { return dgram.createSocket('udp5'); });
t('bad type obj', function () { return dgram.createSocket({ type: 'x' }); });
t('bad lookup', function () {
    return dgram.createSocket({ type: 'udp4', lookup: 1 });
});
var s = dgram.createSocket('udp4');
t('address unbound', function () { return s.address(); });
t('remote unbound', function () { return s.remoteAddress(); });
t('broadcast unbound', function () { return s.setBroadcast(true); });
t('ttl unbound', function () { return s.setTTL(5); });
t('ttl string', function () { return s.setTTL('5'); });
t('recv size unbound', function () { return s.getRecvBufferSize(); });
t('send size bad', function () { return s.setSendBufferSize(-1); });
t('send port 0', function () { return s.send('x', 0); });
t('send port big', function () { return s.send('x', 70000, '127.0.0.1'); });
t('send port str', function () { return s.send('x', 'abc', '127.0.0.1'); });
t('send number', function () { return s.send(5, 1234, '127.0.0.1'); });
t('send list', function () { return s.send([5], 1234, '127.0.0.1'); });
t('send address', function () { return s.send('x', 1234, 5); });
t('send offset', function () { return s.send('abc', 5, 1, 1234, 'h'); });
t('send length', function () { return s.send('abc', 1, 5, 1234, 'h'); });
t('connect port', function () { return s.connect(0); });
t('connect address', function () { return s.connect(1234, 5); });
t('disconnect', function () { return s.disconnect(); });
t('membership', function () { return s.addMembership(); });
t('interface', function () { return s.setMulticastInterface(5); });
t('ssm', function () { return s.addSourceSpecificMembership(1); });
t('queue', function () {
    return [s.getSendQueueSize(), s.getSendQueueCount()];
});
t('ref', function () { return s.ref() === s && s.unref() === s; });
t('close', function () { return s.close(); });
t('close twice', function () { return s.close(); });
t('bind closed', function () { return s.bind(0); });
t('send closed', function () { return s.send('x', 1, '127.0.0.1'); });
t('address closed', function () { return s.address(); });

var log = [];
var a = dgram.createSocket('udp4');
var b = dgram.createSocket({ type: 'udp4', recvBufferSize: 32768 });
a.on('listening', function () { log.push('a listening'); });
a.on('close', function () { log.push('a close'); });
b.on('close', function () {
    log.push('b close');
    console.log(log.join('\n'));
    step2();
});

a.bind(0, '127.0.0.1', function () {
    var ap = a.address();
    console.log('a', ap.address, ap.family, typeof ap.port);
    t('bind twice', function () { return a.bind(0); });
    t('interface bad', function () { return a.setMulticastInterface('nope'); });
    t('drop unjoined', function () { return a.dropMembership('239.1.1.1'); });
    t('add unicast', function () { return a.addMembership('1.2.3.4'); });
    t('ttl 0', function () { return a.setTTL(0); });
    t('ttl 64', function () { return a.setTTL(64); });
    t('mttl 300', function () { return a.setMulticastTTL(300); });
    t('mttl 3', function () { return a.setMulticastTTL(3); });
    t('loopback', function () { return a.setMulticastLoopback(true); });
    t('broadcast', function () { return a.setBroadcast(true); });
    t('recv size', function () {
        a.setRecvBufferSize(65536);
        return a.getRecvBufferSize();
    });

    var inuse = dgram.createSocket('udp4');
    inuse.on('error', function (e) {
        console.log('inuse', e.message.replace(/:\d+$/, ':PORT'), e.code,
            e.errno, e.syscall, e.address, e.port === ap.port);
        inuse.close();
        b.bind(0, '127.0.0.1');
    });
    inuse.bind(ap.port, '127.0.0.1');
});

var messages = [['hello'], [['a', Buffer.from('b'), new Uint8Array([99])]],
    [Buffer.from('xyzw'), 1, 2], [''], [[]], ['last']];
b.on('listening', function () {
    log.push('b listening ' + (b.getRecvBufferSize() >= 32768));
    sendNext();
});
function sendNext() {
    var m = messages.shift().slice();
    m.splice(m.length === 3 ? 3 : 1, 0, b.address().port, '127.0.0.1');
    m.push(function (err, n) {
        log.push('sent ' + err + ' ' + n);
    });
    a.send.apply(a, m);
}
b.on('message', function (msg, rinfo) {
    log.push('message ' + JSON.stringify(msg.toString()) + ' ' +
        Buffer.isBuffer(msg) + ' ' + Object.keys(rinfo) + ' ' +
        rinfo.address + ' ' + rinfo.family + ' ' + rinfo.size + ' ' +
        (rinfo.port === a.address().port));
    if (messages.length > 0) {
        sendNext();
    } else {
        a.close(function () {
            log.push('a close callback');
        });
        b.close();
    }
});

// connect, remoteAddress, send without an address, disconnect; and the
// implicit bind of an unbound socket's first send.
function step2() {
    var server = dgram.createSocket('udp4');
    var client = dgram.createSocket('udp4');
    server.bind(0, '127.0.0.1', function () {
        var port = server.address().port;
        client.connect(port, '127.0.0.1', function (err) {
            console.log('connect', err);
            var r = client.remoteAddress();
            console.log('remote', r.address, r.family, r.port === port);
            t('connect again', function () { return client.connect(port); });
            t('send with address', function () {
                return client.send('x', 0, 1, port, '127.0.0.1');
            });
            client.send('via connect', function (e, n) {
                console.log('sent connected', e, n);
            });
        });
    });
    server.on('message', function (msg) {
        console.log('server got', msg.toString());
        if (msg.toString() === 'via connect') {
            client.disconnect();
            t('remote after disconnect', function () {
                return client.remoteAddress();
            });
            var fresh = dgram.createSocket('udp4');
            fresh.send('implicit', server.address().port, function (e, n) {
                console.log('implicit', e, n, fresh.address().address);
                fresh.close();
            });
        } else {
            client.close();
            server.close(function () {
                console.log('done');
            });
        }
    });
}
