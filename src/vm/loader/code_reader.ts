// Decoder for the instruction stream of a BEAM Code chunk: opcode bytes followed
// by operands in the compact term encoding. Device code (ES5 + typed arrays, no
// recursion: a list operand's elements are read by the same loop).
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

import { BeamFile, hex, printable } from './beam';
import { MAX_OPCODE, opcodeArity, opcodeName } from './opcodes';

export const enum OT { U = 0, I = 1, A = 2, X = 3, Y = 4, F = 5, H = 6, FR = 7, LIST = 8, ALLOC = 9, LIT = 10, FLOAT = 11 }

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
 * Decodes every instruction of beam.code up to int_code_end, calling cb with the
 * opcode, its operands and the byte offset of the opcode within beam.code.
 * Throws Error("<file>: <module>: ...") naming the offset (and function) on
 * unknown opcodes, truncated or malformed operands and out-of-range indexes.
 */
export function readCode(beam: BeamFile, cb: (op: number, args: Operand[], byteOffset: number) => void): void {
    var code = beam.code;
    var len = code.length;
    var atoms = beam.atoms;
    var atomMax = atoms.length - 1;
    var labelCount = beam.labelCount;
    var litCount = beam.literals.length;
    var pos = 0;
    var opStart = 0;
    var op = 0;
    var fnName = '';
    var dv: DataView | null = null;

    function where(): string {
        return ' at code offset ' + hex(opStart) + (fnName !== '' ? ' (in ' + fnName + ')' : '');
    }
    function fail(msg: string): Error {
        return new Error(beam.file + ': ' + printable(beam.module) + ': ' + msg + where());
    }
    function truncated(): Error {
        return fail('truncated instruction ' + opcodeName(op));
    }
    function bad(argNo: number, msg: string): Error {
        return fail('bad operand ' + (argNo + 1) + ' of ' + opcodeName(op) + ': ' + msg);
    }

    // Reads one compact term whose tag byte is b (already consumed) and returns
    // its value; sets `bigBytes` when a tag-i value does not fit in 2^53.
    var bigBytes: Uint8Array | null = null;
    function value(b: number, argNo: number): number {
        if ((b & 0x08) === 0) return b >> 4;
        if ((b & 0x10) === 0) {
            if (pos >= len) throw truncated();
            return ((b >> 5) << 8) | code[pos++];
        }
        var n = (b >> 5) + 2;
        if (n === 9) {
            // Byte count minus 9 given by a following u-tagged value.
            if (pos >= len) throw truncated();
            var lb = code[pos++];
            if ((lb & 7) !== 0) throw bad(argNo, 'size prefix of a large number is not tagged u');
            if ((lb & 0x08) === 0) {
                n = (lb >> 4) + 9;
            } else if ((lb & 0x10) === 0) {
                if (pos >= len) throw truncated();
                n = (((lb >> 5) << 8) | code[pos++]) + 9;
            } else {
                var nn = (lb >> 5) + 2;
                if (nn > 4) throw bad(argNo, 'size of a large number is too large');
                if (nn > len - pos) throw truncated();
                n = 0;
                while (nn-- > 0) n = n * 256 + code[pos++];
                n += 9;
            }
        }
        if (n > len - pos) throw truncated();
        var tag = b & 7;
        var start = pos;
        pos += n;
        if (tag === 1) {
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
                bigBytes = copy;
            }
            return neg ? -m : m;
        }
        var v = 0;
        for (var j = start; j < pos; j++) {
            v = v * 256 + code[j];
        }
        if (v >= TWO53) throw bad(argNo, 'value does not fit in 53 bits');
        return v;
    }

    // Reads a u-tagged value (used inside extended operands).
    function readU(argNo: number, what: string): number {
        if (pos >= len) throw truncated();
        var b = code[pos++];
        if ((b & 7) !== 0) throw bad(argNo, what + ' is not tagged u');
        bigBytes = null;
        return value(b, argNo);
    }

    // Reads one operand; a list operand is returned with an empty list and
    // `pendingList` set to its length, and the caller reads its elements.
    var pendingList = -1;
    function operand(argNo: number, inList: boolean): Operand {
        if (pos >= len) throw truncated();
        var b = code[pos++];
        var tag = b & 7;
        bigBytes = null;
        var v = value(b, argNo);
        switch (tag) {
            case 0: // u
                return { t: OT.U, v: v };
            case 1: { // i
                var r: Operand = { t: OT.I, v: v };
                if (bigBytes !== null) r.big = bigBytes;
                return r;
            }
            case 2: // a
                if (v > atomMax) throw bad(argNo, 'atom index ' + v + ' out of range 0..' + atomMax);
                return { t: OT.A, v: v };
            case 3: // x
                if (v > MAX_REG) throw bad(argNo, 'x register ' + v + ' out of range');
                return { t: OT.X, v: v };
            case 4: // y
                if (v > MAX_REG) throw bad(argNo, 'y register ' + v + ' out of range');
                return { t: OT.Y, v: v };
            case 5: // f
                if (v >= labelCount && v !== 0) throw bad(argNo, 'label ' + v + ' out of range 0..' + (labelCount - 1));
                return { t: OT.F, v: v };
            case 6: // h
                return { t: OT.H, v: v };
        }
        // z: extended
        switch (v) {
            case 0: { // old-style float: 8 bytes IEEE 754 big-endian
                if (len - pos < 8) throw truncated();
                if (dv === null) dv = new DataView(code.buffer, code.byteOffset, code.byteLength);
                var f = dv.getFloat64(pos, false);
                pos += 8;
                return { t: OT.FLOAT, v: 0, f: f };
            }
            case 1: { // list
                if (inList) throw bad(argNo, 'nested list');
                var count = readU(argNo, 'list length');
                if (count > len - pos) throw truncated();
                pendingList = count;
                return { t: OT.LIST, v: count, list: [] };
            }
            case 2: { // float register
                var fr = readU(argNo, 'float register');
                if (fr > MAX_REG) throw bad(argNo, 'float register ' + fr + ' out of range');
                return { t: OT.FR, v: fr };
            }
            case 3: { // allocation list
                var n = readU(argNo, 'allocation list length');
                if (n > 3) throw bad(argNo, 'allocation list has ' + n + ' entries');
                var alloc = { words: 0, floats: 0, funs: 0 };
                for (var k = 0; k < n; k++) {
                    var kind = readU(argNo, 'allocation kind');
                    var num = readU(argNo, 'allocation count');
                    if (kind === 0) alloc.words += num;
                    else if (kind === 1) alloc.floats += num;
                    else if (kind === 2) alloc.funs += num;
                    else throw bad(argNo, 'unknown allocation kind ' + kind);
                }
                return { t: OT.ALLOC, v: alloc.words, alloc: alloc };
            }
            case 4: { // literal
                var li = readU(argNo, 'literal index');
                if (li >= litCount) throw bad(argNo, 'literal index ' + li + ' out of range (' + litCount + ' literals)');
                return { t: OT.LIT, v: li };
            }
            case 5: { // typed register
                if (pos >= len) throw truncated();
                var rb = code[pos++];
                var rt = rb & 7;
                if (rt !== 3 && rt !== 4) throw bad(argNo, 'typed register is not an x or y register');
                var reg = value(rb, argNo);
                if (reg > MAX_REG) throw bad(argNo, 'register ' + reg + ' out of range');
                var ti = readU(argNo, 'type index');
                return { t: rt === 3 ? OT.X : OT.Y, v: reg, type: ti };
            }
        }
        throw bad(argNo, 'unknown extended tag ' + v);
    }

    for (;;) {
        opStart = pos;
        op = 0;
        if (pos >= len) throw fail('code ends without int_code_end');
        op = code[pos++];
        if (op < 1 || op > MAX_OPCODE) {
            var o = op;
            op = 0;
            throw fail('unknown opcode ' + o);
        }
        var arity = opcodeArity(op);
        var args: Operand[] = [];
        for (var a = 0; a < arity; a++) {
            pendingList = -1;
            var arg = operand(a, false);
            args.push(arg);
            if (pendingList >= 0) {
                var elems = arg.list as Operand[];
                var cnt = pendingList;
                for (var e = 0; e < cnt; e++) {
                    pendingList = -1;
                    elems.push(operand(a, true));
                }
            }
        }
        if (op === 2) {
            // func_info M F A: name the function for later error messages.
            var fa = args[1];
            var ar = args[2];
            fnName = printable(fa.t === OT.A && fa.v > 0 ? atoms[fa.v] : '?') + '/' + (ar.t === OT.U ? ar.v : '?');
        }
        cb(op, args, opStart);
        if (op === 3) return; // int_code_end
    }
}
