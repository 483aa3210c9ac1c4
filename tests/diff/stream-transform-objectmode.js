// Transform and PassThrough: the order of _transform, its callback forms
// (push vs cb(null, data)), _flush, and the readable/writable events;
// Transform backpressure with a paused reader; objectMode Readable.from
// over an array, a Set and a string; write after end and null writes.
var stream = require('stream');

function log(msg) {
    console.log(msg);
}

function watch(name, s) {
    ['prefinish', 'finish', 'end', 'close'].forEach(function (ev) {
        s.on(ev, function () { log(name + ': ' + ev); });
    });
    s.on('error', function (err) {
        log(name + ': error ' + (err.code || err.message));
    });
    return s;
}

function transform(next) {
    var t = watch('t', new stream.Transform({
        transform: function (chunk, enc, cb) {
            log('t: _transform ' + chunk + ' ' + enc);
            if (String(chunk) === 'twice') {
                this.push('one');
                this.push('two');
                cb();
            } else {
                cb(null, String(chunk).toUpperCase());
            }
        },
        flush: function (cb) {
            log('t: _flush');
            this.push('flushed');
            cb(null, 'last');
        }
    }));
    t.on('data', function (d) { log('t: data ' + d); });
    t.write('a');
    t.write('twice');
    t.end('b');
    log('t: end called');
    t.on('close', next);
}

function backpressure(next) {
    var n = 0;
    var t = watch('bp', new stream.Transform({
        highWaterMark: 2,
        objectMode: true,
        transform: function (chunk, enc, cb) {
            n++;
            log('bp: _transform ' + chunk);
            cb(null, chunk * 10);
        }
    }));
    for (var i = 1; i <= 6; i++) {
        log('bp: write ' + i + ' -> ' + t.write(i));
    }
    t.end();
    setImmediate(function () {
        log('bp: transformed ' + n + ' readable ' + t.readableLength +
            ' writable ' + t.writableLength);
        t.on('data', function (d) { log('bp: data ' + d); });
    });
    t.on('close', next);
}

function passThrough(next) {
    var p = watch('pt', new stream.PassThrough({ objectMode: true }));
    p.on('data', function (d) { log('pt: data ' + JSON.stringify(d)); });
    p.write({ a: 1 });
    p.write([2]);
    p.end('three');
    p.on('close', next);
}

function from(next) {
    var sources = [[1, 2, 3], new Set(['x', 'y']), 'whole string'];
    var pending = sources.length;
    sources.forEach(function (src, k) {
        var r = watch('from' + k, stream.Readable.from(src));
        log('from' + k + ': objectMode ' + r.readableObjectMode +
            ' hwm ' + r.readableHighWaterMark);
        r.on('data', function (d) { log('from' + k + ': data ' + d); });
        r.on('close', function () {
            if (--pending === 0) {
                next();
            }
        });
    });
}

function fromNull(next) {
    var r = watch('fromnull', stream.Readable.from(['a', null, 'b']));
    r.on('data', function (d) { log('fromnull: data ' + d); });
    r.on('close', next);
}

function writeAfterEnd(next) {
    var w = watch('wae', new stream.Writable({
        write: function (c, e, cb) { cb(); }
    }));
    w.end();
    var ret = w.write('late', function (err) {
        log('wae: write cb ' + err.code);
    });
    log('wae: write returned ' + ret);
    try {
        w.write(null);
    } catch (err) {
        log('wae: null throws ' + err.code);
    }
    w.on('close', next);
}

var steps = [transform, backpressure, passThrough, from, fromNull,
    writeAfterEnd];
(function run() {
    var step = steps.shift();
    if (step) {
        step(function () {
            setImmediate(run);
        });
    }
}());
