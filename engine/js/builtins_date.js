/*
 * internal/builtins_date: Date's string forms as ECMAScript 2018+ defines
 * them and V8 prints them, and Date.parse / new Date(string) for the
 * formats V8 accepts besides ISO 8601.
 *
 * Duktape 2.7 follows ES5.1, where these were implementation-defined: its
 * toString() is "2024-02-09 03:04:05.006+00:00", toUTCString() is
 * "2024-02-09 03:04:05.006Z", and its parser reads only ISO 8601 and its
 * own format. Programs and packages print dates with these methods (the
 * `debug` package prefixes lines with toUTCString()) and read HTTP dates
 * ("Fri, 09 Feb 2024 03:04:05 GMT") with new Date(string), so nodule
 * gives them Node's behaviour:
 *
 * - toString, toDateString, toTimeString, toUTCString (and toGMTString)
 *   in the spec's format. The time zone name V8 appends in parentheses
 *   comes from ICU; nodule knows only the offset, so it writes
 *   "(Coordinated Universal Time)" at offset zero and no name otherwise.
 * - toLocaleString, toLocaleDateString, toLocaleTimeString without
 *   arguments (or with locale 'en-US'/'en' and at most the option
 *   timeZone: 'UTC') in the en-US form: "2/9/2024, 3:04:05 AM". Other
 *   locales and options keep the engine's form; there is no Intl.
 * - Date.parse, and the Date constructor given a string, try the engine's
 *   ISO parser first and then a tolerant parser for the legacy forms:
 *   toString/toUTCString output, RFC 2822, "Feb 9, 2024 3:04 PM",
 *   "2/9/2024", "2024/02/09 03:04:05", with GMT/UTC/Z, +hhmm offsets and
 *   the US zone names V8 knows. An ISO date-time without an offset is
 *   local time (ES2016), not UTC as in ES5.1.
 *
 * internal/builtins makes the global `Date` a getter that calls install()
 * the first time it is read, so a program that never touches dates never
 * loads this module. install() replaces the methods and the global.
 */
'use strict';

var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
    'Sep', 'Oct', 'Nov', 'Dec'];
// Zones V8's legacy parser knows, in minutes east of UTC.
var ZONES = {
    ut: 0, utc: 0, gmt: 0, z: 0,
    edt: -240, est: -300, cdt: -300, cst: -360,
    mdt: -360, mst: -420, pdt: -420, pst: -480
};

// Set by install(): the engine's Date, its getTime and parser, and its
// original locale methods. (Reading the global Date here would call the
// getter that is loading this module.)
var NativeDate = null;
var nativeGetTime = null;
var nativeParse = null;
var native = {};

function pad(n, width) {
    var s = String(n);
    while (s.length < width) {
        s = '0' + s;
    }
    return s;
}

function year(y) {
    return (y < 0 ? '-' : '') + pad(Math.abs(y), 4);
}

// The time value of a Date; throws TypeError for anything else.
function timeOf(d) {
    return nativeGetTime.call(d);
}

function invalid(d) {
    var t = timeOf(d);
    return t !== t;
}

// --- formatting ---------------------------------------------------------

function dateString(d) {
    return DAYS[d.getDay()] + ' ' + MONTHS[d.getMonth()] + ' ' +
        pad(d.getDate(), 2) + ' ' + year(d.getFullYear());
}

function timeString(d) {
    var offset = -d.getTimezoneOffset();
    var abs = Math.abs(offset);
    return pad(d.getHours(), 2) + ':' + pad(d.getMinutes(), 2) + ':' +
        pad(d.getSeconds(), 2) + ' GMT' + (offset < 0 ? '-' : '+') +
        pad(Math.floor(abs / 60), 2) + pad(abs % 60, 2) +
        (offset === 0 ? ' (Coordinated Universal Time)' : '');
}

var formats = {
    toString: function toString() {
        return invalid(this) ? 'Invalid Date' :
            dateString(this) + ' ' + timeString(this);
    },
    toDateString: function toDateString() {
        return invalid(this) ? 'Invalid Date' :
            dateString(this);
    },
    toTimeString: function toTimeString() {
        return invalid(this) ? 'Invalid Date' :
            timeString(this);
    },
    toUTCString: function toUTCString() {
        if (invalid(this)) {
            return 'Invalid Date';
        }
        return DAYS[this.getUTCDay()] + ', ' + pad(this.getUTCDate(), 2) +
            ' ' + MONTHS[this.getUTCMonth()] + ' ' +
            year(this.getUTCFullYear()) + ' ' + pad(this.getUTCHours(), 2) +
            ':' + pad(this.getUTCMinutes(), 2) + ':' +
            pad(this.getUTCSeconds(), 2) + ' GMT';
    }
};

// The fields of d for en-US, in local time or UTC; null when the
// arguments ask for something only Intl could do.
function localeFields(d, locales, options) {
    if (locales !== undefined && locales !== 'en-US' && locales !== 'en' &&
            !(Array.isArray(locales) && locales.length === 0)) {
        return null;
    }
    var utc = false;
    if (options !== undefined) {
        var keys = Object.keys(Object(options));
        var zone = options.timeZone;
        if (keys.length > 1 || (keys.length === 1 && keys[0] !== 'timeZone') ||
                (zone !== undefined &&
                    !/^(utc|etc\/utc|gmt|etc\/gmt)$/i.test(String(zone)))) {
            return null;
        }
        utc = zone !== undefined;
    }
    var h = utc ? d.getUTCHours() : d.getHours();
    return {
        date: (utc ? d.getUTCMonth() : d.getMonth()) + 1 + '/' +
            (utc ? d.getUTCDate() : d.getDate()) + '/' +
            (utc ? d.getUTCFullYear() : d.getFullYear()),
        time: (h % 12 || 12) + ':' +
            pad(utc ? d.getUTCMinutes() : d.getMinutes(), 2) + ':' +
            pad(utc ? d.getUTCSeconds() : d.getSeconds(), 2) +
            (h < 12 ? ' AM' : ' PM')
    };
}

function localeMethod(name, pick) {
    var method = function () {
        if (invalid(this)) {
            return 'Invalid Date';
        }
        var f = localeFields(this, arguments[0], arguments[1]);
        return f === null ? native[name].apply(this, arguments) : pick(f);
    };
    Object.defineProperty(method, 'name', { value: name,
        configurable: true });
    return method;
}

var localeFormats = {
    toLocaleString: localeMethod('toLocaleString', function (f) {
        return f.date + ', ' + f.time;
    }),
    toLocaleDateString: localeMethod('toLocaleDateString', function (f) {
        return f.date;
    }),
    toLocaleTimeString: localeMethod('toLocaleTimeString', function (f) {
        return f.time;
    })
};

// --- the legacy parser --------------------------------------------------

// Split a date string into numbers, words and signs; comments in
// parentheses are dropped. Returns null on a character V8 rejects.
function tokenize(s) {
    var tokens = [];
    var i = 0;
    var depth = 0;
    while (i < s.length) {
        var c = s.charAt(i);
        var m;
        if (depth > 0 || c === '(') {
            depth += c === '(' ? 1 : c === ')' ? -1 : 0;
            i++;
        } else if ((m = /^\d+/.exec(s.slice(i))) !== null) {
            tokens.push({ kind: 'number', text: m[0], value: Number(m[0]) });
            i += m[0].length;
        } else if ((m = /^[A-Za-z]+/.exec(s.slice(i))) !== null) {
            tokens.push({ kind: 'word', text: m[0].toLowerCase() });
            i += m[0].length;
        } else if ('+-:/.'.indexOf(c) >= 0) {
            tokens.push({ kind: 'sign', text: c });
            i++;
        } else if (/[\s,]/.test(c)) {
            i++;
        } else {
            return null;
        }
    }
    return tokens;
}

function monthIndex(word) {
    var i;
    if (word.length < 3) {
        return -1;
    }
    for (i = 0; i < 12; i++) {
        if (MONTHS[i].toLowerCase() === word.slice(0, 3)) {
            return i;
        }
    }
    return -1;
}

function isDay(word) {
    return word.length >= 3 && DAYS.some(function (d) {
        return d.toLowerCase() === word.slice(0, 3);
    });
}

/*
 * Read the tokens into date numbers, a time, a month name, AM/PM and an
 * offset. Returns null for a string V8 would reject.
 */
function readFields(tokens) {
    var f = { numbers: [], month: -1, time: null, ampm: '', offset: null };
    var i = 0;
    var t;
    var next;
    while (i < tokens.length) {
        t = tokens[i];
        next = tokens[i + 1];
        if (t.kind === 'number' && next && next.text === ':' && !f.time) {
            // h:mm[:ss[.fff]]
            var parts = [t.value];
            i++;
            while (i < tokens.length && (tokens[i].text === ':' ||
                    tokens[i].text === '.') && tokens[i + 1] &&
                    tokens[i + 1].kind === 'number' && parts.length < 4) {
                parts.push(tokens[i].text === '.' ?
                    Number(('0.' + tokens[i + 1].text)) * 1000 :
                    tokens[i + 1].value);
                i += 2;
            }
            if (parts.length < 2) {
                return null;
            }
            f.time = [parts[0], parts[1], parts[2] || 0,
                Math.floor(parts[3] || 0)];
            continue;
        }
        if ((t.text === '+' || t.text === '-') && next &&
                next.kind === 'number' && (f.time || f.offset !== null)) {
            // +hhmm, +hh, +hh:mm after a time or a zone name.
            var hours = next.value;
            var minutes = 0;
            i += 2;
            if (next.text.length > 2) {
                hours = Math.floor(next.value / 100);
                minutes = next.value % 100;
            } else if (tokens[i] && tokens[i].text === ':' && tokens[i + 1] &&
                    tokens[i + 1].kind === 'number') {
                minutes = tokens[i + 1].value;
                i += 2;
            }
            f.offset = (f.offset || 0) +
                (t.text === '-' ? -1 : 1) * (hours * 60 + minutes);
            continue;
        }
        i++;
        if (t.kind === 'number') {
            f.numbers.push(t);
        } else if (t.kind === 'word') {
            if (t.text === 'am' || t.text === 'pm') {
                f.ampm = t.text;
            } else if (Object.prototype.hasOwnProperty.call(ZONES, t.text)) {
                f.offset = ZONES[t.text];
            } else if (monthIndex(t.text) >= 0 && f.month < 0) {
                f.month = monthIndex(t.text);
            } else if (t.text === 't' && f.numbers.length > 0) {
                continue;
            } else if (!isDay(t.text) && f.numbers.length > 0) {
                // V8 ignores unknown words only before the first number.
                return null;
            }
        }
    }
    return f;
}

// Year, month (0-11) and day from the date numbers.
function resolveDate(f) {
    var n = f.numbers;
    var y;
    var m;
    var d;
    if (f.month >= 0) {
        m = f.month;
        if (n.length === 1 && n[0].value > 31) {
            y = n[0];
            d = 1;
        } else if (n.length === 1) {
            d = n[0].value;
            y = 2001;
        } else if (n.length === 2) {
            if (n[0].text.length >= 3 || n[0].value > 31) {
                y = n[0];
                d = n[1].value;
            } else {
                d = n[0].value;
                y = n[1];
            }
        } else {
            return null;
        }
    } else if (n.length === 3) {
        if (n[0].text.length >= 3 || n[0].value > 31) {
            y = n[0];
            m = n[1].value - 1;
            d = n[2].value;
        } else {
            m = n[0].value - 1;
            d = n[1].value;
            y = n[2];
        }
    } else if (n.length === 1 && n[0].value > 31) {
        y = n[0];
        m = 0;
        d = 1;
    } else {
        return null;
    }
    if (typeof y !== 'number') {
        // As in V8, years 0-49 are 2000-2049 and 50-99 are 1950-1999.
        y = y.value < 100 ? (y.value < 50 ? 2000 : 1900) + y.value : y.value;
    }
    if (m < 0 || m > 11 || d < 1 || d > 31) {
        return null;
    }
    return [y, m, d];
}

function legacyParse(s) {
    var tokens = tokenize(s);
    var f = tokens && readFields(tokens);
    var date = f && resolveDate(f);
    if (!date) {
        return NaN;
    }
    var time = f.time || [0, 0, 0, 0];
    var h = time[0];
    if (f.ampm) {
        if (h < 1 || h > 12) {
            return NaN;
        }
        h = h % 12 + (f.ampm === 'pm' ? 12 : 0);
    }
    if (h > 24 || time[1] > 59 || time[2] > 59 ||
            (h === 24 && (time[1] || time[2] || time[3]))) {
        return NaN;
    }
    var d = new NativeDate(0);
    if (f.offset === null) {
        d.setFullYear(date[0], date[1], date[2]);
        d.setHours(h, time[1], time[2], time[3]);
        return d.getTime();
    }
    d.setUTCFullYear(date[0], date[1], date[2]);
    d.setUTCHours(h, time[1], time[2], time[3]);
    return d.getTime() - f.offset * 60000;
}

// An ISO 8601 date-time without an offset (or with a space for the T, as
// V8 accepts) is local time since ES2016; Duktape reads it as UTC, as
// ES5.1 said. Date-only forms stay UTC.
var ISO_LOCAL = /^[+-]?\d{4,6}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?$/;

function parse(string) {
    var s = String(string);
    var t = nativeParse(s);
    if (t !== t) {
        return legacyParse(s);
    }
    if (ISO_LOCAL.test(s)) {
        var utc = new NativeDate(t);
        var d = new NativeDate(0);
        d.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(),
            utc.getUTCDate());
        d.setHours(utc.getUTCHours(), utc.getUTCMinutes(),
            utc.getUTCSeconds(), utc.getUTCMilliseconds());
        return d.getTime();
    }
    return t;
}

// --- the constructor and install() --------------------------------------

// The time value one argument gives: a Date's own (ES2015; ES5.1 went
// through its string form), else its primitive value, parsed if a string.
function fromOne(value) {
    if (value !== null && typeof value === 'object') {
        try {
            return timeOf(value);
        } catch (e) {
            var prim = value.valueOf();
            value = prim !== null && typeof prim === 'object' ?
                String(value) : prim;
        }
    }
    return typeof value === 'string' ? parse(value) : Number(value);
}

function makeDate() {
    // Seven named parameters: Date.length is 7.
    function Date(year, month, day, hours, minutes, seconds, ms) {
        var a = arguments;
        if (!(this instanceof Date)) {
            return new NativeDate().toString();
        }
        switch (a.length) {
        case 0:
            return new NativeDate();
        case 1:
            return new NativeDate(fromOne(a[0]));
        case 2:
            return new NativeDate(a[0], a[1]);
        case 3:
            return new NativeDate(a[0], a[1], a[2]);
        case 4:
            return new NativeDate(a[0], a[1], a[2], a[3]);
        case 5:
            return new NativeDate(a[0], a[1], a[2], a[3], a[4]);
        case 6:
            return new NativeDate(a[0], a[1], a[2], a[3], a[4], a[5]);
        default:
            return new NativeDate(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
        }
    }
    return Date;
}

function define(target, name, value) {
    Object.defineProperty(target, name, {
        value: value, writable: true, configurable: true, enumerable: false
    });
}

// Replace the string methods of engineDate.prototype and make the
// wrapper the global Date; returns the wrapper.
function install(global, engineDate) {
    var proto = engineDate.prototype;
    var key;
    NativeDate = engineDate;
    nativeGetTime = proto.getTime;
    nativeParse = engineDate.parse;
    for (key in formats) {
        if (Object.prototype.hasOwnProperty.call(formats, key)) {
            define(proto, key, formats[key]);
        }
    }
    define(proto, 'toGMTString', formats.toUTCString);
    for (key in localeFormats) {
        if (Object.prototype.hasOwnProperty.call(localeFormats, key)) {
            native[key] = proto[key];
            define(proto, key, localeFormats[key]);
        }
    }
    var Date = makeDate();
    delete Date.fileName; // Duktape's own; Node's Date has none
    Object.defineProperty(Date, 'prototype', { value: proto,
        writable: false, enumerable: false, configurable: false });
    define(proto, 'constructor', Date);
    define(Date, 'parse', parse);
    define(Date, 'UTC', engineDate.UTC);
    define(Date, 'now', engineDate.now);
    define(global, 'Date', Date);
    return Date;
}

exports.install = install;
