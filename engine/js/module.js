/*
 * internal/module: CommonJS for user code, as Node 20 does it.
 *
 * `Module` is Node's class of the same name; its statics (`_load`,
 * `_resolveFilename`, `_findPath`, `_nodeModulePaths`, `_extensions`,
 * `_cache`, ...) keep Node's names because libraries call and patch them.
 * The flow of one `require(request)` from a module is:
 *
 *   Module._load            cache by (parent dir, request), then builtins
 *     Module._resolveFilename  builtin? self-reference? search the paths
 *       Module._findPath       node_modules "exports", file, file + ext,
 *                              directory (package.json "main", index.*)
 *     new Module + Module.prototype.load
 *       Module._extensions[ext]   .js compiles, .json parses
 *         Module.prototype._compile   wrap, compile, call
 *
 * Invariants:
 * - `Module._cache` (also `require.cache`) maps a resolved, real path to
 *   its Module. A module is in it from just before its code runs, so a
 *   cycle gets the partial `exports`; if loading throws it is removed
 *   again. Deleting an entry makes the next require load the file afresh.
 * - Builtins win over files: 'events' is the core module even when
 *   node_modules/events exists. 'node:x' must name a builtin.
 * - Files are read and real paths found only through internalBinding('fs');
 *   code is compiled only through internalBinding('module').compile.
 *
 * Paths are POSIX; nodule's Windows build would need win32 rules here.
 * Not supported: ES modules (requiring a .mjs file or a .js file in a
 * "type": "module" package throws ERR_REQUIRE_ESM), native addons (.node
 * throws ERR_NOT_SUPPORTED), package "imports" ('#x' specifiers throw
 * ERR_NOT_SUPPORTED).
 */
'use strict';

var errors = require('internal/errors');
var packages = require('internal/package');
var fsBinding = internalBinding('fs');
var moduleBinding = internalBinding('module');
var coreRequire = require;

var codes = errors.codes;

// --- POSIX path helpers (the loader cannot depend on the 'path' module) ---

function normalize(p) {
    var absolute = p[0] === '/';
    var parts = p.split('/');
    var out = [];
    for (var i = 0; i < parts.length; i++) {
        var part = parts[i];
        if (part === '' || part === '.') {
            continue;
        }
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..') {
                out.pop();
            } else if (!absolute) {
                out.push('..');
            }
            continue;
        }
        out.push(part);
    }
    var joined = out.join('/');
    return absolute ? '/' + joined : joined || '.';
}

function resolve(from, to) {
    if (to[0] === '/') {
        return normalize(to);
    }
    if (from[0] !== '/') {
        from = process.cwd() + '/' + from;
    }
    return normalize(from + '/' + to);
}

function dirname(p) {
    var end = p.length;
    while (end > 1 && p[end - 1] === '/') {
        end--;
    }
    var slash = p.lastIndexOf('/', end - 1);
    if (slash < 0) {
        return '.';
    }
    return slash === 0 ? '/' : p.slice(0, slash);
}

function basename(p) {
    return p.slice(p.lastIndexOf('/') + 1);
}

// --- builtins -------------------------------------------------------------

var builtinModules = (moduleBinding.builtinIds || []).filter(function (id) {
    return id.indexOf('internal/') !== 0;
});

function isBuiltin(id) {
    if (typeof id !== 'string') {
        return false;
    }
    if (id.indexOf('node:') === 0) {
        id = id.slice(5);
    }
    return builtinModules.indexOf(id) >= 0;
}

// Node 20's core modules.  One that nodule does not provide (yet) is an
// ERR_NOT_SUPPORTED error naming it -- docs/compat.md lists them -- rather
// than a 'Cannot find module' that sends the user looking in node_modules.
var nodeBuiltins = [
    'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process',
    'cluster', 'console', 'constants', 'crypto', 'dgram',
    'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs',
    'fs/promises', 'http', 'http2', 'https', 'inspector',
    'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix',
    'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring',
    'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers',
    'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
    'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util',
    'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib'
];

function checkNotMissingBuiltin(request) {
    var id = request.indexOf('node:') === 0 ? request.slice(5) : request;
    if (nodeBuiltins.indexOf(id) >= 0 && !isBuiltin(id)) {
        throw codes.ERR_NOT_SUPPORTED('The \'' + id + '\' core module');
    }
}

// request ('events', 'node:events') -> exports, for the builtins already
// loaded: Module._load answers a repeated require of one from here.
var loadedBuiltins = Object.create(null);

function loadBuiltin(request) {
    checkNotMissingBuiltin(request);
    if (!isBuiltin(request)) {
        throw codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    var exports = coreRequire(request);
    loadedBuiltins[request] = exports;
    return exports;
}

// --- the Module class -----------------------------------------------------

function Module(id, parent) {
    this.id = id === undefined ? '' : id;
    this.path = dirname(this.id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', {
        value: parent, writable: true, configurable: true, enumerable: false
    });
    if (parent && parent.children) {
        parent.children.push(this);
    }
}

Module.Module = Module;
Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = builtinModules.slice();
Module.isBuiltin = isBuiltin;
Module.wrapper = ['(function (exports, require, module, __filename, ' +
    '__dirname) { ', '\n});'];
Module.wrap = function wrap(script) {
    return Module.wrapper[0] + script + Module.wrapper[1];
};

// Paths searched for bare names after the node_modules chain: NODE_PATH
// (':'-separated), then ~/.node_modules, ~/.node_libraries and
// <prefix>/lib/node, as in Node.
var modulePaths = [];

Module._initPaths = function _initPaths() {
    var env = process.env || {};
    var home = env.HOME;
    var paths = [];
    if (typeof process.execPath === 'string' && process.execPath !== '') {
        paths.push(resolve(process.execPath, '../../lib/node'));
    }
    if (home) {
        paths.unshift(resolve(home, '.node_libraries'));
        paths.unshift(resolve(home, '.node_modules'));
    }
    if (env.NODE_PATH) {
        var extra = String(env.NODE_PATH).split(':').filter(function (p) {
            return p !== '';
        }).map(function (p) {
            return resolve(process.cwd(), p);
        });
        paths = extra.concat(paths);
    }
    modulePaths = paths;
    Module.globalPaths = paths.slice();
};

// Every node_modules folder from `from` up to the root, skipping folders
// that are themselves inside a node_modules name (no .../node_modules/
// node_modules).
Module._nodeModulePaths = function _nodeModulePaths(from) {
    from = resolve(process.cwd(), from);
    if (from === '/') {
        return ['/node_modules'];
    }
    var parts = from.split('/');
    var paths = [];
    for (var i = parts.length; i > 1; i--) {
        if (parts[i - 1] === 'node_modules') {
            continue;
        }
        paths.push(parts.slice(0, i).join('/') + '/node_modules');
    }
    paths.push('/node_modules');
    return paths;
};

function isRelative(request) {
    return request === '.' || request === '..' ||
        request.indexOf('./') === 0 || request.indexOf('../') === 0;
}

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
    if (isBuiltin(request)) {
        return null;
    }
    if (!isRelative(request)) {
        if (parent && parent.paths && parent.paths.length > 0) {
            return parent.paths.concat(modulePaths);
        }
        return modulePaths.slice();
    }
    if (!parent || !parent.id || !parent.filename) {
        return ['.'];
    }
    return [dirname(parent.filename)];
};

// --- finding files ----------------------------------------------------------

var realpathCache = Object.create(null);

function toRealPath(p) {
    var real = realpathCache[p];
    if (real === undefined) {
        real = realpathCache[p] = fsBinding.realpath(p);
    }
    return real;
}

function tryFile(p) {
    return fsBinding.internalModuleStat(p) === 0 ? toRealPath(p) : false;
}

function tryExtensions(base, exts) {
    for (var i = 0; i < exts.length; i++) {
        var found = tryFile(base + exts[i]);
        if (found) {
            return found;
        }
    }
    return false;
}

// A directory: its package.json "main", else its index file.
function tryPackage(dir, exts, originalRequest) {
    var pkg = packages.read(dir);
    var main = pkg !== null ? pkg.main : undefined;
    if (!main) {
        return tryExtensions(resolve(dir, 'index'), exts);
    }
    var filename = resolve(dir, main);
    var found = tryFile(filename) || tryExtensions(filename, exts) ||
        tryExtensions(resolve(filename, 'index'), exts);
    if (found) {
        return found;
    }
    found = tryExtensions(resolve(dir, 'index'), exts);
    if (!found) {
        var err = new Error('Cannot find module \'' + filename + '\'. ' +
            'Please verify that the package.json has a valid "main" entry');
        err.code = 'MODULE_NOT_FOUND';
        err.path = resolve(dir, 'package.json');
        err.requestPath = originalRequest;
        throw err;
    }
    emitDeprecation('Invalid \'main\' field in \'' +
        resolve(dir, 'package.json') + '\' of \'' + main + '\'. Please ' +
        'either fix that or report it to the module author', 'DEP0128');
    return found;
}

var warnedCodes = Object.create(null);

function emitDeprecation(message, code) {
    if (warnedCodes[code] || typeof process.emitWarning !== 'function') {
        return;
    }
    warnedCodes[code] = true;
    process.emitWarning(message, 'DeprecationWarning', code);
}

// 'pkg' or 'pkg/sub' (or '@scope/pkg/sub') found in a node_modules folder
// whose package.json has "exports": the exports decide, nothing else.
function resolveExportsIn(nmPath, request) {
    var m = /^((?:@[^\/\\%]+\/)?[^.\/\\%][^\/\\%]*)(\/.*)?$/.exec(request);
    if (m === null) {
        return false;
    }
    var pkgDir = resolve(nmPath, m[1]);
    var pkg = packages.read(pkgDir);
    if (pkg === null || pkg.exports === undefined || pkg.exports === null) {
        return false;
    }
    return finishExports(pkgDir, packages.resolveExports(pkgDir,
        '.' + (m[2] || ''), pkg.exports));
}

function finishExports(pkgDir, resolved) {
    var found = tryFile(resolved);
    if (found) {
        return found;
    }
    var err = new Error('Cannot find module \'' + resolved + '\'');
    err.code = 'MODULE_NOT_FOUND';
    err.path = pkgDir + '/package.json';
    throw err;
}

Module._findPath = function _findPath(request, paths, isMain) {
    var absolute = request[0] === '/';
    if (absolute) {
        paths = [''];
    } else if (!paths || paths.length === 0) {
        return false;
    }
    var cacheKey = request + '\x00' + paths.join('\x00');
    var cached = Module._pathCache[cacheKey];
    if (cached) {
        return cached;
    }
    var trailingSlash = request.length > 0 &&
        (request[request.length - 1] === '/' || request === '.' ||
            request === '..' || /\/\.\.?$/.test(request));
    var exts = Object.keys(Module._extensions);

    for (var i = 0; i < paths.length; i++) {
        var curPath = paths[i];
        if (curPath !== '' && fsBinding.internalModuleStat(curPath) !== 1) {
            continue;
        }
        if (!absolute) {
            var viaExports = resolveExportsIn(curPath, request);
            if (viaExports) {
                return viaExports;
            }
        }
        var basePath = absolute ? normalize(request) :
            resolve(curPath, request);
        var rc = fsBinding.internalModuleStat(basePath);
        var filename = false;
        if (!trailingSlash) {
            if (rc === 0) {
                filename = toRealPath(basePath);
            }
            if (!filename) {
                filename = tryExtensions(basePath, exts);
            }
        }
        if (!filename && rc === 1) {
            filename = tryPackage(basePath, exts, request);
        }
        if (filename) {
            Module._pathCache[cacheKey] = filename;
            return filename;
        }
    }
    return false;
};

// A package may require itself by the name in its own package.json when
// that package.json has "exports".
function resolveSelf(parentPath, request) {
    if (!parentPath) {
        return false;
    }
    var scope = packages.readScope(parentPath + '/x');
    if (scope === null || scope.data.exports === undefined ||
            scope.data.exports === null || scope.data.name === undefined) {
        return false;
    }
    var name = scope.data.name;
    var subpath;
    if (request === name) {
        subpath = '.';
    } else if (request.indexOf(name + '/') === 0) {
        subpath = '.' + request.slice(name.length);
    } else {
        return false;
    }
    return finishExports(scope.dir, packages.resolveExports(scope.dir,
        subpath, scope.data.exports));
}

function requireStackOf(parent) {
    var stack = [];
    for (var cursor = parent; cursor; cursor = cursor.parent) {
        stack.push(cursor.filename || cursor.id);
    }
    return stack;
}

var resolveFilename = Module._resolveFilename =
    function _resolveFilename(request, parent, isMain, options) {
    if (isBuiltin(request)) {
        return request;
    }
    checkNotMissingBuiltin(request);
    if (request.indexOf('node:') === 0) {
        throw codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    if (request[0] === '#') {
        throw codes.ERR_NOT_SUPPORTED('package.json "imports" (\'' +
            request + '\')');
    }
    var paths;
    if (options && options.paths) {
        if (!Array.isArray(options.paths)) {
            throw codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
        }
        paths = [];
        var fake = new Module('', null);
        for (var i = 0; i < options.paths.length; i++) {
            var base = options.paths[i];
            if (isRelative(request)) {
                paths.push(base);
                continue;
            }
            fake.paths = Module._nodeModulePaths(base);
            var lookup = Module._resolveLookupPaths(request, fake);
            for (var j = 0; j < lookup.length; j++) {
                if (paths.indexOf(lookup[j]) < 0) {
                    paths.push(lookup[j]);
                }
            }
        }
    } else {
        paths = Module._resolveLookupPaths(request, parent);
    }

    if (parent && parent.filename && !isRelative(request) &&
            request[0] !== '/') {
        var self = resolveSelf(dirname(parent.filename), request);
        if (self) {
            return self;
        }
    }

    var filename = Module._findPath(request, paths, isMain);
    if (filename) {
        return filename;
    }
    var requireStack = requireStackOf(parent);
    var message = 'Cannot find module \'' + request + '\'';
    if (requireStack.length > 0) {
        message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
    }
    var err = new Error(message);
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = requireStack;
    throw err;
};

// --- loading ----------------------------------------------------------------

// (directory of the parent, request) -> resolved filename, so a module
// that requires the same name twice resolves it once.
var relativeResolveCache = Object.create(null);

Module._load = function _load(request, parent, isMain) {
    var cacheKey;
    var module;
    // A builtin loaded before, which neither a patched _resolveFilename
    // nor an entry in the module cache can have replaced: its exports,
    // without resolving the name again.
    var builtin = loadedBuiltins[request];
    if (builtin !== undefined && Module._resolveFilename === resolveFilename &&
            Module._cache[request] === undefined) {
        return builtin;
    }
    if (parent) {
        cacheKey = parent.path + '\x00' + request;
        var known = relativeResolveCache[cacheKey];
        if (known !== undefined) {
            module = Module._cache[known];
            if (module !== undefined) {
                adoptChild(parent, module);
                return module.exports;
            }
            delete relativeResolveCache[cacheKey];
        }
    }
    if (request.indexOf('node:') === 0) {
        return loadBuiltin(request);
    }

    var filename = Module._resolveFilename(request, parent, isMain);
    module = Module._cache[filename];
    if (module !== undefined) {
        adoptChild(parent, module);
        return module.exports;
    }
    if (isBuiltin(filename)) {
        return loadBuiltin(filename);
    }

    module = new Module(filename, parent);
    if (isMain) {
        process.mainModule = module;
        mainModule = module;
        module.id = '.';
    }
    Module._cache[filename] = module;
    if (parent) {
        relativeResolveCache[cacheKey] = filename;
    }
    var threw = true;
    try {
        module.load(filename);
        threw = false;
    } finally {
        if (threw) {
            delete Module._cache[filename];
            if (parent) {
                delete relativeResolveCache[cacheKey];
                var index = parent.children.indexOf(module);
                if (index >= 0) {
                    parent.children.splice(index, 1);
                }
            }
        }
    }
    return module.exports;
};

// A cached module required from a new place also becomes its child.
function adoptChild(parent, child) {
    if (parent && parent.children && parent !== child &&
            parent.children.indexOf(child) < 0) {
        parent.children.push(child);
    }
}

// The longest registered extension of a file's name: 'a.test.js' tries
// '.test.js' then '.js'. Files with none load as '.js' (so do '.cjs').
function extensionOf(filename) {
    var name = basename(filename);
    var index = 0;
    for (;;) {
        index = name.indexOf('.', index + 1);
        if (index <= 0) {
            return '.js';
        }
        var ext = name.slice(index);
        if (Module._extensions[ext]) {
            return ext;
        }
    }
}

function requireEsmError(filename) {
    return errors.makeError(Error, 'ERR_REQUIRE_ESM',
        'require() of ES Module ' + filename + ' not supported. nodule ' +
        'runs CommonJS only.');
}

Module.prototype.load = function load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(dirname(filename));
    if (/\.mjs$/.test(filename) && !Module._extensions['.mjs']) {
        throw requireEsmError(filename);
    }
    Module._extensions[extensionOf(filename)](this, filename);
    this.loaded = true;
};

Module.prototype.require = function require(id) {
    errors.validateString(id, 'id');
    if (id === '') {
        throw codes.ERR_INVALID_ARG_VALUE('id', id,
            'must be a non-empty string');
    }
    return Module._load(id, this, false);
};

function stripBOM(text) {
    return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

// Duktape does not parse '#!' lines; turning one into a comment keeps
// every later line where it was.
function stripShebang(text) {
    return text[0] === '#' && text[1] === '!' ? '//' + text.slice(2) : text;
}

Module.prototype._compile = function _compile(content, filename) {
    var wrapper = Module.wrap(stripShebang(content));
    var fn = moduleBinding.compile(wrapper.slice(0, -1), filename);
    var require = makeRequireFunction(this);
    return fn.call(this.exports, this.exports, require, this, filename,
        dirname(filename));
};

Module._extensions['.js'] = function (module, filename) {
    if (/\.js$/.test(filename)) {
        var scope = packages.readScope(filename);
        if (scope !== null && scope.data.type === 'module') {
            throw requireEsmError(filename);
        }
    }
    module._compile(stripBOM(fsBinding.readFileUtf8(filename)), filename);
};

Module._extensions['.json'] = function (module, filename) {
    var content = fsBinding.readFileUtf8(filename);
    try {
        module.exports = JSON.parse(stripBOM(content));
    } catch (err) {
        err.message = filename + ': ' + err.message;
        throw err;
    }
};

Module._extensions['.node'] = function (module, filename) {
    throw codes.ERR_NOT_SUPPORTED('Loading native addons (' + filename + ')');
};

// --- require functions --------------------------------------------------

var mainModule;

function makeRequireFunction(mod) {
    var require = function require(path) {
        return mod.require(path);
    };
    function resolveFn(request, options) {
        errors.validateString(request, 'request');
        return Module._resolveFilename(request, mod, false, options);
    }
    resolveFn.paths = function paths(request) {
        errors.validateString(request, 'request');
        return Module._resolveLookupPaths(request, mod);
    };
    require.resolve = resolveFn;
    require.main = mainModule;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    return require;
}

Module.createRequire = function createRequire(filename) {
    var file = filename;
    if (typeof file === 'string' && file.indexOf('file://') === 0) {
        file = decodeURIComponent(file.slice(7));
    } else if (file !== null && typeof file === 'object' &&
            file.protocol === 'file:' && typeof file.pathname === 'string') {
        file = decodeURIComponent(file.pathname);
    }
    if (typeof file !== 'string' || file[0] !== '/') {
        throw codes.ERR_INVALID_ARG_VALUE('filename', filename,
            'must be a file URL object, file URL string, or absolute path ' +
            'string');
    }
    var proxyPath = file[file.length - 1] === '/' ? file + 'noop.js' : file;
    var mod = new Module(proxyPath, null);
    mod.filename = proxyPath;
    mod.paths = Module._nodeModulePaths(mod.path);
    return makeRequireFunction(mod);
};

// `nodule FILE`: load FILE as the main module.
function runMain(file) {
    return Module._load(resolve(process.cwd(), file), null, true);
}

Module.runMain = function (file) {
    return runMain(file === undefined ? process.argv[1] : file);
};

// `nodule -e` / `-p` / `-`: run `code` as a global script named `name`
// ('[eval]' or '[stdin]') with module, exports, require, __filename and
// __dirname as globals rooted at the current directory, and return the
// script's completion value (what -p prints).
function runEval(code, name) {
    name = name || '[eval]';
    var cwd = process.cwd();
    var mod = new Module(name, null);
    mod.filename = resolve(cwd, name);
    mod.paths = Module._nodeModulePaths(cwd);
    var global = Function('return this')();
    global.module = mod;
    global.exports = mod.exports;
    global.require = makeRequireFunction(mod);
    global.__filename = name;
    global.__dirname = '.';
    return moduleBinding.compile(stripShebang(code), name);
}

Module._initPaths();

module.exports = {
    Module: Module,
    runMain: runMain,
    runEval: runEval,
    createRequire: Module.createRequire,
    builtinModules: Module.builtinModules,
    isBuiltin: isBuiltin
};
