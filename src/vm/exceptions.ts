// Raising and catching: stack traces in OTP's shape ({M, F, Arity | Args, Location}) built from
// the code tables, and unwinding to the innermost catch/try on the stack.
import { W } from './memory';
import { Process } from './process';
import * as code from './code';
import { X } from './regs';
import { heapAlloc } from './heap';
import { natMfa } from './natives';
import { atomIntern, utf8CodePoints } from './atoms';
import { A, atom, NIL, NONE, mkSmall, mkAtom } from './term';

export const TRACE_DEPTH = 8;

export function mkTuple2(p: Process, a: number, b: number): number {
  const h = heapAlloc(p, 3);
  W[h] = 2 << 6;
  W[h + 1] = a;
  W[h + 2] = b;
  return (h << 2) | 2;
}
export function mkTuple3(p: Process, a: number, b: number, c: number): number {
  const h = heapAlloc(p, 4);
  W[h] = 3 << 6;
  W[h + 1] = a;
  W[h + 2] = b;
  W[h + 3] = c;
  return (h << 2) | 2;
}
export function mkTuple4(p: Process, a: number, b: number, c: number, d: number): number {
  const h = heapAlloc(p, 5);
  W[h] = 4 << 6;
  W[h + 1] = a;
  W[h + 2] = b;
  W[h + 3] = c;
  W[h + 4] = d;
  return (h << 2) | 2;
}
export function mkCons(p: Process, hd: number, tl: number): number {
  const h = heapAlloc(p, 2);
  W[h] = hd;
  W[h + 1] = tl;
  return (h << 2) | 1;
}
/** A char list from a UTF-8 byte string. */
export function mkString(p: Process, s: string): number {
  const cps = utf8CodePoints(s);
  let l = NIL;
  if (cps.length === 0) return l;
  const h = heapAlloc(p, 2 * cps.length);
  for (let i = cps.length - 1; i >= 0; i--) {
    W[h + 2 * i] = mkSmall(cps[i]);
    W[h + 2 * i + 1] = l;
    l = ((h + 2 * i) << 2) | 1;
  }
  return l;
}

function location(p: Process, off: number): number {
  const li = code.lineAt(off);
  if (li < 0) return NIL;
  const file = mkTuple2(p, atom(A.file), mkString(p, code.lnFile(li)));
  const line = mkTuple2(p, atom(A.line), mkSmall(code.lnLine[li]));
  return mkCons(p, file, mkCons(p, line, NIL));
}

function frameAt(p: Process, off: number, argsOrArity: number): number {
  const f = code.functionAt(off);
  if (f < 0) return NONE;
  const m = code.modules[code.fnMod[f]];
  const ar = argsOrArity === NONE ? mkSmall(code.fnArity[f]) : argsOrArity;
  return mkTuple4(p, mkAtom(m.atom), mkAtom(code.fnName[f]), ar, location(p, off));
}

/** Builds the stack trace term for an exception raised at code offset pc. */
export function buildStacktrace(p: Process, pc: number): number {
  const frames: number[] = [];
  const mfa = p.excMfa;
  if (mfa >= 0) {
    // a failing native: {M, F, Args, []}
    const nm = natMfa(mfa);
    frames.push(mkTuple4(p, mkAtom(nm[0]), mkAtom(nm[1]), p.excArgs, NIL));
  } else if (mfa === -3) {
    // undef: p.excArgs = {M, F, Args}
    const t = p.excArgs >>> 2;
    frames.push(mkTuple4(p, W[t + 1], W[t + 2], W[t + 3], NIL));
  }
  let fnHere = -1;
  if (pc > 0) {
    fnHere = code.functionAt(pc);
    const fr = frameAt(p, pc, mfa === -2 ? p.excArgs : NONE);
    if (fr !== NONE) frames.push(fr);
  }
  let firstStackCp = 0;
  for (let i = p.stop; i < p.stackEnd; i++) {
    const w = W[i];
    if ((w & 3) === 0 && w !== 0) {
      firstStackCp = w >>> 2;
      break;
    }
  }
  const cp = p.cp;
  if (cp > 1 && code.C[cp] !== 250 && code.functionAt(cp - 1) !== fnHere && cp !== firstStackCp) {
    const fr = frameAt(p, cp - 1, NONE);
    if (fr !== NONE) frames.push(fr);
  }
  for (let i = p.stop; i < p.stackEnd && frames.length < TRACE_DEPTH; i++) {
    const w = W[i];
    if ((w & 3) === 0 && w !== 0) {
      const c = w >>> 2;
      if (code.C[c] === 250) break;
      const fr = frameAt(p, c - 1, NONE);
      if (fr !== NONE) frames.push(fr);
    }
  }
  let l = NIL;
  const n = frames.length < TRACE_DEPTH ? frames.length : TRACE_DEPTH;
  for (let i = n - 1; i >= 0; i--) l = mkCons(p, frames[i], l);
  return l;
}

/** Called with a pending exception: returns the handler's pc, or -1 if the process must die. */
export function unwind(p: Process): number {
  // (excMfa -4: erlang:raise/3 gave the trace; the call site set excPc all the same)
  if (p.excPc !== -1 && p.excMfa !== -4) p.excTrace = buildStacktrace(p, p.excPc);
  p.excPc = -1;
  p.excMfa = -1;
  let prev = p.stop;
  for (let i = p.stop; i < p.stackEnd; i++) {
    const w = W[i];
    if ((w & 3) === 0) prev = i;
    else if ((w & 0x3f) === 0x1b) {
      p.stop = prev;
      X[0] = NONE;
      X[1] = p.excClass;
      X[2] = p.excReason;
      X[3] = p.excTrace;
      p.excArgs = NIL;
      return code.catchOff[w >>> 6];
    }
  }
  // uncaught: the exit reason OTP uses
  const cls = p.excClass;
  if (cls === atom(A.error)) p.exitReason = mkTuple2(p, p.excReason, p.excTrace);
  else if (cls === atom(A.throw_)) p.exitReason = mkTuple2(p, mkTuple2(p, atom(A.nocatch), p.excReason), p.excTrace);
  else p.exitReason = p.excReason;
  return -1;
}

/** Sets up an exception raised by native code that knows its own class, reason and trace. */
export function raiseAt(p: Process, cls: number, reason: number, trace: number): number {
  p.excClass = cls;
  p.excReason = reason;
  p.excTrace = trace;
  p.excPc = -1;
  p.excMfa = -4;
  return NONE;
}

/** x[0..n) as a list on p's heap. */
export function argList(p: Process, n: number): number {
  let l = NIL;
  if (n === 0) return l;
  const a = heapAlloc(p, 2 * n);
  for (let i = n - 1; i >= 0; i--) {
    W[a + 2 * i] = X[i];
    W[a + 2 * i + 1] = l;
    l = ((a + 2 * i) << 2) | 1;
  }
  return l;
}

