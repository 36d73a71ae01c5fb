// Instructions only OTP 26-29 compilers emit (update_record, bs_match, executable_line,
// debug_line, bif3) and the newer forms of OTP 24/25 ones (make_fun3 with typed registers,
// call_fun2 tags, init_yregs), tested with hand-assembled vectors (test/vectors/asm) because
// our OTP 25 erlc cannot produce them.
//
// 1. The assembler is checked first, with OTP 25 as the oracle: every differential program of
//    test/erlang, taken from its `erlc -S` listing through asm.ts, must load in erl
//    (code:load_binary/3) and print and return exactly what erlc's own .beam does.
// 2. Each vector then runs as `node dist/cli.js run vector.beam`, and the text after
//    "Return value: " must be the expected one. OTP 25 cannot load OTP 26+ instructions, so
//    those expected values are hand-written; erl checks them anyway by evaluating an equivalent
//    ordinary Erlang expression. Vectors of instructions OTP 25 knows also run in erl.
// 3. Malformed vectors (unknown opcode, truncated operand) must make `run` print one clear line
//    naming the file and exit non-zero, without a JS stack trace.
// Known VM problems are marked todo with a description (see vectors.ts, knownBug).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

import { hasErlang, compact } from '../vectors/beam_tools';
import { assemble, encodeTagged, GENOP_TABLE, Instr, genop } from '../vectors/asm/asm';
import { termToBinary, Term, atom, tuple, improper, float, bin, bits, map, str, exportFun } from '../vectors/asm/etf';
import { moduleFromListing, jsonToTerm } from '../vectors/asm/sfile';
import { allVectors, Vector } from '../vectors/asm/vectors';
import { ASM_BEAM_DIR } from '../vectors/asm/build';
import { opcodeInfo, MAX_OPCODE } from '../../src/vm/loader/opcodes';
import { parseBeam } from '../../src/vm/loader/beam';
import { readCode } from '../../src/vm/loader/code_reader';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const ASM_DIR = path.join(ROOT, 'test', 'vectors', 'asm');
const ERL = hasErlang();
const noErl = ERL ? false : 'erl/erlc not installed';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newer-opcodes-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
// erl runs in tmp and writes no crash dumps
const ERL_ENV = { ...process.env, ERL_CRASH_DUMP_SECONDS: '0' };

function sh(cmd: string, args: string[], opts: { cwd?: string } = {}): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(cmd, args, { cwd: opts.cwd ?? tmp, env: ERL_ENV, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function shAsync(cmd: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
        const c = spawn(cmd, args, { cwd: tmp, env: ERL_ENV });
        let stdout = '';
        let stderr = '';
        c.stdout.on('data', (d) => (stdout += d));
        c.stderr.on('data', (d) => (stderr += d));
        c.on('error', reject);
        c.on('close', (status) => resolve({ status, stdout, stderr }));
    });
}

let oracleDir = '';
/** Compiles asm_oracle.erl once; returns the directory holding its .beam. */
function oracle(): string {
    if (oracleDir === '') {
        const dir = path.join(tmp, 'oracle');
        fs.mkdirSync(dir, { recursive: true });
        const r = sh('erlc', ['-o', dir, path.join(ASM_DIR, 'asm_oracle.erl')]);
        assert.equal(r.status, 0, 'erlc asm_oracle.erl: ' + r.stderr + r.stdout);
        oracleDir = dir;
    }
    return oracleDir;
}

/** The printer's line breaks (a newline and the indentation) removed: one-line ~p text. */
function oneLine(s: string): string {
    return s.replace(/\n\s*/g, '');
}

function ensureCli(): void {
    if (!fs.existsSync(CLI)) {
        const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
        assert.equal(r.status, 0, 'npm run build: ' + r.stderr + r.stdout);
    }
}

// ---------------------------------------------------------------- the assembler

test('asm: opcode table agrees with the VM (1..185) and with OTP 25 beam_opcodes (1..180)', () => {
    assert.equal(GENOP_TABLE.length, 185);
    assert.equal(MAX_OPCODE, 185);
    for (const [num, name, arity] of GENOP_TABLE) {
        assert.equal(opcodeInfo(num)!.name, name, 'name of opcode ' + num);
        assert.equal(opcodeInfo(num)!.arity, arity, 'arity of ' + name);
    }
    if (!ERL) return;
    const out = sh('erl', ['-noshell', '-eval',
        '[io:format("~w ~w ~w~n", [N, element(1, beam_opcodes:opname(N)), element(2, beam_opcodes:opname(N))]) || N <- lists:seq(1, 180)], halt().']);
    assert.equal(out.status, 0, out.stderr);
    const lines = out.stdout.trim().split('\n');
    assert.equal(lines.length, 180);
    for (const line of lines) {
        const [n, name, ar] = line.split(' ');
        const q = name.replace(/^'(.*)'$/, '$1');
        assert.deepEqual(genop(q), { num: Number(n), arity: Number(ar) }, line);
    }
});

test('asm: compact term encoding (beam_asm rules)', () => {
    // fixed points from the encoding rules
    assert.deepEqual(encodeTagged(0, 0), [0x00]);
    assert.deepEqual(encodeTagged(3, 15), [0xf3]);
    assert.deepEqual(encodeTagged(5, 16), [0x0d, 0x10]);
    assert.deepEqual(encodeTagged(0, 2047), [0xe8, 0xff]);
    assert.deepEqual(encodeTagged(0, 2048), [0x18, 0x08, 0x00]);
    assert.deepEqual(encodeTagged(1, -1), [0x19, 0xff, 0xff]); // negatives use at least 2 bytes
    assert.deepEqual(encodeTagged(1, 0x8000), [0x39, 0x00, 0x80, 0x00]); // sign byte kept
    assert.deepEqual(encodeTagged(0, 1n << 64n).slice(0, 2), [0xf8, 0x00]); // 9 bytes: count - 9 follows
    // the same as the loader author's independent encoder (test/vectors/beam_tools.ts)
    const values: bigint[] = [];
    for (let k = -70000; k <= 70000; k += 37) values.push(BigInt(k));
    for (let e = 8; e <= 200; e += 5) values.push(1n << BigInt(e), -(1n << BigInt(e)), (1n << BigInt(e)) - 1n, 1n - (1n << BigInt(e)));
    for (const v of values) {
        for (const tag of v < 0n ? [1] : [0, 1, 2, 3, 4, 5]) {
            assert.deepEqual(encodeTagged(tag, v), [...compact(tag, v)], `tag ${tag} value ${v}`);
        }
    }
});

test('asm: literals (external term format) read back by erl', { skip: noErl }, () => {
    const cases: [Term, string][] = [
        [0, '0'], [255, '255'], [256, '256'], [-1, '-1'], [2147483647, '2147483647'], [-2147483648, '-2147483648'],
        [2147483648, '2147483648'], [2n ** 64n, '18446744073709551616'], [-(2n ** 2100n), '-(1 bsl 2100)'],
        [atom('ok'), 'ok'], [atom('héllo wörld'), "'héllo wörld'"], [atom(''), "''"], [tuple(), '{}'],
        [tuple(1, atom('a'), []), '{1,a,[]}'], [improper([1, 2], 3), '[1,2|3]'], [float(1.5), '1.5'], [float(-0.0), '-0.0'],
        [bin([1, 2, 3]), '<<1,2,3>>'], [bits([0xff, 0x80], 1), '<<255,1:1>>'], [map([[atom('a'), 1], [2, str('xy')]]), '#{a => 1, 2 => "xy"}'],
        [str('abc'), '"abc"'], [[[[]]], '[[[]]]'], [exportFun('erlang', 'abs', 1), 'fun erlang:abs/1'],
        [tuple(...Array.from({ length: 300 }, (_, k) => k)), 'list_to_tuple(lists:seq(0, 299))'],
    ];
    const hex = cases.map(([t]) => Buffer.from(termToBinary(t)).toString('hex'));
    const expr =
        'Hex = [' + hex.map((h) => '"' + h + '"').join(',') + '], Want = [' + cases.map(([, e]) => e).join(',') + '], ' +
        'lists:foreach(fun({H, W}) -> T = binary_to_term(binary:decode_hex(list_to_binary(H))), ' +
        'io:format("~w~n", [T =:= W]) end, lists:zip(Hex, Want)), halt().';
    const r = sh('erl', ['-noshell', '-eval', expr]);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    assert.deepEqual(r.stdout.trim().split('\n'), cases.map(() => 'true'));
});

test('asm: every differential program, assembled from its erlc -S listing, runs the same in OTP 25', { skip: noErl, timeout: 300000 }, async () => {
    const erlDir = path.join(ROOT, 'test', 'erlang');
    const progs: string[] = [];
    for (const area of fs.readdirSync(erlDir).sort()) {
        const d = path.join(erlDir, area);
        // processes programs may print pids and timing-dependent orders: not comparable run to run
        if (area.startsWith('_') || area === 'processes' || !fs.statSync(d).isDirectory()) continue;
        for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.erl')) progs.push(path.join(d, f));
    }
    const libDir = path.join(erlDir, '_lib');
    const libs = fs.existsSync(libDir) ? fs.readdirSync(libDir).filter((f) => f.endsWith('.erl')).map((f) => path.join(libDir, f)) : [];
    assert.ok(progs.length > 100, 'programs found: ' + progs.length);
    const sDir = path.join(tmp, 'listing');
    const refDir = path.join(tmp, 'ref');
    const asmDir = path.join(tmp, 'asm');
    for (const d of [sDir, refDir, asmDir]) fs.mkdirSync(d, { recursive: true });
    // the two compilations run side by side
    const [rs, rr] = await Promise.all([shAsync('erlc', ['-S', '-o', sDir, ...progs]), shAsync('erlc', ['-o', refDir, ...progs, ...libs])]);
    assert.equal(rs.status, 0, 'erlc -S: ' + rs.stderr);
    assert.equal(rr.status, 0, 'erlc: ' + rr.stderr);

    const mods = progs.map((p) => path.basename(p, '.erl'));
    const args: string[] = [];
    for (const m of mods) args.push(path.join(sDir, m + '.S'), path.join(sDir, m + '.json'));
    let r = sh('erl', ['-noshell', '-pa', oracle(), '-run', 'asm_oracle', 's2json', ...args]);
    assert.equal(r.status, 0, 's2json: ' + r.stderr + r.stdout);
    // OTP 25 writes some atoms unquoted ('div' in a bif name), so a few listings do not read back
    const skipped = r.stdout.split('\n').filter((l) => l.startsWith('skipped'));
    assert.ok(skipped.length <= 3, 'too many listings skipped:\n' + skipped.join('\n'));

    const assembled: string[] = [];
    for (const m of mods) {
        const jf = path.join(sDir, m + '.json');
        if (!fs.existsSync(jf)) continue;
        const forms = (JSON.parse(fs.readFileSync(jf, 'utf8')) as never[]).map(jsonToTerm);
        fs.writeFileSync(path.join(asmDir, m + '.beam'), assemble(moduleFromListing(forms)).beam);
        assembled.push(m);
    }
    const out = path.join(tmp, 'compare.txt');
    r = sh('erl', ['-noshell', '-pa', oracle(), '-pa', refDir, '-run', 'asm_oracle', 'compare', refDir, asmDir, out, ...assembled]);
    assert.equal(r.status, 0, 'compare: ' + r.stderr + r.stdout);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(lines.length, assembled.length);
    const bad = lines.filter((l) => !l.startsWith('same '));
    assert.deepEqual(bad, [], bad.join('\n'));
});

// ---------------------------------------------------------------- the vectors

const vectors = allVectors();

test('vectors: the committed .beam files are what vectors.ts assembles', () => {
    for (const v of vectors) {
        const file = path.join(ASM_BEAM_DIR, v.name + '.beam');
        assert.ok(fs.existsSync(file), file + ' missing: run node --import tsx test/vectors/asm/build.ts');
        assert.ok(Buffer.from(assemble(v.spec).beam).equals(fs.readFileSync(file)), file + ' is stale: run node --import tsx test/vectors/asm/build.ts');
    }
});

function instrOpcode(ins: Instr): number | null {
    if ('bytes' in ins) return null;
    if (Array.isArray(ins)) return genop(ins[0]).num;
    return ins.op;
}

test("vectors: the VM's code reader decodes them as assembled", () => {
    for (const v of vectors) {
        if (v.loadError) continue;
        const want: number[] = [];
        for (const fnc of v.spec.functions) for (const ins of fnc.code) want.push(instrOpcode(ins) as number);
        want.push(3);
        const beam = parseBeam(new Uint8Array(assemble(v.spec).beam), v.name + '.beam');
        const got: number[] = [];
        readCode(beam, (op) => got.push(op));
        assert.deepEqual(got, want, v.name);
    }
});

// erl's answers for every vector, from two erl runs
let erlRunCache: { [file: string]: string } | null = null;
/** What asm_oracle:run/1 prints for each vector file (the result or load_error ...). */
function erlRun(file: string): string {
    if (erlRunCache === null) {
        const files = vectors.filter((v) => !v.erlUnsafe).map((v) => path.join(ASM_BEAM_DIR, v.name + '.beam'));
        const r = sh('erl', ['-noshell', '-pa', oracle(), '-run', 'asm_oracle', 'run', ...files]);
        assert.equal(r.status, 0, r.stderr);
        erlRunCache = {};
        for (const line of r.stdout.split('\n')) {
            const at = line.indexOf('.beam: ');
            if (at > 0) erlRunCache['$' + line.slice(0, at + 5)] = line.slice(at + 7);
        }
    }
    return erlRunCache['$' + file] ?? '(no output for ' + file + ')';
}
let equivalentCache: { [name: string]: string } | null = null;
/** ~p (one line) of a vector's `equivalent` expression under OTP 25. */
function erlEquivalent(v: Vector): string {
    if (equivalentCache === null) {
        const withEq = vectors.filter((q) => q.equivalent);
        // each expression evaluated on its own (fresh bindings) through erl_eval
        const quote = (t: string): string => '"' + t.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
        const expr =
            'lists:foreach(fun({Name, Src}) -> {ok, Ts, _} = erl_scan:string(Src), {ok, Es} = erl_parse:parse_exprs(Ts), ' +
            '{value, V, _} = erl_eval:exprs(Es, []), io:format("=== ~s~n~p~n", [Name, V]) end, [' +
            withEq.map((q) => `{${quote(q.name)}, ${quote(q.equivalent + '.')}}`).join(', ') + ']), halt().';
        const r = sh('erl', ['-noshell', '-eval', expr]);
        assert.equal(r.status, 0, r.stderr + r.stdout);
        equivalentCache = {};
        for (const part of r.stdout.split('=== ').slice(1)) {
            const nl = part.indexOf('\n');
            equivalentCache['$' + part.slice(0, nl)] = oneLine(part.slice(nl + 1).trim());
        }
    }
    return equivalentCache['$' + v.name];
}

for (const v of vectors) {
    if (v.loadError) continue;
    const file = path.join(ASM_BEAM_DIR, v.name + '.beam');
    if (v.erl) {
        test(`vector ${v.name} under OTP 25: ${v.expected}`, { skip: noErl }, () => {
            assert.equal(oneLine(erlRun(file)), '{return,' + v.expected + '}');
        });
    } else {
        test(`vector ${v.name}: OTP 25 refuses it (it uses instructions newer than OTP 25)`, { skip: v.erlUnsafe ?? noErl }, () => {
            assert.match(erlRun(file), /^load_error \{error,badfile\}/);
        });
    }
    if (v.equivalent) {
        test(`vector ${v.name}: its expected value is what OTP 25 computes from equivalent source`, { skip: noErl }, () => {
            assert.equal(erlEquivalent(v), v.expected);
        });
    }
}

function runVm(v: Vector): { status: number | null; stdout: string; stderr: string } {
    ensureCli();
    const files = [v.name, ...(v.runWith ?? [])].map((n) => path.join(ASM_BEAM_DIR, n + '.beam'));
    const r = spawnSync(process.execPath, [CLI, 'run', ...files], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const v of vectors) {
    const opts = v.knownBug ? { todo: v.knownBug } : {};
    if (v.loadError) {
        test(`vector ${v.name}: run prints one line naming the file and fails (${v.why})`, opts, () => {
            const r = runVm(v);
            const all = r.stdout + r.stderr;
            assert.notEqual(r.status, 0, 'exit status');
            assert.doesNotMatch(all, /^\s+at /m, 'a JS stack trace:\n' + all);
            assert.doesNotMatch(all, /internal error/, all);
            if (v.runWith) {
                // loaded on first call: as in OTP, the load failure is reported (one line naming
                // the file) and the caller then fails with undef
                const report = all.split('\n').filter((l) => /^Loading of /.test(l));
                assert.equal(report.length, 1, all);
                assert.match(report[0], v.loadError as RegExp);
                assert.match(report[0], /\.beam: /);
                assert.match(r.stderr, /^Return value: \{undef,/m);
                return;
            }
            const lines = r.stderr.trim().split('\n');
            assert.equal(lines.length, 1, 'one line on stderr:\n' + r.stderr);
            assert.match(lines[0], v.loadError as RegExp);
            assert.match(lines[0], /\.beam: /);
        });
        if (!v.runWith) {
            test(`vector ${v.name}: OTP 25 refuses it too`, { skip: noErl }, () => {
                assert.match(erlRun(path.join(ASM_BEAM_DIR, v.name + '.beam')), /^load_error \{error,badfile\}/);
            });
        }
        continue;
    }
    test(`vector ${v.name}: Return value: ${v.expected} (${v.why})`, opts, () => {
        const r = runVm(v);
        const all = r.stdout + r.stderr;
        assert.doesNotMatch(all, /^\s+at /m, 'a JS stack trace:\n' + all);
        assert.doesNotMatch(r.stdout, /ERROR REPORT/, 'the process crashed:\n' + all);
        const m = /Return value: ([\s\S]*)$/.exec(r.stderr);
        assert.ok(m, 'no "Return value:" in\n' + all);
        assert.equal(oneLine(m[1].trim()), v.expected);
    });
}
