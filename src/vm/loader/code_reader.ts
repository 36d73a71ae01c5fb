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
// codeBegin / codeNext decode one instruction at a time into shared typed arrays
// (opT, opV: one slot per operand; no object per operand). Espruino runs JS from
// its source text and lexes the whole body of a function at every call and a
// loop's body at every iteration, so the per-instruction and per-operand paths
// are kept short and everything rare (multi-byte numbers, extended operands,
// errors) is in functions of its own. readCode gives the same instructions as
// Operand objects (tools and tests).

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

// The instruction codeNext decoded last. Its operands are slots 0..opN-1: one slot per
// operand, except a list operand: a LIST slot holding the length, then one slot per element.

/** tag of each slot (OT) */
export var opT: Uint8Array = new Uint8Array(32);
/** value of each slot (Operand.v) */
export var opV: Float64Array = new Float64Array(32);
/** more about a slot, set only for: I with |v| >= 2^53 (Operand.big), ALLOC (Operand.alloc),
 *  FLOAT (Operand.f), TX / TY (the type index) */
export var opX: any[] = [];
/** number of slots */
export var opN = 0;
/** byte offset of the opcode within the code */
export var opAt = 0;

// decoder state
var dBeam: BeamFile | null = null;
var dCode: Uint8Array = new Uint8Array(0);
var dPos = 0;
var dLen = 0;
var dFn = ''; // the function being decoded, for messages
var dLim = new Float64Array(8); // highest value allowed for each tag u i a x y f h (z: -1)
var dAr: Uint8Array = new Uint8Array(0); // operand count per opcode byte (255: no such opcode)
var dLits = 0;
var dDv: DataView | null = null;

/** Starts decoding beam.code at its first instruction. */
export function codeBegin(beam: BeamFile): void {
    dBeam = beam;
    dCode = beam.code;
    dLen = dCode.length;
    dPos = opN = opAt = 0;
    dFn = '';
    opX = [];
    dAr = opcodeArities();
    dLits = beam.literals.length;
    dDv = null;
    var L = dLim;
    L[0] = L[1] = L[6] = Infinity;
    L[7] = -1; // z: never stored by codeNext itself
    L[2] = beam.atoms.length - 1;
    L[3] = L[4] = MAX_REG;
    L[5] = beam.labelCount > 0 ? beam.labelCount - 1 : 0;
}

/** Lets go of the module being decoded (its code and tables can be freed). */
export function codeRelease(): void {
    dBeam = null;
    dCode = new Uint8Array(0);
    dLen = dPos = opN = 0;
    opX = [];
    dDv = null;
}

/**
 * Decodes the next instruction into opT/opV/opX/opN/opAt and returns its opcode; call again
 * after int_code_end (3) only after codeBegin. Throws Error("<file>: <module>: ...") naming
 * the offset (and function) on unknown opcodes, truncated or malformed operands and
 * out-of-range indexes.
 */
export function codeNext(): number {
    var c = dCode, p = dPos, T = opT, V = opV, L = dLim, ns = 0, a = 0, n, b, t, v, op;
    if (p >= dLen) /*#__NOINLINE__*/ noEnd(p);
    n = dAr[(op = c[(opAt = p++)])];
    if (!(n < 255)) /*#__NOINLINE__*/ badOp(op);
    // Operands: the 1- and 2-byte forms of u i a x y f h within their limits are stored here; at
    // the first other one (a longer form: v = -1; z: its limit is -1; out of range) rest() takes
    // over. Reading past the end gives undefined, decoded as u 0: checked once at the end.
    for (; a < n; a++) {
        t = (b = c[p++]) & 7;
        v = (b & 8) === 0 ? b >> 4 : (b & 16) === 0 ? ((b >> 5) << 8) | c[p++] : -1;
        if (v < 0 || v > L[t]) return /*#__NOINLINE__*/ rest(b, a, v, p, ns);
        T[ns] = t;
        V[ns++] = v;
    }
    dPos = p;
    opN = ns;
    if (p > dLen) throw truncated();
    if (op === 2) /*#__NOINLINE__*/ named();
    return op;
}

/** codeNext from operand a on (its first byte b read at p - 1, value v or -1 when longer), with
 *  ns slots stored. */
function rest(b: number, a: number, v: number, p: number, ns: number): number {
    var op = dCode[opAt], n = dAr[op];
    dPos = p;
    opN = ns;
    slow(b, a, v);
    while (++a < n) operand(a, false);
    if (dPos > dLen) throw truncated();
    if (op === 2) named();
    return op;
}

/** Operand a (inList: an element of a list operand a) at dPos: into slot opN on. */
function operand(a: number, inList: boolean): void {
    var b = dCode[dPos++];
    var v = (b & 8) === 0 ? b >> 4 : (b & 16) === 0 ? ((b >> 5) << 8) | dCode[dPos++] : -1;
    if (inList && (b & 7) === 7) {
        if (v < 0) v = wide(b, a, opN);
        if (v === 1) throw bad(a, 'nested list');
    }
    slow(b, a, v);
}

/** Operand a whose first byte b is read and value v decoded (-1: a longer form, still to read):
 *  into slot opN on. */
function slow(b: number, a: number, v: number): void {
    if (v < 0) v = wide(b, a, opN);
    var t = b & 7;
    if (t === 7) return /*#__NOINLINE__*/ ext(v, a);
    if (v > dLim[t]) /*#__NOINLINE__*/ outOfRange(a, t, v);
    put(t, v);
}

// codeLayout's operand table, by first byte b: 1 or 2 for a short form of u i a x y f h whose
// value is within its tag's limit (2: when the second byte is at most dM2[b]), 0 for the others
// (longer forms, z, values out of range). Built for the limits in dSFor.
var dS = new Uint8Array(256);
var dM2 = new Uint8Array(256);
var dSFor = '';
var dExtra = 0; // slots beyond one per operand (list elements), in codeLayout's instruction

/**
 * The loader's first pass: the code offset of each label when the code starts at `at`, every
 * instruction taking one word plus one per operand slot (codeNext's), except the opcodes with
 * noWords[op] !== 0. A quick walk over the operands' bytes that checks them as codeNext does;
 * on any trouble the code is decoded again with codeNext, which throws the first error in it.
 */
export function codeLayout(beam: BeamFile, at: number, noWords: Uint8Array): Int32Array {
    var labels = new Int32Array(beam.labelCount);
    var start = at, c, len, S, M, A, p = 0, op, n, k, b;
    codeBegin(beam);
    /*#__NOINLINE__*/ skipTable();
    c = dCode;
    len = dLen;
    S = dS;
    M = dM2;
    A = dAr;
    try {
        while (p < len) {
            op = c[p++];
            n = A[op];
            if (!(n < 255)) throw 0;
            if (op === 1) /*#__NOINLINE__*/ setLabel(labels, p, at);
            dExtra = 0;
            while (n-- > 0) {
                k = S[(b = c[p])];
                if (k === 1) p++;
                else if (k === 2 && c[p + 1] <= M[b]) p += 2;
                else p = /*#__NOINLINE__*/ skipOther(p);
            }
            if (p > len) throw 0;
            if (noWords[op] === 0) at += 1 + A[op] + dExtra;
            if (op === 3) return labels;
        }
    } catch (e) {
        // bad code (Espruino also throws reading a typed array past its end)
    }
    return /*#__NOINLINE__*/ fullLayout(beam, start, noWords);
}

/** Builds dS and dM2 for the limits in dLim (only a and f differ between modules). */
function skipTable(): void {
    var key = dLim[2] + ' ' + dLim[5], b;
    if (key === dSFor) return;
    if (dSFor === '') for (b = 0; b < 256; b++) skipEntry(b);
    else for (b = 2; b < 256; b += 8) {
        skipEntry(b);
        skipEntry(b + 3);
    }
    dSFor = key;
}
function skipEntry(b: number): void {
    var t = b & 7, m = (b & 8) === 0 ? dLim[t] - (b >> 4) : dLim[t] - ((b >> 5) << 8);
    dS[b] = t === 7 || (b & 24) === 24 || m < 0 ? 0 : (b & 8) === 0 ? 1 : 2;
    dM2[b] = m > 255 ? 255 : m;
}

/** labels[v] = at for the label instruction whose operand (value v, as codeNext's opV[0]) is at byte p. */
function setLabel(labels: Int32Array, p: number, at: number): void {
    var b = dCode[p], k = dS[b], v;
    if (k === 1) v = b >> 4;
    else if (k === 2 && dCode[p + 1] <= dM2[b]) v = ((b >> 5) << 8) | dCode[p + 1];
    else {
        dPos = p - 1;
        codeNext();
        v = opN > 0 ? opV[0] : 0;
    }
    if (v > 0 && v < labels.length) labels[v] = at;
}

/** Skips the operand at byte p (not one codeLayout skips itself): decodes it with slow()
 *  (which throws if it is bad); returns the next p. */
function skipOther(p: number): number {
    var b = dCode[p];
    dPos = p + 1;
    opN = 0;
    slow(b, 0, (b & 24) === 24 ? -1 : (b & 8) === 0 ? b >> 4 : ((b >> 5) << 8) | dCode[dPos++]);
    dExtra += opN - 1;
    return dPos;
}

/** codeLayout by decoding every instruction with codeNext. */
function fullLayout(beam: BeamFile, at: number, noWords: Uint8Array): Int32Array {
    var labels = new Int32Array(beam.labelCount), op, v;
    codeBegin(beam);
    do {
        op = codeNext();
        if (op === 1) {
            v = opV[0];
            if (v > 0 && v < labels.length) labels[v] = at;
        }
        if (noWords[op] === 0) at += 1 + opN;
    } while (op !== 3);
    return labels;
}

// Errors (the instruction's opcode is dCode[opAt]). Past the end of the code (an operand ran
// off it) every error is "truncated".
function fail(msg: string): Error {
    if (dPos > dLen) msg = 'truncated instruction ' + opcodeName(dCode[opAt]);
    var b = dBeam as BeamFile;
    return new Error(b.file + ': ' + printable(b.module) + ': ' + msg + ' at code offset ' + hex(opAt) + (dFn !== '' ? ' (in ' + dFn + ')' : ''));
}
function truncated(): Error {
    return fail('truncated instruction ' + opcodeName(dCode[opAt]));
}
function bad(a: number, msg: string): Error {
    return fail('bad operand ' + (a + 1) + ' of ' + opcodeName(dCode[opAt]) + ': ' + msg);
}
function noEnd(p: number): void {
    opAt = p;
    throw fail('code ends without int_code_end');
}
function badOp(op: number): void {
    throw fail('unknown opcode ' + op);
}
/** A value above the limit of its tag (dLim): an atom, x/y register or label. */
function outOfRange(a: number, t: number, v: number): void {
    if (t === 2) throw bad(a, 'atom index ' + v + ' out of range 0..' + dLim[2]);
    if (t === 5) throw bad(a, 'label ' + v + ' out of range 0..' + ((dBeam as BeamFile).labelCount - 1));
    throw bad(a, (t === 3 ? 'x' : 'y') + ' register ' + v + ' out of range');
}

/** func_info M F A: names the function for later error messages. */
function named(): void {
    var f = argSlot(1), r = argSlot(2);
    var atoms = (dBeam as BeamFile).atoms;
    dFn = printable(opT[f] === OT.A && opV[f] > 0 ? atoms[opV[f]] : '?') + '/' + (opT[r] === OT.U ? opV[r] : '?');
}

/** The slot of operand k of the current instruction (operands before it may be lists). */
export function argSlot(k: number): number {
    var i = 0;
    while (k-- > 0) i += opT[i] === OT.LIST ? opV[i] + 1 : 1;
    return i;
}

/** The value of a compact term whose first byte b (already read) has b & 0x18 == 0x18: the
 *  forms with 2 or more bytes following. Tag i beyond 2^53: its bytes go to opX[slot]. */
function wide(b: number, a: number, slot: number): number {
    var code = dCode, len = dLen, pos = dPos;
    var n = (b >> 5) + 2;
    if (n === 9) {
        // Byte count minus 9 given by a following u-tagged value.
        if (pos >= len) throw truncated();
        var lb = code[pos++];
        if ((lb & 7) !== 0) throw bad(a, 'size prefix of a large number is not tagged u');
        if ((lb & 0x08) === 0) {
            n = (lb >> 4) + 9;
        } else if ((lb & 0x10) === 0) {
            if (pos >= len) throw truncated();
            n = (((lb >> 5) << 8) | code[pos++]) + 9;
        } else {
            var nn = (lb >> 5) + 2;
            if (nn > 4) throw bad(a, 'size of a large number is too large');
            if (nn > len - pos) throw truncated();
            n = 0;
            while (nn-- > 0) n = n * 256 + code[pos++];
            n += 9;
        }
    }
    if (n > len - pos) throw truncated();
    var start = pos;
    dPos = pos += n;
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
            opX[slot] = copy;
        }
        return neg ? -m : m;
    }
    var v = 0;
    for (var j = start; j < pos; j++) v = v * 256 + code[j];
    if (v >= TWO53) throw bad(a, 'value does not fit in 53 bits');
    return v;
}

/** The value of a compact term whose first byte b is already read (within an extended operand). */
function value(b: number, a: number): number {
    if ((b & 8) === 0) return b >> 4;
    if ((b & 16) === 0) {
        if (dPos >= dLen) throw truncated();
        return ((b >> 5) << 8) | dCode[dPos++];
    }
    return wide(b, a, opN);
}

/** Reads a u-tagged value (used inside extended operands). */
function readU(a: number, what: string): number {
    if (dPos >= dLen) throw truncated();
    var b = dCode[dPos++];
    if ((b & 7) !== 0) throw bad(a, what + ' is not tagged u');
    return value(b, a);
}

function put(t: number, v: number): void {
    opT[opN] = t;
    opV[opN++] = v;
}

/** Extended operand (tag z) with value v, of operand a: into slot opN on. */
function ext(v: number, a: number): void {
    return v === 5 ? /*#__NOINLINE__*/ extTyped(a) : v === 1 ? /*#__NOINLINE__*/ extList(a) : v === 4 ? /*#__NOINLINE__*/ extLiteral(a) : /*#__NOINLINE__*/ extOther(v, a);
}

function extList(a: number): void {
    var count = readU(a, 'list length');
    if (count > dLen - dPos) throw truncated();
    // room for the list and the operands after it (a list has no lists in it)
    var need = opN + count + 16;
    if (need > opT.length) {
        var t = new Uint8Array(need * 2);
        t.set(opT);
        opT = t;
        var v = new Float64Array(need * 2);
        v.set(opV);
        opV = v;
    }
    put(OT.LIST, count);
    for (var e = 0; e < count; e++) operand(a, true);
}

function extLiteral(a: number): void {
    var li = readU(a, 'literal index');
    if (li >= dLits) throw bad(a, 'literal index ' + li + ' out of range (' + dLits + ' literals)');
    put(OT.LIT, li);
}

/** A typed register: an x or y operand, then the u type index. */
function extTyped(a: number): void {
    if (dPos >= dLen) throw truncated();
    var rb = dCode[dPos++];
    var rt = rb & 7;
    if (rt !== 3 && rt !== 4) throw bad(a, 'typed register is not an x or y register');
    var reg = value(rb, a);
    if (reg > MAX_REG) throw bad(a, 'register ' + reg + ' out of range');
    var ti = readU(a, 'type index');
    opX[opN] = ti;
    put(rt === 3 ? OT.TX : OT.TY, reg);
}

function extOther(v: number, a: number): void {
    switch (v) {
        case 0: { // old-style float: 8 bytes IEEE 754 big-endian
            if (dLen - dPos < 8) throw truncated();
            if (dDv === null) dDv = new DataView(dCode.buffer, dCode.byteOffset, dCode.byteLength);
            var f = dDv.getFloat64(dPos, false);
            dPos += 8;
            opX[opN] = f;
            put(OT.FLOAT, 0);
            return;
        }
        case 2: { // float register
            var fr = readU(a, 'float register');
            if (fr > MAX_REG) throw bad(a, 'float register ' + fr + ' out of range');
            put(OT.FR, fr);
            return;
        }
        case 3: { // allocation list
            var n = readU(a, 'allocation list length');
            if (n > 3) throw bad(a, 'allocation list has ' + n + ' entries');
            var alloc = { words: 0, floats: 0, funs: 0 };
            for (var k = 0; k < n; k++) {
                var kind = readU(a, 'allocation kind');
                var num = readU(a, 'allocation count');
                if (kind === 0) alloc.words += num;
                else if (kind === 1) alloc.floats += num;
                else if (kind === 2) alloc.funs += num;
                else throw bad(a, 'unknown allocation kind ' + kind);
            }
            opX[opN] = alloc;
            put(OT.ALLOC, alloc.words);
            return;
        }
    }
    throw bad(a, 'unknown extended tag ' + v);
}

/** Slot i of the current instruction as an Operand (a LIST: with no elements yet). */
function operandAt(i: number): Operand {
    var t = opT[i], v = opV[i];
    if (t === OT.TX || t === OT.TY) return { t: t === OT.TX ? OT.X : OT.Y, v: v, type: opX[i] };
    if (t === OT.I && (v >= TWO53 || v <= -TWO53)) return { t: t, v: v, big: opX[i] };
    if (t === OT.ALLOC) return { t: t, v: v, alloc: opX[i] };
    if (t === OT.FLOAT) return { t: t, v: v, f: opX[i] };
    if (t === OT.LIST) return { t: t, v: v, list: [] };
    return { t: t, v: v };
}

/**
 * Decodes every instruction of beam.code up to int_code_end, calling cb with the
 * opcode, its operands and the byte offset of the opcode within beam.code.
 * Throws as codeNext. (Tools and tests; the loader uses codeNext. Not re-entrant: cb must
 * not decode or load another module.)
 */
export function readCode(beam: BeamFile, cb: (op: number, args: Operand[], byteOffset: number) => void): void {
    codeBegin(beam);
    try {
        for (;;) {
            var op = codeNext();
            var args: Operand[] = [];
            for (var i = 0; i < opN; i++) {
                var o = operandAt(i);
                args.push(o);
                if (o.t === OT.LIST) {
                    var elems = o.list as Operand[];
                    for (var e = 0; e < o.v; e++) elems.push(operandAt(++i));
                }
            }
            cb(op, args, opAt);
            if (op === 3) return; // int_code_end
        }
    } finally {
        codeRelease();
    }
}
