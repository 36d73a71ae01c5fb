// Process-related BIFs needed by sequential programs (spawn, send, registered names, exit).
// The concurrency issue extends this file with links, monitors, timers and process_info.
import { W } from '../memory';
import { Process } from '../process';
import { defNative, badarg, fail, raise } from '../natives';
import { A, atom, NIL, TRUE, FALSE, mkSmall } from '../term';
import * as sched from '../scheduler';
import { exportFind } from '../code';
import { hooks } from '../hooks';
import { listLen, mkList } from './erlang';
import { prepareFunCall } from '../interp';
import { X } from '../regs';

function spawnMfa(p: Process, m: number, f: number, args: number): number {
  const n = listLen(args);
  if ((m & 0x3f) !== 0x0b || (f & 0x3f) !== 0x0b || n < 0) return badarg(p);
  let off = exportFind(m >>> 6, f >>> 6, n);
  if (off === 0) {
    // load on demand; an undefined function makes the new process fail with undef
    hooks.loadModule(atomNameOf(m));
    off = exportFind(m >>> 6, f >>> 6, n);
  }
  const av: number[] = [];
  let l = args;
  while (l !== NIL) {
    av.push(W[l >>> 2]);
    l = W[(l >>> 2) + 1];
  }
  if (off === 0) return badarg(p);
  const q = sched.spawnAt(off, av, n, 0);
  if (q === null) return fail(p, atom(A.system_limit));
  return q.pid;
}

import { atomName } from '../atoms';
function atomNameOf(t: number): string {
  return atomName(t >>> 6);
}

export function registerProcessBifs(): void {
  const E = 'erlang';
  defNative(E, 'spawn', 3, function (p, a) { return spawnMfa(p, a[0], a[1], a[2]); });
  defNative(E, 'send', 2, function (p, a) { return hooks.send(p, a[0], a[1]); });
  defNative(E, '!', 2, function (p, a) { return hooks.send(p, a[0], a[1]); });
  defNative(E, 'register', 2, function (p, a) {
    if ((a[0] & 0x3f) !== 0x0b || (a[1] & 0xf) !== 3 || a[0] === atom(A.undefined)) return badarg(p);
    if (sched.processById(a[1] >>> 4) === null) return badarg(p);
    return sched.registerName(a[0], a[1]) ? TRUE : badarg(p);
  });
  defNative(E, 'unregister', 1, function (p, a) {
    if ((a[0] & 0x3f) !== 0x0b) return badarg(p);
    return sched.unregisterName(a[0]) ? TRUE : badarg(p);
  });
  defNative(E, 'whereis', 1, function (p, a) {
    if ((a[0] & 0x3f) !== 0x0b) return badarg(p);
    const q = sched.whereis(a[0]);
    return q === null ? atom(A.undefined) : q.pid;
  });
  defNative(E, 'registered', 0, function (p) { return mkList(p, sched.registeredNames(), NIL); });
  defNative(E, 'is_process_alive', 1, function (p, a) {
    if ((a[0] & 0xf) !== 3) return badarg(p);
    return sched.processById(a[0] >>> 4) !== null ? TRUE : FALSE;
  });
  defNative(E, 'apply', 2, function (p, a) {
    const n = listLen(a[1]);
    if (n < 0) return badarg(p);
    const f = a[0];
    let l = a[1];
    for (let i = 0; i < n; i++) {
      X[i] = W[l >>> 2];
      l = W[(l >>> 2) + 1];
    }
    const target = prepareFunCall(p, f, n);
    if (target === 0) return 0;
    p.excClass = 0;
    p.trapPc = target;
    return 0;
  });
  defNative(E, 'apply', 3, function (p, a) {
    const n = listLen(a[2]);
    const m = a[0];
    const f = a[1];
    if (n < 0 || (m & 0x3f) !== 0x0b || (f & 0x3f) !== 0x0b) return badarg(p);
    let l = a[2];
    for (let i = 0; i < n; i++) {
      X[i] = W[l >>> 2];
      l = W[(l >>> 2) + 1];
    }
    const target = resolveMfa(p, m, f, n);
    if (target === 0) return 0;
    p.excClass = 0;
    p.trapPc = target;
    return 0;
  });
}

import { resolveMfa } from '../linker';

// ---- funs --------------------------------------------------------------------------------
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
  defNative('erlang', 'external_size', 1, function (p, a) {
    const n = etfEncodedSize(a[0]);
    return n < 0 ? badarg(p) : mkSmall(n);
  });
  defNative('erlang', 'external_size', 2, function (p, a) {
    const n = etfEncodedSize(a[0]);
    return n < 0 ? badarg(p) : mkSmall(n);
  });
}
