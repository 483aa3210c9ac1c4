/*
 * internal/package: reading package.json files and resolving a package's
 * "exports" field, for the CommonJS loader in internal/module.
 *
 * `read(dir)` parses `dir/package.json` once and caches the fields the
 * loader uses (name, main, exports, imports, type), or `null` when there is
 * no such file. `resolveExports(pkgDir, subpath, exports)` follows Node's
 * PACKAGE_EXPORTS_RESOLVE with the CommonJS conditions ("require", "node",
 * "node-addons", and always "default"): exact subpaths, subpath patterns
 * with one '*', nested condition objects, arrays of fallbacks and null
 * targets. It returns an absolute
 * path (not yet checked to exist) or throws Node's errors:
 * ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET,
 * ERR_INVALID_PACKAGE_CONFIG, ERR_INVALID_MODULE_SPECIFIER.
 *
 * Files are read through internalBinding('fs') only; paths are POSIX.
 */
'use strict';

var errors = require('internal/errors');
var binding = internalBinding('fs');

var CONDITIONS = ['require', 'node', 'node-addons'];

// dir -> parsed fields, or null when dir has no package.json.
var cache = Object.create(null);

function read(dir) {
    var cached = cache[dir];
    if (cached !== undefined) {
        return cached;
    }
    var jsonPath = dir === '/' ? '/package.json' : dir + '/package.json';
    if (binding.internalModuleStat(jsonPath) !== 0) {
        cache[dir] = null;
        return null;
    }
    var text = binding.readFileUtf8(jsonPath);
    var parsed;
    try {
        parsed = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) :
            text);
    } catch (err) {
        err.path = jsonPath;
        err.message = 'Error parsing ' + jsonPath + ': ' + err.message;
        throw err;
    }
    var fields = {
        path: jsonPath,
        exists: true,
        name: undefined,
        main: undefined,
        exports: undefined,
        imports: undefined,
        type: 'none'
    };
    if (parsed !== null && typeof parsed === 'object') {
        if (typeof parsed.name === 'string') {
            fields.name = parsed.name;
        }
        if (typeof parsed.main === 'string') {
            fields.main = parsed.main;
        }
        fields.exports = parsed.exports;
        fields.imports = parsed.imports;
        if (parsed.type === 'module' || parsed.type === 'commonjs') {
            fields.type = parsed.type;
        }
    }
    cache[dir] = fields;
    return fields;
}

// The package.json that governs `file`: the nearest one above it, not
// looking into or past a node_modules folder's own boundary.
function readScope(file) {
    var dir = file;
    for (;;) {
        var slash = dir.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        dir = dir.slice(0, slash);
        if (/\/node_modules$/.test(dir)) {
            return null;
        }
        var pkg = read(dir === '' ? '/' : dir);
        if (pkg !== null) {
            return { dir: dir === '' ? '/' : dir, data: pkg };
        }
        if (dir === '') {
            return null;
        }
    }
}

function packageError(code, message) {
    return errors.makeError(code === 'ERR_INVALID_MODULE_SPECIFIER' ?
        TypeError : Error, code, message);
}

function notExported(pkgDir, subpath) {
    if (subpath === '.') {
        return packageError('ERR_PACKAGE_PATH_NOT_EXPORTED',
            'No "exports" main defined in ' + pkgDir + '/package.json');
    }
    return packageError('ERR_PACKAGE_PATH_NOT_EXPORTED',
        'Package subpath \'' + subpath + '\' is not defined by "exports" ' +
        'in ' + pkgDir + '/package.json');
}

function invalidTarget(pkgDir, key, target) {
    var relError = typeof target === 'string' && target.length > 0 &&
        target.indexOf('./') !== 0;
    var where = key === '.' ? 'main target ' + JSON.stringify(target) :
        'target ' + JSON.stringify(target) + ' defined for \'' + key + '\'';
    return packageError('ERR_INVALID_PACKAGE_TARGET',
        'Invalid "exports" ' + where + ' in the package config ' + pkgDir +
        '/package.json' + (relError ? '; targets must start with "./"' : ''));
}

function invalidConfig(pkgDir, message) {
    return packageError('ERR_INVALID_PACKAGE_CONFIG',
        'Invalid package config ' + pkgDir + '/package.json. ' + message);
}

// Segments that would let a target escape its package or reach into
// node_modules: ".", ".." and "node_modules".
function hasInvalidSegment(text) {
    var parts = text.split(/[\\/]/);
    for (var i = 0; i < parts.length; i++) {
        var part = parts[i].toLowerCase();
        if (part === '.' || part === '..' || part === 'node_modules') {
            return true;
        }
    }
    return false;
}

function resolveTargetString(pkgDir, target, subpath, key, pattern) {
    if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
        throw invalidTarget(pkgDir, key, target);
    }
    if (target.indexOf('./') !== 0 || hasInvalidSegment(target.slice(2))) {
        throw invalidTarget(pkgDir, key, target);
    }
    var resolved = pkgDir + '/' + target.slice(2);
    if (subpath === '') {
        return resolved;
    }
    if (hasInvalidSegment(subpath)) {
        throw packageError('ERR_INVALID_MODULE_SPECIFIER',
            'Invalid module "' + (pattern ? key.replace('*', subpath) :
                key + subpath) + '" request is not a valid subpath for ' +
            'the "exports" resolution of ' + pkgDir + '/package.json');
    }
    if (pattern) {
        return resolved.split('*').join(subpath);
    }
    return resolved + subpath;
}

function isArrayIndex(key) {
    var n = Number(key);
    return String(n) === key && n >= 0 && n < 0xFFFFFFFF;
}

// Returns a path, null (explicitly not exported) or undefined (no
// condition matched).
function resolveTarget(pkgDir, target, subpath, key, pattern) {
    var i;
    if (typeof target === 'string') {
        return resolveTargetString(pkgDir, target, subpath, key, pattern);
    }
    if (Array.isArray(target)) {
        if (target.length === 0) {
            return null;
        }
        var lastError;
        for (i = 0; i < target.length; i++) {
            var result;
            try {
                result = resolveTarget(pkgDir, target[i], subpath, key,
                    pattern);
            } catch (err) {
                lastError = err;
                if (err.code === 'ERR_INVALID_PACKAGE_TARGET') {
                    continue;
                }
                throw err;
            }
            if (result === undefined) {
                continue;
            }
            if (result === null) {
                lastError = null;
                continue;
            }
            return result;
        }
        if (lastError === undefined || lastError === null) {
            return lastError;
        }
        throw lastError;
    }
    if (target !== null && typeof target === 'object') {
        var keys = Object.getOwnPropertyNames(target);
        for (i = 0; i < keys.length; i++) {
            if (isArrayIndex(keys[i])) {
                throw invalidConfig(pkgDir,
                    '"exports" cannot contain numeric property keys.');
            }
        }
        for (i = 0; i < keys.length; i++) {
            if (keys[i] === 'default' || CONDITIONS.indexOf(keys[i]) >= 0) {
                var found = resolveTarget(pkgDir, target[keys[i]], subpath,
                    key, pattern);
                if (found !== undefined) {
                    return found;
                }
            }
        }
        return undefined;
    }
    if (target === null) {
        return null;
    }
    throw invalidTarget(pkgDir, key, target);
}

// "exports": "./x.js", an array, or an object of conditions all mean the
// package's main entry; an object of "./subpath" keys is a subpath map.
function isMainSugar(exports, pkgDir) {
    if (typeof exports === 'string' || Array.isArray(exports)) {
        return true;
    }
    if (exports === null || typeof exports !== 'object') {
        return false;
    }
    var keys = Object.getOwnPropertyNames(exports);
    var sugar;
    for (var i = 0; i < keys.length; i++) {
        var isCondition = keys[i] === '' || keys[i][0] !== '.';
        if (i === 0) {
            sugar = isCondition;
        } else if (sugar !== isCondition) {
            throw invalidConfig(pkgDir, '"exports" cannot contain some ' +
                'keys starting with \'.\' and some not. The exports object ' +
                'must either be an object of package subpath keys or an ' +
                'object of main entry condition name keys only.');
        }
    }
    return sugar;
}

// Which of two pattern keys is more specific: Node's PATTERN_KEY_COMPARE.
function patternKeyCompare(a, b) {
    var aStar = a.indexOf('*');
    var bStar = b.indexOf('*');
    var baseA = aStar === -1 ? a.length : aStar + 1;
    var baseB = bStar === -1 ? b.length : bStar + 1;
    if (baseA > baseB) {
        return -1;
    }
    if (baseB > baseA) {
        return 1;
    }
    if (aStar === -1) {
        return 1;
    }
    if (bStar === -1) {
        return -1;
    }
    if (a.length > b.length) {
        return -1;
    }
    if (b.length > a.length) {
        return 1;
    }
    return 0;
}

// subpath is "." for the package itself or "./rest" for "pkg/rest".
function resolveExports(pkgDir, subpath, exports) {
    if (isMainSugar(exports, pkgDir)) {
        exports = { '.': exports };
    }
    var result;
    if (Object.prototype.hasOwnProperty.call(exports, subpath) &&
            subpath.indexOf('*') < 0 &&
            subpath[subpath.length - 1] !== '/') {
        result = resolveTarget(pkgDir, exports[subpath], '', subpath, false);
        if (result === null || result === undefined) {
            throw notExported(pkgDir, subpath);
        }
        return result;
    }

    var bestMatch = '';
    var bestSubpath;
    var keys = Object.getOwnPropertyNames(exports);
    for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var star = key.indexOf('*');
        // Only pattern keys match longer subpaths; Node 17 dropped the old
        // folder mappings ("./dir/").
        if (star === -1 || subpath.indexOf(key.slice(0, star)) !== 0) {
            continue;
        }
        var trailer = key.slice(star + 1);
        if (subpath.length >= key.length &&
                subpath.slice(subpath.length - trailer.length) === trailer &&
                patternKeyCompare(bestMatch, key) === 1 &&
                key.lastIndexOf('*') === star) {
            bestMatch = key;
            bestSubpath = subpath.slice(star, subpath.length - trailer.length);
        }
    }
    if (bestMatch !== '') {
        result = resolveTarget(pkgDir, exports[bestMatch], bestSubpath,
            bestMatch, true);
        if (result === null || result === undefined) {
            throw notExported(pkgDir, subpath);
        }
        return result;
    }
    throw notExported(pkgDir, subpath);
}

module.exports = {
    read: read,
    readScope: readScope,
    resolveExports: resolveExports
};
