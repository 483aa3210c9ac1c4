// WHATWG URL parsing of tricky inputs, and the legacy parser.
var url = require('url');
var inputs = ['http://example.com', 'HTTP://EXAMPLE.COM:80/a/../b?q#h',
    'https://user:pa ss@host:443/%7Efoo', 'http://[::1]:8080/x',
    'http://0x7f.1/', 'http://192.168.0.257/', 'file:///C:/x/../y',
    'mailto:a@b.c', 'data:text/plain,hi', 'http://a/b c/d?e f#g h',
    'ws://h/p', 'http://h/%2e%2E/x', 'blob:https://a/b', 'http://xn--nxasmq6b.com/',
    'http://example.com/?a=1&b=2&a=3', '//no-scheme', 'http://h:99999/',
    'non-special://h/a/./b/../c', 'http:/single/slash', 'http://ÉXAMPLE.com/'];
inputs.forEach(function (s) {
    var out;
    try {
        var u = new URL(s);
        out = [u.href, u.protocol, u.username, u.password, u.host, u.hostname,
            u.port, u.pathname, u.search, u.hash, u.origin];
    } catch (e) {
        out = ['throws', e.code];
    }
    console.log(JSON.stringify(s), JSON.stringify(out));
    var l = url.parse(s, true);
    console.log('  legacy', JSON.stringify([l.protocol, l.host, l.pathname,
        l.query, l.hash]));
});
console.log(url.resolve('http://a/b/c', '../d'), url.format({
    protocol: 'https', hostname: 'h', pathname: '/p', query: { x: [1, 2] } }));
var sp = new URLSearchParams('a=1&b=%20x&a=2&c');
sp.append('d', 'é&=');
sp.sort();
console.log(sp.toString(), sp.getAll('a').join(','), sp.has('c'));
