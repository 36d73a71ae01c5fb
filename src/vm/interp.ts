// The interpreter: runs the compact code (code.ts) of one process for a time slice. Each
// instruction has its own small handler (ops_call.ts, ops_recv.ts, ops_data.ts; bit syntax and
// maps in ops_bits.ts, ops_maps.ts), found through a table indexed by opcode: on Espruino, which
// lexes a called function's whole body and walks a switch case by case, a table of small handlers
// dispatches ~27x faster than one big switch (measured), and V8 optimizes each handler alone.
import { X } from './regs';
import { C } from './code'; // live binding: the code space grows when modules load on demand
import { OOM } from './heap';
import { Process, PStatus } from './process';
import { A, atom, NIL } from './term';
import { unwind } from './exceptions';
import { Handler, IOp, R, REDS, RES, STOP, RunResult } from './slice';
import * as K from './ops_call';
import * as Q from './ops_recv';
import * as D from './ops_data';

export const REDUCTIONS = 2000;

/** Handler of each opcode (OTP's generic numbering, plus the loader's own in IOp). */
const OPS: Handler[] = [];

function on(ops: number[], h: Handler): void {
  for (let i = 0; i < ops.length; i++) OPS[ops[i]] = h;
}
function onRange(lo: number, hi: number, h: Handler): void {
  for (let op = lo; op <= hi; op++) OPS[op] = h;
}

onRange(0, 255, D.opBad);
on([1, 149, 160, 179, 94], D.opNop0);
on([95, 150, 151, 174, 176], D.opNop1);
on([173], D.opNop2);
// calls and frames
on([2], K.opFuncInfo);
on([4], K.opCall);
on([5], K.opCallLast);
on([6], K.opCallOnly);
on([7, 8, 78], K.opCallExt);
on([9], K.opBif0);
on([10, 11, 185], K.opBif);
on([124, 152], K.opGcBif);
on([125], K.opGcBif2);
on([12, 14], K.opAllocate);
on([13, 15], K.opAllocateHeap);
on([16], K.opTestHeap);
on([18], K.opDeallocate);
on([19], K.opReturn);
on([136], K.opTrim);
on([75, 178], K.opCallFun);
on([112, 113], K.opApply);
on([103], K.opMakeFun2);
on([171], K.opMakeFun3);
on([IOp.exit_normal], K.opExitNormal);
// messages
on([20], Q.opSend);
on([21], Q.opRemoveMessage);
on([22], Q.opTimeout);
on([23], Q.opLoopRec);
on([24], Q.opLoopRecEnd);
on([25], Q.opWait);
on([26], Q.opWaitTimeout);
on([175], Q.opRecvMarkerReserve);
// data, tests, jumps
on([17], D.opInit);
on([172], D.opInitYregs);
on([64], D.opMove);
on([169], D.opSwap);
on([65], D.opGetList);
on([162], D.opGetHd);
on([163], D.opGetTl);
on([69], D.opPutList);
on([66], D.opGetTupleElement);
on([67], D.opSetTupleElement);
on([70], D.opPutTuple);
on([164], D.opPutTuple2);
on([39], D.opIsLt);
on([40], D.opIsGe);
on([41], D.opIsEq);
on([42], D.opIsNe);
on([43], D.opIsEqExact);
on([44], D.opIsNeExact);
on([45], D.opIsInteger);
on([46], D.opIsFloat);
on([47], D.opIsNumber);
on([48], D.opIsAtom);
on([49], D.opIsPid);
on([50], D.opIsReference);
on([51], D.opIsPort);
on([52], D.opIsNil);
on([53], D.opIsBinary);
on([55], D.opIsList);
on([56], D.opIsNonemptyList);
on([57], D.opIsTuple);
on([77], D.opIsFunction);
on([114], D.opIsBoolean);
on([129], D.opIsBitstr);
on([156], D.opIsMap);
on([115], D.opIsFunction2);
on([58], D.opTestArity);
on([159], D.opIsTaggedTuple);
on([61], D.opJump);
on([59], D.opSelectVal);
on([60], D.opSelectTupleArity);
// exceptions
on([62, 104], D.opCatch);
on([63], D.opCatchEnd);
on([105], D.opTryEnd);
on([106], D.opTryCase);
on([72], D.opBadmatch);
on([73], D.opIfEnd);
on([74], D.opCaseEnd);
on([107], D.opTryCaseEnd);
on([180], D.opBadrecord);
on([108], D.opRaise);
on([161], D.opRawRaise);
// floats
on([96], D.opFmove);
on([IOp.fmove_from_fr], D.opFmoveFromFr);
on([97], D.opFconv);
on([98, 99, 100, 101], D.opFarith);
on([102], D.opFnegate);
// bit syntax and maps, out of line
onRange(79, 93, D.opBits);
onRange(109, 111, D.opBits);
onRange(116, 123, D.opBits);
onRange(126, 128, D.opBits);
onRange(130, 135, D.opBits);
onRange(137, 148, D.opBits);
onRange(165, 168, D.opBits);
on([170, 177, 182], D.opBits);
on([154, 155, 157, 158, 181], D.opMaps);

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
  R[REDS] = reds;
  const ops = OPS;
  for (;;) {
    try {
      for (;;) {
        pc = ops[C[pc]](p, pc);
        if (pc < 0) {
          if (pc === STOP) return R[RES];
          // an exception is pending
          pc = unwind(p);
          if (pc < 0) {
            p.pc = 0;
            return RunResult.EXIT;
          }
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

export { prepareFunCall, funTermArity, setArithNatives } from './ops_call';
