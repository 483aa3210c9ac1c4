// util.inspect prints ~150 values (tests/fixtures/util/inspect-cases.js)
// exactly as Node 20 does (inspect-expected.json, recorded from Node).
'use strict';
var util = require('util');
var path = require('path');
var fs = require('fs');

var dir = path.join(__dirname, '..', 'fixtures', 'util');
var cases = require(path.join(dir, 'inspect-cases.js'));
var expected = JSON.parse(fs.readFileSync(path.join(dir,
    'inspect-expected.json'), 'utf8'));

var failures = 0;
cases.forEach(function (c) {
    var actual = c[2] === undefined ? util.inspect(c[1]()) :
        util.inspect(c[1](), c[2]);
    if (actual !== expected[c[0]]) {
        failures++;
        process.stdout.write('MISMATCH ' + c[0] + '\n  got:      ' +
            JSON.stringify(actual) + '\n  expected: ' +
            JSON.stringify(expected[c[0]]) + '\n');
    }
});
if (cases.length < 100 || Object.keys(expected).length !== cases.length) {
    throw new Error('case list and expected output are out of step');
}
if (failures > 0) {
    throw new Error(failures + ' of ' + cases.length +
        ' values printed differently from Node');
}
