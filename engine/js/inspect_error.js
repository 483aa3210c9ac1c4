/*
 * internal/inspect_error: how util.inspect shows an Error.
 *
 * An error prints as its stack, which already holds the name and message.
 * Node adjusts that text in three ways, and so does this file:
 * - when the constructor's name is not in the first line (a subclass that
 *   did not set `name`, or a null prototype) it is added:
 *   "TypeError [CustomName]: msg", "[Error: null prototype]: msg";
 * - an error without any "    at" line is wrapped in brackets:
 *   "[Error: msg]";
 * - stack lines repeated from the error's `cause` are replaced by
 *   "... n lines matching cause stack trace ...".
 * Own `name`, `message` and `stack` properties already visible in the
 * stack are not listed again; `cause` and an `errors` array are always
 * listed. Indentation is applied to every line of a nested error.
 */
'use strict';

var layout = require('internal/inspect_layout');
var prim = require('internal/inspect_primitives');

function stackOf(error) {
    return error.stack ? String(error.stack) :
        Error.prototype.toString.call(error);
}

// The longest run (more than three lines) that `a` shares with `b`.
function identicalSequenceRange(a, b) {
    for (var i = 0; i < a.length - 3; i++) {
        var pos = b.indexOf(a[i]);
        if (pos !== -1) {
            var rest = b.length - pos;
            if (rest > 3) {
                var len = 1;
                var maxLen = Math.min(a.length - i, rest);
                while (maxLen > len && a[i + len] === b[pos + len]) {
                    len++;
                }
                if (len > 3) {
                    return { len: len, offset: i };
                }
            }
        }
    }
    return { len: 0, offset: 0 };
}

function isErrorLike(value) {
    return value !== null && typeof value === 'object' &&
        (value instanceof Error ||
            Object.prototype.toString.call(value) === '[object Error]');
}

function stackFrames(ctx, err, stack) {
    var frames = stack.split('\n');
    var cause;
    try {
        cause = err.cause;
    } catch (ignored) {
        cause = undefined;
    }
    if (cause !== null && cause !== undefined && isErrorLike(cause)) {
        var causeStack = stackOf(cause);
        var start = causeStack.indexOf('\n    at');
        if (start !== -1) {
            var causeFrames = causeStack.slice(start + 1).split('\n');
            var range = identicalSequenceRange(frames, causeFrames);
            if (range.len > 0) {
                var skipped = range.len - 2;
                frames.splice(range.offset + 1, skipped, ctx.stylize(
                    '    ... ' + skipped + ' lines matching cause stack ' +
                    'trace ...', 'undefined'));
            }
        }
    }
    return frames;
}

function endsWith(str, suffix) {
    return str.length >= suffix.length &&
        str.slice(str.length - suffix.length) === suffix;
}

// Make the first line name the constructor when the stack does not.
function improveStack(stack, constructor, name, tag) {
    var len = name.length;
    if (constructor === null || (endsWith(name, 'Error') &&
            stack.indexOf(name) === 0 &&
            (stack.length === len || stack[len] === ':' ||
                stack[len] === '\n'))) {
        var fallback = 'Error';
        if (constructor === null) {
            var start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/
                .exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
            fallback = (start && start[1]) || '';
            len = fallback.length;
            fallback = fallback || 'Error';
        }
        var prefix = layout.getPrefix(constructor, tag, fallback)
            .slice(0, -1);
        if (name !== prefix) {
            if (prefix.indexOf(name) >= 0) {
                stack = len === 0 ? prefix + ': ' + stack :
                    prefix + stack.slice(len);
            } else {
                stack = prefix + ' [' + name + ']' + stack.slice(len);
            }
        }
    }
    return stack;
}

function removeDuplicateKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
        var names = ['name', 'message', 'stack'];
        for (var i = 0; i < names.length; i++) {
            var index = keys.indexOf(names[i]);
            if (index !== -1 && stack.indexOf(String(err[names[i]])) >= 0) {
                keys.splice(index, 1);
            }
        }
    }
}

// The text shown for `err`; may add 'cause' or 'errors' to `keys`.
function formatError(err, constructor, tag, ctx, keys) {
    var name = err.name !== null && err.name !== undefined ?
        String(err.name) : 'Error';
    var stack = stackOf(err);
    removeDuplicateKeys(ctx, keys, err, stack);
    if ('cause' in err && keys.indexOf('cause') < 0) {
        keys.push('cause');
    }
    if (Array.isArray(err.errors) && keys.indexOf('errors') < 0) {
        keys.push('errors');
    }
    stack = improveStack(stack, constructor, name, tag);

    // The frames start after the message (which may itself contain
    // "    at"); without frames the text is bracketed.
    var pos = (err.message && stack.indexOf(err.message)) || -1;
    if (pos !== -1) {
        pos += err.message.length;
    }
    var stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
        stack = '[' + stack + ']';
    } else {
        var frames = stackFrames(ctx, err, stack.slice(stackStart + 1));
        stack = stack.slice(0, stackStart) + '\n' + frames.join('\n');
    }
    if (ctx.indentationLvl !== 0) {
        stack = stack.split('\n').join('\n' +
            prim.repeat(' ', ctx.indentationLvl));
    }
    return stack;
}

module.exports = {
    formatError: formatError,
    identicalSequenceRange: identicalSequenceRange
};
