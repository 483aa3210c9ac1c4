// tty.WriteStream's cursor methods: the escape sequences they write, their
// return values, callbacks and argument errors (on a stand-in stream, so
// no terminal is needed).
'use strict';
var W = require('tty').WriteStream.prototype;
var order = [];
var fake = {
    write: function (data, cb) {
        console.log('write', JSON.stringify(data), typeof cb);
        if (cb) {
            process.nextTick(cb);
        }
        return true;
    }
};
function show(name, fn) {
    try {
        console.log(name, fn());
    } catch (err) {
        console.log(name, 'throws', err.name, err.code, err.message);
    }
}
show('cursorTo x y', function () { return W.cursorTo.call(fake, 3, 4); });
show('cursorTo x', function () { return W.cursorTo.call(fake, 3); });
show('cursorTo 0 0', function () { return W.cursorTo.call(fake, 0, 0); });
show('cursorTo none', function () { return W.cursorTo.call(fake); });
show('cursorTo y only', function () {
    return W.cursorTo.call(fake, undefined, 2);
});
show('cursorTo NaN', function () { return W.cursorTo.call(fake, NaN); });
show('cursorTo y NaN', function () {
    return W.cursorTo.call(fake, 1, NaN);
});
show('cursorTo string', function () { return W.cursorTo.call(fake, 'a'); });
show('cursorTo bad cb', function () {
    return W.cursorTo.call(fake, 1, 2, 'x');
});
show('cursorTo cb', function () {
    return W.cursorTo.call(fake, 1, function () { order.push('cursorTo'); });
});
show('moveCursor', function () { return W.moveCursor.call(fake, -2, 5); });
show('moveCursor +x -y', function () {
    return W.moveCursor.call(fake, 7, -1);
});
show('moveCursor 0 0', function () {
    return W.moveCursor.call(fake, 0, 0, function (err) {
        order.push('moveCursor ' + err);
    });
});
show('clearLine -1', function () { return W.clearLine.call(fake, -1); });
show('clearLine 1', function () { return W.clearLine.call(fake, 1); });
show('clearLine 0', function () { return W.clearLine.call(fake, 0); });
show('clearLine none', function () { return W.clearLine.call(fake); });
show('clearScreenDown', function () {
    return W.clearScreenDown.call(fake, function () {
        order.push('clearScreenDown');
    });
});
show('getWindowSize', function () {
    return JSON.stringify(W.getWindowSize.call({ columns: 80, rows: 24 }));
});
setTimeout(function () {
    console.log(order.join(', '));
}, 1);
