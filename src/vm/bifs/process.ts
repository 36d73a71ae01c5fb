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

