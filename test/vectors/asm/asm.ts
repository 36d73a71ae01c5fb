// Test-only (Node): a tiny BEAM assembler for hand-written test vectors, so that instructions
// only newer compilers emit (OTP 26-29) can be tested with our OTP 25 toolchain.
//
// A module is described much like `erlc -S` output: functions are lists of instructions, each
// [name, ...operands], with the operands built by the helpers below (u, i, a, x, y, f, lit, tr,
// list, ...). The assembler collects atoms, imports, literals, strings, funs and line entries
// and writes a .beam with the chunks AtU8, Code, StrT, ImpT, ExpT, LocT, FunT, LitT, optionally
// Line and Type.
//
// Facts used (OTP's genop.tab and beam_asm's documented encoding, no code copied):
//  - compact terms: tag u=0 i=1 a=2 x=3 y=4 f=5 h=6 z=7; value < 16 in the tag byte, < 2048 in
//    3+8 bits with bit 3 set, else bits 3 and 4 set and 2..8 big-endian bytes (two's complement,
//    with a leading 0 for a positive value whose top bit is set; negative values use at least 2
//    bytes) or, over 8 bytes, 0xF8|tag then the byte count minus 9 as a u value;
//  - z extended: 1 list (u length, elements), 2 float register (u), 3 allocation list
//    (u count, u kind/u amount pairs; kind 0 words, 1 floats, 2 funs), 4 literal (u index),
//    5 typed register (x or y operand, then u index into the Type chunk);
//  - the Code chunk: 16-byte sub-header size, instruction set 0, highest opcode used, label count
//    (highest label + 1), function count; code ends with int_code_end;
//  - ImpT/ExpT/LocT: count, then 3 big-endian words (module/function atom, function atom/arity,
//    arity/label); FunT: count, then 6 words (name atom, total arity, label, index, free vars,
//    old uniq); LitT: uncompressed size, zlib data of (count, then size + term_to_binary each);
//  - Line: version 0, flags 0, line-instruction count, item count (item 0 "no location" is
//    implicit), file-name count, the items as i-tagged line numbers (a-tagged file switches),
//    the file names (16-bit length + bytes); file 0 is the module's own source, implicit;
//  - Type (OTP 25 format, version 1): count, then 18 bytes per type; entry 0 is `any`.
//  - bs_match commands are flattened: each {Cmd, Args...} becomes the atom Cmd then its args.

import * as zlib from 'node:zlib';
import { Term, termToBinary } from './etf';

// ------------------------------------------------------------------------------ opcode table

/** The generic opcodes (number, name, arity), as in OTP's genop.tab (1..185). */
// prettier-ignore
const GENOPS: [number, string, number][] = [
    [1, 'label', 1], [2, 'func_info', 3], [3, 'int_code_end', 0], [4, 'call', 2], [5, 'call_last', 3],
    [6, 'call_only', 2], [7, 'call_ext', 2], [8, 'call_ext_last', 3], [9, 'bif0', 2], [10, 'bif1', 4],
    [11, 'bif2', 5], [12, 'allocate', 2], [13, 'allocate_heap', 3], [14, 'allocate_zero', 2],
    [15, 'allocate_heap_zero', 3], [16, 'test_heap', 2], [17, 'init', 1], [18, 'deallocate', 1],
    [19, 'return', 0], [20, 'send', 0], [21, 'remove_message', 0], [22, 'timeout', 0], [23, 'loop_rec', 2],
    [24, 'loop_rec_end', 1], [25, 'wait', 1], [26, 'wait_timeout', 2], [27, 'm_plus', 4], [28, 'm_minus', 4],
    [29, 'm_times', 4], [30, 'm_div', 4], [31, 'int_div', 4], [32, 'int_rem', 4], [33, 'int_band', 4],
    [34, 'int_bor', 4], [35, 'int_bxor', 4], [36, 'int_bsl', 4], [37, 'int_bsr', 4], [38, 'int_bnot', 3],
    [39, 'is_lt', 3], [40, 'is_ge', 3], [41, 'is_eq', 3], [42, 'is_ne', 3], [43, 'is_eq_exact', 3],
    [44, 'is_ne_exact', 3], [45, 'is_integer', 2], [46, 'is_float', 2], [47, 'is_number', 2], [48, 'is_atom', 2],
    [49, 'is_pid', 2], [50, 'is_reference', 2], [51, 'is_port', 2], [52, 'is_nil', 2], [53, 'is_binary', 2],
    [54, 'is_constant', 2], [55, 'is_list', 2], [56, 'is_nonempty_list', 2], [57, 'is_tuple', 2],
    [58, 'test_arity', 3], [59, 'select_val', 3], [60, 'select_tuple_arity', 3], [61, 'jump', 1],
    [62, 'catch', 2], [63, 'catch_end', 1], [64, 'move', 2], [65, 'get_list', 3], [66, 'get_tuple_element', 3],
    [67, 'set_tuple_element', 3], [68, 'put_string', 3], [69, 'put_list', 3], [70, 'put_tuple', 2], [71, 'put', 1],
    [72, 'badmatch', 1], [73, 'if_end', 0], [74, 'case_end', 1], [75, 'call_fun', 1], [76, 'make_fun', 3],
    [77, 'is_function', 2], [78, 'call_ext_only', 2], [79, 'bs_start_match', 2], [80, 'bs_get_integer', 5],
    [81, 'bs_get_float', 5], [82, 'bs_get_binary', 5], [83, 'bs_skip_bits', 4], [84, 'bs_test_tail', 2],
    [85, 'bs_save', 1], [86, 'bs_restore', 1], [87, 'bs_init', 2], [88, 'bs_final', 2], [89, 'bs_put_integer', 5],
    [90, 'bs_put_binary', 5], [91, 'bs_put_float', 5], [92, 'bs_put_string', 2], [93, 'bs_need_buf', 1],
    [94, 'fclearerror', 0], [95, 'fcheckerror', 1], [96, 'fmove', 2], [97, 'fconv', 2], [98, 'fadd', 4],
    [99, 'fsub', 4], [100, 'fmul', 4], [101, 'fdiv', 4], [102, 'fnegate', 3], [103, 'make_fun2', 1],
    [104, 'try', 2], [105, 'try_end', 1], [106, 'try_case', 1], [107, 'try_case_end', 1], [108, 'raise', 2],
    [109, 'bs_init2', 6], [110, 'bs_bits_to_bytes', 3], [111, 'bs_add', 5], [112, 'apply', 1],
    [113, 'apply_last', 2], [114, 'is_boolean', 2], [115, 'is_function2', 3], [116, 'bs_start_match2', 5],
    [117, 'bs_get_integer2', 7], [118, 'bs_get_float2', 7], [119, 'bs_get_binary2', 7], [120, 'bs_skip_bits2', 5],
    [121, 'bs_test_tail2', 3], [122, 'bs_save2', 2], [123, 'bs_restore2', 2], [124, 'gc_bif1', 5],
    [125, 'gc_bif2', 6], [126, 'bs_final2', 2], [127, 'bs_bits_to_bytes2', 2], [128, 'put_literal', 2],
    [129, 'is_bitstr', 2], [130, 'bs_context_to_binary', 1], [131, 'bs_test_unit', 3], [132, 'bs_match_string', 4],
    [133, 'bs_init_writable', 0], [134, 'bs_append', 8], [135, 'bs_private_append', 6], [136, 'trim', 2],
    [137, 'bs_init_bits', 6], [138, 'bs_get_utf8', 5], [139, 'bs_skip_utf8', 4], [140, 'bs_get_utf16', 5],
    [141, 'bs_skip_utf16', 4], [142, 'bs_get_utf32', 5], [143, 'bs_skip_utf32', 4], [144, 'bs_utf8_size', 3],
    [145, 'bs_put_utf8', 3], [146, 'bs_utf16_size', 3], [147, 'bs_put_utf16', 3], [148, 'bs_put_utf32', 3],
    [149, 'on_load', 0], [150, 'recv_mark', 1], [151, 'recv_set', 1], [152, 'gc_bif3', 7], [153, 'line', 1],
    [154, 'put_map_assoc', 5], [155, 'put_map_exact', 5], [156, 'is_map', 2], [157, 'has_map_fields', 3],
    [158, 'get_map_elements', 3], [159, 'is_tagged_tuple', 4], [160, 'build_stacktrace', 0], [161, 'raw_raise', 0],
    [162, 'get_hd', 2], [163, 'get_tl', 2], [164, 'put_tuple2', 2], [165, 'bs_get_tail', 3],
    [166, 'bs_start_match3', 4], [167, 'bs_get_position', 3], [168, 'bs_set_position', 2], [169, 'swap', 2],
    [170, 'bs_start_match4', 4], [171, 'make_fun3', 3], [172, 'init_yregs', 1], [173, 'recv_marker_bind', 2],
    [174, 'recv_marker_clear', 1], [175, 'recv_marker_reserve', 1], [176, 'recv_marker_use', 1],
    [177, 'bs_create_bin', 6], [178, 'call_fun2', 3], [179, 'nif_start', 0], [180, 'badrecord', 1],
    // OTP 26
    [181, 'update_record', 5], [182, 'bs_match', 3],
    // OTP 27, 28
    [183, 'executable_line', 2], [184, 'debug_line', 4],
    // OTP 29
    [185, 'bif3', 6],
];

const OPS_BY_NAME: { [name: string]: { num: number; arity: number } } = {};
for (const [num, name, arity] of GENOPS) OPS_BY_NAME['$' + name] = { num, arity };

export function genop(name: string): { num: number; arity: number } {
    const o = OPS_BY_NAME['$' + name];
    if (!o) throw new Error('asm: unknown instruction ' + name);
    return o;
}
export const GENOP_TABLE: ReadonlyArray<[number, string, number]> = GENOPS;

// ------------------------------------------------------------------------------ operands

export type Operand =
    | { k: 'u'; v: number | bigint }
    | { k: 'i'; v: number | bigint }
    | { k: 'a'; v: string | null } // null: the nil atom slot (a 0), i.e. []
    | { k: 'x'; v: number }
    | { k: 'y'; v: number }
    | { k: 'f'; v: number }
    | { k: 'h'; v: number }
    | { k: 'lit'; v: Term }
    | { k: 'tr'; reg: { k: 'x' | 'y'; v: number }; type: number }
    | { k: 'list'; v: Operand[] }
    | { k: 'fr'; v: number }
    | { k: 'alloc'; entries: [number, number][] } // [kind, amount]: kind 0 words, 1 floats, 2 funs
    | { k: 'str'; v: Uint8Array } // an offset into StrT (u)
    | { k: 'ext'; m: string; f: string; a: number } // an import index (u)
    | { k: 'lambda'; label: number; numFree: number } // a FunT index (u)
    | { k: 'loc'; line: number; file?: string } // a Line table index (u); line 0: "no location"
    | { k: 'oldfloat'; v: number } // z 0: 8-byte float (pre-OTP 20 encoding)
    | { k: 'raw'; bytes: number[] }; // bytes written as they are (malformed vectors)

export const u = (v: number | bigint): Operand => ({ k: 'u', v });
export const i = (v: number | bigint): Operand => ({ k: 'i', v });
export const a = (v: string): Operand => ({ k: 'a', v });
/** [] as an operand: the a-tagged 0. */
export const nil: Operand = { k: 'a', v: null };
export const x = (v: number): { k: 'x'; v: number } => ({ k: 'x', v });
export const y = (v: number): { k: 'y'; v: number } => ({ k: 'y', v });
export const f = (v: number): Operand => ({ k: 'f', v });
export const lit = (v: Term): Operand => ({ k: 'lit', v });
/** A typed register; type indexes the Type chunk (0 = any). */
export const tr = (reg: { k: 'x' | 'y'; v: number }, type = 0): Operand => ({ k: 'tr', reg, type });
export const list = (...v: Operand[]): Operand => ({ k: 'list', v });
export const fr = (v: number): Operand => ({ k: 'fr', v });
/** An allocation list as beam_asm writes it: words and floats, and funs when there are any. */
export const alloc = (words: number, floats = 0, funs = 0): Operand => ({
    k: 'alloc',
    entries: funs > 0 ? [[0, words], [1, floats], [2, funs]] : [[0, words], [1, floats]],
});
export const string = (s: string | number[]): Operand => ({ k: 'str', v: typeof s === 'string' ? new Uint8Array(Buffer.from(s, 'latin1')) : new Uint8Array(s) });
export const ext = (m: string, fn: string, ar: number): Operand => ({ k: 'ext', m, f: fn, a: ar });
/** The FunT entry of the local function whose entry label is `label`, with numFree free variables. */
export const lambda = (label: number, numFree: number): Operand => ({ k: 'lambda', label, numFree });
/** A location (line, and file when not the module's own source) as a Line table index. */
export const loc = (line: number, file?: string): Operand => ({ k: 'loc', line, file });
export const raw = (...bytes: number[]): Operand => ({ k: 'raw', bytes });
/** bs_match / bs_create_bin field flags given as a literal list of flag atoms ([] is nil). */
export function flagList(...flags: string[]): Operand {
    return flags.length === 0 ? nil : lit(flags.map((s) => ({ $: 'atom', name: s }) as Term));
}
/** The u-encoded field flags of bs_get_* instructions (little 2, signed 4, native 16). */
export function fieldFlags(...flags: string[]): Operand {
    let v = 0;
    for (const fl of flags) {
        if (fl === 'little') v |= 2;
        else if (fl === 'signed') v |= 4;
        else if (fl === 'native') v |= 16;
        else if (fl !== 'big' && fl !== 'unsigned') throw new Error('asm: unknown flag ' + fl);
    }
    return u(v);
}
/** A bs_match command list: each command is [name, ...operands]; the name becomes an atom. */
export function commands(...cmds: [string, ...Operand[]][]): Operand {
    const out: Operand[] = [];
    for (const [name, ...args] of cmds) out.push(a(name), ...args);
    return list(...out);
}

/** An instruction: [name, ...operands], or a raw opcode number with its operands. */
export type Instr = [string, ...Operand[]] | { op: number; args: Operand[] } | { bytes: number[] };

export interface FunctionSpec {
    name: string;
    arity: number;
    /** the label called to enter the function */
    entry: number;
    code: Instr[];
}

export interface ModuleSpec {
    name: string;
    /** exported [name, arity] pairs; every other function goes to LocT */
    exports: [string, number][];
    functions: FunctionSpec[];
    /** write a Line chunk (default: when any loc() operand is used) */
    lineChunk?: boolean;
    /** the module's source file: the Line chunk's implicit file 0 (default "<name>.erl") */
    sourceFile?: string;
    /** overrides of the Code sub-header */
    maxOpcode?: number;
    labelCount?: number;
    functionCount?: number;
    /** literal table as 'LitT' (compressed, what erlc writes) or 'LitU' (packbeam's uncompressed) */
    literalChunk?: 'LitT' | 'LitU';
    /** raw Type chunk; default: an OTP 25 table holding only `any` when typed registers are used */
    typeChunk?: Uint8Array;
    /** further raw chunks appended as they are */
    extraChunks?: { id: string; data: Uint8Array }[];
    /** cut the Code chunk's instruction bytes to this length (malformed vectors) */
    truncateCodeTo?: number;
}

// ------------------------------------------------------------------------------ encoding

function bytesUnsigned(n: bigint): number[] {
    const out: number[] = [];
    while (n > 0n) {
        out.unshift(Number(n & 255n));
        n >>= 8n;
    }
    if (out.length === 0) out.push(0);
    if (out[0] & 0x80) out.unshift(0);
    return out;
}

function bytesNegative(n: bigint): number[] {
    if (n >= -0x8000n) return [Number((n >> 8n) & 255n), Number(n & 255n)];
    const mag = bytesUnsigned(-n);
    let len = mag.length;
    if (mag[0] === 0) len--; // bytesUnsigned's sign padding does not count here
    const out: number[] = [];
    let v = BigInt.asUintN(len * 8, n);
    for (let k = 0; k < len; k++) {
        out.unshift(Number(v & 255n));
        v >>= 8n;
    }
    if ((out[0] & 0x80) === 0) out.unshift(0xff);
    return out;
}

function encodeBytes(tag: number, bytes: number[], out: number[]): void {
    const n = bytes.length;
    if (n >= 2 && n <= 8) out.push(((n - 2) << 5) | 0x18 | tag, ...bytes);
    else if (n > 8) {
        out.push(0xf8 | tag);
        encodeTagged(0, BigInt(n - 9), out);
        out.push(...bytes);
    } else throw new Error('asm: internal: 1-byte multi-byte form');
}

/** The compact-term encoding of value v with tag (0..7). */
export function encodeTagged(tag: number, v: number | bigint, out: number[] = []): number[] {
    const n = BigInt(v);
    if (n < 0n) {
        if (tag !== 1) throw new Error('asm: negative value for tag ' + tag);
        encodeBytes(tag, bytesNegative(n), out);
    } else if (n < 16n) out.push((Number(n) << 4) | tag);
    else if (n < 0x800n) {
        const w = Number(n);
        out.push(((w >> 3) & 0xe0) | tag | 0x08, w & 0xff);
    } else encodeBytes(tag, bytesUnsigned(n), out);
    return out;
}

const TAG = { u: 0, i: 1, a: 2, x: 3, y: 4, f: 5, h: 6, z: 7 };

// OTP 25's `any` type entry of the Type chunk.
const ANY_TYPE_25 = [0x1f, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255];

function be32(n: number): number[] {
    return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

function chunk(id: string, data: Uint8Array | number[]): Buffer {
    const d = Buffer.from(data as Uint8Array);
    const h = Buffer.alloc(8);
    h.write(id, 0, 'latin1');
    h.writeUInt32BE(d.length, 4);
    return Buffer.concat([h, d, Buffer.alloc((4 - (d.length & 3)) & 3)]);
}

export interface Assembled {
    beam: Buffer;
    atoms: string[];
    /** byte offset of each instruction in the Code chunk's instruction bytes */
    offsets: number[];
    code: Buffer;
}

/** Assembles a module description into .beam bytes. */
export function assemble(spec: ModuleSpec): Assembled {
    const atoms: string[] = [];
    const atomIdx: { [k: string]: number } = {};
    function atomIndex(name: string): number {
        const key = '$' + name;
        if (!Object.prototype.hasOwnProperty.call(atomIdx, key)) {
            atoms.push(name);
            atomIdx[key] = atoms.length;
        }
        return atomIdx[key];
    }
    atomIndex(spec.name);

    const imports: [number, number, number][] = [];
    const importIdx: { [k: string]: number } = {};
    function importIndex(m: string, fn: string, ar: number): number {
        const key = '$' + m + ':' + fn + '/' + ar;
        if (!Object.prototype.hasOwnProperty.call(importIdx, key)) {
            imports.push([atomIndex(m), atomIndex(fn), ar]);
            importIdx[key] = imports.length - 1;
        }
        return importIdx[key];
    }

    const literals: Uint8Array[] = [];
    const litIdx: { [k: string]: number } = {};
    function literalIndex(t: Term): number {
        const b = termToBinary(t);
        const key = '$' + Buffer.from(b).toString('hex');
        if (!Object.prototype.hasOwnProperty.call(litIdx, key)) {
            literals.push(b);
            litIdx[key] = literals.length - 1;
        }
        return litIdx[key];
    }

    let strings = Buffer.alloc(0);
    function stringOffset(s: Uint8Array): number {
        if (s.length === 0) return 0;
        const at = strings.indexOf(Buffer.from(s));
        if (at >= 0) return at;
        const off = strings.length;
        strings = Buffer.concat([strings, Buffer.from(s)]);
        return off;
    }

    const byEntry: { [label: string]: FunctionSpec } = {};
    for (const fn of spec.functions) byEntry['$' + fn.entry] = fn;
    const funs: { name: number; arity: number; label: number; numFree: number }[] = [];
    const funIdx: { [k: string]: number } = {};
    function lambdaIndex(label: number, numFree: number): number {
        const key = '$' + label + '/' + numFree;
        if (!Object.prototype.hasOwnProperty.call(funIdx, key)) {
            const target = byEntry['$' + label];
            if (!target) throw new Error('asm: lambda: no function with entry label ' + label);
            funs.push({ name: atomIndex(target.name), arity: target.arity, label, numFree });
            funIdx[key] = funs.length - 1;
        }
        return funIdx[key];
    }

    const lineItems: [number, number][] = []; // [file index, line]
    const lineIdx: { [k: string]: number } = {};
    const fileNames: string[] = []; // files 1..n; file 0 is the module's source
    const sourceFile = spec.sourceFile ?? spec.name + '.erl';
    let lineInstrs = 0;
    let usesLoc = false;
    function lineIndex(line: number, file?: string): number {
        usesLoc = true;
        if (line === 0) return 0;
        let fi = 0;
        if (file !== undefined && file !== sourceFile) {
            fi = fileNames.indexOf(file) + 1;
            if (fi === 0) {
                fileNames.push(file);
                fi = fileNames.length;
            }
        }
        const key = '$' + fi + ':' + line;
        if (!Object.prototype.hasOwnProperty.call(lineIdx, key)) {
            lineItems.push([fi, line]);
            lineIdx[key] = lineItems.length; // item 0 is implicit
        }
        return lineIdx[key];
    }

    let usesTypes = false;
    let maxLabel = 0;
    let maxOp = 0;
    let funcInfos = 0;
    const code: number[] = [];
    const offsets: number[] = [];

    function operand(o: Operand, out: number[], inList: boolean): void {
        switch (o.k) {
            case 'u':
                encodeTagged(TAG.u, o.v, out);
                return;
            case 'i':
                encodeTagged(TAG.i, o.v, out);
                return;
            case 'a':
                encodeTagged(TAG.a, o.v === null ? 0 : atomIndex(o.v), out);
                return;
            case 'x':
                encodeTagged(TAG.x, o.v, out);
                return;
            case 'y':
                encodeTagged(TAG.y, o.v, out);
                return;
            case 'f':
                if (o.v > maxLabel) maxLabel = o.v;
                encodeTagged(TAG.f, o.v, out);
                return;
            case 'h':
                encodeTagged(TAG.h, o.v, out);
                return;
            case 'lit':
                encodeTagged(TAG.z, 4, out);
                encodeTagged(TAG.u, literalIndex(o.v), out);
                return;
            case 'tr':
                usesTypes = true;
                encodeTagged(TAG.z, 5, out);
                encodeTagged(o.reg.k === 'x' ? TAG.x : TAG.y, o.reg.v, out);
                encodeTagged(TAG.u, o.type, out);
                return;
            case 'list':
                if (inList) throw new Error('asm: nested list operand');
                encodeTagged(TAG.z, 1, out);
                encodeTagged(TAG.u, o.v.length, out);
                for (const e of o.v) operand(e, out, true);
                return;
            case 'fr':
                encodeTagged(TAG.z, 2, out);
                encodeTagged(TAG.u, o.v, out);
                return;
            case 'alloc': {
                encodeTagged(TAG.z, 3, out);
                encodeTagged(TAG.u, o.entries.length, out);
                for (const [kind, n] of o.entries) {
                    encodeTagged(TAG.u, kind, out);
                    encodeTagged(TAG.u, n, out);
                }
                return;
            }
            case 'str':
                encodeTagged(TAG.u, stringOffset(o.v), out);
                return;
            case 'ext':
                encodeTagged(TAG.u, importIndex(o.m, o.f, o.a), out);
                return;
            case 'lambda':
                encodeTagged(TAG.u, lambdaIndex(o.label, o.numFree), out);
                return;
            case 'loc':
                encodeTagged(TAG.u, lineIndex(o.line, o.file), out);
                return;
            case 'oldfloat': {
                encodeTagged(TAG.z, 0, out);
                const b = Buffer.alloc(8);
                b.writeDoubleBE(o.v, 0);
                out.push(...b);
                return;
            }
            case 'raw':
                out.push(...o.bytes);
                return;
        }
    }

    function emit(ins: Instr, where: string): void {
        offsets.push(code.length);
        if ('bytes' in ins) {
            code.push(...ins.bytes);
            return;
        }
        let num: number;
        let args: Operand[];
        if (Array.isArray(ins)) {
            const [name, ...rest] = ins;
            const g = genop(name);
            if (g.arity !== rest.length) {
                throw new Error(`asm: ${where}: ${name} takes ${g.arity} operands, got ${rest.length}`);
            }
            num = g.num;
            args = rest;
        } else {
            num = ins.op;
            args = ins.args;
        }
        if (num === 1 && args[0].k === 'u' && Number(args[0].v) > maxLabel) maxLabel = Number(args[0].v);
        if (num === 2) funcInfos++;
        if (num === 153 || num === 183 || num === 184) lineInstrs++;
        if (num > maxOp && num <= 255) maxOp = num;
        code.push(num);
        for (const o of args) operand(o, code, false);
    }

    for (const fn of spec.functions) {
        for (let k = 0; k < fn.code.length; k++) emit(fn.code[k], `${fn.name}/${fn.arity} instruction ${k}`);
    }
    emit(['int_code_end'], 'end');
    if (usesTypes && maxOp < 178) maxOp = 178; // what OTP does: typed registers need OTP 25+

    let codeBytes = Buffer.from(code);
    if (spec.truncateCodeTo !== undefined) codeBytes = codeBytes.subarray(0, spec.truncateCodeTo);
    const codeChunk = Buffer.concat([
        Buffer.from([
            ...be32(16),
            ...be32(0),
            ...be32(spec.maxOpcode ?? maxOp),
            ...be32(spec.labelCount ?? maxLabel + 1),
            ...be32(spec.functionCount ?? funcInfos),
        ]),
        codeBytes,
    ]);

    // exports and locals (atoms for their names are interned here if not yet)
    const exported: { [k: string]: boolean } = {};
    for (const [n, ar] of spec.exports) exported['$' + n + '/' + ar] = true;
    const expT: number[] = [];
    const locT: number[] = [];
    let nExp = 0;
    let nLoc = 0;
    for (const [n, ar] of spec.exports) {
        const fn = spec.functions.find((q) => q.name === n && q.arity === ar);
        if (!fn) throw new Error(`asm: exported ${n}/${ar} is not defined`);
        expT.push(...be32(atomIndex(n)), ...be32(ar), ...be32(fn.entry));
        nExp++;
    }
    for (const fn of spec.functions) {
        if (exported['$' + fn.name + '/' + fn.arity]) continue;
        locT.push(...be32(atomIndex(fn.name)), ...be32(fn.arity), ...be32(fn.entry));
        nLoc++;
    }

    // atom table (classic form: count, then 8-bit length + UTF-8 name)
    const atomBytes: number[] = [...be32(atoms.length)];
    for (const s of atoms) {
        const b = Buffer.from(s, 'utf8');
        if (b.length > 255) throw new Error('asm: atom too long: ' + s);
        atomBytes.push(b.length, ...b);
    }

    const impT: number[] = [...be32(imports.length)];
    for (const [m, fn, ar] of imports) impT.push(...be32(m), ...be32(fn), ...be32(ar));

    const funT: number[] = [...be32(funs.length)];
    funs.forEach((q, idx) => funT.push(...be32(q.name), ...be32(q.arity), ...be32(q.label), ...be32(idx), ...be32(q.numFree), ...be32(0)));

    const litRaw: number[] = [...be32(literals.length)];
    for (const l of literals) litRaw.push(...be32(l.length), ...l);

    const parts: Buffer[] = [
        chunk('AtU8', atomBytes),
        chunk('Code', codeChunk),
        chunk('StrT', strings),
        chunk('ImpT', impT),
        chunk('ExpT', [...be32(nExp), ...expT]),
        chunk('LocT', [...be32(nLoc), ...locT]),
    ];
    if (funs.length > 0) parts.push(chunk('FunT', funT));
    if (literals.length > 0) {
        if (spec.literalChunk === 'LitU') parts.push(chunk('LitU', litRaw));
        else parts.push(chunk('LitT', [...be32(litRaw.length), ...zlib.deflateSync(Buffer.from(litRaw))]));
    }
    if (spec.lineChunk ?? usesLoc) {
        const items: number[] = [];
        let curFile = 0;
        for (const [fi, ln] of lineItems) {
            if (fi !== curFile) encodeTagged(TAG.a, fi, items);
            curFile = fi;
            encodeTagged(TAG.i, ln, items);
        }
        for (const name of fileNames) {
            const b = Buffer.from(name, 'utf8');
            items.push((b.length >> 8) & 255, b.length & 255, ...b);
        }
        parts.push(chunk('Line', [...be32(0), ...be32(0), ...be32(lineInstrs), ...be32(lineItems.length), ...be32(fileNames.length), ...items]));
    }
    if (spec.typeChunk) parts.push(chunk('Type', spec.typeChunk));
    else if (usesTypes) parts.push(chunk('Type', [...be32(1), ...be32(1), ...ANY_TYPE_25]));
    for (const c of spec.extraChunks ?? []) parts.push(chunk(c.id, c.data));

    const body = Buffer.concat(parts);
    const head = Buffer.alloc(12);
    head.write('FOR1', 0, 'latin1');
    head.writeUInt32BE(body.length + 4, 4);
    head.write('BEAM', 8, 'latin1');
    return { beam: Buffer.concat([head, body]), atoms, offsets, code: codeBytes };
}

// ------------------------------------------------------------------------------ helpers

/**
 * The usual function prologue: label L, line (optional), func_info, label L+1 (the entry).
 * Returns the FunctionSpec with `body` appended.
 */
export function fn(mod: string, name: string, arity: number, firstLabel: number, body: Instr[], line = 0): FunctionSpec {
    const code: Instr[] = [['label', u(firstLabel)]];
    if (line > 0) code.push(['line', loc(line)]);
    code.push(['func_info', a(mod), a(name), u(arity)], ['label', u(firstLabel + 1)], ...body);
    return { name, arity, entry: firstLabel + 1, code };
}
