// semver (5.x) under nodule: parsing, comparison, ranges, increments.
'use strict';
var assert = require('assert');
var semver = require('semver');

console.log('SEMVER_SPEC_VERSION', semver.SEMVER_SPEC_VERSION);
console.log('valid', semver.valid('1.2.3'), semver.valid('a.b.c'),
    semver.valid('v1.2.3-beta.1+build.5'), semver.clean('  =v1.2.3   '),
    semver.coerce('v2') && semver.coerce('v2').version,
    semver.coerce('42.6.7.9.3-alpha').version);
var versions = ['1.2.10', '1.2.9', '1.10.0', '1.2.9-beta.2', '1.2.9-beta.10',
    '1.2.9-alpha', '0.9.0', '2.0.0-rc.1'];
console.log('sort', semver.sort(versions.slice()).join(' '));
console.log('rsort', semver.rsort(versions.slice()).join(' '));
console.log('compare', semver.compare('1.2.3', '1.2.4'), semver.rcompare('1.2.3', '1.2.4'),
    semver.gt('1.10.0', '1.9.9'), semver.lt('1.0.0-rc.1', '1.0.0'),
    semver.eq('1.0.0', 'v1.0.0'), semver.neq('1.0.0', '1.0.1'),
    semver.cmp('1.0.0', '>=', '0.9.9'), semver.compareBuild ?
        'has compareBuild' : 'no compareBuild',
    semver.diff('1.2.3', '1.3.0'), semver.diff('1.2.3', '2.0.0-pre'));
var ranges = [
    ['1.2.3', '^1.0.0'], ['2.0.0', '^1.0.0'], ['1.2.3', '~1.2.0'], ['1.3.0', '~1.2.0'],
    ['1.2.3', '>=1.2.3 <2'], ['1.2.3-beta', '^1.2.0'], ['1.2.3-beta', '^1.2.3-alpha'],
    ['0.2.5', '^0.2.3'], ['0.3.0', '^0.2.3'], ['3.1.4', '1.x || >=3.0.0 <3.2.0'],
    ['1.5.0', '1.2.3 - 1.6'], ['4.0.0', '*'], ['0.0.3', '^0.0.3'], ['0.0.4', '^0.0.3']
];
ranges.forEach(function (pair) {
    console.log('satisfies', pair[0], pair[1], semver.satisfies(pair[0], pair[1]));
});
console.log('maxSatisfying', semver.maxSatisfying(versions, '^1.2.0'),
    semver.minSatisfying(versions, '~1.2.9'), semver.maxSatisfying(versions, '^3'));
console.log('validRange', semver.validRange('^1.2'), semver.validRange('~1.2.3'),
    semver.validRange('1.x'), semver.validRange('not a range'));
console.log('outside', semver.gtr('2.0.0', '^1.0.0'), semver.ltr('0.9.0', '^1.0.0'),
    semver.intersects('^1.2.0', '>=1.5.0 <3'), semver.intersects('^1.2.0', '^2.0.0'));
console.log('inc', semver.inc('1.2.3', 'major'), semver.inc('1.2.3', 'minor'),
    semver.inc('1.2.3', 'patch'), semver.inc('1.2.3', 'prerelease', 'beta'),
    semver.inc('1.2.4-beta.0', 'prerelease'), semver.inc('1.2.3', 'premajor', 'rc'),
    semver.inc('not', 'patch'));
var parsed = semver.parse('3.4.5-alpha.7+exp.sha.5114f85');
console.log('parse', parsed.major, parsed.minor, parsed.patch,
    JSON.stringify(parsed.prerelease), JSON.stringify(parsed.build),
    parsed.format(), String(parsed), semver.prerelease('1.2.3-rc.4'));
var range = new semver.Range('>=1.2.3 <1.4.0 || ^2.1.0');
console.log('Range', range.range, range.test('1.3.9'), range.test('2.5.0'),
    range.test('3.0.0'), JSON.stringify(range.set.map(function (comparators) {
        return comparators.map(String);
    })));
var sv = new semver.SemVer('1.2.3');
assert.ok(sv instanceof semver.SemVer);
assert.strictEqual(sv.compare('1.2.3'), 0);
assert.throws(function () {
    return new semver.SemVer('bogus');
}, TypeError);
// The regular expressions are ES5 and should behave as under V8.
console.log('loose', semver.valid('=1.2.3', true), semver.valid('1.2', true),
    semver.satisfies('1.2.3-pre', '^1.2.3-pre', { includePrerelease: true }));
console.log('done');
