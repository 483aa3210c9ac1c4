// path edge cases on both posix and win32.
var path = require('path');
var inputs = ['', '.', '..', '/', '//', '///a//b/', 'a/b/../../..', '/a/b/c/',
    'a/./b/.', '../../x', 'C:\\', 'C:', 'C:foo\\..\\bar', '\\\\server\\share\\x',
    '\\\\?\\C:\\x', 'a\\b/c', '.hidden', 'file.tar.gz', 'noext.', '..x'];
['posix', 'win32'].forEach(function (flavour) {
    var p = path[flavour];
    inputs.forEach(function (s) {
        console.log(flavour, JSON.stringify(s), JSON.stringify([
            p.normalize(s), p.dirname(s), p.basename(s), p.extname(s),
            p.isAbsolute(s), p.join(s, 'x', '..', 'y'),
            p.relative('/a/b', p.join('/x', s)), p.parse(s)]));
    });
    console.log(flavour, p.format({ dir: '/d', name: 'n', ext: '.e' }),
        p.format({ root: '/', base: 'b' }), p.sep, p.delimiter);
});
