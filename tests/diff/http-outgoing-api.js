'use strict';
// Differential test: the header API of OutgoingMessage/ServerResponse and
// the module's helpers, with the errors they throw (name, code, message).
var http = require('http');

function t(label, f) {
    try {
        var v = f();
        console.log(label, '->', JSON.stringify(v));
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}

var req = new http.IncomingMessage(null);
req.method = 'GET';
req.httpVersionMajor = 1;
req.httpVersionMinor = 1;
var res = new http.ServerResponse(req);

t('statusCode', function () { return res.statusCode; });
t('headersSent', function () { return res.headersSent; });
t('setHeader', function () { return res.setHeader('X-Foo', 'bar') === res; });
t('setHeader array', function () {
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    return res.getHeader('set-cookie');
});
t('setHeader number', function () {
    res.setHeader('Content-Length', 5);
    return res.getHeader('content-length');
});
t('getHeader case', function () { return res.getHeader('x-FOO'); });
t('getHeader missing', function () { return res.getHeader('nope'); });
t('getHeaders', function () { return res.getHeaders(); });
t('getHeaders proto', function () {
    return Object.getPrototypeOf(res.getHeaders()) === null;
});
t('getHeaderNames', function () { return res.getHeaderNames(); });
t('getRawHeaderNames', function () { return res.getRawHeaderNames(); });
t('hasHeader', function () { return [res.hasHeader('X-FOO'), res.hasHeader('y')]; });
t('removeHeader', function () {
    res.removeHeader('Content-Length');
    return res.hasHeader('content-length');
});
t('appendHeader', function () {
    res.appendHeader('X-Foo', 'baz');
    res.appendHeader('X-New', ['1', '2']);
    return [res.getHeader('x-foo'), res.getHeader('x-new')];
});
t('bad name', function () { res.setHeader('Bad Name', 'x'); });
t('empty name', function () { res.setHeader('', 'x'); });
t('name not string', function () { res.setHeader(42, 'x'); });
t('undefined value', function () { res.setHeader('X-U', undefined); });
t('bad value', function () { res.setHeader('X-V', 'a\r\nb'); });
t('bad value in array', function () { res.setHeader('X-V', ['ok', 'a\nb']); });
t('getHeader non-string', function () { return res.getHeader(1); });
t('hasHeader non-string', function () { return res.hasHeader(null); });
t('removeHeader non-string', function () { return res.removeHeader({}); });
t('writeHead bad code', function () { res.writeHead(99); });
t('writeHead huge code', function () { res.writeHead(1000); });
t('writeHead string code', function () { res.writeHead('abc'); });
t('writeHead odd array', function () { res.writeHead(200, ['a']); });
t('writeHead bad message', function () { res.writeHead(200, 'o\nk'); });
t('headersSent after bad', function () { return res.headersSent; });
t('statusMessage kept', function () {
    var m = res.statusMessage;
    res.statusMessage = undefined;
    return m;
});
t('writeHead', function () {
    res.writeHead(201, { 'X-Extra': 'e' });
    return [res.statusCode, res.statusMessage, res.headersSent];
});
t('header text', function () {
    return res._header.replace(/Date: [^\r]*/, 'Date: <date>');
});
t('setHeader after', function () { res.setHeader('X-Late', '1'); });
t('removeHeader after', function () { res.removeHeader('X-Foo'); });
t('writeHead twice', function () { res.writeHead(200); });
t('write bad chunk', function () { res.write(42); });
t('write null', function () { res.write(null); });
t('validateHeaderName ok', function () { return http.validateHeaderName('ok'); });
t('validateHeaderName bad', function () { http.validateHeaderName('a b'); });
t('validateHeaderValue bad', function () { http.validateHeaderValue('x', '\u0000'); });
t('validateHeaderValue undefined', function () { http.validateHeaderValue('x'); });
t('STATUS_CODES', function () {
    return [http.STATUS_CODES[200], http.STATUS_CODES[418],
        http.STATUS_CODES[599], Object.keys(http.STATUS_CODES).length];
});
// llhttp 9 in Node 20 knows QUERY; nodule's llhttp 8.1 does not
// (docs/compat.md).
t('METHODS', function () {
    return http.METHODS.filter(function (m) { return m !== 'QUERY'; });
});
t('maxHeaderSize', function () { return http.maxHeaderSize; });
t('createServer bad options', function () { http.createServer(42); });
t('createServer bad maxHeaderSize', function () {
    http.createServer({ maxHeaderSize: 'x' });
});
t('createServer negative maxHeaderSize', function () {
    http.createServer({ maxHeaderSize: -1 });
});
t('createServer timeouts', function () {
    var s = http.createServer();
    return [s.headersTimeout, s.requestTimeout, s.keepAliveTimeout,
        s.timeout, s.maxHeadersCount, s.maxRequestsPerSocket];
});
t('headersTimeout over requestTimeout', function () {
    http.createServer({ headersTimeout: 2000, requestTimeout: 1000 });
});
t('exports', function () {
    return ['Agent', 'ClientRequest', 'IncomingMessage', 'METHODS',
        'OutgoingMessage', 'STATUS_CODES', 'Server', 'ServerResponse',
        'createServer', 'get', 'globalAgent', 'maxHeaderSize', 'request',
        'setMaxIdleHTTPParsers', 'validateHeaderName',
        'validateHeaderValue'].filter(function (k) { return !(k in http); });
});
t('instances', function () {
    var s = http.createServer();
    return [s instanceof http.Server, s instanceof require('net').Server,
        res instanceof http.OutgoingMessage,
        req instanceof require('stream').Readable];
});
