/*
 * process: require('process') is the global process object
 * (engine/js/process.js builds it).
 */
'use strict';

module.exports = process;
