// util.format: every specifier, extra arguments, and odd inputs.
var util = require('util');
var cases = [
    ['%s', 'str'], ['%s', 42], ['%s', -0], ['%s', null], ['%s', undefined],
    ['%s', { a: 1 }], ['%s', [1, [2, [3]]]],
    ['%d', 42.5], ['%d', '42'], ['%d', 'x'], ['%d', -0], ['%d', {}],
    ['%i', 42.9], ['%i', '-7.5'], ['%i', 'abc'], ['%f', '3.25'], ['%f', 'x'],
    ['%j', { a: [1, 2], b: 'x' }], ['%j', 'str'], ['%o', { a: { b: 1 } }],
    ['%O', { a: { b: { c: { d: 1 } } } }], ['%c', 'color: red'], ['%%'],
    ['%s %s', 'only one'], ['%x %s', 'a'], ['no specifiers', 1, 'two', {}],
    [1, 2, 3], ['%s:%d', 'a', 1, 'extra', { k: 'v' }], ['%', 1], ['%s'],
    ['a%sb%sc', '', ''], ['%s', new Error('err msg').message],
    ['%s', new Date(0).toISOString()], ['%d', true], ['%s', true],
    ['%s', Symbol('sym')], ['%s', [undefined, null]], ['%j', undefined]
];
cases.forEach(function (args) {
    console.log(JSON.stringify(util.format.apply(null, args)));
});
var circular = { name: 'c' };
circular.self = circular;
console.log(util.format('%j', circular));
console.log(util.format('%s', circular));
