// The VM as a whole: initialisation, archives and on-demand module loading, starting the
// entry module's start/0, and reporting its result the way AtomVM does.
import { memInit } from './memory';
import { atomsInit, atomIntern, atomName } from './atoms';
import { setArithNatives } from './interp';
import { CodeStore, codeInit, exportFind, moduleFind, modules, funMod, funOldIndex, funUniq, funArity, funFree, funCount } from './code';
import { setFunInfoHook } from './compare';
import { nativesReset, nativesLazy, nativesRegister, nativesRestore, nativesRestored, nativesSnapshot, nativeFind } from './natives';
import { loadModule } from './module';
import { parseAvm } from './loader/avm';
import { parseBeam } from './loader/beam';
import { hooks } from './hooks';
import * as sched from './scheduler';
import { Process } from './process';
import { X } from './regs';
import { gcDebug } from './heap';
import { A, atom } from './term';
import { printTerm } from './printer';
import { registerErlangBifs } from './bifs/erlang';
import { registerIoBifs } from './bifs/io';
import { registerBinaryBifs, binaryBifsInit } from './bifs/binary';
import { registerMapsBifs, mapsBifsInit } from './bifs/maps';
import { registerProcessBifs } from './bifs/process';
import { registerFunBifs } from './bifs/funs';
import { registerListsBifs } from './bifs/lists';
import { registerMathBifs } from './bifs/math';
import { registerCryptoBifs } from './bifs/crypto';
import { registerAtomvmBifs } from './bifs/atomvm';
import { Platform, platformInstall, platformPending } from './platform';

export interface VmOptions {
  /** initial VM memory in 32-bit words */
  memoryWords?: number;
  /** the most VM memory may grow to, in words */
  budgetWords?: number;
  /** writes a byte string (UTF-8 bytes, one per char) to the console */
  write: (s: string) => void;
  /** writes crash reports (a byte string); defaults to `write` */
  writeErr?: (s: string) => void;
  /** debug: collect garbage at (nearly) every allocation (see heap.ts gcDebug) */
  gcStress?: boolean;
  now?: () => number;
  /** device services of the place the VM runs (src/vm/platform.ts); none: a bare generic_unix */
  platform?: Platform;
  /** a fixed code space of this many words instead of one that doubles as modules load */
  codeWords?: number;
  /** the code space outside the JS heap (code.ts CodeStore; Espruino: flash); overrides codeWords */
  codeStore?: CodeStore;
  /** register natives lazily, to save RAM (natives.ts); for Espruino */
  lazyNatives?: boolean;
  /** lazy natives: the build's id, which a natives snapshot must carry (natives.ts) */
  buildId?: string;
  /** lazy natives: a snapshot an earlier start of this build saved; restored instead of naming every native again */
  nativesSnapshot?: Uint8Array;
  /** lazy natives with a buildId but no usable snapshot: gets a new one once the natives are named */
  saveNativesSnapshot?: (b: Uint8Array) => void;
  /** debug: called after each step of vmInit with its name (to measure memory on a device) */
  initStep?: (step: string) => void;
}

interface ArchiveFile {
  name: string;
  flags: number;
  data: Uint8Array;
  archive: string;
}

let files: ArchiveFile[] = [];
let startProc: Process | null = null;
let writeErr: (s: string) => void = function () {};
export let result: { done: boolean; ok: boolean; text: string } = { done: false, ok: false, text: '' };

export function vmInit(o: VmOptions): void {
  const step = o.initStep || function () {};
  memInit(o.memoryWords || 65536, o.budgetWords || 64 * 1024 * 1024);
  step('memInit');
  atomsInit();
  step('atomsInit');
  codeInit(o.codeWords, o.codeStore);
  step('codeInit');
  nativesReset();
  nativesLazy(!!o.lazyNatives);
  const restored = !!o.nativesSnapshot && !!o.buildId && nativesRestore(o.nativesSnapshot, o.buildId);
  files = [];
  startProc = null;
  result = { done: false, ok: false, text: '' };
  hooks.write = o.write;
  writeErr = o.writeErr || o.write;
  hooks.writeErr = writeErr;
  gcDebug.stress = !!o.gcStress;
  hooks.loadModule = loadByName;
  sched.schedulerInit({ now: o.now || function () { return Date.now(); } });
  sched.setOnExit(onProcessExit);
  const registrars: [string, () => void][] = [
    ['registerErlangBifs', registerErlangBifs],
    ['registerIoBifs', registerIoBifs],
    ['registerBinaryBifs', registerBinaryBifs],
    ['registerMapsBifs', registerMapsBifs],
    ['registerProcessBifs', registerProcessBifs],
    ['registerMathBifs', registerMathBifs],
    ['registerCryptoBifs', registerCryptoBifs],
    ['registerFunBifs', registerFunBifs],
    ['registerListsBifs', registerListsBifs],
    ['registerAtomvmBifs', function () { registerAtomvmBifs(vmReadFile); }],
  ];
  // what natives keep at hand: set here, not by their registrars, which only name natives (a
  // natives snapshot skips them at start, lazy natives run them again later)
  binaryBifsInit();
  mapsBifsInit();
  for (let i = 0; i < registrars.length; i++) {
    nativesRegister(registrars[i][1]);
    step(registrars[i][0]);
  }
  // the backend's services come last: a backend may also override a core native
  platformInstall(o.platform || null);
  step('platformInstall');
  if (restored && !nativesRestored()) {
    // the snapshot does not fit the registrars after all: start again naming them
    const again: VmOptions = {} as VmOptions;
    for (const k in o) if (o.hasOwnProperty(k)) (again as any)[k] = (o as any)[k];
    again.nativesSnapshot = undefined;
    return vmInit(again);
  }
  // the fast path of integer + and - (ops_call.ts) knows their natives
  setArithNatives(nativeFind(atomIntern('erlang'), atomIntern('+'), 2), nativeFind(atomIntern('erlang'), atomIntern('-'), 2));
  if (o.lazyNatives && !restored && o.buildId && o.saveNativesSnapshot) o.saveNativesSnapshot(nativesSnapshot(o.buildId));
  hooks.ioPending = platformPending;
  setFunInfoHook(function (i: number) {
    if (i < 0 || i >= funCount) return null;
    return { module: modules[funMod[i]].atom, index: funOldIndex[i], uniq: funUniq[i], arity: funArity[i], numFree: funFree[i], md5: null };
  });
}

/** Adds the files of an .avm archive (or a single .beam) to the module search path (slice: see parseAvm). */
export function vmAddFile(bytes: Uint8Array, name: string, slice?: (start: number, end: number) => Uint8Array): void {
  if (bytes.length >= 4 && bytes[0] === 0x46 && bytes[1] === 0x4f && bytes[2] === 0x52 && bytes[3] === 0x31) {
    // a plain BEAM file: found by its module name, as an archive entry would be
    files.push({ name: parseBeam(bytes, name, true).module + '.beam', flags: 3, data: bytes, archive: name });
    return;
  }
  const entries = parseAvm(bytes, name, slice);
  for (let i = 0; i < entries.length; i++) {
    files.push({ name: entries[i].name, flags: entries[i].flags, data: entries[i].data, archive: name });
  }
}

function loadByName(mod: string): boolean {
  const want = mod + '.beam';
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    if ((f.flags & 2) !== 0 && f.name === want) {
      try {
        loadFile(f);
      } catch (e) {
        // as OTP: the load error is reported and the caller gets undef
        hooks.write('=ERROR REPORT====\nLoading of ' + mod + ' failed: ' + ((e as Error).message || e) + '\n\n');
        return false;
      }
      return true;
    }
  }
  return false;
}

/** Data of a normal (non-BEAM) file in the archives, e.g. "app/priv/x.txt". */
export function vmReadFile(path: string): Uint8Array | null {
  for (let i = 0; i < files.length; i++) if ((files[i].flags & 2) === 0 && files[i].name === path) return files[i].data;
  return null;
}

/** Starts start/0 of the first module that exports it. Throws Error if there is none. */
export function vmStart(): void {
  const startAtom = atomIntern('start');
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    if ((f.flags & 2) === 0) continue;
    const mod = f.flags === 3 || (f.flags & 1) !== 0 ? loadFile(f) : null;
    if (mod === null) continue;
    const off = exportFind(mod, startAtom, 0);
    if (off === 0) continue;
    const p = sched.spawnAt(off, [], 0, 0);
    if (p === null) throw new Error('out of memory starting ' + atomName(mod));
    startProc = p;
    return;
  }
  throw new Error('no module exports start/0');
}

function loadFile(f: ArchiveFile): number {
  const m = loadModule(f.data, f.archive + (f.archive.indexOf(f.name) >= 0 ? '' : ':' + f.name));
  return m.atom;
}

function onProcessExit(p: Process): void {
  const reason = p.exitReason;
  if (p === startProc) {
    if (reason === atom(A.normal)) {
      const v = X[0];
      result.text = printTerm(v, { indent: 15 });
      result.ok = v === atom(A.ok) || v === 0xf;
    } else {
      result.text = printTerm(reason, { indent: 15 });
      result.ok = false;
      crashReport(p);
    }
    result.done = true;
    return;
  }
  // (scheduler) reported: a process's own abnormal end, not an exit signal, when no link passes
  // the reason on
  if (reason !== atom(A.normal) && reason !== atomShutdown() && !p.bySignal && p.links.length === 0) crashReport(p);
}

function atomShutdown(): number {
  return (atomIntern('shutdown') << 6) | 0x0b;
}

function crashReport(p: Process): void {
  writeErr('=ERROR REPORT====\nError in process <0.' + p.id + '.0> with exit value:\n' + printTerm(p.exitReason, {}) + '\n\n');
}

/** Runs for about budgetMs; see SliceResult. */
export function vmRunSlice(budgetMs: number): number {
  return sched.runSlice(budgetMs);
}
export function vmNextWake(): number {
  return sched.nextWake();
}

export { moduleFind };
