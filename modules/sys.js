// sys: the deprecated old name of util, kept by Node 20 for old packages.
module.exports = require('util');
