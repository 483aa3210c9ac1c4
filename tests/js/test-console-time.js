// console.time/timeLog/timeEnd print 'label: <n>ms'; unknown labels and
// duplicates warn.
'use strict';
var assert = require('assert');
var Console = require('console').Console;

var EventEmitter = require('events');

// A stream stand-in: Node's Console wants an emitter with write().
var out = new EventEmitter();
out.text = '';
out.write = function (s) {
    out.text += s;
    return true;
};
var c = new Console(out);
var warnings = [];
process.emitWarning = function (msg) {
    warnings.push(String(msg));
};

c.time();
c.timeLog(undefined, 'extra', 1);
c.timeEnd();
c.time('job');
c.time('job');
c.timeEnd('job');
c.timeEnd('job');
c.timeLog('nope');

var lines = out.text.split('\n');
assert.ok(/^default: \d+(\.\d+)?ms extra 1$/.test(lines[0]), lines[0]);
assert.ok(/^default: \d+(\.\d+)?ms$/.test(lines[1]), lines[1]);
assert.ok(/^job: \d+(\.\d+)?ms$/.test(lines[2]), lines[2]);
assert.strictEqual(lines.length, 4);
assert.deepStrictEqual(warnings, [
    'Label \'job\' already exists for console.time()',
    'No such label \'job\' for console.timeEnd()',
    'No such label \'nope\' for console.timeLog()'
]);
