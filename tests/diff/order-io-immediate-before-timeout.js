// Rule 8: inside an I/O callback (here a thread-pool file read), an
// immediate always runs before a zero timeout.
var fs = require('fs');
var rounds = 0;
function round() {
    fs.readFile(__filename, function (err, data) {
        if (err) throw err;
        var seen = [];
        setTimeout(function () {
            seen.push('timeout');
            if (seen.length === 2) done(seen);
        }, 0);
        setImmediate(function () {
            seen.push('immediate');
            if (seen.length === 2) done(seen);
        });
    });
}
function done(seen) {
    console.log(rounds + ': ' + seen.join(' '));
    if (++rounds < 5) round();
}
round();
