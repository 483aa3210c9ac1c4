// Cyclic garbage made across many callbacks is collected between them:
// the heap stays within a small multiple of what is live, instead of
// growing until Duktape's own allocation-count trigger (about fifty times
// the live objects) fires.  Each round makes 200 objects that each hold a
// closure capturing the object (a cycle reference counting cannot free).
'use strict';
var assert = require('assert');

var rounds = 0;
var peak = 0;

function Holder() {
    var self = this;
    this.get = function () {
        return self;
    };
    this.bytes = Buffer.alloc(256);
}

function round() {
    for (var i = 0; i < 200; i++) {
        new Holder().get();
    }
    var used = process.memoryUsage().heapUsed;
    if (used > peak) {
        peak = used;
    }
    if (++rounds < 4000) {
        setImmediate(round);
    }
}

round();
process.on('exit', function () {
    // 800,000 objects of about 0.5 KiB each went through the heap: 400 MB
    // if nothing were collected; the bound leaves room for what is live.
    assert.ok(peak < 24 * 1024 * 1024, 'peak heap ' + peak + ' bytes');
});
