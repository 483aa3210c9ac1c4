/*
 * The few pieces of sinon that the Promises/A+ suite uses (spy, stub with
 * returns and throws, match.same, and assert.calledWith / notCalled /
 * callOrder), written small so the suite needs no real sinon under nodule.
 * tests/aplus/run.js hands this file out for require('sinon').
 */
'use strict';

var nextCallId = 0;

function spy() {
    var fake = function () {
        var args = Array.prototype.slice.call(arguments);
        fake.args.push(args);
        fake.callIds.push(nextCallId++);
        fake.callCount += 1;
        fake.called = true;
        if (fake.throwValue !== undefined) {
            throw fake.throwValue;
        }
        return fake.returnValue;
    };
    fake.args = [];
    fake.callIds = [];
    fake.callCount = 0;
    fake.called = false;
    fake.returnValue = undefined;
    fake.throwValue = undefined;
    return fake;
}

function stub() {
    var fake = spy();
    fake.returns = function (value) {
        fake.returnValue = value;
        return fake;
    };
    fake.throws = function (error) {
        fake.throwValue = error === undefined ? new Error() : error;
        return fake;
    };
    return fake;
}

function Matcher(test, text) {
    this.test = test;
    this.text = text;
}

var match = {
    same: function (expected) {
        return new Matcher(function (actual) {
            return actual === expected;
        }, 'same(' + String(expected) + ')');
    }
};

function fail(message) {
    var err = new Error(message);
    err.name = 'AssertError';
    throw err;
}

function argsMatch(args, expected) {
    for (var i = 0; i < expected.length; i++) {
        var want = expected[i];
        var ok = want instanceof Matcher ? want.test(args[i]) :
            args[i] === want;
        if (!ok) {
            return false;
        }
    }
    return true;
}

var assert = {
    calledWith: function (fake) {
        var expected = Array.prototype.slice.call(arguments, 1);
        for (var i = 0; i < fake.args.length; i++) {
            if (argsMatch(fake.args[i], expected)) {
                return;
            }
        }
        fail('expected spy to be called with the given arguments; it was ' +
            'called ' + fake.callCount + ' time(s)');
    },
    notCalled: function (fake) {
        if (fake.called) {
            fail('expected spy not to be called; it was called ' +
                fake.callCount + ' time(s)');
        }
    },
    // Each spy was called, and first called after the one before it.
    callOrder: function () {
        var previous = -1;
        for (var i = 0; i < arguments.length; i++) {
            var fake = arguments[i];
            if (!fake.called) {
                fail('expected spies to be called in order; spy ' + i +
                    ' was not called');
            }
            if (fake.callIds[0] <= previous) {
                fail('expected spies to be called in order; spy ' + i +
                    ' was called too early');
            }
            previous = fake.callIds[0];
        }
    }
};

module.exports = { spy: spy, stub: stub, match: match, assert: assert };
