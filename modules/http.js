/*
 * http: Node's http module.
 *
 * The server half is internal/http_server (Server, ServerResponse), the
 * shared half internal/http_incoming, internal/http_outgoing and
 * internal/http_common, the parser modules/http_parser.c.  The client
 * half is loaded only when first used, from two internal modules:
 *   internal/http_client   exports { ClientRequest }
 *   internal/http_agent    exports { Agent, globalAgent }
 * so `require('http')` for a server never loads the client.
 */
'use strict';

var errors = require('internal/errors');
var common = require('internal/http_common');
var server = require('internal/http_server');
var IncomingMessage = require('internal/http_incoming').IncomingMessage;
var OutgoingMessage = require('internal/http_outgoing').OutgoingMessage;

var client = null;
var agent = null;

// The client's modules, or ERR_NOT_SUPPORTED in a build without them.
function loadInternal(id, what) {
    try {
        return require(id);
    } catch (e) {
        if (e && e.code === 'ERR_UNKNOWN_BUILTIN_MODULE') {
            throw errors.codes.ERR_NOT_SUPPORTED(what);
        }
        throw e;
    }
}

function loadClient() {
    if (client === null) {
        client = loadInternal('internal/http_client', 'The http client');
    }
    return client;
}

function loadAgent() {
    if (agent === null) {
        agent = loadInternal('internal/http_agent', 'http.Agent');
    }
    return agent;
}

function createServer(options, requestListener) {
    return new server.Server(options, requestListener);
}

function request(url, options, cb) {
    return new (loadClient().ClientRequest)(url, options, cb);
}

function get(url, options, cb) {
    var req = request(url, options, cb);
    req.end();
    return req;
}

function setMaxIdleHTTPParsers(max) {
    errors.validateNumber(max, 'max', 1);
}

var http = {
    METHODS: common.METHODS,
    STATUS_CODES: common.STATUS_CODES,
    IncomingMessage: IncomingMessage,
    OutgoingMessage: OutgoingMessage,
    Server: server.Server,
    ServerResponse: server.ServerResponse,
    createServer: createServer,
    validateHeaderName: common.validateHeaderName,
    validateHeaderValue: common.validateHeaderValue,
    get: get,
    request: request,
    setMaxIdleHTTPParsers: setMaxIdleHTTPParsers,
    maxHeaderSize: common.maxHeaderSize
};

Object.defineProperty(http, 'Agent', {
    enumerable: true, configurable: true,
    get: function () { return loadAgent().Agent; }
});
Object.defineProperty(http, 'ClientRequest', {
    enumerable: true, configurable: true,
    get: function () { return loadClient().ClientRequest; }
});
Object.defineProperty(http, 'globalAgent', {
    enumerable: true, configurable: true,
    get: function () { return loadAgent().globalAgent; },
    set: function (value) { loadAgent().globalAgent = value; }
});

module.exports = http;
