/*
 * internal/collections: Map, Set, WeakMap and WeakSet for an engine that
 * has none (Duktape 2.7). The bootstrap may install them as globals.
 *
 * Map and Set keep their entries in a doubly linked list in insertion
 * order, with an index from key to entry for constant-time lookup:
 * - strings are indexed by themselves, in an index of their own (string
 *   keys are the common case, and building a tagged string per lookup
 *   costs Duktape more than the lookup);
 * - numbers, booleans, undefined and null are indexed by a tagged string
 *   ('n' + number, 't', ...), which gives SameValueZero for free (NaN
 *   finds NaN, -0 finds 0);
 * - objects and functions get a unique id, stored on them under a
 *   non-enumerable symbol, and are indexed by that id;
 * - symbols, and objects that cannot take a property (frozen), are found
 *   by a linear search of a side list.
 *
 * Iterators are live, as the spec requires: an entry that is deleted is
 * marked `removed` but keeps its `prev` pointer, so an iterator standing on
 * it can step back to the nearest live entry and continue from there;
 * entries added during iteration are visited. `clear()` removes every
 * entry the same way.
 *
 * WeakMap and WeakSet store their data on the key object itself, under a
 * symbol private to each collection, so the entry lives exactly as long as
 * the key. A frozen key cannot carry it and falls back to a strong list.
 */
'use strict';

var hasOwn = Object.prototype.hasOwnProperty;
var kId = Symbol('nodule.collections.id');
var kKind = Symbol('nodule.collections.kind');
var kStore = Symbol('nodule.collections.store');
var kIter = Symbol('nodule.collections.iterator');
var nextId = 1;

function isObjectLike(value) {
    return value !== null &&
        (typeof value === 'object' || typeof value === 'function');
}

function hidden(target, key, value) {
    Object.defineProperty(target, key, {
        value: value, writable: true, configurable: true, enumerable: false
    });
}

// The index key for a key that is not a string, or null when it must be
// searched linearly.
function indexKey(key) {
    switch (typeof key) {
    case 'number':
        return 'n' + (key === 0 ? 0 : key);
    case 'boolean':
        return key ? 't' : 'f';
    case 'undefined':
        return 'u';
    case 'symbol':
        return null;
    default:
        if (key === null) {
            return 'l';
        }
        if (hasOwn.call(key, kId)) {
            return 'o' + key[kId];
        }
        if (!Object.isExtensible(key)) {
            return null;
        }
        hidden(key, kId, nextId++);
        return 'o' + key[kId];
    }
}

function sameValueZero(a, b) {
    return a === b || (a !== a && b !== b);
}

// --- the shared ordered store -------------------------------------------

function Store(kind) {
    this.kind = kind;
    this.strings = Object.create(null);
    this.index = Object.create(null);
    this.others = [];
    this.first = null;
    this.last = null;
    this.size = 0;
}

Store.prototype.find = function (key) {
    if (typeof key === 'string') {
        var found = this.strings[key];
        return found === undefined ? null : found;
    }
    var k = indexKey(key);
    if (k !== null) {
        var entry = this.index[k];
        return entry === undefined ? null : entry;
    }
    for (var i = 0; i < this.others.length; i++) {
        if (sameValueZero(this.others[i].key, key)) {
            return this.others[i];
        }
    }
    return null;
};

Store.prototype.add = function (key, value) {
    var entry = typeof key === 'string' ? this.strings[key] : this.find(key);
    if (entry !== null && entry !== undefined) {
        entry.value = value;
        return;
    }
    entry = {
        key: key === 0 ? 0 : key,
        value: value,
        prev: this.last,
        next: null,
        removed: false
    };
    if (this.last === null) {
        this.first = entry;
    } else {
        this.last.next = entry;
    }
    this.last = entry;
    this.size += 1;
    if (typeof key === 'string') {
        this.strings[key] = entry;
        return;
    }
    var k = indexKey(key);
    if (k !== null) {
        this.index[k] = entry;
    } else {
        this.others.push(entry);
    }
};

Store.prototype.remove = function (key) {
    var entry = this.find(key);
    if (entry === null) {
        return false;
    }
    var k = typeof key === 'string' ? key : indexKey(key);
    if (typeof key === 'string') {
        delete this.strings[k];
    } else if (k !== null) {
        delete this.index[k];
    } else {
        this.others.splice(this.others.indexOf(entry), 1);
    }
    this.unlink(entry);
    return true;
};

// Take an entry out of the list; its prev pointer stays for iterators.
Store.prototype.unlink = function (entry) {
    entry.removed = true;
    if (entry.prev !== null) {
        entry.prev.next = entry.next;
    } else {
        this.first = entry.next;
    }
    if (entry.next !== null) {
        entry.next.prev = entry.prev;
    } else {
        this.last = entry.prev;
    }
    this.size -= 1;
};

Store.prototype.clear = function () {
    for (var entry = this.first; entry !== null; entry = entry.next) {
        entry.removed = true;
        entry.prev = null;
    }
    this.strings = Object.create(null);
    this.index = Object.create(null);
    this.others = [];
    this.first = null;
    this.last = null;
    this.size = 0;
};

// The entry after `entry` (null: from the start), skipping removed ones.
Store.prototype.after = function (entry) {
    while (entry !== null && entry.removed) {
        entry = entry.prev;
    }
    return entry === null ? this.first : entry.next;
};

// --- iterators --------------------------------------------------------------

// An iterator's state lives under one hidden key: the store, what to
// yield ('keys', 'values' or 'entries'), and the last entry visited.
function StoreIterator(store, kind, tag) {
    hidden(this, kKind, tag);
    hidden(this, kIter, { store: store, kind: kind, at: null, done: false });
}

defineMethods(StoreIterator.prototype, {
    next: function next() {
        var state = this[kIter];
        if (state === undefined || !hasOwn.call(this, kIter)) {
            throw new TypeError('next method called on incompatible ' +
                'receiver ' + String(this));
        }
        if (state.done) {
            return { value: undefined, done: true };
        }
        var entry = state.store.after(state.at);
        if (entry === null) {
            state.done = true;
            return { value: undefined, done: true };
        }
        state.at = entry;
        var value = state.kind === 'keys' ? entry.key :
            state.kind === 'values' ? entry.value : [entry.key, entry.value];
        return { value: value, done: false };
    }
});

hidden(StoreIterator.prototype, Symbol.iterator, function () {
    return this;
});

// What util.inspect shows for an iterator: what is still to come.
function previewIterator(iterator) {
    var state = iterator[kIter];
    var items = [];
    var entry = state.done ? null : state.store.after(state.at);
    for (; entry !== null; entry = entry.next) {
        if (state.kind === 'entries') {
            items.push([entry.key, entry.value]);
        } else {
            items.push(state.kind === 'keys' ? entry.key : entry.value);
        }
    }
    return items;
}

function iteratorKind(iterator) {
    return iterator[kIter].kind;
}

// Feed every item of an iterable (array, string or Symbol.iterator
// object) to `fn`.
function forEachOf(iterable, fn) {
    var i;
    if (Array.isArray(iterable) || typeof iterable === 'string') {
        for (i = 0; i < iterable.length; i++) {
            fn(iterable[i]);
        }
        return;
    }
    var method = isObjectLike(iterable) ? iterable[Symbol.iterator] :
        undefined;
    if (typeof method !== 'function') {
        throw new TypeError(typeof iterable + ' is not iterable');
    }
    var iterator = method.call(iterable);
    for (;;) {
        var step = iterator.next();
        if (step.done) {
            return;
        }
        fn(step.value);
    }
}

function defineMethods(proto, methods) {
    for (var name in methods) {
        if (hasOwn.call(methods, name)) {
            hidden(proto, name, methods[name]);
        }
    }
}

/*
 * The store of a Map or Set method's receiver; throws for anything else
 * (checkKind's TypeError). The common case costs no extra call.
 */
function storeOf(self, kind, method) {
    var store = self !== null && self !== undefined ? self[kStore] : undefined;
    if (store === undefined || store.kind !== kind ||
            !hasOwn.call(self, kStore)) {
        checkKind(self, kind, method);
    }
    return store;
}

// How V8 names a wrong receiver: #<Constructor> for objects.
function receiverName(self) {
    if (!isObjectLike(self)) {
        return String(self);
    }
    var ctor = self.constructor;
    return '#<' + (typeof ctor === 'function' && ctor.name ? ctor.name :
        'Object') + '>';
}

function checkKind(self, kind, method) {
    if (!isObjectLike(self) || self[kKind] !== kind ||
            !hasOwn.call(self, kKind)) {
        throw new TypeError('Method ' + kind + '.prototype.' + method +
            ' called on incompatible receiver ' + receiverName(self));
    }
}

// has, delete, clear, forEach and size work the same for Map and Set: the
// kind only names the receiver in errors, and forEach hands a Map's
// callback the value where a Set's gets the key twice.
function defineStoreMethods(proto, kind) {
    defineMethods(proto, {
        has: function has(key) {
            var store = storeOf(this, kind, 'has');
            return typeof key === 'string' ?
                store.strings[key] !== undefined : store.find(key) !== null;
        },
        'delete': function (key) {
            checkKind(this, kind, 'delete');
            return this[kStore].remove(key);
        },
        clear: function clear() {
            checkKind(this, kind, 'clear');
            this[kStore].clear();
        },
        forEach: function forEach(callback, thisArg) {
            checkKind(this, kind, 'forEach');
            if (typeof callback !== 'function') {
                throw new TypeError(String(callback) + ' is not a function');
            }
            var store = this[kStore];
            var isMap = kind === 'Map';
            for (var e = store.after(null); e !== null; e = store.after(e)) {
                callback.call(thisArg, isMap ? e.value : e.key, e.key, this);
            }
        }
    });
    Object.defineProperty(proto, 'size', {
        get: function () {
            checkKind(this, kind, 'size');
            return this[kStore].size;
        },
        enumerable: false,
        configurable: true
    });
}

// --- Map --------------------------------------------------------------------

function Map(iterable) {
    if (!(this instanceof Map)) {
        throw new TypeError('Constructor Map requires \'new\'');
    }
    hidden(this, kKind, 'Map');
    hidden(this, kStore, new Store('Map'));
    if (iterable !== undefined && iterable !== null) {
        var self = this;
        forEachOf(iterable, function (pair) {
            if (!isObjectLike(pair)) {
                throw new TypeError('Iterator value ' + String(pair) +
                    ' is not an entry object');
            }
            self.set(pair[0], pair[1]);
        });
    }
}

defineMethods(Map.prototype, {
    get: function get(key) {
        var store = storeOf(this, 'Map', 'get');
        var entry = typeof key === 'string' ? store.strings[key] :
            store.find(key);
        return entry === null || entry === undefined ? undefined :
            entry.value;
    },
    set: function set(key, value) {
        storeOf(this, 'Map', 'set').add(key, value);
        return this;
    }
});
defineStoreMethods(Map.prototype, 'Map');
defineMethods(Map.prototype, {
    keys: function keys() {
        checkKind(this, 'Map', 'keys');
        return new StoreIterator(this[kStore], 'keys', 'Map Iterator');
    },
    values: function values() {
        checkKind(this, 'Map', 'values');
        return new StoreIterator(this[kStore], 'values', 'Map Iterator');
    },
    entries: function entries() {
        checkKind(this, 'Map', 'entries');
        return new StoreIterator(this[kStore], 'entries', 'Map Iterator');
    }
});

hidden(Map.prototype, Symbol.iterator, Map.prototype.entries);
Object.defineProperty(Map.prototype, Symbol.toStringTag, {
    value: 'Map', configurable: true
});

// --- Set --------------------------------------------------------------------

function Set(iterable) {
    if (!(this instanceof Set)) {
        throw new TypeError('Constructor Set requires \'new\'');
    }
    hidden(this, kKind, 'Set');
    hidden(this, kStore, new Store('Set'));
    if (iterable !== undefined && iterable !== null) {
        var self = this;
        forEachOf(iterable, function (value) {
            self.add(value);
        });
    }
}

defineMethods(Set.prototype, {
    add: function add(value) {
        storeOf(this, 'Set', 'add').add(value, value);
        return this;
    }
});
defineStoreMethods(Set.prototype, 'Set');
defineMethods(Set.prototype, {
    values: function values() {
        checkKind(this, 'Set', 'values');
        return new StoreIterator(this[kStore], 'keys', 'Set Iterator');
    },
    entries: function entries() {
        checkKind(this, 'Set', 'entries');
        return new StoreIterator(this[kStore], 'entries', 'Set Iterator');
    }
});

hidden(Set.prototype, 'keys', Set.prototype.values);
hidden(Set.prototype, Symbol.iterator, Set.prototype.values);
Object.defineProperty(Set.prototype, Symbol.toStringTag, {
    value: 'Set', configurable: true
});

// --- WeakMap and WeakSet ----------------------------------------------------

function checkWeakKey(key, kind) {
    if (!isObjectLike(key)) {
        throw new TypeError('Invalid value used ' + (kind === 'WeakSet' ?
            'in weak set' : 'as weak map key'));
    }
}

// Each weak collection has its own symbol; an entry is a property, under
// that symbol, of the key object. Frozen keys go to `strong`.
var WEAK_SLOT_NAME = 'Symbol(nodule.weak)';

function WeakStore() {
    this.slot = Symbol('nodule.weak');
    this.strong = [];
}

WeakStore.prototype.find = function (key) {
    for (var i = 0; i < this.strong.length; i++) {
        if (this.strong[i].key === key) {
            return i;
        }
    }
    return -1;
};

WeakStore.prototype.get = function (key) {
    if (hasOwn.call(key, this.slot)) {
        return key[this.slot];
    }
    var i = this.find(key);
    return i < 0 ? undefined : this.strong[i].value;
};

WeakStore.prototype.has = function (key) {
    return hasOwn.call(key, this.slot) || this.find(key) >= 0;
};

WeakStore.prototype.set = function (key, value) {
    if (hasOwn.call(key, this.slot)) {
        key[this.slot] = value;
    } else if (Object.isExtensible(key)) {
        hidden(key, this.slot, value);
    } else {
        var i = this.find(key);
        if (i < 0) {
            this.strong.push({ key: key, value: value });
        } else {
            this.strong[i].value = value;
        }
    }
};

WeakStore.prototype.remove = function (key) {
    if (hasOwn.call(key, this.slot)) {
        delete key[this.slot];
        return true;
    }
    var i = this.find(key);
    if (i < 0) {
        return false;
    }
    this.strong.splice(i, 1);
    return true;
};

function WeakMap(iterable) {
    if (!(this instanceof WeakMap)) {
        throw new TypeError('Constructor WeakMap requires \'new\'');
    }
    hidden(this, kKind, 'WeakMap');
    hidden(this, kStore, new WeakStore());
    if (iterable !== undefined && iterable !== null) {
        var self = this;
        forEachOf(iterable, function (pair) {
            self.set(pair[0], pair[1]);
        });
    }
}

defineMethods(WeakMap.prototype, {
    get: function get(key) {
        checkKind(this, 'WeakMap', 'get');
        return isObjectLike(key) ? this[kStore].get(key) : undefined;
    },
    set: function set(key, value) {
        checkKind(this, 'WeakMap', 'set');
        checkWeakKey(key, 'WeakMap');
        this[kStore].set(key, value);
        return this;
    },
    has: function has(key) {
        checkKind(this, 'WeakMap', 'has');
        return isObjectLike(key) && this[kStore].has(key);
    },
    'delete': function (key) {
        checkKind(this, 'WeakMap', 'delete');
        return isObjectLike(key) && this[kStore].remove(key);
    }
});
Object.defineProperty(WeakMap.prototype, Symbol.toStringTag, {
    value: 'WeakMap', configurable: true
});

function WeakSet(iterable) {
    if (!(this instanceof WeakSet)) {
        throw new TypeError('Constructor WeakSet requires \'new\'');
    }
    hidden(this, kKind, 'WeakSet');
    hidden(this, kStore, new WeakStore());
    if (iterable !== undefined && iterable !== null) {
        var self = this;
        forEachOf(iterable, function (value) {
            self.add(value);
        });
    }
}

defineMethods(WeakSet.prototype, {
    add: function add(value) {
        checkKind(this, 'WeakSet', 'add');
        checkWeakKey(value, 'WeakSet');
        this[kStore].set(value, true);
        return this;
    },
    has: function has(value) {
        checkKind(this, 'WeakSet', 'has');
        return isObjectLike(value) && this[kStore].has(value);
    },
    'delete': function (value) {
        checkKind(this, 'WeakSet', 'delete');
        return isObjectLike(value) && this[kStore].remove(value);
    }
});
Object.defineProperty(WeakSet.prototype, Symbol.toStringTag, {
    value: 'WeakSet', configurable: true
});

// 'Map', 'Set', 'WeakMap', 'WeakSet', 'Map Iterator', 'Set Iterator' for
// this module's objects, else undefined.
function kindOf(value) {
    if (isObjectLike(value) && hasOwn.call(value, kKind)) {
        return value[kKind];
    }
    return undefined;
}

function isInternalKey(key) {
    return key === kId || key === kKind || key === kStore || key === kIter ||
        String(key) === WEAK_SLOT_NAME;
}

module.exports = {
    Map: Map,
    Set: Set,
    WeakMap: WeakMap,
    WeakSet: WeakSet,
    kindOf: kindOf,
    previewIterator: previewIterator,
    iteratorKind: iteratorKind,
    isInternalKey: isInternalKey
};
