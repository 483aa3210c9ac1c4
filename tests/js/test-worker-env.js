// A worker's process.env: a copy by default (its changes stay there),
// the process environment with SHARE_ENV (changes seen both ways), an
// object's copy with env: {...}; environment data is copied at spawn.
'use strict';
var assert = require('assert');
var wt = require('worker_threads');

process.env.NODULE_TEST_ENV = 'parent';
wt.setEnvironmentData('conf', { deep: [1, { two: 2 }] });
assert.deepStrictEqual(wt.getEnvironmentData('conf'),
    { deep: [1, { two: 2 }] });

var code = 'var wt = require("worker_threads");' +
    'wt.parentPort.postMessage({ seen: process.env.NODULE_TEST_ENV,' +
    '  other: process.env.NODULE_TEST_OTHER,' +
    '  data: wt.getEnvironmentData("conf") });' +
    'wt.setEnvironmentData("conf", "changed in worker");' +
    'process.env.NODULE_TEST_ENV = "worker";' +
    'process.env.NODULE_TEST_NUM = 42;' +
    'wt.parentPort.postMessage(typeof process.env.NODULE_TEST_NUM);';

function run(options, check, next) {
    var w = new wt.Worker(code, Object.assign({ eval: true }, options));
    var got = [];
    w.on('message', function (m) { got.push(m); });
    w.on('exit', function (c) {
        assert.strictEqual(c, 0);
        check(got);
        assert.deepStrictEqual(wt.getEnvironmentData('conf'),
            { deep: [1, { two: 2 }] });
        delete process.env.NODULE_TEST_NUM;
        process.env.NODULE_TEST_ENV = 'parent';
        next();
    });
}

run({}, function (got) {
    assert.deepStrictEqual(got, [{ seen: 'parent', other: undefined,
        data: { deep: [1, { two: 2 }] } }, 'string']);
    assert.strictEqual(process.env.NODULE_TEST_ENV, 'parent');
    assert.strictEqual(process.env.NODULE_TEST_NUM, undefined);
}, function () {
    run({ env: wt.SHARE_ENV }, function (got) {
        assert.strictEqual(got[0].seen, 'parent');
        assert.strictEqual(process.env.NODULE_TEST_ENV, 'worker');
        assert.strictEqual(process.env.NODULE_TEST_NUM, '42');
        assert.ok(Object.keys(process.env).indexOf('NODULE_TEST_NUM') >= 0);
    }, function () {
        run({ env: { NODULE_TEST_OTHER: 7 } }, function (got) {
            assert.strictEqual(got[0].seen, undefined);
            assert.strictEqual(got[0].other, '7');
            assert.strictEqual(process.env.NODULE_TEST_ENV, 'parent');
            console.log('ok');
        }, function () {});
    });
});
