// A '#!' first line is skipped and later lines keep their numbers.
'use strict';
var assert = require('assert');

var mod = require('../fixtures/module/shebang.js');
assert.strictEqual(mod.ok, true);
// The Error was made on line 4 of shebang.js.
assert.ok(/shebang\.js:4\b/.test(mod.line), mod.line);
