/*
 * test-engine-exit.c - how an engine ends when it does not own the process
 * (a Worker's engine, later): process.exit() and an uncaught error stop
 * the engine, run 'exit' listeners once, and hand the status back to C
 * from nd_engine_run(); nd_engine_destroy() then cleans up (it asserts
 * that no handle is left open).
 */
#include <stdio.h>
#include <string.h>

#include "nd_test.h"
#include "engine.h"

/* Run script in a fresh engine (not in hard-exit mode); return the exit
 * code and copy the global `order` joined with spaces into out. */
static int run_script(const char *script, char *out, size_t outlen) {
    nd_engine_options_t opts;
    nd_engine_t *e;
    duk_context *ctx;
    int code;

    memset(&opts, 0, sizeof(opts));
    ND_CHECK_EQ(nd_engine_create(&e, &opts), 0);
    nd_engine_eval(e, script, strlen(script), "[eval]", 0);
    code = nd_engine_run(e);
    ctx = nd_engine_ctx(e);
    duk_get_global_string(ctx, "order");
    duk_get_prop_string(ctx, -1, "join");
    duk_dup(ctx, -2);
    duk_push_string(ctx, " ");
    duk_call_method(ctx, 1);
    snprintf(out, outlen, "%s", duk_safe_to_string(ctx, -1));
    duk_pop_2(ctx);
    nd_engine_destroy(e);
    return code;
}

/* process.exit() in an engine that does not own the process: the engine
 * stops (no later timer runs, 'exit' ran once) and reports the code. */
static void test_exit_without_ending_the_process(void) {
    char order[256];
    int code = run_script(
        "var order = [];\n"
        "process.on('exit', function (c) { order.push('exit' + c); });\n"
        "setTimeout(function () { order.push('t'); process.exit(3); }, 1);\n"
        "setTimeout(function () { order.push('never'); }, 30);\n",
        order, sizeof(order));
    ND_CHECK_EQ(code, 3);
    ND_CHECK_STR(order, "t exit3");
}

/* An uncaught error ends the engine with code 1 after 'exit' listeners;
 * a listener may change the code. */
static void test_fatal_error_ends_the_engine(void) {
    char order[256];
    int code = run_script(
        "var order = [];\n"
        "process.on('exit', function (c) {\n"
        "    order.push('exit' + c); process.exitCode = 9; });\n"
        "setTimeout(function () { order.push('t'); throw new Error('x'); },"
        " 1);\n"
        "setTimeout(function () { order.push('never'); }, 30);\n",
        order, sizeof(order));
    ND_CHECK_EQ(code, 9);
    ND_CHECK_STR(order, "t exit1");
}

int main(void) {
    ND_RUN(test_exit_without_ending_the_process);
    ND_RUN(test_fatal_error_ends_the_engine);
    ND_DONE("test-engine-exit");
}
