/*
 * os.c - internalBinding('os'): the machine as modules/os.js describes
 * it.  Every fact comes from a loop/sys.h function (uname, memory, CPUs,
 * interfaces, users, priorities), read afresh at each call as Node does;
 * this file only turns the C structs into JS values.
 *
 * Failures: functions that Node reports as a SystemError
 * (ERR_SYSTEM_ERROR, "uv_os_getpriority returned ESRCH ...") fill the
 * context object JS passes in (errno, code, message, syscall) and return
 * undefined; JS builds the error, so its shape is written once, in
 * os.js.  Functions that cannot fail in practice (uname, /proc) throw a
 * plain system error when they do.
 *
 * Threading: the engine's thread.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../engine/check.h"
#include "../engine/engine.h"
#include "../loop/sys.h"

/* Record an error for JS in the context object at idx. */
static void set_error(duk_context *ctx, duk_idx_t idx, int err,
                      const char *syscall) {
    if (!duk_is_object(ctx, idx))
        return;
    duk_push_int(ctx, err);
    duk_put_prop_string(ctx, idx, "errno");
    duk_push_string(ctx, nd_err_name(err));
    duk_put_prop_string(ctx, idx, "code");
    duk_push_string(ctx, nd_err_message(err));
    duk_put_prop_string(ctx, idx, "message");
    duk_push_string(ctx, syscall);
    duk_put_prop_string(ctx, idx, "syscall");
}

static void put_string(duk_context *ctx, const char *key, const char *value) {
    duk_push_string(ctx, value);
    duk_put_prop_string(ctx, -2, key);
}

static void put_number(duk_context *ctx, const char *key, double value) {
    duk_push_number(ctx, value);
    duk_put_prop_string(ctx, -2, key);
}

/* uname() -> {sysname, release, version, machine} */
static duk_ret_t o_uname(duk_context *ctx) {
    nd_sys_uname_t u;
    int err = nd_sys_uname(&u);

    if (err < 0)
        return nd_throw_syserr(ctx, err, "uname", NULL, NULL);
    duk_push_object(ctx);
    put_string(ctx, "sysname", u.sysname);
    put_string(ctx, "release", u.release);
    put_string(ctx, "version", u.version);
    put_string(ctx, "machine", u.machine);
    return 1;
}

/* hostname(ctx) -> string */
static duk_ret_t o_hostname(duk_context *ctx) {
    char name[256];
    size_t len = sizeof(name);
    int err = nd_sys_hostname(name, &len);

    if (err < 0) {
        set_error(ctx, 0, err, "uv_os_gethostname");
        return 0;
    }
    duk_push_lstring(ctx, name, len);
    return 1;
}

/* homedir(ctx) -> string */
static duk_ret_t o_homedir(duk_context *ctx) {
    char small[512], *buf = small;
    size_t len = sizeof(small);
    int err = nd_sys_homedir(buf, &len);

    if (err == ND_ENOBUFS && (buf = malloc(len)) != NULL)
        err = nd_sys_homedir(buf, &len);
    else if (err == ND_ENOBUFS)
        err = ND_ENOMEM;
    if (err == 0)
        duk_push_lstring(ctx, buf, len);
    else
        set_error(ctx, 0, err, "uv_os_homedir");
    if (buf != small)
        free(buf);
    return err == 0 ? 1 : 0;
}

/* uptime(ctx) -> seconds */
static duk_ret_t o_uptime(duk_context *ctx) {
    double seconds;
    int err = nd_sys_uptime(&seconds);

    if (err < 0) {
        set_error(ctx, 0, err, "uv_uptime");
        return 0;
    }
    duk_push_number(ctx, seconds);
    return 1;
}

/* loadavg() -> [1, 5, 15 minutes] */
static duk_ret_t o_loadavg(duk_context *ctx) {
    double avg[3];
    int i;

    nd_sys_loadavg(avg);
    duk_push_array(ctx);
    for (i = 0; i < 3; i++) {
        duk_push_number(ctx, avg[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    return 1;
}

/* meminfo() -> {total, available} in bytes */
static duk_ret_t o_meminfo(duk_context *ctx) {
    uint64_t total = 0, available = 0;
    int err = nd_sys_meminfo(&total, &available);

    if (err < 0)
        return nd_throw_syserr(ctx, err, "meminfo", NULL, NULL);
    duk_push_object(ctx);
    put_number(ctx, "total", (double)total);
    put_number(ctx, "available", (double)available);
    return 1;
}

/* parallelism() -> CPUs available to this process */
static duk_ret_t o_parallelism(duk_context *ctx) {
    duk_push_int(ctx, nd_sys_parallelism());
    return 1;
}

/* cpus() -> [{model, speed, times: {user, nice, sys, idle, irq}}] */
static duk_ret_t o_cpus(duk_context *ctx) {
    nd_sys_cpu_t *cpus = NULL;
    int cap = 0, n = 64, i;

    while (n > cap) { /* ask again if there are more CPUs than room */
        free(cpus);
        cap = n;
        cpus = calloc((size_t)cap, sizeof(*cpus));
        if (cpus == NULL)
            return nd_throw_syserr(ctx, ND_ENOMEM, "cpus", NULL, NULL);
        n = nd_sys_cpus(cpus, cap);
    }
    duk_push_array(ctx);
    for (i = 0; i < n; i++) {
        duk_push_object(ctx);
        put_string(ctx, "model", cpus[i].model);
        put_number(ctx, "speed", cpus[i].speed);
        duk_push_object(ctx);
        put_number(ctx, "user", (double)cpus[i].user);
        put_number(ctx, "nice", (double)cpus[i].nice);
        put_number(ctx, "sys", (double)cpus[i].sys);
        put_number(ctx, "idle", (double)cpus[i].idle);
        put_number(ctx, "irq", (double)cpus[i].irq);
        duk_put_prop_string(ctx, -2, "times");
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    free(cpus);
    return 1; /* an error reading /proc gives [] as in libuv's callers */
}

/* interfaces(ctx) -> [{name, family, address, netmask, prefix, mac,
 * internal, scopeid}] */
static duk_ret_t o_interfaces(duk_context *ctx) {
    nd_sys_iface_t *list = NULL;
    int cap = 0, n = 32, i;
    char mac[18];

    while (n > cap) {
        free(list);
        cap = n;
        list = calloc((size_t)cap, sizeof(*list));
        if (list == NULL)
            return nd_throw_syserr(ctx, ND_ENOMEM, "getifaddrs", NULL, NULL);
        n = nd_sys_interfaces(list, cap);
    }
    if (n < 0) {
        free(list);
        set_error(ctx, 0, n, "uv_interface_addresses");
        return 0;
    }
    duk_push_array(ctx);
    for (i = 0; i < n; i++) {
        const unsigned char *m = list[i].mac;

        snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1],
                 m[2], m[3], m[4], m[5]);
        duk_push_object(ctx);
        put_string(ctx, "name", list[i].name);
        put_number(ctx, "family", list[i].family);
        put_string(ctx, "address", list[i].address);
        put_string(ctx, "netmask", list[i].netmask);
        put_number(ctx, "prefix", list[i].prefix);
        put_string(ctx, "mac", mac);
        duk_push_boolean(ctx, list[i].internal);
        duk_put_prop_string(ctx, -2, "internal");
        put_number(ctx, "scopeid", list[i].scopeid);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    free(list);
    return 1;
}

/* userinfo(ctx) -> {uid, gid, username, homedir, shell} */
static duk_ret_t o_userinfo(duk_context *ctx) {
    nd_sys_user_t *u = malloc(sizeof(*u));
    int err = u != NULL ? nd_sys_userinfo(u) : ND_ENOMEM;

    if (err < 0) {
        free(u);
        set_error(ctx, 0, err, "uv_os_get_passwd");
        return 0;
    }
    duk_push_object(ctx);
    put_number(ctx, "uid", (double)u->uid);
    put_number(ctx, "gid", (double)u->gid);
    put_string(ctx, "username", u->username);
    put_string(ctx, "homedir", u->homedir);
    put_string(ctx, "shell", u->shell);
    free(u);
    return 1;
}

/* getPriority(pid, ctx) -> priority */
static duk_ret_t o_get_priority(duk_context *ctx) {
    int pid = nd_check_int32(ctx, 0, "pid");
    int priority = 0;
    int err = nd_sys_getpriority(pid, &priority);

    if (err < 0) {
        set_error(ctx, 1, err, "uv_os_getpriority");
        return 0;
    }
    duk_push_int(ctx, priority);
    return 1;
}

/* setPriority(pid, priority, ctx) -> 0, or undefined on error */
static duk_ret_t o_set_priority(duk_context *ctx) {
    int pid = nd_check_int32(ctx, 0, "pid");
    int priority = (int)nd_check_integer(ctx, 1, "priority", -20, 19);
    int err = nd_sys_setpriority(pid, priority);

    if (err < 0) {
        set_error(ctx, 2, err, "uv_os_setpriority");
        return 0;
    }
    duk_push_int(ctx, 0);
    return 1;
}

static void put_constant(const char *name, int value, void *arg) {
    duk_context *ctx = arg;

    duk_push_int(ctx, value);
    duk_put_prop_string(ctx, -2, name);
}

static const duk_function_list_entry functions[] = {
    {"uname", o_uname, 0},
    {"hostname", o_hostname, 1},
    {"homedir", o_homedir, 1},
    {"uptime", o_uptime, 1},
    {"loadavg", o_loadavg, 0},
    {"meminfo", o_meminfo, 0},
    {"parallelism", o_parallelism, 0},
    {"cpus", o_cpus, 0},
    {"interfaces", o_interfaces, 1},
    {"userinfo", o_userinfo, 1},
    {"getPriority", o_get_priority, 2},
    {"setPriority", o_set_priority, 3},
    {NULL, NULL, 0},
};

/* The binding also carries the constant tables: errno, signals, dlopen. */
duk_ret_t nd_mod_os_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, functions);
    duk_push_bare_object(ctx);
    nd_sys_errno_each(put_constant, ctx);
    duk_put_prop_string(ctx, -2, "errno");
    duk_push_bare_object(ctx);
    nd_sys_signal_each(put_constant, ctx);
    duk_put_prop_string(ctx, -2, "signals");
    duk_push_bare_object(ctx);
    nd_sys_dlopen_each(put_constant, ctx);
    duk_put_prop_string(ctx, -2, "dlopen");
    return 1;
}
