// flash: the real esptool-js, through our Web-Serial adapter and serialport's stream layer, against
// the simulated ESP32 (ROM loader + stub behind a serialport binding): one and several files,
// compressed and not, flash bytes and the MD5 step, the DTR/RTS edges of the reset into download
// mode and of the reset after, an injected disconnect, line noise, a bad flash cell, no SYNC, and a
// re-run that completes; plus the checks made before any port is opened.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import { flashItems, flashCommand, planFlash, parseFlashArgs, loadBoard, FlashItem } from '../../src/tools/flash';
import { simBoard, forgetSimBoards } from '../../src/tools/sim/binding';
import { SimBoard } from '../../src/tools/sim/board';
import { packAvm } from '../../src/tools/packbeam';
import { tableToBinary, compileCsv } from '../../src/tools/partitions';
import { listPorts } from '../../src/tools/serial/ports';

const ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'flash-test-'));
after(() => {
  forgetSimBoards();
  fs.rmSync(DIR, { recursive: true, force: true });
});

let n = 0;
function freshBoard(opts: Parameters<typeof simBoard>[1] = {}): { port: string; board: SimBoard } {
  const file = path.join(DIR, `flash${n++}.bin`);
  // no app runs on these boards: the tests look at the protocol and the flash
  const board = simBoard(file, Object.assign({ bootApp: () => null }, opts));
  return { port: `sim:${file}`, board };
}

/** A valid packbeam archive of about `size` bytes (a start module and a data file). */
function avm(size: number, seed = 1): Uint8Array {
  const beam = fs.readFileSync(path.join(ROOT, 'test/vectors/pack/pk_start.beam'));
  const blob = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    blob[i] = i % 7 === 0 ? x >>> 24 : 0x41 + (i % 13); // partly compressible
  }
  return packAvm([
    { name: 'pk_start.beam', data: new Uint8Array(beam) },
    { name: 'app/priv/blob.bin', data: new Uint8Array(blob), kind: 'file' },
  ]);
}

function item(label: string, data: Uint8Array, address: number): FlashItem {
  return { label, file: label, data, address };
}

async function run(port: string, items: FlashItem[], extra: Partial<Parameters<typeof flashItems>[0]> = {}): Promise<string[]> {
  const lines: string[] = [];
  await flashItems(Object.assign({ port, baud: 921600, items, out: (s: string) => lines.push(s) }, extra));
  return lines;
}

function bytesAt(board: SimBoard, addr: number, len: number): Buffer {
  return Buffer.from(board.flash.read(addr, len));
}

function md5(b: Uint8Array): string {
  return crypto.createHash('md5').update(b).digest('hex');
}

test('one file, compressed: bytes in flash, MD5 checked by the stub, reset into the app', async () => {
  const { port, board } = freshBoard();
  const app = avm(30000);
  const lines = await run(port, [item('main.avm', app, 0x210000)]);
  assert.deepEqual(bytesAt(board, 0x210000, app.length), Buffer.from(app));
  // nothing else written
  assert.ok(bytesAt(board, 0x210000 + app.length + 4, 0x1000).every((b) => b === 0xff));
  assert.ok(bytesAt(board, 0x200000, 0x10000).every((b) => b === 0xff));
  assert.ok(lines.includes('main.avm: Hash of data verified.'), lines.join('\n'));
  assert.ok(lines.some((l) => /^main\.avm\s+0x210000\s+\[#{30}\] 100%\s+\d+ bytes$/.test(l)), lines.join('\n'));
  assert.ok(lines.includes('Chip is ESP32-D0WD-V3 (revision 3)'));
  const t = board.trace.join('\n');
  assert.match(t, /stub FLASH_DEFL_BEGIN/);
  assert.doesNotMatch(t, /stub FLASH_DATA /);
  assert.match(t, /stub SPI_FLASH_MD5 16/);
  // the first sector goes last: erase it, write the rest, write it
  const begins = board.trace.filter((l) => /FLASH_DEFL_BEGIN/.test(l)).length;
  assert.equal(begins, 3);
  // the stub ran at the new baud, the app at 115200 again
  assert.deepEqual(board.bauds, [115200, 921600]);
  assert.equal(board.boots[board.boots.length - 1], 'flash');
  assert.equal(board.chipBaud, 115200);
});

test('several files, uncompressed (FLASH_DATA): each verified, all bytes in place', async () => {
  const { port, board } = freshBoard();
  const table = tableToBinary(compileCsv(fs.readFileSync(path.join(ROOT, 'partitions.csv'), 'utf8')));
  const lib = avm(50000, 7);
  const app = avm(2000, 9); // one sector: written in one go
  const lines = await run(port, [item('partition table', table, 0x8000), item('lib.avm', lib, 0x1d0000), item('main.avm', app, 0x210000)], { compress: false });
  assert.deepEqual(bytesAt(board, 0x8000, 0xc00), Buffer.from(table));
  assert.deepEqual(bytesAt(board, 0x1d0000, lib.length), Buffer.from(lib));
  assert.deepEqual(bytesAt(board, 0x210000, app.length), Buffer.from(app));
  // the last block is padded with 0xFF to 16 KB on the wire; flash keeps 0xFF after the data
  assert.ok(bytesAt(board, 0x210000 + app.length, 0x4000).every((b) => b === 0xff));
  for (const l of ['partition table', 'lib.avm', 'main.avm']) assert.ok(lines.includes(`${l}: Hash of data verified.`), l);
  const t = board.trace.join('\n');
  assert.match(t, /stub FLASH_BEGIN 16/);
  assert.match(t, /stub FLASH_DATA 16400/);
  assert.doesNotMatch(t, /FLASH_DEFL/);
  assert.equal(board.trace.filter((l) => /SPI_FLASH_MD5/.test(l)).length, 1 + 3 + 1);
});

test('DTR/RTS: classic reset into download mode, EN pulse with GPIO0 high after, lines dropped on close', async () => {
  const { port, board } = freshBoard();
  await run(port, [item('main.avm', avm(100), 0x210000)]);
  const e = board.edges.map((x) => `${+x.dtr}${+x.rts}`);
  // open asserts both; ClassicReset: (DTR 0, RTS 1) EN low, (1, 0) EN up with GPIO0 low, (0, 0)
  assert.deepEqual(e.slice(0, 4), ['11', '01', '10', '00']);
  assert.equal(board.edges[1].enLow, true);
  assert.equal(board.edges[2].enLow, false);
  assert.equal(board.edges[2].io0Low, true);
  // the reset after: D0|R1|W100|R0 -> EN low with DTR 0, then EN up with GPIO0 high
  // (esptool-js repeats DTR after each RTS change; the last (0, 0) is the port closing with HUPCL)
  const last = board.edges.slice(-5).map((x) => `${+x.dtr}${+x.rts}${x.enLow ? 'E' : ''}${x.io0Low ? 'B' : ''}`);
  assert.deepEqual(last, ['01E', '01E', '00', '00', '00']);
  const up = board.edges[board.edges.length - 3];
  const pulseStart = board.edges[board.edges.length - 5];
  assert.ok(up.t - pulseStart.t >= 90, 'EN held low about 100 ms');
  assert.deepEqual(board.boots, ['flash', 'download', 'flash']);
  assert.ok(board.uart.includes('rst:0x1 (POWERON_RESET),boot:0x3 (DOWNLOAD_BOOT(UART0/UART1/SDIO_REI_REO_V2))\r\nwaiting for download'));
  // --no-reset stays in the stub
  const b2 = freshBoard();
  await run(b2.port, [item('main.avm', avm(100), 0x210000)], { reset: false });
  assert.deepEqual(b2.board.boots, ['flash', 'download']);
  assert.equal(b2.board.mode, 'stub');
});

test('a disconnect in the middle of a write: one clear error, a blank header, and a re-run completes', async () => {
  const { port, board } = freshBoard({ faults: { unplugAfterFlashBlocks: 4, unplugForMs: 200 } });
  const old = avm(60000, 3);
  const app = avm(60000, 4);
  // an older app was there
  board.flash.program(0x210000, old);
  await assert.rejects(
    run(port, [item('main.avm', app, 0x210000)], { compress: false }),
    (e: Error) => /^the connection to sim:.* was lost while writing main\.avm \(main\.avm\) at 0x210000; its partition is left without a valid header; run the command again$/.test(e.message),
  );
  // the header sector was erased first: neither the old app nor a half-written one looks valid
  assert.ok(bytesAt(board, 0x210000, 0x1000).every((b) => b === 0xff));
  await new Promise((r) => setTimeout(r, 300));
  const lines = await run(port, [item('main.avm', app, 0x210000)], { compress: false });
  assert.ok(lines.includes('main.avm: Hash of data verified.'));
  assert.deepEqual(bytesAt(board, 0x210000, app.length), Buffer.from(app));
});

test('line noise on a block: the stub answers bad checksum, esptool-js resends; three times is an error', async () => {
  const { port, board } = freshBoard({ faults: { corrupt: [{ seq: 1, times: 1 }] } });
  const app = avm(70000, 5);
  await run(port, [item('main.avm', app, 0x210000)], { compress: false });
  assert.deepEqual(bytesAt(board, 0x210000, app.length), Buffer.from(app));
  assert.ok(board.trace.includes('noise on flash block 1'));
  // erase the first sector (1 block), the rest (5 blocks, block 1 twice), the first sector (1 block)
  assert.equal(board.trace.filter((l) => l === 'stub FLASH_DATA 16400').length, 1 + 5 + 1 + 1);

  const b2 = freshBoard({ faults: { corrupt: [{ seq: 2, times: 3 }] } });
  await assert.rejects(run(b2.port, [item('main.avm', app, 0x210000)], { compress: false }), /^Error: the board rejected a block of main\.avm \(main\.avm\) at 0x210000 \(bad checksum\) three times; its partition is left without a valid header; try a lower --baud and run the command again$/);
  assert.ok(bytesAt(b2.board, 0x210000, 0x1000).every((b) => b === 0xff));
});

test('MD5 mismatch (a flash cell that does not hold its bit): reported, header left blank', async () => {
  const app = avm(20000, 6);
  const off = 0x3000 + app.subarray(0x3000).findIndex((b) => (b & 1) === 1);
  const { port, board } = freshBoard({ faults: { badCellAt: 0x210000 + off } });
  await assert.rejects(run(port, [item('main.avm', app, 0x210000)]), /^Error: MD5 mismatch after writing main\.avm \(main\.avm\) at 0x210000: the flash does not hold what was sent; its partition is left without a valid header; run the command again/);
  assert.ok(bytesAt(board, 0x210000, 0x1000).every((b) => b === 0xff));
  assert.notEqual(md5(bytesAt(board, 0x211000, app.length - 0x1000)), md5(app.subarray(0x1000)));
});

test('no SYNC (a board without the auto-reset circuit, running its app): one line saying what to do', async () => {
  const { port } = freshBoard({ autoReset: false });
  const t0 = Date.now();
  await assert.rejects(run(port, [item('main.avm', avm(100), 0x210000)]), /^Error: no answer from an ESP32 on sim:.* \(no SYNC\): the board is not in download mode; hold BOOT and press EN\/RST/);
  assert.ok(Date.now() - t0 < 20000);
});

test('a ROM that echoes the opcode of unknown commands: esptool-js resets and syncs again, then flashes', async () => {
  const { port, board } = freshBoard({ faults: { unknownOpEcho: true } });
  const app = avm(100);
  await run(port, [item('main.avm', app, 0x210000)]);
  assert.deepEqual(bytesAt(board, 0x210000, app.length), Buffer.from(app));
  assert.deepEqual(board.boots.slice(0, 3), ['flash', 'download', 'download']);
});

test('flash command: main.avm offset from partitions.csv, --image layout, output and errors', async () => {
  const app = path.join(DIR, 'app.avm');
  fs.writeFileSync(app, avm(5000));
  const { port, board } = freshBoard();
  const lines: string[] = [];
  const errs: string[] = [];
  const ol = console.log;
  const oe = console.error;
  console.log = (s: string) => lines.push(s);
  console.error = (s: string) => errs.push(s);
  let code: number;
  try {
    code = await flashCommand(['--image', '--port', port, app, '--baud', '460800']);
  } finally {
    console.log = ol;
    console.error = oe;
  }
  assert.equal(code, 0, errs.join('\n'));
  const table = tableToBinary(compileCsv(fs.readFileSync(path.join(ROOT, 'partitions.csv'), 'utf8')));
  assert.deepEqual(bytesAt(board, 0x8000, 0xc00), Buffer.from(table));
  const lib = fs.readFileSync(path.join(ROOT, 'dist/lib.avm'));
  assert.deepEqual(bytesAt(board, 0x1d0000, lib.length), lib);
  assert.deepEqual(bytesAt(board, 0x210000, fs.statSync(app).size), fs.readFileSync(app));
  assert.ok(bytesAt(board, 0x1000, 0x7000).every((b) => b === 0xff), 'no bootloader for the sim board');
  assert.ok(lines.includes('Flashing through ' + port + ' at 460800 baud'));
  assert.ok(board.bauds.includes(460800));
  for (const l of ['partition table', 'lib.avm', 'main.avm']) assert.ok(lines.includes(`${l}: Hash of data verified.`), l);
});

test('checks before any port is opened: not an archive, too big, malformed CSV, missing firmware', () => {
  const sim = loadBoard('sim');
  const dev = loadBoard('esp32-devkitc');
  const notAvm = path.join(DIR, 'x.avm');
  fs.writeFileSync(notAvm, 'hello, not an archive');
  assert.throws(() => planFlash(parseFlashArgs([notAvm]), sim), /^Error: app .*x\.avm is not a packbeam archive \(no AtomVM header\)/);
  const cut = path.join(DIR, 'cut.avm');
  fs.writeFileSync(cut, avm(3000).subarray(0, 1000));
  assert.throws(() => planFlash(parseFlashArgs([cut]), sim), /is not a valid packbeam archive: .*cut\.avm: /);
  const big = path.join(DIR, 'big.avm');
  fs.writeFileSync(big, avm(0x100000));
  assert.throws(() => planFlash(parseFlashArgs([big]), sim), /big\.avm \(\d+ bytes\) does not fit the main\.avm partition \(1048576 bytes at 0x210000\)/);
  const csv = path.join(DIR, 'bad.csv');
  fs.writeFileSync(csv, 'nvs, data, nvs, 0x9000, 0x6000\nmain.avm, data, 0x40, 0x9800, 0x1000\n');
  const ok = path.join(DIR, 'ok.avm');
  fs.writeFileSync(ok, avm(10));
  assert.throws(() => planFlash(parseFlashArgs([ok, '--partitions', csv]), sim), /bad\.csv: line 2: partitions overlap/);
  fs.writeFileSync(csv, 'nvs, data, nvs, 0x9000, 0x6000\nmain.avm, dta, 0x40, 0x10000, 0x1000\n');
  assert.throws(() => planFlash(parseFlashArgs([ok, '--partitions', csv]), sim), /bad\.csv: line 2: Value 'dta' is not valid/);
  assert.throws(() => planFlash(parseFlashArgs([]), sim), /no app given/);
  assert.throws(() => planFlash(parseFlashArgs(['--image', ok]), dev), /--image for board esp32-devkitc needs the bootloader: give --bootloader FILE/);
  const bl = path.join(DIR, 'bl.bin');
  fs.writeFileSync(bl, Buffer.from([0xe9, 1, 2, 3]));
  assert.throws(() => planFlash(parseFlashArgs(['--image', '--bootloader', bl, ok]), dev), /needs the engine firmware: give --engine FILE \(e\.g\. Espruino's espruino_esp32\.bin\)/);
  assert.throws(() => planFlash(parseFlashArgs(['--image', '--bootloader', bl, '--engine', notAvm, ok]), dev), /engine .* is not an ESP32 app image/);
  const eng = path.join(DIR, 'eng.bin');
  fs.writeFileSync(eng, Buffer.concat([Buffer.from([0xe9]), Buffer.alloc(0x1c0000)]));
  assert.throws(() => planFlash(parseFlashArgs(['--image', '--bootloader', bl, '--engine', eng, ok]), dev), /eng\.bin \(1835009 bytes\) does not fit the factory partition/);
  fs.writeFileSync(eng, Buffer.from([0xe9, 0, 0, 0]));
  const items = planFlash(parseFlashArgs(['--image', '--bootloader', bl, '--engine', eng, ok]), dev);
  assert.deepEqual(
    items.map((i) => [i.label, i.address]),
    [
      ['bootloader', 0x1000],
      ['partition table', 0x8000],
      ['engine', 0x10000],
      ['lib.avm', 0x1d0000],
      ['main.avm', 0x210000],
    ],
  );
  assert.equal(planFlash(parseFlashArgs([ok, '--offset', '0x300000']), sim)[0].address, 0x300000);
  assert.throws(() => loadBoard('nope'), /unknown board nope \(known: esp32-devkitc, sim\)/);
});

test('port errors: missing, busy, none found', async () => {
  const app = path.join(DIR, 'p.avm');
  fs.writeFileSync(app, avm(10));
  const errs: string[] = [];
  const oe = console.error;
  const ol = console.log;
  console.error = (s: string) => errs.push(s);
  console.log = () => {};
  try {
    assert.equal(await flashCommand([app, '--port', '/dev/ttyNOPE0']), 1);
    assert.match(errs.pop() as string, /^flash: cannot open \/dev\/ttyNOPE0: no such port \(is the board plugged in\? list ports with `atomvm-js flash --list-ports`\)$/);
    const { port, board } = freshBoard();
    const { makeStream, openStream } = await import('../../src/tools/serial/ports');
    const other = makeStream(port, 115200);
    await openStream(other);
    assert.equal(await flashCommand([app, '--port', port]), 1);
    assert.match(errs.pop() as string, /^flash: cannot open sim:.*: the port is busy/);
    await new Promise<void>((r) => other.close(() => r()));
    assert.equal(board.host, null);
    if ((await listPorts()).filter((p) => p.likelyEsp).length === 0) {
      const saved = process.env.FLASH_SERIAL_PORT;
      delete process.env.FLASH_SERIAL_PORT;
      try {
        assert.equal(await flashCommand([app]), 1);
        assert.match(errs.pop() as string, /^flash: no serial port found: connect the board and give --port PORT \(or set FLASH_SERIAL_PORT\), or --port sim for the simulated board; list ports with `atomvm-js flash --list-ports`$/);
      } finally {
        if (saved !== undefined) process.env.FLASH_SERIAL_PORT = saved;
      }
    }
  } finally {
    console.error = oe;
    console.log = ol;
  }
});
