// Shared by the buffer-errors-* differential tests: t(f) prints the
// result of one call, or the error it throws (name, code, message).
'use strict';
var util = require('util');
var kMax = require('buffer').kMaxLength;

// Messages that quote kMaxLength differ by design (nodule's is Duktape's
// limit): show it as K.
function norm(s) {
    s = String(s);
    var plain = String(kMax);
    var sep = plain.replace(/\B(?=(\d{3})+(?!\d))/g, '_');
    return s.split(plain).join('K').split(sep).join('K')
        .split('4294967296').join('K').split('4_294_967_296').join('K');
}

function t(f) {
    try {
        var r = f();
        console.log('ok', typeof r === 'object' && r !== null ?
            util.inspect(r) : r);
    } catch (e) {
        console.log(e.name, e.code, norm(e.message));
    }
}

module.exports = t;
