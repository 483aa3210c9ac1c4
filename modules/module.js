/*
 * module: the public face of the CommonJS loader, require('module').
 *
 * Node exports the Module class itself, with its statics (builtinModules,
 * createRequire, isBuiltin, _load, _resolveFilename, _extensions, ...). The
 * class and all of its behaviour live in internal/module; this file only
 * hands it out, so that `require('module') === module.constructor`.
 */
'use strict';

module.exports = require('internal/module').Module;
