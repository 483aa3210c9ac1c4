// pipe(): a fast source into slow destinations. Logs the source's
// 'pause'/'resume', the destinations' 'drain', 'unpipe', 'finish' and
// 'close', for one destination, for two of different speeds, and for
// unpipe() in the middle.
var stream = require('stream');

function source(name, count) {
    var i = 0;
    var r = new stream.Readable({
        highWaterMark: 2,
        read: function () {
            console.log(name + ': _read ' + i);
            this.push(i < count ? String(i++) : null);
        }
    });
    ['pause', 'resume', 'end', 'close'].forEach(function (ev) {
        r.on(ev, function () { console.log(name + ': src ' + ev); });
    });
    return r;
}

// Call back after `hops` loop iterations (immediates chained): slower
// sinks take more hops. Unlike timers, this order never depends on load.
function after(hops, cb) {
    if (hops === 0) {
        cb();
    } else {
        setImmediate(function () {
            after(hops - 1, cb);
        });
    }
}

function sink(name, hops) {
    var w = new stream.Writable({
        highWaterMark: 1,
        write: function (chunk, enc, cb) {
            console.log(name + ': write ' + chunk);
            after(hops, cb);
        }
    });
    ['drain', 'pipe', 'unpipe', 'finish', 'close'].forEach(function (ev) {
        w.on(ev, function () { console.log(name + ': dest ' + ev); });
    });
    return w;
}

function one(next) {
    var r = source('one', 4);
    var w = sink('one', 1);
    console.log('one: pipe returns dest ' + (r.pipe(w) === w));
    console.log('one: flowing ' + r.readableFlowing);
    w.on('close', next);
}

function two(next) {
    var r = source('two', 3);
    var fast = sink('two-fast', 1);
    var slow = sink('two-slow', 3);
    r.pipe(fast);
    r.pipe(slow);
    var closed = 0;
    function onclose() {
        if (++closed === 2) {
            next();
        }
    }
    fast.on('close', onclose);
    slow.on('close', onclose);
}

function unpipeMidway(next) {
    var r = source('unpipe', 6);
    var w = sink('unpipe', 1);
    var n = 0;
    r.on('data', function () {
        if (++n === 2) {
            r.unpipe(w);
            console.log('unpipe: flowing ' + r.readableFlowing +
                ' pipes ' + r._readableState.pipes.length);
            setImmediate(function () {
                console.log('unpipe: buffered ' + r.readableLength);
                w.end();
            });
        }
    });
    r.pipe(w);
    w.on('close', next);
}

function noEnd(next) {
    var r = source('noend', 2);
    var w = sink('noend', 1);
    r.pipe(w, { end: false });
    r.on('end', function () {
        setImmediate(function () {
            console.log('noend: writable ' + w.writable + ' ended ' +
                w.writableEnded);
            w.end('last');
        });
    });
    w.on('close', next);
}

var steps = [one, two, unpipeMidway, noEnd];
(function run() {
    var step = steps.shift();
    if (step) {
        step(function () {
            setImmediate(run);
        });
    }
}());
