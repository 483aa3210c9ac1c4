/*
 * timers/promises: setTimeout and setImmediate that return promises.
 *
 * options.ref = false unrefs the underlying timer or immediate, as in Node.
 * options.signal (AbortSignal) and setInterval's async iterator are not
 * available yet: they throw ERR_NOT_SUPPORTED rather than being ignored.
 */
'use strict';

var errors = require('internal/errors');
var timers = require('timers');

function checkOptions(options) {
    if (options === undefined) {
        return true;
    }
    errors.validateObject(options, 'options');
    if (options.signal !== undefined) {
        throw errors.codes.ERR_NOT_SUPPORTED('The "signal" option of ' +
            'timers/promises');
    }
    if (options.ref !== undefined) {
        errors.validateBoolean(options.ref, 'options.ref');
    }
    return options.ref !== false;
}

function setTimeout(delay, value, options) {
    var ref = checkOptions(options);
    return new Promise(function (resolve) {
        var timer = timers.setTimeout(resolve, delay, value);
        if (!ref) {
            timer.unref();
        }
    });
}

function setImmediate(value, options) {
    var ref = checkOptions(options);
    return new Promise(function (resolve) {
        var immediate = timers.setImmediate(resolve, value);
        if (!ref) {
            immediate.unref();
        }
    });
}

function setInterval() {
    throw errors.codes.ERR_NOT_SUPPORTED('timers/promises setInterval ' +
        '(it needs async iterators)');
}

module.exports = {
    setTimeout: setTimeout,
    setImmediate: setImmediate,
    setInterval: setInterval,
    scheduler: {
        wait: function wait(delay, options) {
            return setTimeout(delay, undefined, options);
        },
        yield: function () {
            return setImmediate();
        }
    }
};
