// State of the running time slice, shared by the interpreter loop (interp.ts) and the instruction
// handlers (ops_*.ts). A handler takes (p, pc) and returns the next pc, RAISE after setting an
// exception in p, or STOP after storing the slice's result in R[RES] (yield, wait, exit).
import { X } from './regs';
import { Process, PStatus } from './process';

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

export const RAISE = -1;
export const STOP = -2;

/** R[REDS]: reductions left in the slice; R[RES]: its result once a handler returned STOP. */
export const R = new Int32Array(2);
export const REDS = 0;
export const RES = 1;

export type Handler = (p: Process, pc: number) => number;

/** Marks the exception already set in p as raised at pc. */
export function raised(p: Process, pc: number): number {
  p.excPc = pc;
  return RAISE;
}

/** Ends the slice with the process runnable at pc, `live` x registers saved. */
export function yieldAt(p: Process, pc: number, live: number): number {
  if (live > 255) live = 255;
  p.pc = pc;
  p.live = live;
  let xs = p.xsave;
  if (xs === null || xs.length < live) xs = p.xsave = new Int32Array(live < 8 ? 8 : live);
  for (let i = 0; i < live; i++) xs[i] = X[i];
  p.status = PStatus.RUNNABLE;
  R[RES] = RunResult.YIELD;
  return STOP;
}

/** Ends the slice waiting in receive at `pc` (no x register is live there). */
export function waitAt(p: Process, pc: number, status: PStatus): number {
  p.pc = pc;
  p.live = 0;
  p.status = status;
  R[RES] = RunResult.WAIT;
  return STOP;
}

/** Ends the slice with the process exiting (its reason already set). */
export function exitAt(p: Process, pc: number): number {
  p.pc = pc;
  R[RES] = RunResult.EXIT;
  return STOP;
}

/** Counts one reduction: the next pc, or STOP when the slice is used up. */
export function tick(p: Process, pc: number, live: number): number {
  return --R[REDS] <= 0 ? yieldAt(p, pc, live) : pc;
}
