// Map instructions and update_record, executed out of line by the interpreter (interp.ts).
// Operand layout in the code space (module.ts): labels are absolute offsets (0 = none), `u`
// operands raw, lists a count followed by the elements.
//
//   154 put_map_assoc    Fail Src Dst Live [K1 V1 ...]   {badmap,Src} when Src is not a map
//   155 put_map_exact    Fail Src Dst Live [K1 V1 ...]   also {badkey,K} for a missing key
//   157 has_map_fields   Fail Src [K1 ...]               jumps to Fail unless every key is present
//   158 get_map_elements Fail Src [K1 D1 ...]            jumps to Fail unless every key is present
//   181 update_record    Hint Size Src Dst [I1 V1 ...]   (OTP 26) copy of the Size-tuple Src with
//                        element Ii (1-based) set to Vi; the heap was reserved by an earlier
//                        test_heap (the validator charges Size + 1 words), Hint is ignored.
//
// put_map_* may collect (Live registers are roots) before building; operands are read after.
import { W, wcopy } from './memory';
import { Process } from './process';
import * as code from './code';
import { X, getSrc, setDst } from './regs';
import { gc, heapAlloc } from './heap';
import { fail } from './natives';
import { A, atom, NONE } from './term';
import { mkTuple2 } from './exceptions';
import { isMap, mapSize, mapGet, mapPutMany, mapPutNeed, buildNeed, isFlatMap, MISSING_KEY, SMALL_MAX } from './maps';
import { setLength } from './arrays';

const KS: number[] = [];
const VS: number[] = [];

function raise(p: Process, pc: number, reason: number): number {
  fail(p, reason);
  p.excPc = pc;
  return -1;
}

function putMap(p: Process, pc: number, exact: boolean): number {
  const C = code.C;
  const failL = C[pc + 1];
  const live = C[pc + 4];
  const n = C[pc + 5];
  const base = pc + 6;
  const next = base + n;
  let src = getSrc(p, C[pc + 2]);
  if (!isMap(src)) {
    if (failL !== 0) return failL;
    return raise(p, pc, mkTuple2(p, atom(A.badmap), src));
  }
  const pairs = n >> 1;
  let need: number;
  if (exact && isFlatMap(src)) need = mapSize(src) + 2;
  else if (isFlatMap(src)) {
    const total = mapSize(src) + pairs;
    need = total <= SMALL_MAX ? 2 * total + 3 : buildNeed(total);
  } else {
    need = 8;
    for (let i = 0; i < pairs; i++) need += mapPutNeed(src, getSrc(p, C[base + 2 * i]));
  }
  need += 3; // a {badkey, K} tuple
  if (p.htop + need > p.hend) {
    gc(p, need, X, live);
    src = getSrc(p, C[pc + 2]);
  }
  setLength(KS, 0);
  setLength(VS, 0);
  for (let i = 0; i < pairs; i++) {
    KS.push(getSrc(p, C[base + 2 * i]));
    VS.push(getSrc(p, C[base + 2 * i + 1]));
  }
  const r = mapPutMany(p, src, KS, VS, exact);
  setLength(KS, 0);
  setLength(VS, 0);
  if (r === NONE) {
    if (failL !== 0) return failL;
    return raise(p, pc, mkTuple2(p, atom(A.badkey), MISSING_KEY));
  }
  setDst(p, C[pc + 3], r);
  return next;
}

function hasMapFields(p: Process, pc: number): number {
  const C = code.C;
  const src = getSrc(p, C[pc + 2]);
  const n = C[pc + 3];
  if (!isMap(src)) return C[pc + 1];
  for (let i = 0; i < n; i++) {
    if (mapGet(src, getSrc(p, C[pc + 4 + i])) === NONE) return C[pc + 1];
  }
  return pc + 4 + n;
}

function getMapElements(p: Process, pc: number): number {
  const C = code.C;
  const src = getSrc(p, C[pc + 2]);
  const n = C[pc + 3];
  const base = pc + 4;
  if (!isMap(src)) return C[pc + 1];
  // look every key up before writing any destination (a destination may be a later key's register)
  setLength(VS, 0);
  for (let i = 0; i < n; i += 2) {
    const v = mapGet(src, getSrc(p, C[base + i]));
    if (v === NONE) {
      setLength(VS, 0);
      return C[pc + 1];
    }
    VS.push(v);
  }
  for (let i = 0; i < n; i += 2) setDst(p, C[base + i + 1], VS[i >> 1]);
  setLength(VS, 0);
  return base + n;
}

function updateRecord(p: Process, pc: number): number {
  const C = code.C;
  const size = C[pc + 2];
  const src = getSrc(p, C[pc + 3]);
  const n = C[pc + 5];
  const base = pc + 6;
  const sa = src >>> 2;
  const arity = W[sa] >>> 6;
  const b = heapAlloc(p, arity + 1);
  wcopy(b, sa, arity + 1);
  for (let i = 0; i < n; i += 2) {
    const w = C[base + i];
    // indexes are `u` operands (raw); a tagged small would exceed any valid index
    const idx = w <= size ? w : w >> 4;
    if (idx >= 1 && idx <= arity) W[b + idx] = getSrc(p, C[base + i + 1]);
  }
  setDst(p, C[pc + 4], (b << 2) | 2);
  return base + n;
}

/** Executes map instruction `op` at pc; returns the next pc, or -1 with an exception set. */
export function mapOp(p: Process, op: number, pc: number): number {
  switch (op) {
    case 154:
      return putMap(p, pc, false);
    case 155:
      return putMap(p, pc, true);
    case 157:
      return hasMapFields(p, pc);
    case 158:
      return getMapElements(p, pc);
    case 181:
      return updateRecord(p, pc);
  }
  return raise(p, pc, mkTuple2(p, atom(A.badopcode), (op << 4) | 0xf));
}
