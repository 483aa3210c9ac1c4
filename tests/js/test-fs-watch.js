// fs.watch on Linux (inotify through the loop): 'rename' and 'change'
// events with file names for a folder and for a file, recursive
// watching (new subfolders included), close() and its 'close' event,
// unref() letting the process end, and errors.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-w-');
process.chdir(dir);
fs.mkdirSync('w');
fs.writeFileSync('w/existing', '1');

var seen = [];
function has(list, type, name) {
    return list.some(function (e) { return e[0] === type && e[1] === name; });
}

var folder = fs.watch('w', function (type, name) { seen.push([type, name]); });
var fileEvents = [];
var file = fs.watch('w/existing', function (type, name) {
    fileEvents.push([type, name]);
});
assert.strictEqual(typeof folder.close, 'function');
assert.strictEqual(folder.ref(), folder);

var steps = [
    function () { fs.writeFileSync('w/new', 'x'); },
    function () { fs.appendFileSync('w/existing', '2'); },
    function () { fs.renameSync('w/new', 'w/renamed'); },
    function () { fs.unlinkSync('w/renamed'); },
    function () {
        assert.ok(has(seen, 'rename', 'new'), JSON.stringify(seen));
        assert.ok(has(seen, 'change', 'new'), JSON.stringify(seen));
        assert.ok(has(seen, 'change', 'existing'), JSON.stringify(seen));
        assert.ok(has(seen, 'rename', 'renamed'), JSON.stringify(seen));
        assert.ok(has(fileEvents, 'change', 'existing'),
            JSON.stringify(fileEvents));
        var closed = false;
        folder.on('close', function () { closed = true; });
        folder.close();
        folder.close(); // twice is harmless
        file.close();
        var count = seen.length;
        fs.writeFileSync('w/after', '');
        setTimeout(function () {
            assert.ok(closed, "'close' was emitted");
            assert.strictEqual(seen.length, count, 'no events after close');
            recursive();
        }, 50);
    }
];

function run(i) {
    if (i < steps.length) {
        steps[i]();
        setTimeout(function () { run(i + 1); }, 30);
    }
}
run(0);

function recursive() {
    fs.mkdirSync('r/sub', { recursive: true });
    var events = [];
    var w = fs.watch('r', { recursive: true }, function (type, name) {
        events.push([type, name]);
    });
    fs.writeFileSync('r/sub/a', '');
    setTimeout(function () {
        fs.mkdirSync('r/sub/later');
        setTimeout(function () {
            fs.writeFileSync('r/sub/later/b', '');
            setTimeout(function () {
                w.close();
                assert.ok(has(events, 'rename', 'sub/a'),
                    JSON.stringify(events));
                assert.ok(has(events, 'rename', 'sub/later'),
                    JSON.stringify(events));
                assert.ok(has(events, 'rename', 'sub/later/b'),
                    JSON.stringify(events));
                errors();
            }, 50);
        }, 50);
    }, 50);
}

function errors() {
    assert.throws(function () { fs.watch('missing'); }, {
        code: 'ENOENT', syscall: 'watch', path: 'missing',
        filename: 'missing',
        message: "ENOENT: no such file or directory, watch 'missing'"
    });
    assert.throws(function () { fs.watch(5); },
        { code: 'ERR_INVALID_ARG_TYPE' });
    // An unref'd watcher does not keep the process alive.
    fs.watch('w').unref();
    finished = true;
}

var finished = false;
process.on('exit', function () {
    assert.ok(finished);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
