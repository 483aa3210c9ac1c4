/*
 * Generates the tables of tests/js/test-path-posix.js and
 * tests/js/test-path-win32.js from Node's own path module:
 *
 *     node tests/harness2/gen-path.js posix > tests/js/test-path-posix.js
 *     node tests/harness2/gen-path.js win32 > tests/js/test-path-win32.js
 *     node tests/harness2/gen-path.js compare   # nodule vs Node, fuzzed
 *
 * Inputs are hand-picked corner cases plus strings built from a small
 * alphabet by a fixed pseudo-random sequence, so regenerating gives the
 * same file. process.cwd() is pinned while Node computes the answers; the
 * test pins it to the same value.
 */
'use strict';

var nodePath = require('path');

var CWD = '/home/cwd';

function rng(seed) {
    var s = seed >>> 0;
    return function (n) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        return (s >>> 8) % n;
    };
}

function build(tokens, count, maxLen, seed) {
    var r = rng(seed);
    var out = [];
    for (var i = 0; i < count; i++) {
        var n = r(maxLen + 1);
        var s = '';
        for (var j = 0; j < n; j++) {
            s += tokens[r(tokens.length)];
        }
        out.push(s);
    }
    return out;
}

var POSIX_FIXED = ['', '/', '//', '///', '.', '..', './', '../', '/.', '/..',
    '/../..', 'a', 'a/', 'a//', '/a', '/a/', '//a', '//a/b', '///a',
    'a/b', 'a/b/', 'a/./b', 'a/../b', 'a/b/..', 'a/b/../..',
    'a/b/../../..', '../a', '../../a/b', '/a/b/c/../../..', '/a/b/c/../../../..',
    'file.js', 'file.js/', '.bashrc', '.bashrc.txt', 'a.b.c', 'a.', '..a',
    '...', '....', '.a.', 'a/.b', 'a/b.', '/a/b.c/', 'a/b/c.d.e',
    'a\\b', 'C:\\x', ' ', 'a b/c d', 'ü/ñ.é', '/foo/bar/baz/asdf/quux.html',
    'foo/bar/baz/../..//./x'];

var WIN_FIXED = POSIX_FIXED.concat(['\\', '\\\\', '\\\\\\', 'C:', 'c:',
    'C:\\', 'C:/', 'C:\\a', 'C:a', 'C:..', 'C:\\..', 'C:\\a\\..\\..',
    'c:/a/b/', 'Z:\\x.y', '\\\\server', '\\\\server\\', '\\\\server\\share',
    '\\\\server\\share\\', '\\\\server\\share\\a', '\\\\server\\share\\a\\..',
    '//server/share/a/b', '\\\\.\\pipe\\x', '\\\\?\\C:\\a', '\\\\.\\', '\\\\?\\',
    '\\\\.\\C:', 'CON', 'CON:', 'con:a', 'CONx', 'NUL', 'nul.txt', 'COM1:',
    'LPT1:\\x', 'a:', 'a:b', 'x/b:/c', 'ab:c', 'a/b:', ':', ':a', '::',
    'C:\\İ', 'İ\\a', '\\a\\b\\', '/a\\b/c', 'C:\\a\\b\\c\\..\\..\\d',
    'file:stream', '\\\\server\\\\share', 'C:\\a:b']);

var POSIX_TOKENS = ['/', '/', '.', '..', 'a', 'b', 'c.d', '.e', '//', ''];
var WIN_TOKENS = ['\\', '/', '.', '..', 'a', 'b.c', 'C:', 'c:', ':', '\\\\',
    'srv', 'CON', 'con:', '?', '.x', 'İ', 'D:\\'];

function inputs(flavour) {
    if (flavour === 'posix') {
        return POSIX_FIXED.concat(build(POSIX_TOKENS, 400, 6, 1));
    }
    return WIN_FIXED.concat(build(WIN_TOKENS, 500, 6, 2));
}

function pairs(list, count, seed) {
    var r = rng(seed);
    var out = [];
    for (var i = 0; i < count; i++) {
        var n = 1 + r(3);
        var args = [];
        for (var j = 0; j < n; j++) {
            args.push(list[r(list.length)]);
        }
        out.push(args);
    }
    return out;
}

function uniq(list) {
    var seen = Object.create(null);
    return list.filter(function (s) {
        var k = JSON.stringify(s);
        if (seen[k]) {
            return false;
        }
        seen[k] = true;
        return true;
    });
}

function cases(flavour, lib) {
    var list = uniq(inputs(flavour));
    var out = [];
    var unary = ['normalize', 'dirname', 'basename', 'extname', 'parse',
        'isAbsolute', 'toNamespacedPath'];
    list.forEach(function (p) {
        unary.forEach(function (fn) {
            out.push([fn, [p]]);
        });
    });
    var suffixes = ['.js', 'js', 's', 'a', '/', 'a.b', '.', 'b.c', 'x'];
    var r = rng(7);
    list.forEach(function (p) {
        out.push(['basename', [p, suffixes[r(suffixes.length)]]]);
    });
    uniq(pairs(list, 400, 3)).forEach(function (args) {
        out.push(['join', args]);
    });
    uniq(pairs(list, 400, 4)).forEach(function (args) {
        out.push(['resolve', args]);
    });
    uniq(pairs(list, 500, 5)).forEach(function (args) {
        out.push(['relative', [args[0], args[args.length - 1]]]);
    });
    out.push(['join', []]);
    out.push(['resolve', []]);
    var realCwd = process.cwd;
    process.cwd = function () {
        return CWD;
    };
    try {
        out.forEach(function (c) {
            c.push(lib[flavour][c[0]].apply(null, c[1]));
        });
    } finally {
        process.cwd = realCwd;
    }
    return out;
}

function emit(flavour) {
    var lines = [];
    lines.push('/*');
    lines.push(' * path.' + flavour + ' against a table of answers made ' +
        'by Node 20\'s own path');
    lines.push(' * module (tests/harness2/gen-path.js). Each row is');
    lines.push(' * [function, arguments, expected]. resolve() sees the ' +
        'current directory');
    lines.push(' * as ' + CWD + '.');
    lines.push(' */');
    lines.push('\'use strict\';');
    lines.push('');
    lines.push('var assert = require(\'assert\');');
    lines.push('var path = require(\'path\').' + flavour + ';');
    lines.push('');
    lines.push('var CASES = [');
    var rows = cases(flavour, nodePath);
    rows.forEach(function (c, i) {
        lines.push('    ' + JSON.stringify(c) +
            (i === rows.length - 1 ? '' : ','));
    });
    lines.push('];');
    lines.push('');
    lines.push('var realCwd = process.cwd;');
    lines.push('process.cwd = function () {');
    lines.push('    return \'' + CWD + '\';');
    lines.push('};');
    lines.push('var failures = [];');
    lines.push('try {');
    lines.push('    CASES.forEach(function (c) {');
    lines.push('        var got = path[c[0]].apply(null, c[1]);');
    lines.push('        var same = typeof c[2] === \'object\' ?');
    lines.push('            JSON.stringify(got) === JSON.stringify(c[2]) :');
    lines.push('            got === c[2];');
    lines.push('        if (!same) {');
    lines.push('            failures.push(c[0] + \'(\' + ' +
        'JSON.stringify(c[1]).slice(1, -1) +');
    lines.push('                \') = \' + JSON.stringify(got) + ' +
        '\', expected \' +');
    lines.push('                JSON.stringify(c[2]));');
    lines.push('        }');
    lines.push('    });');
    lines.push('} finally {');
    lines.push('    process.cwd = realCwd;');
    lines.push('}');
    lines.push('assert.strictEqual(failures.length, 0, failures.length + ' +
        '\' of \' + CASES.length +');
    lines.push('    \' cases differ from Node:\\n\' + ' +
        'failures.slice(0, 30).join(\'\\n\'));');
    lines.push('assert.ok(CASES.length > 1000);');
    return lines.join('\n') + '\n';
}

// Fuzz nodule's path against Node's with far more inputs than the tables.
function compare() {
    var ours = require('./load.js')('path');
    var total = 0;
    var bad = 0;
    ['posix', 'win32'].forEach(function (flavour) {
        var tokens = flavour === 'posix' ? POSIX_TOKENS : WIN_TOKENS;
        var list = uniq(inputs(flavour).concat(build(tokens, 20000, 8, 99)));
        var realCwd = process.cwd;
        process.cwd = function () {
            return CWD;
        };
        function check(fn, args) {
            total++;
            var want = JSON.stringify(nodePath[flavour][fn].apply(null, args));
            var got = JSON.stringify(ours[flavour][fn].apply(null, args));
            if (want !== got && bad++ < 40) {
                console.log(flavour, fn, JSON.stringify(args), 'got', got,
                    'want', want);
            }
        }
        list.forEach(function (p) {
            ['normalize', 'dirname', 'basename', 'extname', 'parse',
                'isAbsolute', 'toNamespacedPath'].forEach(function (fn) {
                check(fn, [p]);
            });
            ['.js', 'js', 's', 'a', '/', 'a.b', '.', 'b.c', '\\', 'c'].forEach(
                function (sfx) {
                    check('basename', [p, sfx]);
                });
        });
        pairs(list, 20000, 11).forEach(function (args) {
            check('join', args);
            check('resolve', args);
            check('relative', [args[0], args[args.length - 1]]);
        });
        process.cwd = realCwd;
    });
    console.log(total + ' checks, ' + bad + ' differ');
}

var mode = process.argv[2];
if (mode === 'compare') {
    compare();
} else if (mode === 'posix' || mode === 'win32') {
    process.stdout.write(emit(mode));
} else {
    process.stderr.write('usage: gen-path.js posix|win32|compare\n');
    process.exit(2);
}
