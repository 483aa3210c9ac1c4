// os values that are the same on every Linux x64 machine: constants,
// EOL, devNull, endianness, platform, arch, the exported names, and the
// shapes of the machine-dependent answers.
'use strict';
var os = require('os');

console.log(JSON.stringify(Object.keys(os)));
console.log(JSON.stringify([os.EOL, os.devNull, os.endianness(),
    os.platform(), os.arch(), os.type()]));
console.log(JSON.stringify(os.constants));
console.log(Object.getPrototypeOf(os.constants) === null,
    Object.getPrototypeOf(os.constants.signals) === null,
    Object.getPrototypeOf(os.userInfo()) === null);
console.log(JSON.stringify(Object.keys(os.userInfo())),
    JSON.stringify(Object.keys(os.cpus()[0])),
    JSON.stringify(Object.keys(os.cpus()[0].times)));
console.log(typeof os.uptime(), typeof os.totalmem(), typeof os.freemem(),
    os.loadavg().length, typeof os.availableParallelism());
try {
    os.setPriority(0, 50);
} catch (e) {
    console.log(e.name, e.code, e.message);
}
try {
    os.getPriority('x');
} catch (e) {
    console.log(e.name, e.code, e.message);
}
