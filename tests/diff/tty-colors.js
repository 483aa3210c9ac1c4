// tty.WriteStream's colour depth from the environment (getColorDepth and
// hasColors take an env object, so no terminal is needed).
'use strict';
var W = require('tty').WriteStream.prototype;
var envs = [
    {}, { TERM: 'xterm' }, { TERM: 'xterm-256color' },
    { TERM: 'screen-256color' }, { TERM: 'screen' }, { TERM: 'linux' },
    { TERM: 'vt100' }, { TERM: 'vt220' }, { TERM: 'rxvt-unicode' },
    { TERM: 'rxvt-unicode-24bit' }, { TERM: 'mosh' }, { TERM: 'XTERM' },
    { TERM: 'cons25' }, { TERM: 'con80x25' }, { TERM: 'ansi' },
    { TERM: 'dumb' }, { TERM: 'foo-truecolor' }, { TERM: 'weird' },
    { TERM: 'putty' }, { TERM: 'st' }, { TERM: 'konsole' },
    { TERM: 'terminator' }, { TERM: 'eterm-color' },
    { COLORTERM: 'truecolor' }, { COLORTERM: '24bit' },
    { COLORTERM: 'yes' }, { COLORTERM: 'yes', TERM: 'weird' },
    { NO_COLOR: '' }, { NO_COLOR: '1', TERM: 'xterm' },
    { NODE_DISABLE_COLORS: '1', TERM: 'xterm' },
    { FORCE_COLOR: '0', TERM: 'xterm' }, { FORCE_COLOR: '' },
    { FORCE_COLOR: '1' }, { FORCE_COLOR: 'true' }, { FORCE_COLOR: '2' },
    { FORCE_COLOR: '3' }, { FORCE_COLOR: '4' }, { FORCE_COLOR: 'false' },
    { TMUX: 'x' }, { TMUX: 'x', TERM: 'dumb' }, { CI: '1' },
    { CI: '1', GITHUB_ACTIONS: '1' }, { CI: '1', CI_NAME: 'codeship' },
    { CI: '1', TERM: 'xterm-256color' }, { TERM_PROGRAM: 'iTerm.app' },
    { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1' },
    { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' },
    { TERM_PROGRAM: 'Apple_Terminal' }, { TERM_PROGRAM: 'HyperTerm' },
    { TERM_PROGRAM: 'MacTerm' }
];
envs.forEach(function (env) {
    console.log(JSON.stringify(env), W.getColorDepth(env), W.hasColors(env),
        W.hasColors(256, env), W.hasColors(2, env),
        W.hasColors(16777216, env));
});
[1, 2.5, NaN, '16', -1].forEach(function (count) {
    try {
        W.hasColors(count, {});
        console.log('no error for', count);
    } catch (err) {
        console.log(err.name, err.code, err.message);
    }
});
