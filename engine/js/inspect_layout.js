/*
 * internal/inspect_layout: how util.inspect lays out the entries of one
 * object once they are formatted, as Node 20 does.
 *
 * `reduceToSingleString` puts the entries on one line when the object is
 * within `compact` (3) levels of the innermost level being printed and
 * the line fits in `breakLength` (80) columns, counting a fixed margin;
 * otherwise it puts one entry per line, indented two spaces deeper.
 * `groupArrayElements` first arranges arrays of more than six short
 * entries into aligned columns (numbers right-aligned, anything else
 * left-aligned), sizing the grid to look roughly square.
 *
 * These functions only read `ctx` (breakLength, compact, indentationLvl,
 * currentDepth, maxArrayLength, colors); they never format values.
 */
'use strict';

var prim = require('internal/inspect_primitives');

var kArrayExtrasType = 2;

function getPrefix(constructor, tag, fallback, size) {
    size = size || '';
    if (constructor === null) {
        if (tag !== '' && fallback !== tag) {
            return '[' + fallback + size + ': null prototype] [' + tag + '] ';
        }
        return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag) {
        return constructor + size + ' [' + tag + '] ';
    }
    return constructor + size + ' ';
}

// Would the entries, plus `start` columns and a separator each, fit?
function isBelowBreakLength(ctx, output, start, base) {
    var total = output.length + start;
    if (total + output.length > ctx.breakLength) {
        return false;
    }
    for (var i = 0; i < output.length; i++) {
        total += ctx.colors ? prim.stripVTControlCharacters(output[i]).length :
            output[i].length;
        if (total > ctx.breakLength) {
            return false;
        }
    }
    // Entries never share a line with a base that spans lines.
    return base === '' || base.indexOf('\n') < 0;
}

function reduceToSingleString(ctx, output, base, braces, extrasType,
        recurseTimes, value) {
    var indentation;
    if (ctx.compact !== true) {
        if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
            var entries = output.length;
            if (extrasType === kArrayExtrasType && entries > 6) {
                output = groupArrayElements(ctx, output, value);
            }
            // currentDepth is the deepest level reached below this object;
            // only objects near the bottom are lined up on one line, and
            // never after their entries were grouped into columns.
            if (ctx.currentDepth - recurseTimes < ctx.compact &&
                    entries === output.length) {
                var start = output.length + ctx.indentationLvl +
                    braces[0].length + base.length + 10;
                if (isBelowBreakLength(ctx, output, start, base)) {
                    var joined = output.join(', ');
                    if (joined.indexOf('\n') < 0) {
                        return (base ? base + ' ' : '') + braces[0] + ' ' +
                            joined + ' ' + braces[1];
                    }
                }
            }
        }
        indentation = '\n' + prim.repeat(' ', ctx.indentationLvl);
        return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
            output.join(',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
        return braces[0] + (base ? ' ' + base : '') + ' ' +
            output.join(', ') + ' ' + braces[1];
    }
    indentation = prim.repeat(' ', ctx.indentationLvl);
    // A long opening brace ("Set {") pushes the first entry to its own
    // line so that the entries line up.
    var ln = base === '' && braces[0].length === 1 ? ' ' :
        (base ? ' ' + base : '') + '\n' + indentation + '  ';
    return braces[0] + ln + output.join(',\n' + indentation + '  ') + ' ' +
        braces[1];
}

function groupArrayElements(ctx, output, value) {
    var totalLength = 0;
    var maxLength = 0;
    var i = 0;
    var outputLength = output.length;
    // A trailing "... n more items" is not part of the grid.
    if (ctx.maxArrayLength < output.length) {
        outputLength--;
    }
    var separatorSpace = 2;
    var dataLen = new Array(outputLength);
    for (; i < outputLength; i++) {
        var len = prim.getStringWidth(output[i], ctx.colors);
        dataLen[i] = len;
        totalLength += len + separatorSpace;
        if (maxLength < len) {
            maxLength = len;
        }
    }
    var actualMax = maxLength + separatorSpace;
    // Group only when three columns fit and no entry is much longer than
    // the rest (more than a fifth of all of them together).
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
            (totalLength / actualMax > 5 || maxLength <= 6)) {
        var approxCharHeights = 2.5;
        var averageBias = Math.sqrt(actualMax - totalLength / output.length);
        var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
        var columns = Math.min(
            Math.round(Math.sqrt(approxCharHeights * biasedMax *
                outputLength) / biasedMax),
            Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
            ctx.compact * 4,
            15);
        if (columns <= 1) {
            return output;
        }
        var tmp = [];
        var maxLineLength = [];
        for (i = 0; i < columns; i++) {
            var lineMaxLength = 0;
            for (var j = i; j < output.length; j += columns) {
                if (dataLen[j] > lineMaxLength) {
                    lineMaxLength = dataLen[j];
                }
            }
            maxLineLength[i] = lineMaxLength + separatorSpace;
        }
        // Numbers line up on the right, everything else on the left.
        var alignRight = true;
        if (value !== undefined) {
            for (i = 0; i < output.length; i++) {
                if (typeof value[i] !== 'number' &&
                        typeof value[i] !== 'bigint') {
                    alignRight = false;
                    break;
                }
            }
        }
        for (i = 0; i < outputLength; i += columns) {
            var max = Math.min(i + columns, outputLength);
            var str = '';
            var k = i;
            for (; k < max - 1; k++) {
                var padding = maxLineLength[k - i] + output[k].length -
                    dataLen[k];
                str += alignRight ? prim.padStart(output[k] + ', ', padding) :
                    prim.padEnd(output[k] + ', ', padding);
            }
            if (alignRight) {
                str += prim.padStart(output[k], maxLineLength[k - i] +
                    output[k].length - dataLen[k] - separatorSpace);
            } else {
                str += output[k];
            }
            tmp.push(str);
        }
        if (ctx.maxArrayLength < output.length) {
            tmp.push(output[outputLength]);
        }
        output = tmp;
    }
    return output;
}

module.exports = {
    getPrefix: getPrefix,
    isBelowBreakLength: isBelowBreakLength,
    reduceToSingleString: reduceToSingleString,
    groupArrayElements: groupArrayElements
};
