// assert/strict: the strict-mode assert, as its own module id (Node 20).
module.exports = require('assert').strict;
