// moment (2.x) under nodule: parsing and formatting fixed dates in UTC
// and at fixed offsets, arithmetic, durations, relative time, locales.
'use strict';
var assert = require('assert');
var moment = require('moment');

console.log('version', moment.version);
// A fixed "now" for relative times.
var NOW = Date.UTC(2024, 1, 29, 12, 30, 45, 123);
moment.now = function () {
    return NOW;
};

var m = moment.utc('2024-02-29T12:30:45.123Z');
console.log('utc', m.format(), m.format('dddd, MMMM Do YYYY, h:mm:ss a'),
    m.format('YYYY-MM-DD HH:mm:ss.SSS Z ZZ'), m.format('[Quarter] Q, [week] w/W, DDDD, X, x'),
    m.toISOString(), m.valueOf(), m.unix(), m.isLeapYear(), m.daysInMonth(),
    m.isoWeekday(), m.dayOfYear(), m.isoWeek(), m.weekYear());
var east = moment.utc('2024-02-29T12:30:45Z').utcOffset('+05:30');
console.log('offset', east.format(), east.format('HH:mm Z'), east.utcOffset(),
    east.toISOString(), east.toISOString(true), east.hours(), east.minutes());
var west = moment.parseZone('2013-01-01T00:00:00-13:00');
console.log('parseZone', west.format(), west.utcOffset(), west.utc().format());
console.log('formats', moment.utc('2010-10-20 4:30', 'YYYY-MM-DD HH:mm').format(),
    moment.utc('12-25-1995', 'MM-DD-YYYY').format('LL'),
    moment.utc('24/12/2019 09:15:00', 'DD/MM/YYYY HH:mm:ss').format('LLLL'),
    moment.utc('2019 W10 3', 'GGGG [W]WW E').format('YYYY-MM-DD'),
    moment.utc('1318781876406', 'x').toISOString(),
    moment.utc('Dec 25, 1995 1:02 pm', 'MMM D, YYYY h:mm a').format(),
    moment.utc('2024-366', 'YYYY-DDDD').format('L'),
    moment.utc([2010, 0, 31, 10, 20]).format(),
    moment.utc({ year: 2015, month: 3, day: 30, hour: 15 }).format());
var strict = moment.utc('2024-13-01', 'YYYY-MM-DD', true);
console.log('invalid', strict.isValid(), strict.invalidAt(), moment.utc('not a date',
    moment.ISO_8601).isValid(), moment.invalid().format(), moment.utc('2024-02-30').isValid());
console.log('math', m.clone().add(1, 'month').format('L'), m.clone().add(1, 'year').format('L'),
    m.clone().subtract(3, 'days').add(2, 'hours').format(), m.clone().startOf('isoWeek').format(),
    m.clone().endOf('month').format('YYYY-MM-DD HH:mm:ss.SSS'), m.clone().startOf('quarter').format('L'),
    m.clone().add({ days: 1, minutes: 90 }).format(),
    moment.utc('2024-03-31').subtract(1, 'month').format('L'));
console.log('diff', moment.utc('2024-12-25').diff(m, 'days'), moment.utc('2025-01-01').diff(m, 'months', true),
    moment.utc('2000-01-01').diff(m, 'years'), m.isBefore('2024-03-01'), m.isAfter('2024-03-01'),
    m.isSame('2024-02-01', 'month'), m.isBetween('2024-01-01', '2024-12-31'),
    moment.max(m, moment.utc('2030-01-01')).year(), moment.min(m, moment.utc('2000-01-01')).year());
console.log('relative', moment.utc(NOW - 5000).fromNow(), moment.utc(NOW - 3 * 3600e3).fromNow(),
    moment.utc(NOW + 2 * 86400e3).fromNow(), moment.utc(NOW - 400 * 86400e3).fromNow(true),
    m.to(moment.utc('2024-03-10')), moment.utc(NOW + 86400e3).calendar(),
    moment.utc(NOW - 86400e3 * 3).calendar(null, { lastWeek: '[last] dddd' }));
var d = moment.duration({ hours: 26, minutes: 90, seconds: 5 });
console.log('duration', d.humanize(), d.asMinutes(), d.hours(), d.days(), d.toISOString(),
    JSON.stringify(d), moment.duration(-90, 'seconds').humanize(true),
    moment.duration('P1Y2M3DT4H5M6S').asDays().toFixed(3), moment.duration('1.02:03:04.005').toISOString());
console.log('json', JSON.stringify({ when: m }), m.toJSON(), m.toArray(), JSON.stringify(m.toObject()),
    m.toDate().toISOString(), moment.isMoment(m), moment.isDate(m.toDate()), String(m));
console.log('getset', m.clone().set('month', 5).date(31).format('L'), m.clone().day(7).format('L'),
    m.clone().weekday(0).format('L'), m.clone().isoWeek(1).format('L'), m.get('hour'),
    moment.utc('2024-02-29').year(2023).format('L'));

// Locales shipped with moment are UMD files that require '../moment'.
require('moment/locale/fr');
require('moment/locale/de');
require('moment/locale/ja');
console.log('locales', moment.locales().sort().join(','), moment.locale());
var fr = m.clone().locale('fr');
console.log('fr', fr.format('LLLL'), fr.format('dddd D MMMM'), fr.fromNow(),
    moment.utc(NOW - 86400e3 * 2).locale('fr').fromNow(), moment.duration(3, 'days').locale('fr').humanize());
console.log('de', m.clone().locale('de').format('LLLL'), moment.utc(NOW + 3600e3).locale('de').fromNow());
console.log('ja', m.clone().locale('ja').format('LLLL'), m.clone().locale('ja').format('a h:mm'));
moment.locale('de');
assert.strictEqual(moment.locale(), 'de');
console.log('global-locale', moment.utc('2024-05-01').format('dddd, D. MMMM YYYY'),
    moment.localeData().months().slice(0, 3).join(' '), moment.weekdaysShort().join(' '));
moment.locale('en');
moment.updateLocale('en', { relativeTime: { future: 'in %s!', past: '%s back' } });
console.log('updateLocale', moment.utc(NOW + 3600e3).fromNow(), moment.utc(NOW - 60e3).fromNow());

// Local time: the runner fixes TZ=UTC, so local and UTC agree.
var local = moment('2024-07-04 10:00', 'YYYY-MM-DD HH:mm');
assert.strictEqual(local.utcOffset(), -new Date(2024, 6, 4, 10, 0).getTimezoneOffset());
console.log('local', local.toISOString(), moment(0).toISOString(), moment(new Date(NOW)).valueOf() === NOW);
console.log('done');
