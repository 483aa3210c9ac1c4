/*
 * http_request.c - an http server's request and response, made in C by
 * the connection's parser (modules/http_parser.c).
 *
 * A parser made with a kit (create()'s last argument; the http server's
 * connections) makes each request's IncomingMessage and, unless the
 * request asks for an upgrade, its ServerResponse itself, and calls
 *     receiver.onHead(req, res, flags, major, minor)
 * (res undefined for an upgrade: the receiver decides, and asks
 * makeResponse() for one when it does not upgrade).  The receiver is the
 * connection (internal/http_server): receiver.server, receiver.socket.
 *
 *   request   new server._IncomingMessage(socket); method, url;
 *             req._setHead(rawHeaders, major, minor); upgrade = false
 *             unless it asks for one
 *   response  new server._ServerResponse(req); _keepAliveTimeout =
 *             server.keepAliveTimeout; _maxRequestsPerSocket when the
 *             server sets one; shouldKeepAlive = false when the request
 *             does not keep the connection; _conn = the receiver;
 *             _beforeFinish = kit.finish; then queued on
 *             receiver.outgoing while another response owns the socket,
 *             else res.assignSocket(socket)
 *
 *   complete  the connection forgets the request (receiver.req = null,
 *             requestStart = 0) and req._finish(rawTrailers) runs, in
 *             place of the receiver's onComplete; for an upgraded
 *             connection only req.complete is set
 *
 * kit: { IncomingMessage, ServerResponse, setHead, assignSocket, finish,
 * finishRequest }: the default classes, IncomingMessage.prototype.
 * _setHead, ServerResponse.prototype.assignSocket, the server's finish
 * (http_end.c) and IncomingMessage.prototype._finish.  When the server's
 * classes and methods are these, their steps are taken here without
 * calling them, on objects made at their size (nd_duk_push_object_sized(),
 * the way `new` would make them): the request's constructor sets socket;
 * _setHead sets _rawHeaders, httpVersionMajor, httpVersionMinor,
 * httpVersion; the response's constructor sets outputData and req (and
 * more only for HEAD and for HTTP/1.0, which are left to it);
 * assignSocket, for a new response on the server's own socket, sets
 * socket._httpMessage and res.socket; _finish, for a request without
 * trailers, sets complete, then ends the body (push(null) once its
 * stream is made, else only _ended).  The JS of each says so, to keep
 * them in step.  Making both objects here, with no call into JS, halved
 * what a request cost before its handler ran.
 *
 * Threading: the engine's thread.
 */
#include <string.h>

#include "../engine/duk_fast.h"
#include "http_parser_core.h"
#include "http_request.h"

/* The fields a request and a response gather over their life (counted in
 * a keep-alive exchange, a few to spare): room made at once. */
#define REQUEST_ENTRIES 16
#define RESPONSE_ENTRIES 20

/* obj[key] === kit[key], obj at idx; key a literal.  Pushes obj[key]. */
#define kit_default(ctx, idx, kit, key, kitkey)                                \
    (nd_duk_get_literal((ctx), (idx), key), is_kits((ctx), (kit), kitkey))
static int is_kits(duk_context *ctx, duk_idx_t kit, const char *kitkey) {
    int same;

    duk_get_prop_string(ctx, kit, kitkey);
    same = duk_strict_equals(ctx, -1, -2);
    duk_pop(ctx);
    return same;
}

/* Push new cls(arg), cls at top (replaced); or, when cls is the kit's
 * default, the object its constructor makes before the fields: with
 * dflt, an object of cls.prototype made with room for `entries`. */
static void make_object(duk_context *ctx, duk_idx_t arg, int dflt,
                        duk_uint_t entries) {
    if (dflt) {
        nd_duk_get_literal(ctx, -1, "prototype");
        nd_duk_push_object_sized(ctx, -1, entries);
        duk_remove(ctx, -2);
    } else {
        duk_dup(ctx, -1);
        duk_dup(ctx, arg);
        duk_new(ctx, 1);
    }
    duk_remove(ctx, -2);
}

/* see http_request.h */
void nd__http_make_request(duk_context *ctx, const nd__http_head_t *h,
                           duk_idx_t method, duk_idx_t url, duk_idx_t raw) {
    duk_idx_t req;
    int dflt;

    dflt = kit_default(ctx, h->server, h->kit, "_IncomingMessage",
                       "IncomingMessage");
    make_object(ctx, h->socket, dflt, REQUEST_ENTRIES);
    req = duk_get_top_index(ctx);
    if (dflt) { /* the constructor */
        duk_dup(ctx, h->socket);
        nd_duk_put_literal(ctx, req, "socket");
    }
    duk_dup(ctx, method);
    nd_duk_put_literal(ctx, req, "method");
    duk_dup(ctx, url);
    nd_duk_put_literal(ctx, req, "url");
    if (kit_default(ctx, req, h->kit, "_setHead", "setHead")) {
        duk_pop(ctx);
        duk_dup(ctx, raw);
        nd_duk_put_literal(ctx, req, "_rawHeaders");
        duk_push_int(ctx, h->major);
        nd_duk_put_literal(ctx, req, "httpVersionMajor");
        duk_push_int(ctx, h->minor);
        nd_duk_put_literal(ctx, req, "httpVersionMinor");
        if (h->major == 1 && h->minor == 1)
            duk_push_literal(ctx, "1.1");
        else
            duk_push_sprintf(ctx, "%d.%d", h->major, h->minor);
        nd_duk_put_literal(ctx, req, "httpVersion");
    } else {
        duk_dup(ctx, req);
        duk_dup(ctx, raw);
        duk_push_int(ctx, h->major);
        duk_push_int(ctx, h->minor);
        duk_call_method(ctx, 3);
        duk_pop(ctx);
    }
    if (!(h->flags & ND_HP_IS_UPGRADE)) {
        duk_push_false(ctx);
        nd_duk_put_literal(ctx, req, "upgrade");
    }
}

/* see http_request.h */
void nd__http_make_response(duk_context *ctx, const nd__http_head_t *h,
                            duk_idx_t req) {
    duk_idx_t res;
    const char *method;
    int dflt, plain;

    dflt = kit_default(ctx, h->server, h->kit, "_ServerResponse",
                       "ServerResponse");
    nd_duk_get_literal(ctx, req, "method");
    method = duk_get_string(ctx, -1);
    plain = !(method != NULL && strcmp(method, "HEAD") == 0) &&
            h->major == 1 && h->minor == 1;
    duk_pop(ctx);
    dflt = dflt && plain; /* HEAD and HTTP/1.0: the constructor decides */
    make_object(ctx, req, dflt, RESPONSE_ENTRIES);
    res = duk_get_top_index(ctx);
    if (dflt) { /* the constructor */
        duk_push_array(ctx);
        nd_duk_put_literal(ctx, res, "outputData");
        duk_dup(ctx, req);
        nd_duk_put_literal(ctx, res, "req");
    }
    nd_duk_get_literal(ctx, h->server, "keepAliveTimeout");
    nd_duk_put_literal(ctx, res, "_keepAliveTimeout");
    nd_duk_get_literal(ctx, h->server, "maxRequestsPerSocket");
    if (nd_duk_truthy(ctx, -1))
        nd_duk_put_literal(ctx, res, "_maxRequestsPerSocket");
    else
        duk_pop(ctx);
    if (!(h->flags & ND_HP_KEEP_ALIVE)) {
        duk_push_false(ctx);
        nd_duk_put_literal(ctx, res, "shouldKeepAlive");
    }
    duk_dup(ctx, h->conn);
    nd_duk_put_literal(ctx, res, "_conn");
    duk_get_prop_string(ctx, h->kit, "finish");
    nd_duk_put_literal(ctx, res, "_beforeFinish");

    nd_duk_get_literal(ctx, h->socket, "_httpMessage");
    plain = duk_to_boolean(ctx, -1);
    duk_pop(ctx);
    if (plain) { /* an earlier response owns the socket: wait in line */
        nd_duk_get_literal(ctx, h->conn, "outgoing");
        nd_duk_get_literal(ctx, -1, "push");
        duk_swap_top(ctx, -2);
        duk_dup(ctx, res);
        duk_call_method(ctx, 1);
        duk_pop(ctx);
        return;
    }
    plain = kit_default(ctx, res, h->kit, "assignSocket", "assignSocket");
    if (plain && dflt) {
        nd_duk_get_literal(ctx, h->socket, "_httpConn");
        plain = duk_to_boolean(ctx, -1);
        duk_pop(ctx);
    }
    if (plain && dflt) { /* assignSocket of a new response */
        duk_pop(ctx);
        duk_dup(ctx, res);
        nd_duk_put_literal(ctx, h->socket, "_httpMessage");
        duk_dup(ctx, h->socket);
        nd_duk_put_literal(ctx, res, "socket");
    } else {
        duk_dup(ctx, res);
        duk_dup(ctx, h->socket);
        duk_call_method(ctx, 1);
        duk_pop(ctx);
    }
}

/* see http_request.h */
void nd__http_head_slots(duk_context *ctx, nd__http_head_t *h, duk_idx_t conn,
                         duk_idx_t kit) {
    h->conn = conn;
    h->kit = kit;
    nd_duk_get_literal(ctx, conn, "server");
    h->server = duk_get_top_index(ctx);
    nd_duk_get_literal(ctx, conn, "socket");
    h->socket = duk_get_top_index(ctx);
}

/* see http_request.h */
void nd__http_finish_request(duk_context *ctx, duk_idx_t conn, duk_idx_t kit,
                             duk_idx_t trailers) {
    duk_idx_t req = duk_get_top(ctx);
    int plain;

    nd_duk_get_literal(ctx, conn, "req");
    duk_push_null(ctx);
    nd_duk_put_literal(ctx, conn, "req");
    duk_push_int(ctx, 0);
    nd_duk_put_literal(ctx, conn, "requestStart");
    if (duk_is_null(ctx, req))
        return;
    nd_duk_get_literal(ctx, conn, "upgraded");
    plain = nd_duk_truthy(ctx, -1);
    duk_pop(ctx);
    if (plain) {
        duk_push_true(ctx);
        nd_duk_put_literal(ctx, req, "complete");
        return;
    }
    plain = kit_default(ctx, req, kit, "_finish", "finishRequest") &&
            duk_is_undefined(ctx, trailers); /* [req._finish] */
    if (!plain) {
        duk_dup(ctx, req);
        duk_dup(ctx, trailers);
        duk_call_method(ctx, 1);
        return;
    }
    duk_push_true(ctx);
    nd_duk_put_literal(ctx, req, "complete");
    nd_duk_get_literal(ctx, req, "_stateMade");
    plain = !nd_duk_truthy(ctx, -1);
    duk_pop(ctx);
    if (plain) {
        duk_push_true(ctx);
        nd_duk_put_literal(ctx, req, "_ended");
    } else { /* req.push(null) */
        nd_duk_get_literal(ctx, req, "push");
        duk_dup(ctx, req);
        duk_push_null(ctx);
        duk_call_method(ctx, 1);
    }
}
