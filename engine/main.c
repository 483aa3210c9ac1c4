/*
 * main.c - the `nodule` command.
 *
 *     nodule [options] [script.js | -e CODE | -p CODE | -] [arguments]
 *
 * Parses the command line the way node does (options first; the first
 * non-option is the script and everything after it belongs to the script;
 * an unknown option is an error with exit code 9), then drives one engine:
 * create, run the script's first turn, run the loop, destroy.  The exit
 * status is the engine's: process.exitCode, process.exit(n), 1 for an
 * uncaught error.
 *
 * The main program runs its engine in hard-exit mode: process.exit() ends
 * the process at once, as in Node.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "nd_build.h"
#include "../loop/fs.h"
#include "../loop/sys.h"

static const char usage[] =
    "Usage: nodule [options] [ script.js ] [arguments]\n"
    "       nodule [options] -e CODE [arguments]\n"
    "       nodule [options] - [arguments]   (script read from stdin)\n"
    "\n"
    "Options:\n"
    "  -e, --eval CODE     evaluate CODE\n"
    "  -p, --print CODE    evaluate CODE and print the result\n"
    "  --max-http-header-size=N  the http module's header limit in bytes\n"
    "  -h, --help          print this help\n"
    "  -v, --version       print nodule's version\n"
    "  --                  end of options; the next argument is the script\n"
    "  -                   read the script from stdin (the default when no\n"
    "                      script is given and stdin is not a terminal)\n"
    "\n"
    "nodule is a small Node.js-compatible runtime (Duktape, ES5.1).\n";

typedef struct {
    const char *code; /* -e / -p */
    int print;
    int from_stdin;     /* '-' */
    const char *script; /* NULL when none */
    int first_arg;      /* argv index of the script's first argument */
    int nexec;          /* argv[1 .. nexec] are the options (execArgv) */
    int help, version;
} cli_t;

static void say(int fd, const char *s) {
    nd_sys_write_all(fd, s, strlen(s));
}

/* A non-empty string of at most 10 decimal digits. */
static int is_decimal(const char *s) {
    size_t n = 0;

    while (s[n] >= '0' && s[n] <= '9')
        n++;
    return n > 0 && n <= 10 && s[n] == '\0';
}

/* Returns 0, or the exit status of a bad command line (9, like node). */
static int parse(int argc, char **argv, cli_t *cli) {
    int i;

    memset(cli, 0, sizeof(*cli));
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0 ||
            strcmp(a, "-p") == 0 || strcmp(a, "--print") == 0 ||
            strcmp(a, "-pe") == 0) {
            if (i + 1 >= argc) {
                say(2, "nodule: ");
                say(2, a);
                say(2, " requires an argument\n");
                return 9;
            }
            cli->print = cli->print || a[1] == 'p' || strcmp(a, "--print") == 0;
            cli->code = argv[++i];
        } else if (strncmp(a, "--eval=", 7) == 0) {
            cli->code = a + 7;
        } else if (strncmp(a, "--print=", 8) == 0) {
            cli->code = a + 8;
            cli->print = 1;
        } else if (strncmp(a, "--max-http-header-size=", 23) == 0) {
            /* Read by the http module from process.execArgv. */
            if (!is_decimal(a + 23)) {
                say(2, "nodule: --max-http-header-size needs a number\n");
                return 9;
            }
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            cli->help = 1;
        } else if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
            cli->version = 1;
        } else {
            say(2, "nodule: bad option: ");
            say(2, a);
            say(2, "\n");
            return 9;
        }
    }
    cli->nexec = i - 1;
    if (i > 1 && strcmp(argv[i - 1], "--") == 0)
        cli->nexec--; /* "--" itself is not reported in execArgv */
    cli->first_arg = i;
    if (cli->code != NULL || i >= argc)
        return 0;
    if (strcmp(argv[i], "-") == 0 && strcmp(argv[i - 1], "--") != 0)
        cli->from_stdin = 1;
    else
        cli->script = argv[i];
    cli->first_arg = i + 1;
    return 0;
}

/* path.resolve(path): absolute, with "." and ".." segments removed.  The
 * result is malloc'd; NULL if out of memory or the cwd is unknown. */
static char *resolve(const char *path) {
    char cwd[4096];
    size_t len = sizeof(cwd), n, out = 0, i = 0, seg;
    char *full, *res;

    if (path[0] == '/') {
        cwd[0] = '\0';
    } else if (nd_sys_cwd(cwd, &len) < 0) {
        return NULL;
    }
    n = strlen(cwd) + strlen(path) + 2;
    full = malloc(n);
    res = malloc(n + 1);
    if (full == NULL || res == NULL) {
        free(full);
        free(res);
        return NULL;
    }
    snprintf(full, n, "%s/%s", cwd, path);
    while (full[i] != '\0') {
        while (full[i] == '/')
            i++;
        for (seg = 0; full[i + seg] != '\0' && full[i + seg] != '/'; seg++)
            ;
        if (seg == 0 || (seg == 1 && full[i] == '.')) {
            /* empty or "." */
        } else if (seg == 2 && full[i] == '.' && full[i + 1] == '.') {
            while (out > 0 && res[out - 1] != '/')
                out--;
            if (out > 0)
                out--;
        } else {
            res[out++] = '/';
            memcpy(res + out, full + i, seg);
            out += seg;
        }
        i += seg;
    }
    if (out == 0)
        res[out++] = '/';
    res[out] = '\0';
    free(full);
    return res;
}

/* Read all of stdin (fd 0) into a malloc'd buffer. */
static char *read_stdin(nd_loop_t *loop, size_t *len) {
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap), *grown;
    nd_fs_t req;
    int rc;

    while (buf != NULL) {
        if (n == cap) {
            grown = realloc(buf, cap * 2);
            if (grown == NULL)
                break;
            buf = grown;
            cap *= 2;
        }
        rc = nd_fs_read(loop, &req, 0, buf + n, cap - n, -1, NULL);
        nd_fs_req_cleanup(&req);
        if (rc <= 0) {
            *len = n;
            return buf; /* end of input, or an error: run what we have */
        }
        n += (size_t)rc;
    }
    free(buf);
    return NULL;
}

int main(int argc, char **argv) {
    nd_engine_options_t opts;
    nd_engine_t *e;
    cli_t cli;
    char **args = NULL;
    char *script = NULL, *code = NULL;
    int rc, i, n = 0;
    size_t len = 0;

    nd_sys_init();
    rc = parse(argc, argv, &cli);
    if (rc != 0)
        return rc;
    if (cli.help) {
        say(1, usage);
        return 0;
    }
    if (cli.version) {
        say(1, "v" ND_VERSION "\n");
        return 0;
    }
    if (cli.code == NULL && cli.script == NULL && !cli.from_stdin) {
        if (nd_sys_isatty(0)) {
            say(2, "nodule: no script given, and nodule has no REPL "
                   "(see nodule --help)\n");
            return 9;
        }
        cli.from_stdin = 1; /* like node: run what stdin holds */
    }

    /* process.argv[1..]: the script's absolute path (or '-'), its args. */
    args = calloc((size_t)argc + 1, sizeof(*args));
    if (args == NULL)
        return 1;
    if (cli.script != NULL) {
        script = resolve(cli.script);
        if (script == NULL) {
            say(2, "nodule: cannot resolve the script's path\n");
            free(args);
            return 1;
        }
        args[n++] = script;
    } else if (cli.from_stdin && cli.first_arg > 0 && cli.first_arg <= argc &&
               strcmp(argv[cli.first_arg - 1], "-") == 0) {
        args[n++] = "-";
    }
    for (i = cli.first_arg; i < argc; i++)
        args[n++] = argv[i];

    memset(&opts, 0, sizeof(opts));
    opts.argv0 = argv[0];
    opts.args = args;
    opts.nargs = n;
    opts.exec_args = argv + 1;
    opts.nexec_args = cli.nexec;
    opts.hard_exit = 1;

    rc = nd_engine_create(&e, &opts);
    if (rc < 0) {
        say(2, "nodule: cannot start: ");
        say(2, nd_err_message(rc));
        say(2, "\n");
        free(script);
        free(args);
        return 1;
    }
    if (cli.code != NULL) {
        nd_engine_eval(e, cli.code, strlen(cli.code), "[eval]", cli.print);
    } else if (cli.from_stdin) {
        code = read_stdin(nd_engine_loop(e), &len);
        if (code != NULL)
            nd_engine_eval(e, code, len, "[stdin]", 0);
        free(code);
    } else {
        nd_engine_main(e, script);
    }
    rc = nd_engine_run(e);
    nd_engine_destroy(e);
    free(script);
    free(args);
    return rc;
}
