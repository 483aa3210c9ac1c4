/*
 * http_end.h - how a message ends (modules/http_end.c): end()'s short
 * road and 'finish', functions of internalBinding('http_head').
 *
 * Threading: the engine's thread.
 */
#ifndef ND_HTTP_END_H
#define ND_HTTP_END_H

#include "duktape.h"

/* end(chunk, encoding, callback) (a method), onFinish(msg) and
 * serverFinish(): see http_end.c. */
duk_ret_t nd__http_end(duk_context *ctx);
duk_ret_t nd__http_on_finish(duk_context *ctx);
duk_ret_t nd__http_server_finish(duk_context *ctx);

#endif
