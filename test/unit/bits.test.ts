// Bit syntax instructions (src/vm/ops_bits.ts) and binary BIFs (src/vm/bifs/binary.ts).
//
// 1. Bit helpers (binary.ts bitsGet/bitsPut/bitsCopy, half floats) against BigInt/DataView models.
// 2. A hand-assembled OTP 26 bs_match instruction (our OTP 25 compiler cannot emit it) and
//    other instructions run directly through bsOp.
// 3. The Erlang programs in test/unit/bits/*.erl compiled with erlc and run under `erl` (the
//    oracle) and under our VM in-process; stdout must match exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { memInit, W, U8 } from '../../src/vm/memory';
import { atomsInit, atomTerm } from '../../src/vm/atoms';
import * as code from '../../src/vm/code';
import { Process } from '../../src/vm/process';
import { heapSetup } from '../../src/vm/heap';
import { X } from '../../src/vm/regs';
import { NIL, mkSmall, Box } from '../../src/vm/term';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, binFromBytes, bitsGet, bitsPut, bitsCopy, bitsEqual } from '../../src/vm/binary';
import { bsOp, halfFromDouble, halfToDouble } from '../../src/vm/ops_bits';
import { registerBinaryBifs, binaryBifsInit } from '../../src/vm/bifs/binary';
import { vmInit, vmAddFile, vmStart, vmRunSlice, result } from '../../src/vm/vm';

const HERE = dirname(fileURLToPath(import.meta.url));
const ERL_DIR = join(HERE, 'bits');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s;
  };
}

function setup(): Process {
  memInit(1 << 16, 1 << 22);
  atomsInit();
  code.codeInit();
  binaryBifsInit();
  registerBinaryBifs();
  const p = new Process(1);
  heapSetup(p, 4096, 512);
  return p;
}

/** Bits [off, off+n) of a byte array as a BigInt. */
function refBits(bytes: Uint8Array, off: number, n: number): bigint {
  let v = 0n;
  for (let i = 0; i < n; i++) {
    const b = off + i;
    v = (v << 1n) | BigInt((bytes[b >> 3] >> (7 - (b & 7))) & 1);
  }
  return v;
}

test('bitsGet/bitsPut/bitsCopy/bitsEqual agree with a bit-by-bit model', () => {
  setup();
  const r = rng(7);
  const base = 4000;
  for (let iter = 0; iter < 3000; iter++) {
    const len = 40;
    const src = new Uint8Array(len);
    for (let i = 0; i < len; i++) src[i] = r() & 255;
    U8.set(src, base);
    const off = r() % 100;
    const n = r() % 33;
    assert.equal(BigInt(bitsGet(base, off, n)), refBits(src, off, n), `get ${off} ${n}`);
    // put
    const v = Number(BigInt(r()) & ((1n << BigInt(n)) - 1n));
    bitsPut(base, off, n, v);
    const after = U8.slice(base, base + len);
    assert.equal(refBits(after, off, n), BigInt(v));
    assert.equal(refBits(after, 0, off), refBits(src, 0, off), 'bits before kept');
    assert.equal(refBits(after, off + n, len * 8 - off - n), refBits(src, off + n, len * 8 - off - n), 'bits after kept');
    // copy
    U8.set(src, base);
    const dstBase = base + 100;
    const dst = new Uint8Array(len);
    for (let i = 0; i < len; i++) dst[i] = r() & 255;
    U8.set(dst, dstBase);
    const soff = r() % 64;
    const doff = r() % 64;
    const cn = r() % 200;
    bitsCopy(dstBase, doff, base, soff, cn);
    const got = U8.slice(dstBase, dstBase + len);
    assert.equal(refBits(got, doff, cn), refBits(src, soff, cn), `copy ${soff}->${doff} ${cn}`);
    assert.equal(refBits(got, 0, doff), refBits(dst, 0, doff));
    assert.equal(refBits(got, doff + cn, len * 8 - doff - cn), refBits(dst, doff + cn, len * 8 - doff - cn));
    assert.equal(bitsEqual(dstBase, doff, base, soff, cn), true);
    if (cn > 0) {
      const flip = doff + (r() % cn);
      bitsPut(dstBase, flip, 1, 1 - bitsGet(dstBase, flip, 1));
      assert.equal(bitsEqual(dstBase, doff, base, soff, cn), false);
    }
  }
});

test('half floats: every bit pattern round-trips, doubles round to nearest even', () => {
  for (let h = 0; h < 0x10000; h++) {
    const x = halfToDouble(h);
    if (x !== x) continue;
    assert.equal(halfFromDouble(x), h, `pattern ${h.toString(16)}`);
  }
  // halfway cases between neighbours round to even; just above rounds up
  for (let h = 0; h < 0x7bff; h++) {
    const a = halfToDouble(h);
    const b = halfToDouble(h + 1);
    const mid = (a + b) / 2;
    assert.equal(halfFromDouble(mid), (h & 1) === 0 ? h : h + 1);
    assert.equal(halfFromDouble(mid + (b - a) / 1024), h + 1);
  }
  assert.equal(halfFromDouble(65519.99), 0x7bff);
  assert.equal(halfFromDouble(65520), 0x7c00);
  assert.equal(halfFromDouble(-1e300), 0xfc00);
});

/** Emits words into the code space; returns the offset of the first. */
function emit(words: number[]): number {
  const at = code.codeTop;
  for (const w of words) code.codeEmit(w);
  return at;
}
const x = (n: number) => n << 3;

test('OTP 26 bs_match command list (hand-assembled)', () => {
  const p = setup();
  const bin = binFromBytes(p, [0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x11], 0, 9);
  // [little] as a list term
  const cell = 2000;
  W[cell] = atomTerm('little');
  W[cell + 1] = NIL;
  const little = (cell << 2) | 1;
  const FAIL = 999999;
  const start = emit([166, FAIL, x(0), 1, x(1)]);
  const matchWords = [
    182, FAIL, x(1), 0, // list length set below
    atomTerm('ensure_at_least'), 40, 8,
    atomTerm('integer'), 2, NIL, 8, 1, x(2),
    atomTerm('integer'), 3, little, 2, 8, x(3),
    atomTerm('=:='), NIL, 8, 0x78,
    atomTerm('skip'), 4,
    atomTerm('binary'), 4, NIL, 4, 1, x(4),
    atomTerm('get_tail'), 5, 1, x(5),
  ];
  matchWords[3] = matchWords.length - 4;
  const match = emit(matchWords);
  X[0] = bin;
  let pc = bsOp(p, 166, start);
  assert.equal(pc, match);
  pc = bsOp(p, 182, match);
  assert.equal(pc, code.codeTop);
  assert.equal(X[2], mkSmall(0x12));
  assert.equal(X[3], mkSmall(0x5634));
  binResolve(X[4]);
  assert.equal(RB_BITS, 4);
  assert.equal(bitsGet(RB_ADDR, RB_BIT, 4), 0xa);
  binResolve(X[5]);
  assert.equal(RB_BITS, 32);
  assert.equal(bitsGet(RB_ADDR, RB_BIT, 32), 0xbcdef011);
  // a failing '=:=' jumps to the fail label
  const m2 = emit([182, FAIL, x(1), 2, atomTerm('ensure_exactly'), 0]);
  X[0] = bin;
  bsOp(p, 166, start);
  assert.equal(bsOp(p, 182, m2), FAIL, 'ensure_exactly 0 on 72 bits fails');
  const m3 = emit([182, FAIL, x(1), 4, atomTerm('=:='), NIL, 8, 0x13]);
  assert.equal(bsOp(p, 182, m3), FAIL);
  const m4 = emit([182, FAIL, x(1), 3, atomTerm('ensure_at_least'), 73, 1]);
  assert.equal(bsOp(p, 182, m4), FAIL);
  const m5 = emit([182, FAIL, x(1), 3, atomTerm('ensure_at_least'), 16, 5]);
  assert.equal(bsOp(p, 182, m5), FAIL, '(72 - 16) % 5 != 0');
  const m6 = emit([182, FAIL, x(1), 3, atomTerm('ensure_at_least'), 16, 7]);
  assert.equal(bsOp(p, 182, m6), m6 + 7, '(72 - 16) % 7 == 0');
});

test('bs_start_match4 with resume/no_fail and OTP 21 save/restore/context_to_binary', () => {
  const p = setup();
  const bin = binFromBytes(p, [1, 2, 3, 4], 0, 4);
  X[0] = bin;
  const sm4 = emit([170, atomTerm('no_fail'), 1, x(0), x(1)]);
  assert.equal(bsOp(p, 170, sm4), sm4 + 5);
  const ms = X[1];
  assert.equal(W[ms >>> 2] & 0x3f, Box.MATCH);
  const resume = emit([170, atomTerm('resume'), 2, x(1), x(2)]);
  assert.equal(bsOp(p, 170, resume), resume + 5);
  assert.equal(X[2], ms, 'resume keeps the match state');
  // OTP 21: bs_start_match2 with 2 slots, get 8 bits, save 0, get 8, restore 0, context_to_binary
  X[0] = bin;
  const sm2 = emit([116, 0, x(0), 1, 2, x(0)]);
  assert.equal(bsOp(p, 116, sm2), sm2 + 6);
  const get8 = emit([117, 0, x(0), 1, mkSmall(8), 1, 0, x(3)]);
  bsOp(p, 117, get8);
  assert.equal(X[3], mkSmall(1));
  const save = emit([122, x(0), 0]);
  bsOp(p, 122, save);
  bsOp(p, 117, get8);
  assert.equal(X[3], mkSmall(2));
  const restore = emit([123, x(0), 0]);
  bsOp(p, 123, restore);
  bsOp(p, 117, get8);
  assert.equal(X[3], mkSmall(2), 'restored to after the first byte');
  const ctb = emit([130, x(0)]);
  bsOp(p, 130, ctb);
  binResolve(X[0]);
  assert.equal(RB_BITS, 32, 'context_to_binary gives the binary from where matching started');
  // a non-binary jumps to the fail label
  X[0] = mkSmall(3);
  const sm3 = emit([166, 4242, x(0), 1, x(1)]);
  assert.equal(bsOp(p, 166, sm3), 4242);
});

// ---- Erlang programs, OTP as the oracle ----------------------------------------------------

function erlAvailable(): boolean {
  const r = spawnSync('erl', ['-noshell', '-eval', 'halt().'], { encoding: 'utf8' });
  return r.status === 0;
}

function runOurs(beam: string): { out: string; ret: string } {
  let out = '';
  vmInit({ write: (s: string) => { out += s; } });
  vmAddFile(new Uint8Array(readFileSync(beam)), beam);
  vmStart();
  const t0 = Date.now();
  while (!result.done) {
    vmRunSlice(100);
    if (Date.now() - t0 > 60000) throw new Error('timeout running ' + beam);
  }
  return { out: Buffer.from(out, 'latin1').toString('utf8'), ret: result.text };
}

const programs = readdirSync(ERL_DIR).filter((f) => f.endsWith('.erl')).sort();
const haveErl = erlAvailable();

for (const src of programs) {
  const mod = src.replace(/\.erl$/, '');
  test(`erlang program ${mod} matches OTP`, { skip: haveErl ? false : 'erl not installed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'bits-'));
    try {
      const c = spawnSync('erlc', ['-o', dir, join(ERL_DIR, src)], { encoding: 'utf8' });
      assert.equal(c.status, 0, c.stderr + c.stdout);
      const e = spawnSync('erl', ['-noshell', '-pa', dir, '-eval', `io:format("~w", [${mod}:start()]), halt().`], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      assert.equal(e.status, 0, e.stderr);
      const ours = runOurs(join(dir, mod + '.beam'));
      assert.equal(ours.out + ours.ret, e.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

// ---- generated cases: binary:split/match/matches/replace on random inputs --------------------

function genSearchProgram(): string {
  const r = rng(12345);
  const pick = <T>(a: T[]): T => a[r() % a.length];
  const randBin = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += pick(['a', 'b', ',', 'a', 'b', 'c']);
    return s;
  };
  const pats = ['<<",">>', '<<"a">>', '<<"ab">>', '[<<"a">>, <<"ab">>]', '[<<"b">>, <<",">>, <<"bc">>]', '<<"aa">>', '<<",,">>'];
  const lines: string[] = [];
  for (let i = 0; i < 300; i++) {
    const len = r() % 12;
    const subj = `<<"${randBin(len)}">>`;
    const pat = pick(pats);
    const start = r() % (len + 2);
    const slen = (r() % (len + 3)) - 1;
    const scope = `{scope, {${start}, ${slen}}}`;
    const opts = pick([
      '[]', '[global]', '[trim]', '[global, trim]', '[global, trim_all]', '[trim_all]', `[${scope}]`, `[global, ${scope}]`,
      `[global, trim, ${scope}]`,
    ]);
    const ropts = pick(['[]', '[global]', `[${scope}]`, '[global, {insert_replaced, 1}]', '[{insert_replaced, [0, 2]}]']);
    lines.push(`        fun() -> binary:split(${subj}, ${pat}, ${opts}) end,`);
    lines.push(`        fun() -> binary:matches(${subj}, ${pat}, ${opts.indexOf('scope') >= 0 ? `[${scope}]` : '[]'}) end,`);
    lines.push(`        fun() -> binary:match(${subj}, ${pat}, [${scope}]) end,`);
    lines.push(`        fun() -> binary:replace(${subj}, ${pat}, <<"<>">>, ${ropts}) end,`);
    lines.push(`        fun() -> binary_part(${subj}, ${start}, ${slen}) end,`);
  }
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += 100) {
    chunks.push(`c${chunks.length}(N) ->\n    run([\n${lines.slice(i, i + 100).join('\n')}\n        fun() -> ok end], N).`);
  }
  const calls = chunks.map((_, i) => `c${i}(${i * 1000})`).join(', ');
  return `-module(bits_gen_search).
-export([start/0]).
r(F) -> try F() catch C:R -> {C, R} end.
run([], _) -> ok;
run([F | T], N) -> io:format("~w: ~w~n", [N, r(F)]), run(T, N + 1).
start() -> ${calls}.
${chunks.join('\n')}
`;
}

test('generated binary:split/match/matches/replace/binary_part cases match OTP', { skip: haveErl ? false : 'erl not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bits-'));
  try {
    const src = join(dir, 'bits_gen_search.erl');
    writeFileSync(src, genSearchProgram());
    const c = spawnSync('erlc', ['-o', dir, src], { encoding: 'utf8' });
    assert.equal(c.status, 0, c.stderr + c.stdout);
    const e = spawnSync('erl', ['-noshell', '-pa', dir, '-eval', 'io:format("~w", [bits_gen_search:start()]), halt().'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    assert.equal(e.status, 0, e.stderr);
    const ours = runOurs(join(dir, 'bits_gen_search.beam'));
    assert.equal(ours.out + ours.ret, e.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---- generated cases: random segment lists, constructed and matched --------------------------

function genSegmentsProgram(): string {
  const r = rng(777);
  const pick = <T>(a: T[]): T => a[r() % a.length];
  const big = () => {
    let v = BigInt(r()) * 4294967296n + BigInt(r());
    if (r() % 2) v = v * 4294967296n + BigInt(r());
    return (r() % 3 === 0 ? -v : v).toString();
  };
  const intVal = () => pick([() => String(r() % 256), () => String((r() % 100000) - 50000), big, () => '0', () => '-1']);
  const flags = () => pick(['', '/little', '/signed', '/little-signed', '/native', '/big-unsigned']);
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) {
    const nseg = 1 + (r() % 5);
    const segs: string[] = [];
    const pats: string[] = [];
    for (let k = 0; k < nseg; k++) {
      const kind = r() % 7;
      if (kind <= 2) {
        const n = r() % 72;
        const size = r() % 4 === 0 ? `(id(${n}))` : String(n);
        const fl = flags();
        segs.push(`(id(${intVal()()})):${size}${fl}`);
        pats.push(`_:${n}${fl.replace('/native', '')}`);
        pats[pats.length - 1] = `X${k}:${n}${fl}`;
      } else if (kind === 3) {
        const n = pick([16, 32, 64]);
        const fl = pick(['', '-little']);
        const v = pick(['1.5', '-0.0', '3.0e10', '0.1', '65504.0', '(id(7))', '1.0e-7']);
        segs.push(`(id(${v})):${n}/float${fl}`);
        pats.push(`X${k}:${n}/float${fl}`);
      } else if (kind === 4) {
        const bits = r() % 40;
        segs.push(`(id(<<${r() % 1000000}:${bits}>>))/bits`);
        pats.push(`X${k}:${bits}/bits`);
      } else if (kind === 5) {
        const t = pick(['utf8', 'utf16', 'utf32', 'utf16-little', 'utf32-little']);
        const c = pick(['0', '65', '233', '8364', '65535', '128512', '1114111']);
        segs.push(`(id(${c}))/${t}`);
        pats.push(`X${k}/${t}`);
      } else {
        segs.push('"ab"');
        pats.push(`X${k}:2/binary`);
      }
    }
    const vars = pats.map((_, k) => `X${k}`).join(', ');
    lines.push(`        fun() -> B = <<${segs.join(', ')}>>, <<${pats.join(', ')}>> = id(B), {B, ${vars}} end,`);
    const off = r() % 13;
    lines.push(`        fun() -> <<_:${off}, ${pats.join(', ')}, Rest/bits>> = id(<<(id(0)):${off}, ${segs.join(', ')}, 5:3>>), {Rest, ${vars}} end,`);
  }
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += 100) {
    chunks.push(`c${chunks.length}(N) ->\n    run([\n${lines.slice(i, i + 100).join('\n')}\n        fun() -> ok end], N).`);
  }
  const calls = chunks.map((_, i) => `c${i}(${i * 1000})`).join(', ');
  return `-module(bits_gen_segments).
-export([start/0]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
run([], _) -> ok;
run([F | T], N) -> io:format("~w: ~w~n", [N, r(F)]), run(T, N + 1).
start() -> ${calls}.
${chunks.join('\n')}
`;
}

for (const [name, gen] of [['bits_gen_segments', genSegmentsProgram]] as [string, () => string][]) {
  test(`generated ${name} cases match OTP`, { skip: haveErl ? false : 'erl not installed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'bits-'));
    try {
      const src = join(dir, name + '.erl');
      writeFileSync(src, gen());
      const c = spawnSync('erlc', ['-o', dir, src], { encoding: 'utf8' });
      assert.equal(c.status, 0, c.stderr + c.stdout);
      const e = spawnSync('erl', ['-noshell', '-pa', dir, '-eval', `io:format("~w", [${name}:start()]), halt().`], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      assert.equal(e.status, 0, e.stderr);
      const ours = runOurs(join(dir, name + '.beam'));
      assert.equal(ours.out + ours.ret, e.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
