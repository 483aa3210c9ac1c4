// require('stream/promises'): pipeline and finished as promises: when
// they settle relative to the streams' events, what they reject with,
// pipeline's trailing options object ({ end: false }), and finished's
// cleanup option. Also the legacy Stream base and its simple pipe().
var stream = require('stream');
var promises = require('stream/promises');

function log(msg) {
    console.log(msg);
}

function src(chunks) {
    return stream.Readable.from(chunks);
}

function collect(name, got) {
    var w = new stream.Writable({
        objectMode: true,
        write: function (c, e, cb) {
            got.push(c);
            setImmediate(cb);
        }
    });
    w.on('finish', function () { log(name + ': finish'); });
    w.on('close', function () { log(name + ': close'); });
    return w;
}

var cases = [
    function resolves(next) {
        var got = [];
        var p = promises.pipeline(src(['a', 'b']),
            new stream.PassThrough({ objectMode: true }),
            collect('ok', got));
        log('ok: is promise ' + (typeof p.then === 'function'));
        p.then(function (value) {
            log('ok: resolved ' + value + ' got ' + got.join(''));
            next();
        });
    },
    function rejects(next) {
        var bad = new stream.Transform({
            objectMode: true,
            transform: function (c, e, cb) { cb(new Error('bad chunk')); }
        });
        promises.pipeline(src([1]), bad, collect('rej', [])).then(null,
            function (err) {
                log('rej: rejected ' + err.message);
                next();
            });
    },
    function keepOpen(next) {
        var got = [];
        var dest = collect('open', got);
        promises.pipeline(src(['x']), dest, { end: false }).then(function () {
            log('open: resolved, writable ' + dest.writable);
            dest.end();
            dest.on('close', next);
        });
    },
    function finishedOk(next) {
        var r = src(['q']);
        promises.finished(r).then(function (v) {
            log('finished: resolved ' + v + ' ended ' + r.readableEnded);
            next();
        });
        r.resume();
    },
    function finishedRejects(next) {
        var r = new stream.Readable({ read: function () {} });
        r.on('error', function () {});
        promises.finished(r, { cleanup: true }).then(null, function (err) {
            log('finished: rejected ' + err.message + ' error listeners ' +
                r.listenerCount('error'));
            next();
        });
        r.destroy(new Error('gone'));
    },
    function legacy(next) {
        var s = new stream.Stream();
        log('legacy: is EventEmitter ' +
            (s instanceof require('events').EventEmitter) +
            ', Readable is Stream ' +
            (new stream.Readable() instanceof stream.Stream));
        var got = [];
        var dest = new stream.Writable({
            write: function (c, e, cb) {
                got.push(String(c));
                cb();
            }
        });
        dest.on('finish', function () {
            log('legacy: dest finish, got ' + got.join(','));
            next();
        });
        s.readable = true;
        s.pipe(dest);
        s.emit('data', 'one');
        s.emit('data', 'two');
        s.emit('end');
    }
];

(function run() {
    var step = cases.shift();
    if (step) {
        step(run);
    }
}());
