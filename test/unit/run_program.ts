// Runs a program in-process until it ends: the given .beam/.avm files plus dist/lib.avm, with the
// VM options given. Returns the console output and "Return value: ..." (throws if it never ends).
import * as fs from 'node:fs';
import * as path from 'node:path';
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
