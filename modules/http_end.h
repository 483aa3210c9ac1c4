/*
 * http_end.h - OutgoingMessage.end()'s short road (modules/http_end.c),
 * one of the functions of internalBinding('http_head').
 *
 * Threading: the engine's thread.
 */
#ifndef ND_HTTP_END_H
#define ND_HTTP_END_H

#include "duktape.h"

/* endWhole(msg, chunk): see http_end.c. */
duk_ret_t nd__http_end_whole(duk_context *ctx);

#endif
