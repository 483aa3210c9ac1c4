/*
 * internal/http_common: what the server and client halves of http share.
 *
 * Interface (used by http_incoming, http_outgoing, http_server, the client
 * and modules/http.js):
 *   METHODS, STATUS_CODES          as http exports them
 *   maxHeaderSize                  16384, or --max-http-header-size=N
 *   checkIsHttpToken(s)            true if s is an RFC 7230 token
 *   checkInvalidHeaderChar(s)      true if s has a character not allowed
 *                                  in a header value
 *   validateHeaderName(name)       throws ERR_INVALID_HTTP_TOKEN
 *   validateHeaderValue(name, v)   throws ERR_HTTP_INVALID_HEADER_VALUE /
 *                                  ERR_INVALID_CHAR
 *   byteLength(string)             its UTF-8 length
 *   newParser(kind, maxHeaderSize, maxHeadersCount, receiver[, kit])
 *                                  an llhttp parser handle (see
 *                                  modules/http_parser.c for the receiver's
 *                                  onHead / onBody / onComplete, and the
 *                                  server's kit)
 *   parser                         internalBinding('http_parser')
 *   REQUEST, RESPONSE              parser kinds
 *   FLAG_KEEP_ALIVE, FLAG_UPGRADE, FLAG_CHUNKED, FLAG_HAS_LENGTH,
 *   FLAG_HOST, FLAG_EXPECT
 *   errors: httpErrors.X(...)      makers for Node's http error codes
 */
'use strict';

var errors = require('internal/errors');
var binding = internalBinding('http_parser');

var METHODS = binding.methods().sort();

var STATUS_CODES = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing',
    103: 'Early Hints', 200: 'OK', 201: 'Created', 202: 'Accepted',
    203: 'Non-Authoritative Information', 204: 'No Content',
    205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
    208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
    301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
    304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect',
    308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
    402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
    405: 'Method Not Allowed', 406: 'Not Acceptable',
    407: 'Proxy Authentication Required', 408: 'Request Timeout',
    409: 'Conflict', 410: 'Gone', 411: 'Length Required',
    412: 'Precondition Failed', 413: 'Payload Too Large',
    414: 'URI Too Long', 415: 'Unsupported Media Type',
    416: 'Range Not Satisfiable', 417: 'Expectation Failed',
    418: 'I\'m a Teapot', 421: 'Misdirected Request',
    422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
    425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
    429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
    451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
    501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
    504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
    508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded',
    510: 'Not Extended', 511: 'Network Authentication Required'
};

// --max-http-header-size=N on the command line, as Node reads it.
function readMaxHeaderSize() {
    var argv = process.execArgv || [];
    var prefix = '--max-http-header-size=';
    var i;
    for (i = argv.length - 1; i >= 0; i--) {
        if (argv[i].indexOf(prefix) === 0) {
            return parseInt(argv[i].slice(prefix.length), 10);
        }
    }
    return 16384;
}

// RFC 9110's token (1*tchar) and field-value characters (HTAB, SP..~,
// obs-text 0x80-0xff), checked in C (modules/http_head.c): a regular
// expression per header costs Duktape more than the rest of a response.
var head = internalBinding('http_head');
var checkIsHttpToken = head.isToken;
var checkInvalidHeaderChar = head.hasInvalidChar;

var httpErrors = {
    ERR_HTTP_HEADERS_SENT: function (what) {
        return errors.makeError(Error, 'ERR_HTTP_HEADERS_SENT',
            'Cannot ' + what + ' headers after they are sent to the client');
    },
    ERR_INVALID_HTTP_TOKEN: function (name, field) {
        return errors.makeError(TypeError, 'ERR_INVALID_HTTP_TOKEN',
            name + ' must be a valid HTTP token ["' + field + '"]');
    },
    ERR_HTTP_INVALID_HEADER_VALUE: function (value, name) {
        return errors.makeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE',
            'Invalid value "' + value + '" for header "' + name + '"');
    },
    ERR_INVALID_CHAR: function (what, field) {
        return errors.makeError(TypeError, 'ERR_INVALID_CHAR',
            'Invalid character in ' + what +
            (field === undefined ? '' : ' ["' + field + '"]'));
    },
    ERR_HTTP_INVALID_STATUS_CODE: function (code) {
        return errors.makeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE',
            'Invalid status code: ' + code);
    },
    ERR_STREAM_WRITE_AFTER_END: function () {
        return errors.makeError(Error, 'ERR_STREAM_WRITE_AFTER_END',
            'write after end');
    },
    ERR_STREAM_DESTROYED: function (what) {
        return errors.makeError(Error, 'ERR_STREAM_DESTROYED',
            'Cannot call ' + what + ' after a stream was destroyed');
    },
    ERR_STREAM_ALREADY_FINISHED: function (what) {
        return errors.makeError(Error, 'ERR_STREAM_ALREADY_FINISHED',
            'Cannot call ' + what + ' after a stream was finished');
    },
    ERR_STREAM_NULL_VALUES: function () {
        return errors.makeError(TypeError, 'ERR_STREAM_NULL_VALUES',
            'May not write null values to stream');
    },
    ERR_HTTP_TRAILER_INVALID: function () {
        return errors.makeError(Error, 'ERR_HTTP_TRAILER_INVALID',
            'Trailers are invalid with this transfer encoding');
    },
    ERR_METHOD_NOT_IMPLEMENTED: function (what) {
        return errors.makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
            'The ' + what + ' method is not implemented');
    },
    ERR_HTTP_REQUEST_TIMEOUT: function () {
        return errors.makeError(Error, 'ERR_HTTP_REQUEST_TIMEOUT',
            'Request timeout');
    }
};

function validateHeaderName(name) {
    if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
        throw httpErrors.ERR_INVALID_HTTP_TOKEN('Header name', name);
    }
}

function validateHeaderValue(name, value) {
    if (value === undefined) {
        throw httpErrors.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
    }
    if (checkInvalidHeaderChar(String(value))) {
        throw httpErrors.ERR_INVALID_CHAR('header content', name);
    }
}

// The UTF-8 length of a string (modules/http_head.c).
var byteLength = head.byteLength;

var BufferClass = null;
function bufferClass() {
    if (BufferClass === null) {
        BufferClass = require('buffer').Buffer;
    }
    return BufferClass;
}

function newParser(kind, maxHeaderSize, maxHeadersCount, receiver, kit) {
    var BufferProto = bufferClass().prototype;
    return binding.create(kind, maxHeaderSize, maxHeadersCount, receiver,
        BufferProto, kit);
}

module.exports = {
    METHODS: METHODS,
    STATUS_CODES: STATUS_CODES,
    maxHeaderSize: readMaxHeaderSize(),
    checkIsHttpToken: checkIsHttpToken,
    checkInvalidHeaderChar: checkInvalidHeaderChar,
    validateHeaderName: validateHeaderName,
    validateHeaderValue: validateHeaderValue,
    byteLength: byteLength,
    newParser: newParser,
    parser: binding,
    REQUEST: 1,
    RESPONSE: 2,
    FLAG_KEEP_ALIVE: 1,
    FLAG_UPGRADE: 2,
    FLAG_CHUNKED: 4,
    FLAG_HAS_LENGTH: 8,
    FLAG_HOST: 16,
    FLAG_EXPECT: 32,
    httpErrors: httpErrors,
    head: head
};
