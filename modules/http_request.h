/*
 * http_request.h - an http server's request and response, made in C
 * (modules/http_request.c) by the connection's parser
 * (modules/http_parser.c).
 *
 * Threading: the engine's thread.
 */
#ifndef ND_HTTP_REQUEST_H
#define ND_HTTP_REQUEST_H

#include "duktape.h"

/* The value stack slots and facts a request's objects are made from. */
typedef struct {
    duk_idx_t conn, server, socket, kit; /* the receiver, its server and
                                          * socket, the server's kit */
    int major, minor;                    /* the request's HTTP version */
    unsigned flags;                      /* the parser's flags (onHead's) */
} nd__http_head_t;

/* Fill h's slots for the receiver (the connection) at conn and the kit at
 * kit: pushes conn.server and conn.socket. */
void nd__http_head_slots(duk_context *ctx, nd__http_head_t *h, duk_idx_t conn,
                         duk_idx_t kit);
/* Push the request: method, url and the raw header array at those
 * slots. */
void nd__http_make_request(duk_context *ctx, const nd__http_head_t *h,
                           duk_idx_t method, duk_idx_t url, duk_idx_t raw);
/* Push the response to the request at req. */
void nd__http_make_response(duk_context *ctx, const nd__http_head_t *h,
                            duk_idx_t req);
/* The request is complete: the connection at conn forgets it and it is
 * finished, with the trailers at that slot (undefined when none).  The
 * stack is left as it was, plus what it pushed. */
void nd__http_finish_request(duk_context *ctx, duk_idx_t conn, duk_idx_t kit,
                             duk_idx_t trailers);

#endif
