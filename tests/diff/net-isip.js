// net.isIP, isIPv4 and isIPv6 on valid, invalid and odd inputs.
'use strict';
var net = require('net');

var inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.1.1.1',
    '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04', ' 1.2.3.4', '1.2.3.4 ',
    '::', '::1', '1::', 'fe80::1%lo', 'fe80::1%', '::ffff:127.0.0.1',
    '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::',
    '1::2::3', ':::', 'g::1', '12345::1', '1:2:3:4:5:6:1.2.3.4',
    '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3.4', '1.2.3.4::', 'localhost', '',
    'abc', '[::1]', 'FE80::ABCD', '0000:0000:0000:0000:0000:0000:0000:0001',
    '::ffff:1.2.3', 'fe80::1%eth0.1', 'fe80::1%a b'];
inputs.forEach(function (s) {
    console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s),
        net.isIPv6(s));
});
[undefined, null, 1, {}, []].forEach(function (v) {
    console.log(String(v), net.isIP(v), net.isIPv4(v), net.isIPv6(v));
});
