// Map instructions (placeholder until the real implementation lands).
import { Process } from './process';
import { fail } from './natives';
import { mkSmall } from './term';
import { atomTerm } from './atoms';
import { mkTuple2 } from './exceptions';

/** Executes map instruction `op` at pc; returns the next pc, or -1 with an exception set. */
export function mapOp(p: Process, op: number, pc: number): number {
  fail(p, mkTuple2(p, atomTerm('badopcode'), mkSmall(op)));
  p.excPc = pc;
  return -1;
}
