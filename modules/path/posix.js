/*
 * path/posix: the posix flavour of path, as require('path').posix.
 */
'use strict';

module.exports = require('path').posix;
