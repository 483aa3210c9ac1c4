// process.stdin, stdout and stderr when they are files (the differential
// runner gives stdin /dev/null and stdout a file): which kind of stream
// each is, their state, synchronous writes, and stdin's end.
'use strict';
var stream = require('stream');
var out = process.stdout;
var err = process.stderr;
var input = process.stdin;

function describe(name, s) {
    console.log(name, s.constructor.name, s.fd, s.isTTY,
        s instanceof stream.Writable, s instanceof stream.Readable,
        s.writable, s.readable, s.destroyed);
}
describe('stdout', out);
describe('stderr', err);
describe('stdin', input);
console.log('same object', process.stdout === out, process.stdin === input);
console.log('write returns', out.write('written\n'),
    out.write(Buffer.from('bytes\n')), out.write(''));
out.write('with callback\n', function (e) {
    console.log('write callback', e);
});
out.write('6869210a', 'hex');
console.log('writableLength', out.writableLength,
    'highWaterMark', out.writableHighWaterMark);

var events = [];
input.on('data', function (chunk) {
    events.push('data ' + chunk.length);
});
input.on('end', function () {
    events.push('end');
    console.log('stdin', events.join(', '), input.readableEnded);
});
try {
    out.write(42);
} catch (e) {
    console.log(e.name, e.code);
}
