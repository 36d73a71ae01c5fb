// Instruction handlers for calls, returns, stack frames and BIF calls (see slice.ts for the
// handler convention). Each is a small function of its own: Espruino lexes a called function's
// whole body, so one handler per instruction keeps a dispatch cheap there.
import { W } from './memory';
import * as code from './code';
import { C } from './code'; // live binding: the code space grows when modules load on demand
import { Process, PStatus } from './process';
import { X, getSrc, setDst } from './regs';
import { heapAlloc, gc, stackEnsure } from './heap';
import { natFn, natFlags, NF_NOFRAME, fail } from './natives';
import { A, atom, NIL, NONE, Box, mkSmall, MAX_SMALL, MIN_SMALL } from './term';
import { mkTuple2, mkTuple3, argList } from './exceptions';
import { resolveImport, resolveMfa } from './linker';
import { R, REDS, RAISE, raised, yieldAt, exitAt, tick } from './slice';

const BA = new Int32Array(4); // BIF argument scratch

let nat_add = -1;
let nat_sub = -1;
export function setArithNatives(add: number, sub: number): void {
  nat_add = add;
  nat_sub = sub;
}

/** Arity a fun term accepts, or -1 if it is not a fun. */
export function funTermArity(f: number): number {
  if ((f & 3) !== 2) return -1;
  const a = f >>> 2;
  const tg = W[a] & 0x3f;
  if (tg === Box.FUN) return code.funArity[W[a + 1] >> 4];
  if (tg === Box.EXPORT) return W[a + 3] >> 4;
  return -1;
}

function badArity(p: Process, f: number, arity: number): number {
  const args = argList(p, arity);
  fail(p, mkTuple2(p, atom(A.badarity), mkTuple2(p, f, args)));
  return 0;
}

/**
 * Prepares a call of fun f with `arity` arguments in x[0..arity): returns the code offset to jump
 * to, or 0 after setting an exception (badfun/badarity/undef).
 */
export function prepareFunCall(p: Process, f: number, arity: number): number {
  if ((f & 3) === 2) {
    const a = f >>> 2;
    const h = W[a];
    const tg = h & 0x3f;
    if (tg === Box.FUN) {
      const idx = W[a + 1] >> 4;
      if (code.funArity[idx] !== arity) return badArity(p, f, arity);
      const nfree = (h >>> 6) - 2;
      for (let i = 0; i < nfree; i++) X[arity + i] = W[a + 3 + i];
      return code.funOff[idx];
    }
    if (tg === Box.EXPORT) {
      if ((W[a + 3] >> 4) !== arity) return badArity(p, f, arity);
      return resolveMfa(p, W[a + 1], W[a + 2], arity);
    }
  }
  fail(p, mkTuple2(p, atom(A.badfun), f));
  return 0;
}

/** Pops the frame of `dealloc` y registers; p.cp becomes its continuation. */
function popFrame(p: Process, dealloc: number): void {
  const s = p.stop;
  p.cp = W[s] >>> 2;
  p.stop = s + dealloc + 1;
}

/** Pushes a frame of n y registers (all NIL) holding p.cp. */
function pushFrame(p: Process, n: number): void {
  if (p.stop - n - 1 < p.stackStart) stackEnsure(p, n + 1);
  const s = p.stop - n - 1;
  p.stop = s;
  W[s] = p.cp << 2;
  for (let i = 1; i <= n; i++) W[s + i] = NIL;
}

// func_info M F A: no clause matched
export function opFuncInfo(p: Process, pc: number): number {
  p.excArgs = argList(p, C[pc + 3]);
  p.excMfa = -2;
  fail(p, atom(A.function_clause));
  return raised(p, pc);
}

// (the frequent handlers below inline tick() and popFrame(): see ops_data.ts on calls in Espruino)

// call Arity Label
export function opCall(p: Process, pc: number): number {
  p.cp = pc + 3;
  return --R[REDS] <= 0 ? yieldAt(p, C[pc + 2], C[pc + 1]) : C[pc + 2];
}

// call_last Arity Label Dealloc
export function opCallLast(p: Process, pc: number): number {
  const s = p.stop;
  p.cp = W[s] >>> 2;
  p.stop = s + C[pc + 3] + 1;
  return --R[REDS] <= 0 ? yieldAt(p, C[pc + 2], C[pc + 1]) : C[pc + 2];
}

// call_only Arity Label
export function opCallOnly(p: Process, pc: number): number {
  return --R[REDS] <= 0 ? yieldAt(p, C[pc + 2], C[pc + 1]) : C[pc + 2];
}

// call_ext Arity Import, call_ext_last Arity Import Dealloc, call_ext_only Arity Import
export function opCallExt(p: Process, pc: number): number {
  const imp = C[pc + 2];
  let target = code.impTarget[imp];
  if (target === 0 && code.impNative[imp] >= 0) {
    const r = callNative(p, pc, imp);
    if (r !== 0) return r;
    // the native continues in Erlang code
    target = p.trapPc;
    p.trapPc = 0;
  }
  if (target === 0) {
    target = resolveImport(p, imp);
    if (target === 0) return raised(p, pc);
  }
  const op = C[pc];
  if (op === 7) p.cp = pc + 3;
  else if (op === 8) popFrame(p, C[pc + 3]);
  return tick(p, target, C[pc + 1]);
}

/** A call_ext* of a native: the next pc (or RAISE/STOP), or 0 when it traps into Erlang code. */
function callNative(p: Process, pc: number, imp: number): number {
  const op = C[pc];
  const ar = C[pc + 1];
  const nat = code.impNative[imp];
  // merge heap fragments (natives' results, received messages) once they add up, while the
  // arguments are the roots; a collection per message would dominate message passing
  if (p.fragWords > 256 + ((p.hend - p.heapStart) >> 2)) gc(p, 0, X, ar);
  p.excMfa = -1;
  p.pc = pc; // (scheduler) the call site, for process_info(self(), current_function)
  const r = natFn[nat](p, X, ar, nat);
  if (r === NONE) {
    if (p.excClass === 0 && p.trapPc !== 0) return 0;
    if (p.excMfa === -1) {
      // (-2/-3: the native described the frame itself: error/2 args, apply's undef)
      p.excMfa = natFlags[nat] & NF_NOFRAME ? -1 : nat;
      p.excArgs = argList(p, ar);
    }
    return raised(p, pc);
  }
  X[0] = r;
  if ((p.status as number) === PStatus.EXITING) return exitAt(p, pc + (op === 8 ? 4 : 3));
  let next: number;
  if (op === 7) next = pc + 3;
  else {
    if (op === 8) popFrame(p, C[pc + 3]);
    next = p.cp;
  }
  if (--R[REDS] <= 0 || (p.status as number) === PStatus.WAITING) return yieldAt(p, next, 1);
  return next;
}

// bif0 Bif Dst
export function opBif0(p: Process, pc: number): number {
  const nat = code.impNative[C[pc + 1]];
  const r = nat >= 0 ? natFn[nat](p, BA, 0, nat) : undefNative(p, C[pc + 1], 0);
  if (r === NONE) return raised(p, pc);
  setDst(p, C[pc + 2], r);
  return pc + 3;
}

// bif1 Fail Bif Arg Dst, bif2 Fail Bif A1 A2 Dst, bif3 (OTP 29) Fail Bif A1 A2 A3 Dst
export function opBif(p: Process, pc: number): number {
  const op = C[pc];
  return bifCall(p, pc, pc + 2, op === 185 ? 3 : op - 9);
}

// gc_bif2 Fail Live Bif A1 A2 Dst: + and - of small integers inline, the rest as opGcBif
export function opGcBif2(p: Process, pc: number): number {
  const nat = code.impNative[C[pc + 3]];
  if (nat === nat_add || nat === nat_sub) {
    let s = C[pc + 4];
    const a = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
    s = C[pc + 5];
    const b = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
    if ((a & b & 0xf) === 0xf) {
      const v = nat === nat_add ? (a >> 4) + (b >> 4) : (a >> 4) - (b >> 4);
      if (v <= MAX_SMALL && v >= MIN_SMALL) {
        s = C[pc + 6];
        if ((s & 4) !== 0) W[p.stop + 1 + (s >> 3)] = (v << 4) | 0xf;
        else X[s >> 3] = (v << 4) | 0xf;
        return pc + 7;
      }
    }
  }
  return opGcBif(p, pc);
}

// gc_bif1..3 Fail Live Bif Args... Dst: may collect (Live is their operand), so keep results off
// heap fragments
export function opGcBif(p: Process, pc: number): number {
  const op = C[pc];
  if (p.fragWords > 256 + ((p.hend - p.heapStart) >> 2) || p.htop + 16 > p.hend) gc(p, 16, X, C[pc + 2]);
  return bifCall(p, pc, pc + 3, op === 152 ? 3 : op - 123);
}

/** Calls the BIF whose import is C[q] on the n sources after it; the result goes to the Dst after them. */
function bifCall(p: Process, pc: number, q: number, n: number): number {
  const imp = C[q];
  const nat = code.impNative[imp];
  let r = NONE;
  p.excMfa = -1;
  const a0 = getSrc(p, C[q + 1]);
  BA[0] = a0;
  if (n === 2) {
    const a1 = getSrc(p, C[q + 2]);
    BA[1] = a1;
    // fast paths for small-integer arithmetic
    if ((a0 & 0xf) === 0xf && (a1 & 0xf) === 0xf && (nat === nat_add || nat === nat_sub)) {
      const v = nat === nat_add ? (a0 >> 4) + (a1 >> 4) : (a0 >> 4) - (a1 >> 4);
      if (v <= MAX_SMALL && v >= MIN_SMALL) r = (v << 4) | 0xf;
    }
  } else if (n === 3) {
    BA[1] = getSrc(p, C[q + 2]);
    BA[2] = getSrc(p, C[q + 3]);
  }
  if (r === NONE) r = nat >= 0 ? natFn[nat](p, BA, n, nat) : undefNative(p, imp, n);
  if (r === NONE) return bifFailed(p, pc, nat, n);
  setDst(p, C[q + 1 + n], r);
  return q + 2 + n;
}

function bifFailed(p: Process, pc: number, nat: number, n: number): number {
  const fl = C[pc + 1];
  if (fl !== 0) return fl;
  if (p.excMfa === -1) {
    p.excMfa = nat >= 0 && (natFlags[nat] & NF_NOFRAME) === 0 ? nat : -1;
    for (let i = 0; i < n; i++) X[i] = BA[i];
    p.excArgs = argList(p, n);
  }
  return raised(p, pc);
}

/** A BIF instruction naming a native we do not have: undef with the {M, F, Args} frame. */
function undefNative(p: Process, imp: number, n: number): number {
  for (let i = 0; i < n; i++) X[i] = BA[i];
  p.excArgs = mkTuple3(p, (code.impM[imp] << 6) | 0x0b, (code.impF[imp] << 6) | 0x0b, argList(p, n));
  fail(p, atom(A.undef));
  p.excMfa = -3;
  return NONE;
}

// allocate StackNeed Live, allocate_zero
export function opAllocate(p: Process, pc: number): number {
  const n = C[pc + 1];
  if (p.stop - n - 1 < p.stackStart) stackEnsure(p, n + 1);
  const s = p.stop - n - 1;
  p.stop = s;
  W[s] = p.cp << 2;
  for (let i = 1; i <= n; i++) W[s + i] = NIL;
  return pc + 3;
}

// allocate_heap StackNeed HeapNeed Live, allocate_heap_zero
export function opAllocateHeap(p: Process, pc: number): number {
  const need = C[pc + 2];
  if (p.htop + need > p.hend) gc(p, need, X, C[pc + 3]);
  pushFrame(p, C[pc + 1]);
  return pc + 4;
}

// test_heap HeapNeed Live
export function opTestHeap(p: Process, pc: number): number {
  const need = C[pc + 1];
  if (p.htop + need > p.hend) gc(p, need, X, C[pc + 2]);
  return pc + 3;
}

// deallocate N
export function opDeallocate(p: Process, pc: number): number {
  const s = p.stop;
  p.cp = W[s] >>> 2;
  p.stop = s + C[pc + 1] + 1;
  return pc + 2;
}

// return
export function opReturn(p: Process): number {
  return p.cp;
}

// trim N Remaining
export function opTrim(p: Process, pc: number): number {
  const n = C[pc + 1];
  const s = p.stop;
  W[s + n] = W[s];
  p.stop = s + n;
  return pc + 3;
}

// call_fun Arity (the fun in x[Arity]), call_fun2 Tag Arity Func
export function opCallFun(p: Process, pc: number): number {
  let ar: number;
  let f: number;
  let next: number;
  if (C[pc] === 75) {
    ar = C[pc + 1];
    f = X[ar];
    next = pc + 2;
  } else {
    ar = C[pc + 2];
    f = getSrc(p, C[pc + 3]);
    next = pc + 4;
  }
  const target = prepareFunCall(p, f, ar);
  if (target === 0) return raised(p, pc);
  p.cp = next;
  if (--R[REDS] <= 0) return yieldAt(p, target, ar + ((W[f >>> 2] & 0x3f) === Box.FUN ? (W[f >>> 2] >>> 6) - 2 : 0));
  return target;
}

// apply Arity: x[Arity] = Module, x[Arity+1] = Function; apply_last Arity Dealloc
export function opApply(p: Process, pc: number): number {
  const ar = C[pc + 1];
  const m = X[ar];
  const f = X[ar + 1];
  if ((m & 0x3f) !== 0x0b || (f & 0x3f) !== 0x0b) {
    fail(p, atom(A.badarg));
    return raised(p, pc);
  }
  const target = resolveMfa(p, m, f, ar);
  if (target === 0) return raised(p, pc);
  if (C[pc] === 112) p.cp = pc + 2;
  else popFrame(p, C[pc + 2]);
  return tick(p, target, ar);
}

// make_fun2 FunIndex: free variables in x[0..)
export function opMakeFun2(p: Process, pc: number): number {
  const idx = C[pc + 1];
  const nf = code.funFree[idx];
  const a = newFun(p, idx, nf);
  for (let i = 0; i < nf; i++) W[a + 3 + i] = X[i];
  X[0] = (a << 2) | 2;
  return pc + 2;
}

// make_fun3 FunIndex Dst [Env]
export function opMakeFun3(p: Process, pc: number): number {
  const nf = C[pc + 3];
  const a = newFun(p, C[pc + 1], nf);
  for (let i = 0; i < nf; i++) W[a + 3 + i] = getSrc(p, C[pc + 4 + i]);
  setDst(p, C[pc + 2], (a << 2) | 2);
  return pc + 4 + nf;
}

function newFun(p: Process, idx: number, nf: number): number {
  const a = heapAlloc(p, 3 + nf);
  W[a] = ((2 + nf) << 6) | Box.FUN;
  W[a + 1] = mkSmall(idx);
  W[a + 2] = p.pid;
  return a;
}

// the code every process returns to at the end
export function opExitNormal(p: Process, pc: number): number {
  p.exitReason = atom(A.normal);
  return exitAt(p, pc);
}
