// The global code space and the tables the loader fills: every module's instructions live in
// one Int32Array (C), so calls anywhere are plain jumps and a continuation pointer is one offset.
// Per-function, per-line, import, export, fun and catch tables are parallel arrays of numbers.
import { setLength } from './arrays';

export let C = new Int32Array(16); // (codeInit sizes it; kept small: RAM on Espruino)
export let codeTop = 1; // offset 0 is never code: label 0 / CP 0 mean "none"

export function codeReserve(n: number): void {
  if (codeTop + n <= C.length) return;
  let size = C.length * 2;
  while (size < codeTop + n) size *= 2;
  const nc = new Int32Array(size);
  nc.set(C.subarray(0, codeTop));
  C = nc;
}
export function codeEmit(v: number): void {
  if (codeTop >= C.length) codeReserve(1);
  C[codeTop++] = v;
}
export function codeSet(at: number, v: number): void {
  C[at] = v;
}

// modules
export interface VmModule {
  name: string; // UTF-8 byte string
  atom: number; // atom index
  codeStart: number;
  codeEnd: number;
  file: string; // source file name for stack traces ("" if unknown)
  strings: number; // byte address of the StrT data in memory (0 if none)
  md5: number[];
  index: number;
  exports: number[]; // flattened [fnAtomIndex, arity, codeOffset]
  literalBlocks: number[];
}
export let modules: VmModule[] = [];
let moduleIndex: { [k: string]: number } = {};

export function moduleAdd(m: VmModule): void {
  m.index = modules.length;
  modules.push(m);
  moduleIndex['$' + m.name] = m.index;
}
export function moduleFind(name: string): VmModule | null {
  const k = '$' + name;
  return moduleIndex.hasOwnProperty(k) ? modules[moduleIndex[k]] : null;
}

// exports: '$mod:fn/arity' -> code offset
let exportIndex: { [k: string]: number } = {};
export function exportKey(m: number, f: number, a: number): string {
  return '$' + m + ':' + f + '/' + a;
}
export function exportAdd(m: number, f: number, a: number, off: number): void {
  exportIndex[exportKey(m, f, a)] = off;
}
export function exportFind(m: number, f: number, a: number): number {
  const k = exportKey(m, f, a);
  return exportIndex.hasOwnProperty(k) ? exportIndex[k] : 0;
}

// imports (shared across modules): module atom index, function atom index, arity, resolved target
export const impM: number[] = [];
export const impF: number[] = [];
export const impA: number[] = [];
export const impTarget: number[] = []; // code offset, 0 = unresolved
export const impNative: number[] = []; // native function index, -1 = none
let importIndex: { [k: string]: number } = {};
export function importAdd(m: number, f: number, a: number, native: number): number {
  const k = exportKey(m, f, a);
  if (importIndex.hasOwnProperty(k)) return importIndex[k];
  const i = impM.length;
  impM.push(m);
  impF.push(f);
  impA.push(a);
  impTarget.push(0);
  impNative.push(native);
  importIndex[k] = i;
  return i;
}

// funs (closures): global fun index -> code offset etc.
export const funOff: number[] = [];
export const funArity: number[] = []; // arity of the fun as called (without free vars)
export const funFree: number[] = [];
export const funMod: number[] = []; // module index
export const funOldIndex: number[] = [];
export const funUniq: number[] = [];
export const funName: number[] = []; // atom index of the generated function name

// catch labels: catch index -> code offset
export const catchOff: number[] = [];

// function starts (sorted by offset, since modules are appended): for stack traces
export const fnOff: number[] = [];
export const fnMod: number[] = [];
export const fnName: number[] = [];
export const fnArity: number[] = [];

// line entries (sorted by offset): offset of the first instruction after a `line` op
export const lnOff: number[] = [];
export const lnLine: number[] = [];
export const lnFile: string[] = [];

function bsearch(arr: number[], off: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  let r = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] <= off) {
      r = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return r;
}
/** Index into fn* of the function containing code offset off, or -1. */
export function functionAt(off: number): number {
  const f = bsearch(fnOff, off);
  // (scheduler) code past the end of that function's module is a stub (a native reached through
  // apply or a fun, a scheduler continuation): it belongs to no function
  if (f >= 0) {
    const m = modules[fnMod[f]];
    if (m && m.codeEnd > 0 && off >= m.codeEnd) return -1;
  }
  return f;
}
/** Index into ln* of the line entry for code offset off (within the same function), or -1. */
export function lineAt(off: number): number {
  const i = bsearch(lnOff, off);
  if (i < 0) return -1;
  const f = functionAt(off);
  if (f >= 0 && lnOff[i] < fnOff[f]) return -1;
  return i;
}

const tables = function (): any[] {
  return [impM, impF, impA, impTarget, impNative, funOff, funArity, funFree, funMod, funOldIndex, funUniq, funName, catchOff, fnOff, fnMod, fnName, fnArity, lnOff, lnLine, lnFile];
};

/** Lengths of every table, to undo a failed module load. */
export function codeMark(): number[] {
  const t = tables();
  const m = [codeTop];
  for (let i = 0; i < t.length; i++) m.push(t[i].length);
  return m;
}
export function codeRollback(m: number[]): void {
  const t = tables();
  codeTop = m[0];
  for (let i = 0; i < t.length; i++) setLength(t[i], m[i + 1]);
  // imports added by the failed module stay resolvable by key; drop the ones past the mark
  for (const k in importIndex) if (importIndex.hasOwnProperty(k) && importIndex[k] >= impM.length) delete importIndex[k];
}

export function codeInit(): void {
  C = new Int32Array(1024);
  codeTop = 1;
  modules = [];
  moduleIndex = {};
  exportIndex = {};
  importIndex = {};
  const arrs: any[] = [impM, impF, impA, impTarget, impNative, funOff, funArity, funFree, funMod, funOldIndex, funUniq, funName, catchOff, fnOff, fnMod, fnName, fnArity, lnOff, lnLine, lnFile];
  for (let i = 0; i < arrs.length; i++) setLength(arrs[i], 0);
}
