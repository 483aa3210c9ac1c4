/*
 * internal/streams_buffer_list: the queue of chunks a Readable holds
 * (`readable.readableBuffer`).
 *
 * Chunks are kept in an array from index `start` on; shift() only moves
 * `start`, and the array is compacted once the unused front is large, so
 * both ends work in amortised constant time. A list holds Buffers, or
 * strings once the stream has an encoding, or any values in object mode;
 * never Buffers and strings together (setEncoding converts the whole
 * list). `length` is the number of chunks, as in Node; the byte count is
 * the Readable's `state.length`.
 */
'use strict';

var util = require('internal/streams_util');

function BufferList() {
    this.items = [];
    this.start = 0;
    this.length = 0;
}

BufferList.prototype.push = function push(chunk) {
    this.items.push(chunk);
    this.length++;
};

BufferList.prototype.unshift = function unshift(chunk) {
    if (this.start > 0) {
        this.start--;
        this.items[this.start] = chunk;
    } else {
        this.items.unshift(chunk);
    }
    this.length++;
};

BufferList.prototype.shift = function shift() {
    if (this.length === 0) {
        return undefined;
    }
    var chunk = this.items[this.start];
    this.items[this.start] = undefined;
    this.start++;
    this.length--;
    if (this.length === 0) {
        this.items = [];
        this.start = 0;
    } else if (this.start > 1024 && this.start * 2 > this.items.length) {
        this.items = this.items.slice(this.start);
        this.start = 0;
    }
    return chunk;
};

BufferList.prototype.first = function first() {
    return this.items[this.start];
};

BufferList.prototype.clear = function clear() {
    this.items = [];
    this.start = 0;
    this.length = 0;
};

// The chunks, oldest first (a copy).
BufferList.prototype.toArray = function toArray() {
    return this.items.slice(this.start);
};

BufferList.prototype.join = function join(separator) {
    return this.toArray().join(separator);
};

// All chunks as one Buffer of `total` bytes.
BufferList.prototype.concat = function concat(total) {
    if (this.length === 0) {
        return util.bufferFromString('');
    }
    return Buffer.concat(this.toArray(), total);
};

// Take the first `n` bytes (or characters, when the chunks are strings)
// off the front; the list holds more than `n`.
BufferList.prototype.consume = function consume(n, asString) {
    var head = this.first();
    if (n < head.length) {
        this.items[this.start] = head.slice(n);
        return head.slice(0, n);
    }
    if (n === head.length) {
        return this.shift();
    }
    var parts = [];
    var left = n;
    while (left > 0) {
        head = this.first();
        if (head.length <= left) {
            parts.push(this.shift());
            left -= head.length;
        } else {
            parts.push(head.slice(0, left));
            this.items[this.start] = head.slice(left);
            left = 0;
        }
    }
    return asString ? parts.join('') : Buffer.concat(parts, n);
};

if (typeof Symbol.iterator === 'symbol') {
    BufferList.prototype[Symbol.iterator] = function () {
        return this.toArray()[Symbol.iterator]();
    };
}

module.exports = BufferList;
