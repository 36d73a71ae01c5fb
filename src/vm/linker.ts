// Late binding of calls: imports and apply targets are resolved on first use, loading the
// module from the VM's archives on demand (as AtomVM does); a missing function raises undef.
import { Process } from './process';
import * as code from './code';
import { atomName } from './atoms';
import { hooks } from './hooks';
import { fail } from './natives';
import { A, atom } from './term';
import { mkTuple3 } from './exceptions';
import { argList } from './interp';

/** Code offset of M:F/Arity, loading M if needed; 0 after raising undef (args in x[0..arity)). */
export function resolveMfa(p: Process, m: number, f: number, arity: number): number {
  const mi = m >>> 6;
  const fi = f >>> 6;
  let off = code.exportFind(mi, fi, arity);
  if (off === 0 && code.moduleFind(atomName(mi)) === null && hooks.loadModule(atomName(mi))) off = code.exportFind(mi, fi, arity);
  if (off !== 0) return off;
  p.excArgs = mkTuple3(p, m, f, argList(p, arity));
  fail(p, atom(A.undef));
  p.excMfa = -3;
  return 0;
}

/** Resolves import i (caching the result); 0 after raising undef. */
export function resolveImport(p: Process, i: number): number {
  const off = resolveMfa(p, (code.impM[i] << 6) | 0x0b, (code.impF[i] << 6) | 0x0b, code.impA[i]);
  if (off !== 0) code.impTarget[i] = off;
  return off;
}
