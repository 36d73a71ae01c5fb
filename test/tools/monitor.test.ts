// monitor: `flash` then `monitor --timeout` on a sim: port prints Hello World from
// examples/hello_world (in this process and through dist/cli.js in child processes); the reset
// key; --no-reset; --until-end; the port vanishing and coming back; a missing port.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { runMonitor } from '../../src/tools/monitor';
import { flashCommand } from '../../src/tools/flash';
import { buildCommand } from '../../src/tools/build';
import { simBoard, forgetSimBoards } from '../../src/tools/sim/binding';

const ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-test-'));
const APP = path.join(DIR, 'hello_world.avm');
after(() => {
  forgetSimBoards();
  fs.rmSync(DIR, { recursive: true, force: true });
});

async function quiet<T>(f: () => Promise<T>): Promise<T> {
  const ol = console.log;
  const oe = console.error;
  const errs: string[] = [];
  console.log = () => {};
  console.error = (s: string) => errs.push(s);
  try {
    return await f();
  } catch (e) {
    throw new Error(`${(e as Error).message} ${errs.join('\n')}`);
  } finally {
    console.log = ol;
    console.error = oe;
  }
}

before(async () => {
  const code = await quiet(() => buildCommand([path.join(ROOT, 'examples/hello_world'), '-o', APP]));
  assert.equal(code, 0, 'erlc builds examples/hello_world');
});

let n = 0;
async function flashed(): Promise<string> {
  const port = `sim:${path.join(DIR, `f${n++}.bin`)}`;
  assert.equal(await quiet(() => flashCommand([APP, '--port', port])), 0);
  return port;
}

function collect(): { text: () => string; output: (b: Buffer) => void; info: (s: string) => void; infos: string[] } {
  let s = '';
  const infos: string[] = [];
  return { text: () => s, output: (b) => (s += b.toString('latin1')), info: (x) => infos.push(x), infos };
}

async function until(cond: () => boolean, ms: number): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('flash then monitor --timeout: Hello World from examples/hello_world', async () => {
  const port = await flashed();
  const c = collect();
  const code = await runMonitor({ port, baud: 115200, reset: true, timeoutS: 8, input: null, output: c.output, info: c.info, stripCr: true });
  assert.equal(code, 0);
  assert.match(c.text(), /rst:0x1 \(POWERON_RESET\),boot:0x13 \(SPI_FAST_FLASH_BOOT\)\n/);
  assert.match(c.text(), /\nHello World\nReturn value: ok\n/);
  assert.equal(c.text().split('Hello World').length, 2, 'one boot after the reset');
  assert.match(c.infos[0], /^--- monitor on sim:.* at 115200 baud; Ctrl\+\] exits, Ctrl\+T R resets ---$/);
});

test('--until-end exits when the app ends; Ctrl+T R resets; Ctrl+] exits; --no-reset', async () => {
  const port = await flashed();
  let c = collect();
  const t0 = Date.now();
  assert.equal(await runMonitor({ port, baud: 115200, reset: true, timeoutS: 20, untilEnd: true, input: null, output: c.output, info: c.info, stripCr: false }), 0);
  assert.ok(Date.now() - t0 < 15000);
  assert.match(c.text(), /Hello World\r\nReturn value: ok\r\n$/);

  c = collect();
  const keys = new PassThrough();
  const done = runMonitor({ port, baud: 115200, reset: true, input: keys, output: c.output, info: c.info });
  await until(() => c.text().includes('Return value: ok'), 20000);
  keys.write(Buffer.from([0x14, 0x72])); // Ctrl+T R
  await until(() => c.text().split('Return value: ok').length === 3, 20000);
  assert.ok(c.infos.includes('--- reset ---'));
  keys.write(Buffer.from([0x1d])); // Ctrl+]
  assert.equal(await done, 0);

  // without the reset, a board already running shows nothing new and sees no EN edge
  const board = simBoard(port.slice(4));
  const edges = board.edges.length;
  c = collect();
  assert.equal(await runMonitor({ port, baud: 115200, reset: false, timeoutS: 0.5, input: null, output: c.output, info: c.info }), 0);
  assert.equal(c.text(), '');
  assert.ok(board.edges.slice(edges).every((e) => !e.enLow));
});

test('the port vanishes and comes back: the monitor waits and goes on', async () => {
  const port = await flashed();
  const board = simBoard(port.slice(4));
  const c = collect();
  // ended by Ctrl+] rather than a timeout, so a slow CI machine cannot cut the second boot short
  const keys = new PassThrough();
  const done = runMonitor({ port, baud: 115200, reset: true, timeoutS: 60, input: keys, output: c.output, info: c.info, retryMs: 50 });
  await until(() => c.text().includes('Return value: ok'), 20000);
  board.unplug(300);
  // the re-plugged board boots at once; a monitor slowed down by a busy machine may reconnect
  // after that boot's output, so it resets the board once it is back and sees a boot for sure
  await until(() => c.infos.some((s) => / is back ---$/.test(s)), 20000);
  keys.write(Buffer.from([0x14, 0x72])); // Ctrl+T R
  await until(() => c.text().split('Return value: ok').length >= 3, 20000);
  keys.write(Buffer.from([0x1d])); // Ctrl+]
  assert.equal(await done, 0);
  assert.ok(c.infos.some((s) => /^--- sim:.* disconnected; waiting for it to come back/.test(s)), c.infos.join('\n'));
  assert.ok(c.infos.some((s) => /^--- sim:.* is back ---$/.test(s)));
});

test('errors: a missing port, an app that does not end in time', async () => {
  const c = collect();
  assert.equal(await runMonitor({ port: '/dev/ttyNOPE0', baud: 115200, reset: true, timeoutS: 2, input: null, output: c.output, info: c.info }), 1);
  assert.deepEqual(c.infos, ['monitor: cannot open /dev/ttyNOPE0: no such port (is the board plugged in? list ports with `atomvm-js flash --list-ports`)']);
  const port = `sim:${path.join(DIR, 'blank.bin')}`;
  const c2 = collect();
  assert.equal(await runMonitor({ port, baud: 115200, reset: true, timeoutS: 0.5, untilEnd: true, input: null, output: c2.output, info: c2.info }), 1);
  assert.match(c2.text(), /E \(\d+\) AtomVM: main\.avm holds no packbeam archive \(erased or half written\): flash an app/);
  assert.equal(c2.infos[c2.infos.length - 1], 'monitor: the app did not end within 0.5 s');
});

test('dist/cli.js: flash, then monitor --timeout, in separate processes', { skip: !fs.existsSync(CLI) && 'run npm run build first' }, () => {
  const cwd = fs.mkdtempSync(path.join(DIR, 'cli-'));
  const f = spawnSync(process.execPath, [CLI, 'flash', APP, '--port', 'sim:board.bin'], { cwd, encoding: 'utf8', timeout: 30000 });
  assert.equal(f.status, 0, f.stderr);
  assert.match(f.stdout, /main\.avm: Hash of data verified\./);
  assert.match(f.stdout, /Hard resetting via RTS pin\.\.\./);
  const m = spawnSync(process.execPath, [CLI, 'monitor', '--port', 'sim:board.bin', '--timeout', '8'], { cwd, encoding: 'utf8', timeout: 30000, input: '' });
  assert.equal(m.status, 0, m.stderr);
  assert.match(m.stdout, /^Hello World$/m);
  assert.doesNotMatch(m.stdout, /\r/);
  assert.equal(fs.existsSync(path.join(cwd, 'board.bin.lock')), false);
});
