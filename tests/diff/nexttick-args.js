// nextTick passes extra arguments; queueMicrotask runs with promises.
process.nextTick(function (a, b, c) { console.log('tick', a, b, c); }, 1, 'two', [3]);
queueMicrotask(function () { console.log('microtask'); });
Promise.resolve(1).then(function (v) { console.log('then', v); });
console.log('sync');
