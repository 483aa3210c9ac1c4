// Rule 5: between two timer callbacks of the same pass, and between two
// immediates, both queues are drained.
setTimeout(function () {
    console.log('t1');
    process.nextTick(function () { console.log('ttick'); });
    Promise.resolve().then(function () { console.log('tp'); });
}, 0);
setTimeout(function () {
    console.log('t2');
    setImmediate(function () {
        console.log('imm1');
        process.nextTick(function () { console.log('tick1'); });
        Promise.resolve().then(function () { console.log('p1'); });
    });
    setImmediate(function () { console.log('imm2'); });
}, 0);
