// Loader tests: opcode table, BEAM chunk parsing, packbeam archives, the
// instruction decoder and the inspector, against .beam files produced by erlc
// (prebuilt ones in test/vectors/beam, fresh ones compiled at test time, and
// every module of OTP's stdlib, kernel and compiler) with OTP itself as oracle.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

import { parseBeam, BeamFile, beamExports, beamImports, beamFuns } from '../../src/vm/loader/beam';
import { parseAvm, isAvm } from '../../src/vm/loader/avm';
import { readCode, Operand, OT } from '../../src/vm/loader/code_reader';
import { opcodeInfo, opcodeArity, MAX_OPCODE, opcodeName, opcodeNumber, isEmittedOpcode, NEVER } from '../../src/vm/loader/opcodes';
import { inspectFile } from '../../src/tools/inspect';
import {
    PREBUILT_DIR, VECTORS_DIR, hasErlang, erlEval, compileVectors, otpEbinDirs, splitChunks, buildBeam,
    replaceChunk, getChunk, uncompressLitT, packbeamBeam, buildAvm, u32, compact
} from '../vectors/beam_tools';

const ERL = hasErlang();
const noErl = ERL ? false : 'erl/erlc not installed';

function prebuilt(name: string): Buffer {
    return fs.readFileSync(path.join(PREBUILT_DIR, name + '.beam'));
}
function parse(buf: Buffer | Uint8Array, name = 'x.beam'): BeamFile {
    return parseBeam(new Uint8Array(buf), name);
}
function decodeAll(b: BeamFile): { op: number; args: Operand[]; off: number }[] {
    const out: { op: number; args: Operand[]; off: number }[] = [];
    readCode(b, (op, args, off) => out.push({ op, args, off }));
    return out;
}
function intValue(o: Operand): bigint {
    if (!o.big) return BigInt(o.v);
    let v = 0n;
    for (const x of o.big) v = v * 256n + BigInt(x);
    if (o.big[0] >= 0x80) v -= 1n << BigInt(8 * o.big.length);
    return v;
}
function throwsMsg(fn: () => unknown, re: RegExp): void {
    assert.throws(fn, (e: unknown) => {
        assert.ok(e instanceof Error && e.constructor === Error, 'plain Error expected, got ' + String(e));
        assert.ok(!e.message.includes('\n'), 'one-line message: ' + e.message);
        assert.match(e.message, re);
        return true;
    });
}
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-test-'));
process.on('exit', () => fs.rmSync(tmpDir, { recursive: true, force: true }));

// ---------------------------------------------------------------- opcodes

test('opcode table: rows 1..MAX_OPCODE, unique names, known numbers', () => {
    assert.equal(MAX_OPCODE, 185);
    assert.equal(opcodeInfo(0), null);
    assert.equal(opcodeInfo(MAX_OPCODE + 1), null);
    assert.equal(opcodeArity(MAX_OPCODE + 1), -1);
    const seen = new Set<string>();
    for (let i = 1; i <= MAX_OPCODE; i++) {
        const r = opcodeInfo(i)!;
        assert.equal(opcodeArity(i), r.arity);
        assert.ok(r.name.length > 0 && !seen.has(r.name), 'row ' + i);
        seen.add(r.name);
        assert.ok(r.arity >= 0 && r.arity <= 8, 'arity of ' + r.name);
        assert.equal(opcodeNumber(r.name), i);
    }
    const expect: [number, string, number][] = [
        [1, 'label', 1], [2, 'func_info', 3], [3, 'int_code_end', 0], [64, 'move', 2], [153, 'line', 1],
        [164, 'put_tuple2', 2], [171, 'make_fun3', 3], [172, 'init_yregs', 1], [177, 'bs_create_bin', 6],
        [178, 'call_fun2', 3], [179, 'nif_start', 0], [180, 'badrecord', 1], [181, 'update_record', 5],
        [182, 'bs_match', 3], [183, 'executable_line', 2], [184, 'debug_line', 4], [185, 'bif3', 6]
    ];
    for (const [n, name, arity] of expect) {
        assert.equal(opcodeInfo(n)!.name, name);
        assert.equal(opcodeInfo(n)!.arity, arity, name);
    }
    assert.equal(opcodeName(64), 'move');
    assert.equal(opcodeName(0), 'opcode_0');
    assert.equal(opcodeName(186), 'opcode_186');
    assert.equal(opcodeNumber('no_such_op'), 0);
    assert.equal(isEmittedOpcode(64), true);
    assert.equal(isEmittedOpcode(14), true); // allocate_zero: OTP 21..23
    assert.equal(isEmittedOpcode(27), false); // m_plus
    assert.equal(isEmittedOpcode(185), false); // bif3: OTP 29
    assert.equal(opcodeInfo(27)!.last, NEVER);
});

test('opcode table agrees with OTP beam_opcodes:opname/1', { skip: noErl }, () => {
    const out = erlEval(
        'L = [{N, beam_opcodes:opname(N)} || N <- lists:seq(1, 255), try beam_opcodes:opname(N), true catch _:_ -> false end],' +
        '[io:format("~w ~s ~w~n", [N, Name, A]) || {N, {Name, A}} <- L], halt().');
    const rows = out.trim().split('\n');
    assert.ok(rows.length >= 180, 'OTP knows at least 180 opcodes');
    for (const row of rows) {
        const [n, name, arity] = row.split(' ');
        assert.equal(opcodeInfo(+n)!.name, name, 'opcode ' + n);
        assert.equal(opcodeInfo(+n)!.arity, +arity, 'arity of ' + name);
    }
});

// ---------------------------------------------------------------- beam parsing

test('parseBeam: small module', () => {
    const b = parse(prebuilt('vec_small'), 'vec_small.beam');
    assert.equal(b.file, 'vec_small.beam');
    assert.equal(b.module, 'vec_small');
    assert.equal(b.atoms[0], '');
    assert.equal(b.atoms[1], 'vec_small');
    assert.equal(b.instructionSet, 0);
    assert.ok(b.labelCount > 1 && b.functionCount === 3);
    const exps = beamExports(b).map((e) => b.atoms[e.fn] + '/' + e.arity).sort();
    assert.deepEqual(exps, ['module_info/0', 'module_info/1', 'start/0']);
    const imps = beamImports(b).map((i) => `${b.atoms[i.module]}:${b.atoms[i.fn]}/${i.arity}`).sort();
    assert.deepEqual(imps, ['erlang:get_module_info/1', 'erlang:get_module_info/2']);
    assert.equal(b.code[b.code.length - 1], 3, 'code ends with int_code_end');
    assert.equal(b.strings.length, 0);
    assert.ok(b.maxOpcode <= MAX_OPCODE);
});

test('parseBeam: UTF-8 atoms, long atoms', () => {
    const b = parse(prebuilt('vec_unicode'));
    for (const a of ['héllo', 'wörld', '日本語', '🙂', 'abcdefghij'.repeat(10)]) assert.ok(b.atoms.includes(a), a);
    assert.ok(beamExports(b).some((e) => b.atoms[e.fn] === '日本語' && e.arity === 1));
    // the VM's form: each atom's UTF-8 bytes, one char per byte (no char above U+00FF, which an
    // engine without Unicode strings could not keep)
    const raw = parseBeam(new Uint8Array(prebuilt('vec_unicode')), 'vec_unicode.beam', true);
    assert.equal(raw.atoms.length, b.atoms.length);
    raw.atoms.forEach((a, i) => assert.equal(a, Buffer.from(b.atoms[i], 'utf8').toString('latin1'), b.atoms[i]));
});

test('parseBeam: literals match an independent zlib decode of LitT', () => {
    const buf = prebuilt('vec_basic');
    const b = parse(buf);
    const raw = uncompressLitT(getChunk(splitChunks(buf), 'LitT'));
    const n = raw.readUInt32BE(0);
    assert.equal(b.literals.length, n);
    let pos = 4;
    for (let i = 0; i < n; i++) {
        const len = raw.readUInt32BE(pos);
        assert.deepEqual(Buffer.from(b.literals[i]), raw.subarray(pos + 4, pos + 4 + len));
        assert.equal(b.literals[i][0], 131);
        pos += 4 + len;
    }
});

test('parseBeam: line table with an included file', () => {
    const b = parse(prebuilt('vec_basic'));
    const l = b.lines!;
    assert.ok(l !== null);
    assert.equal(l.items[0], 0);
    assert.equal(l.itemFiles[0], 0);
    assert.equal(l.items.length, l.itemFiles.length);
    assert.equal(l.files[0], 'vec_basic.erl');
    const inc = l.files.findIndex((f) => f.endsWith('vec_inc.hrl'));
    assert.ok(inc > 0, 'include file named');
    const incLines = [];
    for (let i = 1; i < l.items.length; i++) if (l.itemFiles[i] === inc) incLines.push(l.items[i]);
    assert.ok(incLines.includes(2), 'inc_double/1 is on line 2 of vec_inc.hrl: ' + incLines);
    // Every `line` instruction refers to an item of the table.
    const lineOp = opcodeNumber('line');
    let lineIns = 0;
    readCode(b, (op, args) => {
        if (op === lineOp) {
            lineIns++;
            assert.ok(args[0].t === OT.U && args[0].v < l.items.length);
        }
    });
    assert.ok(lineIns > 10);
    // arith/1 starts on line 14 of vec_basic.erl (file 0 or the same name spelled out).
    const src = fs.readFileSync(path.join(VECTORS_DIR, 'src', 'vec_basic.erl'), 'utf8').split('\n');
    const arithLine = src.findIndex((s) => s.startsWith('arith(X)')) + 1;
    let found = false;
    for (let i = 1; i < l.items.length; i++) {
        if (l.items[i] === arithLine && l.files[l.itemFiles[i]].endsWith('vec_basic.erl')) found = true;
    }
    assert.ok(found, 'line ' + arithLine + ' of vec_basic.erl present');
});

test('parseBeam: FunT', () => {
    const b = parse(prebuilt('vec_basic'));
    assert.equal(beamFuns(b).length, 1);
    const f = beamFuns(b)[0];
    assert.equal(f.numFree, 1);
    assert.equal(f.arity, 2, 'FunT arity counts the free variables');
    assert.equal(f.index, 0);
    assert.ok(f.label > 0 && f.label < b.labelCount);
    assert.ok(b.atoms[f.fn].startsWith('-funs/1-fun-'));
});

test('parseBeam: latin1 Atom chunk', () => {
    const chunks = splitChunks(prebuilt('vec_small'));
    const b0 = parse(prebuilt('vec_small'));
    const atoms = b0.atoms.slice(1).map((a) => (a === 'ok' ? 'ok\u00ff' : a));
    const parts = [u32(atoms.length)];
    for (const a of atoms) parts.push(Buffer.from([a.length]), Buffer.from(a, 'latin1'));
    const b = parse(buildBeam(replaceChunk(chunks, 'AtU8', Buffer.concat(parts), 'Atom')));
    assert.deepEqual(b.atoms, ['', ...atoms]);
    assert.ok(b.atoms.includes('ok\u00ff'));
    assert.equal(decodeAll(b).length, decodeAll(b0).length);
});

test('parseBeam: OTP 28 AtU8 form (negative count, compact lengths)', () => {
    const buf = prebuilt('vec_unicode');
    const b0 = parse(buf);
    const atoms = b0.atoms.slice(1);
    const parts = [u32(-atoms.length)];
    for (const a of atoms) {
        const bytes = Buffer.from(a, 'utf8');
        parts.push(compact(0, BigInt(bytes.length)), bytes);
    }
    const b = parse(buildBeam(replaceChunk(splitChunks(buf), 'AtU8', Buffer.concat(parts))));
    assert.deepEqual(b.atoms, b0.atoms);
});

test('parseBeam: LitU and LitT with uncompressed size 0 (packbeam forms)', () => {
    const buf = prebuilt('vec_basic');
    const b0 = parse(buf);
    for (const mode of ['LitU', 'LitT0'] as const) {
        const pb = packbeamBeam(buf, mode);
        const ids = splitChunks(pb).map((c) => c.id);
        assert.ok(ids.includes(mode === 'LitU' ? 'LitU' : 'LitT'));
        const b = parse(pb);
        assert.equal(b.literals.length, b0.literals.length);
        b.literals.forEach((l, i) => assert.deepEqual(l, b0.literals[i]));
        assert.equal(decodeAll(b).length, decodeAll(b0).length);
    }
});

test('parseBeam: optional chunks', () => {
    const chunks = splitChunks(prebuilt('vec_small'));
    const b = parse(buildBeam(chunks.filter((c) => ['AtU8', 'Code'].includes(c.id))));
    assert.deepEqual([b.imports.length, b.exports.length, b.funs.length, b.literals.length], [0, 0, 0, 0]);
    assert.equal(b.lines, null);
    const line = Buffer.from(getChunk(chunks, 'Line'));
    line.writeUInt32BE(1, 0); // unknown Line version: ignored, as OTP does
    assert.equal(parse(buildBeam(replaceChunk(chunks, 'Line', line))).lines, null);
});

test('parseBeam: errors name the file and the problem', () => {
    const buf = prebuilt('vec_basic');
    const chunks = splitChunks(buf);
    const F = 'bad.beam';
    const p = (b: Buffer) => () => parseBeam(new Uint8Array(b), F);
    throwsMsg(p(Buffer.from('hello world, not a beam')), /^bad\.beam: not a BEAM file/);
    throwsMsg(p(buf.subarray(0, 100)), /^bad\.beam: FOR1 header claims \d+ bytes but only 92 remain$/);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'Code', null))), /^bad\.beam: module vec_basic: missing Code chunk$/);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'AtU8', null))), /^bad\.beam: missing atom table/);
    // A chunk whose size overruns the form.
    const lying = Buffer.from(buf);
    lying.writeUInt32BE(0x7fff0000, 16);
    throwsMsg(p(lying), /^bad\.beam: chunk '\w{4}' at offset 0xc claims 2147418112 bytes but only \d+ remain$/);
    // Import entry with an atom index out of range.
    const imp = Buffer.from(getChunk(chunks, 'ImpT'));
    imp.writeUInt32BE(999, 4);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'ImpT', imp))), /^bad\.beam: module vec_basic: chunk 'ImpT' entry 0: atom index 999 out of range 1\.\.\d+$/);
    const imp2 = Buffer.from(getChunk(chunks, 'ImpT'));
    imp2.writeUInt32BE(100000, 0);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'ImpT', imp2))), /chunk 'ImpT' claims 100000 entries but has room for \d+$/);
    const exp = Buffer.from(getChunk(chunks, 'ExpT'));
    exp.writeUInt32BE(5000, 12);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'ExpT', exp))), /chunk 'ExpT' entry 0: label 5000 out of range 1\.\.59$/);
    const fun = Buffer.from(getChunk(chunks, 'FunT'));
    fun.writeUInt32BE(0, 4);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'FunT', fun))), /chunk 'FunT' entry 0: atom index 0 out of range/);
    // Literal table lies.
    const raw = Buffer.from(uncompressLitT(getChunk(chunks, 'LitT')));
    const litU = (r: Buffer) => p(buildBeam(replaceChunk(chunks, 'LitT', r, 'LitU')));
    const r1 = Buffer.from(raw);
    r1.writeUInt32BE(5000, 0);
    throwsMsg(litU(r1), /chunk 'LitU' claims 5000 literals but has only \d+ bytes$/);
    const r2 = Buffer.from(raw);
    r2.writeUInt32BE(9999, 4);
    throwsMsg(litU(r2), /chunk 'LitU' literal 0 claims 9999 bytes but only \d+ remain$/);
    const r3 = Buffer.from(raw);
    r3[8] = 77;
    throwsMsg(litU(r3), /chunk 'LitU' literal 0 is not in external term format$/);
    const litT = Buffer.from(getChunk(chunks, 'LitT'));
    litT[litT.length - 1] ^= 0x55;
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'LitT', litT))), /^bad\.beam: module vec_basic: chunk 'LitT': corrupt zlib stream: /);
    const litT2 = Buffer.from(getChunk(chunks, 'LitT'));
    litT2.writeUInt32BE(litT2.readUInt32BE(0) + 1, 0);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'LitT', litT2))), /chunk 'LitT': corrupt zlib stream: /);
    // Code header lies.
    const code = Buffer.from(getChunk(chunks, 'Code'));
    code.writeUInt32BE(1 << 30, 0);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'Code', code))), /chunk 'Code' header claims 1073741824 bytes/);
    const code2 = Buffer.from(getChunk(chunks, 'Code'));
    code2.writeUInt32BE(1, 4);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'Code', code2))), /unsupported instruction set 1/);
    // Atom table lies.
    const at = Buffer.from(getChunk(chunks, 'AtU8'));
    at.writeUInt32BE(at.readUInt32BE(0) + 1, 0);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'AtU8', at))), /^bad\.beam: chunk 'AtU8' is truncated at atom \d+$/);
    const at2 = Buffer.from(getChunk(chunks, 'AtU8'));
    at2[5] = 0xff; // inside the module name
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'AtU8', at2))), /atom 1 is not valid UTF-8$/);
    // Line table lies.
    const ln = Buffer.from(getChunk(chunks, 'Line'));
    ln.writeUInt32BE(1 << 20, 12);
    throwsMsg(p(buildBeam(replaceChunk(chunks, 'Line', ln))), /chunk 'Line' claims 1048576 items/);
});

// ---------------------------------------------------------------- code decoding

test('readCode: operand kinds of a real module', () => {
    const b = parse(prebuilt('vec_basic'));
    const kinds = new Set<string>();
    const ints: bigint[] = [];
    let funcInfos = 0;
    const ins = decodeAll(b);
    for (const { op, args } of ins) {
        if (op === 2) funcInfos++;
        const walk = (a: Operand[]) => {
            for (const o of a) {
                kinds.add(String(o.t) + (o.type !== undefined ? 't' : ''));
                if (o.t === OT.I) ints.push(intValue(o));
                if (o.list) walk(o.list);
            }
        };
        walk(args);
    }
    assert.equal(funcInfos, b.functionCount);
    assert.equal(ins[ins.length - 1].op, 3);
    for (const k of [OT.U, OT.I, OT.A, OT.X, OT.Y, OT.F, OT.FR, OT.LIST, OT.ALLOC, OT.LIT]) assert.ok(kinds.has(String(k)), 'kind ' + k);
    assert.ok(kinds.has(OT.X + 't'), 'typed register');
    for (const v of [123456789012345678901234567890n, -123456789012345678901234567890n, 18446744073709551616n,
        9007199254740993n, 9007199254740991n, -9007199254740993n, -9007199254740992n, -2049n, -70000n]) {
        assert.ok(ints.includes(v), String(v));
    }
    // Offsets increase and start at 0.
    assert.equal(ins[0].off, 0);
    for (let i = 1; i < ins.length; i++) assert.ok(ins[i].off > ins[i - 1].off);
});

test('readCode: OTP agrees (beam_lib + beam_disasm) on vectors and all of stdlib, kernel, compiler', { skip: noErl }, () => {
    const fresh = compileVectors(tmpDir);
    const dirs = otpEbinDirs();
    const files = [...fresh];
    for (const d of dirs) for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.beam')) files.push(path.join(d, f));
    assert.ok(files.length > 200, 'found OTP modules: ' + files.length);
    const r = spawnSync('erlc', ['-o', tmpDir, path.join(VECTORS_DIR, 'tools', 'loader_oracle.erl')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const listFile = path.join(tmpDir, 'files.txt');
    fs.writeFileSync(listFile, files.join('\n'));
    const out = erlEval(
        `{ok, B} = file:read_file("${listFile}"), loader_oracle:main(string:lexemes(binary_to_list(B), "\\n")), halt().`,
        ['-pa', tmpDir]);
    const lines = out.trim().split('\n');
    assert.equal(lines.length, files.length);
    const str = (cps: number[]) => String.fromCodePoint(...cps);
    files.forEach((f, k) => {
        const o = JSON.parse(lines[k].replace(/\{/g, '[').replace(/\}/g, ']'));
        const [mod, atoms, exps, , imps, nIns, ints] = o; // (locals: LocT is not read, the VM has no use for it)
        const b = parseBeam(new Uint8Array(fs.readFileSync(f)), path.basename(f));
        const where = path.basename(f);
        assert.equal(b.module, str(mod), where);
        assert.deepEqual(b.atoms.slice(1), atoms.map(str), where);
        const fmt = (e: { fn: number; arity: number; label: number }) => `${b.atoms[e.fn]}/${e.arity}@${e.label}`;
        assert.deepEqual(beamExports(b).map(fmt).sort(), exps.map((e: any) => `${str(e[0])}/${e[1]}@${e[2]}`).sort(), where);
        assert.deepEqual(beamImports(b).map((i) => `${b.atoms[i.module]}:${b.atoms[i.fn]}/${i.arity}`).sort(),
            imps.map((i: any) => `${str(i[0])}:${str(i[1])}/${i[2]}`).sort(), where);
        let n = 0;
        const mine: string[] = [];
        readCode(b, (op, args) => {
            if (op !== 3) n++;
            const walk = (a: Operand[]) => {
                for (const x of a) {
                    if (x.t === OT.I) {
                        const v = intValue(x);
                        if (v < 0n || v >= 2048n) mine.push(v.toString());
                    }
                    if (x.list) walk(x.list);
                }
            };
            walk(args);
        });
        assert.equal(n, nIns, where + ': instruction count');
        assert.deepEqual(mine, ints.map(str), where + ': large integer operands');
    });
});

test('readCode: every module of stdlib, kernel and compiler decodes', { skip: noErl }, () => {
    let files = 0;
    let ins = 0;
    for (const d of otpEbinDirs()) {
        for (const f of fs.readdirSync(d)) {
            if (!f.endsWith('.beam')) continue;
            const b = parseBeam(new Uint8Array(fs.readFileSync(path.join(d, f))), f);
            assert.ok(b.maxOpcode <= MAX_OPCODE, f);
            readCode(b, (op) => {
                ins++;
                assert.ok(isEmittedOpcode(op), `${f}: opcode ${opcodeName(op)} is marked as not emitted`);
            });
            files++;
        }
    }
    assert.ok(files > 200 && ins > 500000, `${files} files, ${ins} instructions`);
});

// A fake module for hand-encoded instruction streams.
function fakeBeam(code: Buffer, literals = 1): BeamFile {
    return {
        file: 'hand.beam', module: 'hand', atoms: ['', 'hand', 'foo', 'bar'], code: new Uint8Array(code),
        instructionSet: 0, maxOpcode: 185, labelCount: 10, functionCount: 1, imports: new Int32Array(0), exports: new Int32Array(0),
        funs: new Int32Array(0), literals: Array.from({ length: literals }, () => new Uint8Array([131, 106])),
        strings: new Uint8Array(0), lines: null
    };
}
const U = (v: number | bigint) => compact(0, BigInt(v));
const I = (v: number | bigint) => compact(1, BigInt(v));
const A = (v: number) => compact(2, BigInt(v));
const X = (v: number) => compact(3, BigInt(v));
const Y = (v: number) => compact(4, BigInt(v));
const Fl = (v: number) => compact(5, BigInt(v));
const Z = (v: number) => compact(7, BigInt(v));
const op = (name: string) => Buffer.from([opcodeNumber(name)]);
const END = Buffer.from([3]);
const FUNC_INFO = Buffer.concat([op('func_info'), A(1), A(2), U(1)]);

test('readCode: hand-encoded integers of every size', () => {
    const values = [0n, 15n, 16n, 2047n, 2048n, 65535n, -1n, -16n, -2048n, -2049n, 2n ** 31n, -(2n ** 31n),
        2n ** 53n - 1n, -(2n ** 53n - 1n), 2n ** 53n, -(2n ** 53n), 2n ** 63n, 2n ** 64n, -(2n ** 64n),
        10n ** 40n, -(10n ** 40n), 10n ** 300n, -(7n ** 500n), 10n ** 6000n, -(3n ** 20000n)];
    const parts: Buffer[] = [];
    for (const v of values) parts.push(op('move'), I(v), X(0));
    parts.push(END);
    const ins = decodeAll(fakeBeam(Buffer.concat(parts)));
    assert.equal(ins.length, values.length + 1);
    values.forEach((v, i) => {
        const o = ins[i].args[0];
        assert.equal(o.t, OT.I);
        assert.equal(intValue(o), v, String(v));
        const small = v < 2n ** 53n && v > -(2n ** 53n);
        assert.equal(o.big === undefined, small, 'big only beyond 2^53: ' + v);
        if (small) assert.equal(o.v, Number(v));
        else assert.equal(Math.sign(o.v), v < 0n ? -1 : 1);
    });
});

test('readCode: hand-encoded extended operands', () => {
    const f = Buffer.alloc(8);
    f.writeDoubleBE(-1.5e-300, 0);
    const code = Buffer.concat([
        FUNC_INFO,
        op('move'), A(0), X(1), // nil
        op('move'), Z(0), f, Y(2), // old float literal
        op('test_heap'), Z(3), U(3), U(0), U(7), U(1), U(2), U(2), U(4), U(1), // alloc list
        op('fmove'), Z(2), U(5), X(0), // float register
        op('move'), Z(4), U(1), X(0), // literal
        op('select_val'), X(0), Fl(1), Z(1), U(4), I(1), Fl(2), A(3), Fl(3), // list
        op('move'), Z(5), X(5), U(3), Y(1), // typed register
        op('move'), compact(6, 65n), X(0), // character
        op('move'), Z(5), Y(1200 - 1000), U(0), X(0),
        END
    ]);
    const ins = decodeAll(fakeBeam(code, 2));
    assert.deepEqual(ins.map((i) => opcodeName(i.op)), ['func_info', 'move', 'move', 'test_heap', 'fmove', 'move',
        'select_val', 'move', 'move', 'move', 'int_code_end']);
    assert.deepEqual(ins[1].args[0], { t: OT.A, v: 0 });
    assert.deepEqual(ins[2].args[0], { t: OT.FLOAT, v: 0, f: -1.5e-300 });
    assert.deepEqual(ins[3].args[0], { t: OT.ALLOC, v: 7, alloc: { words: 7, floats: 2, funs: 4 } });
    assert.deepEqual(ins[3].args[1], { t: OT.U, v: 1 });
    assert.deepEqual(ins[4].args[0], { t: OT.FR, v: 5 });
    assert.deepEqual(ins[5].args[0], { t: OT.LIT, v: 1 });
    assert.deepEqual(ins[6].args[2], {
        t: OT.LIST, v: 4,
        list: [{ t: OT.I, v: 1 }, { t: OT.F, v: 2 }, { t: OT.A, v: 3 }, { t: OT.F, v: 3 }]
    });
    assert.deepEqual(ins[7].args, [{ t: OT.X, v: 5, type: 3 }, { t: OT.Y, v: 1 }]);
    assert.deepEqual(ins[8].args[0], { t: OT.H, v: 65 });
    assert.deepEqual(ins[9].args[0], { t: OT.Y, v: 200, type: 0 });
    assert.equal(ins[6].off, FUNC_INFO.length + 3 + 11 + 10 + 4 + 4);
});

test('readCode: errors name file, module, offset and function', () => {
    const fi = FUNC_INFO.length;
    const run = (body: Buffer[]) => () => readCode(fakeBeam(Buffer.concat([FUNC_INFO, ...body])), () => {});
    const at = (off: number) => `at code offset 0x${off.toString(16)} \\(in foo/1\\)$`;
    throwsMsg(run([Buffer.from([200])]), new RegExp(`^hand\\.beam: hand: unknown opcode 200 ${at(fi)}`));
    throwsMsg(run([Buffer.from([0])]), /unknown opcode 0 at code offset/);
    throwsMsg(run([op('move'), X(0)]), new RegExp(`^hand\\.beam: hand: truncated instruction move ${at(fi)}`));
    throwsMsg(run([op('move'), Buffer.from([0x3b])]), /truncated instruction move/); // 11-bit form without its byte
    throwsMsg(run([op('move'), I(10n ** 30n).subarray(0, 5)]), /truncated instruction move/);
    throwsMsg(run([op('move'), X(0), X(1)]), new RegExp(`^hand\\.beam: hand: code ends without int_code_end at code offset 0x${(fi + 3).toString(16)} \\(in foo/1\\)$`));
    throwsMsg(run([op('move'), A(4), X(0), END]), /bad operand 1 of move: atom index 4 out of range 0\.\.3 at code offset/);
    throwsMsg(run([op('jump'), Fl(10), END]), /bad operand 1 of jump: label 10 out of range 0\.\.9/);
    throwsMsg(run([op('move'), X(0), X(1024), END]), /bad operand 2 of move: x register 1024 out of range/);
    throwsMsg(run([op('move'), Z(4), U(1), X(0), END]), /literal index 1 out of range \(1 literals\)/);
    throwsMsg(run([op('move'), Z(6), X(0), END]), /unknown extended tag 6/);
    throwsMsg(run([op('put_tuple2'), X(0), Z(1), U(1), Z(1), U(0), END]), /nested list/);
    throwsMsg(run([op('move'), Z(5), A(1), U(0), X(0), END]), /typed register is not an x or y register/);
    throwsMsg(run([op('test_heap'), Z(3), U(1), U(3), U(1), U(0), END]), /unknown allocation kind 3/);
    throwsMsg(run([op('test_heap'), Z(3), U(4), END]), /allocation list has 4 entries/);
    throwsMsg(run([op('jump'), compact(5, 2n ** 64n), END]), /value does not fit in 53 bits/);
    throwsMsg(run([op('select_val'), X(0), Fl(1), Z(1), U(100000), END]), /truncated instruction select_val/);
    throwsMsg(run([op('select_val'), X(0), Fl(1), Z(1), I(2), END]), /list length is not tagged u/);
    // Before any func_info, no function is named.
    throwsMsg(() => readCode(fakeBeam(Buffer.from([250])), () => {}), /^hand\.beam: hand: unknown opcode 250 at code offset 0x0$/);
});

test('readCode: unknown opcode in a real module names the function', () => {
    const b = parse(prebuilt('vec_basic'), 'vec_basic.beam');
    const ins = decodeAll(b);
    const fi = ins.findIndex((i) => i.op === 2 && b.atoms[i.args[1].v] === 'arith');
    const target = ins[fi + 2]; // func_info, label, first instruction of arith/1
    const code = new Uint8Array(b.code);
    code[target.off] = 201;
    throwsMsg(() => readCode({ ...b, code }, () => {}),
        new RegExp(`^vec_basic\\.beam: vec_basic: unknown opcode 201 at code offset 0x${target.off.toString(16)} \\(in arith/1\\)$`));
    throwsMsg(() => readCode({ ...b, code: b.code.subarray(0, target.off + 1) }, () => {}),
        new RegExp(`^vec_basic\\.beam: vec_basic: truncated instruction ${opcodeName(target.op)} at code offset 0x${target.off.toString(16)} \\(in arith/1\\)$`));
});

// ---------------------------------------------------------------- packbeam archives

function sampleAvm(): { avm: Buffer; beams: Buffer[]; text: Buffer } {
    const beams = [packbeamBeam(prebuilt('vec_small')), packbeamBeam(prebuilt('vec_basic')),
        packbeamBeam(prebuilt('vec_unicode'), 'LitT0')];
    const text = Buffer.from('hello, packbeam!\n'); // 17 bytes: padded
    const avm = buildAvm([
        { name: 'vec_small.beam', flags: 3, data: beams[0] },
        { name: 'vec_basic.beam', flags: 2, data: beams[1] },
        { name: 'vec_unicode.beam', flags: 2, data: beams[2] },
        { name: 'vec_basic/priv/hello.txt', flags: 4, data: text }
    ]);
    return { avm, beams, text };
}

test('parseAvm: entries of a packbeam archive', () => {
    const { avm, beams, text } = sampleAvm();
    assert.equal(avm.length % 4, 0);
    assert.ok(isAvm(new Uint8Array(avm)));
    assert.ok(!isAvm(new Uint8Array(prebuilt('vec_small'))));
    assert.ok(!isAvm(new Uint8Array(avm.subarray(0, 23))));
    const es = parseAvm(new Uint8Array(avm), 'app.avm');
    assert.deepEqual(es.map((e) => [e.name, e.flags]), [['vec_small.beam', 3], ['vec_basic.beam', 2],
        ['vec_unicode.beam', 2], ['vec_basic/priv/hello.txt', 4]]);
    for (let i = 0; i < 3; i++) {
        assert.deepEqual(Buffer.from(es[i].data), beams[i]);
        const b = parseBeam(es[i].data, 'app.avm:' + es[i].name);
        assert.equal(b.module, es[i].name.replace('.beam', ''));
        decodeAll(b);
    }
    assert.deepEqual(Buffer.from(es[3].data), text);
    assert.equal(es[3].data.buffer, es[0].data.buffer, 'subarrays, no copies');
    // An archive with no entries.
    assert.deepEqual(parseAvm(new Uint8Array(buildAvm([])), 'empty.avm'), []);
});

test('parseAvm: errors', () => {
    const { avm } = sampleAvm();
    const p = (b: Buffer) => () => parseAvm(new Uint8Array(b), 'app.avm');
    throwsMsg(p(prebuilt('vec_small')), /^app\.avm: not a packbeam archive \(bad header\)$/);
    const big = Buffer.from(avm);
    big.writeUInt32BE(0x10000, 24);
    throwsMsg(p(big), /^app\.avm: entry 'vec_small\.beam' at offset 0x18 claims 65536 bytes but only \d+ remain$/);
    const firstSize = avm.readUInt32BE(24);
    throwsMsg(p(avm.subarray(0, 24 + firstSize + 40)), /^app\.avm: entry 'vec_basic\.beam' at offset 0x[0-9a-f]+ claims \d+ bytes but only 40 remain$/);
    throwsMsg(p(avm.subarray(0, 24 + firstSize + 10)), /^app\.avm: truncated entry header at offset 0x[0-9a-f]+$/);
    throwsMsg(p(avm.subarray(0, avm.length - 16)), /^app\.avm: missing end marker \(archive ends at offset 0x[0-9a-f]+\)$/);
    throwsMsg(p(avm.subarray(0, 24)), /^app\.avm: missing end marker/);
    throwsMsg(p(avm.subarray(0, 26)), /^app\.avm: truncated entry header at offset 0x18$/);
    const odd = Buffer.from(avm);
    odd.writeUInt32BE(firstSize - 1, 24);
    throwsMsg(p(odd), /^app\.avm: entry 'vec_small\.beam' at offset 0x18 has size \d+, not a multiple of 4$/);
    const noName = Buffer.from(avm);
    noName.fill(0x41, 36, 24 + firstSize);
    throwsMsg(p(noName), /^app\.avm: entry at offset 0x18 has no NUL-terminated name within its \d+ bytes$/);
    // A normal file whose content size lies.
    const textAt = avm.lastIndexOf(Buffer.from('hello, packbeam'));
    const lie = Buffer.from(avm);
    lie.writeUInt32BE(1000, textAt - 4);
    throwsMsg(p(lie), /^app\.avm: entry 'vec_basic\/priv\/hello\.txt' at offset 0x[0-9a-f]+ claims 1000 content bytes but only 20 remain$/);
});

// ---------------------------------------------------------------- inspect

test('inspectFile: beam, avm, and a broken file', () => {
    const r = inspectFile(path.join(PREBUILT_DIR, 'vec_basic.beam'));
    assert.equal(r.ok, true, r.text);
    assert.match(r.text, /module vec_basic/);
    assert.match(r.text, /exports \(16\):.* start\/0/);
    assert.match(r.text, /io:format\/2/);
    assert.match(r.text, /instructions \(\d+\): .*move \d+/);
    const avmPath = path.join(tmpDir, 'app.avm');
    fs.writeFileSync(avmPath, sampleAvm().avm);
    const ra = inspectFile(avmPath);
    assert.equal(ra.ok, true, ra.text);
    assert.match(ra.text, /packbeam archive, 4 entries/);
    assert.match(ra.text, /vec_small\.beam \(beam, \d+ bytes, start\)/);
    assert.match(ra.text, /module '日本語'|'日本語'\/1/);
    assert.match(ra.text, /vec_basic\/priv\/hello\.txt \(file, 17 bytes/);
    // Corrupt the first instruction of arith/1 inside a copy of the beam.
    const buf = Buffer.from(prebuilt('vec_basic'));
    const b = parse(buf);
    const ins = decodeAll(b);
    const fi = ins.findIndex((i) => i.op === 2 && b.atoms[i.args[1].v] === 'arith');
    const codeStart = buf.indexOf(Buffer.from('Code')) + 8;
    const headSize = buf.readUInt32BE(codeStart);
    buf[codeStart + 4 + headSize + ins[fi + 2].off] = 222;
    const badPath = path.join(tmpDir, 'broken.beam');
    fs.writeFileSync(badPath, buf);
    const rb = inspectFile(badPath);
    assert.equal(rb.ok, false);
    assert.match(rb.text, /broken\.beam: vec_basic: unknown opcode 222 at code offset 0x[0-9a-f]+ \(in arith\/1\)/);
    const rm = inspectFile(path.join(tmpDir, 'missing.beam'));
    assert.equal(rm.ok, false);
    assert.match(rm.text, /missing\.beam: cannot read/);
});
