// Process heaps: allocation, heap fragments, off-heap (refc) binaries, the copying garbage
// collector (Cheney: no recursion, the to-space itself is the work queue) and term copying
// between heaps (messages), which walks with an explicit stack.
import { W, memAlloc, memFree, memShrink, memBlockWords, wcopy } from './memory';
import { Process } from './process';
import { Box, Refc, NIL } from './term';
import { setLength } from './arrays';

/**
 * Debug option (VmOptions.gcStress): after a collection a heap of less than 8K live words keeps
 * no free space beyond what was asked for, so (nearly) every allocation point collects: every
 * root is exercised.
 */
export const gcDebug = { stress: false };

/** Thrown (as a JS value, caught by the scheduler) when a process cannot get memory. */
export const OOM = { oom: true };

/** A moved cons cell: head word replaced by this header-like marker, tail by the new pointer. */
const CONS_MOVED = 0xfc;

export function heapSetup(p: Process, heapWords: number, stackWords: number): boolean {
  const h = memAlloc(heapWords);
  if (h === 0) return false;
  const s = memAlloc(stackWords);
  if (s === 0) {
    memFree(h);
    return false;
  }
  p.heapStart = h;
  p.htop = h;
  p.hend = h + memBlockWords(h);
  p.stackStart = s;
  p.stackEnd = s + memBlockWords(s);
  p.stop = p.stackEnd;
  return true;
}

/** Frees everything a dead process holds (heap, stack, fragments, refc references, mailbox). */
export function heapRelease(p: Process): void {
  sweepMso(p.mso);
  p.mso = NIL;
  if (p.heapStart) memFree(p.heapStart);
  if (p.stackStart) memFree(p.stackStart);
  for (let i = 0; i < p.frags.length; i += 2) memFree(p.frags[i]);
  p.frags = [];
  p.fragWords = 0;
  p.heapStart = p.htop = p.hend = 0;
  p.stackStart = p.stop = p.stackEnd = 0;
  let m = p.mqHead;
  while (m !== 0) {
    const next = W[m];
    messageFree(m);
    m = next;
  }
  p.mqHead = p.mqTail = p.mqSave = p.mqSavePrev = 0;
  p.mqLen = 0;
}

/**
 * Allocates n words on p's heap. Never collects (callers may hold raw pointers): when the heap
 * is full the words come from a new heap fragment, merged at the next collection.
 */
export function heapAlloc(p: Process, n: number): number {
  const a = p.htop;
  if (a + n <= p.hend) {
    p.htop = a + n;
    return a;
  }
  const f = memAlloc(n < 16 ? 16 : n);
  if (f === 0) throw OOM;
  p.frags.push(f, f + n);
  p.fragWords += n;
  if (p.maxHeap > 0 && heapWords(p) > p.maxHeap && (p.maxHeapFlags & 1) !== 0) {
    p.maxHeapHit = true; // (scheduler) the exit reason becomes `killed`, as OTP's max_heap_size
    throw OOM;
  }
  return f;
}

/** Words of heap in use (heap + fragments). */
export function heapWords(p: Process): number {
  return p.htop - p.heapStart + p.fragWords;
}

// ---- off-heap binaries ------------------------------------------------------------------
// Off-heap block: [refcount, byteSize, data...]; data byte address = (block + 2) * 4.

export function refcAlloc(byteSize: number): number {
  const b = memAlloc(2 + ((byteSize + 3) >> 2));
  if (b === 0) throw OOM;
  W[b] = 1;
  W[b + 1] = byteSize;
  return b;
}

export function refcDecref(block: number): void {
  if (block === 0) return;
  if (--W[block] === 0) memFree(block);
}

/** Creates a refc binary box on p's heap for a fresh block (refcount already 1). */
export function refcBox(p: Process, block: number, byteSize: number): number {
  const a = heapAlloc(p, Refc.WORDS);
  W[a] = (4 << 6) | Box.REFC_BIN;
  W[a + Refc.SIZE] = byteSize;
  W[a + Refc.DATA] = (block + 2) * 4;
  W[a + Refc.BLOCK] = block;
  W[a + Refc.NEXT] = p.mso;
  const t = (a << 2) | 2;
  p.mso = t;
  return t;
}

function sweepMso(mso: number): void {
  while (mso !== NIL) {
    const a = mso >>> 2;
    refcDecref(W[a + Refc.BLOCK]);
    mso = W[a + Refc.NEXT];
  }
}

// ---- garbage collection -------------------------------------------------------------------

let fromStart = 0;
let fromEnd = 0;
let fromFrags: number[] = [];
let toTop = 0;
let newMso = NIL;

function inFrom(a: number): boolean {
  if (a >= fromStart && a < fromEnd) return true;
  const f = fromFrags;
  for (let i = 0; i < f.length; i += 2) if (a >= f[i] && a < f[i + 1]) return true;
  return false;
}

function evacuate(t: number): number {
  const tag = t & 3;
  if (tag === 1) {
    const a = t >>> 2;
    if (!inFrom(a)) return t;
    if (W[a] === CONS_MOVED) return W[a + 1];
    const n = toTop;
    W[n] = W[a];
    W[n + 1] = W[a + 1];
    toTop = n + 2;
    const nt = (n << 2) | 1;
    W[a] = CONS_MOVED;
    W[a + 1] = nt;
    return nt;
  }
  if (tag === 2) {
    const a = t >>> 2;
    if (!inFrom(a)) return t;
    const h = W[a];
    if ((h & 3) === 2) return h;
    const size = (h >>> 6) + 1;
    const n = toTop;
    wcopy(n, a, size);
    toTop = n + size;
    const nt = (n << 2) | 2;
    W[a] = nt;
    if ((h & 0x3f) === Box.REFC_BIN && W[n + Refc.BLOCK] !== 0) {
      W[n + Refc.NEXT] = newMso;
      newMso = nt;
    }
    return nt;
  }
  return t;
}

/** Scans copied boxes in [from, toTop), evacuating the terms they hold. */
function scan(from: number): void {
  let s = from;
  while (s < toTop) {
    const h = W[s];
    if ((h & 3) !== 0) {
      // a cons cell: two terms
      W[s] = evacuate(h);
      W[s + 1] = evacuate(W[s + 1]);
      s += 2;
      continue;
    }
    const arity = h >>> 6;
    switch (h & 0x3f) {
      case Box.TUPLE:
      case Box.FUN:
      case Box.EXPORT:
      case Box.MAP:
        for (let i = 1; i <= arity; i++) W[s + i] = evacuate(W[s + i]);
        break;
      case Box.HAMT:
        for (let i = 3; i <= arity; i++) W[s + i] = evacuate(W[s + i]);
        break;
      case Box.SUB_BIN:
      case Box.MATCH:
        W[s + 1] = evacuate(W[s + 1]);
        break;
      default:
        break; // raw words
    }
    s += arity + 1;
  }
}

/**
 * Collects p's heap so that `need` free words follow. Roots: x registers [0, live), the stack,
 * the process dictionary, the pending exception and `extra` (terms a caller keeps; updated in place).
 * Cons cells are told apart from box headers while scanning because a cell's first word is a
 * term (low bits != 00) whereas a header has low bits 00 — except when a cell's head is itself
 * a header-like word, which never happens: heads are terms.
 */
export function gc(p: Process, need: number, x: Int32Array, live: number, extra?: number[]): void {
  const used = p.htop - p.heapStart + p.fragWords;
  // worst case everything survives; the surplus lets a growing live set double the heap per
  // collection (amortised linear) instead of growing by `need` each time
  const toSize = used * 2 + need + 8;
  const to = memAlloc(toSize);
  if (to === 0) throw OOM;
  fromStart = p.heapStart;
  fromEnd = p.htop;
  fromFrags = p.frags;
  toTop = to;
  newMso = NIL;
  const oldMso = p.mso;
  for (let i = 0; i < live; i++) x[i] = evacuate(x[i]);
  for (let i = p.stop; i < p.stackEnd; i++) {
    const t = W[i];
    if ((t & 3) !== 0) W[i] = evacuate(t);
  }
  p.dict = evacuate(p.dict);
  p.excReason = evacuate(p.excReason);
  p.excTrace = evacuate(p.excTrace);
  p.excArgs = evacuate(p.excArgs);
  p.exitReason = evacuate(p.exitReason);
  if (extra) for (let i = 0; i < extra.length; i++) extra[i] = evacuate(extra[i]);
  scan(to);
  // MSO sweep: refc boxes not moved are garbage
  let m = oldMso;
  while (m !== NIL) {
    const a = m >>> 2;
    if ((W[a] & 3) !== 2) refcDecref(W[a + Refc.BLOCK]);
    m = W[a + Refc.NEXT];
  }
  p.mso = newMso;
  memFree(p.heapStart);
  for (let i = 0; i < p.frags.length; i += 2) memFree(p.frags[i]);
  p.frags = [];
  p.fragWords = 0;
  fromFrags = [];
  const liveWords = toTop - to;
  // size policy: room for `need` plus as much again as survived (amortised linear growth)
  let want = liveWords * 2 + need;
  if (want < p.minHeap) want = p.minHeap;
  // (scheduler) debug: no free space is kept, so the next allocation check collects again
  // (heaps beyond 8K live words keep the normal policy: stress runs must stay linear enough)
  if (gcDebug.stress && liveWords < 8192) want = liveWords + need;
  if (want < toSize) memShrink(to, want);
  p.heapStart = to;
  p.htop = toTop;
  p.hend = to + memBlockWords(to);
  if (p.maxHeap > 0 && liveWords + need > p.maxHeap && (p.maxHeapFlags & 1) !== 0) {
    p.maxHeapHit = true;
    throw OOM;
  }
}

/** Makes sure `need` heap words are free, collecting if necessary. */
export function heapEnsure(p: Process, need: number, x: Int32Array, live: number): void {
  if (p.htop + need > p.hend || p.fragWords > 0) gc(p, need, x, live);
}

/** Makes sure the stack has room for `need` more words, moving it to a bigger block if needed. */
export function stackEnsure(p: Process, need: number): void {
  if (p.stop - need >= p.stackStart) return;
  const used = p.stackEnd - p.stop;
  let size = (p.stackEnd - p.stackStart) * 2;
  if (size < used + need + 16) size = used + need + 16;
  const s = memAlloc(size);
  if (s === 0) throw OOM;
  const end = s + memBlockWords(s);
  wcopy(end - used, p.stop, used);
  memFree(p.stackStart);
  p.stackStart = s;
  p.stackEnd = end;
  p.stop = end - used;
}

// ---- copying terms between heaps (messages, ETS-like stores) -------------------------------

const work: number[] = [];

/** Words needed to copy term t (a tree copy: shared subterms are counted each time). */
export function termSize(t: number): number {
  let n = 0;
  setLength(work, 0);
  work.push(t);
  while (work.length > 0) {
    t = work.pop() as number;
    for (;;) {
      const tag = t & 3;
      if (tag === 1) {
        const a = t >>> 2;
        n += 2;
        const hd = W[a];
        if ((hd & 3) === 1 || (hd & 3) === 2) work.push(hd);
        t = W[a + 1];
        continue;
      }
      if (tag === 2) {
        const a = t >>> 2;
        const h = W[a];
        const arity = h >>> 6;
        n += arity + 1;
        switch (h & 0x3f) {
          case Box.TUPLE:
          case Box.FUN:
          case Box.EXPORT:
          case Box.MAP:
            for (let i = 1; i <= arity; i++) work.push(W[a + i]);
            break;
          case Box.HAMT:
            for (let i = 3; i <= arity; i++) work.push(W[a + i]);
            break;
          case Box.SUB_BIN:
          case Box.MATCH:
            work.push(W[a + 1]);
            break;
        }
      }
      break;
    }
  }
  return n;
}

const wslot: number[] = [];

/**
 * Copies term t into [dst, ...) (at least termSize(t) words), counting refc references and
 * linking copied refc boxes into the list whose head is returned via `msoOut[0]`.
 * Returns the copied term.
 */
export function copyTerm(t: number, dst: number, msoOut: number[]): number {
  let top = dst;
  let mso = msoOut[0];
  // slot 0 is a scratch root word outside memory: use a JS holder
  let result = 0;
  setLength(work, 0);
  setLength(wslot, 0);
  work.push(t);
  wslot.push(-1);
  while (work.length > 0) {
    let src = work.pop() as number;
    let slot = wslot.pop() as number;
    for (;;) {
      const tag = src & 3;
      let out: number;
      if (tag === 1) {
        const a = src >>> 2;
        const n = top;
        top += 2;
        out = (n << 2) | 1;
        if (slot < 0) result = out;
        else W[slot] = out;
        const hd = W[a];
        if ((hd & 3) === 1 || (hd & 3) === 2) {
          work.push(hd);
          wslot.push(n);
        } else W[n] = hd;
        src = W[a + 1];
        slot = n + 1;
        continue;
      }
      if (tag === 2) {
        const a = src >>> 2;
        const h = W[a];
        const arity = h >>> 6;
        const n = top;
        top += arity + 1;
        wcopy(n, a, arity + 1);
        out = (n << 2) | 2;
        switch (h & 0x3f) {
          case Box.TUPLE:
          case Box.FUN:
          case Box.EXPORT:
          case Box.MAP:
            for (let i = 1; i <= arity; i++) {
              const c = W[a + i];
              if ((c & 3) === 1 || (c & 3) === 2) {
                work.push(c);
                wslot.push(n + i);
              }
            }
            break;
          case Box.HAMT:
            for (let i = 3; i <= arity; i++) {
              const c = W[a + i];
              if ((c & 3) === 1 || (c & 3) === 2) {
                work.push(c);
                wslot.push(n + i);
              }
            }
            break;
          case Box.SUB_BIN:
          case Box.MATCH:
            work.push(W[a + 1]);
            wslot.push(n + 1);
            break;
          case Box.REFC_BIN: {
            const blk = W[a + Refc.BLOCK];
            if (blk !== 0) {
              W[blk]++;
              W[n + Refc.NEXT] = mso;
              mso = out;
            }
            break;
          }
        }
      } else out = src;
      if (slot < 0) result = out;
      else W[slot] = out;
      break;
    }
  }
  msoOut[0] = mso;
  return result;
}

/** Copies t onto p's heap (used when a term built elsewhere must belong to p). */
export function copyToHeap(p: Process, t: number): number {
  if ((t & 3) === 0 || (t & 3) === 3) return t;
  const n = termSize(t);
  const a = heapAlloc(p, n);
  const m = [p.mso];
  const r = copyTerm(t, a, m);
  p.mso = m[0];
  return r;
}

// ---- messages -------------------------------------------------------------------------------
// Message block: [next, term, mso, size, data...]; the term points into data.

export const MSG_HDR = 4;

export function messageNew(t: number): number {
  const n = termSize(t);
  const b = memAlloc(MSG_HDR + n);
  if (b === 0) throw OOM;
  const m = [NIL];
  W[b] = 0;
  W[b + 1] = copyTerm(t, b + MSG_HDR, m);
  W[b + 2] = m[0];
  W[b + 3] = n;
  return b;
}

export function messageFree(b: number): void {
  sweepMso(W[b + 2]);
  memFree(b);
}

/** Hands a received message's block to p as a heap fragment (no copy). */
export function messageAttach(p: Process, b: number): void {
  let m = W[b + 2];
  while (m !== NIL) {
    const a = m >>> 2;
    const next = W[a + Refc.NEXT];
    W[a + Refc.NEXT] = p.mso;
    p.mso = m;
    m = next;
  }
  const n = W[b + 3];
  p.frags.push(b, b + MSG_HDR + n);
  p.fragWords += n + MSG_HDR;
}
