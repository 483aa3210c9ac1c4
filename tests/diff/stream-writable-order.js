// Writable: write() return values, 'drain', write callbacks (sync and
// async _write), cork/uncork with _writev, _final, 'prefinish', 'finish'
// and 'close', each logged in order with ticks and microtasks between.
var Writable = require('stream').Writable;

function log(name, msg) {
    console.log(name + ': ' + msg);
}

function watch(name, w) {
    ['drain', 'prefinish', 'finish', 'close', 'error'].forEach(function (ev) {
        w.on(ev, function (arg) {
            log(name, ev + (arg instanceof Error ? ' ' + arg.code : ''));
        });
    });
}

function syncWrites(next) {
    var w = new Writable({
        highWaterMark: 3,
        write: function (chunk, enc, cb) {
            log('sync', '_write ' + chunk + ' ' + enc);
            cb();
        }
    });
    watch('sync', w);
    log('sync', 'write ab -> ' + w.write('ab', function (err) {
        log('sync', 'cb ab ' + err);
    }));
    log('sync', 'write cd -> ' + w.write('cd', function () {
        log('sync', 'cb cd');
    }));
    log('sync', 'length ' + w.writableLength + ' needDrain ' +
        w.writableNeedDrain);
    process.nextTick(function () { log('sync', 'tick'); });
    Promise.resolve().then(function () { log('sync', 'microtask'); });
    w.end('ef', function () { log('sync', 'end cb'); });
    log('sync', 'ended ' + w.writableEnded + ' finished ' +
        w.writableFinished);
    w.on('close', next);
}

function asyncWrites(next) {
    var w = new Writable({
        highWaterMark: 2,
        write: function (chunk, enc, cb) {
            log('async', '_write ' + chunk);
            setImmediate(cb);
        },
        final: function (cb) {
            log('async', '_final');
            setImmediate(cb);
        }
    });
    watch('async', w);
    var i = 0;
    function more() {
        var ok = true;
        while (i < 5 && ok) {
            ok = w.write(String(i++));
            log('async', 'write ' + (i - 1) + ' -> ' + ok + ' length ' +
                w.writableLength);
        }
        if (i < 5) {
            w.once('drain', more);
        } else {
            w.end();
        }
    }
    more();
    w.on('close', next);
}

function corked(next) {
    var w = new Writable({
        write: function (chunk, enc, cb) {
            log('cork', '_write ' + chunk);
            cb();
        },
        writev: function (chunks, cb) {
            log('cork', '_writev ' + chunks.map(function (c) {
                return c.chunk.toString() + '/' + c.encoding;
            }).join(','));
            cb();
        }
    });
    watch('cork', w);
    w.write('solo');
    w.cork();
    w.cork();
    w.write('a', function () { log('cork', 'cb a'); });
    w.write('b');
    log('cork', 'corked ' + w.writableCorked + ' buffered ' +
        w.writableBuffer.length);
    w.uncork();
    log('cork', 'after one uncork: corked ' + w.writableCorked);
    process.nextTick(function () {
        w.uncork();
        log('cork', 'uncorked');
        w.cork();
        w.write('c');
        w.write('d');
        w.end('e');
        log('cork', 'end called, corked ' + w.writableCorked);
    });
    w.on('close', next);
}

function finalError(next) {
    var w = new Writable({
        write: function (chunk, enc, cb) { cb(); },
        final: function (cb) {
            log('final-error', '_final');
            cb(new Error('no'));
        }
    });
    watch('final-error', w);
    w.end('x', function (err) { log('final-error', 'end cb ' + err.message); });
    w.on('close', next);
}

var steps = [syncWrites, asyncWrites, corked, finalError];
(function run() {
    var step = steps.shift();
    if (step) {
        step(function () {
            setImmediate(run);
        });
    }
}());
