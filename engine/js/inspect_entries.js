/*
 * internal/inspect_entries: the entries util.inspect lists inside the
 * braces of arrays, typed arrays, Sets, Maps, their iterators, array
 * buffers, Buffers and promises, and the one-line "base" of functions and
 * boxed primitives.
 *
 * Formatting an entry recurses into util.inspect's core, so the core hands
 * its recursive functions to `create(core)` ({ formatValue,
 * formatProperty, inspect, userOptions, getNonIndexKeys }) and gets the
 * formatters back; this file never requires internal/inspect.
 *
 * Each formatter returns an array of already formatted entries; the core
 * adds the object's own keys and lays the entries out.
 */
'use strict';

var types = require('internal/types');
var promises = require('internal/promise');
var prim = require('internal/inspect_primitives');
var layout = require('internal/inspect_layout');

var kArrayType = 1;
var kArrayExtrasType = 2;
var hasOwn = Object.prototype.hasOwnProperty;

var collections = null;
function lazyCollections() {
    if (collections === null) {
        collections = require('internal/collections');
    }
    return collections;
}

function stylizeNoColor(str) {
    return str;
}

function create(core) {
    var formatValue = core.formatValue;
    var formatProperty = core.formatProperty;
    var formatNumber = prim.formatNumber;
    var formatPrimitive = prim.formatPrimitive;
    var reduceToSingleString = layout.reduceToSingleString;

    function getFunctionBase(value, constructor, tag) {
        var base = '[Function';
        if (constructor === null) {
            base += ' (null prototype)';
        }
        base += value.name === '' || value.name === undefined ?
            ' (anonymous)' : ': ' + value.name;
        base += ']';
        if (constructor !== 'Function' && constructor !== null) {
            base += ' ' + constructor;
        }
        if (tag !== '' && constructor !== tag) {
            base += ' [' + tag + ']';
        }
        return base;
    }

    function getBoxedBase(value, ctx, keys, constructor, tag) {
        var type;
        var primitive;
        if (types.isNumberObject(value)) {
            type = 'Number';
            primitive = Number.prototype.valueOf.call(value);
        } else if (types.isStringObject(value)) {
            type = 'String';
            primitive = String.prototype.valueOf.call(value);
            // The index keys of a boxed string only repeat its text.
            keys.splice(0, primitive.length);
        } else if (types.isBooleanObject(value)) {
            type = 'Boolean';
            primitive = Boolean.prototype.valueOf.call(value);
        } else if (types.isBigIntObject(value)) {
            type = 'BigInt';
            primitive = BigInt.prototype.valueOf.call(value);
        } else {
            type = 'Symbol';
            primitive = Symbol.prototype.valueOf.call(value);
        }
        var base = '[' + type;
        if (type !== constructor) {
            base += constructor === null ? ' (null prototype)' :
                ' (' + constructor + ')';
        }
        base += ': ' + formatPrimitive(stylizeNoColor, primitive, ctx) + ']';
        if (tag !== '' && tag !== constructor) {
            base += ' [' + tag + ']';
        }
        if (keys.length !== 0 || ctx.stylize === stylizeNoColor) {
            return base;
        }
        return ctx.stylize(base, type.toLowerCase());
    }

    function remainingText(remaining) {
        return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
    }

    function formatArray(ctx, value, recurseTimes) {
        var length = value.length;
        var max = Math.min(Math.max(0, ctx.maxArrayLength), length);
        var output = [];
        for (var i = 0; i < max; i++) {
            if (!hasOwn.call(value, i)) {
                return formatSparseArray(ctx, value, recurseTimes, max,
                    output, i);
            }
            output.push(formatProperty(ctx, value, recurseTimes, i,
                kArrayType));
        }
        if (length - max > 0) {
            output.push(remainingText(length - max));
        }
        return output;
    }

    // Arrays with holes: runs of missing items print as "<n empty items>".
    function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
        var keys = Object.keys(value);
        var index = i;
        var message;
        for (; i < keys.length && output.length < maxLength; i++) {
            var key = keys[i];
            var n = +key;
            if (n > 4294967294) {
                break;
            }
            if (String(index) !== key) {
                if (!/^(0|[1-9][0-9]*)$/.test(key)) {
                    break;
                }
                var empty = n - index;
                message = '<' + empty + ' empty item' + (empty > 1 ? 's' : '') +
                    '>';
                output.push(ctx.stylize(message, 'undefined'));
                index = n;
                if (output.length === maxLength) {
                    break;
                }
            }
            output.push(formatProperty(ctx, value, recurseTimes, key,
                kArrayType));
            index++;
        }
        var remaining = value.length - index;
        if (output.length !== maxLength) {
            if (remaining > 0) {
                message = '<' + remaining + ' empty item' +
                    (remaining > 1 ? 's' : '') + '>';
                output.push(ctx.stylize(message, 'undefined'));
            }
        } else if (remaining > 0) {
            output.push(remainingText(remaining));
        }
        return output;
    }

    function formatTypedArray(ctx, value, recurseTimes) {
        var length = value.length;
        var max = Math.min(Math.max(0, ctx.maxArrayLength), length);
        var output = new Array(max);
        for (var i = 0; i < max; i++) {
            output[i] = formatNumber(ctx.stylize, value[i],
                ctx.numericSeparator);
        }
        if (length - max > 0) {
            output[max] = remainingText(length - max);
        }
        if (ctx.showHidden) {
            ctx.indentationLvl += 2;
            var extra = ['BYTES_PER_ELEMENT', 'length', 'byteLength',
                'byteOffset', 'buffer'];
            for (var j = 0; j < extra.length; j++) {
                output.push('[' + extra[j] + ']: ' +
                    formatValue(ctx, value[extra[j]], recurseTimes, true));
            }
            ctx.indentationLvl -= 2;
        }
        return output;
    }

    function formatSet(ctx, value, recurseTimes) {
        var max = Math.min(Math.max(0, ctx.maxArrayLength), value.size);
        var output = [];
        var i = 0;
        ctx.indentationLvl += 2;
        value.forEach(function (v) {
            if (i++ < max) {
                output.push(formatValue(ctx, v, recurseTimes));
            }
        });
        if (value.size - max > 0) {
            output.push(remainingText(value.size - max));
        }
        ctx.indentationLvl -= 2;
        return output;
    }

    function formatMap(ctx, value, recurseTimes) {
        var max = Math.min(Math.max(0, ctx.maxArrayLength), value.size);
        var output = [];
        var i = 0;
        ctx.indentationLvl += 2;
        value.forEach(function (v, k) {
            if (i++ < max) {
                output.push(formatValue(ctx, k, recurseTimes) + ' => ' +
                    formatValue(ctx, v, recurseTimes));
            }
        });
        if (value.size - max > 0) {
            output.push(remainingText(value.size - max));
        }
        ctx.indentationLvl -= 2;
        return output;
    }

    // A Map or Set iterator shows what it has left to yield.
    function formatIterator(ctx, value, recurseTimes, braces) {
        var items = lazyCollections().previewIterator(value);
        var isEntries = lazyCollections().iteratorKind(value) === 'entries';
        var max = Math.min(Math.max(0, ctx.maxArrayLength), items.length);
        var output = [];
        ctx.indentationLvl += 2;
        for (var i = 0; i < max; i++) {
            if (isEntries) {
                output.push(reduceToSingleString(ctx, [
                    formatValue(ctx, items[i][0], recurseTimes),
                    formatValue(ctx, items[i][1], recurseTimes)
                ], '', ['[', ']'], kArrayExtrasType, recurseTimes));
            } else {
                output.push(formatValue(ctx, items[i], recurseTimes));
            }
        }
        ctx.indentationLvl -= 2;
        if (isEntries) {
            braces[0] = braces[0].replace(/ Iterator\] \{$/, ' Entries] {');
        }
        if (items.length - max > 0) {
            output.push(remainingText(items.length - max));
        }
        return output;
    }

    function formatArrayBuffer(ctx, value) {
        var bytes = new Uint8Array(value);
        var max = Math.min(ctx.maxArrayLength, bytes.length);
        var hex = [];
        for (var i = 0; i < max; i++) {
            hex.push((bytes[i] < 16 ? '0' : '') + bytes[i].toString(16));
        }
        var str = hex.join(' ');
        var remaining = bytes.length - max;
        if (remaining > 0) {
            str += ' ... ' + remaining + ' more byte' +
                (remaining > 1 ? 's' : '');
        }
        return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
    }

    // How Node's Buffer.prototype[inspect.custom] shows a Buffer.
    function formatBuffer(ctx, value) {
        var max = Math.min(50, value.length);
        var hex = [];
        for (var i = 0; i < max; i++) {
            hex.push((value[i] < 16 ? '0' : '') + value[i].toString(16));
        }
        var str = hex.join(' ');
        var remaining = value.length - 50;
        if (remaining > 0) {
            str += ' ... ' + remaining + ' more byte' +
                (remaining > 1 ? 's' : '');
        }
        var keys = core.getNonIndexKeys(value, ctx.showHidden);
        if (keys.length > 0) {
            var extras = Object.create(null);
            for (var k = 0; k < keys.length; k++) {
                extras[keys[k]] = value[keys[k]];
            }
            var opts = core.userOptions(ctx);
            opts.breakLength = Infinity;
            opts.compact = true;
            if (value.length !== 0) {
                str += ', ';
            }
            str += core.inspect(extras, opts).slice(27, -2);
        }
        var name = value.constructor && value.constructor.name ?
            value.constructor.name : 'Buffer';
        return '<' + name + ' ' + str + '>';
    }

    function formatPromise(ctx, value, recurseTimes) {
        var details = promises.details(value);
        if (details === undefined || details.state === 'pending') {
            return [ctx.stylize('<pending>', 'special')];
        }
        ctx.indentationLvl += 2;
        var str = formatValue(ctx, details.result, recurseTimes);
        ctx.indentationLvl -= 2;
        return [details.state === 'rejected' ?
            ctx.stylize('<rejected>', 'special') + ' ' + str : str];
    }

    return {
        getFunctionBase: getFunctionBase,
        getBoxedBase: getBoxedBase,
        formatArray: formatArray,
        formatTypedArray: formatTypedArray,
        formatSet: formatSet,
        formatMap: formatMap,
        formatIterator: formatIterator,
        formatArrayBuffer: formatArrayBuffer,
        formatBuffer: formatBuffer,
        formatPromise: formatPromise
    };
}

module.exports = { create: create };
