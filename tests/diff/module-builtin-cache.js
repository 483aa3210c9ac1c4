// A repeated require of a builtin is answered from a cache of loaded
// builtins, unless the module cache holds an entry under that name or
// Module._resolveFilename is patched: both must still win, as in Node.
'use strict';
var Module = require('module');
var a = require('events');
console.log(a === require('node:events'), require('events') === a);
require.cache['events'] = { exports: { fake: true }, loaded: true };
console.log(require('events').fake);
delete require.cache['events'];
console.log(require('events') === a);
var orig = Module._resolveFilename;
Module._resolveFilename = function (r, p, m, o) { if (r === 'events') return orig.call(this, 'util', p, m, o); return orig.apply(this, arguments); };
console.log(require('events') === require('util'));
Module._resolveFilename = orig;
console.log(require('events') === a);
