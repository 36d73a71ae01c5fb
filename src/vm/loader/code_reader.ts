// Decoder for the instruction stream of a BEAM Code chunk: opcode bytes followed
// by operands in the compact term encoding. Device code (ES5 + typed arrays, no
// recursion: a list operand's elements are read by a loop).
//
// Compact term encoding, first byte b: tag = b & 7 (u i a x y f h z).
//   b & 0x08 == 0: value = b >> 4
//   b & 0x10 == 0: value = (b >> 5) << 8 | next byte
//   otherwise:     n = (b >> 5) + 2 bytes follow (2..8), or when b >> 5 == 7 the
//                  byte count minus 9 follows as a u-tagged value (itself in one
//                  of these forms); the bytes are
//                  a big-endian number (two's complement for tag i).
// Tag z (extended): value 0 old float (8 bytes IEEE follow), 1 list (u count,
// then that many operands), 2 float register (u), 3 allocation list (u count,
// then count pairs of u kind (0 words, 1 floats, 2 funs) and u number),
// 4 literal (u index), 5 typed register (x or y operand, then u type index).
//
// codeBegin / codeNext decode one instruction at a time into a Decoder's typed
// arrays (T, V: one slot per operand; no object per operand). Espruino runs JS from
// its source text and lexes the whole body of a function at every call and a
// loop's body at every iteration, so the per-instruction and per-operand paths
// are kept short and everything rare (multi-byte numbers, extended operands,
// errors) is in functions of its own. Their state is in the Decoder, not in
// module variables: Espruino finds a module variable by a linear search of the
// bundle's ~1,000 top-level names, an object's property among a dozen. readCode
// gives the same instructions as Operand objects (tools and tests).

import { BeamFile, hex, printable } from './beam';
import { opcodeArities, opcodeName } from './opcodes';

export const enum OT {
    U = 0, I = 1, A = 2, X = 3, Y = 4, F = 5, H = 6, FR = 7, LIST = 8, ALLOC = 9, LIT = 10, FLOAT = 11,
    /** slot tags only (opT): a typed x / y register (its type index in opX) */
    TX = 12, TY = 13,
}

export interface Operand {
    t: OT;
    /** value; A: 1-based atom index (0 = nil); F: label (0 = none); LIT: literal index;
     *  I: the integer when |v| < 2^53, else an approximation (see big); ALLOC: words */
    v: number;
    /** for I when |v| >= 2^53: the integer as two's complement big-endian bytes */
    big?: Uint8Array;
    /** for LIST: the elements */
    list?: Operand[];
    /** for ALLOC */
    alloc?: { words: number; floats: number; funs: number };
    /** type index for typed registers (X/Y) */
    type?: number;
    /** FLOAT value */
    f?: number;
}

/** Largest x/y/fr register number accepted (OTP's limit is 1024 registers). */
export var MAX_REG = 1023;

var TWO53 = 9007199254740992;

/**
 * A decoder over one module's code, with the instruction codeNext decoded last. Its operands
 * are slots 0..n-1: one slot per operand, except a list operand: a LIST slot holding the
 * length, then one slot per element. (Short names: Espruino compares up to 4 chars at once.)
 */
export interface Decoder {
    /** the code */
    c: Uint8Array;
    /** byte offset of the next instruction */
    p: number;
    /** the code's length */
    e: number;
    /** tag of each slot (OT) */
    T: Uint8Array;
    /** value of each slot (Operand.v) */
    V: Float64Array;
    /** number of slots */
    n: number;
    /** byte offset of the instruction's opcode */
    at: number;
    /** highest value allowed for each tag u i a x y f h (z: -1: never stored by codeNext) */
    L: Float64Array;
    /** operand count of each opcode byte (255: no such opcode) */
    A: Uint8Array;
    /** more about a slot, set only for: I with |v| >= 2^53 (Operand.big), ALLOC (Operand.alloc),
     *  FLOAT (Operand.f), TX / TY (the type index) */
    X: any[];
    /** the function being decoded, for messages */
    fn: string;
    beam: BeamFile;
    dv: DataView | null;
}

/** A decoder at the first instruction of beam.code. */
export function codeBegin(beam: BeamFile): Decoder {
    var L = new Float64Array(8);
    L[0] = L[1] = L[6] = Infinity;
    L[7] = -1;
    L[2] = beam.atoms.length - 1;
    L[3] = L[4] = MAX_REG;
    L[5] = beam.labelCount > 0 ? beam.labelCount - 1 : 0;
    return {
        c: beam.code, p: 0, e: beam.code.length, T: new Uint8Array(32), V: new Float64Array(32), n: 0, at: 0, L: L,
        A: opcodeArities(), X: [], fn: '', beam: beam, dv: null,
    };
}

/**
 * Decodes the next instruction into d (T, V, X, n, at) and returns its opcode; not to be called
 * after int_code_end (3). Throws Error("<file>: <module>: ...") naming the offset (and function)
 * on unknown opcodes, truncated or malformed operands and out-of-range indexes.
 */
export function codeNext(d: Decoder): number {
    var c = d.c, p = d.p, T = d.T, V = d.V, L = d.L, ns = 0, a = 0, n, b, t, v, op;
    if (p >= d.e) /*#__NOINLINE__*/ noEnd(d, p);
    n = d.A[(op = c[(d.at = p++)])];
    if (!(n < 255)) /*#__NOINLINE__*/ badOp(d, op);
    // Operands: the 1- and 2-byte forms of u i a x y f h within their limits are stored here; at
    // the first other one (a longer form: v = -1; z: its limit is -1; out of range) rest() takes
    // over. Reading past the end gives undefined, decoded as u 0: checked once at the end.
    for (; a < n; a++) {
        t = (b = c[p++]) & 7;
        v = (b & 8) === 0 ? b >> 4 : (b & 16) === 0 ? ((b >> 5) << 8) | c[p++] : -1;
        if (v < 0 || v > L[t]) return /*#__NOINLINE__*/ rest(d, b, a, v, p, ns);
        T[ns] = t;
        V[ns++] = v;
    }
    d.p = p;
    d.n = ns;
    if (p > d.e) throw truncated(d);
    if (op === 2) /*#__NOINLINE__*/ named(d);
    return op;
}

/** codeNext from operand a on (its first byte b read at p - 1, value v or -1 when longer), with
 *  ns slots stored. */
function rest(d: Decoder, b: number, a: number, v: number, p: number, ns: number): number {
    var op = d.c[d.at], n = d.A[op];
    d.p = p;
    d.n = ns;
    slow(d, b, a, v);
    while (++a < n) operand(d, a, false);
    if (d.p > d.e) throw truncated(d);
    if (op === 2) named(d);
    return op;
}

/** Operand a (inList: an element of a list operand a) at d.p: into slot d.n on. */
function operand(d: Decoder, a: number, inList: boolean): void {
    var b = d.c[d.p++];
    var v = (b & 8) === 0 ? b >> 4 : (b & 16) === 0 ? ((b >> 5) << 8) | d.c[d.p++] : -1;
    if (inList && (b & 7) === 7) {
        if (v < 0) v = wide(d, b, a);
        if (v === 1) throw bad(d, a, 'nested list');
    }
    slow(d, b, a, v);
}

/** Operand a whose first byte b is read and value v decoded (-1: a longer form, still to read):
 *  into slot d.n on. */
function slow(d: Decoder, b: number, a: number, v: number): void {
    if (v < 0) v = wide(d, b, a);
    var t = b & 7;
    if (t === 7) return /*#__NOINLINE__*/ ext(d, v, a);
    if (v > d.L[t]) /*#__NOINLINE__*/ outOfRange(d, a, t, v);
    put(d, t, v);
}

// codeLayout's operand table, by first byte b: 1 or 2 for a short form of u i a x y f h whose
// value is within its tag's limit (2: when the second byte is at most lM2[b]), 0 for the others
// (longer forms, z, values out of range). Built for the limits in lFor.
var lS = new Uint8Array(256);
var lM2 = new Uint8Array(256);
var lFor = '';

/**
 * The loader's first pass: the code offset of each label when the code starts at `at`, every
 * instruction taking one word plus one per operand slot (codeNext's), except the opcodes with
 * noWords[op] !== 0. A quick walk over the operands' bytes that checks them as codeNext does;
 * on any trouble the code is decoded again with codeNext, which throws the first error in it.
 */
export function codeLayout(beam: BeamFile, at: number, noWords: Uint8Array): Int32Array {
    var labels = new Int32Array(beam.labelCount), d = codeBegin(beam);
    var start = at, c = d.c, len = d.e, A = d.A, S, M, p = 0, op, n, k, b;
    /*#__NOINLINE__*/ skipTable(d.L);
    S = lS;
    M = lM2;
    try {
        while (p < len) {
            op = c[p++];
            n = A[op];
            if (!(n < 255)) throw 0;
            if (op === 1) /*#__NOINLINE__*/ setLabel(d, labels, p, at);
            d.n = 0; // slots beyond one per operand (list elements), counted by skipOther
            while (n-- > 0) {
                k = S[(b = c[p])];
                if (k === 1) p++;
                else if (k === 2 && c[p + 1] <= M[b]) p += 2;
                else p = /*#__NOINLINE__*/ skipOther(d, p);
            }
            if (p > len) throw 0;
            if (noWords[op] === 0) at += 1 + A[op] + d.n;
            if (op === 3) return labels;
        }
    } catch (e) {
        // bad code (Espruino also throws reading a typed array past its end)
    }
    return /*#__NOINLINE__*/ fullLayout(beam, start, noWords);
}

/** Builds lS and lM2 for the limits L (only a and f differ between modules). */
function skipTable(L: Float64Array): void {
    var key = L[2] + ' ' + L[5], b;
    if (key === lFor) return;
    if (lFor === '') for (b = 0; b < 256; b++) skipEntry(L, b);
    else for (b = 2; b < 256; b += 8) {
        skipEntry(L, b);
        skipEntry(L, b + 3);
    }
    lFor = key;
}
function skipEntry(L: Float64Array, b: number): void {
    var t = b & 7, m = (b & 8) === 0 ? L[t] - (b >> 4) : L[t] - ((b >> 5) << 8);
    lS[b] = t === 7 || (b & 24) === 24 || m < 0 ? 0 : (b & 8) === 0 ? 1 : 2;
    lM2[b] = m > 255 ? 255 : m;
}

/** labels[v] = at for the label instruction whose operand (value v, as codeNext's V[0]) is at byte p. */
function setLabel(d: Decoder, labels: Int32Array, p: number, at: number): void {
    var b = d.c[p], k = lS[b], v;
    if (k === 1) v = b >> 4;
    else if (k === 2 && d.c[p + 1] <= lM2[b]) v = ((b >> 5) << 8) | d.c[p + 1];
    else {
        d.p = p - 1;
        codeNext(d);
        v = d.n > 0 ? d.V[0] : 0;
    }
    if (v > 0 && v < labels.length) labels[v] = at;
}

/** Skips the operand at byte p (not one codeLayout skips itself): decodes it with slow() (which
 *  throws if it is bad), adding its slots beyond one to d.n; returns the next p. */
function skipOther(d: Decoder, p: number): number {
    var b = d.c[p], n = d.n;
    d.p = p + 1;
    d.n = 0;
    slow(d, b, 0, (b & 24) === 24 ? -1 : (b & 8) === 0 ? b >> 4 : ((b >> 5) << 8) | d.c[d.p++]);
    d.n += n - 1;
    return d.p;
}

/** codeLayout by decoding every instruction with codeNext. */
function fullLayout(beam: BeamFile, at: number, noWords: Uint8Array): Int32Array {
    var labels = new Int32Array(beam.labelCount), d = codeBegin(beam), op, v;
    do {
        op = codeNext(d);
        if (op === 1) {
            v = d.V[0];
            if (v > 0 && v < labels.length) labels[v] = at;
        }
        if (noWords[op] === 0) at += 1 + d.n;
    } while (op !== 3);
    return labels;
}

// Errors (the instruction's opcode is d.c[d.at]). Past the end of the code (an operand ran
// off it) every error is "truncated".
function fail(d: Decoder, msg: string): Error {
    if (d.p > d.e) msg = 'truncated instruction ' + opcodeName(d.c[d.at]);
    return new Error(d.beam.file + ': ' + printable(d.beam.module) + ': ' + msg + ' at code offset ' + hex(d.at) + (d.fn !== '' ? ' (in ' + d.fn + ')' : ''));
}
function truncated(d: Decoder): Error {
    return fail(d, 'truncated instruction ' + opcodeName(d.c[d.at]));
}
function bad(d: Decoder, a: number, msg: string): Error {
    return fail(d, 'bad operand ' + (a + 1) + ' of ' + opcodeName(d.c[d.at]) + ': ' + msg);
}
function noEnd(d: Decoder, p: number): void {
    d.at = p;
    throw fail(d, 'code ends without int_code_end');
}
function badOp(d: Decoder, op: number): void {
    throw fail(d, 'unknown opcode ' + op);
}
/** A value above the limit of its tag (d.L): an atom, x/y register or label. */
function outOfRange(d: Decoder, a: number, t: number, v: number): void {
    if (t === 2) throw bad(d, a, 'atom index ' + v + ' out of range 0..' + d.L[2]);
    if (t === 5) throw bad(d, a, 'label ' + v + ' out of range 0..' + (d.beam.labelCount - 1));
    throw bad(d, a, (t === 3 ? 'x' : 'y') + ' register ' + v + ' out of range');
}

/** func_info M F A: names the function for later error messages. */
function named(d: Decoder): void {
    var f = argSlot(d, 1), r = argSlot(d, 2);
    d.fn = printable(d.T[f] === OT.A && d.V[f] > 0 ? d.beam.atoms[d.V[f]] : '?') + '/' + (d.T[r] === OT.U ? d.V[r] : '?');
}

/** The slot of operand k of the current instruction (operands before it may be lists). */
export function argSlot(d: Decoder, k: number): number {
    var i = 0;
    while (k-- > 0) i += d.T[i] === OT.LIST ? d.V[i] + 1 : 1;
    return i;
}

/** The value of a compact term whose first byte b (already read) has b & 0x18 == 0x18: the
 *  forms with 2 or more bytes following, of operand a. Tag i beyond 2^53: its bytes go to
 *  d.X[d.n] (the slot it will be stored in). */
function wide(d: Decoder, b: number, a: number): number {
    var code = d.c, len = d.e, pos = d.p;
    var n = (b >> 5) + 2;
    if (n === 9) {
        // Byte count minus 9 given by a following u-tagged value.
        if (pos >= len) throw truncated(d);
        var lb = code[pos++];
        if ((lb & 7) !== 0) throw bad(d, a, 'size prefix of a large number is not tagged u');
        if ((lb & 0x08) === 0) {
            n = (lb >> 4) + 9;
        } else if ((lb & 0x10) === 0) {
            if (pos >= len) throw truncated(d);
            n = (((lb >> 5) << 8) | code[pos++]) + 9;
        } else {
            var nn = (lb >> 5) + 2;
            if (nn > 4) throw bad(d, a, 'size of a large number is too large');
            if (nn > len - pos) throw truncated(d);
            n = 0;
            while (nn-- > 0) n = n * 256 + code[pos++];
            n += 9;
        }
    }
    if (n > len - pos) throw truncated(d);
    var start = pos;
    d.p = pos += n;
    if ((b & 7) === 1) {
        var neg = code[start] >= 0x80;
        // Magnitude (two's complement negated when negative), accumulated as a double.
        var m = 0;
        var i: number;
        if (neg) {
            var carry = 1;
            var mag = new Uint8Array(n);
            for (i = n - 1; i >= 0; i--) {
                var x = (~code[start + i] & 0xff) + carry;
                mag[i] = x & 0xff;
                carry = x >> 8;
            }
            for (i = 0; i < n; i++) m = m * 256 + mag[i];
        } else {
            for (i = 0; i < n; i++) m = m * 256 + code[start + i];
        }
        if (m >= TWO53) {
            var copy = new Uint8Array(n);
            copy.set(code.subarray(start, start + n));
            d.X[d.n] = copy;
        }
        return neg ? -m : m;
    }
    var v = 0;
    for (var j = start; j < pos; j++) v = v * 256 + code[j];
    if (v >= TWO53) throw bad(d, a, 'value does not fit in 53 bits');
    return v;
}

/** The value of a compact term whose first byte b is already read (within an extended operand). */
function value(d: Decoder, b: number, a: number): number {
    if ((b & 8) === 0) return b >> 4;
    if ((b & 16) === 0) {
        if (d.p >= d.e) throw truncated(d);
        return ((b >> 5) << 8) | d.c[d.p++];
    }
    return wide(d, b, a);
}

/** Reads a u-tagged value (used inside extended operands). */
function readU(d: Decoder, a: number, what: string): number {
    if (d.p >= d.e) throw truncated(d);
    var b = d.c[d.p++];
    if ((b & 7) !== 0) throw bad(d, a, what + ' is not tagged u');
    return value(d, b, a);
}

function put(d: Decoder, t: number, v: number): void {
    d.T[d.n] = t;
    d.V[d.n++] = v;
}

/** Extended operand (tag z) with value v, of operand a: into slot d.n on. */
function ext(d: Decoder, v: number, a: number): void {
    return v === 5 ? /*#__NOINLINE__*/ extTyped(d, a) : v === 1 ? /*#__NOINLINE__*/ extList(d, a) : v === 4 ? /*#__NOINLINE__*/ extLiteral(d, a) : /*#__NOINLINE__*/ extOther(d, v, a);
}

function extList(d: Decoder, a: number): void {
    var count = readU(d, a, 'list length');
    if (count > d.e - d.p) throw truncated(d);
    // room for the list and the operands after it (a list has no lists in it)
    var need = d.n + count + 16;
    if (need > d.T.length) {
        var t = new Uint8Array(need * 2);
        t.set(d.T);
        d.T = t;
        var v = new Float64Array(need * 2);
        v.set(d.V);
        d.V = v;
    }
    put(d, OT.LIST, count);
    for (var e = 0; e < count; e++) operand(d, a, true);
}

function extLiteral(d: Decoder, a: number): void {
    var li = readU(d, a, 'literal index');
    var n = d.beam.literals.length;
    if (li >= n) throw bad(d, a, 'literal index ' + li + ' out of range (' + n + ' literals)');
    put(d, OT.LIT, li);
}

/** A typed register: an x or y operand, then the u type index. */
function extTyped(d: Decoder, a: number): void {
    if (d.p >= d.e) throw truncated(d);
    var rb = d.c[d.p++];
    var rt = rb & 7;
    if (rt !== 3 && rt !== 4) throw bad(d, a, 'typed register is not an x or y register');
    var reg = value(d, rb, a);
    if (reg > MAX_REG) throw bad(d, a, 'register ' + reg + ' out of range');
    var ti = readU(d, a, 'type index');
    d.X[d.n] = ti;
    put(d, rt === 3 ? OT.TX : OT.TY, reg);
}

function extOther(d: Decoder, v: number, a: number): void {
    switch (v) {
        case 0: { // old-style float: 8 bytes IEEE 754 big-endian
            if (d.e - d.p < 8) throw truncated(d);
            if (d.dv === null) d.dv = new DataView(d.c.buffer, d.c.byteOffset, d.c.byteLength);
            var f = d.dv.getFloat64(d.p, false);
            d.p += 8;
            d.X[d.n] = f;
            put(d, OT.FLOAT, 0);
            return;
        }
        case 2: { // float register
            var fr = readU(d, a, 'float register');
            if (fr > MAX_REG) throw bad(d, a, 'float register ' + fr + ' out of range');
            put(d, OT.FR, fr);
            return;
        }
        case 3: { // allocation list
            var n = readU(d, a, 'allocation list length');
            if (n > 3) throw bad(d, a, 'allocation list has ' + n + ' entries');
            var alloc = { words: 0, floats: 0, funs: 0 };
            for (var k = 0; k < n; k++) {
                var kind = readU(d, a, 'allocation kind');
                var num = readU(d, a, 'allocation count');
                if (kind === 0) alloc.words += num;
                else if (kind === 1) alloc.floats += num;
                else if (kind === 2) alloc.funs += num;
                else throw bad(d, a, 'unknown allocation kind ' + kind);
            }
            d.X[d.n] = alloc;
            put(d, OT.ALLOC, alloc.words);
            return;
        }
    }
    throw bad(d, a, 'unknown extended tag ' + v);
}

/** Slot i of d as an Operand (a LIST: with no elements yet). */
function operandAt(d: Decoder, i: number): Operand {
    var t = d.T[i], v = d.V[i];
    if (t === OT.TX || t === OT.TY) return { t: t === OT.TX ? OT.X : OT.Y, v: v, type: d.X[i] };
    if (t === OT.I && (v >= TWO53 || v <= -TWO53)) return { t: t, v: v, big: d.X[i] };
    if (t === OT.ALLOC) return { t: t, v: v, alloc: d.X[i] };
    if (t === OT.FLOAT) return { t: t, v: v, f: d.X[i] };
    if (t === OT.LIST) return { t: t, v: v, list: [] };
    return { t: t, v: v };
}

/**
 * Decodes every instruction of beam.code up to int_code_end, calling cb with the
 * opcode, its operands and the byte offset of the opcode within beam.code.
 * Throws as codeNext. (Tools and tests; the loader uses codeNext.)
 */
export function readCode(beam: BeamFile, cb: (op: number, args: Operand[], byteOffset: number) => void): void {
    var d = codeBegin(beam);
    for (;;) {
        var op = codeNext(d);
        var args: Operand[] = [];
        for (var i = 0; i < d.n; i++) {
            var o = operandAt(d, i);
            args.push(o);
            if (o.t === OT.LIST) {
                var elems = o.list as Operand[];
                for (var e = 0; e < o.v; e++) elems.push(operandAt(d, ++i));
            }
        }
        cb(op, args, d.at);
        if (op === 3) return; // int_code_end
    }
}
