// Rule 6: a timer created during the timers pass never fires in that pass.
setTimeout(function () {
    console.log('t1');
    setTimeout(function () { console.log('child'); }, 0);
}, 0);
setTimeout(function () { console.log('t2'); }, 0);
setTimeout(function () { console.log('t3'); }, 0);
