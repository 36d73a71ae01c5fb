// Native functions (BIFs and NIFs written in TypeScript). A native gets its arguments in
// a[0..n) and returns the result term, or NONE (0) after setting the exception in p
// (see fail()). A native that needs to continue in Erlang code (apply, ...) sets p.trapPc
// through trap() and returns NONE with excClass 0.
import { Process } from './process';
import { atomIntern, atomName, atomsState, atomsRestore } from './atoms';
import { A, atom } from './term';
import { setLength } from './arrays';
import { mfaKey, mfaHash } from './intmap';

/** `self` is the native's own index (lets one function serve several natives, see natData). */
export type Native = (p: Process, a: Int32Array, n: number, self: number) => number;

// Kept small for Espruino, where every array element and object key costs RAM blocks: per native
// a function slot plus numbers in typed arrays; names are built only when needed (natName).
export const natFn: Native[] = [];
/** per native: whatever its registrar passed as `data` (a platform service's function, ...) */
export const natData: any[] = [];
/** NF_* flags per native */
export let natFlags = new Uint8Array(0);
/** The native raises on purpose (error/throw/exit): no stack frame of its own in traces. */
export const NF_NOFRAME = 2;
// module atom, function atom and arity of each native, as one exact number: (m * 2^22 + f) * 256 + a
let natKey = new Float64Array(0);
// open-addressing hash of natKey: native index + 1, 0 = empty slot; size a power of two
let natHash = new Int32Array(0);
let natCount = 0;

// Lazy natives (Espruino: a JS function costs ~7 RAM blocks, ~430 natives would not fit). vmInit
// runs each registrar once through nativesRegister only to learn its natives' names (the functions
// it creates are garbage at once). nativeFind marks a native wanted and gives it lazyStub; the
// first call of a stub runs its registrar again, keeping the functions of the wanted natives.
let lazy = false;
const regs: (() => void)[] = [];
let curReg = 0; // registrar running (index + 1), 0: none (natives are stored at once)
let filling = false;
let natReg = new Uint8Array(0); // registrar + 1 of each lazy native, 0 = stored at once
let natWant = new Uint8Array(0);
// A snapshot (below) restored: the registrars are kept but not run at start
let restored = false;
let savedRegs = 0;

function slotOf(k: number): number {
  return mfaHash(k) & (natHash.length - 1);
}

function hashFind(k: number): number {
  if (natHash.length === 0) return -1;
  const mask = natHash.length - 1;
  for (let h = slotOf(k); ; h = (h + 1) & mask) {
    const e = natHash[h];
    if (e === 0) return -1;
    if (natKey[e - 1] === k) return e - 1;
  }
}

function hashPut(i: number): void {
  const mask = natHash.length - 1;
  let h = slotOf(natKey[i]);
  while (natHash[h] !== 0) h = (h + 1) & mask;
  natHash[h] = i + 1;
}

function grow(): void {
  const cap = natKey.length < 64 ? 64 : natKey.length * 2;
  const k = new Float64Array(cap);
  k.set(natKey);
  natKey = k;
  const fl = new Uint8Array(cap);
  fl.set(natFlags);
  natFlags = fl;
  const r = new Uint8Array(cap);
  r.set(natReg);
  natReg = r;
  const w = new Uint8Array(cap);
  w.set(natWant);
  natWant = w;
  natHash = new Int32Array(cap * 2);
  for (let i = 0; i < natCount; i++) hashPut(i);
}

// the module of the last defNative (registrars name one module many times in a row)
let lastMod = '';
let lastModAtom = 0;

/** Registers mod:fn/arity (names are plain ASCII); `data` is kept in natData for the function. */
export function defNative(mod: string, fn: string, arity: number, f: Native, flags?: number, data?: any): number {
  if (mod !== lastMod) {
    lastModAtom = atomIntern(mod);
    lastMod = mod;
  }
  const k = mfaKey(lastModAtom, atomIntern(fn), arity);
  let i = hashFind(k);
  if (filling) {
    // a second run of registrar curReg: keep the wanted ones
    if (i >= 0 && natReg[i] === curReg && natWant[i] !== 0) {
      natFn[i] = f;
      if (data !== undefined || natData[i] !== undefined) natData[i] = data;
    }
    return i;
  }
  if (i < 0) {
    if (natCount === natKey.length) grow();
    i = natCount++;
    natKey[i] = k;
    hashPut(i);
  }
  natReg[i] = curReg;
  // a lazy native gets its stub only once wanted (nativeFind): on Espruino each element of natFn
  // costs a RAM block, and most natives are never called
  if (curReg === 0) natFn[i] = f;
  else if (natFn[i] !== undefined) natFn[i] = lazyStub;
  if (curReg === 0 && (data !== undefined || natData[i] !== undefined)) natData[i] = data;
  natFlags[i] = flags || 0;
  return i;
}

function lazyStub(p: Process, a: Int32Array, n: number, self: number): number {
  natWant[self] = 1;
  filling = true;
  curReg = natReg[self];
  try {
    regs[curReg - 1]();
  } finally {
    filling = false;
    curReg = 0;
  }
  if (natFn[self] === lazyStub) throw new Error('native ' + natName(self) + ' not registered again');
  return natFn[self](p, a, n, self);
}

/** Turns lazy natives on or off (before the registrars run). */
export function nativesLazy(on: boolean): void {
  lazy = on;
}

/** Runs a registrar of natives (see lazy natives above; it must be safe to run again). */
export function nativesRegister(r: () => void): void {
  if (lazy && restored) {
    regs.push(r);
    return;
  }
  if (!lazy) {
    r();
    return;
  }
  regs.push(r);
  curReg = regs.length;
  try {
    r();
  } finally {
    curReg = 0;
  }
}

export function nativeFind(m: number, f: number, a: number): number {
  const i = hashFind(mfaKey(m, f, a));
  if (i >= 0 && natReg[i] !== 0) {
    natWant[i] = 1;
    if (natFn[i] === undefined) natFn[i] = lazyStub;
  }
  return i;
}

/** [module atom, function atom, arity] of native i */
export function natMfa(i: number): number[] {
  const k = natKey[i];
  const a = k % 256;
  const mf = (k - a) / 256;
  const f = mf % 4194304;
  return [(mf - f) / 4194304, f, a];
}

/** 'mod:fn/arity' of native i */
export function natName(i: number): string {
  const mfa = natMfa(i);
  return atomName(mfa[0]) + ':' + atomName(mfa[1]) + '/' + mfa[2];
}

export function nativesReset(): void {
  setLength(natFn, 0);
  setLength(natData, 0);
  natFlags = new Uint8Array(0);
  natKey = new Float64Array(0);
  natHash = new Int32Array(0);
  natReg = new Uint8Array(0);
  natWant = new Uint8Array(0);
  natCount = 0;
  lastMod = '';
  restored = false;
  setLength(regs, 0);
  curReg = 0;
  filling = false;
}

/** Sets an `error` exception with the given reason term and returns NONE. */
export function fail(p: Process, reason: number): number {
  p.excClass = atom(A.error);
  p.excReason = reason;
  return 0;
}
export function badarg(p: Process): number {
  return fail(p, atom(A.badarg));
}
export function badarith(p: Process): number {
  return fail(p, atom(A.badarith));
}
/** Sets an exception of any class. */
export function raise(p: Process, cls: number, reason: number): number {
  p.excClass = cls;
  p.excReason = reason;
  return 0;
}

// ---- snapshot: what the first run of the registrars learns (the atoms and the natives' names),
// saved by a device after its first start and restored at the next ones instead of running them
// again (Espruino: ~0.75 s of a 1.3 s start on a PC). Layout, 8-byte aligned parts: "AVMN", the
// id's length, the id (the build's: a snapshot of another build is refused), 10 int32 counts,
// then the atom bytes, offsets, slots and hashes, natKey, natHash, natReg and natFlags.
const MAGIC = 0x4e4d5641; // "AVMN" little-endian

function pad8(n: number): number {
  return (n + 7) & ~7;
}

/** The snapshot of the atoms and lazy natives registered so far, for a build with this id. */
export function nativesSnapshot(id: string): Uint8Array {
  const a = atomsState();
  const parts: Uint8Array[] = [
    a.bytes, new Uint8Array(a.off.buffer, 0, a.off.length * 4), new Uint8Array(a.slots.buffer, 0, a.slots.length * 4),
    new Uint8Array(a.hashes.buffer, 0, a.hashes.length * 4), new Uint8Array(natKey.buffer, 0, natKey.length * 8),
    new Uint8Array(natHash.buffer, 0, natHash.length * 4), natReg, natFlags,
  ];
  const head = 8 + pad8(id.length) + 40;
  let size = head;
  for (let i = 0; i < parts.length; i++) size += pad8(parts[i].length);
  const out = new Uint8Array(size);
  const h = new Int32Array(out.buffer, 0, 2);
  h[0] = MAGIC;
  h[1] = id.length;
  for (let i = 0; i < id.length; i++) out[8 + i] = id.charCodeAt(i) & 255;
  const c = new Int32Array(out.buffer, 8 + pad8(id.length), 10);
  c[0] = a.n;
  c[1] = a.bytes.length;
  c[2] = a.off.length;
  c[3] = a.slots.length;
  c[4] = a.hashes.length;
  c[5] = natCount;
  c[6] = natKey.length;
  c[7] = natHash.length;
  c[8] = regs.length;
  c[9] = natReg.length;
  let at = head;
  for (let i = 0; i < parts.length; i++) {
    out.set(parts[i], at);
    at += pad8(parts[i].length);
  }
  return out;
}

/**
 * Restores a snapshot made by a build with this id (lazy natives only); false, changing nothing,
 * when it is not one. Then nativesRegister keeps the registrars without running them, and
 * nativesRestored() says whether as many came as the snapshot had.
 */
export function nativesRestore(snap: Uint8Array, id: string): boolean {
  if (!lazy || snap.length < 48 || (snap.byteOffset & 7) !== 0) return false;
  const h = new Int32Array(snap.buffer, snap.byteOffset, 2);
  if (h[0] !== MAGIC || h[1] !== id.length || snap.length < 48 + pad8(id.length)) return false;
  for (let i = 0; i < id.length; i++) if (snap[8 + i] !== (id.charCodeAt(i) & 255)) return false;
  const c = new Int32Array(snap.buffer, snap.byteOffset + 8 + pad8(id.length), 10);
  const lens = [c[1], c[2] * 4, c[3] * 4, c[4] * 4, c[6] * 8, c[7] * 4, c[9], c[9]];
  let size = 8 + pad8(id.length) + 40;
  for (let i = 0; i < lens.length; i++) size += pad8(lens[i]);
  if (size !== snap.length) return false;
  let at = snap.byteOffset + 8 + pad8(id.length) + 40;
  const B = snap.buffer;
  const view = function (k: number): number {
    const p = at;
    at += pad8(lens[k]);
    return p;
  };
  atomsRestore(c[0], new Uint8Array(B, view(0), c[1]), new Int32Array(B, view(1), c[2]), new Int32Array(B, view(2), c[3]), new Int32Array(B, view(3), c[4]));
  // (copies: the snapshot may be read-only flash)
  natKey = new Float64Array(new Float64Array(B, view(4), c[6]));
  natHash = new Int32Array(new Int32Array(B, view(5), c[7]));
  natReg = new Uint8Array(new Uint8Array(B, view(6), c[9]));
  natFlags = new Uint8Array(new Uint8Array(B, view(7), c[9]));
  natWant = new Uint8Array(c[9]);
  natCount = c[5];
  savedRegs = c[8];
  restored = true;
  return true;
}

/** After start-up from a snapshot: whether the registrars came as the snapshot had them. */
export function nativesRestored(): boolean {
  return restored && regs.length === savedRegs;
}
