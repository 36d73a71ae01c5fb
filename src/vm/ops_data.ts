// Instruction handlers for moves, lists, tuples, tests, jumps, exceptions and floats (see
// slice.ts for the handler convention). One small function per instruction: Espruino lexes a
// called function's whole body on every call.
//
// The most frequent handlers read and write their operands inline instead of through getSrc and
// setDst (regs.ts): on Espruino a call costs ~15 us, more than the whole expression, and those
// calls were most of an instruction's time. The pattern, for an operand word s:
//   read:  (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3]
//   write: if ((d & 4) !== 0) W[p.stop + 1 + (d >> 3)] = v; else X[d >> 3] = v;
import { W, floatToWords, wordsToFloat } from './memory';
import { C } from './code'; // live binding: the code space grows when modules load on demand
import { Process } from './process';
import { X, FR, getSrc, setDst } from './regs';
import { heapAlloc } from './heap';
import { fail } from './natives';
import { A, atom, NIL, NONE, Box, mkSmall, mkCatch, TRUE, FALSE } from './term';
import { compareTerms, exactEq, arithEq } from './compare';
import { bsOp } from './ops_bits';
import { mapOp } from './ops_maps';
import { mkTuple2 } from './exceptions';
import { funTermArity } from './ops_call';
import { RAISE, raised } from './slice';

/** Tag of the box a term points to, or -1 when it is not boxed. */
function boxTag(v: number): number {
  return (v & 3) === 2 ? W[v >>> 2] & 0x3f : -1;
}

export function isFloat(t: number): boolean {
  return boxTag(t) === Box.FLOAT;
}

export function boxFloat(p: Process, x: number): number {
  const a = heapAlloc(p, 3);
  W[a] = (2 << 6) | Box.FLOAT;
  floatToWords(x, a + 1);
  return (a << 2) | 2;
}

/** Value of an integer term (as a double when it is a bignum); NaN when not an integer. */
export function integerValue(t: number): number {
  if ((t & 0xf) === 0xf) return t >> 4;
  const tag = boxTag(t);
  if (tag !== Box.POS_BIG && tag !== Box.NEG_BIG) return NaN;
  const a = t >>> 2;
  let v = 0;
  for (let i = W[a] >>> 6; i >= 1; i--) v = v * 4294967296 + (W[a + i] >>> 0);
  return tag === Box.NEG_BIG ? -v : v;
}

/** Numeric value of a number term as a double (for fconv); NaN when not a number. */
function toDouble(t: number): number {
  return isFloat(t) ? wordsToFloat((t >>> 2) + 1) : integerValue(t);
}

// ---------------------------------------------------------------- no-ops

// label, on_load, nif_start, fclearerror, build_stacktrace (the trace is built lazily)
export function opNop0(p: Process, pc: number): number {
  return pc + 1;
}
// recv_marker_clear Ref, recv_marker_use Ref, recv_mark Label, recv_set Label, fcheckerror Fail
export function opNop1(p: Process, pc: number): number {
  return pc + 2;
}
// recv_marker_bind Marker Ref
export function opNop2(p: Process, pc: number): number {
  return pc + 3;
}

// ---------------------------------------------------------------- moves, lists, tuples

// move Src Dst
export function opMove(p: Process, pc: number): number {
  const s = C[pc + 1];
  const v = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
  const d = C[pc + 2];
  if ((d & 4) !== 0) W[p.stop + 1 + (d >> 3)] = v;
  else X[d >> 3] = v;
  return pc + 3;
}

// swap A B
export function opSwap(p: Process, pc: number): number {
  const a = getSrc(p, C[pc + 1]);
  setDst(p, C[pc + 1], getSrc(p, C[pc + 2]));
  setDst(p, C[pc + 2], a);
  return pc + 3;
}

// init Y
export function opInit(p: Process, pc: number): number {
  setDst(p, C[pc + 1], NIL);
  return pc + 2;
}

// init_yregs [Y...]
export function opInitYregs(p: Process, pc: number): number {
  const n = C[pc + 1];
  for (let i = 0; i < n; i++) setDst(p, C[pc + 2 + i], NIL);
  return pc + 2 + n;
}

// get_list Src Head Tail
export function opGetList(p: Process, pc: number): number {
  const s = C[pc + 1];
  const l = ((s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3]) >>> 2;
  const h = W[l];
  const t = W[l + 1];
  let d = C[pc + 2];
  if ((d & 4) !== 0) W[p.stop + 1 + (d >> 3)] = h;
  else X[d >> 3] = h;
  d = C[pc + 3];
  if ((d & 4) !== 0) W[p.stop + 1 + (d >> 3)] = t;
  else X[d >> 3] = t;
  return pc + 4;
}

// get_hd Src Dst
export function opGetHd(p: Process, pc: number): number {
  setDst(p, C[pc + 2], W[getSrc(p, C[pc + 1]) >>> 2]);
  return pc + 3;
}

// get_tl Src Dst
export function opGetTl(p: Process, pc: number): number {
  setDst(p, C[pc + 2], W[(getSrc(p, C[pc + 1]) >>> 2) + 1]);
  return pc + 3;
}

// put_list Head Tail Dst
export function opPutList(p: Process, pc: number): number {
  const a = heapAlloc(p, 2);
  let s = C[pc + 1];
  W[a] = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
  s = C[pc + 2];
  W[a + 1] = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
  const d = C[pc + 3];
  if ((d & 4) !== 0) W[p.stop + 1 + (d >> 3)] = (a << 2) | 1;
  else X[d >> 3] = (a << 2) | 1;
  return pc + 4;
}

// get_tuple_element Src Index Dst
export function opGetTupleElement(p: Process, pc: number): number {
  const s = C[pc + 1];
  const v = W[(((s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3]) >>> 2) + 1 + C[pc + 2]];
  const d = C[pc + 3];
  if ((d & 4) !== 0) W[p.stop + 1 + (d >> 3)] = v;
  else X[d >> 3] = v;
  return pc + 4;
}

// set_tuple_element Val Tuple Index
export function opSetTupleElement(p: Process, pc: number): number {
  W[(getSrc(p, C[pc + 2]) >>> 2) + 1 + C[pc + 3]] = getSrc(p, C[pc + 1]);
  return pc + 4;
}

// put_tuple Arity Dst, followed by Arity `put Src` instructions
export function opPutTuple(p: Process, pc: number): number {
  const n = C[pc + 1];
  const a = heapAlloc(p, n + 1);
  W[a] = n << 6;
  setDst(p, C[pc + 2], (a << 2) | 2);
  pc += 3;
  for (let i = 1; i <= n; i++) {
    W[a + i] = getSrc(p, C[pc + 1]);
    pc += 2;
  }
  return pc;
}

// put_tuple2 Dst [Elements]
export function opPutTuple2(p: Process, pc: number): number {
  const n = C[pc + 2];
  const a = heapAlloc(p, n + 1);
  W[a] = n << 6;
  for (let i = 0; i < n; i++) W[a + 1 + i] = getSrc(p, C[pc + 3 + i]);
  setDst(p, C[pc + 1], (a << 2) | 2);
  return pc + 3 + n;
}

// ---------------------------------------------------------------- comparisons and type tests

// is_lt Fail A B
export function opIsLt(p: Process, pc: number): number {
  const a = getSrc(p, C[pc + 2]);
  const b = getSrc(p, C[pc + 3]);
  const ok = (a & b & 0xf) === 0xf ? (a >> 4) < (b >> 4) : compareTerms(a, b) < 0;
  return ok ? pc + 4 : C[pc + 1];
}

// is_ge Fail A B
export function opIsGe(p: Process, pc: number): number {
  const a = getSrc(p, C[pc + 2]);
  const b = getSrc(p, C[pc + 3]);
  const ok = (a & b & 0xf) === 0xf ? (a >> 4) >= (b >> 4) : compareTerms(a, b) >= 0;
  return ok ? pc + 4 : C[pc + 1];
}

// is_eq Fail A B (arithmetic equality: 1 == 1.0)
export function opIsEq(p: Process, pc: number): number {
  return isEq(p, pc) ? pc + 4 : C[pc + 1];
}
// is_ne Fail A B
export function opIsNe(p: Process, pc: number): number {
  return isEq(p, pc) ? C[pc + 1] : pc + 4;
}
function isEq(p: Process, pc: number): boolean {
  const a = getSrc(p, C[pc + 2]);
  const b = getSrc(p, C[pc + 3]);
  return a === b || ((a & b & 0xf) !== 0xf && arithEq(a, b));
}

// is_eq_exact Fail A B
export function opIsEqExact(p: Process, pc: number): number {
  let s = C[pc + 2];
  const a = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
  s = C[pc + 3];
  const b = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
  return a === b || ((a & b & 0xf) !== 0xf && exactEq(a, b)) ? pc + 4 : C[pc + 1];
}
// is_ne_exact Fail A B
export function opIsNeExact(p: Process, pc: number): number {
  const a = getSrc(p, C[pc + 2]);
  const b = getSrc(p, C[pc + 3]);
  return a === b || ((a & b & 0xf) !== 0xf && exactEq(a, b)) ? C[pc + 1] : pc + 4;
}

/** Operand of a type test `is_x Fail Src`. */
function arg1(p: Process, pc: number): number {
  return getSrc(p, C[pc + 2]);
}
/** Where a type test goes: past it when ok, else to its Fail label. */
function to(pc: number, ok: boolean): number {
  return ok ? pc + 3 : C[pc + 1];
}

export function opIsInteger(p: Process, pc: number): number {
  const v = arg1(p, pc);
  const tg = boxTag(v);
  return to(pc, (v & 0xf) === 0xf || tg === Box.POS_BIG || tg === Box.NEG_BIG);
}
export function opIsFloat(p: Process, pc: number): number {
  return to(pc, isFloat(arg1(p, pc)));
}
export function opIsNumber(p: Process, pc: number): number {
  const v = arg1(p, pc);
  const tg = boxTag(v);
  return to(pc, (v & 0xf) === 0xf || tg === Box.POS_BIG || tg === Box.NEG_BIG || tg === Box.FLOAT);
}
export function opIsAtom(p: Process, pc: number): number {
  return to(pc, (arg1(p, pc) & 0x3f) === 0x0b);
}
export function opIsPid(p: Process, pc: number): number {
  return to(pc, (arg1(p, pc) & 0xf) === 0x3);
}
export function opIsReference(p: Process, pc: number): number {
  return to(pc, boxTag(arg1(p, pc)) === Box.REF);
}
export function opIsPort(p: Process, pc: number): number {
  return to(pc, (arg1(p, pc) & 0xf) === 0x7);
}
export function opIsNil(p: Process, pc: number): number {
  const s = C[pc + 2];
  return ((s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3]) === NIL ? pc + 3 : C[pc + 1];
}
export function opIsBinary(p: Process, pc: number): number {
  const v = arg1(p, pc);
  const tg = boxTag(v);
  return to(pc, tg === Box.HEAP_BIN || tg === Box.REFC_BIN || (tg === Box.SUB_BIN && (W[(v >>> 2) + 2] & 7) === 0));
}
export function opIsList(p: Process, pc: number): number {
  const v = arg1(p, pc);
  return to(pc, v === NIL || (v & 3) === 1);
}
export function opIsNonemptyList(p: Process, pc: number): number {
  const s = C[pc + 2];
  return (((s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3]) & 3) === 1 ? pc + 3 : C[pc + 1];
}
export function opIsTuple(p: Process, pc: number): number {
  return to(pc, boxTag(arg1(p, pc)) === Box.TUPLE);
}
export function opIsFunction(p: Process, pc: number): number {
  const tg = boxTag(arg1(p, pc));
  return to(pc, tg === Box.FUN || tg === Box.EXPORT);
}
export function opIsBoolean(p: Process, pc: number): number {
  const v = arg1(p, pc);
  return to(pc, v === TRUE || v === FALSE);
}
export function opIsBitstr(p: Process, pc: number): number {
  const tg = boxTag(arg1(p, pc));
  return to(pc, tg === Box.HEAP_BIN || tg === Box.REFC_BIN || tg === Box.SUB_BIN);
}
export function opIsMap(p: Process, pc: number): number {
  const tg = boxTag(arg1(p, pc));
  return to(pc, tg === Box.MAP || tg === Box.HAMT);
}

// is_function2 Fail F Arity
export function opIsFunction2(p: Process, pc: number): number {
  const ar = getSrc(p, C[pc + 3]);
  const fa = funTermArity(getSrc(p, C[pc + 2]));
  return fa >= 0 && (ar & 0xf) === 0xf && fa === ar >> 4 ? pc + 4 : C[pc + 1];
}

// test_arity Fail Tuple Arity
export function opTestArity(p: Process, pc: number): number {
  const s = C[pc + 2];
  const t = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
  return W[t >>> 2] >>> 6 === C[pc + 3] ? pc + 4 : C[pc + 1];
}

// is_tagged_tuple Fail Src Arity Atom
export function opIsTaggedTuple(p: Process, pc: number): number {
  const s = C[pc + 2];
  const t = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
  return (t & 3) === 2 && W[t >>> 2] === C[pc + 3] << 6 && W[(t >>> 2) + 1] === C[pc + 4] ? pc + 5 : C[pc + 1];
}

// ---------------------------------------------------------------- jumps

// jump Label
export function opJump(p: Process, pc: number): number {
  return C[pc + 1];
}

// select_val Src Fail [Val Label ...]
export function opSelectVal(p: Process, pc: number): number {
  const s = C[pc + 1];
  const v = (s & 3) !== 0 ? s : (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
  const n = C[pc + 3];
  const base = pc + 4;
  if ((v & 3) === 3) {
    // an immediate: compare words
    for (let i = 0; i < n; i += 2) if (C[base + i] === v) return C[base + i + 1];
  } else {
    for (let i = 0; i < n; i += 2) if (exactEq(C[base + i], v)) return C[base + i + 1];
  }
  return C[pc + 2];
}

// select_tuple_arity Tuple Fail [Arity Label ...]
export function opSelectTupleArity(p: Process, pc: number): number {
  const v = getSrc(p, C[pc + 1]);
  if (boxTag(v) === Box.TUPLE) {
    const ar = W[v >>> 2] >>> 6;
    const n = C[pc + 3];
    const base = pc + 4;
    for (let i = 0; i < n; i += 2) if (C[base + i] >> 4 === ar || C[base + i] === ar) return C[base + i + 1];
  }
  return C[pc + 2];
}

// ---------------------------------------------------------------- exceptions

// catch Y CatchIndex, try Y CatchIndex
export function opCatch(p: Process, pc: number): number {
  setDst(p, C[pc + 1], mkCatch(C[pc + 2]));
  return pc + 3;
}

// catch_end Y: x0 is NONE when an exception was caught (class, reason, trace in x1..x3)
export function opCatchEnd(p: Process, pc: number): number {
  setDst(p, C[pc + 1], NIL);
  if (X[0] === NONE) {
    const cls = X[1];
    if (cls === atom(A.throw_)) X[0] = X[2];
    else if (cls === atom(A.error)) X[0] = mkTuple2(p, atom(A.EXIT), mkTuple2(p, X[2], X[3]));
    else X[0] = mkTuple2(p, atom(A.EXIT), X[2]);
  }
  return pc + 2;
}

// try_end Y
export function opTryEnd(p: Process, pc: number): number {
  setDst(p, C[pc + 1], NIL);
  return pc + 2;
}

// try_case Y: class, reason, trace move down to x0..x2
export function opTryCase(p: Process, pc: number): number {
  setDst(p, C[pc + 1], NIL);
  X[0] = X[1];
  X[1] = X[2];
  X[2] = X[3];
  return pc + 2;
}

function raiseWith(p: Process, pc: number, tag: number): number {
  fail(p, mkTuple2(p, atom(tag), getSrc(p, C[pc + 1])));
  return raised(p, pc);
}
// badmatch Val
export function opBadmatch(p: Process, pc: number): number {
  return raiseWith(p, pc, A.badmatch);
}
// case_end Val
export function opCaseEnd(p: Process, pc: number): number {
  return raiseWith(p, pc, A.case_clause);
}
// try_case_end Val
export function opTryCaseEnd(p: Process, pc: number): number {
  return raiseWith(p, pc, A.try_clause);
}
// badrecord Val
export function opBadrecord(p: Process, pc: number): number {
  return raiseWith(p, pc, A.badrecord);
}
// if_end
export function opIfEnd(p: Process, pc: number): number {
  fail(p, atom(A.if_clause));
  return raised(p, pc);
}

// raise Stacktrace Value (old): the class comes from the trace's exception
export function opRaise(p: Process, pc: number): number {
  p.excTrace = getSrc(p, C[pc + 1]);
  p.excReason = getSrc(p, C[pc + 2]);
  if (p.excClass === 0) p.excClass = atom(A.error);
  p.excPc = -1;
  return RAISE;
}

// raw_raise: x0 class, x1 reason, x2 trace; badarg in x0 when x0 is not a class
export function opRawRaise(p: Process, pc: number): number {
  const cls = X[0];
  if (cls !== atom(A.error) && cls !== atom(A.exit) && cls !== atom(A.throw_)) {
    X[0] = atom(A.badarg);
    return pc + 1;
  }
  p.excClass = cls;
  p.excReason = X[1];
  p.excTrace = X[2];
  p.excPc = -1;
  return RAISE;
}

// ---------------------------------------------------------------- floats

// fmove Src(term) FR
export function opFmove(p: Process, pc: number): number {
  FR[C[pc + 2]] = wordsToFloat((getSrc(p, C[pc + 1]) >>> 2) + 1);
  return pc + 3;
}

// fmove FR Dst (the loader's own opcode)
export function opFmoveFromFr(p: Process, pc: number): number {
  setDst(p, C[pc + 2], boxFloat(p, FR[C[pc + 1]]));
  return pc + 3;
}

function badarith(p: Process, pc: number): number {
  fail(p, atom(A.badarith));
  return raised(p, pc);
}

// fconv Src FR
export function opFconv(p: Process, pc: number): number {
  const v = toDouble(getSrc(p, C[pc + 1]));
  if (v !== v || v === Infinity || v === -Infinity) return badarith(p, pc);
  FR[C[pc + 2]] = v;
  return pc + 3;
}

// fadd, fsub, fmul, fdiv Fail A B Dst
export function opFarith(p: Process, pc: number): number {
  const op = C[pc];
  const x = FR[C[pc + 2]];
  const y = FR[C[pc + 3]];
  const r = op === 98 ? x + y : op === 99 ? x - y : op === 100 ? x * y : x / y;
  if (r !== r || r === Infinity || r === -Infinity) return badarith(p, pc);
  FR[C[pc + 4]] = r;
  return pc + 5;
}

// fnegate Fail A Dst
export function opFnegate(p: Process, pc: number): number {
  FR[C[pc + 3]] = -FR[C[pc + 2]];
  return pc + 4;
}

// ---------------------------------------------------------------- out of line, unknown

// bit syntax (ops_bits.ts)
export function opBits(p: Process, pc: number): number {
  const r = bsOp(p, C[pc], pc);
  return r < 0 ? RAISE : r;
}

// maps and update_record (ops_maps.ts)
export function opMaps(p: Process, pc: number): number {
  const r = mapOp(p, C[pc], pc);
  return r < 0 ? RAISE : r;
}

// an opcode the interpreter does not run
export function opBad(p: Process, pc: number): number {
  fail(p, atom(A.badopcode));
  p.excReason = mkTuple2(p, atom(A.badopcode), mkSmall(C[pc]));
  return raised(p, pc);
}
