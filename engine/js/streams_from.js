/*
 * internal/streams_from: Readable.from(), and the parts of the Readable API
 * that need async iteration, which the engine does not have.
 *
 * Readable.from(iterable) makes an object-mode Readable (highWaterMark 1
 * unless options say otherwise) that pulls from a synchronous iterator
 * (anything with [Symbol.iterator]: arrays, Map, Set; a string or a Buffer
 * is not iterated but pushed whole, as in Node). Values
 * are pushed synchronously inside _read() while push() asks for more; a
 * value that is a promise (a thenable) is waited for. destroy() gives the
 * iterator a chance to clean up through throw()/return(), then calls back
 * on a later tick, as Node's async close does.
 *
 * Async iterables, readable[Symbol.asyncIterator], readable.iterator(),
 * readable.wrap() and the experimental operators (map, filter, toArray,
 * ...) throw ERR_NOT_SUPPORTED naming themselves.
 */
'use strict';

var errors = require('internal/errors');
var util = require('internal/streams_util');

var nextTick = util.nextTick;
var hasAsyncIterator = typeof Symbol.asyncIterator === 'symbol';

function copyOptions(base, options) {
    var out = {};
    var key;
    for (key in base) {
        out[key] = base[key];
    }
    if (options) {
        for (key in options) {
            out[key] = options[key];
        }
    }
    return out;
}

function from(Readable, iterable, options) {
    if (typeof iterable === 'string' || Buffer.isBuffer(iterable)) {
        var whole = copyOptions({ objectMode: true }, options);
        whole.read = function () {
            this.push(iterable);
            this.push(null);
        };
        return new Readable(whole);
    }
    if (iterable !== null && iterable !== undefined && hasAsyncIterator &&
            typeof iterable[Symbol.asyncIterator] === 'function') {
        throw util.notSupported('Readable.from() with an async iterable');
    }
    if (!util.isIterable(iterable)) {
        throw errors.codes.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'],
            iterable);
    }
    var iterator = iterable[Symbol.iterator]();

    var readable = new Readable(copyOptions({
        objectMode: true,
        highWaterMark: 1
    }, options));

    // True while a _read() is being served (including while waiting for
    // a promised value), so overlapping _read() calls do not pull twice.
    var reading = false;

    readable._read = function () {
        if (!reading) {
            reading = true;
            pull();
        }
    };

    readable._destroy = function (error, cb) {
        closeIterator(iterator, error).then(function () {
            nextTick(cb, error);
        }, function (e) {
            nextTick(cb, e || error);
        });
    };

    // Push values until push() asks us to stop or the iterator ends.
    function pull() {
        for (;;) {
            var step;
            try {
                step = iterator.next();
                if (step === null || typeof step !== 'object') {
                    throw new TypeError('Iterator result ' + step +
                        ' is not an object');
                }
            } catch (err) {
                readable.destroy(err);
                return;
            }
            if (step.done) {
                readable.push(null);
                return;
            }
            var value = step.value;
            if (value && typeof value.then === 'function') {
                value.then(function (settled) {
                    if (deliver(settled)) {
                        pull();
                    }
                }, function (err) {
                    readable.destroy(err);
                });
                return;
            }
            if (!deliver(value)) {
                return;
            }
        }
    }

    // Push one value; true when the stream wants the next one now.
    function deliver(value) {
        if (value === null) {
            reading = false;
            readable.destroy(util.codes.ERR_STREAM_NULL_VALUES());
            return false;
        }
        if (readable.push(value)) {
            return true;
        }
        reading = false;
        return false;
    }

    return readable;
}

// Let the iterator clean up: throw(error) when destroyed with an error,
// then return(), each result awaited like Node's `await`.
function closeIterator(iterator, error) {
    var hadError = error !== undefined && error !== null;
    try {
        if (hadError && typeof iterator['throw'] === 'function') {
            var thrown = iterator['throw'](error);
            return Promise.resolve(thrown).then(function (result) {
                return Promise.resolve(result.value).then(function () {
                    if (!result.done) {
                        return callReturn(iterator);
                    }
                });
            });
        }
        return callReturn(iterator);
    } catch (err) {
        return Promise.reject(err);
    }
}

function callReturn(iterator) {
    if (typeof iterator['return'] !== 'function') {
        return Promise.resolve();
    }
    return Promise.resolve(iterator['return']()).then(function (result) {
        return result ? result.value : undefined;
    });
}

function unsupported(what) {
    return function () {
        throw util.notSupported(what);
    };
}

// Node 20's experimental operators, all built on async iteration.
var OPERATORS = ['asIndexedPairs', 'drop', 'every', 'filter', 'find',
    'flatMap', 'forEach', 'map', 'reduce', 'some', 'take', 'toArray'];

function install(Readable) {
    Readable.from = function (iterable, options) {
        return from(Readable, iterable, options);
    };
    Readable.fromWeb = unsupported('Readable.fromWeb()');
    Readable.toWeb = unsupported('Readable.toWeb()');
    Readable.isDisturbed = util.isDisturbed;

    var reason = ' (the engine has no async iteration)';
    if (hasAsyncIterator) {
        Readable.prototype[Symbol.asyncIterator] =
            unsupported('readable[Symbol.asyncIterator]()' + reason);
    }
    Readable.prototype.iterator = unsupported('readable.iterator()' + reason);
    Readable.prototype.wrap = unsupported('readable.wrap()');
    for (var i = 0; i < OPERATORS.length; i++) {
        Readable.prototype[OPERATORS[i]] = unsupported('readable.' +
            OPERATORS[i] + '()' + reason);
    }
}

module.exports = { install: install };
