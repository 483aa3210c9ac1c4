/*
 * Table generator and fuzzer for querystring, comparing with Node's:
 *
 *     node tests/harness2/gen-querystring.js table   # rows for the test
 *     node tests/harness2/gen-querystring.js compare
 *
 * parse rows: [input, sep, eq, maxKeys, expected pairs]; the expected
 * object is written as its list of [key, value] pairs so that key order is
 * checked too.
 */
'use strict';

var qs = require('querystring');

function rng(seed) {
    var s = seed >>> 0;
    return function (n) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        return (s >>> 8) % n;
    };
}

var TOKENS = ['a', 'b', '=', '&', '&', '+', '%', '%41', '%4', '%e2%82%ac',
    '%zz', '%C3', '%c3%a9', ';', ':', '==', '&&', 'ü', '%20', '__proto__',
    'constructor', ' ', '%ff', '%F0%9F', '1'];
var SEPS = [undefined, undefined, '&', ';', '&&', 'ab', '', null];
var EQS = [undefined, undefined, '=', ':', '==', 'ba', '', null];
var MAXKEYS = [undefined, undefined, 0, 1, 2, -1, 3];

function randomInput(r) {
    var n = r(9);
    var s = '';
    for (var i = 0; i < n; i++) {
        s += TOKENS[r(TOKENS.length)];
    }
    return s;
}

function pairs(obj) {
    return Object.keys(obj).map(function (k) {
        return [k, obj[k]];
    });
}

function parseRows(count, seed, lib) {
    var r = rng(seed);
    var rows = [];
    var fixed = ['', 'a', 'a=', '=a', '=', '&', '&&', 'a=1&b=2', 'a=1&a=2&a=3',
        'a+b=c+d', 'a%20b=c%20d', 'a=%E2%82%AC', 'a=%', 'a=%zz&b=%41',
        'ü=%FC', 'a=%C3', 'a=1&&b=2', 'a==b', 'a=b=c', '__proto__=1',
        'hasOwnProperty=x', 'a[]=1&a[]=2', 'a=%F0%9F%98%80', '%=%'];
    fixed.forEach(function (s) {
        rows.push([s, undefined, undefined, undefined]);
    });
    for (var i = 0; i < count; i++) {
        rows.push([randomInput(r), SEPS[r(SEPS.length)], EQS[r(EQS.length)],
            MAXKEYS[r(MAXKEYS.length)]]);
    }
    return rows.map(function (row) {
        var opts = row[3] === undefined ? undefined : { maxKeys: row[3] };
        row.push(pairs(lib.parse(row[0], row[1], row[2], opts)));
        return row;
    });
}

var VALUES = ['', 'x', 'a b', 'ü', '€', '\ud83d\ude00', 'a&b=c', '~!*()\'',
    '-_.', 1, 0, -1.5, 1e21, NaN, Infinity, true, false, null, undefined,
    [], ['p', 'q'], [1, ['nested']], {}, '%', '+'];

function stringifyRows(count, seed, lib) {
    var r = rng(seed);
    var rows = [];
    for (var i = 0; i < count; i++) {
        var obj = {};
        var n = r(4);
        for (var j = 0; j < n; j++) {
            var key = ['a', 'b c', 'ü', '', '&', '=', '1', 'k'][r(8)];
            obj[key] = VALUES[r(VALUES.length)];
        }
        var sep = [undefined, ';', '&&', ''][r(4)];
        var eq = [undefined, ':', ''][r(3)];
        rows.push([obj, sep, eq, lib.stringify(obj, sep, eq)]);
    }
    return rows;
}

function table() {
    var out = 'var PARSE = [\n' + parseRows(500, 3, qs).map(function (row) {
        return '    ' + JSON.stringify(row);
    }).join(',\n') + '\n];\n\n';
    out += 'var STRINGIFY = [\n' + stringifyRows(200, 4, qs).map(
        function (row) {
            // undefined, NaN and Infinity do not survive JSON; spell them.
            return '    ' + JSON.stringify(row, function (k, v) {
                if (v === undefined) {
                    return '\u0000undefined';
                }
                if (typeof v === 'number' && !isFinite(v)) {
                    return '\u0000' + v;
                }
                return v;
            }).replace(/"\\u0000(\w+)"/g, '$1');
        }).join(',\n') + '\n];\n';
    process.stdout.write(out);
}

function compare() {
    var ours = require('./load.js')('querystring');
    var bad = 0;
    var a = parseRows(100000, 9, qs);
    var b = parseRows(100000, 9, ours);
    a.forEach(function (row, i) {
        var want = JSON.stringify(row);
        var got = JSON.stringify(b[i]);
        if (want !== got && bad++ < 20) {
            console.log('parse', want, '\n   got', got);
        }
    });
    var c = stringifyRows(50000, 10, qs);
    var d = stringifyRows(50000, 10, ours);
    c.forEach(function (row, i) {
        if (row[3] !== d[i][3] && bad++ < 40) {
            console.log('stringify', JSON.stringify(row), 'got', d[i][3]);
        }
    });
    console.log('150000 rows, ' + bad + ' differ');
}

if (process.argv[2] === 'compare') {
    compare();
} else {
    table();
}
