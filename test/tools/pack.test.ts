// pack / packbeam: byte equality with AtomVM's PackBEAM (vectors written by the real tool),
// hand-computed layouts, normal files, merging, listing, errors, and the VM's reader on the output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { packAvm, listAvm, formatListing, stripBeam, beamInfo, PackInput } from '../../src/tools/packbeam';
import { packCommand } from '../../src/tools/pack';
import { parseAvm } from '../../src/vm/loader/avm';
import { parseBeam } from '../../src/vm/loader/beam';
import { buildBeam, RawChunk } from '../vectors/beam_tools';

const VEC = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'vectors', 'pack');
const EXP = path.join(VEC, 'expected');

function read(p: string): Uint8Array {
  const b = fs.readFileSync(p);
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

function input(rel: string): PackInput {
  return { name: rel, data: read(path.join(VEC, rel)) };
}

function hex(s: string): Buffer {
  return Buffer.from(s.replace(/#[^\n]*/g, '').replace(/\s+/g, ''), 'hex');
}

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pack-test-'));
}

/** Runs a command with stdout/stderr captured. */
async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const ow = process.stdout.write;
  const ew = process.stderr.write;
  process.stdout.write = ((c: string | Uint8Array) => {
    out += typeof c === 'string' ? c : Buffer.from(c).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => {
    err += typeof c === 'string' ? c : Buffer.from(c).toString('utf8');
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await fn();
    return { code, out, err };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}

/** Chunk ids of a BEAM as stored in an archive. */
function chunkIds(beam: Uint8Array): string[] {
  const b = Buffer.from(beam);
  const ids: string[] = [];
  let pos = 12;
  while (pos + 8 <= b.length) {
    ids.push(b.toString('latin1', pos, pos + 4));
    pos += 8 + ((b.readUInt32BE(pos + 4) + 3) & ~3);
  }
  return ids;
}

/** A copy of a packbeam-written BEAM with the FOR1 size set the IFF way (excluding its 8-byte header). */
function iffSized(beam: Uint8Array): Uint8Array {
  const b = Buffer.from(beam);
  const own = b.readUInt32BE(4);
  if (own === b.length) b.writeUInt32BE(own - 8, 4);
  return new Uint8Array(b);
}

// ---- byte equality with AtomVM's PackBEAM (v0.6.6) --------------------------------------

const CASES: { avm: string; inputs: string[]; archive?: boolean; keepLines?: boolean }[] = [
  { avm: 'basic.avm', inputs: ['pk_start.beam', 'pk_lib.beam', 'pk_util.beam'] },
  { avm: 'archive.avm', inputs: ['pk_lib.beam', 'pk_util.beam'], archive: true },
  { avm: 'lines.avm', inputs: ['pk_start.beam', 'pk_util.beam'], keepLines: true },
  { avm: 'merge.avm', inputs: ['pk_start.beam', 'expected/archive.avm'] },
  { avm: 'merge_avms.avm', inputs: ['expected/basic.avm', 'expected/archive.avm'] },
  {
    avm: 'vec_lines.avm',
    inputs: ['../beam/vec_basic.beam', '../beam/vec_small.beam', '../beam/vec_unicode.beam'],
    archive: true,
    keepLines: true,
  },
];

for (const c of CASES) {
  test(`packAvm equals PackBEAM byte for byte: ${c.avm}`, () => {
    const got = packAvm(c.inputs.map(input), { archive: c.archive, keepLines: c.keepLines });
    assert.deepEqual(Buffer.from(got), Buffer.from(read(path.join(EXP, c.avm))));
  });
}

test('pack CLI writes the same bytes as PackBEAM and lists like PackBEAM -l', async () => {
  const dir = tmpDir();
  for (const c of CASES) {
    const out = path.join(dir, c.avm);
    const flags = (c.archive ? ['-a'] : []).concat(c.keepLines ? ['-i'] : []);
    const r = await capture(() => packCommand([...flags, out, ...c.inputs.map((i) => path.join(VEC, i))]));
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out + r.err, '');
    assert.deepEqual(fs.readFileSync(out), fs.readFileSync(path.join(EXP, c.avm)), c.avm);
  }
  for (const name of ['basic', 'archive', 'merge', 'merge_avms', 'vec_first']) {
    const r = await capture(() => packCommand(['-l', path.join(EXP, name + '.avm')]));
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, fs.readFileSync(path.join(EXP, name + '.list'), 'utf8'), name);
  }
  // Combined flags, options after the files, and --keep-lines as PackBEAM's getopt would take them.
  const out = path.join(dir, 'x.avm');
  const r = await capture(() => packCommand([out, path.join(VEC, 'pk_start.beam'), '-i', path.join(VEC, 'pk_util.beam')]));
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(fs.readFileSync(out), fs.readFileSync(path.join(EXP, 'lines.avm')));
  const r2 = await capture(() => packCommand(['-ai', out, ...['pk_start.beam', 'pk_util.beam'].map((i) => path.join(VEC, i))]));
  assert.equal(r2.code, 0, r2.err);
  const e = listAvm(read(out));
  assert.deepEqual(e.map((x) => x.flags), [2, 2]);
  fs.rmSync(dir, { recursive: true });
});

test('start flag: every module exporting start/0 (PackBEAM flags only the first input)', () => {
  const got = Buffer.from(packAvm([input('../beam/vec_small.beam'), input('../beam/vec_unicode.beam')]));
  const exp = Buffer.from(read(path.join(EXP, 'vec_first.avm')));
  assert.equal(got.length, exp.length);
  const entries = listAvm(got);
  assert.deepEqual(entries.map((e) => [e.name, e.flags]), [['vec_small.beam', 3], ['vec_unicode.beam', 3]]);
  // The only difference is the second entry's flags word.
  const second = 24 + entries[0].size;
  const diff: number[] = [];
  for (let i = 0; i < got.length; i++) if (got[i] !== exp[i]) diff.push(i);
  assert.deepEqual(diff, [second + 7]);
  assert.equal(exp.readUInt32BE(second + 4), 2);
  // A module without start/0 given first is not flagged (PackBEAM would flag it).
  const lib = listAvm(packAvm([input('pk_lib.beam'), input('pk_start.beam')]));
  assert.deepEqual(lib.map((e) => e.flags), [2, 3]);
  assert.equal(beamInfo(read(path.join(VEC, 'pk_util.beam')), 'pk_util.beam').exportsStart, false);
  assert.deepEqual(beamInfo(read(path.join(VEC, 'pk_start.beam')), 'pk_start.beam'), { module: 'pk_start', exportsStart: true });
});

// ---- hand-computed layout -------------------------------------------------------------

const LIT_RAW = hex('00000001 00000002 836a'); // one literal: []
function synthBeam(extra: RawChunk[] = []): Buffer {
  const c = (id: string, h: string): RawChunk => ({ id, data: hex(h) });
  return buildBeam([
    c('AtU8', '00000003 016d 057374617274 0178'), // m, start, x: 14 bytes
    c('Code', '0102030405'),
    c('StrT', '616263'),
    c('ImpT', '00000000'),
    c('ExpT', '00000001 00000002 00000000 00000002'), // start/0
    c('FunT', '00000000'),
    { id: 'LitT', data: Buffer.concat([hex('0000000a'), zlib.deflateSync(LIT_RAW)]) },
    c('Meta', '8300'),
    c('LocT', '00000000'),
    c('Attr', '836a'),
    c('CInf', '836a0000'),
    c('Dbgi', '8368'),
    c('Line', '00000000000000'),
    c('Type', '0000000100'),
    ...extra,
  ]);
}

const HEADER = '2321 2f75 7372 2f62 696e 2f65 6e76 2041 746f 6d56 4d0a 0000';
const END = '00000000 00000000 00000000 656e6400';
const BODY_HEAD = `
  41745538 0000000e 00000003 016d 057374617274 0178 0000   # AtU8, padded 14 -> 16
  436f6465 00000005 0102030405 000000                        # Code, padded 5 -> 8
  45787054 00000010 00000001 00000002 00000000 00000002      # ExpT
  4c6f6354 00000004 00000000                                 # LocT
  496d7054 00000004 00000000                                 # ImpT
  46756e54 00000004 00000000                                 # FunT
  53747254 00000003 616263 00                                # StrT, padded 3 -> 4`;
const BODY_LITU = `
  4c697455 0000000a 00000001 00000002 836a 0000              # LitU from LitT, padded 10 -> 12`;

test('hand-computed archive: header, entry header, chunk order and padding, LitT -> LitU, FOR1 size, end', () => {
  const got = Buffer.from(packAvm([{ name: 'some/dir/m.beam', data: synthBeam() }]));
  const expected = hex(`
    ${HEADER}
    000000a4 00000003 00000000 6d2e6265616d00 00   # entry: 164 bytes, BEAM|start, "m.beam" NUL, 1 pad
    464f5231 00000090 4245414d                       # FOR1, 144 = whole rewritten BEAM, BEAM
    ${BODY_HEAD}
    ${BODY_LITU}
    ${END}`);
  assert.deepEqual(got, expected);
  // -a: same bytes but flags 2; -i: Line kept after StrT, before the literals.
  const arch = Buffer.from(packAvm([{ name: 'm.beam', data: synthBeam() }], { archive: true }));
  assert.equal(arch.readUInt32BE(28), 2);
  assert.deepEqual(arch.subarray(32), expected.subarray(32));
  const lines = Buffer.from(packAvm([{ name: 'm.beam', data: synthBeam() }], { keepLines: true }));
  assert.deepEqual(lines, hex(`
    ${HEADER}
    000000b4 00000003 00000000 6d2e6265616d00 00
    464f5231 000000a0 4245414d
    ${BODY_HEAD}
    4c696e65 00000007 00000000000000 00                 # Line, padded 7 -> 8
    ${BODY_LITU}
    ${END}`));
});

test('stripBeam: kept chunks only, in PackBEAM order, last duplicate wins, repacking', () => {
  const s = stripBeam(synthBeam([{ id: 'Code', data: hex('ff') }]), 'm.beam');
  assert.deepEqual(chunkIds(s), ['AtU8', 'Code', 'ExpT', 'LocT', 'ImpT', 'FunT', 'StrT', 'LitU']);
  assert.equal(Buffer.from(s).toString('hex', 36, 45), '436f6465' + '00000001' + 'ff'); // after AtU8 (8 + 16)
  // Real modules: no Attr/CInf/Dbgi/Meta/Type/Line; Line only with keepLines.
  for (const f of ['pk_start.beam', 'pk_lib.beam', 'pk_util.beam']) {
    const data = read(path.join(VEC, f));
    const ids = chunkIds(stripBeam(data, f));
    const want = ['AtU8', 'Code', 'ExpT', 'LocT', 'ImpT', 'FunT', 'StrT', 'LitU'];
    assert.deepEqual(ids, want.filter((id) => (id === 'FunT' ? f === 'pk_start.beam' : id === 'LitU' ? f !== 'pk_lib.beam' : true)), f);
    assert.ok(chunkIds(stripBeam(data, f, true)).includes('Line'));
    // A BEAM taken out of an archive packs again (its LitU now sits in the LitU slot, after
    // ImpT, as PackBEAM would place it), and from then on to the same bytes.
    const once = stripBeam(data, f);
    const twice = stripBeam(once, f);
    assert.deepEqual(chunkIds(twice).sort(), chunkIds(once).sort());
    assert.equal(twice.length, once.length);
    assert.deepEqual(Buffer.from(stripBeam(twice, f)), Buffer.from(twice));
  }
});

test('LitT stored uncompressed (uncompressed size 0, as OTP 28 writes it) is copied as LitT', () => {
  const beam = buildBeam([
    { id: 'AtU8', data: hex('00000001 016d') },
    { id: 'Code', data: hex('01') },
    { id: 'LitT', data: Buffer.concat([hex('00000000'), LIT_RAW]) },
  ]);
  const s = Buffer.from(stripBeam(beam, 'm.beam'));
  assert.deepEqual(s, hex(`464f5231 00000040 4245414d
    41745538 00000006 00000001 016d 0000
    436f6465 00000001 01 000000
    4c697454 0000000e 00000000 00000001 00000002 836a 0000`));
});

// ---- normal files, listing, round trips ---------------------------------------------------

test('normal files: flags 4, size prefix, padding, name kept; listAvm and parseAvm read them back', () => {
  const txt = new TextEncoder().encode('hello\n'); // 6 bytes -> 4 + 6 + 2 pad
  const got = Buffer.from(packAvm([{ name: 'myapp/priv/x.txt', data: txt }]));
  assert.deepEqual(got, hex(`${HEADER}
    0000002c 00000004 00000000 6d796170702f707269762f782e74787400 000000  # 44 bytes, name NUL, 3 pad
    00000006 68656c6c6f0a 0000                                             # length 6, content, 2 pad
    ${END}`));
  const empty = Buffer.from(packAvm([{ name: 'a/priv/e', data: new Uint8Array(0) }]));
  assert.deepEqual(empty.subarray(24, 52), hex('0000001c 00000004 00000000 612f707269762f6500 000000 00000000'));
  const entries = parseAvm(new Uint8Array(got), 'x.avm');
  assert.equal(entries[0].name, 'myapp/priv/x.txt');
  assert.deepEqual(Buffer.from(entries[0].data), Buffer.from(txt));
  assert.deepEqual(listAvm(got), [{ name: 'myapp/priv/x.txt', flags: 4, size: 44 }]);
  assert.equal(formatListing(listAvm(got)), 'myapp/priv/x.txt \n');
});

test('round trip: pack, list, parse; merging keeps entries and flags; output may be an input', async () => {
  const dir = tmpDir();
  const out = path.join(dir, 'app.avm');
  const txtPath = path.join(dir, 'notes.txt');
  fs.writeFileSync(txtPath, 'x'.repeat(1001));
  let r = await capture(() => packCommand([out, path.join(VEC, 'pk_start.beam'), path.join(EXP, 'archive.avm')]));
  assert.equal(r.code, 0, r.err);
  // PackBEAM's "add to an existing archive": foo.avm foo.avm gnu.beam.
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    r = await capture(() => packCommand([out, out, 'notes.txt']));
  } finally {
    process.chdir(cwd);
  }
  assert.equal(r.code, 0, r.err);
  const bytes = read(out);
  assert.deepEqual(listAvm(bytes).map((e) => [e.name, e.flags]), [
    ['pk_start.beam', 3], ['pk_lib.beam', 2], ['pk_util.beam', 2], ['notes.txt', 4],
  ]);
  r = await capture(() => packCommand(['-l', out]));
  assert.equal(r.out, 'pk_start.beam *\npk_lib.beam \npk_util.beam \nnotes.txt \n');
  const entries = parseAvm(bytes, 'app.avm');
  assert.equal(entries[3].data.length, 1001);
  for (const e of entries.slice(0, 3)) {
    const m = parseBeam(iffSized(e.data), e.name);
    assert.equal(m.atoms[1] + '.beam', e.name);
  }
  assert.deepEqual(fs.readdirSync(dir).sort(), ['app.avm', 'notes.txt']); // no temporary files left
  fs.rmSync(dir, { recursive: true });
});

test('the VM loader reads PackBEAM-style output as it is (FOR1 size counting its own header)', () => {
  for (const c of CASES) {
    for (const e of parseAvm(read(path.join(EXP, c.avm)), c.avm)) {
      if (e.flags & 2) parseBeam(e.data, e.name);
    }
  }
});

test('every BEAM entry written by pack parses with the VM loader once its FOR1 size is IFF-sized', () => {
  for (const c of CASES) {
    const got = packAvm(c.inputs.map(input), { archive: c.archive, keepLines: c.keepLines });
    const entries = parseAvm(got, c.avm);
    assert.ok(entries.length >= 2);
    for (const e of entries) {
      assert.ok(e.flags & 2);
      const m = parseBeam(iffSized(e.data), e.name);
      assert.equal(m.atoms[1] + '.beam', e.name);
    }
  }
});

// ---- errors ------------------------------------------------------------------------------

async function expectError(args: string[], pattern: RegExp, code = 1): Promise<void> {
  const r = await capture(() => packCommand(args));
  assert.equal(r.code, code, `${args.join(' ')}: ${r.err}`);
  assert.equal(r.out, '');
  assert.match(r.err, pattern);
  assert.equal(r.err.trimEnd().split('\n').length, 1, `one line: ${r.err}`);
}

test('errors: one line, non-zero exit, no output file written', async () => {
  const dir = tmpDir();
  const out = path.join(dir, 'out.avm');
  const beam = path.join(VEC, 'pk_start.beam');
  const notBeam = path.join(dir, 'fake.beam');
  fs.writeFileSync(notBeam, 'this is text');
  const badAvm = path.join(dir, 'bad.avm');
  fs.writeFileSync(badAvm, 'not an archive at all, no header here');
  const basic = fs.readFileSync(path.join(EXP, 'basic.avm'));
  const truncated = path.join(dir, 'trunc.avm');
  fs.writeFileSync(truncated, basic.subarray(0, 300));
  const badSize = path.join(dir, 'badsize.avm');
  const b2 = Buffer.from(basic);
  b2.writeUInt32BE(0x123, 24);
  fs.writeFileSync(badSize, b2);
  const noEnd = path.join(dir, 'noend.avm');
  fs.writeFileSync(noEnd, basic.subarray(0, basic.length - 16));
  const badLit = path.join(dir, 'badlit.beam');
  fs.writeFileSync(badLit, buildBeam([
    { id: 'AtU8', data: hex('00000001 016d') },
    { id: 'Code', data: hex('01') },
    { id: 'LitT', data: hex('00000010 0102030405') },
  ]));
  const truncBeam = path.join(dir, 'trunc.beam');
  fs.writeFileSync(truncBeam, fs.readFileSync(beam).subarray(0, 200));

  await expectError([out, beam, path.join(dir, 'missing.beam')], /missing\.beam: no such file or directory/);
  await expectError([out, dir], /is a directory/);
  await expectError([out, notBeam], /fake\.beam: not a BEAM file/);
  await expectError([out, badAvm], /bad\.avm: not a packbeam archive \(bad header\)/);
  await expectError([out, truncated], /trunc\.avm: entry at offset 0x[0-9a-f]+ claims \d+ bytes but only \d+ remain/);
  await expectError([out, badSize], /badsize\.avm: entry at offset 0x18 has size 291, not a multiple of 4/);
  await expectError([out, noEnd], /noend\.avm: missing end entry/);
  await expectError([out, badLit], /badlit\.beam: chunk 'LitT' does not inflate/);
  await expectError([out, truncBeam], /trunc\.beam: FOR1 header claims \d+ bytes/);
  await expectError(['-l', badAvm], /not a packbeam archive/);
  await expectError(['-l', path.join(dir, 'nope.avm')], /nope\.avm: no such file or directory/);
  await expectError([out], /no input files/, 2);
  await expectError([], /missing output file/, 2);
  await expectError(['-x', out, beam], /unknown option -x/, 2);
  await expectError(['--frobnicate', out, beam], /unknown option --frobnicate/, 2);
  await expectError(['-l'], /-l needs an archive/, 2);
  assert.ok(!fs.existsSync(out));

  // An existing file that is not an archive is never overwritten; a failed pack keeps the old archive.
  fs.writeFileSync(out, 'precious');
  await expectError([out, beam], /out\.avm: exists and is not a packbeam archive/);
  assert.equal(fs.readFileSync(out, 'utf8'), 'precious');
  fs.writeFileSync(out, basic);
  await expectError([out, beam, notBeam], /not a BEAM file/);
  assert.deepEqual(fs.readFileSync(out), basic);
  await expectError([path.join(dir, 'no/such/dir/x.avm'), beam], /cannot write .*x\.avm: no such file or directory/);

  const left = fs.readdirSync(dir).filter((f) => f.includes('.tmp-'));
  assert.deepEqual(left, []);
  fs.rmSync(dir, { recursive: true });
});

test('corrupt archives as input: always a one-line Error, never a crash', () => {
  const basic = Buffer.from(read(path.join(EXP, 'basic.avm')));
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  for (let i = 0; i < 400; i++) {
    const b = Buffer.from(basic);
    if (i % 2) b.writeUInt32BE((rnd() * 0xffffffff) >>> 0, 24 + 4 * Math.floor(rnd() * 100));
    else b[24 + Math.floor(rnd() * (b.length - 24))] ^= 1 << Math.floor(rnd() * 8);
    const cut = i % 3 === 0 ? b.subarray(0, Math.floor(rnd() * b.length)) : b;
    for (const f of [() => packAvm([{ name: 'c.avm', data: cut }]), () => listAvm(cut, 'c.avm')]) {
      try {
        f();
      } catch (e) {
        assert.ok(e instanceof Error);
        assert.ok(!e.message.includes('\n'));
        assert.match(e.message, /^c\.avm: /);
      }
    }
  }
});

test('pack --help prints usage and an example', async () => {
  const r = await capture(() => packCommand(['--help']));
  assert.equal(r.code, 0);
  assert.match(r.out, /Usage: .*pack \[-a\] \[-i\] OUT\.avm/);
  assert.match(r.out, /pack -l X\.avm/);
  assert.match(r.out, /Example/);
});
