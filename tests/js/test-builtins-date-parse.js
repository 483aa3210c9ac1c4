/*
 * builtins: Date.parse and new Date(string) read the forms V8 reads
 * besides ISO 8601 (HTTP dates, toString output, "Feb 9, 2024 3:04 PM",
 * "2/9/2024"), and an ISO date-time without an offset is local time
 * (ES2016). The global Date that makes this possible is still the one
 * Date: same prototype, instanceof, statics, length.
 */
'use strict';

var assert = require('assert');

function local(y, m, d, h, mi, s, ms) {
    var t = new Date(0);
    t.setFullYear(y, m, d);
    t.setHours(h || 0, mi || 0, s || 0, ms || 0);
    return t.getTime();
}

var UTC = {
    'Thu, 01 Jan 1970 00:00:00 GMT': 0,
    'Fri, 09 Feb 2024 03:04:05 GMT': Date.UTC(2024, 1, 9, 3, 4, 5),
    'Fri Feb 09 2024 03:04:05 GMT+0000 (Coordinated Universal Time)':
        Date.UTC(2024, 1, 9, 3, 4, 5),
    'Fri Feb 09 2024 03:04:05 GMT+0130 (Somewhere)':
        Date.UTC(2024, 1, 9, 1, 34, 5),
    '9 Feb 2024 03:04:05 +0100': Date.UTC(2024, 1, 9, 2, 4, 5),
    'Sunday, 06-Nov-94 08:49:37 GMT': Date.UTC(1994, 10, 6, 8, 49, 37),
    '6 November 1994 08:49:37 EST': Date.UTC(1994, 10, 6, 13, 49, 37),
    'March 7 2019 4:00 PDT': Date.UTC(2019, 2, 7, 11, 0),
    'Jan 1 2000 10:00 GMT-05:00': Date.UTC(2000, 0, 1, 15, 0),
    'Jan 1 2000 10:00 UTC+2': Date.UTC(2000, 0, 1, 8, 0),
    // ISO forms are still the engine's: with an offset, or date-only UTC.
    '2024-02-09': Date.UTC(2024, 1, 9),
    '2024-02-09T03:04:05Z': Date.UTC(2024, 1, 9, 3, 4, 5),
    '2024-02-09T03:04:05.123+01:00': Date.UTC(2024, 1, 9, 2, 4, 5, 123)
};
var LOCAL = {
    'Feb 9, 2024': local(2024, 1, 9),
    'Fri Feb 09 2024': local(2024, 1, 9),
    '2024/02/09': local(2024, 1, 9),
    '2024/2/9 13:14': local(2024, 1, 9, 13, 14),
    '2/9/2024': local(2024, 1, 9),
    '2/9/24': local(2024, 1, 9),
    '12/31/99 23:59:59': local(1999, 11, 31, 23, 59, 59),
    'February 9, 2024 03:04:05': local(2024, 1, 9, 3, 4, 5),
    'Sun Nov  6 08:49:37 1994': local(1994, 10, 6, 8, 49, 37),
    'Nov 6 1994 8:49 pm': local(1994, 10, 6, 20, 49),
    'Nov 6 1994 12:00 am': local(1994, 10, 6, 0, 0),
    'Nov 6 1994 12:00 pm': local(1994, 10, 6, 12, 0),
    'Dec 25, 1995 1:02 PM': local(1995, 11, 25, 13, 2),
    'Jan 1 2000 10:00:00.123': local(2000, 0, 1, 10, 0, 0, 123),
    'Jan 1 2000 24:00': local(2000, 0, 2, 0, 0),
    'Jan 2024': local(2024, 0, 1),
    '1994 Nov 6': local(1994, 10, 6),
    '2024-02-09T03:04:05': local(2024, 1, 9, 3, 4, 5),
    '2024-02-09T03:04': local(2024, 1, 9, 3, 4),
    '2024-02-09 03:04:05': local(2024, 1, 9, 3, 4, 5)
};
var INVALID = ['', 'hello', '13/1/2024', 'Jan 1 2000 25:00', '2024 foo',
    'Nov 6 1994 13:00 pm', 'x 2024 y'];

function check(text, expected) {
    assert.strictEqual(Date.parse(text), expected, text);
    assert.strictEqual(new Date(text).getTime(), expected, text);
}
Object.keys(UTC).forEach(function (text) {
    check(text, UTC[text]);
});
Object.keys(LOCAL).forEach(function (text) {
    check(text, LOCAL[text]);
});
INVALID.forEach(function (text) {
    check(text, NaN);
});

// Round trips through every string form.
var d = new Date(Date.UTC(2024, 1, 9, 3, 4, 5));
assert.strictEqual(Date.parse(d.toString()), d.getTime());
assert.strictEqual(Date.parse(d.toUTCString()), d.getTime());
assert.strictEqual(Date.parse(d.toISOString()), d.getTime());
assert.strictEqual(new Date(String(d)).getTime(), d.getTime());

// The constructor: other argument forms, and its identity.
var ms = new Date(Date.UTC(2024, 1, 9, 3, 4, 5, 678));
assert.strictEqual(new Date(ms).getTime(), ms.getTime()); // milliseconds kept
assert.strictEqual(new Date(5).getTime(), 5);
assert.strictEqual(new Date({ valueOf: function () {
    return 7;
} }).getTime(), 7);
assert.strictEqual(new Date(true).getTime(), 1);
assert.strictEqual(new Date(null).getTime(), 0);
assert.ok(isNaN(new Date(undefined).getTime()));
assert.strictEqual(new Date(2024, 1).getTime(), local(2024, 1, 1));
assert.strictEqual(new Date(99, 0).getFullYear(), 1999);
assert.strictEqual(new Date(2024, 1, 9, 3, 4, 5, 6).getTime(),
    local(2024, 1, 9, 3, 4, 5, 6));
assert.ok(Math.abs(new Date().getTime() - Date.now()) < 1000);
assert.ok(ms instanceof Date);
assert.strictEqual(Object.getPrototypeOf(ms), Date.prototype);
assert.strictEqual(Date.prototype.constructor, Date);
assert.strictEqual(Object.prototype.toString.call(ms), '[object Date]');
assert.strictEqual(Date.length, 7);
assert.strictEqual(Date.name, 'Date');
assert.strictEqual(Date.UTC(2000, 0), 946684800000);
assert.strictEqual(typeof Date.now(), 'number');
assert.deepStrictEqual(Object.keys(Date), []);
assert.strictEqual(Object.getOwnPropertyDescriptor(global, 'Date').enumerable,
    false);
assert.strictEqual(require('util').types.isDate(new Date()), true);
assert.strictEqual(JSON.stringify({ d: ms }), '{"d":"2024-02-09T03:04:05.678Z"}');
