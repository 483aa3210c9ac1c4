// A require cycle hands out partial exports: b.js sees what a.js had
// exported before requiring it, and a.js gets all of b.js.
'use strict';
var assert = require('assert');

var a = require('../fixtures/module/cycle/a');
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.sawB, 'b');
assert.deepStrictEqual(a.bSawA, { name: 'a', early: true,
    late: undefined });
assert.strictEqual(a.late, true);
assert.strictEqual(require('../fixtures/module/cycle/b').sawA.name, 'a');
