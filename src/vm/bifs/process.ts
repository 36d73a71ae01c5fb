// Process BIFs: spawn in all its forms, send, registered names, links, monitors, exit signals,
// process flags, group leaders, yield and hibernate, erlang:apply/2,3.
// Semantics follow OTP 25 (checked against erl): see scheduler.ts for how signals are delivered.
import { W } from '../memory';
import { Process, PStatus } from '../process';
import { defNative, nativeFind, badarg, fail } from '../natives';
import { A, atom, NIL, NONE, TRUE, FALSE, Box, mkSmall } from '../term';
import * as sched from '../scheduler';
import * as code from '../code';
import { hooks } from '../hooks';
import { listLen, mkList, makeRef } from './erlang';
import { prepareFunCall, funTermArity } from '../interp';
import { X } from '../regs';
import { atomIntern, atomName, atomTerm } from '../atoms';
import { gc, messageNew } from '../heap';
import { mkTuple2 } from '../exceptions';
import { resolveMfa } from '../linker';
import { mapGet, isMap, mapFromPairs } from '../maps';
import { registerTimerBifs } from './timers';
import { registerSystemBifs } from './system';

function isAtom(t: number): boolean {
  return (t & 0x3f) === 0x0b;
}
function isPid(t: number): boolean {
  return (t & 0xf) === 3;
}
function isTuple(t: number, n: number): boolean {
  return (t & 3) === 2 && W[t >>> 2] === n << 6;
}
function elem(t: number, i: number): number {
  return W[(t >>> 2) + i];
}
function isFun(t: number): boolean {
  if ((t & 3) !== 2) return false;
  const tg = W[t >>> 2] & 0x3f;
  return tg === Box.FUN || tg === Box.EXPORT;
}

/** The code offset of the native stub of erlang:Fn/Arity (apply/2, apply/3). */
function nativeEntry(p: Process, fn: string, arity: number): number {
  return resolveMfa(p, atom(A.erlang), atomTerm(fn), arity);
}

// ---- spawn ----------------------------------------------------------------------------------------

const PRIOS = ['low', 'normal', 'high', 'max'];

/** Parses spawn_opt options into o; false if the list is malformed or has an unknown option. */
function parseSpawnOpts(opts: number, o: sched.SpawnOpts): boolean {
  let l = opts;
  while ((l & 3) === 1) {
    const e = W[l >>> 2];
    l = W[(l >>> 2) + 1];
    if (e === atom(A.link)) o.link = true;
    else if (e === atom(A.monitor)) o.monitor = true;
    else if (isTuple(e, 2)) {
      const k = elem(e, 1);
      const v = elem(e, 2);
      if (k === atom(A.priority)) {
        const pr = priorityOf(v);
        if (pr < 0) return false;
        o.priority = pr;
      } else if (k === atom(A.min_heap_size)) {
        if ((v & 0xf) !== 0xf || v >> 4 < 0) return false;
        o.minHeap = v >> 4;
      } else if (k === atom(A.max_heap_size)) {
        const n = maxHeapOf(v);
        if (n < 0) return false;
        o.maxHeap = n;
        o.maxHeapFlags = maxHeapFlags;
      } else if (k === atom(A.monitor)) {
        if (listLen(v) < 0) return false;
        o.monitor = true;
      } else if (k === atomTerm('fullsweep_after') || k === atomTerm('min_bin_vheap_size')) {
        if ((v & 0xf) !== 0xf || v >> 4 < 0) return false;
      } else if (k === atomTerm('message_queue_data')) {
        if (v !== atomTerm('off_heap') && v !== atomTerm('on_heap')) return false;
      } else if (k === atomTerm('async_dist')) {
        if (v !== TRUE && v !== FALSE) return false;
      } else return false;
    } else return false;
  }
  return l === NIL;
}

function priorityOf(v: number): number {
  if (!isAtom(v)) return -1;
  for (let i = 0; i < 4; i++) if (v === atomTerm(PRIOS[i])) return i;
  return -1;
}

/** The kill / error_logger flags (1 / 2) of the last value maxHeapOf accepted. */
let maxHeapFlags = 3;

/** One boolean key of a max_heap_size map into maxHeapFlags; false if it is not a boolean. */
function maxHeapFlag(v: number, key: string, bit: number): boolean {
  const b = mapGet(v, atomTerm(key));
  if (b === NONE || b === TRUE) return true;
  if (b !== FALSE) return false;
  maxHeapFlags &= ~bit;
  return true;
}

/**
 * max_heap_size value (integer words or #{size => N, kill => B, error_logger => B}) -> words,
 * or -1 if invalid (as OTP: a map needs size; other keys default to true; unknown keys are
 * ignored). Sets maxHeapFlags.
 */
function maxHeapOf(v: number): number {
  maxHeapFlags = 3;
  if ((v & 0xf) === 0xf) return v >> 4 >= 0 ? v >> 4 : -1;
  if (isMap(v)) {
    const s = mapGet(v, atomTerm('size'));
    if ((s & 0xf) !== 0xf || s >> 4 < 0) return -1;
    if (!maxHeapFlag(v, 'kill', 1) || !maxHeapFlag(v, 'error_logger', 2)) return -1;
    return s >> 4;
  }
  return -1;
}

function maxHeapTerm(p: Process, words: number, flags: number): number {
  return mapFromPairs(p, [atomTerm('error_logger'), atomTerm('kill'), atomTerm('size')],
    [flags & 2 ? TRUE : FALSE, flags & 1 ? TRUE : FALSE, mkSmall(words)]);
}

/** Spawns with options; returns the pid, or {Pid, Ref} with `monitor`. */
function doSpawn(p: Process, entry: number, args: number[], o: sched.SpawnOpts): number {
  let ref = 0;
  if (o.monitor) {
    ref = makeRef(p);
    o.monRef = sched.refNumber(ref);
  }
  const q = sched.spawnProcess(p, entry, args, args.length, o);
  if (q === null) return fail(p, atom(A.system_limit));
  return o.monitor ? mkTuple2(p, q.pid, ref) : q.pid;
}

function spawnFun(p: Process, f: number, opts: number, o: sched.SpawnOpts): number {
  if (!isFun(f)) return badarg(p);
  if (opts !== NONE && !parseSpawnOpts(opts, o)) return badarg(p);
  o.icM = atom(A.erlang);
  o.icF = atomTerm('apply');
  o.icA = 2;
  const entry = nativeEntry(p, 'apply', 2);
  if (entry === 0) return NONE;
  return doSpawn(p, entry, [f, NIL], o);
}

function spawnMfa(p: Process, m: number, f: number, args: number, opts: number, o: sched.SpawnOpts): number {
  const n = listLen(args);
  if (!isAtom(m) || !isAtom(f) || n < 0) return badarg(p);
  if (opts !== NONE && !parseSpawnOpts(opts, o)) return badarg(p);
  o.icM = m;
  o.icF = f;
  o.icA = n;
  let off = code.exportFind(m >>> 6, f >>> 6, n);
  if (off === 0 && code.moduleFind(atomName(m >>> 6)) === null && hooks.loadModule(atomName(m >>> 6))) {
    off = code.exportFind(m >>> 6, f >>> 6, n);
  }
  if (off !== 0) {
    const av: number[] = [];
    let l = args;
    while (l !== NIL) {
      av.push(W[l >>> 2]);
      l = W[(l >>> 2) + 1];
    }
    return doSpawn(p, off, av, o);
  }
  // not an Erlang function: erlang:apply/3 in the new process calls a native or fails with undef
  const entry = nativeEntry(p, 'apply', 3);
  if (entry === 0) return NONE;
  return doSpawn(p, entry, [m, f, args], o);
}

function localNode(p: Process, node: number): boolean {
  if (!isAtom(node)) return false;
  return node === atom(A.nonode_nohost);
}

// ---- monitors -------------------------------------------------------------------------------------

function monitorBif(p: Process, type: number, item: number, opts: number): number {
  if (type !== atom(A.process)) return badarg(p);
  let tagBlock = 0;
  if (opts !== NONE) {
    let l = opts;
    let tag = NONE;
    while ((l & 3) === 1) {
      const e = W[l >>> 2];
      l = W[(l >>> 2) + 1];
      if (isTuple(e, 2) && elem(e, 1) === atomTerm('tag')) tag = elem(e, 2);
      else return badarg(p); // {alias, _}: process aliases are not supported
    }
    if (l !== NIL) return badarg(p);
    if (tag !== NONE) tagBlock = messageNew(tag);
  }
  const ref = makeRef(p);
  const rn = sched.refNumber(ref);
  let q: Process | null = null;
  let name = 0;
  if (isPid(item)) q = sched.processOf(item);
  else if (isAtom(item)) {
    name = item;
    q = sched.whereis(item);
  } else if (isTuple(item, 2) && isAtom(elem(item, 1)) && isAtom(elem(item, 2))) {
    name = elem(item, 1);
    if (elem(item, 2) !== atom(A.nonode_nohost)) {
      sched.downNow(p, rn, name, true, atom(A.noconnection), tagBlock !== 0 ? W[tagBlock + 1] : 0);
      return ref;
    }
    q = sched.whereis(name);
  } else return badarg(p);
  if (q === null || q.status === PStatus.EXITING || q.status === PStatus.DEAD) {
    sched.downNow(p, rn, name !== 0 ? name : item, name !== 0, atom(A.noproc), tagBlock !== 0 ? W[tagBlock + 1] : 0);
    return ref;
  }
  sched.monitorAdd(p, q, name, tagBlock, rn);
  return ref;
}

function demonitorBif(p: Process, ref: number, opts: number): number {
  if (!sched.isRef(ref)) return badarg(p);
  let flush = false;
  let info = false;
  if (opts !== NONE) {
    let l = opts;
    while ((l & 3) === 1) {
      const e = W[l >>> 2];
      l = W[(l >>> 2) + 1];
      if (e === atom(A.flush)) flush = true;
      else if (e === atom(A.info)) info = true;
      else return badarg(p);
    }
    if (l !== NIL) return badarg(p);
  }
  const rn = sched.refNumber(ref);
  const found = sched.demonitor(p, rn);
  if (flush) {
    sched.mailboxRemove(p, function (m: number): boolean {
      return (m & 3) === 2 && W[m >>> 2] === 5 << 6 && sched.isRef(W[(m >>> 2) + 2]) && sched.refNumber(W[(m >>> 2) + 2]) === rn;
    });
  }
  // info: whether the monitor was still active (a flushed or pending 'DOWN' means it was not)
  return !info || found ? TRUE : FALSE;
}

// ---- code stubs -------------------------------------------------------------------------------------

/**
 * hibernate: `allocate 3; y0..y2 = M, F, Args; LOOP: loop_rec WAIT x3; timeout (keeps the message);
 * x0..x2 = y0..y2; deallocate 3; call 3 erlang:apply/3; exit_normal; WAIT: wait LOOP`.
 * When M:F returns, the process ends normally (the old frames below are never returned to).
 */
function hibernateStub(apply3: number): number {
  return sched.stub('hibernate', function () {
    const base = code.codeTop;
    const loop = base + 12;
    const wait = base + 31;
    const words = [12, 3, 3, 64, 0, 4, 64, 8, 12, 64, 16, 20,
      23, wait, 24, 22, 64, 4, 0, 64, 12, 8, 64, 20, 16, 18, 3, 4, 3, apply3, 250,
      25, loop];
    for (let i = 0; i < words.length; i++) code.codeEmit(words[i]);
  }, 'erlang:hibernate/3');
}

// ---- registration ----------------------------------------------------------------------------------

export function registerProcessBifs(): void {
  const E = 'erlang';
  // spawn
  defNative(E, 'spawn', 1, function (p, a) { return spawnFun(p, a[0], NONE, sched.spawnOpts()); });
  defNative(E, 'spawn', 2, function (p, a) { return localNode(p, a[0]) ? spawnFun(p, a[1], NONE, sched.spawnOpts()) : badarg(p); });
  defNative(E, 'spawn', 3, function (p, a) { return spawnMfa(p, a[0], a[1], a[2], NONE, sched.spawnOpts()); });
  defNative(E, 'spawn', 4, function (p, a) { return localNode(p, a[0]) ? spawnMfa(p, a[1], a[2], a[3], NONE, sched.spawnOpts()) : badarg(p); });
  function linked(): sched.SpawnOpts {
    const o = sched.spawnOpts();
    o.link = true;
    return o;
  }
  function monitored(): sched.SpawnOpts {
    const o = sched.spawnOpts();
    o.monitor = true;
    return o;
  }
  defNative(E, 'spawn_link', 1, function (p, a) { return spawnFun(p, a[0], NONE, linked()); });
  defNative(E, 'spawn_link', 2, function (p, a) { return localNode(p, a[0]) ? spawnFun(p, a[1], NONE, linked()) : badarg(p); });
  defNative(E, 'spawn_link', 3, function (p, a) { return spawnMfa(p, a[0], a[1], a[2], NONE, linked()); });
  defNative(E, 'spawn_link', 4, function (p, a) { return localNode(p, a[0]) ? spawnMfa(p, a[1], a[2], a[3], NONE, linked()) : badarg(p); });
  // (OTP's spawn_monitor/1,2 insist on a fun of arity 0; spawn/1 and the rest take any fun)
  defNative(E, 'spawn_monitor', 1, function (p, a) { return funTermArity(a[0]) === 0 ? spawnFun(p, a[0], NONE, monitored()) : badarg(p); });
  defNative(E, 'spawn_monitor', 2, function (p, a) {
    return localNode(p, a[0]) && funTermArity(a[1]) === 0 ? spawnFun(p, a[1], NONE, monitored()) : badarg(p);
  });
  defNative(E, 'spawn_monitor', 3, function (p, a) { return spawnMfa(p, a[0], a[1], a[2], NONE, monitored()); });
  defNative(E, 'spawn_monitor', 4, function (p, a) { return localNode(p, a[0]) ? spawnMfa(p, a[1], a[2], a[3], NONE, monitored()) : badarg(p); });
  defNative(E, 'spawn_opt', 2, function (p, a) { return spawnFun(p, a[0], a[1], sched.spawnOpts()); });
  defNative(E, 'spawn_opt', 3, function (p, a) { return localNode(p, a[0]) ? spawnFun(p, a[1], a[2], sched.spawnOpts()) : badarg(p); });
  defNative(E, 'spawn_opt', 4, function (p, a) { return spawnMfa(p, a[0], a[1], a[2], a[3], sched.spawnOpts()); });
  defNative(E, 'spawn_opt', 5, function (p, a) { return localNode(p, a[0]) ? spawnMfa(p, a[1], a[2], a[3], a[4], sched.spawnOpts()) : badarg(p); });

  // messages
  defNative(E, 'send', 2, function (p, a) { return hooks.send(p, a[0], a[1]); });
  defNative(E, '!', 2, function (p, a) { return hooks.send(p, a[0], a[1]); });
  defNative(E, 'send', 3, function (p, a) {
    // options: noconnect and nosuspend only (both have no effect on a single node)
    let l = a[2];
    while ((l & 3) === 1) {
      const o = W[l >>> 2];
      if (o !== atomTerm('noconnect') && o !== atomTerm('nosuspend')) return badarg(p);
      l = W[(l >>> 2) + 1];
    }
    if (l !== NIL) return badarg(p);
    return hooks.send(p, a[0], a[1]) === NONE ? NONE : atom(A.ok);
  });
  defNative(E, 'send_nosuspend', 2, function (p, a) { return hooks.send(p, a[0], a[1]) === NONE ? NONE : TRUE; });
  defNative(E, 'send_nosuspend', 3, function (p, a) { return hooks.send(p, a[0], a[1]) === NONE ? NONE : TRUE; });

  // registered names
  defNative(E, 'register', 2, function (p, a) {
    if (!isAtom(a[0]) || !isPid(a[1]) || a[0] === atom(A.undefined)) return badarg(p);
    if (sched.processOf(a[1]) === null) return badarg(p);
    return sched.registerName(a[0], a[1]) ? TRUE : badarg(p);
  });
  defNative(E, 'unregister', 1, function (p, a) {
    if (!isAtom(a[0])) return badarg(p);
    return sched.unregisterName(a[0]) ? TRUE : badarg(p);
  });
  defNative(E, 'whereis', 1, function (p, a) {
    if (!isAtom(a[0])) return badarg(p);
    const q = sched.whereis(a[0]);
    return q === null ? atom(A.undefined) : q.pid;
  });
  defNative(E, 'registered', 0, function (p) { return mkList(p, sched.registeredNames(), NIL); });
  defNative(E, 'is_process_alive', 1, function (p, a) {
    if (!isPid(a[0])) return badarg(p);
    return sched.processOf(a[0]) !== null ? TRUE : FALSE;
  });
  defNative(E, 'processes', 0, function (p) {
    const ps = sched.allProcesses();
    const pids: number[] = [];
    for (let i = 0; i < ps.length; i++) if (ps[i].status !== PStatus.EXITING) pids.push(ps[i].pid);
    return mkList(p, pids, NIL);
  });

  // links and exit signals
  defNative(E, 'link', 1, function (p, a) {
    const t = a[0];
    if (!isPid(t) && (t & 0xf) !== 7) return badarg(p);
    if (t === p.pid) return TRUE;
    const q = isPid(t) ? sched.processOf(t) : null;
    if (q === null) {
      if (p.trapExit) {
        sched.exitMessage(p, t, atom(A.noproc));
        return TRUE;
      }
      return fail(p, atom(A.noproc));
    }
    sched.linkAdd(p, q);
    return TRUE;
  });
  defNative(E, 'unlink', 1, function (p, a) {
    const t = a[0];
    if (!isPid(t) && (t & 0xf) !== 7) return badarg(p);
    if (isPid(t)) sched.linkRemove(p, sched.processById(t >>> 4), t >>> 4);
    return TRUE;
  });
  defNative(E, 'exit', 2, function (p, a) {
    const t = a[0];
    if (!isPid(t) && (t & 0xf) !== 7) return badarg(p);
    const q = isPid(t) ? sched.processOf(t) : null;
    if (q !== null) {
      sched.exitSignal(q, p.pid, a[1], false);
      sched.drainDying();
    }
    return TRUE;
  });
  defNative(E, 'monitor', 2, function (p, a) { return monitorBif(p, a[0], a[1], NONE); });
  defNative(E, 'monitor', 3, function (p, a) { return monitorBif(p, a[0], a[1], a[2]); });
  defNative(E, 'demonitor', 1, function (p, a) { return demonitorBif(p, a[0], NONE); });
  defNative(E, 'demonitor', 2, function (p, a) { return demonitorBif(p, a[0], a[1]); });

  // flags
  // process_flag/3: OTP allows only save_calls on another process (calls are not saved here)
  defNative(E, 'process_flag', 3, function (p, a) {
    if (!isPid(a[0]) || a[1] !== atomTerm('save_calls')) return badarg(p);
    const v = a[2];
    if ((v & 0xf) !== 0xf || v >> 4 < 0 || v >> 4 > 10000) return badarg(p);
    return sched.processOf(a[0]) !== null ? mkSmall(0) : badarg(p);
  });
  defNative(E, 'process_flag', 2, function (p, a) {
    const k = a[0];
    const v = a[1];
    if (k === atom(A.trap_exit)) {
      if (v !== TRUE && v !== FALSE) return badarg(p);
      const old = p.trapExit;
      p.trapExit = v === TRUE;
      return old ? TRUE : FALSE;
    }
    if (k === atom(A.priority)) {
      const pr = priorityOf(v);
      if (pr < 0) return badarg(p);
      const old = p.priority;
      p.priority = pr;
      return atomTerm(PRIOS[old]);
    }
    if (k === atom(A.min_heap_size)) {
      if ((v & 0xf) !== 0xf || v >> 4 < 0) return badarg(p);
      const old = p.minHeap;
      p.minHeap = v >> 4 > 64 ? v >> 4 : 64;
      return mkSmall(old);
    }
    if (k === atom(A.max_heap_size)) {
      const n = maxHeapOf(v);
      if (n < 0) return badarg(p);
      const old = p.maxHeap;
      const oldFlags = p.maxHeapFlags;
      p.maxHeap = n;
      p.maxHeapFlags = maxHeapFlags;
      return maxHeapTerm(p, old, oldFlags);
    }
    if (k === atomTerm('message_queue_data')) {
      if (v !== atomTerm('off_heap') && v !== atomTerm('on_heap')) return badarg(p);
      return atomTerm('on_heap');
    }
    if (k === atomTerm('save_calls')) {
      if ((v & 0xf) !== 0xf || v >> 4 < 0 || v >> 4 > 10000) return badarg(p);
      return mkSmall(0);
    }
    if (k === atomTerm('sensitive')) {
      if (v !== TRUE && v !== FALSE) return badarg(p);
      return FALSE;
    }
    if (k === atomTerm('error_handler')) {
      if (!isAtom(v)) return badarg(p);
      return atomTerm('error_handler');
    }
    if (k === atomTerm('fullsweep_after')) {
      if ((v & 0xf) !== 0xf || v >> 4 < 0) return badarg(p);
      return mkSmall(65535);
    }
    return badarg(p);
  });

  defNative(E, 'group_leader', 0, function (p) { return p.groupLeader; });
  defNative(E, 'group_leader', 2, function (p, a) {
    if (!isPid(a[0]) || !isPid(a[1])) return badarg(p);
    const q = sched.processOf(a[1]);
    if (q === null) return badarg(p);
    q.groupLeader = a[0];
    return TRUE;
  });

  // scheduling
  defNative(E, 'yield', 0, function (p) {
    // the interpreter yields after a native that leaves the process WAITING
    p.status = PStatus.WAITING;
    return TRUE;
  });
  defNative(E, 'hibernate', 3, function (p, a) {
    if (!isAtom(a[0]) || !isAtom(a[1]) || listLen(a[2]) < 0) return badarg(p);
    const apply3 = nativeEntry(p, 'apply', 3);
    if (apply3 === 0) return NONE;
    // the call stack is discarded: its frames stay in place (the interpreter pops the caller's
    // frame after this native) but lose their values and catch handlers, so nothing below is
    // kept alive or catches; M:F(Args) never returns into them (see hibernateStub)
    for (let i = p.stop; i < p.stackEnd; i++) if ((W[i] & 3) !== 0) W[i] = NIL;
    gc(p, 0, X, 3);
    p.excClass = 0;
    p.trapPc = hibernateStub(apply3);
    return NONE;
  });

  // apply
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
    if (n < 0 || !isAtom(m) || !isAtom(f)) return badarg(p);
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

  registerTimerBifs();
  registerSystemBifs();
}

export { nativeFind, atomIntern };
