// The scheduler: process table, run queues by priority, message delivery, receive timers and
// process exit. The platform drives it by calling runSlice() from its event loop: a slice runs
// processes until the time budget is spent or nothing is runnable, and says when to call again.
import { W } from './memory';
import { Process, PStatus } from './process';
import { heapSetup, heapRelease, messageNew, OOM } from './heap';
import { X } from './regs';
import * as code from './code';
import { execute, RunResult, REDUCTIONS } from './interp';
import { hooks } from './hooks';
import { badarg } from './natives';
import { A, atom, NIL, NONE } from './term';

export interface Clock {
  now: () => number; // milliseconds
}

let procs: { [id: string]: Process } = {};
let nextId = 1;
let procCount = 0;
const runq: Process[][] = [[], [], [], []];
let registry: { [name: string]: number } = {}; // '$' + atom index -> pid id
// timers: parallel arrays sorted by deadline
const tAt: number[] = [];
const tPid: number[] = [];
const tSeq: number[] = [];
let timerSeq = 0;
let clock: Clock = { now: function () { return Date.now(); } };
export let EXIT_STUB = 0;

/** Hook called when a process exits: (p, reason term) before its memory is released. */
export let onExit: (p: Process) => void = function () {};
export function setOnExit(f: (p: Process) => void): void {
  onExit = f;
}

export function schedulerInit(c: Clock): void {
  procs = {};
  nextId = 1;
  procCount = 0;
  for (let i = 0; i < 4; i++) runq[i].length = 0;
  registry = {};
  tAt.length = tPid.length = tSeq.length = 0;
  clock = c;
  // the continuation every process returns to when its initial function returns
  EXIT_STUB = code.codeTop;
  code.codeEmit(250);
  hooks.send = sendMessage;
  hooks.startReceiveTimer = startReceiveTimer;
  hooks.cancelReceiveTimer = cancelReceiveTimer;
}

export function processById(id: number): Process | null {
  const k = '' + id;
  return procs.hasOwnProperty(k) ? procs[k] : null;
}
export function processCount(): number {
  return procCount;
}
export function allProcesses(): Process[] {
  const out: Process[] = [];
  for (const k in procs) if (procs.hasOwnProperty(k)) out.push(procs[k]);
  return out;
}

function enqueue(p: Process): void {
  p.status = PStatus.RUNNABLE;
  runq[p.priority].push(p);
}

/** Creates a process that will run the code at `entry` with args in args[0..n). */
export function spawnAt(entry: number, args: ArrayLike<number>, n: number, minHeap: number): Process | null {
  const p = new Process(nextId++);
  p.minHeap = minHeap > 64 ? minHeap : 64;
  if (!heapSetup(p, p.minHeap + 64, 64)) return null;
  procs['' + p.id] = p;
  procCount++;
  p.pc = entry;
  p.cp = EXIT_STUB;
  p.live = n;
  p.xsave = new Int32Array(n < 8 ? 8 : n);
  // arguments are copied onto the new process's heap
  for (let i = 0; i < n; i++) p.xsave[i] = copyInto(p, args[i]);
  enqueue(p);
  return p;
}

import { copyToHeap } from './heap';
function copyInto(p: Process, t: number): number {
  return copyToHeap(p, t);
}

export function registerName(nameAtom: number, pid: number): boolean {
  const k = '$' + (nameAtom >>> 6);
  if (registry.hasOwnProperty(k) && processById(registry[k]) !== null) return false;
  registry[k] = pid >>> 4;
  const p = processById(pid >>> 4);
  if (p) p.registeredName = nameAtom >>> 6;
  return true;
}
export function unregisterName(nameAtom: number): boolean {
  const k = '$' + (nameAtom >>> 6);
  if (!registry.hasOwnProperty(k)) return false;
  const p = processById(registry[k]);
  if (p) p.registeredName = -1;
  delete registry[k];
  return true;
}
export function whereis(nameAtom: number): Process | null {
  const k = '$' + (nameAtom >>> 6);
  if (!registry.hasOwnProperty(k)) return null;
  return processById(registry[k]);
}
export function registeredNames(): number[] {
  const out: number[] = [];
  for (const k in registry) if (registry.hasOwnProperty(k) && processById(registry[k]) !== null) out.push((+k.substring(1) << 6) | 0x0b);
  return out;
}

/** Delivers a copy of msg to process q's mailbox and wakes it. */
export function deliver(q: Process, msg: number): void {
  const b = messageNew(msg);
  if (q.mqTail === 0) q.mqHead = b;
  else W[q.mqTail] = b;
  q.mqTail = b;
  q.mqLen++;
  if (q.mqSave === 0) {
    q.mqSave = b;
  }
  if (q.status === PStatus.WAITING || q.status === PStatus.WAITING_TIMEOUT) {
    enqueue(q);
  }
}

function sendMessage(p: Process, dest: number, msg: number): number {
  let q: Process | null = null;
  if ((dest & 0xf) === 3) {
    q = processById(dest >>> 4);
    if (q === null) return msg; // sending to a dead pid is not an error
  } else if ((dest & 0x3f) === 0x0b) {
    q = whereis(dest);
    if (q === null) return badarg(p);
  } else return badarg(p);
  deliver(q, msg);
  return msg;
}

function timerInsert(at: number, pid: number): number {
  const seq = ++timerSeq;
  let i = tAt.length;
  while (i > 0 && tAt[i - 1] > at) i--;
  tAt.splice(i, 0, at);
  tPid.splice(i, 0, pid);
  tSeq.splice(i, 0, seq);
  return seq;
}
function timerRemove(seq: number): void {
  for (let i = 0; i < tSeq.length; i++) {
    if (tSeq[i] === seq) {
      tAt.splice(i, 1);
      tPid.splice(i, 1);
      tSeq.splice(i, 1);
      return;
    }
  }
}

function startReceiveTimer(p: Process, ms: number, timeoutPc: number): void {
  if (p.timerId >= 0) timerRemove(p.timerId);
  p.timerId = timerInsert(clock.now() + ms, p.id);
  p.timedOut = false;
}
function cancelReceiveTimer(p: Process): void {
  if (p.timerId >= 0) timerRemove(p.timerId);
  p.timerId = -1;
}

function fireTimers(now: number): void {
  while (tAt.length > 0 && tAt[0] <= now) {
    const pid = tPid[0];
    const seq = tSeq[0];
    tAt.shift();
    tPid.shift();
    tSeq.shift();
    const p = processById(pid);
    if (p !== null && p.timerId === seq) {
      p.timerId = -1;
      if (p.status === PStatus.WAITING_TIMEOUT) {
        // resume at the receive loop: loop_rec finds no new message and jumps to the
        // wait_timeout instruction, which sees timedOut and falls through to `timeout`
        p.timedOut = true;
        enqueue(p);
      }
    }
  }
}

/** Ends process p: notifies the host hook, releases memory. */
export function terminate(p: Process): void {
  p.status = PStatus.DEAD;
  if (p.timerId >= 0) cancelReceiveTimer(p);
  if (p.registeredName >= 0) unregisterName((p.registeredName << 6) | 0x0b);
  onExit(p);
  heapRelease(p);
  delete procs['' + p.id];
  procCount--;
}

export const enum SliceResult {
  BUSY = 0, // more runnable work: call again soon
  IDLE = 1, // everyone waits: call again at nextWake() (or when I/O arrives)
  DONE = 2, // no process is alive, or nothing can ever wake
}

let current: Process | null = null;
export function currentProcess(): Process | null {
  return current;
}

/** Runs processes for about budgetMs milliseconds. */
export function runSlice(budgetMs: number): number {
  const start = clock.now();
  for (;;) {
    fireTimers(clock.now());
    let p: Process | null = null;
    for (let pr = 3; pr >= 0 && p === null; pr--) {
      const q = runq[pr];
      while (q.length > 0) {
        const c = q.shift() as Process;
        if (c.status === PStatus.RUNNABLE) {
          p = c;
          break;
        }
      }
    }
    if (p === null) {
      if (procCount === 0) return SliceResult.DONE;
      return tAt.length > 0 ? SliceResult.IDLE : SliceResult.DONE;
    }
    current = p;
    let r: number;
    try {
      r = execute(p, REDUCTIONS);
    } catch (e) {
      if (e !== OOM) throw e;
      p.exitReason = atom(A.out_of_memory);
      r = RunResult.EXIT;
    }
    current = null;
    if (r === RunResult.YIELD) enqueue(p);
    else if (r === RunResult.EXIT) {
      if (p.exitReason === 0) p.exitReason = atom(A.normal);
      terminate(p);
    }
    if (clock.now() - start >= budgetMs) return SliceResult.BUSY;
  }
}

/** Milliseconds until the next timer fires (0 if overdue), or -1 if there is none. */
export function nextWake(): number {
  if (tAt.length === 0) return -1;
  const d = tAt[0] - clock.now();
  return d > 0 ? d : 0;
}

export { NONE, NIL };
