// VM memory: one ArrayBuffer viewed as 32-bit words (W) and bytes (U8). Every term, process heap,
// stack, message, literal area and off-heap binary lives here. Addresses are word indexes.
//
// A boundary-tag block allocator carves it up. Block layout (words):
//   [size|USED] [payload ...] [size|USED]        size = total words incl. the two tags
// A free block keeps its bin links in payload words 0 (next) and 1 (prev); 0 means "none".
// Bins: exact sizes for small blocks, then powers of two. The memory grows (copying into a
// bigger buffer, indexes unchanged) up to a fixed budget; past it, allocation returns 0.

export let W: Int32Array = new Int32Array(0);
export let U8: Uint8Array = new Uint8Array(0);

const USED = 1 << 30;
const SIZE_MASK = USED - 1;
const MIN_BLOCK = 4;
const SMALL_BINS = 64; // bins 0..63: exact sizes 4..67
const NBINS = SMALL_BINS + 32;
let bins = new Int32Array(NBINS);

let memWords = 0; // current length of W
let budgetWords = 0; // maximum length of W
export let usedWords = 0; // words in used blocks (incl. tags)
export let peakUsedWords = 0;

function binOf(size: number): number {
  if (size - MIN_BLOCK < SMALL_BINS) return size - MIN_BLOCK;
  let b = SMALL_BINS;
  let s = (size - MIN_BLOCK) >> 6;
  while (s > 1 && b < NBINS - 1) {
    s >>= 1;
    b++;
  }
  return b;
}

function binInsert(a: number, size: number): void {
  const b = binOf(size);
  const head = bins[b];
  W[a] = size;
  W[a + size - 1] = size;
  W[a + 1] = head;
  W[a + 2] = 0;
  if (head !== 0) W[head + 2] = a;
  bins[b] = a;
}

function binRemove(a: number, size: number): void {
  const next = W[a + 1];
  const prev = W[a + 2];
  if (prev !== 0) W[prev + 1] = next;
  else bins[binOf(size)] = next;
  if (next !== 0) W[next + 2] = prev;
}

// Espruino cannot make a typed-array view that starts 64 KB or more into its buffer ("byteOffset
// too large"), so `W.set(W.subarray(a, b), c)` fails there once a is past word 16383. Copies go
// through wcopy/bcopy: below 64 KB by a view, past it by a view where the first such copy showed
// the engine can make one (probed on the memory itself: no test buffer of 64 KB to allocate),
// else by a loop.
let viewMax = 65536; // the first byte offset a view may not start at (Infinity: no limit)
let viewProbed = false;
function probeView(a: Uint8Array | Int32Array, at: number): boolean {
  if (at >= a.length) return false; // (an empty copy says nothing)
  viewProbed = true;
  try {
    if (a.subarray(at, at + 1).length === 1) viewMax = Infinity;
  } catch (e) {
    viewMax = 65536;
  }
  return viewMax === Infinity;
}

/** Sets the view limit in bytes (tests: 0 takes every copy through the loops; -1: the default). */
export function memViewLimit(bytes: number): void {
  viewMax = bytes < 0 ? 65536 : bytes;
  viewProbed = bytes >= 0;
}

/** Copies W[src..src+n) to W[dst..) (the ranges may overlap). */
export function wcopy(dst: number, src: number, n: number): void {
  if (src * 4 < viewMax || (!viewProbed && probeView(W, src))) W.set(W.subarray(src, src + n), dst);
  else if (dst <= src) for (let i = 0; i < n; i++) W[dst + i] = W[src + i];
  else for (let i = n - 1; i >= 0; i--) W[dst + i] = W[src + i];
}

/** Copies a[from..from+n) to b[to..) (b may be a, with overlapping ranges). */
export function bcopy(b: Uint8Array, to: number, a: Uint8Array, from: number, n: number): void {
  if (a.byteOffset + from < viewMax || (!viewProbed && probeView(a, from))) b.set(a.subarray(from, from + n), to);
  else if (b !== a || to <= from) for (let i = 0; i < n; i++) b[to + i] = a[from + i];
  else for (let i = n - 1; i >= 0; i--) b[to + i] = a[from + i];
}

/**
 * Sets up the memory. initialWords grows on demand up to budgetWords.
 * Word 0..1 and the last word are sentinels so that 0 is never a valid address.
 */
export function memInit(initialWords: number, budget: number): void {
  if (initialWords < 1024) initialWords = 1024;
  if (budget < initialWords) budget = initialWords;
  budgetWords = budget;
  memWords = initialWords;
  const buf = new ArrayBuffer(initialWords * 4);
  W = new Int32Array(buf);
  U8 = new Uint8Array(buf);
  bins = new Int32Array(NBINS);
  usedWords = 0;
  peakUsedWords = 0;
  // prologue: a used 2-word block at 0, epilogue: a used tag at the end
  W[0] = 2 | USED;
  W[1] = 2 | USED;
  W[memWords - 1] = 0 | USED;
  binInsert(2, memWords - 3);
}

export function memBudget(): number {
  return budgetWords;
}
export function memSize(): number {
  return memWords;
}

function grow(minFree: number): boolean {
  if (memWords >= budgetWords) return false;
  let n = memWords * 2;
  if (n < memWords + minFree + 8) n = memWords + minFree + 8;
  if (n > budgetWords) n = budgetWords;
  if (n - memWords < minFree + 4) return false;
  let buf: ArrayBuffer;
  try {
    buf = new ArrayBuffer(n * 4);
  } catch (e) {
    budgetWords = memWords; // the engine refused: this is the real budget
    return false;
  }
  const nw = new Int32Array(buf);
  nw.set(W);
  const oldEnd = memWords - 1; // old epilogue position
  W = nw;
  U8 = new Uint8Array(buf);
  memWords = n;
  W[n - 1] = 0 | USED;
  // the new space starts at the old epilogue; merge with a free block before it
  let start = oldEnd;
  let size = n - 1 - oldEnd;
  const prevTag = W[oldEnd - 1];
  if ((prevTag & USED) === 0) {
    const ps = prevTag & SIZE_MASK;
    binRemove(oldEnd - ps, ps);
    start = oldEnd - ps;
    size += ps;
  }
  binInsert(start, size);
  return true;
}

/** Allocates `words` payload words; returns the payload address or 0 when out of memory. */
export function memAlloc(words: number): number {
  let need = words + 2;
  if (need < MIN_BLOCK) need = MIN_BLOCK;
  for (;;) {
    let b = binOf(need);
    let found = 0;
    let fsize = 0;
    if (b < SMALL_BINS && bins[b] !== 0) {
      found = bins[b];
      fsize = need;
    } else {
      if (b < SMALL_BINS) b++;
      while (b < NBINS && found === 0) {
        let a = bins[b];
        let scanned = 0;
        while (a !== 0) {
          const s = W[a] & SIZE_MASK;
          if (s >= need) {
            found = a;
            fsize = s;
            break;
          }
          a = W[a + 1];
          if (++scanned > 64) break;
        }
        b++;
      }
    }
    if (found !== 0) {
      binRemove(found, fsize);
      const rest = fsize - need;
      if (rest >= MIN_BLOCK) {
        binInsert(found + need, rest);
      } else {
        need = fsize;
      }
      W[found] = need | USED;
      W[found + need - 1] = need | USED;
      usedWords += need;
      if (usedWords > peakUsedWords) peakUsedWords = usedWords;
      return found + 1;
    }
    if (!grow(need)) return 0;
  }
}

/** Payload size (words) of an allocated block. */
export function memBlockWords(p: number): number {
  return (W[p - 1] & SIZE_MASK) - 2;
}

export function memFree(p: number): void {
  let a = p - 1;
  let size = W[a] & SIZE_MASK;
  usedWords -= size;
  const prevTag = W[a - 1];
  if ((prevTag & USED) === 0) {
    const ps = prevTag & SIZE_MASK;
    a -= ps;
    binRemove(a, ps);
    size += ps;
  }
  const nextTag = W[a + size];
  if ((nextTag & USED) === 0) {
    const ns = nextTag & SIZE_MASK;
    binRemove(a + size, ns);
    size += ns;
  }
  binInsert(a, size);
}

/** Shrinks an allocated block in place to `words` payload words (frees the tail). */
export function memShrink(p: number, words: number): void {
  const a = p - 1;
  const size = W[a] & SIZE_MASK;
  let need = words + 2;
  if (need < MIN_BLOCK) need = MIN_BLOCK;
  if (size - need < MIN_BLOCK) return;
  W[a] = need | USED;
  W[a + need - 1] = need | USED;
  usedWords -= size - need;
  const t = a + need;
  W[t] = (size - need) | USED;
  W[t + size - need - 1] = (size - need) | USED;
  usedWords += size - need;
  memFree(t + 1);
}

// Scratch for float <-> words conversion (same byte order as W).
const fbuf = new ArrayBuffer(8);
export const F64 = new Float64Array(fbuf);
export const F64W = new Int32Array(fbuf);

export function floatToWords(x: number, addr: number): void {
  F64[0] = x;
  W[addr] = F64W[0];
  W[addr + 1] = F64W[1];
}
export function wordsToFloat(addr: number): number {
  F64W[0] = W[addr];
  F64W[1] = W[addr + 1];
  return F64[0];
}
