// worker_threads: a worker's process.env is a copy of the parent's by
// default, the process environment itself with SHARE_ENV, or a copy of
// the env option's object; setEnvironmentData values reach each worker.
'use strict';
var wt = require('worker_threads');

process.env.NODULE_DIFF_A = 'one';
wt.setEnvironmentData('k', { v: [1, 2] });
wt.setEnvironmentData('gone', 1);
wt.setEnvironmentData('gone', undefined);

function run(opts, label, next) {
    var w = new wt.Worker('var wt = require("worker_threads");' +
        'console.log(wt.workerData, process.env.NODULE_DIFF_A,' +
        '  process.env.NODULE_DIFF_B,' +
        '  JSON.stringify(wt.getEnvironmentData("k")),' +
        '  wt.getEnvironmentData("gone"));' +
        'process.env.NODULE_DIFF_A = "changed";' +
        'process.env.NODULE_DIFF_N = 5;' +
        'console.log(typeof process.env.NODULE_DIFF_N,' +
        '  process.env.NODULE_DIFF_N);',
        Object.assign({ eval: true, workerData: label }, opts));
    w.on('exit', function () {
        console.log(label, 'parent sees', process.env.NODULE_DIFF_A,
            'NODULE_DIFF_N' in process.env,
            Object.keys(process.env).indexOf('NODULE_DIFF_N') !== -1);
        delete process.env.NODULE_DIFF_N;
        process.env.NODULE_DIFF_A = 'one';
        next();
    });
}

run({}, 'copy', function () {
    run({ env: wt.SHARE_ENV }, 'share', function () {
        run({ env: { NODULE_DIFF_B: 'bee' } }, 'object', function () {
            try {
                new wt.Worker('', { eval: true, env: 5 });
            } catch (e) {
                console.log(e.name, e.code);
            }
            console.log('end');
        });
    });
});
