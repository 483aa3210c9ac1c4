// Rule 7: the check phase runs only the immediates queued when it began;
// one queued during it waits for the next iteration.  The file read starts
// in that same check phase, so its callback (in a later poll phase) runs
// after C however quickly the pool answers.
setImmediate(function () {
    console.log('A');
    setImmediate(function () { console.log('C (queued by A)'); });
});
setImmediate(function () {
    console.log('B');
    var fs = require('fs');
    fs.readFile(__filename, function () {
        setImmediate(function () {
            console.log('X');
            setImmediate(function () { console.log('Z (queued by X)'); });
        });
        setImmediate(function () { console.log('Y'); });
    });
});
