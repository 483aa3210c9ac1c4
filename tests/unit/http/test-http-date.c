/*
 * test-http-date.c - nd_http_date() (modules/http_date.c) against the C
 * library's gmtime() and strftime() in the C locale, over known dates,
 * every day of four centuries and many random times.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../../modules/http_date.h"

static int failures;

static void check(uint64_t ms) {
    char got[ND_HTTP_DATE_LEN + 1], want[64];
    time_t t = (time_t)(ms / 1000);
    struct tm tm;

    if (gmtime_r(&t, &tm) == NULL ||
        strftime(want, sizeof(want), "%a, %d %b %Y %H:%M:%S GMT", &tm) == 0) {
        printf("FAIL: gmtime/strftime failed for %llu\n",
               (unsigned long long)ms);
        failures++;
        return;
    }
    if (nd_http_date(got, ms) != ND_HTTP_DATE_LEN || strcmp(got, want) != 0) {
        if (failures++ < 10)
            printf("FAIL: %llu ms: got \"%s\", want \"%s\"\n",
                   (unsigned long long)ms, got, want);
    }
}

int main(void) {
    static const struct {
        uint64_t ms;
        const char *text;
    } known[] = {
        {0, "Thu, 01 Jan 1970 00:00:00 GMT"},
        {951782400000ull, "Tue, 29 Feb 2000 00:00:00 GMT"},
        {4107542400000ull, "Mon, 01 Mar 2100 00:00:00 GMT"},
        {1709251199999ull, "Thu, 29 Feb 2024 23:59:59 GMT"},
        {1795706473000ull, "Thu, 26 Nov 2026 15:21:13 GMT"},
    };
    char got[ND_HTTP_DATE_LEN + 1];
    uint64_t day;
    size_t i;

    for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        nd_http_date(got, known[i].ms);
        if (strcmp(got, known[i].text) != 0) {
            printf("FAIL: %llu ms: got \"%s\", want \"%s\"\n",
                   (unsigned long long)known[i].ms, got, known[i].text);
            failures++;
        }
    }
    if (sizeof(time_t) >= 8) {
        /* every day from 1970 to 2370, at a time of day that varies */
        for (day = 0; day < 146097; day++)
            check(day * 86400000ull + (day * 7919u % 86400u) * 1000u + 999);
        srand(1);
        for (i = 0; i < 100000; i++)
            check(((uint64_t)rand() << 20 ^ (uint64_t)rand()) % 253402300799000ull);
    }
    if (failures) {
        printf("%d failures\n", failures);
        return 1;
    }
    printf("PASS: test-http-date\n");
    return 0;
}
