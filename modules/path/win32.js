/*
 * path/win32: the win32 flavour of path, as require('path').win32.
 */
'use strict';

module.exports = require('path').win32;
