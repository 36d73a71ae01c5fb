// Machine registers shared by the interpreter and the out-of-line instruction handlers.
// Operand encoding in the code space: a word with low bits 00 is a register —
// x(n) = n << 3, y(n) = (n << 3) | 4 — any other word is the term itself (atom, small integer,
// nil, or a boxed pointer into a module's literal area).
import { W } from './memory';
import { Process } from './process';

export const MAX_X = 1024;
export const X = new Int32Array(MAX_X + 4);
export const FR = new Float64Array(256);

/** Value of a source operand (y registers are relative to p.stop). */
export function getSrc(p: Process, s: number): number {
  if ((s & 3) !== 0) return s;
  return (s & 4) !== 0 ? W[p.stop + 1 + (s >> 3)] : X[s >> 3];
}

/** Stores v in a destination register operand. */
export function setDst(p: Process, d: number, v: number): void {
  if ((d & 4) !== 0) W[p.stop + 1 + (d >> 3)] = v;
  else X[d >> 3] = v;
}
