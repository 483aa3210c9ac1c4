// Listener validation uses Node's ERR_INVALID_ARG_TYPE wording.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
var cases = [
    [1, 'Received type number (1)'],
    ['str', 'Received type string (\'str\')'],
    [null, 'Received null'],
    [undefined, 'Received undefined'],
    [{}, 'Received an instance of Object'],
    [[], 'Received an instance of Array'],
    [Object.create(null), 'Received [Object: null prototype] {}'],
    [true, 'Received type boolean (true)'],
    ['a very long string that goes past the limit',
        'Received type string (\'a very long string that g...\')']
];
var methods = ['on', 'addListener', 'prependListener', 'once',
    'prependOnceListener', 'removeListener', 'off'];
methods.forEach(function (method) {
    cases.forEach(function (c) {
        assert.throws(function () {
            e[method]('x', c[0]);
        }, {
            name: 'TypeError',
            code: 'ERR_INVALID_ARG_TYPE',
            message: 'The "listener" argument must be of type function. ' +
                c[1]
        });
    });
});
