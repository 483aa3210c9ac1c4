// debug (2.x) under nodule: namespaces enabled through DEBUG, output to
// stderr through util.format, %o/%O/%j/%d formatters, and the ms helper.
// The program sets DEBUG itself (debug reads it when first required) and
// watches process.stderr.write to check what reaches stderr.
'use strict';
var assert = require('assert');

process.env.DEBUG = 'app:*,-app:secret,other';
process.env.DEBUG_COLORS = 'no';
process.env.DEBUG_DEPTH = '3';

// debug prefixes each line with new Date().toUTCString(), which varies.
var DATE = /\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT /g;
var written = [];
var realWrite = process.stderr.write;
process.stderr.write = function (chunk) {
    written.push(String(chunk).replace(DATE, '<date> '));
    return realWrite.apply(process.stderr, arguments);
};

var debug = require('debug');
var main = debug('app:main');
var db = debug('app:db');
var secret = debug('app:secret');
var other = debug('other');
var quiet = debug('quiet');

console.log('enabled', main.enabled, db.enabled, secret.enabled, other.enabled, quiet.enabled,
    debug.enabled('app:anything'), debug.enabled('nope'));
console.log('colors', main.useColors, typeof main.color, main.namespace);

main('starting %s on port %d', 'server', 8080);
db('query %j took %dms', { sql: 'select 1', args: [1, 'two'] }, 12);
db('object %o', { nested: { deep: { deeper: { deepest: 1 } } }, list: [1, 2, 3] });
db('multi-line %O', { a: 1, b: 'two' });
secret('must not appear');
quiet('must not appear either');
other('%% literal and extra', 'args', 42);
debug.formatters.h = function (v) {
    return v.toString(16);
};
main('custom formatter %h', 255);

main.log = function () {
    written.push('custom log: ' + Array.prototype.slice.call(arguments).join(' ')
        .replace(DATE, '<date> '));
};
main('through %s', 'main.log');

debug.disable();
main('after disable');
console.log('after disable', main.enabled, debug('app:main').enabled);
debug.enable('quiet');
console.log('after enable', debug('quiet').enabled, debug.enabled('app:main'));

var ms = require('ms');
console.log('ms', ms('2 days'), ms('1h'), ms('-3.5s'), ms(60000), ms(2 * 60000, { long: true }),
    ms(ms('10 hours'), { long: true }));
console.log('humanize', debug.humanize(1500), debug.humanize(3 * 86400e3));

process.stderr.write = realWrite;
console.log('stderr lines', written.length);
written.forEach(function (line) {
    console.log('stderr:', JSON.stringify(line));
});
assert.ok(written.length >= 6);
console.log('done');
