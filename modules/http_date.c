/*
 * http_date.c - see http_date.h.
 *
 * The civil date of a day count is found by counting in 400-year eras
 * (146097 days each, the Gregorian cycle) whose years start on 1 March:
 * the leap day then falls on the last day of a year, and the month
 * lengths from March on follow the pattern 31 30 31 30 31 31 30 31 30 31
 * 31 (28|29), which (153 * month + 2) / 5 turns into a day of the year.
 */
#include <stdio.h>

#include "http_date.h"

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

    snprintf(out, ND_HTTP_DATE_LEN + 1, "%.3s, %02u %.3s %04u %02u:%02u:%02u GMT",
             days + 3 * ((secs / 86400) % 7), (unsigned)d,
             months + 3 * (m - 1), (unsigned)(y % 10000),
             (unsigned)(sod / 3600), (unsigned)(sod / 60 % 60),
             (unsigned)(sod % 60));
    return ND_HTTP_DATE_LEN;
}
