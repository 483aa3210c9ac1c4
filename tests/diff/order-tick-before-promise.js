// Rule 4: the whole nextTick queue runs before the promise microtask
// queue, and both are drained again until empty.
process.nextTick(function () {
    console.log('tick1');
    process.nextTick(function () { console.log('tick2'); });
    Promise.resolve().then(function () { console.log('promise-from-tick'); });
});
Promise.resolve().then(function () {
    console.log('promise1');
    process.nextTick(function () { console.log('tick-from-promise'); });
    Promise.resolve().then(function () { console.log('promise2'); });
});
console.log('main');
