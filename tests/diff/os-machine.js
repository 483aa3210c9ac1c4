// os values that depend on the machine but not on the moment: compared
// with Node on the same machine.  (The recorded expected output is only
// right for the machine it was recorded on.)
'use strict';
var os = require('os');

console.log(JSON.stringify([os.hostname(), os.release(), os.version(),
    os.machine(), os.homedir(), os.tmpdir(), os.totalmem()]));
console.log(JSON.stringify(os.userInfo()));
console.log(JSON.stringify(os.cpus().map(function (c) {
    return [c.model, c.speed];
})));
console.log(os.availableParallelism());
console.log(JSON.stringify(os.networkInterfaces()));
console.log(os.getPriority());
try {
    os.getPriority(-2147483648);
} catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.info), e.errno,
        e.syscall, String(e));
}
