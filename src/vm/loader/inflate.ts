// zlib stream decoder: RFC 1950 wrapper around RFC 1951 deflate data, with the
// Adler-32 trailer checked. Device code: ES5 + typed arrays, no recursion.
//
// Huffman codes are decoded canonically (count of codes per length + symbols
// sorted by code), which needs no large lookup tables: the device has little RAM.
// Every read is bounds-checked; a malformed stream throws
// Error("corrupt zlib stream: ...") and never loops: each loop iteration either
// consumes input bits or produces output bytes, and both are bounded.

var MAX_BITS = 15;
var MAX_LIT_CODES = 286; // 0..285 used by the format
var MAX_DIST_CODES = 30;

// Base values and extra bits for length symbols 257..285 and distance symbols 0..29.
var LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
var LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
var DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577];
var DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
// Order in which code-length code lengths are stored in a dynamic block header.
var CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

// A canonical Huffman code: counts[len] = number of codes of that length,
// symbols = symbols ordered by (length, symbol).
interface Huffman {
    counts: Uint16Array;
    symbols: Uint16Array;
}

function corrupt(msg: string): Error {
    return new Error('corrupt zlib stream: ' + msg);
}

// Builds a canonical code from code lengths lengths[0..n-1].
// kind 0: code-length code (must be complete); kind 1: literal/length or distance
// code (may be incomplete only when it has a single code of length 1, as zlib allows).
function buildHuffman(lengths: Uint8Array, n: number, kind: number, what: string): Huffman {
    var counts = new Uint16Array(MAX_BITS + 1);
    var symbols = new Uint16Array(n);
    var offs = new Uint16Array(MAX_BITS + 2);
    var i: number;
    var len: number;
    for (i = 0; i < n; i++) counts[lengths[i]]++;
    counts[0] = 0;
    var left = 1;
    var maxLen = 0;
    for (len = 1; len <= MAX_BITS; len++) {
        left = left * 2 - counts[len];
        if (left < 0) throw corrupt('over-subscribed ' + what + ' code');
        if (counts[len] > 0) maxLen = len;
    }
    if (left > 0 && (kind === 0 || maxLen > 1)) throw corrupt('incomplete ' + what + ' code');
    offs[1] = 0;
    for (len = 1; len <= MAX_BITS; len++) offs[len + 1] = offs[len] + counts[len];
    for (i = 0; i < n; i++) {
        if (lengths[i] !== 0) symbols[offs[lengths[i]]++] = i;
    }
    return { counts: counts, symbols: symbols };
}

var fixedLit: Huffman | null = null;
var fixedDist: Huffman | null = null;

function adler32(buf: Uint8Array, len: number): number {
    var a = 1;
    var b = 0;
    var i = 0;
    while (i < len) {
        var end = i + 5552;
        if (end > len) end = len;
        for (; i < end; i++) {
            a += buf[i];
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return b * 65536 + a;
}

/**
 * Decodes a zlib stream. When expectedSize is given the output must have exactly
 * that many bytes (and decoding stops with an error as soon as it would exceed it).
 */
export function inflate(data: Uint8Array, expectedSize?: number): Uint8Array {
    var inLen = data.length;
    if (inLen < 2) throw corrupt('too short for a zlib header');
    var cmf = data[0];
    var flg = data[1];
    if ((cmf & 15) !== 8) throw corrupt('compression method ' + (cmf & 15) + ' is not deflate');
    if ((cmf >> 4) > 7) throw corrupt('window size field ' + (cmf >> 4) + ' is invalid');
    if ((cmf * 256 + flg) % 31 !== 0) throw corrupt('header check bits are wrong');
    if (flg & 0x20) throw corrupt('preset dictionaries are not supported');

    var limit = -1;
    var cap: number;
    if (expectedSize !== undefined) {
        if (!(expectedSize >= 0) || expectedSize !== Math.floor(expectedSize) || expectedSize > 0x7fffffff) {
            throw corrupt('bad expected size ' + expectedSize);
        }
        limit = expectedSize;
        cap = expectedSize;
    } else {
        cap = inLen * 4;
        if (cap < 1024) cap = 1024;
    }
    var out = new Uint8Array(cap);
    var outPos = 0;

    var pos = 2;
    var bitBuf = 0;
    var bitCnt = 0;

    // Makes room for n more output bytes.
    function grow(n: number): void {
        var need = outPos + n;
        if (limit >= 0) {
            if (need > limit) throw corrupt('output exceeds the expected ' + limit + ' bytes');
            return;
        }
        if (need <= out.length) return;
        var newCap = out.length * 2;
        while (newCap < need) newCap *= 2;
        var bigger = new Uint8Array(newCap);
        bigger.set(out.subarray(0, outPos));
        out = bigger;
    }

    function bits(n: number): number {
        while (bitCnt < n) {
            if (pos >= inLen) throw corrupt('unexpected end of input');
            bitBuf |= data[pos++] << bitCnt;
            bitCnt += 8;
        }
        var v = bitBuf & ((1 << n) - 1);
        bitBuf >>>= n;
        bitCnt -= n;
        return v;
    }

    function decodeSym(h: Huffman): number {
        var code = 0;
        var first = 0;
        var index = 0;
        var counts = h.counts;
        for (var len = 1; len <= MAX_BITS; len++) {
            if (bitCnt === 0) {
                if (pos >= inLen) throw corrupt('unexpected end of input');
                bitBuf = data[pos++];
                bitCnt = 8;
            }
            code |= bitBuf & 1;
            bitBuf >>>= 1;
            bitCnt--;
            var count = counts[len];
            if (code - first < count) return h.symbols[index + code - first];
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        throw corrupt('invalid Huffman code');
    }

    var lengths = new Uint8Array(MAX_LIT_CODES + MAX_DIST_CODES);
    var last = 0;
    while (!last) {
        last = bits(1);
        var type = bits(2);
        if (type === 0) {
            // Stored block: drop the rest of the current byte.
            bitBuf = 0;
            bitCnt = 0;
            if (pos + 4 > inLen) throw corrupt('unexpected end of input');
            var len = data[pos] | (data[pos + 1] << 8);
            var nlen = data[pos + 2] | (data[pos + 3] << 8);
            pos += 4;
            if (len !== (~nlen & 0xffff)) throw corrupt('stored block length check failed');
            if (pos + len > inLen) throw corrupt('unexpected end of input');
            grow(len);
            out.set(data.subarray(pos, pos + len), outPos);
            outPos += len;
            pos += len;
            continue;
        }
        var lit: Huffman;
        var dist: Huffman;
        if (type === 1) {
            if (fixedLit === null || fixedDist === null) {
                var fl = new Uint8Array(288);
                var k: number;
                for (k = 0; k < 144; k++) fl[k] = 8;
                for (; k < 256; k++) fl[k] = 9;
                for (; k < 280; k++) fl[k] = 7;
                for (; k < 288; k++) fl[k] = 8;
                fixedLit = buildHuffman(fl, 288, 1, 'literal/length');
                // 32 codes of 5 bits (30 and 31 are invalid when used) make a complete code.
                var fd = new Uint8Array(32);
                for (k = 0; k < 32; k++) fd[k] = 5;
                fixedDist = buildHuffman(fd, 32, 1, 'distance');
            }
            lit = fixedLit;
            dist = fixedDist;
        } else if (type === 2) {
            var nlit = bits(5) + 257;
            var ndist = bits(5) + 1;
            var ncode = bits(4) + 4;
            if (nlit > MAX_LIT_CODES) throw corrupt('too many literal/length codes (' + nlit + ')');
            if (ndist > MAX_DIST_CODES) throw corrupt('too many distance codes (' + ndist + ')');
            var clLens = new Uint8Array(19);
            var j: number;
            for (j = 0; j < ncode; j++) clLens[CL_ORDER[j]] = bits(3);
            var clCode = buildHuffman(clLens, 19, 0, 'code length');
            var total = nlit + ndist;
            for (j = 0; j < total; j++) lengths[j] = 0;
            j = 0;
            while (j < total) {
                var sym = decodeSym(clCode);
                if (sym < 16) {
                    lengths[j++] = sym;
                    continue;
                }
                var rep: number;
                var val = 0;
                if (sym === 16) {
                    if (j === 0) throw corrupt('repeated code length with no previous length');
                    val = lengths[j - 1];
                    rep = 3 + bits(2);
                } else if (sym === 17) {
                    rep = 3 + bits(3);
                } else {
                    rep = 11 + bits(7);
                }
                if (j + rep > total) throw corrupt('code lengths overflow the code tables');
                while (rep-- > 0) lengths[j++] = val;
            }
            if (lengths[256] === 0) throw corrupt('no end-of-block code');
            lit = buildHuffman(lengths.subarray(0, nlit), nlit, 1, 'literal/length');
            dist = buildHuffman(lengths.subarray(nlit, total), ndist, 1, 'distance');
        } else {
            throw corrupt('reserved block type 3');
        }
        // Decode the compressed data of this block.
        for (;;) {
            var s = decodeSym(lit);
            if (s < 256) {
                if (outPos >= out.length) grow(1);
                out[outPos++] = s;
                continue;
            }
            if (s === 256) break;
            s -= 257;
            if (s >= 29) throw corrupt('invalid length symbol ' + (s + 257));
            var length = LEN_BASE[s] + bits(LEN_EXTRA[s]);
            var ds = decodeSym(dist);
            if (ds >= 30) throw corrupt('invalid distance symbol ' + ds);
            var distance = DIST_BASE[ds] + bits(DIST_EXTRA[ds]);
            if (distance > outPos) throw corrupt('distance ' + distance + ' is too far back');
            grow(length);
            var from = outPos - distance;
            for (var c = 0; c < length; c++) out[outPos++] = out[from + c];
        }
    }
    // Adler-32 trailer, big-endian, on a byte boundary.
    bitBuf = 0;
    bitCnt = 0;
    if (pos + 4 > inLen) throw corrupt('missing Adler-32 checksum');
    var want = data[pos] * 16777216 + (data[pos + 1] << 16 | data[pos + 2] << 8 | data[pos + 3]);
    var got = adler32(out, outPos);
    if (want !== got) throw corrupt('Adler-32 checksum mismatch');
    if (limit >= 0 && outPos !== limit) {
        throw corrupt('output has ' + outPos + ' bytes but ' + limit + ' were expected');
    }
    return out.subarray(0, outPos);
}
