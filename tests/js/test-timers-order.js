// The order rules of EVENT-LOOP-RULES.md that nodule guarantees:
// rule 5 (drain between timers and between immediates), rule 6 (equal
// delays fire in creation order; a timer armed during the timers pass waits
// for the next pass), rule 7 (an immediate queued during the check phase
// runs in the next iteration), rule 8 (setImmediate before setTimeout(0)
// from an I/O callback and from a timer).
'use strict';
var assert = require('assert');

var log = [];
function push(x) { return function () { log.push(x); }; }

function step1() {
    setTimeout(function () {
        log.push('t1');
        process.nextTick(push('t1-tick'));
        Promise.resolve().then(push('t1-promise'));
    }, 1);
    setTimeout(push('t2'), 1);
    setTimeout(function () {
        assert.deepStrictEqual(log, ['t1', 't1-tick', 't1-promise', 't2']);
        log = [];
        step2();
    }, 1);
}

function step2() {
    setImmediate(function () {
        log.push('i1');
        process.nextTick(push('i1-tick'));
        Promise.resolve().then(push('i1-promise'));
        setImmediate(push('i-next-iteration'));
    });
    setImmediate(push('i2'));
    setImmediate(function () {
        assert.deepStrictEqual(log, ['i1', 'i1-tick', 'i1-promise', 'i2']);
        setImmediate(function () {
            assert.deepStrictEqual(log, ['i1', 'i1-tick', 'i1-promise', 'i2',
                'i-next-iteration']);
            log = [];
            step3();
        });
    });
}

function step3() {
    setTimeout(function () {
        log.push('a');
        setTimeout(push('child'), 0);
    }, 0);
    setTimeout(push('b'), 0);
    setTimeout(push('c'), 0);
    setTimeout(function () {
        setTimeout(function () {
            assert.deepStrictEqual(log.slice(0, 4), ['a', 'b', 'c', 'child']);
            log = [];
            step4();
        }, 5);
    }, 0);
}

function step4() {
    require('fs').stat(__filename, function () {
        setTimeout(push('io-timeout'), 0);
        setImmediate(push('io-immediate'));
    });
    setTimeout(function () {
        setTimeout(push('timer-timeout'), 0);
        setImmediate(push('timer-immediate'));
    }, 2);
    setTimeout(function () {
        assert.strictEqual(log.indexOf('io-immediate') <
            log.indexOf('io-timeout'), true);
        assert.strictEqual(log.indexOf('timer-immediate') <
            log.indexOf('timer-timeout'), true);
        log = 'done';
    }, 50);
}

step1();
process.on('exit', function () { assert.strictEqual(log, 'done'); });
