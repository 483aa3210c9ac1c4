/*
 * internal/inspect_primitives: the leaf formatting of util.inspect, split
 * out of internal/inspect to keep each file readable. Strings are quoted
 * and escaped as Node does (single quotes unless the text contains one),
 * numbers keep -0 and optional numeric separators, and the display width
 * of text is measured for lining up array columns.
 *
 * `formatPrimitive(fn, value, ctx)` reads only ctx.maxStringLength,
 * ctx.compact, ctx.breakLength, ctx.indentationLvl and
 * ctx.numericSeparator; `fn` is the stylize function (colors or none).
 */
'use strict';

var META = [];
(function () {
    var named = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r',
        39: '\\\'', 92: '\\\\' };
    for (var code = 0; code < 0xa0; code++) {
        if (named[code] !== undefined) {
            META[code] = named[code];
        } else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
            META[code] = '\\x' + (code < 16 ? '0' : '') +
                code.toString(16).toUpperCase();
        } else {
            META[code] = '';
        }
    }
})();

// Quote a string the way Node does: single quotes unless the text has
// one, then double quotes, then backticks; escape control characters, the
// backslash, the chosen quote and lone surrogates.
function strEscape(str) {
    var quote = 39;
    if (str.indexOf('\'') >= 0) {
        if (str.indexOf('"') < 0) {
            quote = -1;
        } else if (str.indexOf('`') < 0 && str.indexOf('${') < 0) {
            quote = -2;
        }
    }
    var result = '';
    var last = 0;
    for (var i = 0; i < str.length; i++) {
        var point = str.charCodeAt(i);
        if (point === quote || point === 92 || point < 32 ||
                (point > 126 && point < 160)) {
            result += str.slice(last, i) + META[point];
            last = i + 1;
        } else if (point >= 0xd800 && point <= 0xdfff) {
            if (point <= 0xdbff && i + 1 < str.length) {
                var low = str.charCodeAt(i + 1);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    i++;
                    continue;
                }
            }
            result += str.slice(last, i) + '\\u' + point.toString(16);
            last = i + 1;
        }
    }
    if (last !== str.length) {
        result += str.slice(last);
    }
    if (quote === -1) {
        return '"' + result + '"';
    }
    if (quote === -2) {
        return '`' + result + '`';
    }
    return '\'' + result + '\'';
}

// Escape a key or symbol description (no quotes added).
function escapeKey(str) {
    return str.replace(/[\x00-\x1f\x27\x5c\x7f-\x9f]/g, function (ch) {
        return META[ch.charCodeAt(0)];
    });
}

function repeat(ch, n) {
    var s = '';
    while (n-- > 0) {
        s += ch;
    }
    return s;
}

function padStart(str, width) {
    return str.length >= width ? str : repeat(' ', width - str.length) + str;
}

function padEnd(str, width) {
    return str.length >= width ? str : str + repeat(' ', width - str.length);
}

function addNumericSeparator(integerString) {
    var result = '';
    var i = integerString.length;
    var start = integerString[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) {
        result = '_' + integerString.slice(i - 3, i) + result;
    }
    return i === integerString.length ? integerString :
        integerString.slice(0, i) + result;
}

function addNumericSeparatorEnd(integerString) {
    var result = '';
    var i = 0;
    for (; i < integerString.length - 3; i += 3) {
        result += integerString.slice(i, i + 3) + '_';
    }
    return i === 0 ? integerString : result + integerString.slice(i);
}

function formatNumber(fn, number, numericSeparator) {
    if (!numericSeparator) {
        if (number === 0 && 1 / number < 0) {
            return fn('-0', 'number');
        }
        return fn('' + number, 'number');
    }
    var text = String(number);
    if (Math.floor(number) === number || number !== number ||
            !isFinite(number)) {
        if (!isFinite(number) || text.indexOf('e') >= 0) {
            return fn(text, 'number');
        }
        return fn(addNumericSeparator(text), 'number');
    }
    var dot = text.indexOf('.');
    if (dot < 0 || text.indexOf('e') >= 0) {
        return fn(text, 'number');
    }
    return fn(addNumericSeparator(text.slice(0, dot)) + '.' +
        addNumericSeparatorEnd(text.slice(dot + 1)), 'number');
}

function formatPrimitive(fn, value, ctx) {
    if (typeof value === 'string') {
        var trailer = '';
        if (value.length > ctx.maxStringLength) {
            var remaining = value.length - ctx.maxStringLength;
            value = value.slice(0, ctx.maxStringLength);
            trailer = '... ' + remaining + ' more character' +
                (remaining > 1 ? 's' : '');
        }
        // Long strings with line breaks print one line per piece.
        if (ctx.compact !== true && value.length > 16 &&
                value.length > ctx.breakLength - ctx.indentationLvl - 4) {
            var pieces = value.split('\n');
            var parts = [];
            for (var i = 0; i < pieces.length; i++) {
                var piece = i < pieces.length - 1 ? pieces[i] + '\n' :
                    pieces[i];
                if (piece !== '') {
                    parts.push(fn(strEscape(piece), 'string'));
                }
            }
            if (parts.length === 0) {
                parts.push(fn(strEscape(''), 'string'));
            }
            return parts.join(' +\n' +
                repeat(' ', ctx.indentationLvl + 2)) + trailer;
        }
        return fn(strEscape(value), 'string') + trailer;
    }
    if (typeof value === 'number') {
        return formatNumber(fn, value, ctx.numericSeparator);
    }
    if (typeof value === 'bigint') {
        return fn(String(value) + 'n', 'bigint');
    }
    if (typeof value === 'boolean') {
        return fn('' + value, 'boolean');
    }
    if (typeof value === 'undefined') {
        return fn('undefined', 'undefined');
    }
    return fn(String(value), 'symbol');
}

// Columns a string takes on a terminal: wide East Asian characters count
// two, combining marks and control characters none. Color escapes are
// removed first unless removeControlChars is false.
function getStringWidth(str, removeControlChars) {
    if (removeControlChars !== false) {
        str = stripVTControlCharacters(str);
    }
    var width = 0;
    for (var i = 0; i < str.length; i++) {
        var code = str.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
            code = (code - 0xd800) * 0x400 + str.charCodeAt(i + 1) - 0xdc00 +
                0x10000;
            i++;
        }
        if (isFullWidth(code)) {
            width += 2;
        } else if (!isZeroWidth(code)) {
            width += 1;
        }
    }
    return width;
}

function isZeroWidth(code) {
    return code <= 0x1f || (code >= 0x7f && code <= 0x9f) ||
        (code >= 0x300 && code <= 0x36f) ||
        (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x20d0 && code <= 0x20ff) ||
        (code >= 0xfe00 && code <= 0xfe0f) ||
        (code >= 0xfe20 && code <= 0xfe2f) ||
        (code >= 0xe0100 && code <= 0xe01ef);
}

function isFullWidth(code) {
    return code >= 0x1100 && (code <= 0x115f || code === 0x2329 ||
        code === 0x232a ||
        (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
        (code >= 0x3250 && code <= 0x4dbf) ||
        (code >= 0x4e00 && code <= 0xa4c6) ||
        (code >= 0xa960 && code <= 0xa97c) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe10 && code <= 0xfe19) ||
        (code >= 0xfe30 && code <= 0xfe6b) ||
        (code >= 0xff01 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        (code >= 0x1b000 && code <= 0x1b001) ||
        (code >= 0x1f200 && code <= 0x1f251) ||
        (code >= 0x1f300 && code <= 0x1f64f) ||
        (code >= 0x20000 && code <= 0x3fffd));
}

var ANSI_PATTERN = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
    '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripVTControlCharacters(str) {
    if (typeof str !== 'string') {
        throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('str',
            'string', str);
    }
    return str.replace(ANSI_PATTERN, '');
}

// The ANSI codes util.inspect.colors names, as [start, end] pairs, and
// which color each kind of value gets (util.inspect.styles).
var colors = Object.create(null);
var COLOR_CODES = {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23],
    underline: [4, 24], blink: [5, 25], inverse: [7, 27], hidden: [8, 28],
    strikethrough: [9, 29], doubleunderline: [21, 24],
    black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39],
    blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
    bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49],
    bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49],
    bgCyan: [46, 49], bgWhite: [47, 49], framed: [51, 54],
    overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
    greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
    magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
    bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
    bgYellowBright: [103, 49], bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49], bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
};
(function () {
    var name;
    for (name in COLOR_CODES) {
        colors[name] = COLOR_CODES[name];
    }
    var aliases = { grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray',
        bgBlackBright: 'bgGray', dim: 'dim', faint: 'dim',
        crossedout: 'strikethrough', strikeThrough: 'strikethrough',
        crossedOut: 'strikethrough', conceal: 'hidden',
        swapColors: 'inverse', swapcolors: 'inverse',
        doubleUnderline: 'doubleunderline' };
    for (name in aliases) {
        colors[name] = COLOR_CODES[aliases[name]];
    }
})();

var styles = Object.create(null);
(function () {
    var defaults = { special: 'cyan', number: 'yellow', bigint: 'yellow',
        boolean: 'yellow', undefined: 'grey', 'null': 'bold',
        string: 'green', symbol: 'green', date: 'magenta', regexp: 'red',
        module: 'underline' };
    for (var name in defaults) {
        styles[name] = defaults[name];
    }
})();

module.exports = {
    colors: colors,
    styles: styles,
    strEscape: strEscape,
    escapeKey: escapeKey,
    repeat: repeat,
    padStart: padStart,
    padEnd: padEnd,
    addNumericSeparator: addNumericSeparator,
    formatNumber: formatNumber,
    formatPrimitive: formatPrimitive,
    getStringWidth: getStringWidth,
    stripVTControlCharacters: stripVTControlCharacters
};
