/*
 * test-engine-threads.c - two engines on two threads at once.
 *
 * Each thread creates its own engine and runs a script that records, into
 * a global of its own, the order in which its timers, immediates, ticks,
 * promises and an fs read fire.  The two scripts use different delays and
 * names, run concurrently, and must each end with exactly the expected
 * record: if the engines shared any mutable state (a module cache, a pin
 * table, a timer list, the immediate queue), one would see the other's
 * callbacks or lose its own.  The test also checks that each engine's loop
 * closes cleanly (nd_engine_destroy asserts that no handle is left).
 */
#include <stdio.h>
#include <string.h>

#include "nd_test.h"
#include "engine.h"
#include "../../../pool/thread.h"

/* The same program for both threads, parameterised by a name and a delay:
 * a chain of timers interleaved with immediates, ticks and promises,
 * five rounds, then an asynchronous stat of "/" from the last immediate. */
static const char script_fmt[] =
    "var order = [];\n"
    "var name = '%s', delay = %d, rounds = 0;\n"
    "function round() {\n"
    "    order.push(name + ':timer' + rounds);\n"
    "    process.nextTick(function () { order.push('tick'); });\n"
    "    Promise.resolve().then(function () { order.push('promise'); });\n"
    "    setImmediate(function () {\n"
    "        order.push('immediate');\n"
    "        if (rounds < 5) return;\n"
    "        require('fs').stat('/', function (err, st) {\n"
    "            order.push(err ? 'stat-error' :\n"
    "                       'stat-dir:' + st.isDirectory());\n"
    "        });\n"
    "    });\n"
    "    if (++rounds < 5) setTimeout(round, delay);\n"
    "}\n"
    "setTimeout(round, delay);\n"
    "process.on('exit', function (code) { order.push('exit' + code); });\n";

typedef struct {
    const char *name;
    int delay;
    int exit_code;
    char order[1024];
} job_t;

static void run_engine(void *arg) {
    job_t *job = arg;
    nd_engine_options_t opts;
    nd_engine_t *e;
    char script[2048];
    duk_context *ctx;

    snprintf(script, sizeof(script), script_fmt, job->name, job->delay);
    memset(&opts, 0, sizeof(opts));
    opts.argv0 = "test-engine-threads";
    ND_CHECK_EQ(nd_engine_create(&e, &opts), 0);
    nd_engine_eval(e, script, strlen(script), "[eval]", 0);
    job->exit_code = nd_engine_run(e);

    ctx = nd_engine_ctx(e);
    duk_get_global_string(ctx, "order"); /* order.join(' ') */
    duk_get_prop_string(ctx, -1, "join");
    duk_dup(ctx, -2);
    duk_push_string(ctx, " ");
    duk_call_method(ctx, 1);
    snprintf(job->order, sizeof(job->order), "%s",
             duk_safe_to_string(ctx, -1));
    duk_pop_2(ctx);
    nd_engine_destroy(e);
}

static void expect_order(const job_t *job) {
    char want[1024];
    size_t n = 0;
    int i;

    for (i = 0; i < 5; i++)
        n += (size_t)snprintf(want + n, sizeof(want) - n,
                              "%s:timer%d tick promise immediate ",
                              job->name, i);
    snprintf(want + n, sizeof(want) - n, "stat-dir:true exit0");
    ND_CHECK_STR(job->order, want);
    ND_CHECK_EQ(job->exit_code, 0);
}

static void test_two_engines_at_once(void) {
    job_t a = {"alpha", 3, -1, ""}, b = {"beta", 2, -1, ""};
    nd_thread_t ta, tb;

    ND_CHECK_EQ(nd_thread_create(&ta, run_engine, &a, 0), 0);
    ND_CHECK_EQ(nd_thread_create(&tb, run_engine, &b, 0), 0);
    ND_CHECK_EQ(nd_thread_join(&ta), 0);
    ND_CHECK_EQ(nd_thread_join(&tb), 0);
    expect_order(&a);
    expect_order(&b);
}

/* The same, many engines one after the other on one thread: creating and
 * destroying engines leaks nothing that a later one could trip over. */
static void test_engines_in_sequence(void) {
    job_t j = {"seq", 1, -1, ""};
    int i;

    for (i = 0; i < 3; i++) {
        run_engine(&j);
        expect_order(&j);
    }
}

int main(void) {
    ND_RUN(test_two_engines_at_once);
    ND_RUN(test_engines_in_sequence);
    ND_DONE("test-engine-threads");
}
