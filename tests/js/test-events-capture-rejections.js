// captureRejections is left out of nodule: asking for it fails loudly
// with ERR_NOT_SUPPORTED rather than being silently ignored.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');

assert.throws(function () {
    return new EventEmitter({ captureRejections: true });
}, { code: 'ERR_NOT_SUPPORTED' });
assert.throws(function () {
    EventEmitter.captureRejections = true;
}, { code: 'ERR_NOT_SUPPORTED' });
assert.strictEqual(EventEmitter.captureRejections, false);
// Asking for the default is fine.
assert.ok(new EventEmitter({ captureRejections: false }));
