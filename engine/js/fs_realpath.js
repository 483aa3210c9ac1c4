/*
 * internal/fs_realpath: fs.realpath and fs.realpathSync, and their
 * .native forms.
 *
 * The .native forms are the C library's realpath(), one request; its
 * errors name `realpath` and the path as given.
 *
 * The plain forms follow Node's own algorithm, because programs see its
 * results and its errors: the path is first made absolute and normalized
 * as text (so "link/.." is the folder holding link, not the parent of
 * the link's target), then walked one component at a time with lstat; a
 * symbolic link is checked with stat (which reports ELOOP for a cycle),
 * read with readlink, and its target spliced in before the walk starts
 * again from the root.  A failure is reported as the lstat, stat or
 * readlink of the absolute partial path, as Node reports it.  Components
 * known not to be links are not looked at again after a restart.  The
 * asynchronous form makes the same calls, each one a pool request.
 */
'use strict';

var u = require('internal/fs_utils');
var pathModule = require('path');

var binding = u.binding;
var kMaxLinks = 1024; // a safety net: stat's ELOOP normally ends cycles

// Node coerces a non-string path to a string here, unlike elsewhere.
function toPath(p) {
    if (u.isURL(p)) {
        return require('url').fileURLToPath(p);
    }
    if (typeof p !== 'string') {
        p = String(p);
    }
    return u.getValidatedPath(p);
}

function isLink(statArray) {
    return (statArray[1] & u.constants.S_IFMT) === u.constants.S_IFLNK;
}

function rootOf(p) {
    var i = 0;
    while (i < p.length && p[i] === '/') {
        i++;
    }
    return p.slice(0, i);
}

// The walk's state: p (the whole path), pos (how much of it is known to
// be free of links), previous (the folder holding the component being
// looked at, with its slash) and base (that component's full path).
function Walk(p) {
    this.p = pathModule.resolve(p);
    this.knownHard = {};
    this.links = 0;
    this.restart(this.p);
}

Walk.prototype.restart = function (p) {
    this.p = p;
    this.current = rootOf(p);
    this.pos = this.current.length;
};

// Advance to the next component; false when the whole path is done.
Walk.prototype.next = function () {
    if (this.pos >= this.p.length) {
        return false;
    }
    var slash = this.p.indexOf('/', this.pos);
    this.previous = this.current;
    if (slash === -1) {
        this.base = this.current + this.p.slice(this.pos);
        this.current = this.base;
        this.pos = this.p.length;
    } else {
        this.base = this.previous + this.p.slice(this.pos, slash);
        this.current = this.previous + this.p.slice(this.pos, slash + 1);
        this.pos = slash + 1;
    }
    return true;
};

// base is a link to target: splice it in and start over.
Walk.prototype.follow = function (target) {
    if (++this.links > kMaxLinks) {
        var err = new Error('ELOOP: too many symbolic links encountered, ' +
            'stat \'' + this.base + '\'');
        err.errno = -40;
        err.code = 'ELOOP';
        err.syscall = 'stat';
        err.path = this.base;
        throw err;
    }
    this.restart(pathModule.resolve(pathModule.resolve(this.previous,
        target), this.p.slice(this.pos)));
};

function realpathSync(p, options) {
    options = u.getOptions(options, {});
    var walk = new Walk(toPath(p));
    while (walk.next()) {
        if (walk.knownHard[walk.base]) {
            continue;
        }
        if (!isLink(binding.lstat(walk.base))) {
            walk.knownHard[walk.base] = true;
            continue;
        }
        binding.stat(walk.base);
        walk.follow(binding.readlink(walk.base));
    }
    return u.encodeName(walk.p, options.encoding);
}

function realpath(p, options, callback) {
    callback = u.lastCallback(options, callback);
    options = u.getOptions(options, {});
    var walk = new Walk(toPath(p));

    function step() {
        while (walk.next()) {
            if (!walk.knownHard[walk.base]) {
                return binding.lstat(walk.base, afterLstat);
            }
        }
        callback(null, u.encodeName(walk.p, options.encoding));
    }

    function afterLstat(err, st) {
        if (err) {
            return callback(err);
        }
        if (!isLink(st)) {
            walk.knownHard[walk.base] = true;
            return step();
        }
        binding.stat(walk.base, function (err2) {
            if (err2) {
                return callback(err2);
            }
            binding.readlink(walk.base, function (err3, target) {
                if (err3) {
                    return callback(err3);
                }
                try {
                    walk.follow(target);
                } catch (e) {
                    return callback(e);
                }
                step();
            });
        });
    }

    step();
}

function realpathSyncNative(p, options) {
    options = u.getOptions(options, {});
    return u.encodeName(binding.realpath(u.getValidatedPath(p)),
        options.encoding);
}

function realpathNative(p, options, callback) {
    callback = u.lastCallback(options, callback);
    options = u.getOptions(options, {});
    binding.realpath(u.getValidatedPath(p), function (err, path) {
        callback(err, err ? undefined : u.encodeName(path, options.encoding));
    });
}

realpathSync.native = realpathSyncNative;
realpath.native = realpathNative;

module.exports = {
    realpath: realpath,
    realpathSync: realpathSync
};
