// ES modules cannot be required: .mjs files and .js files in a
// "type": "module" package throw ERR_REQUIRE_ESM; .cjs still works there.
'use strict';
var assert = require('assert');

assert.throws(function () {
    require('../fixtures/module/esm.mjs');
}, { code: 'ERR_REQUIRE_ESM' });
assert.throws(function () {
    require('../fixtures/module/type-module');
}, { code: 'ERR_REQUIRE_ESM' });
assert.strictEqual(require('../fixtures/module/type-module/legacy.cjs'),
    'cjs in a module package');
