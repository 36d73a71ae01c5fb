// Shared by test/tools/sim_*.test.ts and examples_device.test.ts: compile Erlang sources, write them
// with dist/lib.avm into a simulated ESP32's flash (default layout, no partition table), boot the
// board and wait for its console output.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SimBoard, BoardOptions } from '../../../src/tools/sim/board';
import { bootVm } from '../../../src/tools/sim/app';
import { packAvm } from '../../../src/tools/packbeam';
import { FlashFile } from '../../../src/tools/sim/flash_file';

export const ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');
export const LIB = path.join(ROOT, 'dist', 'lib.avm');
export const BUNDLE = path.join(ROOT, 'dist', 'atomvm-sim.js');
export const skip: string | false = spawnSync('erlc', ['-v']).error
  ? 'erlc not installed'
  : !fs.existsSync(BUNDLE) || !fs.existsSync(LIB)
    ? 'run npm run build first'
    : false;

export const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-dev-'));
const boards: SimBoard[] = [];
process.on('exit', () => {
  for (const b of boards) b.shutdown();
  fs.rmSync(DIR, { recursive: true, force: true });
});

let n = 0;

/** Compiles modules (name -> source) into an .avm, the first module first. */
export function appAvm(sources: { [mod: string]: string }): Uint8Array {
  const d = fs.mkdtempSync(path.join(DIR, 'erl-'));
  const files = Object.keys(sources).map((m) => {
    const f = path.join(d, m + '.erl');
    fs.writeFileSync(f, sources[m]);
    return f;
  });
  const r = spawnSync('erlc', ['-o', d, ...files], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr + r.stdout);
  return packAvm(Object.keys(sources).map((m) => ({ name: m + '.beam', data: new Uint8Array(fs.readFileSync(path.join(d, m + '.beam'))) })));
}

export interface Run {
  board: SimBoard;
  /** console output so far (CR LF kept) */
  out(): string;
  /** waits until the output matches (generous limit for slow machines) */
  until(re: RegExp, ms?: number): Promise<string>;
}

/** A new flash file name. */
export function flashFile(): string {
  return path.join(DIR, `flash${n++}.bin`);
}

/** A board with the app (and lib.avm) written to its flash (null: the flash as it is), powered on. */
export function boot(app: Uint8Array | null, opts: BoardOptions = {}, file = flashFile()): Run {
  const board = new SimBoard(file, Object.assign({ bootApp: bootVm }, opts));
  boards.push(board);
  if (app) {
    board.flash.erase(0x210000, 0x100000);
    board.flash.program(0x210000, app);
    const lib = new Uint8Array(fs.readFileSync(LIB));
    board.flash.erase(0x1d0000, 0x40000);
    board.flash.program(0x1d0000, lib);
  }
  let s = '';
  board.host = { deliver: (x) => (s += Buffer.from(x).toString('latin1')), lose: () => {} };
  board.powerOn();
  const run: Run = {
    board,
    out: () => s,
    until: (re, ms = 30000) =>
      new Promise((resolve, reject) => {
        const t0 = Date.now();
        const poll = () => {
          if (re.test(s)) resolve(s);
          else if (Date.now() - t0 > ms) reject(new Error(`timed out waiting for ${re} in:\n${s}`));
          else setTimeout(poll, 10);
        };
        poll();
      }),
  };
  return run;
}

/** Writes the app and lib.avm into a flash file (default layout) without booting it. */
export function flashApp(app: Uint8Array, file = flashFile()): string {
  const f = FlashFile.open(file);
  f.erase(0x210000, 0x100000);
  f.program(0x210000, app);
  f.erase(0x1d0000, 0x40000);
  f.program(0x1d0000, new Uint8Array(fs.readFileSync(LIB)));
  f.close();
  return file;
}
