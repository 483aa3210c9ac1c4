'use strict';
// Differential test: a message's 'finish' comes from its last write's
// callback, unless the socket failed by then (socket._hadError): then
// neither 'finish' nor writableFinished.  The socket here is a plain
// Writable, so every message takes end()'s long road.
var http = require('http');
var stream = require('stream');

function run(label, hadError) {
  var req = new http.IncomingMessage(null);
  req.method = 'GET';
  req.httpVersionMajor = 1;
  req.httpVersionMinor = 1;
  var res = new http.ServerResponse(req);
  var sock = new stream.Writable({
    write: function (chunk, encoding, cb) {
      if (chunk.length > 0) { // node ends with an empty write; nodule not
        console.log(label, 'socket write');
      }
      sock._hadError = hadError;
      process.nextTick(cb);
    }
  });
  res.assignSocket(sock);
  res.on('finish', function () { console.log(label, 'finish'); });
  res.end('body');
  setTimeout(function () {
    console.log(label, 'writableFinished', res.writableFinished);
  }, 20);
}

run('ok', false);
run('hadError', true);
