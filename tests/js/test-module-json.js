// JSON modules: parsed once, cached, and a syntax error names the file.
'use strict';
var assert = require('assert');
var path = require('path');

var fx = path.join(__dirname, '..', 'fixtures', 'module');
var data = require('../fixtures/module/data.json');
assert.deepStrictEqual(data, { name: 'data', list: [1, 2, 3],
    nested: { ok: true } });
assert.strictEqual(require('../fixtures/module/data.json'), data);
assert.throws(function () {
    require('../fixtures/module/bad.json');
}, function (err) {
    assert.ok(err instanceof SyntaxError);
    assert.strictEqual(err.message.indexOf(path.join(fx, 'bad.json') + ': '),
        0, err.message);
    return true;
});
