// The platform interface (DESIGN.md §1: the core defines it, backends implement it). A backend —
// the host (generic_unix), the simulated ESP32 or Espruino — offers device services as functions
// `module:function/arity` that the core registers as natives: gpio:digital_write/2, esp:nvs_get_binary/3,
// and private primitives that Erlang modules of lib.avm build on (gen_tcp, network ...).
//
// Arguments and results cross the boundary as plain JS values (PVal), converted once per call:
// device calls are rare next to the interpreter's hot path, and this keeps backends free of the
// term layout. Conversions walk with explicit stacks (no recursion on term depth, DESIGN.md §3).
//
//   Erlang            JS (PVal)
//   atom              string               ('true'/'false' stay strings: atoms are atoms)
//   integer           number               (beyond 2^53: badarg)
//   float             { float: x }         (to Erlang, a non-integral number also becomes a float)
//   binary            Uint8Array           (a copy; a bitstring is badarg)
//   proper list       PVal[]               (a string "abc" arrives as [97, 98, 99])
//   tuple             { tuple: PVal[] }
//   map               { map: [PVal, PVal][] }
//   pid / port        { pid: id } / { port: id }
//   ref, fun          badarg
//
// Events (an interrupt, a packet, a connection) reach processes as messages through vmPost();
// the backend keeps the VM alive while it has sources of events (pending()).
import { W, U8 } from './memory';
import { Process } from './process';
import { defNative, fail, badarg, natData, nativesRegister } from './natives';
import { atomIntern, atomName } from './atoms';
import { A, atom, NIL, NONE, Box, mkPid, mkPort } from './term';
import { numKind, NumKind, floatVal, intToNumber, intFromNumber, mkFloat } from './arith';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, binNew, binData } from './binary';
import { heapAlloc, heapSetup, heapRelease } from './heap';
import { mapPairs, mapFromPairs } from './maps';
import { mkTuple2 } from './exceptions';
import * as sched from './scheduler';
import { setLength } from './arrays';

export interface PTuple {
  tuple: PVal[];
}
export interface PFloat {
  float: number;
}
export interface PMap {
  map: PVal[][];
}
export interface PPid {
  pid: number;
}
export interface PPort {
  port: number;
}
export type PVal = number | string | Uint8Array | PVal[] | PTuple | PFloat | PMap | PPid | PPort;

/** What a service function learns about its call. */
export interface PCall {
  /** id of the calling process (pid term = { pid: id }) */
  pid: number;
}

/** A service function: arguments in, result out; throw PlatformError to raise. */
export type PFn = (args: PVal[], call: PCall) => PVal;

/**
 * Thrown by a service: raises `error:Reason` in the calling process (Reason = badarg when omitted).
 * Recognised by its `platformError` flag, so code in another realm can throw a plain
 * `{ platformError: true, reason: ... }`.
 */
export class PlatformError {
  platformError: boolean;
  reason: PVal;
  message: string;
  constructor(reason?: PVal) {
    this.platformError = true;
    this.reason = reason === undefined ? 'badarg' : reason;
    this.message = 'platform error';
  }
}

export interface Platform {
  /** atomvm:platform/0: 'generic_unix' on the host, 'esp32' on the board (real or simulated) */
  name: string;
  /** 32 random bits (atomvm:random/0); defaults to Math.random */
  random?: () => number;
  /** 'module:function/arity' -> implementation */
  services: { [mfa: string]: PFn };
  /**
   * More services: functions that fill an object like `services`. They may run more than once (lazy
   * natives, natives.ts), so they must keep no state of their own.
   */
  serviceGroups?: ((sv: { [mfa: string]: PFn }) => void)[];
  /** true while a source of future events is open (socket, interrupt, UART reader ...) */
  pending: () => boolean;
  /** called after vmPost woke a process: the backend should run a slice soon */
  wake: () => void;
}

let platform: Platform | null = null;
let scratch: Process | null = null;

export function currentPlatform(): Platform | null {
  return platform;
}

/** Installs a backend and registers its services as natives (after the core's own natives). */
export function platformInstall(pl: Platform | null): void {
  platform = pl;
  scratch = null;
  if (pl === null) return;
  installServices(pl.services);
  const g = pl.serviceGroups;
  if (g) for (let j = 0; j < g.length; j++) nativesRegister(groupRegistrar(g[j]));
}

function groupRegistrar(f: (sv: { [mfa: string]: PFn }) => void): () => void {
  return function () {
    const sv: { [mfa: string]: PFn } = {};
    f(sv);
    installServices(sv);
  };
}

function installServices(s: { [mfa: string]: PFn }): void {
  for (const k in s) {
    if (!s.hasOwnProperty(k)) continue;
    // 'mod:fn/arity' (no RegExp: Espruino's cannot parse [^/])
    const c = k.indexOf(':');
    const sl = k.lastIndexOf('/');
    const ar = k.substring(sl + 1);
    if (c <= 0 || sl <= c + 1 || ar.length === 0 || String(+ar | 0) !== ar) throw new Error('bad platform service name: ' + k);
    defNative(k.substring(0, c), k.substring(c + 1, sl), +ar, bridge, 0, s[k]);
  }
}

/** The native of every service: calls natData[self], the service's function, with JS values. */
function bridge(p: Process, a: Int32Array, n: number, self: number): number {
  const f: PFn = natData[self];
  const args: PVal[] = [];
  for (let i = 0; i < n; i++) {
    const v = toJs(a[i]);
    if (v === undefined) return badarg(p);
    args.push(v);
  }
  let r: PVal;
  try {
    r = f(args, { pid: p.id });
  } catch (e) {
    if (e && (e as PlatformError).platformError === true) {
      const reason = toTerm(p, (e as PlatformError).reason);
      return fail(p, reason === NONE ? atom(A.badarg) : reason);
    }
    // a fault in the backend fails the call, not the VM: error:{platform_error, Text}
    const text = String((e && (e as Error).message) || e);
    const b = binNew(p, text.length);
    const d = binData(b);
    for (let i = 0; i < text.length; i++) U8[d + i] = text.charCodeAt(i) & 255;
    return fail(p, mkTuple2(p, (atomIntern('platform_error') << 6) | 0x0b, b));
  }
  const t = toTerm(p, r);
  return t === NONE ? badarg(p) : t;
}

// ---- Erlang -> JS ------------------------------------------------------------------------------

function leaf(t: number): PVal | undefined {
  const tag = t & 3;
  if (tag === 3) {
    if ((t & 0xf) === 0xf) return t >> 4;
    if ((t & 0x3f) === 0x0b) return atomName(t >>> 6);
    if ((t & 0xf) === 0x3) return { pid: t >>> 4 };
    if ((t & 0xf) === 0x7) return { port: t >>> 4 };
    return undefined;
  }
  if (tag !== 2) return undefined;
  const k = numKind(t);
  if (k === NumKind.FLOAT) return { float: floatVal(t) };
  if (k === NumKind.BIG) {
    const v = intToNumber(t);
    return v > 9007199254740991 || v < -9007199254740991 ? undefined : v;
  }
  if (binResolve(t)) {
    if ((RB_BITS & 7) !== 0) return undefined;
    const n = RB_BITS >> 3;
    const out = new Uint8Array(n);
    const base = RB_ADDR + (RB_BIT >> 3);
    if ((RB_BIT & 7) === 0) for (let i = 0; i < n; i++) out[i] = U8[base + i];
    else return undefined;
    return out;
  }
  return undefined;
}

/** The JS value of a term, or undefined when it has no PVal form (ref, fun, improper list, bitstring). */
export function toJs(t: number): PVal | undefined {
  // work items: a term to convert and the array slot it fills
  const terms: number[] = [t];
  const dst: PVal[][] = [];
  const root: PVal[] = [0];
  const slots: number[] = [0];
  dst.push(root);
  while (terms.length > 0) {
    const x = terms.pop() as number;
    const into = dst.pop() as PVal[];
    const at = slots.pop() as number;
    if (x === NIL) {
      into[at] = [];
      continue;
    }
    if ((x & 3) === 1) {
      const items: number[] = [];
      let l = x;
      while ((l & 3) === 1) {
        items.push(W[l >>> 2]);
        l = W[(l >>> 2) + 1];
      }
      if (l !== NIL) return undefined;
      const arr: PVal[] = [];
      into[at] = arr;
      for (let i = 0; i < items.length; i++) {
        arr.push(0);
        terms.push(items[i]);
        dst.push(arr);
        slots.push(i);
      }
      continue;
    }
    if ((x & 3) === 2) {
      const h = W[x >>> 2];
      const tg = h & 0x3f;
      if (tg === Box.TUPLE) {
        const n = h >>> 6;
        const arr: PVal[] = [];
        into[at] = { tuple: arr };
        for (let i = 0; i < n; i++) {
          arr.push(0);
          terms.push(W[(x >>> 2) + 1 + i]);
          dst.push(arr);
          slots.push(i);
        }
        continue;
      }
      if (tg === Box.MAP || tg === Box.HAMT) {
        const ks: number[] = [];
        const vs: number[] = [];
        mapPairs(x, ks, vs);
        const pairs: PVal[][] = [];
        into[at] = { map: pairs };
        for (let i = 0; i < ks.length; i++) {
          const pair: PVal[] = [0, 0];
          pairs.push(pair);
          terms.push(ks[i], vs[i]);
          dst.push(pair, pair);
          slots.push(0, 1);
        }
        continue;
      }
    }
    const v = leaf(x);
    if (v === undefined) return undefined;
    into[at] = v;
  }
  return root[0];
}

// ---- JS -> Erlang ------------------------------------------------------------------------------

// Values may come from another realm (the simulator's board lives outside the bundle's context),
// where `instanceof` fails: there the built-in class name tells. Espruino has one realm, and its
// Object.prototype.toString gives an array's contents, not its class.
const toStr = Object.prototype.toString;
export function isBytes(x: any): x is Uint8Array {
  return x instanceof Uint8Array || (x !== null && typeof x === 'object' && toStr.call(x) === '[object Uint8Array]');
}
export function isList(x: any): x is PVal[] {
  return Array.isArray(x);
}

function isInt(v: number): boolean {
  return v === Math.floor(v) && v <= 9007199254740991 && v >= -9007199254740991;
}

/**
 * Builds the term for a JS value on p's heap (heap fragments: never collects, so terms already
 * built stay valid). NONE when the value has no term form (undefined, null, a non-finite number,
 * an object of another shape).
 */
export function toTerm(p: Process, v: PVal): number {
  // post-order: children first, then the container from the values stack
  const todo: any[] = [v];
  const phase: number[] = [0];
  const vals: number[] = [];
  while (todo.length > 0) {
    const x = todo.pop();
    const ph = phase.pop() as number;
    if (ph === 0) {
      if (typeof x === 'number') {
        if (x !== x || x === Infinity || x === -Infinity) return NONE;
        vals.push(isInt(x) ? intFromNumber(p, x) : mkFloat(p, x));
      } else if (typeof x === 'string') {
        vals.push((atomIntern(x) << 6) | 0x0b);
      } else if (isBytes(x)) {
        const b = binNew(p, x.length);
        const d = binData(b);
        for (let i = 0; i < x.length; i++) U8[d + i] = x[i];
        vals.push(b);
      } else if (isList(x)) {
        todo.push(x);
        phase.push(1);
        for (let i = x.length - 1; i >= 0; i--) {
          todo.push(x[i]);
          phase.push(0);
        }
      } else if (x !== null && typeof x === 'object') {
        if (isList(x.tuple)) {
          todo.push(x);
          phase.push(2);
          for (let i = x.tuple.length - 1; i >= 0; i--) {
            todo.push(x.tuple[i]);
            phase.push(0);
          }
        } else if (isList(x.map)) {
          todo.push(x);
          phase.push(3);
          for (let i = x.map.length - 1; i >= 0; i--) {
            todo.push(x.map[i][1], x.map[i][0]);
            phase.push(0, 0);
          }
        } else if (typeof x.float === 'number') {
          if (x.float !== x.float || x.float === Infinity || x.float === -Infinity) return NONE;
          vals.push(mkFloat(p, x.float));
        } else if (typeof x.pid === 'number') vals.push(mkPid(x.pid));
        else if (typeof x.port === 'number') vals.push(mkPort(x.port));
        else return NONE;
      } else return NONE;
    } else if (ph === 1) {
      // list: its items are the last x.length values, first item deepest
      const n = x.length;
      let l = NIL;
      for (let i = 0; i < n; i++) {
        const c = heapAlloc(p, 2);
        W[c] = vals.pop() as number;
        W[c + 1] = l;
        l = (c << 2) | 1;
      }
      vals.push(l);
    } else if (ph === 2) {
      const n = x.tuple.length;
      const h = heapAlloc(p, n + 1);
      W[h] = n << 6;
      for (let i = n; i >= 1; i--) W[h + i] = vals.pop() as number;
      vals.push((h << 2) | 2);
    } else {
      const n = x.map.length;
      const ks: number[] = [];
      const vs: number[] = [];
      for (let i = n - 1; i >= 0; i--) {
        vs[i] = vals.pop() as number;
        ks[i] = vals.pop() as number;
      }
      vals.push(mapFromPairs(p, ks, vs));
    }
  }
  return vals[0];
}

// ---- events ------------------------------------------------------------------------------------

/**
 * Sends msg to the process with this id (from outside any process: an interrupt, a socket event).
 * Returns false when the process no longer exists. Wakes the backend's loop.
 */
export function vmPost(pid: number, msg: PVal): boolean {
  const q = sched.processById(pid);
  if (q === null) return false;
  if (scratch === null) scratch = new Process(0);
  const s = scratch;
  if (!heapSetup(s, 64, 8)) return false;
  try {
    const t = toTerm(s, msg);
    if (t === NONE) throw new Error('vmPost: a message with no term form');
    sched.deliver(q, t);
  } finally {
    heapRelease(s);
  }
  if (platform !== null) platform.wake();
  return true;
}

/** True while the backend has open event sources: the scheduler then waits instead of ending. */
export function platformPending(): boolean {
  return platform !== null && platform.pending();
}

// ---- helpers for backends ----------------------------------------------------------------------

/** Flattens iodata (bytes, binaries, nested lists) into bytes; null when malformed. */
export function iodataBytes(v: PVal): Uint8Array | null {
  const parts: number[] = [];
  const stack: PVal[] = [v];
  let n = 0;
  const chunks: Uint8Array[] = [];
  while (stack.length > 0) {
    const x = stack.pop() as PVal;
    if (typeof x === 'number') {
      if (x !== (x & 255)) return null;
      parts.push(x);
      n++;
    } else if (isBytes(x)) {
      const b = x as Uint8Array;
      if (parts.length > 0) {
        chunks.push(new Uint8Array(parts));
        setLength(parts, 0);
      }
      chunks.push(b);
      n += b.length;
    } else if (isList(x)) {
      const l = x as PVal[];
      for (let i = l.length - 1; i >= 0; i--) stack.push(l[i]);
    } else return null;
  }
  if (parts.length > 0) chunks.push(new Uint8Array(parts));
  const out = new Uint8Array(n);
  let o = 0;
  for (let i = 0; i < chunks.length; i++) {
    out.set(chunks[i], o);
    o += chunks[i].length;
  }
  return out;
}

/** A charlist or binary as a JS string (one char per byte / code point); null when neither. */
export function pString(v: PVal): string | null {
  if (isBytes(v)) {
    const b = v as Uint8Array;
    let s = '';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  if (!isList(v)) return null;
  const l = v as PVal[];
  let s = '';
  for (let i = 0; i < l.length; i++) {
    const c = l[i];
    if (typeof c !== 'number' || c < 0 || c > 0xffff || c !== Math.floor(c)) return null;
    s += String.fromCharCode(c);
  }
  return s;
}

/** {Key, Value} lookup in a proplist or a map; undefined when absent. */
export function pGet(v: PVal, key: string): PVal | undefined {
  if (isList(v)) {
    const l = v as PVal[];
    for (let i = 0; i < l.length; i++) {
      const e = l[i];
      if (typeof e === 'object' && e !== null && isList((e as PTuple).tuple)) {
        const t = (e as PTuple).tuple;
        if (t.length === 2 && t[0] === key) return t[1];
      } else if (e === key) return 'true';
    }
    return undefined;
  }
  if (typeof v === 'object' && v !== null && isList((v as PMap).map)) {
    const m = (v as PMap).map;
    for (let i = 0; i < m.length; i++) if (m[i][0] === key) return m[i][1];
  }
  return undefined;
}
