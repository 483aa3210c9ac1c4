// File streams: ReadStream ranges, encodings and events, WriteStream
// writes, start, append and batching, errors, fds and FileHandles, pipe.
'use strict';
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
process.chdir(dir);
fs.writeFileSync('abc', 'abcdefghijklmnopqrstuvwxyz');

var steps = [];
function step(fn) {
    steps.push(fn);
}
function next() {
    var fn = steps.shift();
    if (fn) {
        fn(next);
    }
}

function events(stream, name, done) {
    var got = [];
    ['open', 'ready', 'end', 'finish', 'close'].forEach(function (ev) {
        stream.on(ev, function (arg) {
            got.push(ev + (ev === 'open' ? ':' + typeof arg : ''));
            if (ev === 'close') {
                console.log(name, got.join(' '));
                done();
            }
        });
    });
    stream.on('error', function (err) {
        got.push('error:' + err.code + ':' + err.syscall);
    });
    return got;
}

step(function (done) {
    var rs = fs.createReadStream('abc', { start: 2, end: 10,
        highWaterMark: 4 });
    var chunks = [];
    console.log('pending', rs.pending, rs.path, rs.flags, rs.mode,
        rs.autoClose, rs.bytesRead);
    rs.on('data', function (c) { chunks.push(c.toString()); });
    events(rs, 'range', function () {
        console.log(chunks, rs.bytesRead, rs.pending, rs.destroyed);
        done();
    });
});

step(function (done) {
    var rs = fs.createReadStream('abc', { encoding: 'hex', end: 3 });
    rs.on('data', function (c) { console.log('hex', c); });
    events(rs, 'hex', done);
});

step(function (done) {
    var rs = fs.createReadStream('missing');
    events(rs, 'missing', done);
});

step(function (done) {
    var ws = fs.createWriteStream('out');
    ws.write('hello ');
    ws.write(Buffer.from('world'));
    ws.cork();
    ws.write(' a');
    ws.write(' b');
    ws.uncork();
    ws.end('!');
    events(ws, 'write', function () {
        console.log(JSON.stringify(fs.readFileSync('out', 'utf8')),
            ws.bytesWritten, ws.pending);
        done();
    });
});

step(function (done) {
    var ws = fs.createWriteStream('out', { flags: 'r+', start: 2 });
    ws.end('XY');
    events(ws, 'start', function () {
        console.log(JSON.stringify(fs.readFileSync('out', 'utf8')));
        done();
    });
});

step(function (done) {
    var ws = fs.createWriteStream('out', { flags: 'a' });
    ws.end('+');
    events(ws, 'append', function () {
        console.log(JSON.stringify(fs.readFileSync('out', 'utf8')));
        done();
    });
});

step(function (done) {
    var ws = fs.createWriteStream('no/such/dir/out');
    ws.write('x', function (err) { console.log('write cb', err && err.code); });
    events(ws, 'bad dir', done);
});

step(function (done) {
    var fd = fs.openSync('abc', 'r');
    var rs = fs.createReadStream(null, { fd: fd, start: 20, autoClose: false });
    rs.on('data', function (c) { console.log('fd data', c.toString()); });
    rs.on('end', function () {
        setTimeout(function () { // no autoClose: no 'close' either
            console.log('fd still open', fs.fstatSync(fd).size, rs.destroyed);
            fs.closeSync(fd);
            done();
        }, 10);
    });
});

step(function (done) {
    fs.promises.open('abc').then(function (fh) {
        var rs = fh.createReadStream({ start: 23 });
        rs.on('data', function (c) { console.log('fh data', c.toString()); });
        events(rs, 'filehandle', function () {
            console.log('fh fd', fh.fd);
            done();
        });
    });
});

step(function (done) {
    var rs = fs.createReadStream('abc');
    var ws = fs.createWriteStream('copy');
    rs.pipe(ws);
    events(ws, 'pipe', function () {
        console.log('copied', fs.readFileSync('copy', 'utf8'));
        done();
    });
});

step(function (done) {
    var rs = fs.createReadStream('abc', { highWaterMark: 5 });
    rs.once('data', function (c) {
        console.log('first', c.toString());
        rs.close(function (err) {
            console.log('closed early', err && err.code, rs.destroyed);
            done();
        });
    });
});

step(function (done) {
    try {
        fs.createReadStream('abc', { start: 5, end: 2 });
    } catch (e) {
        console.log(e.code, e.message);
    }
    try {
        fs.createWriteStream('abc', { start: -1 });
    } catch (e) {
        console.log(e.code, e.message);
    }
    try {
        fs.createReadStream({});
    } catch (e) {
        console.log(e.code, e.message);
    }
    console.log(fs.ReadStream === fs.createReadStream('abc').constructor,
        typeof fs.WriteStream, fs.FileReadStream === fs.ReadStream);
    done();
});

step(function () {
    setTimeout(function () {
        process.chdir('/');
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
    }, 20);
});

next();
