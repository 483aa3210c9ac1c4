/*
 * url: the module's helpers (domainToASCII/Unicode, fileURLToPath,
 * pathToFileURL, urlToHttpOptions, format of URL objects and of legacy
 * objects) and URL's own surface (errors, toJSON, parse, canParse,
 * receivers). Expected values are Node 20's.
 */
'use strict';

var assert = require('assert');
var url = require('url');
var URL = url.URL;

assert.deepStrictEqual(Object.keys(url), ['Url', 'parse', 'resolve',
    'resolveObject', 'format', 'URL', 'URLSearchParams', 'domainToASCII',
    'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'urlToHttpOptions']);
assert.deepStrictEqual(Object.keys(URL.prototype), ['toString', 'href',
    'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
    'pathname', 'search', 'searchParams', 'hash', 'toJSON']);

function throwsCode(fn, Type, code, message) {
    assert.throws(fn, function (err) {
        assert.ok(err instanceof Type, String(err));
        assert.strictEqual(err.code, code);
        if (message !== undefined) {
            assert.strictEqual(err.message, message);
        }
        return true;
    });
}

// domainToASCII / domainToUnicode: '' for what is not a valid domain.
assert.strictEqual(url.domainToASCII('espa\u00f1ol.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('M\u00dcNCHEN.de'), 'xn--mnchen-3ya.de');
assert.strictEqual(url.domainToASCII('xn--i\u00f1valid.com'), '');
assert.strictEqual(url.domainToASCII('a b'), '');
assert.strictEqual(url.domainToASCII(''), '');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'),
    'espa\u00f1ol.com');
assert.strictEqual(url.domainToUnicode('xn--i\u00f1valid.com'), '');
throwsCode(function () {
    url.domainToASCII();
}, TypeError, 'ERR_MISSING_ARGS', 'The "domain" argument must be specified');

// fileURLToPath, POSIX and Windows flavours.
assert.strictEqual(url.fileURLToPath('file:///a%20b/c%C3%A9'), '/a b/c\u00e9');
assert.strictEqual(url.fileURLToPath(new URL('file://localhost/x')), '/x');
assert.strictEqual(url.fileURLToPath('file:///C:/a/b', { windows: true }),
    'C:\\a\\b');
assert.strictEqual(url.fileURLToPath('file://srv/share/x', { windows: true }),
    '\\\\srv\\share\\x');
throwsCode(function () {
    url.fileURLToPath('http://a/');
}, TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
throwsCode(function () {
    url.fileURLToPath('file://host/x', { windows: false });
}, TypeError, 'ERR_INVALID_FILE_URL_HOST');
throwsCode(function () {
    url.fileURLToPath('file:///a%2fb', { windows: false });
}, TypeError, 'ERR_INVALID_FILE_URL_PATH',
'File URL path must not include encoded / characters');
throwsCode(function () {
    url.fileURLToPath(1);
}, TypeError, 'ERR_INVALID_ARG_TYPE', 'The "path" argument must be of ' +
    'type string or an instance of URL. Received type number (1)');
throwsCode(function () {
    url.fileURLToPath('file:///a', { windows: true });
}, TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must be absolute');
throwsCode(function () {
    url.fileURLToPath('file:///C:/a%5C', { windows: true });
}, TypeError, 'ERR_INVALID_FILE_URL_PATH',
'File URL path must not include encoded \\ or / characters');

// pathToFileURL escapes what would mean something else in a URL.
assert.strictEqual(url.pathToFileURL('/a b/c#d?e%f\\g^|~[]"\t',
    { windows: false }).href,
'file:///a%20b/c%23d%3Fe%25f%5Cg%5E%7C%7E%5B%5D%22%09');
assert.strictEqual(url.pathToFileURL('/x/', { windows: false }).href,
    'file:///x/');
assert.strictEqual(url.pathToFileURL('rel', { windows: false }).href,
    url.pathToFileURL(process.cwd() + '/rel', { windows: false }).href);
assert.strictEqual(url.pathToFileURL('C:\\a b\\c', { windows: true }).href,
    'file:///C:/a%20b/c');
assert.strictEqual(url.pathToFileURL('\\\\srv\\share\\f x',
    { windows: true }).href, 'file://srv/share/f%20x');
assert.strictEqual(url.pathToFileURL('\\\\?\\UNC\\srv\\s\\f',
    { windows: true }).href, 'file://srv/s/f');
throwsCode(function () {
    url.pathToFileURL(1);
}, TypeError, 'ERR_INVALID_ARG_TYPE',
'The "path" argument must be of type string. Received type number (1)');
throwsCode(function () {
    url.pathToFileURL('\\\\srv', { windows: true });
}, TypeError, 'ERR_INVALID_ARG_VALUE');

// format() of a URL, with options.
var u = new URL('https://user:pa%20ss@xn--mnchen-3ya.de:8080/p?q=1#h');
assert.strictEqual(url.format(u),
    'https://user:pa%20ss@xn--mnchen-3ya.de:8080/p?q=1#h');
assert.strictEqual(url.format(u, { fragment: false, search: false,
    auth: false, unicode: true }), 'https://m\u00fcnchen.de:8080/p');

// urlToHttpOptions.
var opts = url.urlToHttpOptions(u);
assert.strictEqual(Object.getPrototypeOf(opts), null);
assert.strictEqual(JSON.stringify(opts), '{"protocol":"https:",' +
    '"hostname":"xn--mnchen-3ya.de","hash":"#h","search":"?q=1",' +
    '"pathname":"/p","path":"/p?q=1","href":"https://user:pa%20ss@' +
    'xn--mnchen-3ya.de:8080/p?q=1#h","port":8080,"auth":"user:pa ss"}');
assert.strictEqual(url.urlToHttpOptions(new URL('http://[::1]:80/')).hostname,
    '::1');

// format() of legacy objects and strings.
assert.strictEqual(url.format({ protocol: 'http', host: 'a.com',
    pathname: 'x y#?', search: 'q=1#' }), 'http://a.com/x y%23%3F?q=1%23');
assert.strictEqual(url.format({ protocol: 'mailto', auth: 'a b@c',
    hostname: 'h', port: 8, query: { a: [1, 2] }, hash: 'x' }),
'mailto:a%20b%40c@h:8?a=1&a=2#x');
assert.strictEqual(url.format({ protocol: 'file', pathname: '/x' }),
    'file:///x');
assert.strictEqual(url.format({ hostname: '::1', port: 3 }), '[::1]:3');
assert.strictEqual(url.format('http://A.com/x?y#z'), 'http://a.com/x?y#z');
throwsCode(function () {
    url.format(1);
}, TypeError, 'ERR_INVALID_ARG_TYPE', 'The "urlObject" argument must be ' +
    'one of type object or string. Received type number (1)');
throwsCode(function () {
    url.parse(1);
}, TypeError, 'ERR_INVALID_ARG_TYPE',
'The "url" argument must be of type string. Received type number (1)');
var parsed = url.parse('http://a/b?x=1&x=2', true);
assert.deepStrictEqual(parsed.query.x, ['1', '2']);
assert.strictEqual(url.parse(parsed), parsed);
assert.strictEqual(url.resolveObject('', 'x'), 'x');
assert.strictEqual(url.resolveObject('http://a/b/c', '../d').href,
    'http://a/d');

// URL's own surface.
assert.strictEqual(JSON.stringify(u),
    '"https://user:pa%20ss@xn--mnchen-3ya.de:8080/p?q=1#h"');
assert.strictEqual(String(u), u.href);
assert.strictEqual(u.toJSON(), u.href);
assert.throws(function () {
    return new URL('x', 'nope');
}, function (err) {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.input, 'x');
    assert.strictEqual(err.base, 'nope');
    assert.strictEqual(String(err), 'TypeError: Invalid URL');
    return true;
});
throwsCode(function () {
    return new URL();
}, TypeError, 'ERR_MISSING_ARGS', 'The "url" argument must be specified');
throwsCode(function () {
    URL.canParse();
}, TypeError, 'ERR_MISSING_ARGS', 'The "url" argument must be specified');
assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(URL.parse('x', 'http://a/').href, 'http://a/x');
assert.strictEqual(URL.canParse('http://a'), true);
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://a'), true);
assert.throws(function () {
    Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({});
}, /Receiver must be an instance of class URL/);
assert.strictEqual(Object.prototype.toString.call(u), '[object URL]');
assert.strictEqual(Object.keys(u).length, 0);
