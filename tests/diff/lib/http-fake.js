'use strict';
// Drive an http.Server over an in-memory Duplex instead of a TCP socket
// (server.emit('connection', duplex), which Node supports), so a script
// can feed exact bytes and print exact answers under nodule and Node.
//
//   run(server, label, chunks, next)
// feeds each chunk in its own macrotask (null: the client ends its side),
// waits until the server ends or
// destroys the connection, prints the label, the bytes written back
// (Date values masked) and how the connection ended, then calls next.
var Duplex = require('stream').Duplex;

function mask(text) {
    return text.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n');
}

function run(server, label, chunks, next) {
    var out = [];
    var done = false;
    function finish(how) {
        if (done) {
            return;
        }
        done = true;
        console.log('== ' + label);
        console.log(JSON.stringify(mask(out.join(''))));
        console.log('-- ' + how);
        setImmediate(next);
    }
    var sock = new Duplex({
        read: function () {},
        write: function (chunk, enc, cb) {
            out.push(Buffer.isBuffer(chunk) ? chunk.toString('latin1') :
                String(chunk));
            cb();
        },
        final: function (cb) {
            cb();
            finish('ended by server');
        },
        destroy: function (err, cb) {
            cb(null);
            finish('destroyed by server' + (err ? ' (' + err.code + ')' : ''));
        }
    });
    sock.setTimeout = function () { return this; };
    sock.setNoDelay = function () { return this; };
    sock.setKeepAlive = function () { return this; };
    server.emit('connection', sock);
    var i = 0;
    function feed() {
        if (i < chunks.length && !done) {
            sock.push(typeof chunks[i] === 'string' ?
                Buffer.from(chunks[i], 'latin1') : chunks[i]);
            if (chunks[i] === null) {
                return;
            }
            i++;
            setTimeout(feed, 5);
        }
    }
    feed();
    return sock;
}

// Run [label, chunks] scenarios one after the other.
function series(server, list, done) {
    var i = 0;
    function step() {
        if (i >= list.length) {
            if (done) {
                done();
            }
            return;
        }
        var item = list[i++];
        run(server, item[0], item[1], step);
    }
    step();
}

module.exports = { run: run, series: series, mask: mask };
