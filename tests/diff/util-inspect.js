// util.inspect of simple values and nested objects, as console.log shows
// them.
var util = require('util');
function Foo() { this.x = 1; }
var nested = { a: { b: { c: { d: { e: 1 } } } }, arr: [1, [2, [3, [4]]]] };
var values = [
    1, -0, 1.5, NaN, Infinity, 'str', 'it\'s', 'line\nbreak', true, null,
    undefined, [], {}, [1, 2, 3], { a: 1, b: 'two', c: [3] }, nested,
    new Foo(), [undefined, null], [, 1, , 2], { 'key with space': 1 },
    Object.create(null), new Date(0), /ab+c/gi, new Error('boom').message,
    function named() {}, [function () {}], new Array(120).join('x'),
    { long1: 'aaaaaaaaaaaaaaaaaaaa', long2: 'bbbbbbbbbbbbbbbbbbbb',
      long3: 'cccccccccccccccccccc', long4: 'dddddddddddddddddddd' },
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
     21, 22, 23, 24, 25, 26, 27, 28],
    Buffer.from('hello'), new Uint8Array([1, 2, 3]),
    Object.create({ inherited: 1 })
];
values.forEach(function (v) { console.log(util.inspect(v)); });
console.log(util.inspect(nested, { depth: 0 }));
console.log(util.inspect(nested, { depth: Infinity }));
var big = [];
for (var i = 0; i < 130; i++) big.push(i);
console.log(util.inspect(big));
console.log(util.inspect({ a: 1, b: { c: 2 } }, { compact: false }));
console.log(util.inspect('x'.repeat ? 'x' : 'x', { colors: false }));
