/*
 * A small mocha-compatible runner for the Promises/A+ suite.
 *
 *     nodule tests/aplus/run.js [--timeout MS] [--grep TEXT] [--verbose]
 *         FILE.js... | DIR
 *
 * It defines describe/it/specify/beforeEach/afterEach as globals, loads the
 * suite's test files (which call them), then runs the collected tests one
 * at a time: a test whose function takes an argument gets a `done`
 * callback and passes when `done()` is called within the timeout (200 ms,
 * as the suite's own runner sets); any other test passes when it returns
 * without throwing. An uncaught exception during a test, `done(err)`, and
 * `done` called twice (even after the test has finished) fail it. The last
 * line printed is "N passed, M failed"; the exit status is 1 if anything
 * failed or no test ran.
 *
 * The suite requires 'sinon'; the runner hands out tests/aplus/sinon.js
 * instead by wrapping Module.prototype.require. Unhandled rejections are
 * ignored, since the suite makes rejected promises it never handles.
 */
'use strict';

var Module = require('module');
var path = require('path');

var options = { timeout: 200, grep: null, verbose: false, files: [] };

function parseArgs(argv) {
    for (var i = 0; i < argv.length; i++) {
        var arg = argv[i];
        if (arg === '--timeout') {
            options.timeout = Number(argv[++i]);
        } else if (arg === '--grep') {
            options.grep = argv[++i];
        } else if (arg === '--verbose') {
            options.verbose = true;
        } else if (/\.js$/.test(arg)) {
            options.files.push(path.resolve(arg));
        } else {
            var dir = path.resolve(arg);
            var names = require('fs').readdirSync(dir).sort();
            for (var j = 0; j < names.length; j++) {
                if (/\.js$/.test(names[j])) {
                    options.files.push(path.join(dir, names[j]));
                }
            }
        }
    }
}

// --- collecting -------------------------------------------------------------

function Suite(title, parent) {
    this.title = title;
    this.parent = parent;
    this.beforeEach = [];
    this.afterEach = [];
}

var rootSuite = new Suite('', null);
var currentSuite = rootSuite;
var tests = [];

function fullTitle(suite, title) {
    var parts = [title];
    for (var s = suite; s !== null; s = s.parent) {
        if (s.title !== '') {
            parts.unshift(s.title);
        }
    }
    return parts.join(' ');
}

var globalObject = Function('return this')();

globalObject.describe = function (title, fn) {
    var suite = new Suite(title, currentSuite);
    var saved = currentSuite;
    currentSuite = suite;
    try {
        fn();
    } finally {
        currentSuite = saved;
    }
};

globalObject.it = globalObject.specify = function (title, fn) {
    var name = fullTitle(currentSuite, title);
    if (options.grep !== null && name.indexOf(options.grep) < 0) {
        return;
    }
    tests.push({ title: name, fn: fn, suite: currentSuite, state: 'pending',
        error: null, doneCalls: 0 });
};

globalObject.beforeEach = function (fn) {
    currentSuite.beforeEach.push(fn);
};

globalObject.afterEach = function (fn) {
    currentSuite.afterEach.push(fn);
};

// --- running ----------------------------------------------------------------

var current = null;
var failures = [];

function hooksOf(suite, which) {
    var chain = [];
    for (var s = suite; s !== null; s = s.parent) {
        chain.unshift(s);
    }
    var hooks = [];
    for (var i = 0; i < chain.length; i++) {
        hooks = hooks.concat(chain[i][which]);
    }
    return which === 'afterEach' ? hooks.reverse() : hooks;
}

function describeError(err) {
    if (err && err.stack) {
        return String(err.stack);
    }
    return String(err);
}

function fail(test, err) {
    if (test.state === 'failed') {
        return;
    }
    test.state = 'failed';
    test.error = err;
    failures.push(test);
}

function runHooks(test, which) {
    var hooks = hooksOf(test.suite, which);
    for (var i = 0; i < hooks.length; i++) {
        hooks[i]();
    }
}

function finish(test, err, next) {
    if (test.finished) {
        return;
    }
    test.finished = true;
    clearTimeout(test.timer);
    if (err !== undefined && err !== null) {
        fail(test, err);
    }
    try {
        runHooks(test, 'afterEach');
    } catch (hookErr) {
        fail(test, hookErr);
    }
    if (test.state === 'pending') {
        test.state = 'passed';
    }
    if (options.verbose) {
        process.stdout.write((test.state === 'passed' ? 'ok   ' : 'FAIL ') +
            test.title + '\n');
    }
    current = null;
    setTimeout(next, 0);
}

function runTest(test, next) {
    current = test;
    try {
        runHooks(test, 'beforeEach');
    } catch (err) {
        finish(test, err, next);
        return;
    }
    if (test.fn.length === 0) {
        var result;
        try {
            result = test.fn();
        } catch (err) {
            finish(test, err, next);
            return;
        }
        if (result && typeof result.then === 'function') {
            test.timer = setTimeout(function () {
                finish(test, new Error('Timeout of ' + options.timeout +
                    'ms exceeded'), next);
            }, options.timeout);
            result.then(function () {
                finish(test, null, next);
            }, function (err) {
                finish(test, err || new Error('Promise rejected'), next);
            });
            return;
        }
        finish(test, null, next);
        return;
    }
    var done = function (err) {
        test.doneCalls += 1;
        if (test.doneCalls > 1) {
            // Reported even when the test has already finished.
            if (test.state === 'passed') {
                test.state = 'pending';
            }
            fail(test, new Error('done() called multiple times'));
            return;
        }
        finish(test, err, next);
    };
    test.timer = setTimeout(function () {
        finish(test, new Error('Timeout of ' + options.timeout +
            'ms exceeded. Ensure the done() callback is being called.'),
            next);
    }, options.timeout);
    try {
        test.fn(done);
    } catch (err) {
        finish(test, err, next);
    }
}

function report() {
    var passed = 0;
    var failed = 0;
    for (var i = 0; i < tests.length; i++) {
        if (tests[i].state === 'passed') {
            passed++;
        } else {
            failed++;
        }
    }
    for (i = 0; i < failures.length; i++) {
        process.stdout.write('\n' + (i + 1) + ') ' + failures[i].title +
            '\n   ' + describeError(failures[i].error).split('\n')
                .join('\n   ') + '\n');
    }
    if (failures.length > 0) {
        process.stdout.write('\n');
    }
    process.stdout.write(passed + ' passed, ' + failed + ' failed\n');
    process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

function main() {
    parseArgs(process.argv.slice(2));
    if (options.files.length === 0) {
        process.stderr.write('usage: run.js [--timeout MS] [--grep TEXT] ' +
            '[--verbose] FILE.js... | DIR\n');
        process.exitCode = 2;
        return;
    }

    var sinon = require('./sinon');
    var realRequire = Module.prototype.require;
    Module.prototype.require = function (id) {
        return id === 'sinon' ? sinon : realRequire.apply(this, arguments);
    };
    globalObject.adapter = require('./adapter');

    for (var i = 0; i < options.files.length; i++) {
        require(options.files[i]);
    }

    process.on('unhandledRejection', function () {});
    process.on('uncaughtException', function (err) {
        if (current !== null) {
            fail(current, err);
        } else {
            failures.push({ title: '(outside any test)', error: err });
            tests.push({ state: 'failed' });
        }
    });

    var index = 0;
    function next() {
        if (index >= tests.length) {
            // Late second calls of done() still count: wait a moment.
            setTimeout(report, 250);
            return;
        }
        runTest(tests[index++], next);
    }
    next();
}

main();
