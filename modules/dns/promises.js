/*
 * dns/promises (also dns.promises): lookup and lookupService returning
 * Promises; see modules/dns.js.
 */
'use strict';

module.exports = require('dns').promises;
