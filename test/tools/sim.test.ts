// The simulated ESP32: its flash file, the ROM loader / stub protocol at the packet level, the baud
// rate against the host's, booting the VM bundle in an ES5-only context, and the partition table.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import * as zlib from 'node:zlib';
import * as acorn from 'acorn';
import { FlashFile, FLASH_SIZE } from '../../src/tools/sim/flash_file';
import { LoaderModel, LoaderHost, SlipDecoder, slipEncode, OP } from '../../src/tools/sim/loader';
import { SimBoard } from '../../src/tools/sim/board';
import { bootVm } from '../../src/tools/sim/app';
import { tableToBinary, compileCsv } from '../../src/tools/partitions';
import { packAvm } from '../../src/tools/packbeam';

const ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'atomvm-sim.js');
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-test-'));
const boards: SimBoard[] = [];
after(() => {
  for (const b of boards) b.shutdown();
  fs.rmSync(DIR, { recursive: true, force: true });
});

let n = 0;
function file(): string {
  return path.join(DIR, `f${n++}.bin`);
}

test('flash file: created erased (4 MB of 0xFF), NOR programming, written through, size checked', () => {
  const f = file();
  const fl = FlashFile.open(f);
  assert.equal(fs.statSync(f).size, FLASH_SIZE);
  assert.ok(fl.read(0, FLASH_SIZE).every((b) => b === 0xff));
  fl.program(0x1000, Uint8Array.from([0x0f, 0xf0]));
  fl.program(0x1000, Uint8Array.from([0xfc, 0xff])); // bits only go from 1 to 0
  assert.deepEqual([...fl.read(0x1000, 2)], [0x0c, 0xf0]);
  const onDisk = fs.readFileSync(f);
  assert.deepEqual([onDisk[0x1000], onDisk[0x1001]], [0x0c, 0xf0]);
  fl.erase(0x1800, 4);
  assert.deepEqual([...fl.read(0x1000, 2)], [0xff, 0xff]);
  fl.close();
  fs.writeFileSync(path.join(DIR, 'small.bin'), 'x');
  assert.throws(() => FlashFile.open(path.join(DIR, 'small.bin')), /small\.bin is not a simulated 4 MB flash image \(1 bytes\)/);
  assert.deepEqual(fs.readdirSync(DIR).filter((x) => x.includes('tmp')), []);
});

/** A loader with a recording host. */
function loader(stub: boolean, faults = {}) {
  const frames: Uint8Array[] = [];
  const events: string[] = [];
  const fl = FlashFile.open(file());
  const host: LoaderHost = {
    flash: fl,
    send: (p) => frames.push(p),
    chipBaud: 115200,
    setChipBaud: (b) => {
      host.chipBaud = b;
      events.push(`baud ${b}`);
    },
    enterStub: () => events.push('stub'),
    runApp: () => events.push('app'),
    log: () => {},
    faults,
  };
  const l = new LoaderModel(host, stub);
  const cmd = (op: number, data: number[] | Uint8Array, chk = 0) => {
    const d = Uint8Array.from(data as ArrayLike<number>);
    const p = new Uint8Array(8 + d.length);
    p[1] = op;
    p[2] = d.length & 0xff;
    p[3] = d.length >> 8;
    p[4] = chk;
    p.set(d, 8);
    frames.length = 0;
    l.handle(p);
    return frames.slice();
  };
  return { l, cmd, events, fl, host };
}

function words(...w: number[]): number[] {
  const out: number[] = [];
  for (const x of w) out.push(x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, (x >>> 24) & 0xff);
  return out;
}

function dataBlock(seq: number, payload: Uint8Array): { data: Uint8Array; chk: number } {
  let x = 0xef;
  for (const b of payload) x ^= b;
  return { data: Uint8Array.from([...words(payload.length, seq, 0, 0), ...payload]), chk: x };
}

const SYNC = [0x07, 0x07, 0x12, 0x20, ...new Array(32).fill(0x55)];

test('ROM: SYNC 8 replies with 0x20120707, 4 status bytes, register map, unknown commands, MD5 as hex', () => {
  const { cmd, fl } = loader(false);
  const r = cmd(OP.SYNC, SYNC);
  assert.equal(r.length, 8);
  assert.equal(Buffer.from(r[0]).toString('hex'), '0108040007071220' + '00000000');
  assert.equal(Buffer.from(cmd(OP.READ_REG, words(0x40001000))[0]).toString('hex'), '010a0400831df000' + '00000000');
  // UART clock divider at 115200 gives a 40 MHz crystal
  const div = Buffer.from(cmd(OP.READ_REG, words(0x3ff40014))[0]).readUInt32LE(4);
  assert.equal(Math.round((115200 * div) / 1e6), 40);
  // GET_SECURITY_INFO is unknown to the ESP32 ROM: status 1, error 0x05, another opcode byte
  assert.equal(Buffer.from(cmd(OP.GET_SECURITY_INFO, [])[0]).toString('hex'), '0100040000000000' + '01050000');
  assert.equal(Buffer.from(loader(false, { unknownOpEcho: true }).cmd(OP.GET_SECURITY_INFO, [])[0]).subarray(0, 2).toString('hex'), '0114');
  // a bad SYNC body and a length field that lies
  assert.equal(Buffer.from(cmd(OP.SYNC, [1, 2, 3])[0]).subarray(8).toString('hex'), '01050000');
  // MD5: 32 ASCII hex digits then the status
  fl.program(0x10000, Uint8Array.from([1, 2, 3, 4]));
  const m = cmd(OP.SPI_FLASH_MD5, words(0x10000, 4, 0, 0))[0];
  assert.equal(Buffer.from(m.subarray(8, 40)).toString('ascii'), crypto.createHash('md5').update(Buffer.from([1, 2, 3, 4])).digest('hex'));
  assert.equal(Buffer.from(m.subarray(40)).toString('hex'), '00000000');
  // flash id through the SPI0 registers: USR2 command 0x9F, CMD bit 18, W0
  cmd(OP.WRITE_REG, words(0x3ff42024, (7 << 28) | 0x9f, 0xffffffff, 0));
  cmd(OP.WRITE_REG, words(0x3ff42000, 1 << 18, 0xffffffff, 0));
  assert.equal(Buffer.from(cmd(OP.READ_REG, words(0x3ff42000))[0]).readUInt32LE(4), 0);
  assert.equal(Buffer.from(cmd(OP.READ_REG, words(0x3ff42080))[0]).readUInt32LE(4), 0x1640ef);
});

test('ROM: MEM_* upload then jump (reply first, then the stub), data checks, CHANGE_BAUDRATE', () => {
  const { cmd, events } = loader(false);
  assert.equal(cmd(OP.MEM_BEGIN, words(8, 1, 0x1800, 0x400a8000))[0][8], 0);
  const good = dataBlock(0, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
  assert.equal(Buffer.from(cmd(OP.MEM_DATA, good.data, good.chk ^ 1)[0]).subarray(8).toString('hex'), '01070000'); // checksum
  assert.equal(Buffer.from(cmd(OP.MEM_DATA, good.data, good.chk)[0]).subarray(8).toString('hex'), '00000000');
  assert.equal(cmd(OP.MEM_END, words(0, 0x400a902c))[0][8], 0);
  assert.deepEqual(events, ['stub']);
  const r = cmd(OP.CHANGE_BAUDRATE, words(921600, 0));
  assert.equal(r.length, 1);
  assert.deepEqual(events, ['stub', 'baud 921600']);
});

test('stub: one SYNC reply with value 0, 2 status bytes, compressed writes across blocks, MD5 raw, errors', () => {
  const { cmd, fl, events } = loader(true);
  const s = cmd(OP.SYNC, SYNC);
  assert.equal(s.length, 1);
  assert.equal(Buffer.from(s[0]).toString('hex'), '01080200000000000000');
  const data = crypto.randomBytes(40000);
  const z = zlib.deflateSync(data, { level: 9 });
  const blocks = Math.ceil(z.length / 0x4000);
  assert.equal(cmd(OP.FLASH_DEFL_BEGIN, words(data.length, blocks, 0x4000, 0x100000))[0].length, 10);
  for (let i = 0; i < blocks; i++) {
    const b = dataBlock(i, z.subarray(i * 0x4000, (i + 1) * 0x4000));
    if (i === 1) assert.equal(Buffer.from(cmd(OP.FLASH_DEFL_DATA, b.data, b.chk ^ 0xff)[0]).subarray(8).toString('hex'), 'c100'); // bad checksum
    assert.equal(Buffer.from(cmd(OP.FLASH_DEFL_DATA, b.data, b.chk)[0]).subarray(8).toString('hex'), '0000');
  }
  assert.equal(Buffer.from(cmd(OP.FLASH_DEFL_END, words(1))[0]).subarray(8).toString('hex'), '0000');
  assert.deepEqual(Buffer.from(fl.read(0x100000, data.length)), data);
  const m = cmd(OP.SPI_FLASH_MD5, words(0x100000, data.length, 0, 0))[0];
  assert.equal(Buffer.from(m.subarray(8, 24)).toString('hex'), crypto.createHash('md5').update(data).digest('hex'));
  assert.equal(m.length, 8 + 16 + 2);
  // an end before all the data: not enough data; data out of flash mode
  cmd(OP.FLASH_BEGIN, words(100, 1, 0x4000, 0x200000));
  assert.equal(Buffer.from(cmd(OP.FLASH_END, words(1))[0]).subarray(8).toString('hex'), 'c800');
  const b = dataBlock(0, Uint8Array.from([1, 2, 3, 4]));
  assert.equal(Buffer.from(cmd(OP.FLASH_DATA, b.data, b.chk)[0]).subarray(8).toString('hex'), 'c600');
  // FLASH_END with 0 reboots into the app
  cmd(OP.FLASH_BEGIN, words(0, 0, 0x4000, 0));
  cmd(OP.FLASH_END, words(0));
  assert.deepEqual(events, ['app']);
  // unknown commands
  assert.equal(Buffer.from(cmd(0x42, [])[0]).subarray(8).toString('hex'), 'ff00');
  // erase a region
  fl.program(0x300000, Uint8Array.from([0]));
  assert.equal(Buffer.from(cmd(OP.ERASE_REGION, words(0x300000, 0x1000))[0]).subarray(8).toString('hex'), '0000');
  assert.equal(fl.read(0x300000, 1)[0], 0xff);
});

test('SLIP: escapes both ways, garbage between frames ignored', () => {
  const got: string[] = [];
  const d = new SlipDecoder((f) => got.push(Buffer.from(f).toString('hex')));
  const p = Uint8Array.from([0x00, 0xc0, 0xdb, 0x01]);
  const e = slipEncode(p);
  assert.equal(Buffer.from(e).toString('hex'), 'c000dbdcdbdd01c0');
  d.push(Uint8Array.from([0x41, 0x42]));
  d.push(e.subarray(0, 3));
  d.push(e.subarray(3));
  assert.deepEqual(got, ['00c0db01']);
});

test('UART: bytes sent while the host and chip bauds differ arrive garbled', () => {
  const b = new SimBoard(file(), { bootApp: () => null });
  boards.push(b);
  const got: number[] = [];
  b.host = { deliver: (x) => got.push(...x), lose: () => {} };
  b.setHostBaud(921600);
  b.uartWrite('OK');
  assert.notDeepEqual(got, [0x4f, 0x4b]);
  b.setHostBaud(115200);
  got.length = 0;
  b.uartWrite('OK');
  assert.deepEqual(got, [0x4f, 0x4b]);
});

// collects the console until `done` matches (not a fixed delay: CI machines run slow and busy)
function bootAndCollect(b: SimBoard, done: RegExp, maxMs = 20000): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    const t0 = Date.now();
    b.host = { deliver: (x) => (s += Buffer.from(x).toString('latin1')), lose: () => {} };
    b.powerOn();
    const poll = () => (done.test(s) || Date.now() - t0 > maxMs ? resolve(s) : setTimeout(poll, 10));
    poll();
  });
}

test('the VM bundle is ES5 and runs in a context without Node or post-ES5 globals', { skip: !fs.existsSync(BUNDLE) && 'run npm run build first' }, async () => {
  acorn.parse(fs.readFileSync(BUNDLE, 'utf8'), { ecmaVersion: 5, sourceType: 'script' });
  const probe = path.join(DIR, 'probe.js');
  fs.writeFileSync(
    probe,
    `var AtomVMSim = { boot: function () {
      var names = ['require', 'process', 'Buffer', 'console', 'setTimeout', 'Map', 'Set', 'Promise', 'Symbol', 'Proxy', 'Reflect', 'BigInt', 'globalThis', 'WeakMap'];
      var seen = [];
      for (var i = 0; i < names.length; i++) if (eval('typeof ' + names[i]) !== 'undefined') seen.push(names[i]);
      if (Array.from || Object.assign || Math.imul || Math.trunc || Number.isInteger || ''.startsWith || [].fill || new Uint8Array(1).slice || new Uint8Array(1).fill || ArrayBuffer.isView || ArrayBuffer.prototype.slice) seen.push('members');
      var p = board.partition('main.avm');
      board.uartWrite('seen:' + seen.join(',') + ' main:' + (p instanceof Uint8Array) + ':' + p.length + ' none:' + board.partition('nope') + ' t:' + (typeof board.millis()) + '\\n');
      return ''; }, step: function () { return -1; } };`,
  );
  process.env.ATOMVM_SIM_BUNDLE = probe;
  try {
    const b = new SimBoard(file(), { bootApp: bootVm });
    boards.push(b);
    const out = await bootAndCollect(b, /seen:.*\n/);
    assert.match(out, /seen: main:true:1048576 none:null t:number\n/);
  } finally {
    delete process.env.ATOMVM_SIM_BUNDLE;
  }
});

test('boot: the partition table decides where main.avm and lib.avm are; bad tables and blank partitions are reported', { skip: !fs.existsSync(BUNDLE) && 'run npm run build first' }, async () => {
  const beam = fs.readFileSync(path.join(ROOT, 'test/vectors/pack/pk_start.beam'));
  const app = packAvm([{ name: 'pk_start.beam', data: new Uint8Array(beam) }]);
  const table = tableToBinary(compileCsv('nvs, data, nvs, 0x9000, 0x6000\nfactory, app, factory, 0x10000, 0x100000\nmain.avm, data, 0x40, 0x300000, 0x10000\n'));
  let b = new SimBoard(file(), { bootApp: bootVm });
  boards.push(b);
  b.flash.program(0x8000, table);
  b.flash.program(0x300000, app);
  let out = await bootAndCollect(b, /Return value: .*\r\n/);
  assert.match(out, /rst:0x1 \(POWERON_RESET\),boot:0x13 \(SPI_FAST_FLASH_BOOT\)\r\nI \(\d+\) boot: AtomVM-js atomvm-sim\.js, main\.avm 0x300000, lib\.avm missing\r\n/);
  assert.match(out, /Return value: /);
  assert.doesNotMatch(out, /AtomVM: /);

  b = new SimBoard(file(), { bootApp: bootVm });
  boards.push(b);
  const bad = Uint8Array.from(table);
  bad[4] ^= 1;
  b.flash.program(0x8000, bad);
  out = await bootAndCollect(b, /invalid partition table.*\r\n/);
  assert.match(out, /E \(\d+\) boot: invalid partition table at 0x8000: MD5 checksums don't match/);

  b = new SimBoard(file(), { bootApp: bootVm });
  boards.push(b);
  out = await bootAndCollect(b, /flash an app\r\n/);
  assert.match(out, /W \(\d+\) boot: no partition table at 0x8000: using the default layout\r\n/);
  assert.match(out, /E \(\d+\) AtomVM: main\.avm holds no packbeam archive \(erased or half written\): flash an app\r\n/);
});
