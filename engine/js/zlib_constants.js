/*
 * internal/zlib_constants: zlib.constants and zlib.codes, with the names
 * and order Node 20 lists.
 *
 * The Z_* values that zlib defines come from zlib.h, through the binding
 * (modules/zlib.c), so ZLIB_VERNUM is the version nodule really links
 * (Node reports its bundled copy's). The rest are Node's own numbers:
 * the modes, the option limits and the Brotli constants. nodule has no
 * Brotli; its constants are listed anyway, as Node lists them, because
 * programs read them without compressing anything.
 *
 * As in Node, every property is read-only and the objects stay
 * extensible; zlib.codes (name -> number and number -> name) is frozen.
 */
'use strict';

var zlibValues = internalBinding('zlib').constants;

var ZLIB_NAMES = [
    'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH',
    'Z_FINISH', 'Z_BLOCK', 'Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO',
    'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR',
    'Z_VERSION_ERROR', 'Z_NO_COMPRESSION', 'Z_BEST_SPEED',
    'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION', 'Z_FILTERED',
    'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED', 'Z_DEFAULT_STRATEGY', 'ZLIB_VERNUM'
];

// Node's own numbers, as [name, value] pairs in Node's order.
var NODE_VALUES = [
    ['DEFLATE', 1], ['INFLATE', 2], ['GZIP', 3], ['GUNZIP', 4],
    ['DEFLATERAW', 5], ['INFLATERAW', 6], ['UNZIP', 7],
    ['BROTLI_DECODE', 8], ['BROTLI_ENCODE', 9],
    ['Z_MIN_WINDOWBITS', 8], ['Z_MAX_WINDOWBITS', 15],
    ['Z_DEFAULT_WINDOWBITS', 15], ['Z_MIN_CHUNK', 64],
    ['Z_MAX_CHUNK', Infinity], ['Z_DEFAULT_CHUNK', 16384],
    ['Z_MIN_MEMLEVEL', 1], ['Z_MAX_MEMLEVEL', 9], ['Z_DEFAULT_MEMLEVEL', 8],
    ['Z_MIN_LEVEL', -1], ['Z_MAX_LEVEL', 9], ['Z_DEFAULT_LEVEL', -1]
];

// Brotli's numbers, from its headers as Node exports them.
var BROTLI_VALUES = [
    ['OPERATION_PROCESS', 0], ['OPERATION_FLUSH', 1],
    ['OPERATION_FINISH', 2], ['OPERATION_EMIT_METADATA', 3],
    ['PARAM_MODE', 0], ['MODE_GENERIC', 0], ['MODE_TEXT', 1],
    ['MODE_FONT', 2], ['DEFAULT_MODE', 0], ['PARAM_QUALITY', 1],
    ['MIN_QUALITY', 0], ['MAX_QUALITY', 11], ['DEFAULT_QUALITY', 11],
    ['PARAM_LGWIN', 2], ['MIN_WINDOW_BITS', 10], ['MAX_WINDOW_BITS', 24],
    ['LARGE_MAX_WINDOW_BITS', 30], ['DEFAULT_WINDOW', 22],
    ['PARAM_LGBLOCK', 3], ['MIN_INPUT_BLOCK_BITS', 16],
    ['MAX_INPUT_BLOCK_BITS', 24],
    ['PARAM_DISABLE_LITERAL_CONTEXT_MODELING', 4], ['PARAM_SIZE_HINT', 5],
    ['PARAM_LARGE_WINDOW', 6], ['PARAM_NPOSTFIX', 7], ['PARAM_NDIRECT', 8],
    ['DECODER_RESULT_ERROR', 0], ['DECODER_RESULT_SUCCESS', 1],
    ['DECODER_RESULT_NEEDS_MORE_INPUT', 2],
    ['DECODER_RESULT_NEEDS_MORE_OUTPUT', 3],
    ['DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION', 0],
    ['DECODER_PARAM_LARGE_WINDOW', 1], ['DECODER_NO_ERROR', 0],
    ['DECODER_SUCCESS', 1], ['DECODER_NEEDS_MORE_INPUT', 2],
    ['DECODER_NEEDS_MORE_OUTPUT', 3],
    ['DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE', -1],
    ['DECODER_ERROR_FORMAT_RESERVED', -2],
    ['DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE', -3],
    ['DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET', -4],
    ['DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME', -5],
    ['DECODER_ERROR_FORMAT_CL_SPACE', -6],
    ['DECODER_ERROR_FORMAT_HUFFMAN_SPACE', -7],
    ['DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT', -8],
    ['DECODER_ERROR_FORMAT_BLOCK_LENGTH_1', -9],
    ['DECODER_ERROR_FORMAT_BLOCK_LENGTH_2', -10],
    ['DECODER_ERROR_FORMAT_TRANSFORM', -11],
    ['DECODER_ERROR_FORMAT_DICTIONARY', -12],
    ['DECODER_ERROR_FORMAT_WINDOW_BITS', -13],
    ['DECODER_ERROR_FORMAT_PADDING_1', -14],
    ['DECODER_ERROR_FORMAT_PADDING_2', -15],
    ['DECODER_ERROR_FORMAT_DISTANCE', -16],
    ['DECODER_ERROR_DICTIONARY_NOT_SET', -19],
    ['DECODER_ERROR_INVALID_ARGUMENTS', -20],
    ['DECODER_ERROR_ALLOC_CONTEXT_MODES', -21],
    ['DECODER_ERROR_ALLOC_TREE_GROUPS', -22],
    ['DECODER_ERROR_ALLOC_CONTEXT_MAP', -25],
    ['DECODER_ERROR_ALLOC_RING_BUFFER_1', -26],
    ['DECODER_ERROR_ALLOC_RING_BUFFER_2', -27],
    ['DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES', -30],
    ['DECODER_ERROR_UNREACHABLE', -31]
];

function define(obj, name, value) {
    Object.defineProperty(obj, name, {
        value: value,
        enumerable: true,
        writable: false,
        configurable: false
    });
}

var constants = {};
var i;
for (i = 0; i < ZLIB_NAMES.length; i++) {
    define(constants, ZLIB_NAMES[i], zlibValues[ZLIB_NAMES[i]]);
}
for (i = 0; i < NODE_VALUES.length; i++) {
    define(constants, NODE_VALUES[i][0], NODE_VALUES[i][1]);
}
for (i = 0; i < BROTLI_VALUES.length; i++) {
    define(constants, 'BROTLI_' + BROTLI_VALUES[i][0], BROTLI_VALUES[i][1]);
}

// zlib.codes: each result code by name, and each name by code.
var CODE_NAMES = ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO',
    'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR',
    'Z_VERSION_ERROR'];
var codes = {};
for (i = 0; i < CODE_NAMES.length; i++) {
    codes[CODE_NAMES[i]] = constants[CODE_NAMES[i]];
}
for (i = 0; i < CODE_NAMES.length; i++) {
    codes[constants[CODE_NAMES[i]]] = CODE_NAMES[i];
}
Object.freeze(codes);

module.exports = { constants: constants, codes: codes };
