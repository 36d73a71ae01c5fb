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
// A Decoder (codeBegin) decodes one instruction at a time into typed arrays (T, V:
// one slot per operand; no object per operand). Espruino runs JS from its source
// text and lexes the whole body of a function at every call and a loop's body at
// every iteration, so the per-instruction and per-operand paths are kept short and
// everything rare (multi-byte numbers, extended operands, errors) is in functions
// of its own. Those functions are made by codeBegin, for one module's load: Espruino
// keeps every top-level function in RAM for good (~9 blocks each), and finds a
// top-level name by a linear search of the bundle's ~1,000 (a codeBegin local among
// a few dozen). readCode gives the same instructions as Operand objects (tools, tests).

import { BeamFile, hex, printable } from './beam';
import { opcodeArities, opcodeName } from './opcodes';

export const enum OT {
    U = 0, I = 1, A = 2, X = 3, Y = 4, F = 5, H = 6, FR = 7, LIST = 8, ALLOC = 9, LIT = 10, FLOAT = 11,
    /** slot tags only (Decoder.T): a typed x / y register (its type index in Decoder.X) */
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
 * A decoder over one module's code, with the instruction next() decoded last. Its operands are
 * slots 0..n-1: one slot per operand, except a list operand: a LIST slot holding the length,
 * then one slot per element. (Short names: Espruino compares up to 4 chars at once.)
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
    /** highest value allowed for each tag u i a x y f h (z: -1: never stored by next() itself) */
    L: Float64Array;
    /** operand count of each opcode byte (255: no such opcode) */
    A: Uint8Array;
    /** more about a slot, set only for: I with |v| >= 2^53 (Operand.big), ALLOC (Operand.alloc),
     *  FLOAT (Operand.f), TX / TY (the type index) */
    X: any[];
    /** the function being decoded, for messages */
    fn: string;
    /**
     * Decodes the next instruction (T, V, X, n, at) and returns its opcode; not to be called
     * after int_code_end (3). Throws Error("<file>: <module>: ...") naming the offset (and
     * function) on unknown opcodes, truncated or malformed operands and out-of-range indexes.
     */
    next: () => number;
    /**
     * The loader's first pass, from the first instruction: the code offset of each label when
     * the code starts at `at`, every instruction taking one word plus one per operand slot
     * (next()'s), except the opcodes with kinds[op] >= free. Throws as next() on bad code.
     * Leaves the decoder at the first instruction.
     */
    layout: (at: number, kinds: Uint8Array, free: number) => Int32Array;
    /** The slot of operand k of the current instruction (operands before it may be lists). */
    slot: (k: number) => number;
}

// layout()'s operand table, by first byte b: 1 or 2 for a short form of u i a x y f h whose
// value is within its tag's limit (2: when the second byte is at most lM2[b]), 0 for the others
// (longer forms, z, values out of range). Built for the limits in lFor.
var lS = new Uint8Array(256);
var lM2 = new Uint8Array(256);
var lFor = '';

/** A decoder at the first instruction of beam.code. */
export function codeBegin(beam: BeamFile): Decoder {
    var L = new Float64Array(8);
    L[0] = L[1] = L[6] = Infinity;
    L[7] = -1;
    L[2] = beam.atoms.length - 1;
    L[3] = L[4] = MAX_REG;
    L[5] = beam.labelCount > 0 ? beam.labelCount - 1 : 0;
    var dv: DataView | null = null;

    function next(): number {
        var D = d, c = D.c, p = D.p, T = D.T, V = D.V, L = D.L, ns = 0, a = 0, n, b, t, v, op;
        if (p >= D.e) /*#__NOINLINE__*/ noEnd(p);
        n = D.A[(op = c[(D.at = p++)])];
        if (!(n < 255)) /*#__NOINLINE__*/ badOp(op);
        // Operands: the 1- and 2-byte forms of u i a x y f h within their limits are stored
        // here; at the first other one (a longer form: v = -1; z: its limit is -1; out of range)
        // rest() takes over. Reading past the end gives undefined, decoded as u 0: checked once
        // at the end.
        for (; a < n; a++) {
            t = (b = c[p++]) & 7;
            v = (b & 8) === 0 ? b >> 4 : (b & 16) === 0 ? ((b >> 5) << 8) | c[p++] : -1;
            if (v < 0 || v > L[t]) return /*#__NOINLINE__*/ rest(b, a, v, p, ns);
            T[ns] = t;
            V[ns++] = v;
        }
        D.p = p;
        D.n = ns;
        if (p > D.e) throw truncated();
        if (op === 2) /*#__NOINLINE__*/ named();
        return op;
    }

    /** next() from operand a on (its first byte b read at p - 1, value v or -1 when longer), with
     *  ns slots stored. */
    function rest(b: number, a: number, v: number, p: number, ns: number): number {
        var op = d.c[d.at], n = d.A[op];
        d.p = p;
        d.n = ns;
        slow(b, a, v);
        while (++a < n) operand(a, false);
        if (d.p > d.e) throw truncated();
        if (op === 2) named();
        return op;
    }

    /** Operand a (inList: an element of a list operand a) at d.p: into slot d.n on. */
    function operand(a: number, inList: boolean): void {
        var b = d.c[d.p++];
        var v = (b & 8) === 0 ? b >> 4 : (b & 16) === 0 ? ((b >> 5) << 8) | d.c[d.p++] : -1;
        if (inList && (b & 7) === 7) {
            if (v < 0) v = wide(b, a);
            if (v === 1) throw bad(a, 'nested list');
        }
        slow(b, a, v);
    }

    /** Operand a whose first byte b is read and value v decoded (-1: a longer form, still to
     *  read): into slot d.n on. */
    function slow(b: number, a: number, v: number): void {
        if (v < 0) v = wide(b, a);
        var t = b & 7;
        if (t === 7) return /*#__NOINLINE__*/ ext(v, a);
        if (v > d.L[t]) /*#__NOINLINE__*/ outOfRange(a, t, v);
        put(t, v);
    }

    function layout(at: number, kinds: Uint8Array, free: number): Int32Array {
        var labels = new Int32Array(beam.labelCount);
        var start = at, c = d.c, len = d.e, A = d.A, S, M, p = 0, op, n, k, b;
        /*#__NOINLINE__*/ skipTable();
        S = lS;
        M = lM2;
        // A quick walk over the operands' bytes that checks them as next() does; on any trouble
        // the code is decoded again with next(), which throws the first error in it.
        try {
            while (p < len) {
                op = c[p++];
                n = A[op];
                if (!(n < 255)) throw 0;
                if (op === 1) /*#__NOINLINE__*/ setLabel(labels, p, at);
                d.n = 0; // slots beyond one per operand (list elements), counted by skipOther
                while (n-- > 0) {
                    k = S[(b = c[p])];
                    if (k === 1) p++;
                    else if (k === 2 && c[p + 1] <= M[b]) p += 2;
                    else p = /*#__NOINLINE__*/ skipOther(p);
                }
                // (an instruction that ran past the end: the next one fails)
                if (kinds[op] < free) at += 1 + A[op] + d.n;
                if (op === 3) {
                    d.p = 0;
                    return labels;
                }
            }
        } catch (e) {
            // bad code (Espruino also throws reading a typed array past its end)
        }
        return /*#__NOINLINE__*/ fullLayout(start, kinds, free);
    }

    /** Builds lS and lM2 for the limits L (only a and f differ between modules). */
    function skipTable(): void {
        var key = L[2] + ' ' + L[5], b;
        if (key === lFor) return;
        if (lFor === '') for (b = 0; b < 256; b++) skipEntry(b);
        else for (b = 2; b < 256; b += 8) {
            skipEntry(b);
            skipEntry(b + 3);
        }
        lFor = key;
    }
    function skipEntry(b: number): void {
        var t = b & 7, m = (b & 8) === 0 ? L[t] - (b >> 4) : L[t] - ((b >> 5) << 8);
        lS[b] = t === 7 || (b & 24) === 24 || m < 0 ? 0 : (b & 8) === 0 ? 1 : 2;
        lM2[b] = m > 255 ? 255 : m;
    }

    /** labels[v] = at for the label instruction whose operand (value v, as next()'s V[0]) is at
     *  byte p. */
    function setLabel(labels: Int32Array, p: number, at: number): void {
        var b = d.c[p], k = lS[b], v;
        if (k === 1) v = b >> 4;
        else if (k === 2 && d.c[p + 1] <= lM2[b]) v = ((b >> 5) << 8) | d.c[p + 1];
        else {
            d.p = p - 1;
            next();
            v = d.n > 0 ? d.V[0] : 0;
        }
        if (v > 0 && v < labels.length) labels[v] = at;
    }

    /** Skips the operand at byte p (not one layout() skips itself): decodes it with slow()
     *  (which throws if it is bad), adding its slots beyond one to d.n; returns the next p. */
    function skipOther(p: number): number {
        var b = d.c[p], n = d.n;
        d.p = p + 1;
        d.n = 0;
        slow(b, 0, (b & 24) === 24 ? -1 : (b & 8) === 0 ? b >> 4 : ((b >> 5) << 8) | d.c[d.p++]);
        d.n += n - 1;
        return d.p;
    }

    /** layout() by decoding every instruction with next(). */
    function fullLayout(at: number, kinds: Uint8Array, free: number): Int32Array {
        var labels = new Int32Array(beam.labelCount), op, v;
        d.p = 0;
        d.fn = '';
        do {
            op = next();
            if (op === 1) {
                v = d.V[0];
                if (v > 0 && v < labels.length) labels[v] = at;
            }
            if (kinds[op] < free) at += 1 + d.n;
        } while (op !== 3);
        d.p = 0;
        d.fn = '';
        return labels;
    }

    // Errors (the instruction's opcode is d.c[d.at]). Past the end of the code (an operand ran
    // off it) every error is "truncated".
    function fail(msg: string): Error {
        if (d.p > d.e) msg = 'truncated instruction ' + opcodeName(d.c[d.at]);
        return new Error(beam.file + ': ' + printable(beam.module) + ': ' + msg + ' at code offset ' + hex(d.at) + (d.fn !== '' ? ' (in ' + d.fn + ')' : ''));
    }
    function truncated(): Error {
        return fail('truncated instruction ' + opcodeName(d.c[d.at]));
    }
    function bad(a: number, msg: string): Error {
        return fail('bad operand ' + (a + 1) + ' of ' + opcodeName(d.c[d.at]) + ': ' + msg);
    }
    function noEnd(p: number): void {
        d.at = p;
        throw fail('code ends without int_code_end');
    }
    function badOp(op: number): void {
        throw fail('unknown opcode ' + op);
    }
    /** A value above the limit of its tag (L): an atom, x/y register or label. */
    function outOfRange(a: number, t: number, v: number): void {
        if (t === 2) throw bad(a, 'atom index ' + v + ' out of range 0..' + L[2]);
        if (t === 5) throw bad(a, 'label ' + v + ' out of range 0..' + (beam.labelCount - 1));
        throw bad(a, (t === 3 ? 'x' : 'y') + ' register ' + v + ' out of range');
    }

    /** func_info M F A: names the function for later error messages. */
    function named(): void {
        var f = slot(1), r = slot(2);
        d.fn = printable(d.T[f] === OT.A && d.V[f] > 0 ? beam.atoms[d.V[f]] : '?') + '/' + (d.T[r] === OT.U ? d.V[r] : '?');
    }

    function slot(k: number): number {
        var i = 0;
        while (k-- > 0) i += d.T[i] === OT.LIST ? d.V[i] + 1 : 1;
        return i;
    }

    /** The value of a compact term whose first byte b (already read) has b & 0x18 == 0x18: the
     *  forms with 2 or more bytes following, of operand a. Tag i beyond 2^53: its bytes go to
     *  d.X[d.n] (the slot it will be stored in). */
    function wide(b: number, a: number): number {
        var code = d.c, len = d.e, pos = d.p;
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
        if (v >= TWO53) throw bad(a, 'value does not fit in 53 bits');
        return v;
    }

    /** The value of a compact term whose first byte b is already read (within an extended operand). */
    function value(b: number, a: number): number {
        if ((b & 8) === 0) return b >> 4;
        if ((b & 16) === 0) {
            if (d.p >= d.e) throw truncated();
            return ((b >> 5) << 8) | d.c[d.p++];
        }
        return wide(b, a);
    }

    /** Reads a u-tagged value (used inside extended operands). */
    function readU(a: number, what: string): number {
        if (d.p >= d.e) throw truncated();
        var b = d.c[d.p++];
        if ((b & 7) !== 0) throw bad(a, what + ' is not tagged u');
        return value(b, a);
    }

    function put(t: number, v: number): void {
        d.T[d.n] = t;
        d.V[d.n++] = v;
    }

    /** Extended operand (tag z) with value v, of operand a: into slot d.n on. */
    function ext(v: number, a: number): void {
        return v === 5 ? /*#__NOINLINE__*/ extTyped(a) : v === 1 ? /*#__NOINLINE__*/ extList(a) : v === 4 ? /*#__NOINLINE__*/ extLiteral(a) : /*#__NOINLINE__*/ extOther(v, a);
    }

    function extList(a: number): void {
        var count = readU(a, 'list length');
        if (count > d.e - d.p) throw truncated();
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
        put(OT.LIST, count);
        for (var e = 0; e < count; e++) operand(a, true);
    }

    function extLiteral(a: number): void {
        var li = readU(a, 'literal index');
        var n = beam.literals.length;
        if (li >= n) throw bad(a, 'literal index ' + li + ' out of range (' + n + ' literals)');
        put(OT.LIT, li);
    }

    /** A typed register: an x or y operand, then the u type index. */
    function extTyped(a: number): void {
        if (d.p >= d.e) throw truncated();
        var rb = d.c[d.p++];
        var rt = rb & 7;
        if (rt !== 3 && rt !== 4) throw bad(a, 'typed register is not an x or y register');
        var reg = value(rb, a);
        if (reg > MAX_REG) throw bad(a, 'register ' + reg + ' out of range');
        var ti = readU(a, 'type index');
        d.X[d.n] = ti;
        put(rt === 3 ? OT.TX : OT.TY, reg);
    }

    function extOther(v: number, a: number): void {
        switch (v) {
            case 0: { // old-style float: 8 bytes IEEE 754 big-endian
                if (d.e - d.p < 8) throw truncated();
                if (dv === null) dv = new DataView(d.c.buffer, d.c.byteOffset, d.c.byteLength);
                var f = dv.getFloat64(d.p, false);
                d.p += 8;
                d.X[d.n] = f;
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
                d.X[d.n] = alloc;
                put(OT.ALLOC, alloc.words);
                return;
            }
        }
        throw bad(a, 'unknown extended tag ' + v);
    }

    var d: Decoder = {
        c: beam.code, p: 0, e: beam.code.length, T: new Uint8Array(32), V: new Float64Array(32), n: 0, at: 0, L: L,
        A: opcodeArities(), X: [], fn: '', next: next, layout: layout, slot: slot,
    };
    return d;
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
 * Throws as Decoder.next. (Tools and tests; the loader uses a Decoder.)
 */
export function readCode(beam: BeamFile, cb: (op: number, args: Operand[], byteOffset: number) => void): void {
    var d = codeBegin(beam);
    for (;;) {
        var op = d.next();
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
