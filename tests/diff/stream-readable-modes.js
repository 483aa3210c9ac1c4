// Readable: the order of 'readable', 'data', 'end' and 'close' in paused
// mode, flowing mode, and when both kinds of listener are attached, with
// the nextTick and promise queues interleaved.
var Readable = require('stream').Readable;

function logger(name) {
    return function (msg) {
        console.log(name + ': ' + msg);
    };
}

function source(name, chunks, async) {
    var log = logger(name);
    var i = 0;
    return new Readable({
        highWaterMark: 4,
        read: function (n) {
            log('_read(' + n + ')');
            var self = this;
            function give() {
                if (i < chunks.length) {
                    self.push(chunks[i++]);
                } else {
                    self.push(null);
                }
            }
            if (async) {
                setImmediate(give);
            } else {
                give();
            }
        }
    });
}

function watch(name, r) {
    var log = logger(name);
    r.on('end', function () { log('end'); });
    r.on('close', function () { log('close'); });
    r.on('pause', function () { log('pause'); });
    r.on('resume', function () { log('resume'); });
    return log;
}

function paused(next) {
    var r = source('paused', ['ab', 'cd', 'efg'], false);
    var log = watch('paused', r);
    r.on('readable', function () {
        var chunk;
        log('readable, length ' + r.readableLength);
        while ((chunk = r.read()) !== null) {
            log('read ' + chunk);
        }
    });
    r.on('close', next);
    process.nextTick(function () { log('tick after on(readable)'); });
    Promise.resolve().then(function () { log('microtask'); });
}

function flowing(next) {
    var r = source('flowing', ['ab', 'cd', 'efg'], true);
    var log = watch('flowing', r);
    r.on('data', function (chunk) {
        log('data ' + chunk + ' flowing=' + r.readableFlowing);
    });
    log('after on(data): flowing=' + r.readableFlowing);
    r.on('close', next);
    process.nextTick(function () { log('tick'); });
}

function both(next) {
    var r = source('both', ['x', 'yz'], false);
    var log = watch('both', r);
    r.on('data', function (chunk) { log('data ' + chunk); });
    r.on('readable', function () {
        log('readable');
        var chunk;
        while ((chunk = r.read()) !== null) {
            log('read ' + chunk);
        }
    });
    log('flowing=' + r.readableFlowing + ' paused=' + r.isPaused());
    r.on('close', next);
}

function pauseResume(next) {
    var r = source('pause', ['1', '2', '3', '4'], false);
    var log = watch('pause', r);
    var seen = 0;
    r.on('data', function (chunk) {
        log('data ' + chunk);
        if (++seen === 2) {
            r.pause();
            log('paused: ' + r.isPaused() + ' length ' + r.readableLength);
            setImmediate(function () {
                log('resuming');
                r.resume();
            });
        }
    });
    r.on('close', next);
}

function pushOutsideRead(next) {
    // push() from outside _read while flowing with an empty buffer emits
    // 'data' at once.
    var r = new Readable({ read: function () {} });
    var log = watch('outside', r);
    r.on('data', function (chunk) { log('data ' + chunk); });
    setImmediate(function () {
        log('push a');
        r.push('a');
        log('push b');
        r.push('b');
        log('push null');
        r.push(null);
        log('after push null');
    });
    r.on('close', next);
}

var steps = [paused, flowing, both, pauseResume, pushOutsideRead];
(function run() {
    var step = steps.shift();
    if (step) {
        step(function () {
            setImmediate(run);
        });
    }
}());
