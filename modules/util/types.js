// util/types: util.types, as its own module id (Node 20).
module.exports = require('util').types;
