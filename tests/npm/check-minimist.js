// minimist under nodule: parsing argument vectors (fixed arrays, and the
// real process.argv of this program).
'use strict';
var assert = require('assert');
var parse = require('minimist');

function show(label, argv, opts) {
    var out = parse(argv, opts);
    console.log(label, JSON.stringify(out));
    return out;
}

show('basic', ['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']);
show('negation', ['--no-color', '--verbose', '--no-cache', 'x']);
show('numbers', ['-n', '-5', '--float', '3.25', '--hex', '0x10', '--exp', '1e3', '7', '08']);
show('double-dash', ['--name', 'a', '--', '--not-a-flag', '-x'], { '--': true });
show('double-dash-plain', ['--name', 'a', '--', '--not-a-flag']);
show('string', ['-s', '007', '--id', '42', '--n', '1'], { string: ['s', 'id'] });
show('boolean', ['-t', 'moo', '--verbose', 'file', '--debug=false'],
    { boolean: ['t', 'verbose', 'debug'] });
show('alias', ['-h', '-v', '2', '--out', 'x.txt'],
    { alias: { h: 'help', v: ['verbose', 'V'], o: 'out' } });
show('defaults', ['--port', '80'], { default: { port: 8080, host: 'localhost' } });
show('dotted', ['--a.b.c', '1', '--a.b.d', 'two', '--x.y=3']);
show('repeated', ['--tag', 'a', '--tag', 'b', '-vvv']);
show('stopEarly', ['run', '--fast', 'x'], { stopEarly: true });
var unknown = [];
show('unknown', ['--known', '1', '--other', '2', 'pos'], {
    string: ['known'],
    unknown: function (arg) {
        unknown.push(arg);
        return arg !== '--other';
    }
});
console.log('unknown-seen', unknown);
// Keys that could pollute prototypes are refused.
var polluted = parse(['--__proto__.x', '1', '--constructor.prototype.y', '2']);
assert.strictEqual(({}).x, undefined);
assert.strictEqual(({}).y, undefined);
console.log('proto-safe', Object.keys(polluted));

// This program's own command line: nothing after the script name.
var own = parse(process.argv.slice(2));
assert.deepStrictEqual(own, { _: [] });
console.log('process.argv', JSON.stringify(own));
console.log('done');
