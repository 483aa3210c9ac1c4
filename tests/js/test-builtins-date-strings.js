/*
 * builtins: Date's string forms are the ones ES2018+ defines and V8
 * prints (Duktape's own are ISO-like). The `debug` package prefixes its
 * lines with toUTCString(). Expectations are written so that they hold in
 * any time zone; the local forms are rebuilt from the local getters.
 */
'use strict';

var assert = require('assert');

var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
    'Sep', 'Oct', 'Nov', 'Dec'];

function two(n) {
    return n < 10 ? '0' + n : String(n);
}

var d = new Date(Date.UTC(2024, 1, 9, 3, 4, 5, 6));
assert.strictEqual(d.toUTCString(), 'Fri, 09 Feb 2024 03:04:05 GMT');
assert.strictEqual(d.toGMTString(), 'Fri, 09 Feb 2024 03:04:05 GMT');
assert.strictEqual(new Date(0).toUTCString(), 'Thu, 01 Jan 1970 00:00:00 GMT');
assert.strictEqual(new Date(Date.UTC(12345, 11, 31, 23, 59, 59)).toUTCString(),
    'Mon, 31 Dec 12345 23:59:59 GMT');
var early = new Date(0);
early.setUTCFullYear(-100, 0, 1);
assert.strictEqual(early.toUTCString(), 'Mon, 01 Jan -0100 00:00:00 GMT');
early.setUTCFullYear(7, 0, 1);
assert.strictEqual(early.toUTCString(), 'Mon, 01 Jan 0007 00:00:00 GMT');
assert.strictEqual(d.toISOString(), '2024-02-09T03:04:05.006Z');

// Local forms: "Fri Feb 09 2024 03:04:05 GMT+0000 (Coordinated Universal
// Time)"; nodule names only the zero offset.
var offset = -d.getTimezoneOffset();
var zone = 'GMT' + (offset < 0 ? '-' : '+') +
    two(Math.floor(Math.abs(offset) / 60)) + two(Math.abs(offset) % 60);
var dateText = DAYS[d.getDay()] + ' ' + MONTHS[d.getMonth()] + ' ' +
    two(d.getDate()) + ' ' + d.getFullYear();
var timeText = two(d.getHours()) + ':' + two(d.getMinutes()) + ':' +
    two(d.getSeconds()) + ' ' + zone;
assert.strictEqual(d.toDateString(), dateText);
assert.strictEqual(d.toTimeString().slice(0, timeText.length), timeText);
assert.strictEqual(d.toString(), dateText + ' ' + d.toTimeString());
assert.strictEqual(String(d), d.toString());
assert.strictEqual(d + '', d.toString());
if (offset === 0) {
    assert.strictEqual(d.toTimeString(), timeText +
        ' (Coordinated Universal Time)');
}
assert.strictEqual(typeof Date(), 'string');
assert.ok(/^\w{3} \w{3} \d\d \d{4} \d\d:\d\d:\d\d GMT[+-]\d{4}/.test(Date()));

// en-US locale forms, with and without timeZone: 'UTC'.
var h = d.getHours();
assert.strictEqual(d.toLocaleDateString(), (d.getMonth() + 1) + '/' +
    d.getDate() + '/' + d.getFullYear());
assert.strictEqual(d.toLocaleTimeString(), (h % 12 || 12) + ':' +
    two(d.getMinutes()) + ':' + two(d.getSeconds()) + (h < 12 ? ' AM' : ' PM'));
assert.strictEqual(d.toLocaleString(), d.toLocaleDateString() + ', ' +
    d.toLocaleTimeString());
assert.strictEqual(d.toLocaleString('en-US', { timeZone: 'UTC' }),
    '2/9/2024, 3:04:05 AM');
assert.strictEqual(new Date(Date.UTC(2024, 0, 1, 0, 5)).toLocaleTimeString(
    'en-US', { timeZone: 'UTC' }), '12:05:00 AM');
assert.strictEqual(new Date(Date.UTC(2024, 0, 1, 12, 5)).toLocaleTimeString(
    'en-US', { timeZone: 'UTC' }), '12:05:00 PM');

// Invalid dates.
var bad = new Date(NaN);
['toString', 'toDateString', 'toTimeString', 'toUTCString',
    'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'
].forEach(function (name) {
    assert.strictEqual(bad[name](), 'Invalid Date', name);
    assert.throws(function () {
        Date.prototype[name].call({});
    }, TypeError, name);
    assert.strictEqual(Object.getOwnPropertyDescriptor(Date.prototype,
        name).enumerable, false, name);
});
assert.strictEqual(String(bad), 'Invalid Date');
