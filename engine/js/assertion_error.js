/*
 * internal/assertion_error: assert.AssertionError and the readable
 * messages it builds when the caller gave none.
 *
 * A failed strictEqual or deepStrictEqual shows both values the way
 * util.inspect prints them (sorted keys, every item, getters evaluated,
 * no custom inspectors, one entry per line) as a line diff:
 *
 *     Expected values to be strictly deep-equal:
 *     + actual - expected
 *
 *       {
 *     +   a: 1
 *     -   a: 2
 *       }
 *
 * Short primitives print as "1 !== 2" instead, a one-line mismatch gets a
 * caret under the first differing column, runs of identical lines are cut
 * to their ends with "...", and at most about fifty lines are printed. The
 * other operators print one or both values with a sentence between them.
 *
 * The error's name is 'AssertionError', its code 'ERR_ASSERTION', and its
 * stack starts "AssertionError [ERR_ASSERTION]: message" like Node's.
 */
'use strict';

var inspect = require('internal/inspect').inspect;
var errors = require('internal/errors');

var READABLE = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to ' +
        '"expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to ' +
        '"expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};

// Primitives whose two texts together are this short print as "a !== b".
var MAX_SHORT_LENGTH = 12;

function inspectValue(value) {
    return inspect(value, {
        compact: false,
        customInspect: false,
        depth: 1000,
        maxArrayLength: Infinity,
        showHidden: false,
        showProxy: false,
        sorted: true,
        getters: true
    });
}

function repeat(ch, n) {
    var s = '';
    while (n-- > 0) {
        s += ch;
    }
    return s;
}

function isObjectLike(value) {
    return typeof value === 'object' && value !== null;
}

// Print the last `count` lines before line `i` of `lines` that were the
// same on both sides: up to two as they are, or the first of five, then
// "..." for a longer run, then the last two.
function flushIdentical(state, lines, i) {
    var identical = state.identical;
    if (identical > 2) {
        if (identical > 3) {
            if (identical > 4) {
                if (identical === 5) {
                    state.res += '\n  ' + lines[i - 3];
                    state.printed++;
                } else {
                    state.res += '\n...';
                    state.skipped = true;
                }
            }
            state.res += '\n  ' + lines[i - 2];
            state.printed++;
        }
        state.res += '\n  ' + lines[i - 1];
        state.printed++;
    }
    state.identical = 0;
}

function createErrDiff(actual, expected, operator, message) {
    var actualInspected = inspectValue(actual);
    var actualLines = actualInspected.split('\n');
    var expectedLines = inspectValue(expected).split('\n');
    var indicator = '';
    var i = 0;
    var end = '';
    var other = '';
    var title = message || READABLE[operator];

    if (operator === 'strictEqual' && ((isObjectLike(actual) &&
            isObjectLike(expected)) || (typeof actual === 'function' &&
            typeof expected === 'function'))) {
        operator = 'strictEqualObject';
        title = message || READABLE[operator];
    }

    if (actualLines.length === 1 && expectedLines.length === 1 &&
            actualLines[0] !== expectedLines[0]) {
        var a = actualLines[0];
        var b = expectedLines[0];
        var inputLength = a.length + b.length;
        if (inputLength <= MAX_SHORT_LENGTH) {
            if (!isObjectLike(actual) && !isObjectLike(expected) &&
                    (actual !== 0 || expected !== 0)) {
                return title + '\n\n' + a + ' !== ' + b + '\n';
            }
        } else if (operator !== 'strictEqualObject') {
            var columns = process.stderr && process.stderr.isTTY ?
                process.stderr.columns : 80;
            if (inputLength < columns) {
                while (a[i] === b[i]) {
                    i++;
                }
                if (i > 2) {
                    indicator = '\n  ' + repeat(' ', i) + '^';
                    i = 0;
                }
            }
        }
    }

    // Drop the lines the two sides end with; keep up to three of them to
    // show at the end.
    var lastA = actualLines[actualLines.length - 1];
    var lastB = expectedLines[expectedLines.length - 1];
    while (lastA === lastB) {
        if (i++ < 3) {
            end = '\n  ' + lastA + end;
        } else {
            other = lastA;
        }
        actualLines.pop();
        expectedLines.pop();
        if (actualLines.length === 0 || expectedLines.length === 0) {
            break;
        }
        lastA = actualLines[actualLines.length - 1];
        lastB = expectedLines[expectedLines.length - 1];
    }

    var maxLines = Math.max(actualLines.length, expectedLines.length);
    if (maxLines === 0) {
        // Equal texts, different objects.
        var all = actualInspected.split('\n');
        if (all.length > 50) {
            all[46] = '...';
            all.length = 47;
        }
        return READABLE.notIdentical + '\n\n' + all.join('\n') + '\n';
    }

    var state = { res: '', identical: 0, printed: 0, skipped: false };
    if (i >= 5) {
        end = '\n...' + end;
        state.skipped = true;
    }
    if (other !== '') {
        end = '\n  ' + other + end;
        other = '';
    }

    var head = title + '\n+ actual - expected';
    var skippedText = ' ... Lines skipped';
    var lines = actualLines;
    var plusMinus = '+';
    var shorter = expectedLines.length;
    if (actualLines.length < maxLines) {
        lines = expectedLines;
        plusMinus = '-';
        shorter = actualLines.length;
    }

    for (i = 0; i < maxLines; i++) {
        if (shorter < i + 1) {
            // Only the longer side has a line here.
            flushIdentical(state, lines, i);
            if (lines === actualLines) {
                state.res += '\n' + plusMinus + ' ' + lines[i];
            } else {
                other += '\n' + plusMinus + ' ' + lines[i];
            }
            state.printed++;
        } else {
            var expectedLine = expectedLines[i];
            var actualLine = actualLines[i];
            // Lines that differ only by a trailing comma are the same.
            var diverging = actualLine !== expectedLine &&
                (actualLine[actualLine.length - 1] !== ',' ||
                    actualLine.slice(0, -1) !== expectedLine);
            if (diverging && expectedLine[expectedLine.length - 1] === ',' &&
                    expectedLine.slice(0, -1) === actualLine) {
                diverging = false;
                actualLine += ',';
            }
            if (diverging) {
                flushIdentical(state, actualLines, i);
                // Runs of changes print as +++--- rather than +-+-+-.
                state.res += '\n+ ' + actualLine;
                other += '\n- ' + expectedLine;
                state.printed += 2;
            } else {
                state.res += other;
                other = '';
                state.identical++;
                if (state.identical <= 2) {
                    state.res += '\n  ' + actualLine;
                    state.printed++;
                }
            }
        }
        if (state.printed > 50 && i < maxLines - 2) {
            return head + skippedText + '\n' + state.res + '\n...' + other +
                '\n...';
        }
    }
    return head + (state.skipped ? skippedText : '') + '\n' + state.res +
        other + end + indicator;
}

// The message for operators other than (deep)strictEqual.
function otherMessage(actual, expected, operator) {
    var base;
    var res;
    if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        base = READABLE[operator];
        var lines = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' && (isObjectLike(actual) ||
                typeof actual === 'function')) {
            base = READABLE.notStrictEqualObject;
        }
        if (lines.length > 50) {
            lines[46] = '...';
            lines.length = 47;
        }
        if (lines.length === 1) {
            return base + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
        }
        return base + '\n\n' + lines.join('\n') + '\n';
    }
    res = inspectValue(actual);
    var expectedText = inspectValue(expected);
    var known = READABLE[operator];
    if (operator === 'notDeepEqual' && res === expectedText) {
        res = known + '\n\n' + res;
        return res.length > 1024 ? res.slice(0, 1021) + '...' : res;
    }
    if (res.length > 512) {
        res = res.slice(0, 509) + '...';
    }
    if (expectedText.length > 512) {
        expectedText = expectedText.slice(0, 509) + '...';
    }
    if (operator === 'deepEqual') {
        res = known + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
    } else if (READABLE[operator + 'Unequal']) {
        res = READABLE[operator + 'Unequal'] + '\n\n' + res +
            '\n\nshould not loosely deep-equal\n\n';
    } else {
        expectedText = ' ' + operator + ' ' + expectedText;
    }
    return res + expectedText;
}

// A stand-in for an Error operand, so its stack does not enter the diff.
function copyError(source) {
    var target = Object.create(Object.getPrototypeOf(source));
    var keys = Object.keys(source);
    for (var i = 0; i < keys.length; i++) {
        target[keys[i]] = source[keys[i]];
    }
    Object.defineProperty(target, 'message', { value: source.message });
    return target;
}

function AssertionError(options) {
    if (!(this instanceof AssertionError)) {
        return new AssertionError(options);
    }
    errors.validateObject(options, 'options');
    var message = options.message;
    var operator = options.operator;
    var actual = options.actual;
    var expected = options.expected;
    var text;

    if (message !== null && message !== undefined) {
        text = operator === 'deepStrictEqual' || operator === 'strictEqual' ?
            createErrDiff(actual, expected, operator, message) :
            String(message);
    } else {
        if (isObjectLike(actual) && isObjectLike(expected) &&
                actual instanceof Error && expected instanceof Error) {
            actual = copyError(actual);
            expected = copyError(expected);
        }
        text = operator === 'deepStrictEqual' || operator === 'strictEqual' ?
            createErrDiff(actual, expected, operator) :
            otherMessage(actual, expected, operator);
    }

    Object.defineProperty(this, 'message', {
        value: text, writable: true, configurable: true, enumerable: false
    });
    this.generatedMessage = message === null || message === undefined;
    this.code = 'ERR_ASSERTION';
    if (options.details) {
        this.actual = undefined;
        this.expected = undefined;
        this.operator = undefined;
        for (var i = 0; i < options.details.length; i++) {
            var detail = options.details[i];
            this['message ' + i] = detail.message;
            this['actual ' + i] = detail.actual;
            this['expected ' + i] = detail.expected;
            this['operator ' + i] = detail.operator;
            this['stack trace ' + i] = detail.stack;
        }
    } else {
        this.actual = options.actual;
        this.expected = options.expected;
        this.operator = operator;
    }
    // The stack's first line carries the code, as Node's does; engines that
    // capture the stack eagerly see this name while it is captured.
    Object.defineProperty(this, 'name', {
        value: 'AssertionError [ERR_ASSERTION]', writable: true,
        configurable: true, enumerable: false
    });
    if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(this, options.stackStartFn ||
            options.stackStartFunction);
        this.stack; // eslint-disable-line no-unused-expressions
    }
    this.name = 'AssertionError';
}

AssertionError.prototype = Object.create(Error.prototype);
Object.defineProperty(AssertionError.prototype, 'constructor', {
    value: AssertionError, writable: true, configurable: true
});
Object.defineProperty(AssertionError.prototype, 'toString', {
    value: function toString() {
        return this.name + ' [' + this.code + ']: ' + this.message;
    },
    writable: true,
    configurable: true
});

// Long strings are cut to ten lines or 512 characters when inspected.
function addEllipsis(string) {
    var lines = string.split('\n', 11);
    if (lines.length > 10) {
        lines.length = 10;
        return lines.join('\n') + '\n...';
    }
    if (string.length > 512) {
        return string.slice(512) + '...';
    }
    return string;
}

// When the error itself is inspected, actual and expected show only
// their top level: the message already shows them in full.
Object.defineProperty(AssertionError.prototype,
    Symbol.for('nodejs.util.inspect.custom'), {
        value: function (recurseTimes, ctx) {
            var savedActual = this.actual;
            var savedExpected = this.expected;
            if (typeof this.actual === 'string') {
                this.actual = addEllipsis(this.actual);
            }
            if (typeof this.expected === 'string') {
                this.expected = addEllipsis(this.expected);
            }
            var options = {};
            for (var key in ctx) {
                options[key] = ctx[key];
            }
            options.customInspect = false;
            options.depth = 0;
            try {
                return inspect(this, options);
            } finally {
                this.actual = savedActual;
                this.expected = savedExpected;
            }
        },
        writable: true,
        configurable: true
    });

module.exports = AssertionError;
