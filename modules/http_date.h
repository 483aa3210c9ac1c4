/*
 * http_date.h - the date of an HTTP Date header (RFC 9110's IMF-fixdate,
 * "Thu, 26 Nov 2026 15:21:13 GMT", what Date.prototype.toUTCString()
 * writes), made from a time without the C library's locale or time zone.
 *
 * Pure computation: no OS call, no Duktape, any thread.
 */
#ifndef ND_HTTP_DATE_H
#define ND_HTTP_DATE_H

#include <stddef.h>
#include <stdint.h>

/* Length of the text, without the terminating NUL. */
#define ND_HTTP_DATE_LEN 29

/* Write the date of ms (milliseconds since 1970-01-01 UTC, up to the
 * year 9999) to out, NUL-terminated.  Returns ND_HTTP_DATE_LEN. */
size_t nd_http_date(char out[ND_HTTP_DATE_LEN + 1], uint64_t ms);

#endif
