// partitions: byte equality with ESP-IDF's gen_esp32part on known tables, CSV syntax (suffixes,
// blank offsets, negative sizes, flags, variables), the checks, binary -> CSV, and the command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import { parseCsv, compileCsv, tableToBinary, tableFromBinary, tableToCsv, partitionsCommand } from '../../src/tools/partitions';

const ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..');

function md5Entry(b: Uint8Array, n: number): string {
  return Buffer.from(b.subarray(n * 32 + 16, n * 32 + 32)).toString('hex');
}

function check(bin: Uint8Array, entries: number): void {
  assert.equal(bin.length, 0xc00);
  assert.equal(bin[entries * 32], 0xeb);
  assert.equal(bin[entries * 32 + 1], 0xeb);
  for (let i = entries * 32 + 2; i < entries * 32 + 16; i++) assert.equal(bin[i], 0xff);
  for (let i = (entries + 1) * 32; i < 0xc00; i++) assert.equal(bin[i], 0xff);
  assert.equal(md5Entry(bin, entries), crypto.createHash('md5').update(bin.subarray(0, entries * 32)).digest('hex'));
}

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const ow = process.stdout.write;
  const ol = console.log;
  const oe = console.error;
  (process.stdout as any).write = (s: string) => ((out += s), true);
  console.log = (s: string) => (out += s + '\n');
  console.error = (s: string) => (err += s + '\n');
  try {
    return { code: await fn(), out, err };
  } finally {
    process.stdout.write = ow;
    console.log = ol;
    console.error = oe;
  }
}

test('gen_esp32part vector: three entries (ESP-IDF LONGER_BINARY_TABLE)', () => {
  const t = parseCsv('factory,app,factory,0x10000,1M\ndata,data,0x20,0x110000,0x200\nsecond,0x10,0,0x150000,0x1000');
  const b = tableToBinary(t);
  const want = Buffer.concat([
    Buffer.from('aa5000000000010000001000', 'hex'),
    Buffer.from('factory\0', 'latin1'),
    Buffer.alloc(12),
    Buffer.from('aa50012000001100000200006461746100000000000000000000000000000000', 'hex'),
    Buffer.from('aa501000000015000010000073656' + '36f6e64' + '0000000000000000000000000000', 'hex'),
    Buffer.from('ebebffffffffffffffffffffffffffff', 'hex'),
    Buffer.from('f9bd061b45686f86571a2cd52a1da65b', 'hex'),
  ]);
  assert.deepEqual(Buffer.from(b.subarray(0, 128)), want);
  check(b, 3);
});

test('gen_esp32part vector: one raw entry (ESP-IDF test_binary_entry)', () => {
  const b = tableToBinary(parseCsv('first, 0x30, 0xEE, 0x100400, 0x300000'));
  assert.equal(Buffer.from(b.subarray(0, 12)).toString('hex'), 'aa5030ee0004100000003000');
  assert.equal(md5Entry(b, 1), '43033f334087575169839b4061b12726');
  check(b, 1);
});

test('gen_esp32part vector: the AtomVM-js layout (partitions.csv)', () => {
  const t = compileCsv(fs.readFileSync(path.join(ROOT, 'partitions.csv'), 'utf8'));
  assert.deepEqual(
    t.map((p) => [p.name, p.type, p.subtype, p.offset, p.size]),
    [
      ['nvs', 1, 2, 0x9000, 0x6000],
      ['phy_init', 1, 1, 0xf000, 0x1000],
      ['factory', 0, 0, 0x10000, 0x1c0000],
      ['lib.avm', 1, 0x40, 0x1d0000, 0x40000],
      ['main.avm', 1, 0x40, 0x210000, 0x100000],
    ],
  );
  const b = tableToBinary(t);
  assert.equal(Buffer.from(b.subarray(0, 32)).toString('hex'), 'aa500102009000000060000' + '06e76730000000000000000000000000000000000');
  assert.equal(md5Entry(b, 5), '431dfa9e3a78e32f25f53273f7d7d63e');
  check(b, 5);
});

test('CSV: suffixes, blank offsets aligned per type, negative sizes, blank data subtype, keywords in any case', () => {
  const t = parseCsv(`
# Name, Type, Subtype, Offset, Size
first, app, factory,, 1M
second, data, 0x15,, 1M
minidata, data, 0x40,, 32K
otherapp, APP, Factory,, 1m
tail, data, , , 64k
`);
  assert.deepEqual(
    t.map((p) => [p.offset, p.size]),
    [
      [0x10000, 0x100000],
      [0x110000, 0x100000],
      [0x210000, 0x8000],
      [0x220000, 0x100000],
      [0x320000, 0x10000],
    ],
  );
  assert.equal(t[4].subtype, 0x06);
  const n = parseCsv('first, app, factory, 0x10000, -2M\nsecond, data, 0x15,         ,  1M');
  assert.equal(n[0].size, 0x200000 - 0x10000);
  assert.equal(n[1].offset, 0x200000);
  // Python int(x, 0): underscores, octal/binary prefixes, decimal
  const p = parseCsv('a, data, nvs, 0x9_000, 24576\nb, data, 0b1, 0o170000, 4k');
  assert.deepEqual([p[0].offset, p[0].size, p[1].subtype, p[1].offset], [0x9000, 0x6000, 1, 0xf000]);
  // first partition right after the table
  assert.equal(parseCsv('nvs, data, nvs,, 0x6000')[0].offset, 0x9000);
  assert.equal(parseCsv('nvs, data, nvs,, 0x6000', { tableOffset: 0x10000 })[0].offset, 0x11000);
});

test('CSV: flags, names, variables', () => {
  const t = parseCsv('a, app, factory, 0x10000, 1M, encrypted\nb, data, nvs, , 0x2000, readonly\nc, data, fat, , 0x1000, encrypted:readonly');
  const b = tableToBinary(t);
  assert.deepEqual([b[28], b[60], b[92]], [1, 2, 3]);
  const back = tableFromBinary(b);
  assert.deepEqual(
    back.map((p) => [p.encrypted, p.readonly]),
    [
      [true, false],
      [false, true],
      [true, true],
    ],
  );
  // a 16-character name has no terminator; longer names are cut at 16 bytes (as struct '16s')
  const l = tableToBinary(parseCsv('abcdefghijklmnopqrs, data, nvs, 0x9000, 0x6000'));
  assert.equal(Buffer.from(l.subarray(12, 28)).toString('latin1'), 'abcdefghijklmnop');
  assert.equal(parseCsv('$NAME, data, nvs, ${OFF}, 0x6000', { env: { NAME: 'nv', OFF: '0x9000' } })[0].name, 'nv');
  assert.throws(() => parseCsv('$NOPE, data, nvs, 0x9000, 0x6000', { env: {} }), /line 1: unknown variable 'NOPE'/);
});

test('CSV errors: one line naming the line and the problem', () => {
  const bad: [string, RegExp][] = [
    ['a, app, factory, 0x10000, 1M\nb, app, ota_0, 0x100000, 1M', /line 2: partitions overlap: offset 0x100000 is below the previous partition's end 0x110000/],
    ['a, app, factory, 0x100000, 2M\nb, app, ota_0, 0x200000, 1M', /line 2: partitions overlap: offset 0x200000 is below the previous partition's end 0x300000/],
    ['a, data, nvs, 0x8000, 0x6000', /line 1: partitions overlap: offset 0x8000 is inside the partition table sector/],
    ['a, app, factory, 0x18000, 1M', /line 1: partition a: offset 0x18000 is not aligned to 0x10000/],
    ['a, data, nvs, 0x9800, 0x6000', /offset 0x9800 is not aligned to 0x1000/],
    ['a, app, factory, 0x10000, 0x10800', /size 0x10800 is not aligned to 0x1000/],
    ['a, dta, nvs, 0x9000, 0x6000', /line 1: Value 'dta' is not valid. Known keywords: bootloader, partition_table, app, data/],
    ['a, data, nvz, 0x9000, 0x6000', /Value 'nvz' is not valid/],
    ['a, app, , 0x10000, 1M', /app partition cannot have an empty subtype/],
    ['a, data, nvs, 0x9000', /size field can't be empty/],
    ['a,', /type field can't be empty/],
    ['a, data, nvs, 0x9000, 0x6000, secret', /unknown flag 'secret'/],
    ['a, data, nvs, 0x9000, 0x6zz0', /Invalid field value 0x6zz0/],
    ['a, data, nvs, 0x9000, 0x6000\na, data, phy, 0xf000, 0x1000', /partition names must be unique: a/],
    ['a, data, nvs, 0x9000, 0x2000', /read\/write NVS partition must be at least 0x3000/],
    ['o, data, ota, 0x9000, 0x3000', /otadata partition must have size 0x2000/],
    ['o, data, ota, 0x9000, 0x2000, readonly', /always read-write/],
  ];
  for (const [csv, re] of bad) assert.throws(() => compileCsv(csv), re, csv);
  // readonly NVS may be small
  compileCsv('a, data, nvs, 0x9000, 0x1000, readonly');
});

test('binary -> CSV (partitions -l) and back', () => {
  const csv = fs.readFileSync(path.join(ROOT, 'partitions.csv'), 'utf8');
  const b = tableToBinary(compileCsv(csv));
  const text = tableToCsv(tableFromBinary(b));
  assert.equal(
    text,
    '# ESP-IDF Partition Table\n# Name, Type, SubType, Offset, Size, Flags\n' +
      'nvs,data,nvs,0x9000,24K,\nphy_init,data,phy,0xf000,4K,\nfactory,app,factory,0x10000,1792K,\n' +
      'lib.avm,data,64,0x1d0000,256K,\nmain.avm,data,64,0x210000,1M,\n',
  );
  assert.deepEqual(tableToBinary(compileCsv(text)), b);
  const bad = new Uint8Array(b);
  bad[5] ^= 1;
  assert.throws(() => tableFromBinary(bad), /MD5 checksums don't match/);
  assert.throws(() => tableFromBinary(new Uint8Array(64)), /invalid magic bytes 00 00/);
  assert.throws(() => tableFromBinary(b.subarray(0, 40)), /multiple of 32 bytes/);
});

test('partitions command: -o writes the table, -l lists it, errors leave no file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parts-'));
  const out = path.join(dir, 'sub', 'p.bin');
  let r = await capture(() => partitionsCommand([path.join(ROOT, 'partitions.csv'), '-o', out]));
  assert.equal(r.code, 0, r.err);
  assert.equal(fs.statSync(out).size, 0xc00);
  r = await capture(() => partitionsCommand(['-l', out]));
  assert.equal(r.code, 0);
  assert.match(r.out, /^main\.avm,data,64,0x210000,1M,$/m);
  // a flash image: the table is read at 0x8000
  const img = Buffer.alloc(0x10000, 0xff);
  fs.readFileSync(out).copy(img, 0x8000);
  fs.writeFileSync(path.join(dir, 'flash.bin'), img);
  r = await capture(() => partitionsCommand(['-l', path.join(dir, 'flash.bin')]));
  assert.match(r.out, /^lib\.avm,data,64,0x1d0000,256K,$/m);

  fs.writeFileSync(path.join(dir, 'bad.csv'), 'a, app, factory, 0x10000, 1M\nb, app, ota_0, 0x100000, 1M\n');
  const out2 = path.join(dir, 'bad.bin');
  r = await capture(() => partitionsCommand([path.join(dir, 'bad.csv'), '-o', out2]));
  assert.equal(r.code, 1);
  assert.equal(r.err.trim().split('\n').length, 1);
  assert.match(r.err, /^partitions: .*bad\.csv: line 2: partitions overlap/);
  assert.equal(fs.existsSync(out2), false);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['bad.csv', 'flash.bin', 'sub']);

  r = await capture(() => partitionsCommand([path.join(ROOT, 'partitions.csv'), '-o', out2, '--flash-size', '2MB']));
  assert.equal(r.code, 1);
  assert.match(r.err, /end at 0x310000, beyond the 2MB flash/);
  r = await capture(() => partitionsCommand([path.join(dir, 'missing.csv'), '-o', out2]));
  assert.match(r.err, /missing\.csv: no such file/);
  r = await capture(() => partitionsCommand(['-l', path.join(dir, 'bad.csv')]));
  assert.equal(r.code, 1);
  assert.match(r.err, /bad\.csv: invalid magic bytes/);
});
