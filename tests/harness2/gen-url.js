/*
 * Table generator and fuzzer for url, comparing with Node's:
 *
 *     node tests/harness2/gen-url.js whatwg|setters|legacy   # test rows
 *     node tests/harness2/gen-url.js compare                 # fuzz
 *
 * whatwg rows: [input, base, expected components or null for failure].
 * setters rows: [href, property, value, expected href].
 * legacy rows: [input, parseQueryString, slashesDenoteHost, fields] and
 * resolve rows: [from, to, expected].
 */
'use strict';

var nodeUrl = require('url');

function rng(seed) {
    var s = (seed * 2654435761) >>> 0 || 1;
    return function (n) {
        s ^= s << 13;
        s >>>= 0;
        s ^= s >>> 17;
        s ^= s << 5;
        s >>>= 0;
        return s % n;
    };
}

var FIXED = [
    'http://example.com', 'HTTP://EXAMPLE.COM/A/B', 'https://user:pass@host:8080/p/a/t/h?query=string#hash',
    'http://a/b/c/../../d', 'http://a/./b/%2e/c/%2E%2E/d', 'http://a:80/', 'https://a:443/', 'http://a:0/',
    'http://a:65535/', 'http://a:65536/', 'http://a:/', 'http://a:b/', 'ftp://x:21/', 'ws://x:80/', 'wss://x:443/',
    'file:///C:/a/b', 'file://localhost/etc/x', 'file://host/share/x', 'file:c:\\x\\y', 'file:/a/../..', 'file:///C|/x',
    'file://C:/x', 'file:..', 'file:', 'file:?q', 'file:#h', 'file:///', 'file:////x', 'file://[::1]/',
    'mailto:a@b.c', 'javascript:alert(1)', 'data:text/plain,hi there', 'urn:isbn:123', 'sc:a b?c d#e f',
    'sc://host/path', 'sc://h:1/p', 'sc:/p', 'sc:', 'sc://', 'sc:///', 'sc://@/', 'sc://[::1]/x', 'sc://a b/',
    'sc://%41/', 'sc://\u00fc/', 'sc:\\x', 'web+demo:/.//not-a-host/', 'blob:https://a.com/uuid', 'blob:foo',
    'http://[::]/', 'http://[::1]/', 'http://[1:0:0:2::3:0]/', 'http://[0:0:0:0:0:0:0:1]/', 'http://[1::]/',
    'http://[::ffff:192.168.0.1]/', 'http://[::1.2.3.4]/', 'http://[1:2:3:4:5:6:7:8]/', 'http://[1:2:3:4:5:6:7:8:9]/',
    'http://[::1/', 'http://[g::]/', 'http://[1:::2]/', 'http://[:1]/', 'http://[1:2:3:4:5:6:1.2.3.4]/',
    'http://0x7f.1/', 'http://127.1/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://0x100000000/',
    'http://256.0.0.1/', 'http://1.2.3.4.5/', 'http://1.2.3.4./', 'http://09/', 'http://0x/', 'http://foo.09/',
    'http://foo.0x/', 'http://1.2.3.08/', 'http://4294967295/', 'http://4294967296/', 'http://a.1.2/',
    'http://%30/', 'http://a%2Eb/', 'http://a%zz/', 'http://a%/', 'http://a b/', 'http://a<b/', 'http://a^b/',
    'http://ü.com/', 'http://MÜNCHEN.de/', 'http://xn--mnchen-3ya.de/', 'http://xn--/', 'http://xn--ls8h/',
    'http://a.b。c/', 'http://ＡＢ.com/', 'http://a\u00adb/', 'http://\u200d/', 'http://example.com./',
    'http://.example.com/', 'http://a..b/', 'http:/example.com/', 'http:example.com/', 'http:\\\\a\\b',
    'http:///a/b', 'http://////a', 'http://@a/', 'http://:@a/', 'http://u@/', 'http://a@b@c/', 'http://a:b:c@d/',
    'http://%E2%82%AC:x@a/', 'http://u s:p w@a/', 'http://a/?a=b c&d=\'e\'', 'sc://a/?a=b c&d=\'e\'',
    'http://a/#a b`c', 'http://a/p a t h', 'http://a/{}|^`', 'http://a/\u00e9\ud83d\ude00', 'http://a/\ud800',
    'http://a/%zz%', 'http://a/?\u00e9', 'http://a/#\u00e9', '  http://a/  ', '\thttp://a\n/b\r',
    '\u0000http://a/\u001f', 'http://a/%2e%2E/', 'http://a/b/./', 'http://a/b/../', 'http://a/..', 'http://a/...',
    '/relative', 'relative', '', '?', '#', '//host/x', '\\\\host\\x', 'a:b', '1:b', 'a+b-c.d:x', 'a_b:x',
    'http://a:8080abc/', 'http://[::1]:90/', 'http://[::1]:x/', 'HTTP://A:80', 'ht tp://a', 'http://a/ b?c d#e f',
    'non-spec:/.//p', 'non-spec:/..//p', 'non-spec:/a/../..//b', 'http://a/%C3%A9', 'http://user@[::1]:1/',
    'file://localhost', 'file://LOCALHOST/x', 'file:///c:/../x', 'file:///c:/..', 'file://x/c:/a/..',
    'gopher://a/b', 'foo:/bar', 'foo://', 'foo://:1/', 'https://a.com:', 'http://a/?#', 'http://a/??a=b',
    'http://a/##b', 'http://a/?a#b#c'
];

var BASES = [undefined, 'http://example.org/foo/bar?q#h', 'file:///C:/dir/file', 'sc://h/a/b',
    'sc:opaque', 'http://a/b/c/d;p?q', 'file://host/x/y', 'about:blank', 'https://u:p@h:1/x'];

var RELATIVE = ['', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '.', './',
    '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
    './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'http:/g', 'file:g', 'C|',
    'C|/x', '/C:/x', '\\x', '\\\\srv\\x', 'sc:x', 'https:g', '//', '///', 'g?a b#c d', ' g '];

var TOKENS = ['http:', 'https:', 'file:', 'sc:', '//', '/', '\\', 'a', 'B', '.', '..', '%2e', '@', ':', '1',
    '[', ']', '::', '?', '#', ' ', '%', '%41', 'ü', '0x1', '|', 'C', 'localhost', '\t', '&', '=', 'xn--mnchen-3ya', '09', '1.2'];

function randomInputs(count, seed) {
    var r = rng(seed);
    var out = [];
    for (var i = 0; i < count; i++) {
        var n = 1 + r(8);
        var s = '';
        for (var j = 0; j < n; j++) {
            s += TOKENS[r(TOKENS.length)];
        }
        out.push(s);
    }
    return out;
}

var PARTS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
    'search', 'hash'];

function describe(U, input, base) {
    var u;
    try {
        u = base === undefined ? new U(input) : new U(input, base);
    } catch (e) {
        return null;
    }
    return PARTS.map(function (p) {
        return u[p];
    });
}

function whatwgRows(inputs) {
    var rows = [];
    inputs.forEach(function (input) {
        BASES.forEach(function (base, bi) {
            if (bi > 2 && FIXED.indexOf(input) % 3 !== bi % 3) {
                return;
            }
            rows.push([input, base]);
        });
    });
    RELATIVE.forEach(function (rel) {
        BASES.forEach(function (base) {
            if (base !== undefined) {
                rows.push([rel, base]);
            }
        });
    });
    return rows;
}

var SETTERS = {
    protocol: ['https', 'HTTP:', 'file', 'sc', 'ftp:x', '', '1x', 'ws'],
    username: ['u', 'a b', 'a:b@c', '\u00e9', ''],
    password: ['p', 'a b', 'x:y', ''],
    host: ['example.net', 'x:99', 'x:', '[::1]:2', 'a b', '', 'h:65536', 'ü.de', 'x/y', 'x?y', 'x#y',
        'x\\y'],
    hostname: ['example.net', 'x:99', '', '[::2]', '1.2.3', 'ü'],
    port: ['81', '', '80', 'x', '8080abc', '65536', '0', '443'],
    pathname: ['/x/y', 'x', '', '/a b', '/a/../b', '/%2e', '?#', '\\a\\b', 'C|/x'],
    search: ['?a=b', 'a b', '', '?', '#x', '?\u00e9'],
    hash: ['#x', 'a b', '', '#', '#\u00e9', '`']
};
var SETTER_BASES = ['https://u:p@example.com:8080/a/b?q=1#f', 'http://a/', 'file:///C:/x', 'sc://h/p?q#f',
    'sc:opaque?q#f', 'mailto:x@y', 'file://host/share', 'http://[::1]/'];

function setterRows(U) {
    var rows = [];
    SETTER_BASES.forEach(function (href) {
        Object.keys(SETTERS).forEach(function (prop) {
            SETTERS[prop].forEach(function (value) {
                var u = new U(href);
                u[prop] = value;
                rows.push([href, prop, value, u.href]);
            });
        });
    });
    return rows;
}

var LEGACY_FIELDS = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
    'pathname', 'path', 'href'];

function legacyDescribe(lib, input, pqs, sdh) {
    var u;
    try {
        u = lib.parse(input, pqs, sdh);
    } catch (e) {
        return 'throws ' + e.code;
    }
    return LEGACY_FIELDS.map(function (f) {
        var v = u[f];
        return v !== null && typeof v === 'object' ? JSON.stringify(Object.assign({}, v)) : v;
    });
}

function legacyRows(lib, inputs) {
    var rows = [];
    inputs.forEach(function (input, i) {
        rows.push([input, i % 3 === 0, i % 2 === 0]);
    });
    return rows.map(function (row) {
        row.push(legacyDescribe(lib, row[0], row[1], row[2]));
        return row;
    });
}

function resolveRows(lib) {
    var rows = [];
    ['http://a/b/c/d;p?q', 'http://example.com/', 'http://example.com/one', 'mailto:a@b', 'file:///a/b',
        '/a/b', 'a/b', 'http://u@h/x', 'foo:bar/baz', 'foo://h/p'].forEach(function (from) {
        RELATIVE.concat(['mailto:x', 'https://other/', 'foo:x', '//h2', 'ftp:x/y']).forEach(function (to) {
            var out;
            try {
                out = lib.resolve(from, to);
            } catch (e) {
                out = 'throws ' + e.code;
            }
            rows.push([from, to, out]);
        });
    });
    return rows;
}

function compare() {
    var ours = require('./load.js')('url');
    var bad = 0;
    function report(what, want, got) {
        if (want !== got && bad++ < 60) {
            console.log(what, '\n   want', want, '\n   got ', got);
        }
    }
    var inputs = FIXED.concat(randomInputs(20000, 3));
    whatwgRows(inputs).forEach(function (row) {
        report('URL ' + JSON.stringify(row), JSON.stringify(describe(URL, row[0], row[1])),
            JSON.stringify(describe(ours.URL, row[0], row[1])));
    });
    var a = setterRows(URL);
    var b = setterRows(ours.URL);
    a.forEach(function (row, i) {
        report('set ' + JSON.stringify(row.slice(0, 3)), row[3], b[i][3]);
    });
    var la = legacyRows(nodeUrl, inputs);
    var lb = legacyRows(ours, inputs);
    la.forEach(function (row, i) {
        report('legacy ' + JSON.stringify(row.slice(0, 3)), JSON.stringify(row[3]), JSON.stringify(lb[i][3]));
    });
    var ra = resolveRows(nodeUrl);
    var rb = resolveRows(ours);
    ra.forEach(function (row, i) {
        report('resolve ' + JSON.stringify(row.slice(0, 2)), row[2], rb[i][2]);
    });
    console.log(bad + ' differ');
}

module.exports = { FIXED: FIXED, whatwgRows: whatwgRows, describe: describe, setterRows: setterRows,
    legacyRows: legacyRows, resolveRows: resolveRows, randomInputs: randomInputs };

if (require.main === module) {
    if (process.argv[2] === 'compare') {
        compare();
    }
}

// Test-file bodies: `node gen-url.js emit whatwg|setters|legacy`.
function emit(kind) {
    var rows;
    var name;
    if (kind === 'whatwg') {
        name = 'CASES';
        var inputs = FIXED.concat(randomInputs(150, 21));
        rows = whatwgRows(inputs).map(function (row) {
            return [row[0], row[1] === undefined ? null : row[1], describe(URL, row[0], row[1])];
        });
    } else if (kind === 'setters') {
        name = 'CASES';
        rows = setterRows(URL);
    } else {
        name = 'PARSE';
        var legacyInputs = FIXED.concat(randomInputs(300, 22));
        rows = legacyRows(nodeUrl, legacyInputs);
        process.stdout.write('var ' + name + ' = [\n' + rows.map(function (r) {
            return '    ' + JSON.stringify(r);
        }).join(',\n') + '\n];\n\n');
        name = 'RESOLVE';
        rows = resolveRows(nodeUrl);
    }
    process.stdout.write('var ' + name + ' = [\n' + rows.map(function (r) {
        return '    ' + JSON.stringify(r);
    }).join(',\n') + '\n];\n');
}

if (require.main === module && process.argv[2] === 'emit') {
    emit(process.argv[3]);
}
