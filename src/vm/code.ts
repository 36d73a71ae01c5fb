// The global code space and the tables the loader fills: every module's instructions live in
// one Int32Array (C), so calls anywhere are plain jumps and a continuation pointer is one offset.
// Per-function, per-line, import, export, fun and catch tables are parallel arrays of numbers.
import { imNew, imGet, imPut, imFilter, mfaKey } from './intmap';

export let C: Int32Array = new Int32Array(16); // (codeInit sizes it; kept small: RAM on Espruino)
export let codeTop = 1; // offset 0 is never code: label 0 / CP 0 mean "none"

/**
 * Code kept outside the JS heap (Espruino: a Storage file in flash, read through a flash-backed
 * view), so RAM holds no instructions. Code is append-only: every word is written once, in order
 * (flash bits only go from 1 to 0), in batches by codeFlush.
 */
export interface CodeStore {
  /** capacity in words */
  words: number;
  /** stores n words from w at word offset `at` (a region never written before) */
  write: (at: number, w: Int32Array, n: number) => void;
  /** the whole store, readable (fetched again after each write) */
  view: () => Int32Array;
}

// 0: the code space doubles as needed; else its fixed size in words (a device: no copies while
// growing, no large contiguous allocation in a fragmented heap, a predictable footprint)
export let codeFixed = 0;
let store: CodeStore | null = null;
let pend: Int32Array = new Int32Array(0); // words emitted but not yet in the store
let pendAt = 0; // code offset of pend[0]

export function codeReserve(n: number): void {
  if (codeTop + n <= (store !== null ? store.words : C.length)) return;
  if (codeFixed > 0) throw new Error('code space full (' + codeFixed + ' words; raise codeWords)');
  let size = C.length * 2;
  while (size < codeTop + n) size *= 2;
  const nc = new Int32Array(size);
  nc.set(C.subarray(0, codeTop));
  C = nc;
}
export function codeEmit(v: number): void {
  if (store !== null) {
    if (codeTop - pendAt === pend.length) codeFlush();
    if (codeTop >= store.words) codeReserve(1);
    pend[codeTop++ - pendAt] = v;
    return;
  }
  if (codeTop >= C.length) codeReserve(1);
  C[codeTop++] = v;
}
/** Emits w[0..n-1] (words in a batch: one call, not one per word). */
export function codeEmitN(w: Int32Array, n: number): void {
  if (store !== null) return /*#__NOINLINE__*/ pendN(w, n);
  if (codeTop + n > C.length) codeReserve(n);
  C.set(w.subarray(0, n), codeTop);
  codeTop += n;
}
function pendN(w: Int32Array, n: number): void {
  if (codeTop + n > (store as CodeStore).words) codeReserve(n);
  if (codeTop - pendAt + n > pend.length) codeFlush();
  if (n > pend.length) {
    for (let i = 0; i < n; i++) codeEmit(w[i]);
    return;
  }
  pend.set(w.subarray(0, n), codeTop - pendAt);
  codeTop += n;
}
/** Makes every emitted word readable through C (a code store gets the pending batch). */
export function codeFlush(): void {
  if (store === null || codeTop === pendAt) return;
  store.write(pendAt, pend, codeTop - pendAt);
  pendAt = codeTop;
  C = store.view();
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

// exports: mod:fn/arity -> code offset
let exportIndex = imNew();
export function exportAdd(m: number, f: number, a: number, off: number): void {
  imPut(exportIndex, mfaKey(m, f, a), off);
}
export function exportFind(m: number, f: number, a: number): number {
  const off = imGet(exportIndex, mfaKey(m, f, a));
  return off < 0 ? 0 : off;
}

// The tables below are typed-array columns with a row count (a JS array element costs an
// Espruino RAM block; a column entry 4 bytes). Each group grows all its columns together.
function grown(a: Int32Array, rows: number): Int32Array {
  const b = new Int32Array(rows);
  b.set(a);
  return b;
}
function capacity(n: number, cap: number): number {
  return n < cap ? cap : cap < 32 ? 32 : cap * 2;
}

// imports (shared across modules): module atom index, function atom index, arity, resolved target
export let impM: Int32Array = new Int32Array(0);
export let impF: Int32Array = new Int32Array(0);
export let impA: Int32Array = new Int32Array(0);
export let impTarget: Int32Array = new Int32Array(0); // code offset, 0 = unresolved
export let impNative: Int32Array = new Int32Array(0); // native function index, -1 = none
export let impCount = 0;
let importIndex = imNew();
export function importAdd(m: number, f: number, a: number, native: number): number {
  const k = mfaKey(m, f, a);
  const found = imGet(importIndex, k);
  if (found >= 0) return found;
  const cap = capacity(impCount, impM.length);
  if (cap !== impM.length) {
    impM = grown(impM, cap);
    impF = grown(impF, cap);
    impA = grown(impA, cap);
    impTarget = grown(impTarget, cap);
    impNative = grown(impNative, cap);
  }
  const i = impCount++;
  impM[i] = m;
  impF[i] = f;
  impA[i] = a;
  impTarget[i] = 0;
  impNative[i] = native;
  imPut(importIndex, k, i);
  return i;
}

// funs (closures): global fun index -> code offset etc.
export let funOff: Int32Array = new Int32Array(0);
export let funArity: Int32Array = new Int32Array(0); // arity of the fun as called (without free vars)
export let funFree: Int32Array = new Int32Array(0);
export let funMod: Int32Array = new Int32Array(0); // module index
export let funOldIndex: Int32Array = new Int32Array(0);
export let funUniq: Float64Array = new Float64Array(0); // a 32-bit unsigned value
export let funName: Int32Array = new Int32Array(0); // atom index of the generated function name
export let funCount = 0;
export function funAdd(label: number, arity: number, free: number, mod: number, oldIndex: number, uniq: number, name: number): void {
  const cap = capacity(funCount, funOff.length);
  if (cap !== funOff.length) {
    funOff = grown(funOff, cap);
    funArity = grown(funArity, cap);
    funFree = grown(funFree, cap);
    funMod = grown(funMod, cap);
    funOldIndex = grown(funOldIndex, cap);
    const u = new Float64Array(cap);
    u.set(funUniq);
    funUniq = u;
    funName = grown(funName, cap);
  }
  const i = funCount++;
  funOff[i] = label;
  funArity[i] = arity;
  funFree[i] = free;
  funMod[i] = mod;
  funOldIndex[i] = oldIndex;
  funUniq[i] = uniq;
  funName[i] = name;
}

// catch labels: catch index -> code offset
export let catchOff: Int32Array = new Int32Array(0);
export let catchCount = 0;
export function catchAdd(label: number): number {
  if (catchCount === catchOff.length) catchOff = grown(catchOff, capacity(catchCount, catchOff.length));
  catchOff[catchCount] = label;
  return catchCount++;
}

// function starts (sorted by offset, since modules are appended): for stack traces
export let fnOff: Int32Array = new Int32Array(0);
export let fnMod: Int32Array = new Int32Array(0);
export let fnName: Int32Array = new Int32Array(0);
export let fnArity: Int32Array = new Int32Array(0);
export let fnCount = 0;
export function fnAdd(off: number, mod: number, name: number, arity: number): void {
  if (fnCount >= fnOff.length) /*#__NOINLINE__*/ fnGrow();
  fnOff[fnCount] = off;
  fnMod[fnCount] = mod;
  fnName[fnCount] = name;
  fnArity[fnCount++] = arity;
}

function fnGrow(): void {
  const cap = capacity(fnCount, fnOff.length);
  fnOff = grown(fnOff, cap);
  fnMod = grown(fnMod, cap);
  fnName = grown(fnName, cap);
  fnArity = grown(fnArity, cap);
}

// line entries (sorted by offset): offset of the first instruction after a `line` op
export let lnOff: Int32Array = new Int32Array(0);
export let lnLine: Int32Array = new Int32Array(0);
let lnFileIx: Int32Array = new Int32Array(0); // index into lnFiles
export let lnCount = 0;
const lnFiles: string[] = [];
export function lnAdd(off: number, line: number, file: string): void {
  if (lnCount >= lnOff.length) /*#__NOINLINE__*/ lnGrow();
  let fi = lnFiles.length - 1;
  while (fi >= 0 && lnFiles[fi] !== file) fi--;
  if (fi < 0) fi = lnFiles.push(file) - 1;
  lnOff[lnCount] = off;
  lnLine[lnCount] = line;
  lnFileIx[lnCount++] = fi;
}
function lnGrow(): void {
  const cap = capacity(lnCount, lnOff.length);
  lnOff = grown(lnOff, cap);
  lnLine = grown(lnLine, cap);
  lnFileIx = grown(lnFileIx, cap);
}
/** Source file of line entry i. */
export function lnFile(i: number): string {
  return lnFiles[lnFileIx[i]];
}

function bsearch(arr: Int32Array, n: number, off: number): number {
  let lo = 0;
  let hi = n - 1;
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
  const f = bsearch(fnOff, fnCount, off);
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
  const i = bsearch(lnOff, lnCount, off);
  if (i < 0) return -1;
  const f = functionAt(off);
  if (f >= 0 && lnOff[i] < fnOff[f]) return -1;
  return i;
}

/** Row counts of every table, to undo a failed module load. */
export function codeMark(): number[] {
  return [codeTop, impCount, funCount, catchCount, fnCount, lnCount];
}
export function codeRollback(m: number[]): void {
  // words already in a code store stay there (written once): the next module goes after them
  codeTop = store !== null && pendAt > m[0] ? pendAt : m[0];
  impCount = m[1];
  funCount = m[2];
  catchCount = m[3];
  fnCount = m[4];
  lnCount = m[5];
  // imports and exports added by the failed module: drop the ones past the mark
  imFilter(importIndex, function (i: number): boolean {
    return i < impCount;
  });
  imFilter(exportIndex, function (off: number): boolean {
    return off < m[0];
  });
}

/**
 * fixedWords > 0: a code space of exactly that many words that never grows. A store: the code
 * lives there (its capacity is the limit), RAM holds only a batch of pending words.
 */
export function codeInit(fixedWords?: number, codeStore?: CodeStore): void {
  store = codeStore || null;
  codeFixed = store !== null ? store.words : fixedWords && fixedWords > 0 ? fixedWords : 0;
  if (store !== null) {
    C = store.view();
    pend = new Int32Array(512);
  } else {
    C = new Int32Array(codeFixed > 0 ? codeFixed : 1024);
    pend = new Int32Array(0);
  }
  codeTop = pendAt = 1;
  modules = [];
  moduleIndex = {};
  exportIndex = imNew();
  importIndex = imNew();
  impCount = funCount = catchCount = fnCount = lnCount = 0;
}
