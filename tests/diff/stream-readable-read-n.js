// read(n) in paused mode: what read(n) returns for n below, at and above
// what is buffered, before and after the end, when _read is called and
// with which size, read(0), unshift(), setEncoding with a character split
// across chunks, and highWaterMark growing for a large read(n).
var Readable = require('stream').Readable;

function bytes(list) {
    return typeof Buffer.from === 'function' ? Buffer.from(list) :
        new Buffer(list);
}

function show(x) {
    if (x === null) {
        return 'null';
    }
    return typeof x === 'string' ? JSON.stringify(x) :
        'Buffer(' + x.length + ') ' + JSON.stringify(x.toString());
}

function sizes(next) {
    var chunks = ['abc', 'defg', 'hi'];
    var r = new Readable({
        highWaterMark: 5,
        read: function (n) {
            console.log('_read(' + n + ') length ' + this.readableLength);
            this.push(chunks.length ? chunks.shift() : null);
        }
    });
    r.once('readable', function () {
        console.log('readable 1, length ' + r.readableLength);
        console.log('read(2) -> ' + show(r.read(2)));
        console.log('read(4) -> ' + show(r.read(4)));
        console.log('read(10) -> ' + show(r.read(10)) + ' length ' +
            r.readableLength);
        console.log('read(0) -> ' + show(r.read(0)));
        r.once('readable', function () {
            console.log('readable 2, length ' + r.readableLength +
                ' ended ' + r._readableState.ended);
            console.log('read(10) -> ' + show(r.read(10)));
            console.log('read() -> ' + show(r.read()));
        });
    });
    r.on('end', function () { console.log('end'); });
    r.on('close', next);
}

function unshifting(next) {
    var r = new Readable({ read: function () {} });
    r.push('hello world');
    r.push(null);
    r.once('readable', function () {
        var head = r.read(5);
        console.log('head ' + show(head));
        r.unshift(head);
        console.log('after unshift length ' + r.readableLength);
        console.log('read() -> ' + show(r.read()));
        console.log('read() -> ' + show(r.read()));
    });
    r.on('end', function () { console.log('unshift end'); });
    r.on('close', next);
}

function encoded(next) {
    var r = new Readable({ read: function () {} });
    r.setEncoding('utf8');
    console.log('encoding ' + r.readableEncoding);
    // U+20AC (3 bytes) split across two pushes.
    r.push(bytes([0x61, 0xe2, 0x82]));
    r.push(bytes([0xac, 0x62]));
    r.push(null);
    r.on('data', function (chunk) {
        console.log('data ' + typeof chunk + ' ' + JSON.stringify(chunk) +
            ' (' + chunk.length + ')');
    });
    r.on('end', function () { console.log('encoded end'); });
    r.on('close', next);
}

function encodeLater(next) {
    var r = new Readable({ read: function () {} });
    r.push('ab');
    r.push('cd');
    console.log('length before setEncoding ' + r.readableLength);
    r.setEncoding('utf8');
    console.log('length after ' + r.readableLength + ' chunks ' +
        r.readableBuffer.length);
    r.push(null);
    r.on('data', function (chunk) {
        console.log('later data ' + JSON.stringify(chunk));
    });
    r.on('close', next);
}

function bigRead(next) {
    var r = new Readable({
        highWaterMark: 4,
        read: function (n) {
            console.log('big _read(' + n + ')');
            this.push('0123456789');
        }
    });
    console.log('read(100) -> ' + show(r.read(100)));
    console.log('hwm ' + r.readableHighWaterMark);
    process.nextTick(function () {
        console.log('length ' + r.readableLength);
        r.destroy();
        r.on('close', next);
    });
}

var steps = [sizes, unshifting, encoded, encodeLater, bigRead];
(function run() {
    var step = steps.shift();
    if (step) {
        step(function () {
            setImmediate(run);
        });
    }
}());
