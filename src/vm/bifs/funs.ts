// Fun introspection BIFs: erlang:fun_info/1,2 and the external term size.
import { W } from '../memory';
import { Process } from '../process';
import { defNative, badarg } from '../natives';
import { A, atom, NIL, mkSmall } from '../term';
import { mkList } from './erlang';
import * as code from '../code';
import { Box, NONE } from '../term';
import { atomIntern } from '../atoms';
import { mkTuple2 } from '../exceptions';
import { etfEncodedSize } from '../ext_term';
import { intFromNumber } from '../arith';

function atomT(name: string): number {
  return (atomIntern(name) << 6) | 0x0b;
}

/** The value of erlang:fun_info(F, Item), or NONE for an unknown item. */
function funInfoItem(p: Process, f: number, item: number): number {
  const a = f >>> 2;
  const isLocal = (W[a] & 0x3f) === Box.FUN;
  const undef = atom(A.undefined);
  if (isLocal) {
    const i = W[a + 1] >> 4;
    const nfree = (W[a] >>> 6) - 2;
    switch (item) {
      case atom(A.module): return (code.modules[code.funMod[i]].atom << 6) | 0x0b;
      case atom(A.name): return (code.funName[i] << 6) | 0x0b;
      case atom(A.arity): return mkSmall(code.funArity[i]);
      case atom(A.env): {
        const items: number[] = [];
        for (let k = 0; k < nfree; k++) items.push(W[a + 3 + k]);
        return mkList(p, items, NIL);
      }
      case atom(A.type): return atom(A.local);
      case atom(A.index): return mkSmall(code.funOldIndex[i]);
      case atom(A.uniq): return intFromNumber(p, code.funUniq[i]);
      case atom(A.new_index): return mkSmall(code.funOldIndex[i]);
      case atom(A.pid): return W[a + 2];
      case atom(A.new_uniq): return undef;
    }
    return NONE;
  }
  switch (item) {
    case atom(A.module): return W[a + 1];
    case atom(A.name): return W[a + 2];
    case atom(A.arity): return W[a + 3];
    case atom(A.env): return NIL;
    case atom(A.type): return atom(A.external);
    case atom(A.index): case atom(A.uniq): case atom(A.new_index): case atom(A.new_uniq): case atom(A.pid): return undef;
  }
  return NONE;
}

function isFun(t: number): boolean {
  return (t & 3) === 2 && ((W[t >>> 2] & 0x3f) === Box.FUN || (W[t >>> 2] & 0x3f) === Box.EXPORT);
}

export function registerFunBifs(): void {
  defNative('erlang', 'fun_info', 2, function (p, a) {
    if (!isFun(a[0]) || (a[1] & 0x3f) !== 0x0b) return badarg(p);
    const v = funInfoItem(p, a[0], a[1]);
    return v === NONE ? badarg(p) : mkTuple2(p, a[1], v);
  });
  defNative('erlang', 'fun_info', 1, function (p, a) {
    if (!isFun(a[0])) return badarg(p);
    const local = (W[a[0] >>> 2] & 0x3f) === Box.FUN;
    const names = local
      ? ['pid', 'module', 'new_index', 'new_uniq', 'index', 'uniq', 'name', 'arity', 'env', 'type']
      : ['module', 'name', 'arity', 'env', 'type'];
    const items: number[] = [];
    for (let i = 0; i < names.length; i++) {
      const k = atomT(names[i]);
      items.push(mkTuple2(p, k, funInfoItem(p, a[0], k)));
    }
    return mkList(p, items, NIL);
  });
  defNative('erlang', 'is_function', 2, function (p, a) {
    if ((a[1] & 0xf) !== 0xf || a[1] >> 4 < 0) return badarg(p);
    if (!isFun(a[0])) return atom(A.false_);
    const w = a[0] >>> 2;
    const ar = (W[w] & 0x3f) === Box.FUN ? code.funArity[W[w + 1] >> 4] : W[w + 3] >> 4;
    return ar === a[1] >> 4 ? atom(A.true_) : atom(A.false_);
  });
  defNative('erlang', 'external_size', 1, function (p, a) {
    const n = etfEncodedSize(a[0]);
    return n < 0 ? badarg(p) : mkSmall(n);
  });
  defNative('erlang', 'external_size', 2, function (p, a) {
    const n = etfEncodedSize(a[0]);
    return n < 0 ? badarg(p) : mkSmall(n);
  });
}
