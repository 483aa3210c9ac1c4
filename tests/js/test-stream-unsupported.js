// What nodule's stream module leaves out fails loudly: each throws
// ERR_NOT_SUPPORTED with a message naming the feature (these work in
// Node, so this test is nodule's alone). Async iteration is the main
// missing piece: the engine has no for-await.
'use strict';
var assert = require('assert');
var stream = require('stream');

function refuses(name, fn) {
    assert.throws(fn, function (err) {
        assert.strictEqual(err.code, 'ERR_NOT_SUPPORTED', name);
        assert.ok(err.message.indexOf(name) >= 0,
            'message names ' + name + ': ' + err.message);
        return true;
    });
}

var r = new stream.Readable({ read: function () {} });
refuses('readable.iterator()', function () { r.iterator(); });
refuses('readable.map()', function () { r.map(function () {}); });
refuses('readable.toArray()', function () { r.toArray(); });
refuses('readable.forEach()', function () { r.forEach(function () {}); });
refuses('readable.wrap()', function () { r.wrap({}); });
if (typeof Symbol.asyncIterator === 'symbol') {
    refuses('readable[Symbol.asyncIterator]()', function () {
        r[Symbol.asyncIterator]();
    });
    var asyncIterable = {};
    asyncIterable[Symbol.asyncIterator] = function () {};
    refuses('Readable.from() with an async iterable', function () {
        stream.Readable.from(asyncIterable);
    });
}
refuses('stream.addAbortSignal()', function () {
    stream.addAbortSignal({}, r);
});
refuses('stream.compose()', function () { stream.compose(r); });
refuses('Duplex.from()', function () { stream.Duplex.from(r); });
refuses('stream.pipeline() with a function', function () {
    stream.pipeline(function () {}, new stream.PassThrough(),
        function () {});
});
refuses('stream.pipeline() with a function', function () {
    stream.pipeline(['an', 'array'], new stream.PassThrough(),
        function () {});
});
refuses('The Readable signal option', function () {
    new stream.Readable({ signal: {} });
});
refuses('The stream.finished() signal option', function () {
    stream.finished(r, { signal: {} }, function () {});
});
refuses('Readable.fromWeb()', function () { stream.Readable.fromWeb(); });
