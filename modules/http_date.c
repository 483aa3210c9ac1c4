/*
 * http_date.c - see http_date.h.
 *
 * The civil date of a day count is found by counting in 400-year eras
 * (146097 days each, the Gregorian cycle) whose years start on 1 March:
 * the leap day then falls on the last day of a year, and the month
 * lengths from March on follow the pattern 31 30 31 30 31 31 30 31 30 31
 * 31 (28|29), which (153 * month + 2) / 5 turns into a day of the year.
 */
#include <string.h>

#include "http_date.h"

/* Write n as `width` decimal digits, zero-padded (every field here has a
 * fixed width; snprintf did this at ten times the cost, once a request). */
static char *digits(char *p, unsigned n, int width) {
    int i;

    for (i = width - 1; i >= 0; i--) {
        p[i] = (char)('0' + n % 10);
        n /= 10;
    }
    return p + width;
}

size_t nd_http_date(char out[ND_HTTP_DATE_LEN + 1], uint64_t ms) {
    static const char days[] = "ThuFriSatSunMonTueWed"; /* 1970-01-01 first */
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    uint64_t secs = ms / 1000, sod = secs % 86400;
    uint64_t day = secs / 86400 + 719468; /* days since 0000-03-01 */
    uint64_t era = day / 146097;
    uint64_t doe = day - era * 146097;                            /* day of era */
    uint64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    uint64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);       /* day of year */
    uint64_t mp = (5 * doy + 2) / 153;                            /* March = 0 */
    uint64_t d = doy - (153 * mp + 2) / 5 + 1;
    uint64_t m = mp < 10 ? mp + 3 : mp - 9;                       /* 1..12 */
    uint64_t y = yoe + era * 400 + (m <= 2);

    char *p = out; /* "Thu, 01 Jan 1970 00:00:00 GMT" */

    memcpy(p, days + 3 * ((secs / 86400) % 7), 3);
    memcpy(p + 3, ", ", 2);
    p = digits(p + 5, (unsigned)d, 2);
    *p++ = ' ';
    memcpy(p, months + 3 * (m - 1), 3);
    p[3] = ' ';
    p = digits(p + 4, (unsigned)(y % 10000), 4);
    *p++ = ' ';
    p = digits(p, (unsigned)(sod / 3600), 2);
    *p++ = ':';
    p = digits(p, (unsigned)(sod / 60 % 60), 2);
    *p++ = ':';
    p = digits(p, (unsigned)(sod % 60), 2);
    memcpy(p, " GMT", 5); /* with the terminating NUL */
    return ND_HTTP_DATE_LEN;
}
