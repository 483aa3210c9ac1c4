/*
 * Records Node's util.inspect output for every case in
 * tests/fixtures/util/inspect-cases.js into inspect-expected.json next to
 * it. Run with real Node after changing the cases:
 *
 *     node tests/harness/gen-inspect-expected.js
 */
'use strict';

var fs = require('fs');
var path = require('path');
var util = require('util');

var dir = path.join(__dirname, '..', 'fixtures', 'util');
var cases = require(path.join(dir, 'inspect-cases.js'));
var expected = {};
cases.forEach(function (c) {
    if (Object.prototype.hasOwnProperty.call(expected, c[0])) {
        throw new Error('duplicate case name: ' + c[0]);
    }
    expected[c[0]] = c[2] === undefined ? util.inspect(c[1]()) :
        util.inspect(c[1](), c[2]);
});
fs.writeFileSync(path.join(dir, 'inspect-expected.json'),
    JSON.stringify(expected, null, 1) + '\n');
console.log(cases.length + ' cases written');
