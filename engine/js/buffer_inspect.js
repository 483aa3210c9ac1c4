/*
 * internal/buffer_inspect: how util.inspect and console.log show a
 * Buffer: <Buffer 68 65 6c 6c 6f>.
 *
 * Buffer.prototype[util.inspect.custom] (also Buffer.prototype.inspect)
 * shows at most require('buffer').INSPECT_MAX_BYTES bytes in hex, then
 * "... N more bytes", then any own non-index properties the way inspect
 * shows an object's, all on one line; the name is the constructor's, so
 * a subclass shows its own.  internal/inspect is loaded only when a
 * Buffer is first shown.
 */
'use strict';

var common = require('internal/buffer_common');

var customInspect = Symbol.for('nodejs.util.inspect.custom');
var INDEX = /^(0|[1-9][0-9]*)$/;

// The own properties that are not indexes: the enumerable ones, or all
// of them with showHidden (but never the typed array's own 'length').
function extraKeys(buf, showHidden) {
    var keys = showHidden ? Object.getOwnPropertyNames(buf) :
        Object.keys(buf);
    var out = [];
    for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (!(INDEX.test(key) && +key < buf.length) &&
                !(showHidden && key === 'length')) {
            out.push(key);
        }
    }
    if (typeof Object.getOwnPropertySymbols === 'function') {
        var symbols = Object.getOwnPropertySymbols(buf);
        for (var k = 0; k < symbols.length; k++) {
            if (showHidden || Object.prototype.propertyIsEnumerable.call(
                    buf, symbols[k])) {
                out.push(symbols[k]);
            }
        }
    }
    return out;
}

function install(proto, options) {
    function inspect(recurseTimes, ctx) {
        var max = options.inspectMaxBytes();
        var len = this.length;
        var shown = Math.floor(Math.min(max, len));
        var hex = common.binding.decode(this, 0, shown, common.HEX);
        var str = hex.replace(/(..)(?!$)/g, '$1 ');
        var remaining = len - max;
        if (remaining > 0) {
            str += ' ... ' + remaining + ' more byte' +
                (remaining > 1 ? 's' : '');
        }
        if (ctx) {
            var keys = extraKeys(this, ctx.showHidden);
            if (keys.length > 0) {
                var obj = Object.create(null);
                for (var i = 0; i < keys.length; i++) {
                    obj[keys[i]] = this[keys[i]];
                }
                var opts = {};
                for (var key in ctx) {
                    opts[key] = ctx[key];
                }
                opts.breakLength = Infinity;
                opts.compact = true;
                if (len !== 0) {
                    str += ', ';
                }
                // Drop '[Object: null prototype] {' and ' }'.
                str += require('internal/inspect').inspect(obj, opts)
                    .slice(27, -2);
            }
        }
        return '<' + this.constructor.name + ' ' + str + '>';
    }
    proto[customInspect] = inspect;
    proto.inspect = inspect;
}

module.exports = { install: install };
