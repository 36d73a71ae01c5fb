// System and process introspection: erlang:system_info/1, process_info/1,2, statistics/1,
// memory/0,1, garbage_collect/0,1,2.
//
// system_info answers as AtomVM does where OTP and AtomVM differ: wordsize is 4 (terms are 32-bit
// words), machine is "ATOM"; otp_release is "25", the OTP release whose behaviour the VM follows.
// Unknown keys raise badarg as in OTP. process_info/1 returns OTP's items in OTP's order; sizes
// are in words of this VM's memory (heap block, stack block), so they differ from OTP's.
import { W, usedWords, memBlockWords } from '../memory';
import { Process, PStatus } from '../process';
import { defNative, badarg } from '../natives';
import { A, atom, NIL, NONE, TRUE, FALSE, Box, Refc, mkSmall } from '../term';
import * as sched from '../scheduler';
import * as code from '../code';
import { mkList, mkByteList } from './erlang';
import { atomTerm, atomIntern, atomCount } from '../atoms';
import { gc, copyToHeap, MSG_HDR } from '../heap';
import { mkTuple2, mkTuple3, mkTuple4, mkCons, mkString } from '../exceptions';
import { intFromNumber } from '../arith';
import { mapFromPairs } from '../maps';
import { binFromString } from '../binary';
import { X } from '../regs';
import { PVal, toTerm } from '../platform';
import { atomName } from '../atoms';

function isAtom(t: number): boolean {
  return (t & 0x3f) === 0x0b;
}

function mfaTuple(p: Process, mfa: string): number {
  const c = mfa.indexOf(':');
  const s = mfa.lastIndexOf('/');
  return mkTuple3(p, atomTerm(mfa.substring(0, c)), atomTerm(mfa.substring(c + 1, s)), mkSmall(+mfa.substring(s + 1)));
}

/** Module index containing code offset pc, or -1. */
function moduleAt(pc: number): number {
  const ms = code.modules;
  for (let i = 0; i < ms.length; i++) if (pc >= ms[i].codeStart && pc < ms[i].codeEnd) return i;
  return -1;
}

/** {M, F, A} of the function containing pc (modules, native stubs, scheduler stubs), or NONE. */
function functionTuple(p: Process, pc: number): number {
  if (pc > 0 && moduleAt(pc) >= 0) {
    const f = code.functionAt(pc);
    if (f >= 0) return mkTuple3(p, (code.modules[code.fnMod[f]].atom << 6) | 0x0b, (code.fnName[f] << 6) | 0x0b, mkSmall(code.fnArity[f]));
  }
  const st = sched.stubAt(pc);
  if (st !== null) return mfaTuple(p, st);
  if (pc > 0 && pc + 2 < code.codeTop && code.C[pc] === 78) {
    // a native's stub: call_ext_only Arity Import
    const i = code.C[pc + 2];
    return mkTuple3(p, (code.impM[i] << 6) | 0x0b, (code.impF[i] << 6) | 0x0b, mkSmall(code.impA[i]));
  }
  return NONE;
}

function location(p: Process, pc: number): number {
  if (moduleAt(pc) < 0) return NIL;
  const li = code.lineAt(pc);
  if (li < 0) return NIL;
  return mkCons(p, mkTuple2(p, atom(A.file), mkString(p, code.lnFile(li))), mkCons(p, mkTuple2(p, atom(A.line), mkSmall(code.lnLine[li])), NIL));
}

function frame(p: Process, pc: number): number {
  const f = functionTuple(p, pc);
  if (f === NONE) return NONE;
  const a = f >>> 2;
  return mkTuple4(p, W[a + 1], W[a + 2], W[a + 3], location(p, pc));
}

/** The code offset q is at: its saved pc, or for the caller itself the native's call site. */
function pcOf(q: Process): number {
  return q.pc;
}

function currentFunction(p: Process, q: Process): number {
  const f = functionTuple(p, pcOf(q));
  if (f !== NONE) return f;
  if (q.icM !== 0) return mkTuple3(p, q.icM, q.icF, mkSmall(q.icA));
  return atom(A.undefined);
}

function currentStacktrace(p: Process, q: Process): number {
  const frames: number[] = [];
  const f0 = frame(p, pcOf(q));
  if (f0 !== NONE) frames.push(f0);
  for (let i = q.stop; i < q.stackEnd && frames.length < 8; i++) {
    const w = W[i];
    if ((w & 3) === 0 && w !== 0) {
      const c = w >>> 2;
      if (code.C[c] === 250) break;
      const fr = frame(p, c - 1);
      if (fr !== NONE) frames.push(fr);
    }
  }
  return mkList(p, frames, NIL);
}

function statusAtom(p: Process, q: Process): number {
  if (q === p) return atomTerm('running');
  switch (q.status) {
    case PStatus.RUNNING:
      return atomTerm('running');
    case PStatus.RUNNABLE:
      return atomTerm('runnable');
    case PStatus.EXITING:
    case PStatus.DEAD:
      return atomTerm('exiting');
    default:
      return atomTerm('waiting');
  }
}

const PRIOS = ['low', 'normal', 'high', 'max'];

function maxHeapMap(p: Process, words: number, flags: number): number {
  return mapFromPairs(p, [atomTerm('error_logger'), atomTerm('kill'), atomTerm('size')],
    [flags & 2 ? TRUE : FALSE, flags & 1 ? TRUE : FALSE, mkSmall(words)]);
}

function heapSize(q: Process): number {
  return q.hend - q.heapStart;
}
function totalHeapSize(q: Process): number {
  return q.hend - q.heapStart + q.fragWords;
}
function stackSize(q: Process): number {
  return q.stackEnd - q.stop;
}
function mailboxWords(q: Process): number {
  let n = 0;
  for (let b = q.mqHead; b !== 0; b = W[b]) n += MSG_HDR + W[b + 3];
  return n;
}
/** Bytes q occupies: its blocks plus a fixed allowance for the process record. */
function processMemory(q: Process): number {
  const stack = q.stackStart !== 0 ? memBlockWords(q.stackStart) : 0;
  return (totalHeapSize(q) + stack + mailboxWords(q)) * 4 + 256;
}

function pidList(p: Process, ids: number[]): number {
  const pids: number[] = [];
  for (let i = 0; i < ids.length; i++) pids.push((ids[i] << 4) | 3);
  return mkList(p, pids, NIL);
}

function catchLevel(q: Process): number {
  let n = 0;
  for (let i = q.stop; i < q.stackEnd; i++) if ((W[i] & 0x3f) === 0x1b) n++;
  return n;
}

/** The value of process_info item k for q (built on p's heap); NONE if k is not an item. */
function infoValue(p: Process, q: Process, k: number): number {
  switch (k) {
    case atomTerm('registered_name'):
      return q.registeredName >= 0 ? (q.registeredName << 6) | 0x0b : NIL;
    case atomTerm('current_function'):
      return currentFunction(p, q);
    case atomTerm('current_location'): {
      const f = frame(p, pcOf(q));
      return f !== NONE ? f : atom(A.undefined);
    }
    case atomTerm('current_stacktrace'):
      return currentStacktrace(p, q);
    case atomTerm('initial_call'):
      return q.icM !== 0 ? mkTuple3(p, q.icM, q.icF, mkSmall(q.icA)) : atom(A.undefined);
    case atomTerm('status'):
      return statusAtom(p, q);
    case atom(A.message_queue_len):
      return mkSmall(q.mqLen);
    case atomTerm('messages'): {
      const ms: number[] = [];
      for (let b = q.mqHead; b !== 0; b = W[b]) ms.push(q === p ? W[b + 1] : copyToHeap(p, W[b + 1]));
      return mkList(p, ms, NIL);
    }
    case atomTerm('links'):
      return pidList(p, q.links);
    case atomTerm('monitors'): {
      const ms: number[] = [];
      sched.monitorsOf(q, ms);
      const items: number[] = [];
      for (let i = 0; i < ms.length; i += 3) {
        const what = ms[i + 2] !== 0 ? mkTuple2(p, ms[i + 2], atom(A.nonode_nohost)) : (ms[i + 1] << 4) | 3;
        items.push(mkTuple2(p, atom(A.process), what));
      }
      return mkList(p, items, NIL);
    }
    case atomTerm('monitored_by'): {
      const ids: number[] = [];
      sched.monitoredBy(q, ids);
      return pidList(p, ids);
    }
    case atomTerm('dictionary'):
      return q === p ? q.dict : copyToHeap(p, q.dict);
    case atom(A.trap_exit):
      return q.trapExit ? TRUE : FALSE;
    case atomTerm('error_handler'):
      return atomTerm('error_handler');
    case atom(A.priority):
      return atomTerm(PRIOS[q.priority]);
    case atomTerm('group_leader'):
      return q.groupLeader;
    case atomTerm('total_heap_size'):
      return mkSmall(totalHeapSize(q));
    case atomTerm('heap_size'):
      return mkSmall(heapSize(q));
    case atomTerm('stack_size'):
      return mkSmall(stackSize(q));
    case atomTerm('reductions'):
      return intFromNumber(p, q.reductions);
    case atomTerm('memory'):
      return intFromNumber(p, processMemory(q));
    case atomTerm('garbage_collection'): {
      const items = [
        mkTuple2(p, atom(A.max_heap_size), maxHeapMap(p, q.maxHeap, q.maxHeapFlags)),
        mkTuple2(p, atomTerm('min_bin_vheap_size'), mkSmall(46422)),
        mkTuple2(p, atom(A.min_heap_size), mkSmall(q.minHeap)),
        mkTuple2(p, atomTerm('fullsweep_after'), mkSmall(65535)),
        mkTuple2(p, atomTerm('minor_gcs'), mkSmall(0)),
      ];
      return mkList(p, items, NIL);
    }
    case atomTerm('suspending'):
      return NIL;
    case atom(A.min_heap_size):
      return mkSmall(q.minHeap);
    case atom(A.max_heap_size):
      return maxHeapMap(p, q.maxHeap, q.maxHeapFlags);
    case atomTerm('min_bin_vheap_size'):
      return mkSmall(46422);
    case atomTerm('fullsweep_after'):
      return mkSmall(65535);
    case atomTerm('parent'):
      return q.parent !== 0 ? q.parent : atom(A.undefined);
    case atomTerm('message_queue_data'):
      return atomTerm('on_heap');
    case atomTerm('catchlevel'):
      return mkSmall(catchLevel(q));
    case atomTerm('binary'):
      return NIL;
    case atomTerm('last_calls'):
      return FALSE;
    case atomTerm('trace'):
      return mkSmall(0);
    case atomTerm('sequential_trace_token'):
      return NIL;
    case atomTerm('sensitive'):
      return FALSE;
  }
  return NONE;
}

const INFO1 = ['current_function', 'initial_call', 'status', 'message_queue_len', 'links', 'dictionary', 'trap_exit',
  'error_handler', 'priority', 'group_leader', 'total_heap_size', 'heap_size', 'stack_size', 'reductions',
  'garbage_collection', 'suspending'];

function processInfo1(p: Process, pid: number): number {
  if ((pid & 0xf) !== 3) return badarg(p);
  const q = sched.processOf(pid);
  if (q === null) return atom(A.undefined);
  const items: number[] = [];
  if (q.registeredName >= 0) items.push(mkTuple2(p, atomTerm('registered_name'), (q.registeredName << 6) | 0x0b));
  for (let i = 0; i < INFO1.length; i++) {
    const k = atomTerm(INFO1[i]);
    items.push(mkTuple2(p, k, infoValue(p, q, k)));
  }
  return mkList(p, items, NIL);
}

const ITEMS = INFO1.concat(['registered_name', 'current_location', 'current_stacktrace', 'messages', 'monitors',
  'monitored_by', 'memory', 'min_heap_size', 'max_heap_size', 'min_bin_vheap_size', 'fullsweep_after', 'parent',
  'message_queue_data', 'catchlevel', 'binary', 'last_calls', 'trace', 'sequential_trace_token', 'sensitive']);

/** Whether k is an item process_info/2 knows (checked before the process is looked up). */
function validItem(p: Process, k: number): boolean {
  if (!isAtom(k)) return false;
  for (let i = 0; i < ITEMS.length; i++) if (k === atomTerm(ITEMS[i])) return true;
  return false;
}

function processInfo2(p: Process, pid: number, what: number): number {
  if ((pid & 0xf) !== 3) return badarg(p);
  if (isAtom(what)) {
    if (!validItem(p, what)) return badarg(p);
    const q = sched.processOf(pid);
    if (q === null) return atom(A.undefined);
    const v = infoValue(p, q, what);
    if (what === atomTerm('registered_name') && v === NIL) return NIL;
    return mkTuple2(p, what, v);
  }
  const ks: number[] = [];
  let l = what;
  while ((l & 3) === 1) {
    const k = W[l >>> 2];
    if (!validItem(p, k)) return badarg(p);
    ks.push(k);
    l = W[(l >>> 2) + 1];
  }
  if (l !== NIL) return badarg(p);
  const q = sched.processOf(pid);
  if (q === null) return atom(A.undefined);
  const items: number[] = [];
  for (let i = 0; i < ks.length; i++) items.push(mkTuple2(p, ks[i], infoValue(p, q, ks[i])));
  return mkList(p, items, NIL);
}

// ---- system_info -----------------------------------------------------------------------------------

function systemInfo(p: Process, k: number): number {
  if (!isAtom(k)) return badarg(p);
  switch (k) {
    case atomTerm('process_count'):
      return mkSmall(sched.processCount());
    case atomTerm('port_count'):
      return mkSmall(0);
    case atomTerm('atom_count'):
      return mkSmall(atomCount());
    case atomTerm('atom_limit'):
      return mkSmall(1048576);
    case atomTerm('process_limit'):
      return mkSmall(262144);
    case atomTerm('port_limit'):
      return mkSmall(65536);
    case atomTerm('wordsize'):
      return mkSmall(4);
    case atomTerm('avm_floatsize'):
      return mkSmall(8);
    case atomTerm('machine'):
      return mkByteList(p, 'ATOM');
    case atomTerm('otp_release'):
      return mkByteList(p, '25');
    case atomTerm('system_version'):
      return mkByteList(p, 'AtomVM-JS [32-bit] [nosmp]\n');
    case atomTerm('atomvm_version'):
      return binFromString(p, '0.1.0');
    case atomTerm('system_architecture'):
      return binFromString(p, 'javascript');
    case atomTerm('schedulers'):
    case atomTerm('schedulers_online'):
    case atomTerm('logical_processors'):
    case atomTerm('logical_processors_online'):
    case atomTerm('logical_processors_available'):
      return mkSmall(1);
    case atomTerm('smp_support'):
    case atomTerm('threads'):
    case atomTerm('kernel_poll'):
    case atomTerm('debug_compiled'):
      return FALSE;
    case atomTerm('thread_pool_size'):
      return mkSmall(0);
    case atomTerm('break_ignored'):
      return TRUE;
    case atomTerm('emu_flavor'):
      return atomTerm('emu');
    case atomTerm('emu_type'):
      return atomTerm('opt');
    case atomTerm('heap_type'):
      return atomTerm('private');
    case atomTerm('start_time'):
      return mkSmall(0);
  }
  if (extraInfo !== null) {
    const v = extraInfo(atomName(k >>> 6));
    if (v !== undefined) {
      const t = toTerm(p, v);
      if (t !== NONE) return t;
    }
  }
  return badarg(p);
}

/** Keys a platform answers beside the core's (the ESP32's esp_free_heap_size, esp_chip_info ...). */
let extraInfo: ((key: string) => PVal | undefined) | null = null;
export function setSystemInfoExtra(f: ((key: string) => PVal | undefined) | null): void {
  extraInfo = f;
}

// ---- statistics and memory -------------------------------------------------------------------------

let lastRuntime = 0;
let lastWall = 0;
let lastReds = 0;

function statistics(p: Process, k: number): number {
  const ms = Math.floor(sched.monotonicMs());
  switch (k) {
    case atomTerm('runtime'): {
      const d = ms - lastRuntime;
      lastRuntime = ms;
      return mkTuple2(p, intFromNumber(p, ms), intFromNumber(p, d));
    }
    case atomTerm('wall_clock'): {
      const d = ms - lastWall;
      lastWall = ms;
      return mkTuple2(p, intFromNumber(p, ms), intFromNumber(p, d));
    }
    case atomTerm('reductions'):
    case atomTerm('exact_reductions'): {
      const r = sched.totalReductions;
      const d = r - lastReds;
      lastReds = r;
      return mkTuple2(p, intFromNumber(p, r), intFromNumber(p, d));
    }
    case atomTerm('run_queue'):
    case atomTerm('total_run_queue_lengths'):
    case atomTerm('total_run_queue_lengths_all'):
    case atomTerm('total_active_tasks'):
    case atomTerm('total_active_tasks_all'):
      return mkSmall(sched.runQueueLength());
    case atomTerm('run_queue_lengths'):
    case atomTerm('run_queue_lengths_all'):
    case atomTerm('active_tasks'):
    case atomTerm('active_tasks_all'):
      return mkList(p, [mkSmall(sched.runQueueLength())], NIL);
    case atomTerm('context_switches'):
      return mkTuple2(p, intFromNumber(p, sched.contextSwitches), mkSmall(0));
    case atomTerm('garbage_collection'):
      return mkTuple3(p, mkSmall(0), mkSmall(0), mkSmall(0));
    case atomTerm('io'):
      return mkTuple2(p, mkTuple2(p, atomTerm('input'), mkSmall(0)), mkTuple2(p, atomTerm('output'), mkSmall(0)));
  }
  return badarg(p);
}

/** Bytes of off-heap binaries referenced from process heaps (each block counted once). */
function binaryBytes(): number {
  const seen: { [k: string]: boolean } = {};
  let n = 0;
  const ps = sched.allProcesses();
  for (let i = 0; i < ps.length; i++) {
    let m = ps[i].mso;
    while (m !== NIL) {
      const a = m >>> 2;
      const blk = W[a + Refc.BLOCK];
      if ((W[a] & 0x3f) === Box.REFC_BIN && blk !== 0 && !seen.hasOwnProperty('' + blk)) {
        seen['' + blk] = true;
        n += W[blk + 1];
      }
      m = W[a + Refc.NEXT];
    }
  }
  return n;
}

const MEM_KEYS = ['total', 'processes', 'processes_used', 'system', 'atom', 'atom_used', 'binary', 'code', 'ets'];

function memoryValue(k: string): number {
  let procs = 0;
  const ps = sched.allProcesses();
  for (let i = 0; i < ps.length; i++) procs += processMemory(ps[i]);
  const total = usedWords * 4 + code.codeTop * 4;
  switch (k) {
    case 'total':
      return total;
    case 'processes':
    case 'processes_used':
      return procs;
    case 'system':
      return total - procs;
    case 'atom':
    case 'atom_used':
      return atomCount() * 16;
    case 'binary':
      return binaryBytes();
    case 'code':
      return code.codeTop * 4;
    case 'ets':
      return 0;
  }
  return -1;
}

function memoryKey(t: number): string | null {
  if (!isAtom(t)) return null;
  for (let i = 0; i < MEM_KEYS.length; i++) if (t === atomTerm(MEM_KEYS[i])) return MEM_KEYS[i];
  return null;
}

// ---- garbage collection -----------------------------------------------------------------------------

function collect(p: Process, q: Process): void {
  if (q === p) gc(p, 0, X, 0);
  else if (q.xsave !== null) gc(q, 0, q.xsave, q.live);
  else gc(q, 0, X, 0);
}

function garbageCollect(p: Process, pid: number, opts: number): number {
  if ((pid & 0xf) !== 3) return badarg(p);
  let reqId = NONE;
  if (opts !== NONE) {
    let l = opts;
    while ((l & 3) === 1) {
      const e = W[l >>> 2];
      l = W[(l >>> 2) + 1];
      if ((e & 3) !== 2 || W[e >>> 2] !== 2 << 6) return badarg(p);
      const k = W[(e >>> 2) + 1];
      const v = W[(e >>> 2) + 2];
      if (k === atomTerm('async')) reqId = v;
      else if (k === atom(A.type)) {
        if (v !== atomTerm('major') && v !== atomTerm('minor')) return badarg(p);
      } else return badarg(p);
    }
    if (l !== NIL) return badarg(p);
  }
  const q = pid === p.pid ? p : sched.processOf(pid);
  if (q !== null) collect(p, q);
  const r = q !== null ? TRUE : FALSE;
  if (reqId !== NONE) {
    sched.deliver(p, mkTuple3(p, atomTerm('garbage_collect'), reqId, r));
    return atomTerm('async');
  }
  return r;
}

export function registerSystemBifs(): void {
  const E = 'erlang';
  defNative(E, 'system_info', 1, systemInfo2);
  defNative(E, 'process_info', 1, function (p, a) { return processInfo1(p, a[0]); });
  defNative(E, 'process_info', 2, function (p, a) { return processInfo2(p, a[0], a[1]); });
  defNative(E, 'statistics', 1, function (p, a) { return statistics(p, a[0]); });
  defNative(E, 'memory', 0, function (p) {
    const items: number[] = [];
    for (let i = 0; i < MEM_KEYS.length; i++) items.push(mkTuple2(p, atomTerm(MEM_KEYS[i]), intFromNumber(p, memoryValue(MEM_KEYS[i]))));
    return mkList(p, items, NIL);
  });
  defNative(E, 'memory', 1, function (p, a) {
    const k = memoryKey(a[0]);
    if (k !== null) return intFromNumber(p, memoryValue(k));
    const items: number[] = [];
    let l = a[0];
    while ((l & 3) === 1) {
      const kk = memoryKey(W[l >>> 2]);
      if (kk === null) return badarg(p);
      items.push(mkTuple2(p, W[l >>> 2], intFromNumber(p, memoryValue(kk))));
      l = W[(l >>> 2) + 1];
    }
    if (l !== NIL) return badarg(p);
    return mkList(p, items, NIL);
  });
  defNative(E, 'garbage_collect', 0, function (p) {
    gc(p, 0, X, 0);
    return TRUE;
  });
  defNative(E, 'garbage_collect', 1, function (p, a) { return garbageCollect(p, a[0], NONE); });
  defNative(E, 'garbage_collect', 2, function (p, a) { return garbageCollect(p, a[0], a[1]); });
}

function systemInfo2(p: Process, a: Int32Array): number {
  return systemInfo(p, a[0]);
}

export { atomIntern };
