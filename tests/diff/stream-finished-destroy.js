// stream.finished and destroy(): when finished's callback runs relative
// to 'end'/'finish'/'close', what it reports (premature close, errors),
// and the 'error' then 'close' order of destroy(err), with autoDestroy,
// emitClose and allowHalfOpen variations.
var stream = require('stream');

function watch(name, s) {
    ['end', 'finish', 'close'].forEach(function (ev) {
        s.on(ev, function () { console.log(name + ': ' + ev); });
    });
    s.on('error', function (err) {
        console.log(name + ': error ' + err.message);
    });
    return s;
}

function done(name) {
    return function (err) {
        console.log(name + ': finished ' +
            (err ? (err.code || err.message) : 'ok') + ' this ok ' +
            (this !== undefined));
    };
}

var cases = [
    function readableEnds(next) {
        var r = watch('r', new stream.Readable({ read: function () {} }));
        stream.finished(r, done('r'));
        r.push('x');
        r.push(null);
        r.resume();
        r.on('close', next);
    },
    function readableDestroyed(next) {
        var r = watch('rd', new stream.Readable({ read: function () {} }));
        stream.finished(r, done('rd'));
        r.destroy();
        console.log('rd: destroyed ' + r.destroyed + ' closed ' + r.closed);
        r.on('close', next);
    },
    function writableErrors(next) {
        var w = watch('we', new stream.Writable({
            write: function (c, e, cb) { cb(new Error('write failed')); }
        }));
        stream.finished(w, done('we'));
        w.write('x', function (err) {
            console.log('we: write cb ' + err.message);
        });
        w.on('close', next);
    },
    function noAutoDestroy(next) {
        var w = watch('nad', new stream.Writable({
            autoDestroy: false,
            write: function (c, e, cb) { cb(); }
        }));
        stream.finished(w, done('nad'));
        w.end('x');
        w.on('finish', function () {
            setImmediate(function () {
                console.log('nad: destroyed ' + w.destroyed);
                w.destroy(new Error('late'));
                w.on('close', next);
            });
        });
    },
    function noEmitClose(next) {
        var r = watch('nec', new stream.Readable({
            emitClose: false,
            read: function () { this.push(null); }
        }));
        stream.finished(r, done('nec'));
        r.resume();
        r.on('end', function () {
            setImmediate(function () {
                console.log('nec: destroyed ' + r.destroyed);
                next();
            });
        });
    },
    function alreadyFinished(next) {
        var r = new stream.Readable({ read: function () {} });
        r.push(null);
        r.resume();
        r.on('close', function () {
            stream.finished(r, done('late'));
            console.log('late: registered');
            setImmediate(next);
        });
    },
    function duplexHalfOpen(next) {
        var d = watch('dup', new stream.Duplex({
            allowHalfOpen: false,
            read: function () { this.push(null); },
            write: function (c, e, cb) { cb(); }
        }));
        stream.finished(d, done('dup'));
        d.resume();
        d.on('close', next);
    },
    function destroyTwice(next) {
        var d = watch('twice', new stream.PassThrough());
        d.destroy(new Error('first'), function (err) {
            console.log('twice: cb1 ' + err.message);
        });
        d.destroy(new Error('second'), function (err) {
            console.log('twice: cb2 ' + err);
        });
        console.log('twice: errored ' + d.errored.message);
        d.on('close', next);
    },
    function destroyWhileConstructing(next) {
        var w = watch('ctor', new stream.Writable({
            construct: function (cb) {
                console.log('ctor: _construct');
                setImmediate(cb);
            },
            write: function (c, e, cb) { cb(); },
            destroy: function (err, cb) {
                console.log('ctor: _destroy ' + err);
                cb(err);
            }
        }));
        w.write('x', function (err) {
            console.log('ctor: write cb ' + (err && err.code));
        });
        w.destroy();
        w.on('close', next);
    },
    function premature(next) {
        var p = watch('pre', new stream.PassThrough());
        stream.finished(p, { readable: false }, done('pre writable only'));
        stream.finished(p, done('pre'));
        p.write('x');
        p.destroy();
        p.on('close', next);
    }
];

(function run() {
    var step = cases.shift();
    if (step) {
        step(function () {
            setImmediate(run);
        });
    }
}());
