// Late binding of calls: imports and apply targets are resolved on first use, loading the
// module from the VM's archives on demand (as AtomVM does); a missing function raises undef.
import { Process } from './process';
import * as code from './code';
import { atomName } from './atoms';
import { hooks } from './hooks';
import { fail, nativeFind } from './natives';
import { A, atom } from './term';
import { mkTuple3, argList } from './exceptions';

/** Code offset of M:F/Arity, loading M if needed; 0 after raising undef (args in x[0..arity)). */
export function resolveMfa(p: Process, m: number, f: number, arity: number): number {
  const mi = m >>> 6;
  const fi = f >>> 6;
  let off = code.exportFind(mi, fi, arity);
  if (off === 0 && code.moduleFind(atomName(mi)) === null && hooks.loadModule(atomName(mi))) off = code.exportFind(mi, fi, arity);
  if (off !== 0) return off;
  const nat = nativeFind(mi, fi, arity);
  if (nat >= 0) return nativeStub(mi, fi, arity, nat);
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

/**
 * A native reached through a fun or apply gets a tiny code stub, `call_ext_only Arity Import`,
 * registered as the export so later lookups find it directly.
 */
function nativeStub(m: number, f: number, arity: number, nat: number): number {
  const imp = code.importAdd(m, f, arity, nat);
  const off = code.codeTop;
  code.codeEmit(78);
  code.codeEmit(arity);
  code.codeEmit(imp);
  code.codeFlush();
  code.exportAdd(m, f, arity, off);
  return off;
}
