/*
 * internal/console_table: console.table's drawing of rows and columns.
 *
 * `table(data, properties, inspect, print)` turns the data into columns
 * as Node does: an "(index)" column of keys, one column per property of
 * the rows (or only the listed `properties`), and a "Values" column for
 * rows that are primitives; Maps get "(iteration index)", "Key" and
 * "Values", Sets "(iteration index)" and "Values". Cells are util.inspect
 * output (depth 0, at most 3 array items), left-aligned, framed with box
 * drawing characters. Anything that is not an object is just printed.
 */
'use strict';

var types = require('internal/types');
var errors = require('internal/errors');
var prim = require('internal/inspect_primitives');

var CHARS = {
    line: '\u2500', cross: '\u253c', topRight: '\u2510', topLeft: '\u250c',
    leftCross: '\u251c', topCross: '\u252c', bottomRight: '\u2518',
    bottomLeft: '\u2514', bottomCross: '\u2534', rightCross: '\u2524',
    left: '\u2502 ', right: ' \u2502', middle: ' \u2502 '
};

function renderRow(row, widths) {
    var out = CHARS.left;
    for (var i = 0; i < row.length; i++) {
        out += row[i] + prim.repeat(' ', widths[i] - prim.getStringWidth(
            row[i]));
        if (i !== row.length - 1) {
            out += CHARS.middle;
        }
    }
    return out + CHARS.right;
}

// head: column titles; columns: arrays of cell texts (may have holes).
function render(head, columns) {
    var widths = head.map(function (h) {
        return prim.getStringWidth(h);
    });
    var longest = 0;
    var i;
    for (i = 0; i < columns.length; i++) {
        longest = Math.max(longest, columns[i].length);
    }
    var rows = [];
    for (i = 0; i < head.length; i++) {
        for (var j = 0; j < longest; j++) {
            if (rows[j] === undefined) {
                rows[j] = [];
            }
            var value = Object.prototype.hasOwnProperty.call(columns[i], j) ?
                columns[i][j] : '';
            rows[j][i] = value;
            widths[i] = Math.max(widths[i] || 0, prim.getStringWidth(value));
        }
    }
    var divider = widths.map(function (w) {
        return prim.repeat(CHARS.line, w + 2);
    });
    var result = CHARS.topLeft + divider.join(CHARS.topCross) +
        CHARS.topRight + '\n' + renderRow(head, widths) + '\n' +
        CHARS.leftCross + divider.join(CHARS.cross) + CHARS.rightCross +
        '\n';
    for (i = 0; i < rows.length; i++) {
        result += renderRow(rows[i], widths) + '\n';
    }
    return result + CHARS.bottomLeft + divider.join(CHARS.bottomCross) +
        CHARS.bottomRight;
}

function isArrayLike(v) {
    return Array.isArray(v) || types.isTypedArray(v);
}

function table(data, properties, inspect, print) {
    if (properties !== undefined && !Array.isArray(properties)) {
        throw errors.codes.ERR_INVALID_ARG_TYPE('properties', 'Array',
            properties);
    }
    if (data === null || typeof data !== 'object') {
        print(data);
        return;
    }
    function cell(v) {
        var depth = v !== null && typeof v === 'object' && !isArrayLike(v) &&
            Object.keys(v).length > 2 ? -1 : 0;
        return inspect(v, { depth: depth, maxArrayLength: 3,
            breakLength: Infinity });
    }
    function indexColumn(length) {
        var column = [];
        for (var n = 0; n < length; n++) {
            column.push(cell(n));
        }
        return column;
    }
    var i;
    if (types.isMap(data)) {
        var keys = [];
        var values = [];
        data.forEach(function (v, k) {
            keys.push(cell(k));
            values.push(cell(v));
        });
        print(render(['(iteration index)', 'Key', 'Values'],
            [indexColumn(keys.length), keys, values]));
        return;
    }
    if (types.isSet(data)) {
        var members = [];
        data.forEach(function (v) {
            members.push(cell(v));
        });
        print(render(['(iteration index)', 'Values'],
            [indexColumn(members.length), members]));
        return;
    }

    var map = Object.create(null);
    var order = [];
    var hasPrimitives = false;
    var primitiveColumn = [];
    var indexKeys = Object.keys(data);
    for (i = 0; i < indexKeys.length; i++) {
        var item = data[indexKeys[i]];
        var primitive = item === null ||
            (typeof item !== 'function' && typeof item !== 'object');
        if (properties === undefined && primitive) {
            hasPrimitives = true;
            primitiveColumn[i] = cell(item);
            continue;
        }
        var names = properties || Object.keys(item);
        for (var k = 0; k < names.length; k++) {
            var key = names[k];
            if (map[key] === undefined) {
                map[key] = [];
                order.push(key);
            }
            map[key][i] = (primitive && properties) ||
                !Object.prototype.hasOwnProperty.call(item, key) ? '' :
                cell(item[key]);
        }
    }
    var head = ['(index)'].concat(order);
    var columns = [indexKeys].concat(order.map(function (key) {
        return map[key];
    }));
    if (hasPrimitives) {
        head.push('Values');
        columns.push(primitiveColumn);
    }
    print(render(head, columns));
}

module.exports = { table: table };
