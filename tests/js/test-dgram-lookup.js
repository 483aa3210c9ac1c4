// A dgram socket's own `lookup` option resolves every address it is given
// (literals too, as in Node): for bind, send and connect, with the
// socket's family; its errors reach the send callback.
'use strict';
var assert = require('assert');
var dgram = require('dgram');

var asked = [];
function lookup(host, family, cb) {
    asked.push(host + '/' + family);
    if (host === 'nowhere') {
        var err = new Error('no such host');
        err.code = 'ENOTFOUND';
        process.nextTick(cb, err);
        return;
    }
    process.nextTick(cb, null, '127.0.0.1', 4);
}

var got = [];
process.on('exit', function () {
    assert.deepStrictEqual(asked, ['me/4', '0.0.0.0/4', 'me/4',
        '127.0.0.1/4', 'nowhere/4']);
    assert.deepStrictEqual(got.sort(), ['a', 'b', 'error ENOTFOUND']);
});

var rx = dgram.createSocket({ type: 'udp4', lookup: lookup });
rx.bind(0, 'me', function () {
    assert.strictEqual(rx.address().address, '127.0.0.1');
    var port = rx.address().port;
    var tx = dgram.createSocket({ type: 'udp4', lookup: lookup });
    tx.send('a', port, 'me', function (err) {
        assert.ifError(err);
        tx.send('b', port, '127.0.0.1', function (err2) {
            assert.ifError(err2);
            tx.send('c', port, 'nowhere', function (err3) {
                got.push('error ' + err3.code);
                tx.close();
                maybeDone();
            });
        });
    });
});
rx.on('message', function (msg) {
    got.push(msg.toString());
    maybeDone();
});

function maybeDone() {
    if (got.length === 3) {
        rx.close();
    }
}
