// bluebird (3.x) under nodule: promisify over fs, collections with
// concurrency, delay/timeout, cancellation, resource disposal, error
// predicates, and Node's process 'unhandledRejection' event.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var Promise = require('bluebird');

// Cancellation must be enabled before any promise exists.
Promise.config({ cancellation: true, warnings: false, longStackTraces: false });

var fixtures = path.join(__dirname, 'fixtures');
var steps = [];

steps.push(function promisify() {
    var readFile = Promise.promisify(fs.readFile);
    return readFile(path.join(fixtures, 'lines.txt'), 'utf8').then(function (text) {
        console.log('promisify', JSON.stringify(text));
        return readFile(path.join(fixtures, 'missing.txt'));
    }).then(function () {
        throw new Error('must not resolve');
    }, function (err) {
        console.log('promisify-error', err.code, err.syscall, err instanceof Error,
            err.cause === undefined ? 'no cause' : typeof err.cause);
    });
});

steps.push(function promisifyAll() {
    var pfs = Promise.promisifyAll(fs);
    assert.strictEqual(pfs, fs);
    assert.strictEqual(typeof fs.readFileAsync, 'function');
    return fs.readFileAsync(path.join(fixtures, 'data.json'), 'utf8')
        .then(JSON.parse)
        .get('items')
        .map(function (n) {
            return Promise.delay(5 * (4 - n)).return(n * n);
        }, { concurrency: 2 })
        .then(function (squares) {
            console.log('promisifyAll+map', squares);
        });
});

steps.push(function collections() {
    var order = [];
    return Promise.mapSeries([3, 1, 2], function (n) {
        return Promise.delay(n).then(function () {
            order.push(n);
            return n;
        });
    }).then(function (r) {
        console.log('mapSeries', r, order);
        return Promise.each(['a', 'b'], function (v, i, len) {
            order.push(v + i + len);
        });
    }).then(function (r) {
        console.log('each', r, order.slice(3));
        return Promise.reduce([1, 2, 3, 4], function (acc, n) {
            return Promise.delay(1).return(acc + n);
        }, 0);
    }).then(function (sum) {
        console.log('reduce', sum);
        return Promise.filter([1, 2, 3, 4, 5, 6], function (n) {
            return Promise.resolve(n % 3 === 0);
        });
    }).then(function (r) {
        console.log('filter', r);
        return Promise.props({ a: Promise.delay(3).return('A'), b: 'B',
            c: Promise.resolve('C') });
    }).then(function (r) {
        console.log('props', r);
        return Promise.all([Promise.some([Promise.delay(20).return(1),
            Promise.delay(1).return(2), Promise.delay(5).return(3)], 2),
            Promise.any([Promise.reject(new Error('x')), Promise.resolve('any')]),
            Promise.race([Promise.delay(30).return('slow'), Promise.delay(2).return('fast')])]);
    }).spread(function (some, any, race) {
        console.log('some/any/race', some, any, race);
        return Promise.join(Promise.resolve(1), Promise.delay(2).return(2), 3,
            function (a, b, c) {
                return a + b + c;
            });
    }).then(function (sum) {
        console.log('join', sum);
        return Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('no'))]);
    }).then(function (results) {
        console.log('allSettled', results.map(function (r) {
            return r.isFulfilled() ? 'ok ' + r.value() : 'err ' + r.reason().message;
        }));
    });
});

steps.push(function timing() {
    var start = Date.now();
    return Promise.delay(30, 'late').timeout(1000).then(function (v) {
        var took = Date.now() - start;
        console.log('delay', v, took >= 25 ? 'waited' : 'too early: ' + took);
        return Promise.delay(200).timeout(10, 'too slow');
    }).catch(Promise.TimeoutError, function (err) {
        console.log('timeout', err.name, err.message, err instanceof Promise.TimeoutError);
    });
});

steps.push(function errors() {
    function CustomError(message) {
        this.message = message;
        this.name = 'CustomError';
        Error.captureStackTrace(this, CustomError);
    }
    CustomError.prototype = Object.create(Error.prototype);
    CustomError.prototype.constructor = CustomError;
    return Promise.reject(new CustomError('custom')).catch(TypeError, function () {
        throw new Error('wrong handler');
    }).catch(CustomError, function (e) {
        console.log('catch-class', e.name, e.message);
        return Promise.reject(new Error('ENOENT-like'));
    }).catch(function (e) {
        return e.message.indexOf('ENOENT') === 0;
    }, function (e) {
        console.log('catch-predicate', e.message);
        return Promise.reject(Object.assign(new Error('coded'), { code: 'E42' }));
    }).catch({ code: 'E42' }, function (e) {
        console.log('catch-object', e.code);
    }).tap(function () {
        console.log('tap');
    }).finally(function () {
        console.log('finally');
    }).then(function () {
        return Promise.try(function () {
            throw new RangeError('sync throw');
        }).reflect();
    }).then(function (inspection) {
        console.log('try/reflect', inspection.isRejected(), inspection.reason().name);
        return Promise.method(function (x) {
            if (x < 0) {
                throw new Error('negative');
            }
            return x * 2;
        })(21);
    }).then(function (v) {
        console.log('method', v);
        return new Promise(function (resolve, reject) {
            reject(new Error('aggregate me'));
        }).error(function () {
            throw new Error('not an operational error');
        }).catch(function (e) {
            console.log('error-vs-catch', e.message);
        });
    });
});

steps.push(function disposal() {
    var events = [];
    function getResource(name) {
        return Promise.delay(2).then(function () {
            events.push('open ' + name);
            return { name: name };
        }).disposer(function (res) {
            events.push('close ' + res.name);
        });
    }
    return Promise.using(getResource('a'), getResource('b'), function (a, b) {
        events.push('use ' + a.name + b.name);
        return 'used';
    }).then(function (v) {
        console.log('using', v, events.sort());
    });
});

steps.push(function cancellation() {
    var cancelled = [];
    var p = new Promise(function (resolve, reject, onCancel) {
        var t = setTimeout(resolve, 1000);
        onCancel(function () {
            clearTimeout(t);
            cancelled.push('onCancel');
        });
    });
    p.then(function () {
        cancelled.push('resolved?!');
    });
    p.cancel();
    return Promise.delay(5).then(function () {
        console.log('cancel', cancelled, p.isCancelled());
    });
});

steps.push(function fromCallback() {
    return Promise.fromCallback(function (cb) {
        setImmediate(cb, null, 'from callback');
    }).then(function (v) {
        console.log('fromCallback', v);
        var nodeified = [];
        return new Promise(function (resolve) {
            Promise.resolve('nodeify').asCallback(function (err, val) {
                nodeified.push(err, val);
                resolve(nodeified);
            });
        });
    }).then(function (v) {
        console.log('asCallback', v);
        return Promise.coroutine ? 'has coroutine' : 'no coroutine';
    }).then(function (v) {
        var native = Promise.resolve(global.Promise.resolve('native'));
        assert.ok(native instanceof Promise);
        return native.then(function (n) {
            console.log('interop', v, n);
        });
    });
});

// A rejection nobody handles reaches process 'unhandledRejection' with
// bluebird's promise, as under Node.
steps.push(function unhandled() {
    return new Promise(function (resolve) {
        process.once('unhandledRejection', function (reason, promise) {
            console.log('unhandledRejection', reason.message, promise instanceof Promise);
            resolve();
        });
        Promise.reject(new Error('nobody catches me'));
    });
});

Promise.each(steps, function (step) {
    return step();
}).then(function () {
    console.log('done');
});
