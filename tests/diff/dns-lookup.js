// dns.lookup and lookupService as Node runs them: argument errors, address
// literals (answered in a later tick), IPv4 'localhost', the error for a
// name that cannot exist, and the module's names and constants.
'use strict';
var dns = require('dns');

function t(name, fn) {
    try {
        console.log(name, '=>', JSON.stringify(fn()));
    } catch (e) {
        console.log(name, 'THROW', e.name, e.code, JSON.stringify(e.message));
    }
}
function f() {}

t('host number', function () { return dns.lookup(1, f); });
t('family 5', function () { return dns.lookup('x', 5, f); });
t('family IPv5', function () {
    return dns.lookup('x', { family: 'IPv5' }, f);
});
t('no callback', function () { return dns.lookup('x', {}); });
t('options string', function () { return dns.lookup('x', 'a', f); });
t('hints bad', function () { return dns.lookup('x', { hints: 1 }, f); });
t('hints string', function () { return dns.lookup('x', { hints: '1' }, f); });
t('all number', function () { return dns.lookup('x', { all: 1 }, f); });
t('verbatim string', function () {
    return dns.lookup('x', { verbatim: 's' }, f);
});
t('order bad', function () { return dns.lookup('x', { order: 'bad' }, f); });
t('service args', function () { return dns.lookupService('127.0.0.1', 1); });
t('service name', function () { return dns.lookupService('x', 1, f); });
t('service number', function () { return dns.lookupService(1, 1, f); });
t('service port', function () { return dns.lookupService('::1', 70000, f); });
t('service port str', function () { return dns.lookupService('::1', 'a', f); });
t('service cb', function () { return dns.lookupService('::1', 1, 5); });
t('order set bad', function () { return dns.setDefaultResultOrder('x'); });
t('order get', function () { return dns.getDefaultResultOrder(); });
t('literal return', function () { return dns.lookup('1.2.3.4', f); });

console.log('names', Object.keys(dns).join(' '));
console.log('promise names', Object.keys(dns.promises).join(' '));
console.log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND,
    dns.NODATA, dns.TIMEOUT, dns.CANCELLED);
console.log('same', require('dns/promises') === dns.promises);

var order = [];
dns.lookup('1.2.3.4', function (err, a, fam) {
    order.push('v4 ' + err + ' ' + a + ' ' + fam);
});
dns.lookup('::ffff:1.2.3.4', { all: true }, function (err, list) {
    order.push('v6 ' + JSON.stringify(list));
});
process.nextTick(function () {
    order.push('tick');
});
order.push('sync');
setTimeout(function () {
    console.log('order', order.join(' | '));
    dns.lookup('localhost', 4, function (err, a, fam) {
        console.log('localhost', err, a, fam);
        dns.lookup('nonexistent.invalid', function (e) {
            // Without any resolver reachable the answer is EAI_AGAIN.
            var ok = e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN';
            console.log('invalid', ok, e.syscall, e.hostname,
                Object.keys(e).join(','));
            if (e.code === 'ENOTFOUND') {
                console.log(e.message);
            } else {
                console.log('getaddrinfo ENOTFOUND nonexistent.invalid');
            }
            dns.promises.lookup('127.0.0.1', { all: true }).then(function (r) {
                console.log('promise', JSON.stringify(r));
            });
        });
    });
}, 5);
