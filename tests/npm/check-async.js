// async (2.x) under nodule: series, parallel, waterfall, queue, auto,
// mapLimit, retry and friends, driven by setImmediate, nextTick and
// timers. Each step is run after the previous one so the printed order
// is fixed.
'use strict';
var assert = require('assert');
var async = require('async');

function later(value, ms) {
    return function (cb) {
        if (ms === undefined) {
            setImmediate(function () {
                cb(null, value);
            });
        } else {
            setTimeout(function () {
                cb(null, value);
            }, ms);
        }
    };
}

var steps = [];

steps.push(function series(next) {
    var order = [];
    async.series([
        function (cb) {
            order.push('one');
            later(1, 20)(cb);
        },
        function (cb) {
            order.push('two');
            later(2)(cb);
        },
        function (cb) {
            process.nextTick(function () {
                order.push('three');
                cb(null, 3);
            });
        }
    ], function (err, results) {
        assert.ifError(err);
        console.log('series', results, order);
        async.series({ a: later('A'), b: later('B', 5) }, function (err2, obj) {
            console.log('series-object', obj);
            next(err2);
        });
    });
});

steps.push(function parallel(next) {
    var finished = [];
    async.parallel([
        function (cb) {
            setTimeout(function () {
                finished.push('slow');
                cb(null, 'slow');
            }, 30);
        },
        function (cb) {
            setImmediate(function () {
                finished.push('fast');
                cb(null, 'fast');
            });
        }
    ], function (err, results) {
        console.log('parallel', results, finished);
        async.parallelLimit([later(1), later(2), later(3)], 2, function (err2, r) {
            console.log('parallelLimit', r);
            next(err2);
        });
    });
});

steps.push(function waterfall(next) {
    async.waterfall([
        function (cb) {
            cb(null, 'one', 'two');
        },
        function (a, b, cb) {
            setImmediate(cb, null, a + '+' + b);
        },
        function (ab, cb) {
            setTimeout(function () {
                cb(null, ab.toUpperCase());
            }, 5);
        }
    ], function (err, result) {
        console.log('waterfall', result);
        async.waterfall([
            function (cb) {
                cb(new Error('stop here'));
            },
            function () {
                throw new Error('must not run');
            }
        ], function (err2) {
            console.log('waterfall-error', err2.message);
            next();
        });
    });
});

steps.push(function queue(next) {
    var handled = [];
    var q = async.queue(function (task, cb) {
        setImmediate(function () {
            handled.push(task.name);
            cb(null, task.name.length);
        });
    }, 2);
    var lengths = [];
    q.drain = function () {
        console.log('queue', handled, lengths, q.idle(), q.length());
        var pq = async.priorityQueue(function (task, cb) {
            handled.push(task);
            setImmediate(cb);
        }, 1);
        handled = [];
        pq.push('low', 3);
        pq.push('high', 1);
        pq.push('mid', 2);
        pq.drain = function () {
            console.log('priorityQueue', handled);
            next();
        };
    };
    ['alpha', 'be', 'gam', 'delta'].forEach(function (name) {
        q.push({ name: name }, function (err, len) {
            lengths.push(len);
        });
    });
    q.unshift({ name: 'first' });
    assert.strictEqual(q.concurrency, 2);
});

steps.push(function collections(next) {
    async.mapLimit([1, 2, 3, 4, 5], 2, function (n, cb) {
        setTimeout(function () {
            cb(null, n * n);
        }, (6 - n) * 3);
    }, function (err, squares) {
        console.log('mapLimit', squares);
        async.filter([1, 2, 3, 4], function (n, cb) {
            setImmediate(cb, null, n % 2 === 0);
        }, function (err2, evens) {
            console.log('filter', evens);
            async.reduce([1, 2, 3], 10, function (memo, n, cb) {
                process.nextTick(cb, null, memo + n);
            }, function (err3, sum) {
                console.log('reduce', sum);
                async.eachOfSeries({ x: 1, y: 2 }, function (v, k, cb) {
                    console.log('eachOfSeries', k, v);
                    setImmediate(cb);
                }, function () {
                    async.detect([5, 10, 15], function (n, cb) {
                        setImmediate(cb, null, n > 7);
                    }, function (err4, found) {
                        console.log('detect', found);
                        async.sortBy([3, 1, 2], function (n, cb) {
                            cb(null, -n);
                        }, function (err5, sorted) {
                            console.log('sortBy', sorted);
                            async.concat([1, 2], function (n, cb) {
                                cb(null, [n, n]);
                            }, function (err6, flat) {
                                console.log('concat', flat);
                                next();
                            });
                        });
                    });
                });
            });
        });
    });
});

steps.push(function auto(next) {
    async.auto({
        getData: function (cb) {
            later('data', 5)(cb);
        },
        makeFolder: function (cb) {
            later('folder')(cb);
        },
        writeFile: ['getData', 'makeFolder', function (results, cb) {
            cb(null, results.getData + '@' + results.makeFolder);
        }],
        emailLink: ['writeFile', function (results, cb) {
            cb(null, 'sent ' + results.writeFile);
        }]
    }, function (err, results) {
        console.log('auto', results.emailLink);
        next(err);
    });
});

steps.push(function control(next) {
    var attempts = 0;
    async.retry({ times: 4, interval: 5 }, function (cb) {
        attempts++;
        cb(attempts < 3 ? new Error('flaky') : null, 'after ' + attempts);
    }, function (err, result) {
        console.log('retry', result);
        var count = 0;
        async.whilst(function () {
            return count < 3;
        }, function (cb) {
            count++;
            setImmediate(cb);
        }, function () {
            console.log('whilst', count);
            async.times(3, function (n, cb) {
                cb(null, 'n' + n);
            }, function (err2, list) {
                console.log('times', list);
                var limited = async.timeout(function (cb) {
                    setTimeout(cb, 200);
                }, 20);
                limited(function (err3) {
                    console.log('timeout', err3.code);
                    next();
                });
            });
        });
    });
});

steps.push(function utilities(next) {
    var slowSquare = async.memoize(function (n, cb) {
        setImmediate(cb, null, n * n);
    });
    slowSquare(4, function (err, v) {
        slowSquare(4, function (err2, v2) {
            console.log('memoize', v, v2);
            async.setImmediate(function () {
                async.nextTick(function () {
                    var wrapped = async.asyncify(function (x) {
                        return Promise.resolve(x + 1);
                    });
                    wrapped(41, function (err3, answer) {
                        console.log('asyncify', answer);
                        async.applyEach([function (a, cb) {
                            cb(null, a + 1);
                        }, function (a, cb) {
                            cb(null, a + 2);
                        }], 1, function (err4, r) {
                            console.log('applyEach', r);
                            next();
                        });
                    });
                });
            });
        });
    });
});

async.eachSeries(steps, function (step, cb) {
    step(cb);
}, function (err) {
    assert.ifError(err);
    console.log('done');
});
