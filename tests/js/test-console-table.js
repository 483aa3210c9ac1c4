// console.table draws Node's box table.
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

c.table([{ a: 1, b: 'xyz' }, { a: 22 }]);
assert.strictEqual(out.text, [
    '\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c' +
        '\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500' +
        '\u2500\u2510',
    '\u2502 (index) \u2502 a  \u2502 b     \u2502',
    '\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c' +
        '\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500' +
        '\u2500\u2524',
    '\u2502 0       \u2502 1  \u2502 \'xyz\' \u2502',
    '\u2502 1       \u2502 22 \u2502       \u2502',
    '\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534' +
        '\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500' +
        '\u2500\u2518',
    ''
].join('\n'));

out.text = '';
c.table([1, 'two']);
assert.ok(out.text.indexOf('\u2502 (index) \u2502 Values \u2502') > 0);
assert.ok(out.text.indexOf('\u2502 1       \u2502 \'two\'  \u2502') > 0);

out.text = '';
c.table(new Map([['k', 1]]));
assert.ok(out.text.indexOf('(iteration index) \u2502 Key \u2502 Values') > 0);

out.text = '';
c.table('not tabular');
assert.strictEqual(out.text, 'not tabular\n');
