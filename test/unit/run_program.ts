// Runs a program in-process until it ends: the given .beam/.avm files plus dist/lib.avm, with the
// VM options given. Returns the console output and "Return value: ..." (throws if it never ends).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { spawnSync } from 'node:child_process';
import { vmInit, vmAddFile, vmStart, vmRunSlice, vmNextWake, result, VmOptions } from '../../src/vm/vm';
import { SliceResult } from '../../src/vm/scheduler';

export const LIB = path.join(__dirname, '../../dist/lib.avm');

export function runProgram(files: string[], opts: Partial<VmOptions>): string {
  let out = '';
  const o: VmOptions = { write: (s) => (out += s) };
  for (const k of Object.keys(opts) as (keyof VmOptions)[]) (o as any)[k] = opts[k];
  vmInit(o);
  for (const f of files) vmAddFile(new Uint8Array(fs.readFileSync(f)), f);
  vmAddFile(new Uint8Array(fs.readFileSync(LIB)), LIB);
  vmStart();
  for (let i = 0; i < 100000; i++) {
    const r = vmRunSlice(50);
    if (r === SliceResult.DONE) return out + 'Return value: ' + result.text + '\n';
    if (r === SliceResult.IDLE && vmNextWake() < 0) break;
  }
  throw new Error('did not end: ' + out);
}

/** A skip reason when erlc is not installed, else false. */
export const noErl: string | false = spawnSync('erlc', ['-v']).error ? 'erlc not installed' : false;

/** A temporary folder, removed when the test process exits. */
export function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

/** Compiles module `name` from `src` into dir; returns its .beam path. */
export function compileErl(dir: string, name: string, src: string): string {
  const f = path.join(dir, name + '.erl');
  fs.writeFileSync(f, src);
  const r = spawnSync('erlc', ['-o', dir, f], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('erlc ' + name + ': ' + r.stderr + r.stdout);
  return path.join(dir, name + '.beam');
}

/** What `Mod:start()` prints under OTP (dir in the code path, and the working folder). */
export function runOtp(dir: string, mod: string): string {
  const r = spawnSync('erl', ['-noshell', '-pa', dir, '-eval', mod + ':start(), halt().'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error('erl ' + mod + ': ' + r.stderr + r.stdout);
  return r.stdout;
}
