/*
 * internal/buffer_base64: atob() and btoa(), the web's base64 functions
 * that Node exports from 'buffer' (and as globals).
 *
 * Unlike Buffer's own base64 decoder, which skips what it does not know,
 * atob() is strict, following the WHATWG "forgiving-base64 decode" the
 * way Node 20 reports failures: ASCII whitespace is ignored; any other
 * character outside A-Z a-z 0-9 + / = is an "Invalid character", and so
 * is an '=' that is not at the end, a third '=', or any '=' when the
 * other characters do not fill whole groups of four; one character left
 * over after whole groups "is not correctly encoded".  Both throw an
 * InvalidCharacterError (a DOMException in Node: nodule has no
 * DOMException yet, so it is an Error with that name and code 5).
 */
'use strict';

var errors = require('internal/errors');

var WHITESPACE = '\t\n\f\r ';
var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' +
    '0123456789+/';

function invalidCharacter(message) {
    if (typeof DOMException === 'function') {
        return new DOMException(message, 'InvalidCharacterError');
    }
    var err = new Error(message);
    Object.defineProperty(err, 'name', {
        value: 'InvalidCharacterError', writable: true, configurable: true
    });
    Object.defineProperty(err, 'code', {
        value: 5, writable: true, configurable: true
    });
    return err;
}

function btoa(input) {
    if (arguments.length === 0) {
        throw errors.codes.ERR_MISSING_ARGS('input');
    }
    input = '' + input;
    for (var i = 0; i < input.length; i++) {
        if (input.charCodeAt(i) > 0xff) {
            throw invalidCharacter('Invalid character');
        }
    }
    return Buffer.from(input, 'latin1').toString('base64');
}

function atob(input) {
    if (arguments.length === 0) {
        throw errors.codes.ERR_MISSING_ARGS('input');
    }
    input = '' + input;
    var count = 0; // characters other than whitespace, '=' included
    var equals = 0;
    for (var i = 0; i < input.length; i++) {
        var c = input.charAt(i);
        if (WHITESPACE.indexOf(c) >= 0) {
            continue;
        }
        count++;
        if (c === '=') {
            equals++;
        } else if (ALPHABET.indexOf(c) < 0 || equals > 0) {
            throw invalidCharacter('Invalid character');
        }
        if (equals > 2) {
            throw invalidCharacter('Invalid character');
        }
    }
    var rest = count % 4;
    if (rest === 0) {
        rest = (count - equals) % 4;
    } else if (equals > 0) {
        throw invalidCharacter('Invalid character');
    }
    if (rest === 1) {
        throw invalidCharacter(
            'The string to be decoded is not correctly encoded.');
    }
    return Buffer.from(input, 'base64').toString('latin1');
}

module.exports = { atob: atob, btoa: btoa };
