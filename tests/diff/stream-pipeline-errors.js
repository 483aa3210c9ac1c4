// stream.pipeline: the callback's error and timing, and which streams get
// destroyed (and in what order 'error'/'close' arrive) when a source, a
// transform or a destination fails, or a destination closes early.
var stream = require('stream');

function label(name, s) {
    ['end', 'finish', 'close'].forEach(function (ev) {
        s.on(ev, function () { console.log('  ' + name + ' ' + ev); });
    });
    s.on('error', function (err) {
        console.log('  ' + name + ' error ' + (err.code || err.message));
    });
    return s;
}

function src(name, chunks, failAt) {
    var i = 0;
    return label(name, new stream.Readable({
        read: function () {
            var self = this;
            setImmediate(function () {
                if (i === failAt) {
                    self.destroy(new Error('source failed'));
                } else if (i < chunks.length) {
                    self.push(chunks[i++]);
                } else {
                    self.push(null);
                }
            });
        }
    }));
}

function upper(name, failOn) {
    return label(name, new stream.Transform({
        transform: function (chunk, enc, cb) {
            if (String(chunk) === failOn) {
                cb(new Error('transform failed'));
            } else {
                cb(null, String(chunk).toUpperCase());
            }
        }
    }));
}

function dst(name, got, failOn) {
    return label(name, new stream.Writable({
        write: function (chunk, enc, cb) {
            got.push(String(chunk));
            if (String(chunk) === failOn) {
                cb(new Error('sink failed'));
            } else {
                setImmediate(cb);
            }
        }
    }));
}

function report(name, got, next) {
    return function (err) {
        console.log(name + ': callback ' +
            (err ? 'error ' + (err.code || err.message) : 'ok') +
            ', got [' + got.join(',') + '], args ' + arguments.length);
        setImmediate(next);
    };
}

var cases = [
    function ok(next) {
        var got = [];
        console.log('ok:');
        var last = stream.pipeline(src('src', ['a', 'b']), upper('up'),
            dst('dst', got), report('ok', got, next));
        console.log('  returns last ' + (last instanceof stream.Writable));
    },
    function sourceFails(next) {
        var got = [];
        console.log('source fails:');
        stream.pipeline(src('src', ['a', 'b', 'c'], 1), upper('up'),
            dst('dst', got), report('source fails', got, next));
    },
    function transformFails(next) {
        var got = [];
        console.log('transform fails:');
        stream.pipeline(src('src', ['a', 'b', 'c']), upper('up', 'b'),
            dst('dst', got), report('transform fails', got, next));
    },
    function sinkFails(next) {
        var got = [];
        console.log('sink fails:');
        stream.pipeline([src('src', ['a', 'b', 'c']), upper('up'),
            dst('dst', got, 'B')], report('sink fails', got, next));
    },
    function prematureClose(next) {
        var got = [];
        console.log('destination destroyed:');
        var d = dst('dst', got);
        stream.pipeline(src('src', ['a', 'b', 'c']), d,
            report('destination destroyed', got, next));
        setImmediate(function () {
            d.destroy();
        });
    }
];

(function run() {
    var step = cases.shift();
    if (step) {
        step(run);
    }
}());
