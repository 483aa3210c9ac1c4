// Options that decide where and how the client connects: lookup (a
// resolver of the caller's, given the family), localAddress, family, a
// Host header of the caller's own, and http.globalAgent replaced by the
// program (new requests without an agent use the new one).
'use strict';
var assert = require('assert');
var http = require('http');

var server = http.createServer(function (req, res) {
    res.end(JSON.stringify({ host: req.headers.host,
                             from: req.socket.remoteAddress }));
});

function body(res, cb) {
    var text = '';
    res.setEncoding('utf8');
    res.on('data', function (d) {
        text += d;
    });
    res.on('end', function () {
        cb(JSON.parse(text));
    });
}

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var looked = [];
    http.get({ host: 'service.invalid', port: port, family: 4,
               localAddress: '127.0.0.1', agent: false,
               lookup: function (host, options, cb) {
                   looked.push(host + ' ' + options.family);
                   if (options.all) {
                       cb(null, [{ address: '127.0.0.1', family: 4 }]);
                   } else {
                       cb(null, '127.0.0.1', 4);
                   }
               } }, function (res) {
        body(res, function (got) {
            assert.deepStrictEqual(looked, ['service.invalid 4']);
            assert.strictEqual(got.host, 'service.invalid:' + port);
            assert.strictEqual(got.from, '127.0.0.1');
            second(port);
        });
    });
});

function second(port) {
    var old = http.globalAgent;
    var mine = new http.Agent({ keepAlive: true });
    var used = 0;
    var add = mine.addRequest;
    mine.addRequest = function () {
        used++;
        return add.apply(this, arguments);
    };
    http.globalAgent = mine;
    http.get({ host: '127.0.0.1', port: port,
               headers: { Host: 'example.test:1234' } }, function (res) {
        assert.strictEqual(res.req.agent, mine);
        body(res, function (got) {
            assert.strictEqual(got.host, 'example.test:1234');
            assert.strictEqual(used, 1);
            http.globalAgent = old;
            mine.destroy();
            server.close();
            console.log('ok');
        });
    });
}
