// `run`: the generic_unix behaviour of AtomVM on the host: load archives/BEAM files, start the
// first module exporting start/0, print its output, then "Return value: <term>" on stderr.
import * as fs from 'fs';
import * as path from 'path';
import { vmInit, vmAddFile, vmStart, vmRunSlice, vmNextWake, result } from '../vm/vm';
import { SliceResult, WAIT_IO } from '../vm/scheduler';
import { nodeWrite } from '../platform/node/console';
import { nodePlatform } from '../platform/node/platform';
import { peakUsedWords } from '../vm/memory';

export const RUN_HELP = `Usage: atomvm-js run APP.avm|MOD.beam [MORE.avm|MORE.beam ...] [--memory WORDS]

Runs start/0 of the first module that exports it (an .avm's start entries, or a plain .beam).
Later files supply further modules, loaded on first call; the standard library (lib.avm next
to the CLI) comes last unless --no-lib. Prints the program's output, then "Return value: <term>"
on stderr. Exit status 0 when the value is ok or 0, else 1.

Options:
  --memory WORDS   the most VM memory may grow to, in 32-bit words (default 67108864)
  --no-lib         do not load the standard library
  --stats          print the run time and peak VM memory on stderr (for benchmarks)
  --gc-stress      debug: collect garbage at (nearly) every allocation

Example:
  erlc hello_world.erl && node dist/cli.js run hello_world.beam`;

export function runCommand(args: string[]): Promise<number> {
  const files: string[] = [];
  let budget = 64 * 1024 * 1024;
  let useLib = true;
  let stats = false;
  let gcStress = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      console.log(RUN_HELP);
      return Promise.resolve(0);
    } else if (a === '--memory') budget = parseInt(args[++i], 10);
    else if (a === '--no-lib') useLib = false;
    else if (a === '--stats') stats = true;
    else if (a === '--gc-stress') gcStress = true;
    else if (a.startsWith('-')) {
      console.error(`run: unknown option ${a} (see run --help)`);
      return Promise.resolve(2);
    } else files.push(a);
  }
  if (files.length === 0) {
    console.error('run: no file given (see run --help)');
    return Promise.resolve(2);
  }
  // the loop: a slice now (setImmediate) while there is work, a timer while processes wait for
  // one, nothing while they wait for I/O (the platform's wake() schedules the next slice)
  let timer: NodeJS.Timeout | null = null;
  let immediate: NodeJS.Immediate | null = null;
  let step: () => void = () => {};
  const schedule = (ms: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (ms <= 0) {
      if (immediate === null) immediate = setImmediate(() => ((immediate = null), step()));
    } else if (ms < WAIT_IO) timer = setTimeout(() => ((timer = null), step()), ms);
  };
  const platform = nodePlatform(() => schedule(0));
  try {
    vmInit({ write: nodeWrite, writeErr: (s) => process.stderr.write(Buffer.from(s, 'latin1')), budgetWords: budget, gcStress, platform });
    for (const f of files) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(f);
      } catch (e) {
        console.error(`run: cannot read ${f}: ${(e as Error).message}`);
        return Promise.resolve(2);
      }
      vmAddFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), f);
    }
    const lib = path.join(__dirname, 'lib.avm');
    if (useLib && fs.existsSync(lib) && !files.some((f) => path.basename(f) === 'lib.avm')) {
      const b = fs.readFileSync(lib);
      vmAddFile(new Uint8Array(b.buffer, b.byteOffset, b.length), lib);
    }
    vmStart();
  } catch (e) {
    console.error(`run: ${(e as Error).message}`);
    return Promise.resolve(1);
  }
  const t0 = process.hrtime.bigint();
  return new Promise((resolve) => {
    step = () => {
      let r: number;
      try {
        r = vmRunSlice(100);
      } catch (e) {
        console.error(`run: internal error: ${(e as Error).stack || e}`);
        platform.close();
        resolve(1);
        return;
      }
      if (r === SliceResult.BUSY) schedule(0);
      else if (r === SliceResult.IDLE) schedule(vmNextWake());
      else {
        if (timer !== null) clearTimeout(timer);
        platform.close();
        if (stats) {
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          process.stderr.write(`run: ${ms.toFixed(1)} ms, peak VM memory ${peakUsedWords} words\n`);
        }
        process.stderr.write(`Return value: ${Buffer.from(result.text, 'latin1').toString('utf8')}\n`);
        resolve(result.ok ? 0 : 1);
      }
    };
    step();
  });
}
