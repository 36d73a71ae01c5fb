// The interpreter: one loop over the compact code (code.ts) for the running process.
// Returns when the process yields (reductions used up), waits in receive, or exits.
// Bit syntax and map instructions are out of line (ops_bits.ts, ops_maps.ts); they return the
// next pc, or -1 after setting an exception in p.
import { W } from './memory';
import * as code from './code';
import { C } from './code'; // live binding: the code space grows when modules load on demand
import { Process, PStatus } from './process';
import { X, FR, getSrc, setDst } from './regs';
import { heapAlloc, gc, stackEnsure, messageAttach, OOM } from './heap';
import { natFn, natFlags, NF_NOFRAME, fail, badarg } from './natives';
import { A, atom, NIL, NONE, Box, mkSmall, mkCatch, TRUE, FALSE, MAX_SMALL, MIN_SMALL } from './term';
import { compareTerms, exactEq, arithEq } from './compare';
import { atomTerm } from './atoms';
import { floatToWords, wordsToFloat } from './memory';
import { bsOp } from './ops_bits';
import { mapOp } from './ops_maps';
import { raiseAt, buildStacktrace, unwind, mkTuple2, mkTuple3, argList } from './exceptions';
import { resolveImport, resolveMfa } from './linker';
import { numAdd, numSub, numMul } from './arith';
import { hooks } from './hooks';

export const enum RunResult {
  YIELD = 0,
  WAIT = 1,
  EXIT = 2,
}

/** Internal opcodes beyond OTP's generic ones. */
export const enum IOp {
  exit_normal = 250, // the code every process returns to at the end
  fmove_from_fr = 241,
  apply_trap = 242,
}

export const REDUCTIONS = 2000;

const BA = new Int32Array(4); // BIF argument scratch

let nat_add = -1;
let nat_sub = -1;
let nat_mul = -1;
export function setArithNatives(add: number, sub: number, mul: number): void {
  nat_add = add;
  nat_sub = sub;
  nat_mul = mul;
}

function isFloat(t: number): boolean {
  return (t & 3) === 2 && (W[t >>> 2] & 0x3f) === Box.FLOAT;
}
function boxFloat(p: Process, x: number): number {
  const a = heapAlloc(p, 3);
  W[a] = (2 << 6) | Box.FLOAT;
  floatToWords(x, a + 1);
  return (a << 2) | 2;
}
/** Numeric value of a number term as a double (for fconv); NaN when not a number. */
function toDouble(t: number): number {
  if ((t & 0xf) === 0xf) return t >> 4;
  if ((t & 3) !== 2) return NaN;
  const a = t >>> 2;
  const h = W[a];
  const tag = h & 0x3f;
  if (tag === Box.FLOAT) return wordsToFloat(a + 1);
  if (tag === Box.POS_BIG || tag === Box.NEG_BIG) {
    let v = 0;
    for (let i = (h >>> 6); i >= 1; i--) v = v * 4294967296 + (W[a + i] >>> 0);
    return tag === Box.NEG_BIG ? -v : v;
  }
  return NaN;
}

function typeTest(op: number, v: number): boolean {
  switch (op) {
    case 45: // is_integer
      if ((v & 0xf) === 0xf) return true;
      if ((v & 3) !== 2) return false;
      {
        const tg = W[v >>> 2] & 0x3f;
        return tg === Box.POS_BIG || tg === Box.NEG_BIG;
      }
    case 46:
      return isFloat(v);
    case 47:
      if ((v & 0xf) === 0xf) return true;
      if ((v & 3) !== 2) return false;
      {
        const tg = W[v >>> 2] & 0x3f;
        return tg === Box.POS_BIG || tg === Box.NEG_BIG || tg === Box.FLOAT;
      }
    case 48:
      return (v & 0x3f) === 0x0b;
    case 49:
      return (v & 0xf) === 0x3;
    case 50:
      return (v & 3) === 2 && (W[v >>> 2] & 0x3f) === Box.REF;
    case 51:
      return (v & 0xf) === 0x7;
    case 52:
      return v === NIL;
    case 53: // is_binary
      if ((v & 3) !== 2) return false;
      {
        const a = v >>> 2;
        const tg = W[a] & 0x3f;
        if (tg === Box.HEAP_BIN || tg === Box.REFC_BIN) return true;
        return tg === Box.SUB_BIN && (W[a + 2] & 7) === 0;
      }
    case 55:
      return v === NIL || (v & 3) === 1;
    case 56:
      return (v & 3) === 1;
    case 57:
      return (v & 3) === 2 && (W[v >>> 2] & 0x3f) === Box.TUPLE;
    case 77: // is_function
      if ((v & 3) !== 2) return false;
      {
        const tg = W[v >>> 2] & 0x3f;
        return tg === Box.FUN || tg === Box.EXPORT;
      }
    case 114:
      return v === TRUE || v === FALSE;
    case 129: // is_bitstr
      if ((v & 3) !== 2) return false;
      {
        const tg = W[v >>> 2] & 0x3f;
        return tg === Box.HEAP_BIN || tg === Box.REFC_BIN || tg === Box.SUB_BIN;
      }
    case 156: // is_map
      if ((v & 3) !== 2) return false;
      {
        const tg = W[v >>> 2] & 0x3f;
        return tg === Box.MAP || tg === Box.HAMT;
      }
  }
  return false;
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
      if (code.funArity[idx] !== arity) {
        const args = argList(p, arity);
        fail(p, mkTuple2(p, atom(A.badarity), mkTuple2(p, f, args)));
        return 0;
      }
      const nfree = (h >>> 6) - 2;
      for (let i = 0; i < nfree; i++) X[arity + i] = W[a + 3 + i];
      return code.funOff[idx];
    }
    if (tg === Box.EXPORT) {
      if ((W[a + 3] >> 4) !== arity) {
        const args = argList(p, arity);
        fail(p, mkTuple2(p, atom(A.badarity), mkTuple2(p, f, args)));
        return 0;
      }
      return resolveMfa(p, W[a + 1], W[a + 2], arity);
    }
  }
  fail(p, mkTuple2(p, atom(A.badfun), f));
  return 0;
}

function listLength(l: number): number {
  let n = 0;
  while ((l & 3) === 1) {
    n++;
    l = W[(l >>> 2) + 1];
  }
  return l === NIL ? n : -1;
}

/**
 * Runs p for up to `reds` reductions. On return p.pc/p.cp/p.live/xsave hold the state to resume.
 */
export function execute(p: Process, reds: number): number {
  let pc = p.pc;
  // restore x registers
  if (p.xsave !== null) {
    const xs = p.xsave;
    for (let i = 0; i < p.live; i++) X[i] = xs[i];
  }
  p.status = PStatus.RUNNING;
  for (;;) {
    try {
      for (;;) {
        const op = C[pc];
        switch (op) {
          case 2: {
            // func_info M F A: no clause matched
            const ar = C[pc + 3];
            p.excArgs = argList(p, ar);
            p.excMfa = -2;
            fail(p, atom(A.function_clause));
            p.excPc = pc;
            pc = -1;
            break;
          }
          case 4: // call Arity Label
            p.cp = pc + 3;
            pc = C[pc + 2];
            if (--reds <= 0) return yieldAt(p, pc, C[p.cp - 2]);
            continue;
          case 5: {
            // call_last Arity Label Dealloc
            const s = p.stop;
            const ar = C[pc + 1];
            p.cp = W[s] >>> 2;
            p.stop = s + C[pc + 3] + 1;
            pc = C[pc + 2];
            if (--reds <= 0) return yieldAt(p, pc, ar);
            continue;
          }
          case 6: {
            // call_only Arity Label
            const ar = C[pc + 1];
            pc = C[pc + 2];
            if (--reds <= 0) return yieldAt(p, pc, ar);
            continue;
          }
          case 7: // call_ext Arity Import
          case 8: // call_ext_last Arity Import Dealloc
          case 78: {
            // call_ext_only Arity Import
            const ar = C[pc + 1];
            const imp = C[pc + 2];
            let target = code.impTarget[imp];
            const nat = code.impNative[imp];
            if (target === 0 && nat >= 0) {
              // merge heap fragments (natives' results, received messages) once they add up, while the
              // arguments are the roots; a collection per message would dominate message passing
              if (p.fragWords > 256 + ((p.hend - p.heapStart) >> 2)) gc(p, 0, X, ar);
              p.excMfa = -1;
              p.pc = pc; // (scheduler) the call site, for process_info(self(), current_function)
              const r = natFn[nat](p, X, ar, nat);
              if (r === NONE) {
                if (p.excClass === 0 && p.trapPc !== 0) {
                  target = p.trapPc;
                  p.trapPc = 0;
                } else {
                  if (p.excMfa === -1) {
                    // (-2/-3: the native described the frame itself: error/2 args, apply's undef)
                    p.excMfa = natFlags[nat] & NF_NOFRAME ? -1 : nat;
                    p.excArgs = argList(p, ar);
                  }
                  p.excPc = pc;
                  pc = -1;
                  break;
                }
              } else {
                X[0] = r;
                if ((p.status as number) === PStatus.EXITING) {
                  p.pc = pc + (op === 8 ? 4 : 3);
                  return RunResult.EXIT;
                }
                if (op === 7) {
                  pc += 3;
                } else if (op === 8) {
                  const s = p.stop;
                  p.cp = W[s] >>> 2;
                  p.stop = s + C[pc + 3] + 1;
                  pc = p.cp;
                } else pc = p.cp;
                if (--reds <= 0 || (p.status as number) === PStatus.WAITING) return yieldAt(p, pc, 1);
                continue;
              }
            }
            if (target === 0) {
              target = resolveImport(p, imp);
              if (target === 0) {
                p.excPc = pc;
                pc = -1;
                break;
              }
            }
            if (op === 7) p.cp = pc + 3;
            else if (op === 8) {
              const s = p.stop;
              p.cp = W[s] >>> 2;
              p.stop = s + C[pc + 3] + 1;
            }
            pc = target;
            if (--reds <= 0) return yieldAt(p, pc, ar);
            continue;
          }
          case 9: {
            // bif0 Bif Dst
            const nat0 = code.impNative[C[pc + 1]];
            const r = nat0 >= 0 ? natFn[nat0](p, BA, 0, nat0) : undefNative(p, C[pc + 1], 0);
            if (r === NONE) {
              p.excPc = pc;
              pc = -1;
              break;
            }
            setDst(p, C[pc + 2], r);
            pc += 3;
            continue;
          }
          case 10: // bif1 Fail Bif Arg Dst
          case 11: // bif2 Fail Bif A1 A2 Dst
          case 185: // bif3 Fail Bif A1 A2 A3 Dst (OTP 29)
          case 124: // gc_bif1 Fail Live Bif Arg Dst
          case 125: // gc_bif2 Fail Live Bif A1 A2 Dst
          case 152: {
            // gc_bif3 Fail Live Bif A1 A2 A3 Dst
            let n: number;
            let q: number;
            if (op === 10 || op === 11 || op === 185) {
              n = op === 185 ? 3 : op - 9;
              q = pc + 2;
            } else {
              n = op === 152 ? 3 : op - 123;
              q = pc + 3;
            }
            // gc_bifs may collect (Live is their operand): keep results off heap fragments
            if (op > 11 && op !== 185 && (p.fragWords > 256 + ((p.hend - p.heapStart) >> 2) || p.htop + 16 > p.hend)) gc(p, 16, X, C[pc + 2]);
            const imp = C[q];
            const nat = code.impNative[imp];
            let r = NONE;
            p.excMfa = -1;
            const a0 = getSrc(p, C[q + 1]);
            if (n === 2) {
              const a1 = getSrc(p, C[q + 2]);
              // fast paths for small-integer arithmetic
              if ((a0 & 0xf) === 0xf && (a1 & 0xf) === 0xf) {
                let v = 0.5;
                if (nat === nat_add) v = (a0 >> 4) + (a1 >> 4);
                else if (nat === nat_sub) v = (a0 >> 4) - (a1 >> 4);
                if (v !== 0.5 && v <= MAX_SMALL && v >= MIN_SMALL) r = (v << 4) | 0xf;
              }
              if (r === NONE) {
                BA[0] = a0;
                BA[1] = a1;
                r = nat >= 0 ? natFn[nat](p, BA, 2, nat) : undefNative(p, imp, 2);
              }
            } else {
              BA[0] = a0;
              if (n === 3) {
                BA[1] = getSrc(p, C[q + 2]);
                BA[2] = getSrc(p, C[q + 3]);
              }
              r = nat >= 0 ? natFn[nat](p, BA, n, nat) : undefNative(p, imp, n);
            }
            if (r === NONE) {
              const fl = C[pc + 1];
              if (fl !== 0) {
                pc = fl;
                continue;
              }
              if (p.excMfa === -1) {
                p.excMfa = nat >= 0 && (natFlags[nat] & NF_NOFRAME) === 0 ? nat : -1;
                for (let i = 0; i < n; i++) X[i] = BA[i];
                p.excArgs = argList(p, n);
              }
              p.excPc = pc;
              pc = -1;
              break;
            }
            setDst(p, C[q + 1 + n], r);
            pc = q + 2 + n;
            continue;
          }
          case 12: // allocate StackNeed Live
          case 14: {
            const n = C[pc + 1];
            if (p.stop - n - 1 < p.stackStart) stackEnsure(p, n + 1);
            const s = p.stop - n - 1;
            p.stop = s;
            W[s] = p.cp << 2;
            for (let i = 1; i <= n; i++) W[s + i] = NIL;
            pc += 3;
            continue;
          }
          case 13: // allocate_heap StackNeed HeapNeed Live
          case 15: {
            const n = C[pc + 1];
            const need = C[pc + 2];
            if (p.htop + need > p.hend) gc(p, need, X, C[pc + 3]);
            if (p.stop - n - 1 < p.stackStart) stackEnsure(p, n + 1);
            const s = p.stop - n - 1;
            p.stop = s;
            W[s] = p.cp << 2;
            for (let i = 1; i <= n; i++) W[s + i] = NIL;
            pc += 4;
            continue;
          }
          case 16: {
            // test_heap HeapNeed Live
            const need = C[pc + 1];
            if (p.htop + need > p.hend) gc(p, need, X, C[pc + 2]);
            pc += 3;
            continue;
          }
          case 17: // init Y
            setDst(p, C[pc + 1], NIL);
            pc += 2;
            continue;
          case 18: {
            // deallocate N
            const s = p.stop;
            p.cp = W[s] >>> 2;
            p.stop = s + C[pc + 1] + 1;
            pc += 2;
            continue;
          }
          case 19: // return
            pc = p.cp;
            continue;
          case 20: {
            // send
            const r = hooks.send(p, X[0], X[1]);
            if (r === NONE) {
              p.excPc = pc;
              pc = -1;
              break;
            }
            X[0] = X[1];
            pc += 1;
            if (--reds <= 0) return yieldAt(p, pc, 1);
            continue;
          }
          case 21: {
            // remove_message
            const m = p.mqSave;
            const next = W[m];
            if (p.mqSavePrev === 0) p.mqHead = next;
            else W[p.mqSavePrev] = next;
            if (p.mqTail === m) p.mqTail = p.mqSavePrev;
            p.mqLen--;
            messageAttach(p, m);
            p.mqSave = p.mqHead;
            p.mqSavePrev = 0;
            if (p.timerId >= 0) hooks.cancelReceiveTimer(p);
            p.timedOut = false;
            p.recvArmed = false;
            pc += 1;
            continue;
          }
          case 22: // timeout
            p.mqSave = p.mqHead;
            p.mqSavePrev = 0;
            p.timedOut = false;
            p.recvArmed = false;
            pc += 1;
            continue;
          case 23: {
            // loop_rec Fail Dst
            const m = p.mqSave;
            if (m === 0) {
              pc = C[pc + 1];
              continue;
            }
            setDst(p, C[pc + 2], W[m + 1]);
            pc += 3;
            continue;
          }
          case 24: {
            // loop_rec_end Label
            const m = p.mqSave;
            p.mqSavePrev = m;
            p.mqSave = W[m];
            pc = C[pc + 1];
            continue;
          }
          case 25: // wait Label
            p.pc = C[pc + 1];
            p.live = 0;
            p.status = PStatus.WAITING;
            return RunResult.WAIT;
          case 26: {
            // wait_timeout Label Time
            const t = getSrc(p, C[pc + 2]);
            if (p.timedOut) {
              p.timedOut = false;
              p.recvArmed = false;
              pc += 3;
              continue;
            }
            if (p.recvArmed) {
              // (scheduler) woken by a message that did not match: the timeout already runs (or
              // is infinity) and the Time operand may sit in a dead x register: do not read it
              p.pc = C[pc + 1];
              p.live = 0;
              p.status = p.timerId >= 0 ? PStatus.WAITING_TIMEOUT : PStatus.WAITING;
              return RunResult.WAIT;
            }
            if (t === atom(A.infinity)) {
              p.pc = C[pc + 1];
              p.live = 0;
              p.status = PStatus.WAITING;
              p.recvArmed = true;
              return RunResult.WAIT;
            }
            let ms = -1;
            if ((t & 0xf) === 0xf) ms = t >> 4;
            else if (typeTest(45, t)) ms = toDouble(t);
            if (ms < 0 || ms > 4294967295) {
              // (OTP: a receive timeout is at most 2^32 - 1 ms)
              fail(p, atomTerm('timeout_value'));
              p.excPc = pc;
              pc = -1;
              break;
            }
            if (ms === 0) {
              pc += 3;
              continue;
            }
            if (p.timerId < 0) hooks.startReceiveTimer(p, ms, pc + 3);
            p.pc = C[pc + 1];
            p.live = 0;
            p.status = PStatus.WAITING_TIMEOUT;
            p.recvArmed = true;
            return RunResult.WAIT;
          }
          case 39: // is_lt Fail A B
          case 40: // is_ge
          case 41: // is_eq
          case 42: // is_ne
          case 43: // is_eq_exact
          case 44: {
            // is_ne_exact
            const a = getSrc(p, C[pc + 2]);
            const b = getSrc(p, C[pc + 3]);
            let ok: boolean;
            if ((a & 0xf) === 0xf && (b & 0xf) === 0xf) {
              switch (op) {
                case 39: ok = (a >> 4) < (b >> 4); break;
                case 40: ok = (a >> 4) >= (b >> 4); break;
                case 41: case 43: ok = a === b; break;
                default: ok = a !== b;
              }
            } else if (op === 43) ok = a === b || exactEq(a, b);
            else if (op === 44) ok = !(a === b || exactEq(a, b));
            else if (op === 41) ok = a === b || arithEq(a, b);
            else if (op === 42) ok = !(a === b || arithEq(a, b));
            else {
              const c = compareTerms(a, b);
              ok = op === 39 ? c < 0 : c >= 0;
            }
            pc = ok ? pc + 4 : C[pc + 1];
            continue;
          }
          case 45: case 46: case 47: case 48: case 49: case 50: case 51: case 52: case 53:
          case 55: case 56: case 57: case 77: case 114: case 129: case 156:
            pc = typeTest(op, getSrc(p, C[pc + 2])) ? pc + 3 : C[pc + 1];
            continue;
          case 58: {
            // test_arity Fail Tuple Arity
            const t = getSrc(p, C[pc + 2]);
            pc = (W[t >>> 2] >>> 6) === C[pc + 3] ? pc + 4 : C[pc + 1];
            continue;
          }
          case 59: {
            // select_val Src Fail [Val Label ...]
            const v = getSrc(p, C[pc + 1]);
            const n = C[pc + 3];
            let target = C[pc + 2];
            const base = pc + 4;
            if ((v & 3) === 3) {
              for (let i = 0; i < n; i += 2) {
                if (C[base + i] === v) {
                  target = C[base + i + 1];
                  break;
                }
              }
            } else {
              for (let i = 0; i < n; i += 2) {
                if (exactEq(C[base + i], v)) {
                  target = C[base + i + 1];
                  break;
                }
              }
            }
            pc = target;
            continue;
          }
          case 60: {
            // select_tuple_arity Tuple Fail [Arity Label ...]
            const v = getSrc(p, C[pc + 1]);
            const n = C[pc + 3];
            let target = C[pc + 2];
            if ((v & 3) === 2 && (W[v >>> 2] & 0x3f) === Box.TUPLE) {
              const ar = W[v >>> 2] >>> 6;
              const base = pc + 4;
              for (let i = 0; i < n; i += 2) {
                if (C[base + i] >> 4 === ar || C[base + i] === ar) {
                  target = C[base + i + 1];
                  break;
                }
              }
            }
            pc = target;
            continue;
          }
          case 61: // jump Label
            pc = C[pc + 1];
            continue;
          case 62: // catch Y CatchIndex
          case 104: // try Y CatchIndex
            setDst(p, C[pc + 1], mkCatch(C[pc + 2]));
            pc += 3;
            continue;
          case 63: {
            // catch_end Y
            setDst(p, C[pc + 1], NIL);
            if (X[0] === NONE) {
              const cls = X[1];
              if (cls === atom(A.throw_)) X[0] = X[2];
              else if (cls === atom(A.error)) X[0] = mkTuple2(p, atom(A.EXIT), mkTuple2(p, X[2], X[3]));
              else X[0] = mkTuple2(p, atom(A.EXIT), X[2]);
            }
            pc += 2;
            continue;
          }
          case 105: // try_end Y
            setDst(p, C[pc + 1], NIL);
            pc += 2;
            continue;
          case 106: // try_case Y
            setDst(p, C[pc + 1], NIL);
            X[0] = X[1];
            X[1] = X[2];
            X[2] = X[3];
            pc += 2;
            continue;
          case 107: // try_case_end Val
            fail(p, mkTuple2(p, atom(A.try_clause), getSrc(p, C[pc + 1])));
            p.excPc = pc;
            pc = -1;
            break;
          case 108: {
            // raise Stacktrace Value (old): class from the trace's exception
            const tr = getSrc(p, C[pc + 1]);
            const v = getSrc(p, C[pc + 2]);
            p.excReason = v;
            p.excTrace = tr;
            if (p.excClass === 0) p.excClass = atom(A.error);
            p.excPc = -1;
            pc = -1;
            break;
          }
          case 160: // build_stacktrace
            X[0] = X[0];
            pc += 1;
            continue;
          case 161: {
            // raw_raise: x0 class, x1 reason, x2 trace
            const cls = X[0];
            if (cls !== atom(A.error) && cls !== atom(A.exit) && cls !== atom(A.throw_)) {
              X[0] = atom(A.badarg);
              pc += 1;
              continue;
            }
            p.excClass = cls;
            p.excReason = X[1];
            p.excTrace = X[2];
            p.excPc = -1;
            pc = -1;
            break;
          }
          case 64: // move Src Dst
            setDst(p, C[pc + 2], getSrc(p, C[pc + 1]));
            pc += 3;
            continue;
          case 169: {
            // swap A B
            const a = getSrc(p, C[pc + 1]);
            setDst(p, C[pc + 1], getSrc(p, C[pc + 2]));
            setDst(p, C[pc + 2], a);
            pc += 3;
            continue;
          }
          case 65: {
            // get_list Src Head Tail
            const l = getSrc(p, C[pc + 1]) >>> 2;
            const h = W[l];
            const t = W[l + 1];
            setDst(p, C[pc + 2], h);
            setDst(p, C[pc + 3], t);
            pc += 4;
            continue;
          }
          case 162: // get_hd Src Dst
            setDst(p, C[pc + 2], W[getSrc(p, C[pc + 1]) >>> 2]);
            pc += 3;
            continue;
          case 163: // get_tl Src Dst
            setDst(p, C[pc + 2], W[(getSrc(p, C[pc + 1]) >>> 2) + 1]);
            pc += 3;
            continue;
          case 66: {
            // get_tuple_element Src Index Dst
            const t = getSrc(p, C[pc + 1]) >>> 2;
            setDst(p, C[pc + 3], W[t + 1 + C[pc + 2]]);
            pc += 4;
            continue;
          }
          case 67: {
            // set_tuple_element Val Tuple Index
            const t = getSrc(p, C[pc + 2]) >>> 2;
            W[t + 1 + C[pc + 3]] = getSrc(p, C[pc + 1]);
            pc += 4;
            continue;
          }
          case 69: {
            // put_list Head Tail Dst
            const a = heapAlloc(p, 2);
            W[a] = getSrc(p, C[pc + 1]);
            W[a + 1] = getSrc(p, C[pc + 2]);
            setDst(p, C[pc + 3], (a << 2) | 1);
            pc += 4;
            continue;
          }
          case 70: {
            // put_tuple Arity Dst, followed by Arity `put` instructions
            const n = C[pc + 1];
            const a = heapAlloc(p, n + 1);
            W[a] = n << 6;
            setDst(p, C[pc + 2], (a << 2) | 2);
            pc += 3;
            for (let i = 1; i <= n; i++) {
              W[a + i] = getSrc(p, C[pc + 1]);
              pc += 2;
            }
            continue;
          }
          case 164: {
            // put_tuple2 Dst [Elements]
            const n = C[pc + 2];
            const a = heapAlloc(p, n + 1);
            W[a] = n << 6;
            for (let i = 0; i < n; i++) W[a + 1 + i] = getSrc(p, C[pc + 3 + i]);
            setDst(p, C[pc + 1], (a << 2) | 2);
            pc += 3 + n;
            continue;
          }
          case 72: // badmatch Val
            fail(p, mkTuple2(p, atom(A.badmatch), getSrc(p, C[pc + 1])));
            p.excPc = pc;
            pc = -1;
            break;
          case 73: // if_end
            fail(p, atom(A.if_clause));
            p.excPc = pc;
            pc = -1;
            break;
          case 74: // case_end Val
            fail(p, mkTuple2(p, atom(A.case_clause), getSrc(p, C[pc + 1])));
            p.excPc = pc;
            pc = -1;
            break;
          case 180: // badrecord Val
            fail(p, mkTuple2(p, atom(A.badrecord), getSrc(p, C[pc + 1])));
            p.excPc = pc;
            pc = -1;
            break;
          case 75: // call_fun Arity
          case 178: {
            // call_fun2 Tag Arity Func
            let ar: number;
            let f: number;
            let next: number;
            if (op === 75) {
              ar = C[pc + 1];
              f = X[ar];
              next = pc + 2;
            } else {
              ar = C[pc + 2];
              f = getSrc(p, C[pc + 3]);
              next = pc + 4;
            }
            const target = prepareFunCall(p, f, ar);
            if (target === 0) {
              p.excPc = pc;
              pc = -1;
              break;
            }
            p.cp = next;
            pc = target;
            if (--reds <= 0) return yieldAt(p, pc, ar + ((W[f >>> 2] & 0x3f) === Box.FUN ? (W[f >>> 2] >>> 6) - 2 : 0));
            continue;
          }
          case 115: {
            // is_function2 Fail F Arity
            const ar = getSrc(p, C[pc + 3]);
            const fa = funTermArity(getSrc(p, C[pc + 2]));
            pc = fa >= 0 && (ar & 0xf) === 0xf && fa === ar >> 4 ? pc + 4 : C[pc + 1];
            continue;
          }
          case 159: {
            // is_tagged_tuple Fail Src Arity Atom
            const t = getSrc(p, C[pc + 2]);
            pc =
              (t & 3) === 2 && W[t >>> 2] === C[pc + 3] << 6 && W[(t >>> 2) + 1] === C[pc + 4] ? pc + 5 : C[pc + 1];
            continue;
          }
          case 103: {
            // make_fun2 FunIndex: free vars in x[0..)
            const idx = C[pc + 1];
            const nf = code.funFree[idx];
            const a = heapAlloc(p, 3 + nf);
            W[a] = ((2 + nf) << 6) | Box.FUN;
            W[a + 1] = mkSmall(idx);
            W[a + 2] = p.pid;
            for (let i = 0; i < nf; i++) W[a + 3 + i] = X[i];
            X[0] = (a << 2) | 2;
            pc += 2;
            continue;
          }
          case 171: {
            // make_fun3 FunIndex Dst [Env]
            const idx = C[pc + 1];
            const nf = C[pc + 3];
            const a = heapAlloc(p, 3 + nf);
            W[a] = ((2 + nf) << 6) | Box.FUN;
            W[a + 1] = mkSmall(idx);
            W[a + 2] = p.pid;
            for (let i = 0; i < nf; i++) W[a + 3 + i] = getSrc(p, C[pc + 4 + i]);
            setDst(p, C[pc + 2], (a << 2) | 2);
            pc += 4 + nf;
            continue;
          }
          case 112: // apply Arity: x[Arity] = Module, x[Arity+1] = Function
          case 113: {
            // apply_last Arity Dealloc
            const ar = C[pc + 1];
            const m = X[ar];
            const f = X[ar + 1];
            if ((m & 0x3f) !== 0x0b || (f & 0x3f) !== 0x0b) {
              fail(p, atom(A.badarg));
              p.excPc = pc;
              pc = -1;
              break;
            }
            const target = resolveMfa(p, m, f, ar);
            if (target === 0) {
              p.excPc = pc;
              pc = -1;
              break;
            }
            if (op === 112) {
              p.cp = pc + 2;
            } else {
              const s = p.stop;
              p.cp = W[s] >>> 2;
              p.stop = s + C[pc + 2] + 1;
            }
            pc = target;
            if (--reds <= 0) return yieldAt(p, pc, ar);
            continue;
          }
          case 94: // fclearerror
            pc += 1;
            continue;
          case 95: // fcheckerror Fail
            pc += 2;
            continue;
          case 96: // fmove Src(term) FR
            FR[C[pc + 2]] = wordsToFloat((getSrc(p, C[pc + 1]) >>> 2) + 1);
            pc += 3;
            continue;
          case IOp.fmove_from_fr: // fmove FR Dst
            setDst(p, C[pc + 2], boxFloat(p, FR[C[pc + 1]]));
            pc += 3;
            continue;
          case 97: {
            // fconv Src FR
            const v = toDouble(getSrc(p, C[pc + 1]));
            if (v !== v || v === Infinity || v === -Infinity) {
              fail(p, atom(A.badarith));
              p.excPc = pc;
              pc = -1;
              break;
            }
            FR[C[pc + 2]] = v;
            pc += 3;
            continue;
          }
          case 98: // fadd Fail A B Dst
          case 99:
          case 100:
          case 101: {
            const x = FR[C[pc + 2]];
            const y = FR[C[pc + 3]];
            const r = op === 98 ? x + y : op === 99 ? x - y : op === 100 ? x * y : x / y;
            if (r !== r || r === Infinity || r === -Infinity) {
              fail(p, atom(A.badarith));
              p.excPc = pc;
              pc = -1;
              break;
            }
            FR[C[pc + 4]] = r;
            pc += 5;
            continue;
          }
          case 102: // fnegate Fail A Dst
            FR[C[pc + 3]] = -FR[C[pc + 2]];
            pc += 4;
            continue;
          case 136: {
            // trim N Remaining
            const n = C[pc + 1];
            const s = p.stop;
            W[s + n] = W[s];
            p.stop = s + n;
            pc += 3;
            continue;
          }
          case 172: {
            // init_yregs [Y...]
            const n = C[pc + 1];
            for (let i = 0; i < n; i++) setDst(p, C[pc + 2 + i], NIL);
            pc += 2 + n;
            continue;
          }
          case 173: // recv_marker_bind Marker Ref
          case 174: // recv_marker_clear Ref
          case 176: // recv_marker_use Ref
            pc += op === 173 ? 3 : 2;
            continue;
          case 175: // recv_marker_reserve Dst
            setDst(p, C[pc + 1], mkSmall(0));
            pc += 2;
            continue;
          case 150: // recv_mark Label (OTP 21): a hint only
          case 151: // recv_set Label
            pc += 2;
            continue;
          case 149: // on_load
          case 179: // nif_start
          case 1:
            pc += 1;
            continue;
          case IOp.exit_normal:
            p.exitReason = atom(A.normal);
            p.pc = pc;
            return RunResult.EXIT;
          default:
            if (op >= 79 && op <= 93 || op >= 109 && op <= 111 || op >= 116 && op <= 123 || op >= 126 && op <= 128 ||
                op >= 130 && op <= 135 || op >= 137 && op <= 148 || op >= 165 && op <= 168 || op === 170 || op === 177 ||
                op === 182) {
              pc = bsOp(p, op, pc);
              if (pc < 0) {
                pc = -1;
                break;
              }
              continue;
            }
            if (op === 154 || op === 155 || op === 157 || op === 158 || op === 181) {
              pc = mapOp(p, op, pc);
              if (pc < 0) {
                pc = -1;
                break;
              }
              continue;
            }
            fail(p, atom(A.badopcode));
            p.excReason = mkTuple2(p, atom(A.badopcode), mkSmall(op));
            p.excPc = pc;
            pc = -1;
            break;
        }
        // an exception is pending (pc === -1)
        pc = unwind(p);
        if (pc < 0) {
          p.pc = 0;
          return RunResult.EXIT;
        }
      }
    } catch (e) {
      if (e !== OOM) throw e;
      // out of memory: the process dies, everyone else goes on
      p.excClass = atom(A.error);
      p.excReason = atom(A.out_of_memory);
      p.excTrace = NIL;
      p.exitReason = atom(A.out_of_memory);
      p.pc = 0;
      return RunResult.EXIT;
    }
  }
}

function yieldAt(p: Process, pc: number, live: number): number {
  if (live > 255) live = 255;
  p.pc = pc;
  p.live = live;
  let xs = p.xsave;
  if (xs === null || xs.length < live) xs = p.xsave = new Int32Array(live < 8 ? 8 : live);
  for (let i = 0; i < live; i++) xs[i] = X[i];
  p.status = PStatus.RUNNABLE;
  return RunResult.YIELD;
}

/** A BIF instruction naming a native we do not have: undef with the {M, F, Args} frame. */
function undefNative(p: Process, imp: number, n: number): number {
  for (let i = 0; i < n; i++) X[i] = BA[i];
  p.excArgs = mkTuple3(p, (code.impM[imp] << 6) | 0x0b, (code.impF[imp] << 6) | 0x0b, argList(p, n));
  fail(p, atom(A.undef));
  p.excMfa = -3;
  return NONE;
}

export { argList, numAdd, numSub, numMul, isFloat, boxFloat, toDouble, listLength, typeTest, mkTuple3, buildStacktrace, raiseAt, badarg };
