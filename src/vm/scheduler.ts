// The scheduler: process table, run queues by priority, message delivery, links, monitors,
// exit signals, timers and process exit. The platform drives it by calling runSlice() from its
// event loop: a slice runs processes until the time budget is spent or nothing is runnable, and
// says when to call again (nextWake) so the host can sleep while every process waits.
//
// Exit signals are handled synchronously (one thread, so a signal "arrives" when it is sent): a
// process killed by a signal is marked EXITING, queued on `dying`, and ended by drainDying(),
// which every signal-sending entry point calls; ending it sends further signals through its links,
// which only append to `dying` (a work list, never recursion). A signal that kills the process
// currently running a native marks it EXITING; the interpreter ends it when the native returns.
import { W, memAlloc } from './memory';
import { Process, PStatus, Timer } from './process';
import { heapSetup, heapRelease, messageNew, messageFree, copyToHeap, termSize, copyTerm, MSG_HDR, OOM } from './heap';
import * as code from './code';
import { execute, REDUCTIONS } from './interp';
import { RunResult } from './slice';
import { hooks } from './hooks';
import { badarg } from './natives';
import { A, atom, NIL, NONE, Box } from './term';
import { setLength } from './arrays';

export interface Clock {
  now: () => number; // milliseconds
}

// keyed by process id (a number: no string is built per lookup; numeric keys cannot clash
// with Object.prototype's names)
let procs: { [id: number]: Process } = {};
let nextId = 1;
let procCount = 0;
let registry: { [name: string]: number } = {}; // '$' + atom index -> pid id
let clock: Clock = { now: function () { return Date.now(); } };
export let EXIT_STUB = 0;
let t0 = 0; // clock value at start: monotonic time 0

// ---- run queues ----------------------------------------------------------------------------
// One FIFO per priority (0 low, 1 normal, 2 high, 3 max): an array with a moving head.
const rq: Process[][] = [[], [], [], []];
const rqHead = [0, 0, 0, 0];
let lowSkip = 0; // normal picks since the last low one (low runs once per 8 normal picks)
export let contextSwitches = 0;
export let totalReductions = 0;

function rqPush(pr: number, p: Process): void {
  rq[pr].push(p);
}
function rqPop(pr: number): Process | null {
  const q = rq[pr];
  while (rqHead[pr] < q.length) {
    const c = q[rqHead[pr]++];
    if (rqHead[pr] > 1024 && rqHead[pr] * 2 > q.length) {
      q.splice(0, rqHead[pr]);
      rqHead[pr] = 0;
    }
    if (c.status === PStatus.RUNNABLE) return c;
  }
  setLength(q, 0);
  rqHead[pr] = 0;
  return null;
}
function rqEmpty(pr: number): boolean {
  return rqHead[pr] >= rq[pr].length;
}
export function runQueueLength(): number {
  let n = 0;
  for (let i = 0; i < 4; i++) n += rq[i].length - rqHead[i];
  return n;
}

/** Hook called when a process exits, before its links and monitors fire and its memory is released. */
export let onExit: (p: Process) => void = function () {};
export function setOnExit(f: (p: Process) => void): void {
  onExit = f;
}

export function schedulerInit(c: Clock): void {
  procs = {};
  nextId = 1;
  procCount = 0;
  for (let i = 0; i < 4; i++) {
    setLength(rq[i], 0);
    rqHead[i] = 0;
  }
  lowSkip = 0;
  contextSwitches = 0;
  totalReductions = 0;
  registry = {};
  setLength(timers, 0);
  timerIndex = {};
  timersDead = 0;
  timerSeq = 0;
  monTable = {};
  setLength(dying, 0);
  draining = false;
  current = null;
  clock = c;
  t0 = c.now();
  stubs = {};
  setLength(stubStart, 0);
  setLength(stubEnd, 0);
  setLength(stubMfa, 0);
  // the continuation every process returns to when its initial function returns
  EXIT_STUB = code.codeTop;
  code.codeEmit(250);
  code.codeFlush();
  hooks.send = sendMessage;
  hooks.startReceiveTimer = startReceiveTimer;
  hooks.cancelReceiveTimer = cancelReceiveTimer;
}

/** Milliseconds of the scheduler clock. */
export function nowMs(): number {
  return clock.now();
}
/** Milliseconds since the VM started (monotonic time). */
export function monotonicMs(): number {
  return clock.now() - t0;
}

export function processById(id: number): Process | null {
  const p = procs[id];
  return p !== undefined ? p : null;
}
/** The live process a pid term names, or null. */
export function processOf(pid: number): Process | null {
  if ((pid & 0xf) !== 3) return null;
  const q = processById(pid >>> 4);
  return q !== null && q.status !== PStatus.EXITING && q.status !== PStatus.DEAD ? q : null;
}
export function processCount(): number {
  return procCount;
}
/** Live processes in creation order. */
export function allProcesses(): Process[] {
  const out: Process[] = [];
  for (const k in procs) if (procs.hasOwnProperty(k) && procs[+k].status !== PStatus.DEAD) out.push(procs[+k]);
  out.sort(function (a, b) { return a.id - b.id; });
  return out;
}

function enqueue(p: Process): void {
  p.status = PStatus.RUNNABLE;
  rqPush(p.priority, p);
}

export interface SpawnOpts {
  link: boolean;
  monitor: boolean;
  priority: number;
  minHeap: number;
  maxHeap: number;
  maxHeapFlags: number; // 1 = kill, 2 = error_logger
  icM: number;
  icF: number;
  icA: number;
  monRef: number; // with monitor: the reference number to use
}

export function spawnOpts(): SpawnOpts {
  return { link: false, monitor: false, priority: 1, minHeap: 0, maxHeap: 0, maxHeapFlags: 3, icM: 0, icF: 0, icA: 0, monRef: 0 };
}

/** Creates a process that will run the code at `entry` with args in args[0..n). */
export function spawnAt(entry: number, args: ArrayLike<number>, n: number, minHeap: number): Process | null {
  const o = spawnOpts();
  o.minHeap = minHeap;
  return spawnProcess(null, entry, args, n, o);
}

/**
 * Creates a process spawned by `parent` (null for the first one). The arguments are copied onto
 * the new process's heap. Returns null when memory for the new process is not available.
 */
export function spawnProcess(parent: Process | null, entry: number, args: ArrayLike<number>, n: number, o: SpawnOpts): Process | null {
  const p = new Process(nextId++);
  p.minHeap = o.minHeap > 64 ? o.minHeap : 64;
  p.maxHeap = o.maxHeap;
  p.maxHeapFlags = o.maxHeapFlags;
  p.priority = o.priority;
  let need = 64;
  for (let i = 0; i < n; i++) need += termSize(args[i]);
  if (!heapSetup(p, p.minHeap > need ? p.minHeap : need, 64)) return null;
  try {
    for (let i = 0; i < n; i++) {
      // into xsave, allocated below: copy first into a plain array
      argBuf[i] = copyToHeap(p, args[i]);
    }
  } catch (e) {
    heapRelease(p);
    if (e === OOM) return null;
    throw e;
  }
  procs[p.id] = p;
  procCount++;
  p.pc = entry;
  p.cp = EXIT_STUB;
  p.live = n;
  p.xsave = new Int32Array(n < 8 ? 8 : n);
  for (let i = 0; i < n; i++) p.xsave[i] = argBuf[i];
  p.icM = o.icM;
  p.icF = o.icF;
  p.icA = o.icA;
  if (parent !== null) {
    p.groupLeader = parent.groupLeader;
    p.parent = parent.pid;
    if (o.link) {
      p.links.push(parent.id);
      parent.links.push(p.id);
    }
    if (o.monitor) monitorAdd(parent, p, 0, 0, o.monRef);
  } else {
    p.groupLeader = p.pid;
  }
  enqueue(p);
  return p;
}
const argBuf: number[] = [];

// ---- registered names ------------------------------------------------------------------------

/** Registers a live pid under nameAtom: false if the name is taken or the process has a name. */
export function registerName(nameAtom: number, pid: number): boolean {
  const k = '$' + (nameAtom >>> 6);
  if (registry.hasOwnProperty(k) && processById(registry[k]) !== null) return false;
  const p = processById(pid >>> 4);
  if (p === null || p.registeredName >= 0) return false;
  registry[k] = pid >>> 4;
  p.registeredName = nameAtom >>> 6;
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

// ---- messages ----------------------------------------------------------------------------------

/** Appends a message block (heap.ts messageNew layout) to q's mailbox and wakes q. */
export function deliverBlock(q: Process, b: number): void {
  if (q.status === PStatus.DEAD || q.status === PStatus.EXITING) {
    messageFree(b);
    return;
  }
  W[b] = 0;
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

/** Delivers a copy of msg to process q's mailbox and wakes it. */
export function deliver(q: Process, msg: number): void {
  if (q.status === PStatus.DEAD || q.status === PStatus.EXITING) return;
  deliverBlock(q, messageNew(msg));
}

/** Removes every message for which `pred` holds from p's mailbox (p is not inside a receive). */
export function mailboxRemove(p: Process, pred: (msg: number) => boolean): number {
  let prev = 0;
  let b = p.mqHead;
  let n = 0;
  while (b !== 0) {
    const next = W[b];
    if (pred(W[b + 1])) {
      if (prev === 0) p.mqHead = next;
      else W[prev] = next;
      if (p.mqTail === b) p.mqTail = prev;
      p.mqLen--;
      messageFree(b);
      n++;
    } else prev = b;
    b = next;
  }
  p.mqSave = p.mqHead;
  p.mqSavePrev = 0;
  return n;
}

function sendMessage(p: Process, dest: number, msg: number): number {
  let q: Process | null = null;
  if ((dest & 0xf) === 3) {
    q = processById(dest >>> 4);
    if (q === null) return msg; // sending to a dead pid is not an error
  } else if ((dest & 0x3f) === 0x0b) {
    q = whereis(dest);
    if (q === null) return badarg(p);
  } else if ((dest & 3) === 2 && W[dest >>> 2] === 2 << 6) {
    // {Name, Node}: a name on this node; another node is unreachable (the message is dropped)
    const name = W[(dest >>> 2) + 1];
    const node = W[(dest >>> 2) + 2];
    if ((name & 0x3f) !== 0x0b || (node & 0x3f) !== 0x0b) return badarg(p);
    if (node !== atom(A.nonode_nohost)) return msg;
    q = whereis(name);
    if (q === null) return msg;
  } else if ((dest & 0xf) === 7) {
    return msg; // ports: none yet
  } else return badarg(p);
  deliver(q, msg);
  return msg;
}

// Message blocks built in place: a tuple whose elements are terms (copied) or made up here.
const K_TERM = 0; // the item is a term, copied if it is not immediate
const K_REF = 1; // the item is a reference number: a ref box is written
const K_NAME = 2; // the item is an atom Name: {Name, nonode@nohost} is written

function blockTuple(items: number[], kinds: number[]): number {
  const n = items.length;
  let size = 1 + n;
  for (let i = 0; i < n; i++) {
    const k = kinds[i];
    if (k === K_REF || k === K_NAME) size += 3;
    else {
      const t = items[i];
      if ((t & 3) === 1 || (t & 3) === 2) size += termSize(t);
    }
  }
  const b = memAlloc(MSG_HDR + size);
  if (b === 0) throw OOM;
  const tup = b + MSG_HDR;
  let top = tup + 1 + n;
  W[tup] = n << 6;
  const mso = [NIL];
  for (let i = 0; i < n; i++) {
    const k = kinds[i];
    const t = items[i];
    if (k === K_REF) {
      W[top] = (2 << 6) | Box.REF;
      W[top + 1] = Math.floor(t / 4294967296);
      W[top + 2] = t | 0;
      W[tup + 1 + i] = (top << 2) | 2;
      top += 3;
    } else if (k === K_NAME) {
      W[top] = 2 << 6;
      W[top + 1] = t;
      W[top + 2] = atom(A.nonode_nohost);
      W[tup + 1 + i] = (top << 2) | 2;
      top += 3;
    } else if ((t & 3) === 1 || (t & 3) === 2) {
      const sz = termSize(t);
      W[tup + 1 + i] = copyTerm(t, top, mso);
      top += sz;
    } else W[tup + 1 + i] = t;
  }
  W[b] = 0;
  W[b + 1] = (tup << 2) | 2;
  W[b + 2] = mso[0];
  W[b + 3] = size;
  return b;
}

/** Sends a tuple message built by blockTuple; a failed allocation drops the message. */
function sendTuple(q: Process, items: number[], kinds: number[]): void {
  if (q.status === PStatus.DEAD || q.status === PStatus.EXITING) return;
  let b = 0;
  try {
    b = blockTuple(items, kinds);
  } catch (e) {
    if (e !== OOM) throw e;
    return;
  }
  deliverBlock(q, b);
}

// ---- references ----------------------------------------------------------------------------------

/** The number of a reference term (as made by erlang:make_ref). */
export function refNumber(t: number): number {
  const a = t >>> 2;
  return W[a + 1] * 4294967296 + (W[a + 2] >>> 0);
}
export function isRef(t: number): boolean {
  return (t & 3) === 2 && (W[t >>> 2] & 0x3f) === Box.REF;
}

// ---- links, monitors and exit signals ------------------------------------------------------------

interface Monitor {
  ref: number;
  watcher: number; // process id
  target: number; // process id
  name: number; // atom term when monitoring a registered name, else 0
  tag: number; // message block holding the tag term ({tag, T} option), 0 = 'DOWN'
}
let monTable: { [k: string]: Monitor } = {};

/** Creates monitor `ref` (a reference number) of q by p. tagBlock: see Monitor.tag. */
export function monitorAdd(p: Process, q: Process, name: number, tagBlock: number, ref: number): number {
  monTable['$' + ref] = { ref: ref, watcher: p.id, target: q.id, name: name, tag: tagBlock };
  p.monOut.push(ref);
  q.monIn.push(ref);
  return ref;
}

function removeNum(a: number[], v: number): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === v) {
      a.splice(i, 1);
      return true;
    }
  }
  return false;
}

/** Removes monitor `ref` held by p; true if it existed. */
export function demonitor(p: Process, ref: number): boolean {
  const k = '$' + ref;
  if (!monTable.hasOwnProperty(k)) return false;
  const m = monTable[k];
  if (m.watcher !== p.id) return false;
  delete monTable[k];
  removeNum(p.monOut, ref);
  const q = processById(m.target);
  if (q !== null) removeNum(q.monIn, ref);
  if (m.tag !== 0) messageFree(m.tag);
  return true;
}

/** Monitors held by p: [ref, target id, name atom or 0] triples. */
export function monitorsOf(p: Process, out: number[]): void {
  for (let i = 0; i < p.monOut.length; i++) {
    const m = monTable['$' + p.monOut[i]];
    if (m) out.push(m.ref, m.target, m.name);
  }
}
/** Processes monitoring p (ids). */
export function monitoredBy(p: Process, out: number[]): void {
  for (let i = 0; i < p.monIn.length; i++) {
    const m = monTable['$' + p.monIn[i]];
    if (m) out.push(m.watcher);
  }
}

/** Sends p the DOWN message of a monitor that could not be set up (dead target). */
export function downNow(p: Process, ref: number, item: number, byName: boolean, reason: number, tag: number): void {
  sendTuple(p, [tag === 0 ? atom(A.DOWN) : tag, ref, atom(A.process), item, reason], [K_TERM, K_REF, K_TERM, byName ? K_NAME : K_TERM, K_TERM]);
}

export function linkAdd(p: Process, q: Process): void {
  if (p === q) return;
  for (let i = 0; i < p.links.length; i++) if (p.links[i] === q.id) return;
  p.links.push(q.id);
  q.links.push(p.id);
}
export function linkRemove(p: Process, q: Process | null, qid: number): void {
  removeNum(p.links, qid);
  if (q !== null) removeNum(q.links, p.id);
}

/** Sends p the {'EXIT', From, Reason} message. */
export function exitMessage(p: Process, from: number, reason: number): void {
  sendTuple(p, [atom(A.EXIT), from, reason], [K_TERM, K_TERM, K_TERM]);
}

const dying: Process[] = [];
let draining = false;

/** Ends q with `reason` (copied onto q's heap) as an exit signal does. */
function kill(q: Process, reason: number): void {
  if (q.status === PStatus.DEAD || q.status === PStatus.EXITING) return;
  q.maxHeap = 0;
  try {
    q.exitReason = copyToHeap(q, reason);
  } catch (e) {
    if (e !== OOM) throw e;
    q.exitReason = atom(A.killed);
  }
  q.bySignal = true;
  q.status = PStatus.EXITING;
  if (q !== current) dying.push(q);
}

/**
 * An exit signal from pid `from` with `reason` reaches q. viaLink: sent because a linked process
 * ended (then `kill` is an ordinary reason); otherwise sent by exit/2.
 */
export function exitSignal(q: Process, from: number, reason: number, viaLink: boolean): void {
  if (q.status === PStatus.DEAD || q.status === PStatus.EXITING) return;
  if (!viaLink && reason === atom(A.kill)) kill(q, atom(A.killed));
  else if (q.trapExit) exitMessage(q, from, reason);
  else if (reason === atom(A.normal)) {
    if (!viaLink && from === q.pid) {
      kill(q, reason);
      q.bySignal = false;
    }
  } else kill(q, reason);
}

/** Ends every process killed by signals so far (and those their deaths kill in turn). */
export function drainDying(): void {
  if (draining) return;
  draining = true;
  try {
    while (dying.length > 0) {
      const q = dying.shift() as Process;
      if (q.status !== PStatus.DEAD) terminate(q);
    }
  } finally {
    draining = false;
  }
}

// ---- timers --------------------------------------------------------------------------------------
// A binary min-heap of Timer records ordered by (at, seq). Cancelled timers stay in the heap,
// marked dead, until they reach the top or the heap is rebuilt (when most entries are dead).

const timers: Timer[] = [];
let timersDead = 0;
let timerSeq = 0;
let timerIndex: { [k: string]: Timer } = {}; // '$' + ref number -> message timer

function tLess(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
function tUp(i: number): void {
  const t = timers[i];
  while (i > 0) {
    const pi = (i - 1) >> 1;
    if (!tLess(t, timers[pi])) break;
    timers[i] = timers[pi];
    i = pi;
  }
  timers[i] = t;
}
function tDown(i: number): void {
  const n = timers.length;
  const t = timers[i];
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && tLess(timers[c + 1], timers[c])) c++;
    if (!tLess(timers[c], t)) break;
    timers[i] = timers[c];
    i = c;
  }
  timers[i] = t;
}
function tPush(t: Timer): void {
  timers.push(t);
  tUp(timers.length - 1);
}
function tPop(): void {
  const last = timers.pop() as Timer;
  if (timers.length > 0) {
    timers[0] = last;
    tDown(0);
  }
}
function tKill(t: Timer): void {
  if (t.dead) return;
  t.dead = true;
  timersDead++;
  if (timersDead > 64 && timersDead * 2 > timers.length) {
    let j = 0;
    for (let i = 0; i < timers.length; i++) if (!timers[i].dead) timers[j++] = timers[i];
    setLength(timers, j);
    for (let i = (j >> 1) - 1; i >= 0; i--) tDown(i);
    timersDead = 0;
  }
}
function tDropDeadTop(): void {
  while (timers.length > 0 && timers[0].dead) {
    tPop();
    if (timersDead > 0) timersDead--;
  }
}

function newTimer(at: number, kind: number): Timer {
  return { at: at, seq: ++timerSeq, kind: kind, pid: 0, dest: 0, block: 0, ref: 0, dead: false };
}

function startReceiveTimer(p: Process, ms: number, timeoutPc: number): void {
  if (p.rtimer !== null) tKill(p.rtimer);
  const t = newTimer(clock.now() + ms, 0);
  t.pid = p.id;
  tPush(t);
  p.rtimer = t;
  p.timerId = t.seq;
  p.timedOut = false;
}
function cancelReceiveTimer(p: Process): void {
  if (p.rtimer !== null) tKill(p.rtimer);
  p.rtimer = null;
  p.timerId = -1;
}

/**
 * Starts a message timer: at clock time `at`, message block `block` goes to `dest` (a pid, or a
 * registered name looked up then). ref: the timer reference's number.
 */
export function timerStart(at: number, dest: number, block: number, ref: number): void {
  const t = newTimer(at, 1);
  t.block = block;
  t.ref = ref;
  if ((dest & 0xf) === 3) {
    t.pid = dest >>> 4;
    const q = processById(t.pid);
    if (q === null || q.status === PStatus.DEAD || q.status === PStatus.EXITING) {
      // a timer to a dead process is cancelled at once
      messageFree(block);
      t.dead = true;
      return;
    }
    q.msgTimers.push(t);
  } else t.dest = dest;
  timerIndex['$' + ref] = t;
  tPush(t);
}

function timerForget(t: Timer): void {
  delete timerIndex['$' + t.ref];
  if (t.pid !== 0) {
    const q = processById(t.pid);
    if (q !== null) {
      const a = q.msgTimers;
      for (let i = 0; i < a.length; i++) {
        if (a[i] === t) {
          a.splice(i, 1);
          break;
        }
      }
    }
  }
  if (t.block !== 0) {
    messageFree(t.block);
    t.block = 0;
  }
}

/** Milliseconds left on message timer `ref` (rounded up), or -1 if it is not active. */
export function timerRead(ref: number): number {
  const k = '$' + ref;
  if (!timerIndex.hasOwnProperty(k)) return -1;
  const d = timerIndex[k].at - clock.now();
  return d > 0 ? Math.ceil(d) : 0;
}
/** Cancels message timer `ref`: milliseconds it had left, or -1 if it was not active. */
export function timerCancel(ref: number): number {
  const left = timerRead(ref);
  if (left < 0) return -1;
  const t = timerIndex['$' + ref];
  timerForget(t);
  tKill(t);
  return left;
}

function fireTimers(now: number): void {
  for (;;) {
    tDropDeadTop();
    if (timers.length === 0 || timers[0].at > now) return;
    const t = timers[0];
    tPop();
    t.dead = true;
    if (t.kind === 0) {
      const p = processById(t.pid);
      if (p !== null && p.rtimer === t) {
        p.rtimer = null;
        p.timerId = -1;
        // resume at the receive loop: loop_rec finds no new matching message and reaches the
        // wait_timeout instruction, which sees timedOut and falls through to `timeout`
        p.timedOut = true;
        if (p.status === PStatus.WAITING_TIMEOUT) enqueue(p);
      }
    } else {
      const q = t.pid !== 0 ? processById(t.pid) : whereis(t.dest);
      const b = t.block;
      t.block = 0;
      timerForget(t);
      if (q !== null) deliverBlock(q, b);
      else messageFree(b);
    }
  }
}

function liveTimers(): boolean {
  tDropDeadTop();
  return timers.length > 0;
}

// ---- code stubs natives continue into ------------------------------------------------------------

let stubs: { [k: string]: number } = {};
const stubStart: number[] = [];
const stubEnd: number[] = [];
const stubMfa: string[] = [];
/**
 * Offset of a code stub made once by `emit` (which appends words with code.codeEmit). mfa:
 * "m:f/a" that process_info reports as the current function of a process inside it.
 */
export function stub(name: string, emit: () => void, mfa: string): number {
  const k = '$' + name;
  if (stubs.hasOwnProperty(k)) return stubs[k];
  const off = code.codeTop;
  emit();
  code.codeFlush();
  stubs[k] = off;
  stubStart.push(off);
  stubEnd.push(code.codeTop);
  stubMfa.push(mfa);
  return off;
}
/** "m:f/a" of the stub containing code offset pc, or null. */
export function stubAt(pc: number): string | null {
  for (let i = 0; i < stubStart.length; i++) if (pc >= stubStart[i] && pc < stubEnd[i]) return stubMfa[i];
  return null;
}

// ---- process exit --------------------------------------------------------------------------------

/** Ends process p (p.exitReason set): reports, signals links and monitors, releases memory. */
export function terminate(p: Process): void {
  if (p.status === PStatus.DEAD) return;
  p.status = PStatus.DEAD;
  if (p.rtimer !== null) cancelReceiveTimer(p);
  const mt = p.msgTimers;
  p.msgTimers = [];
  for (let i = 0; i < mt.length; i++) {
    mt[i].pid = 0;
    timerForget(mt[i]);
    tKill(mt[i]);
  }
  if (p.registeredName >= 0) unregisterName((p.registeredName << 6) | 0x0b);
  onExit(p);
  const reason = p.exitReason;
  // links first, then monitors in creation order (OTP's order)
  const links = p.links;
  p.links = [];
  for (let i = 0; i < links.length; i++) {
    const q = processById(links[i]);
    if (q === null) continue;
    removeNum(q.links, p.id);
    exitSignal(q, p.pid, reason, true);
  }
  const mi = p.monIn;
  p.monIn = [];
  for (let i = 0; i < mi.length; i++) {
    const k = '$' + mi[i];
    if (!monTable.hasOwnProperty(k)) continue;
    const m = monTable[k];
    delete monTable[k];
    const w = processById(m.watcher);
    if (w !== null) {
      removeNum(w.monOut, m.ref);
      const tag = m.tag !== 0 ? W[m.tag + 1] : 0;
      downNow(w, m.ref, m.name !== 0 ? m.name : p.pid, m.name !== 0, reason, tag);
    }
    if (m.tag !== 0) messageFree(m.tag);
  }
  const mo = p.monOut;
  p.monOut = [];
  for (let i = 0; i < mo.length; i++) {
    const k = '$' + mo[i];
    if (!monTable.hasOwnProperty(k)) continue;
    const m = monTable[k];
    delete monTable[k];
    const q = processById(m.target);
    if (q !== null) removeNum(q.monIn, m.ref);
    if (m.tag !== 0) messageFree(m.tag);
  }
  heapRelease(p);
  delete procs[p.id];
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

function pickNext(): Process | null {
  let p = rqPop(3);
  if (p === null) p = rqPop(2);
  if (p !== null) return p;
  if (lowSkip < 8 || rqEmpty(0)) {
    p = rqPop(1);
    if (p !== null) {
      lowSkip++;
      return p;
    }
  }
  lowSkip = 0;
  p = rqPop(0);
  if (p === null) p = rqPop(1);
  return p;
}

/** Runs processes for about budgetMs milliseconds. */
export function runSlice(budgetMs: number): number {
  const start = clock.now();
  let n = 0;
  for (;;) {
    // the clock is read every few processes: Date.now is not free on every engine
    if ((n & 7) === 0) fireTimers(clock.now());
    const p = pickNext();
    if (p === null) {
      fireTimers(clock.now());
      if (!rqEmpty(0) || !rqEmpty(1) || !rqEmpty(2) || !rqEmpty(3)) continue;
      if (procCount === 0) return SliceResult.DONE;
      return liveTimers() || hooks.ioPending() ? SliceResult.IDLE : SliceResult.DONE;
    }
    n++;
    current = p;
    contextSwitches++;
    let r: number;
    try {
      r = execute(p, REDUCTIONS);
    } catch (e) {
      if (e !== OOM) throw e;
      p.exitReason = atom(A.out_of_memory);
      r = RunResult.EXIT;
    }
    current = null;
    p.reductions += REDUCTIONS >> 2;
    totalReductions += REDUCTIONS >> 2;
    if (r === RunResult.YIELD) enqueue(p);
    else if (r === RunResult.EXIT) {
      if (p.maxHeapHit) {
        // max_heap_size reached: OTP kills the process with reason `killed`
        p.exitReason = atom(A.killed);
      } else if (p.exitReason === 0) p.exitReason = atom(A.normal);
      terminate(p);
    }
    drainDying();
    if ((n & 7) === 0 && clock.now() - start >= budgetMs) return SliceResult.BUSY;
  }
}

/** nextWake() when only I/O can wake a process: the host waits for the platform's wake(). */
export const WAIT_IO = 2147483647;

/** Milliseconds until the next timer fires (0 if overdue), WAIT_IO, or -1 if nothing can wake. */
export function nextWake(): number {
  if (!rqEmpty(0) || !rqEmpty(1) || !rqEmpty(2) || !rqEmpty(3)) return 0;
  if (!liveTimers()) return hooks.ioPending() ? WAIT_IO : -1;
  const d = timers[0].at - clock.now();
  // (a timer may be years away: the host waits at most WAIT_IO - 1 ms, then asks again)
  return d > 0 ? (d < WAIT_IO ? d : WAIT_IO - 1) : 0;
}

export { NONE, NIL };
