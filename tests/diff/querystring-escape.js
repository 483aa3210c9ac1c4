// querystring escape/unescape, parse and stringify.
var qs = require('querystring');
var strings = ['', 'abc', 'a b', 'a+b', '&=?#', 'é', '\u2603', '%', '%zz',
    '%E9', '%C3%A9', '~!*()\'', 'a%20b+c'];
strings.forEach(function (s) {
    console.log(JSON.stringify(s), JSON.stringify(qs.escape(s)),
        JSON.stringify(qs.unescape(s)));
});
console.log(JSON.stringify(qs.parse('a=1&b=2&a=3&c&d=&=e&f=%20g+h')));
console.log(JSON.stringify(qs.parse('a:1;b:2', ';', ':')));
console.log(JSON.stringify(qs.parse('a=1&b=2&c=3', null, null,
    { maxKeys: 2 })));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null,
    e: undefined, f: 'é' }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
