// The global atom table. Atom names are stored as byte strings: each JS char is one byte of the
// name's UTF-8 encoding (engines such as Espruino keep only 8 bits per char).
import { FIXED_ATOMS, mkAtom } from './term';

// Names are kept as bytes in one arena, not as a JS string each: on Espruino a string in an Array
// costs two RAM blocks or more (~1,000 for the ~500 atoms of an app using lists and io_lib), the
// arena about one per 18 bytes. atomName() makes the string when asked (printing, errors).
let bytes = new Uint8Array(0);
let off = new Int32Array(1); // atom i is bytes[off[i] .. off[i + 1])
let count = 0;
// Open-addressing hash of the names: atom index + 1 per slot, 0 = empty; a power of two in size,
// at most half full. (A JS object keyed by name would do on V8, but Espruino finds an object's
// keys by a linear walk, ~ms per lookup with a thousand atoms, and spends RAM blocks on each key.)
let slots = new Int32Array(2);
let hashes = new Int32Array(1); // per atom: hashName(its name), for growing the table

export const MAX_ATOM_BYTES = 255 * 4;

export function atomsInit(): void {
  bytes = new Uint8Array(4096);
  off = new Int32Array(513);
  count = 0;
  slots = new Int32Array(1024);
  hashes = new Int32Array(512);
  for (let i = 0; i < FIXED_ATOMS.length; i++) atomIntern(FIXED_ATOMS[i]);
}

/** Hash of a name's length and five of its bytes (first two, middle, last two): no loop, as
 *  Espruino takes ~10 us per loop step and interns every native's name at start. */
function hashName(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  const c = s.charCodeAt(0) * 31 + s.charCodeAt(n >> 1);
  const d = s.charCodeAt(n > 1 ? 1 : 0) * 961 + s.charCodeAt(n - 1) * 31 + s.charCodeAt(n > 2 ? n - 2 : 0);
  return (n * 1000003 + c * 29791 + d) | 0;
}

/** The slot holding this name, or the empty slot where it would go. */
function slotOf(name: string, h: number): number {
  const mask = slots.length - 1;
  const n = name.length;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const e = slots[i];
    if (e === 0 || (hashes[e - 1] === h && off[e] - off[e - 1] === n && atomName(e - 1) === name)) return i;
  }
}

function growSlots(): void {
  const n = slots.length * 2;
  slots = new Int32Array(n);
  const hs = new Int32Array(n >> 1);
  hs.set(hashes.subarray(0, count));
  hashes = hs;
  const mask = n - 1;
  for (let a = 0; a < count; a++) {
    let i = hashes[a] & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = a + 1;
  }
}

/** Appends a name's bytes to the arena as atom `count`. */
function store(name: string): void {
  const at = off[count];
  const end = at + name.length;
  if (end > bytes.length) {
    const nb = new Uint8Array(end * 2);
    nb.set(bytes);
    bytes = nb;
  }
  if (count + 2 > off.length) {
    const no = new Int32Array(off.length * 2);
    no.set(off);
    off = no;
  }
  const b = bytes;
  let c = 0;
  for (let k = 0; k < name.length; k++) c |= b[at + k] = name.charCodeAt(k);
  // (not a regular expression: Espruino's takes [^\x00-\xff] to match 'abc')
  if (c > 255) throw new Error('atom name is not a UTF-8 byte string: ' + name);
  off[++count] = end;
}

/** Index of the atom with this UTF-8 byte-string name, creating it if needed. */
export function atomIntern(name: string): number {
  const h = hashName(name);
  let at = slotOf(name, h);
  if (slots[at] !== 0) return slots[at] - 1;
  const i = count;
  if ((i + 1) * 2 > slots.length) {
    growSlots();
    at = slotOf(name, h);
  }
  store(name);
  hashes[i] = h;
  slots[at] = i + 1;
  return i;
}

/** Atom term for a name (UTF-8 byte string). */
export function atomTerm(name: string): number {
  return mkAtom(atomIntern(name));
}

/** Index of an existing atom, or -1. */
export function atomLookup(name: string): number {
  return slots[slotOf(name, hashName(name))] - 1;
}

/** The name of atom i (a UTF-8 byte string). */
export function atomName(i: number): string {
  const a = off[i];
  const n = off[i + 1] - a;
  // one native call (Espruino: apply takes at most 256 arguments, and no view may start 64 KB or
  // more into its buffer)
  if (n <= 256 && a < 65536) return String.fromCharCode.apply(null, bytes.subarray(a, a + n) as unknown as number[]);
  let s = '';
  for (let k = 0; k < n; k++) s += String.fromCharCode(bytes[a + k]);
  return s;
}

/** Orders atoms i and j by name, as bytes (which is the order of their code points). */
export function atomCompare(i: number, j: number): number {
  if (i === j) return 0;
  let a = off[i];
  let b = off[j];
  const ea = off[i + 1];
  const eb = off[j + 1];
  for (; a < ea && b < eb; a++, b++) if (bytes[a] !== bytes[b]) return bytes[a] < bytes[b] ? -1 : 1;
  return a < ea ? 1 : b < eb ? -1 : 0;
}

export function atomCount(): number {
  return count;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Encodes a JS string of code points (as produced by String.fromCharCode on chars < 256 or UTF-16) to a UTF-8 byte string. */
export function utf8Encode(s: string): string {
  // ASCII: the same, found by one native call (Espruino lexes a loop's body at every char, and
  // a function's whole body even after a `return` that is not its first statement)
  return NON_ASCII.test(s) ? /*#__NOINLINE__*/ utf8EncodeAll(s) : s;
}
function utf8EncodeAll(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    out += codePointToUtf8(c);
  }
  return out;
}

export function codePointToUtf8(c: number): string {
  const f = String.fromCharCode;
  if (c < 0x80) return f(c);
  if (c < 0x800) return f(0xc0 | (c >> 6), 0x80 | (c & 63));
  if (c < 0x10000) return f(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  return f(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

/** Decodes a UTF-8 byte string into an array of code points (invalid bytes pass through as latin1). */
export function utf8CodePoints(s: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let n = 0;
    let cp = c;
    if (c >= 0xc2 && c < 0xe0) { n = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c < 0xf0) { n = 2; cp = c & 0x0f; }
    else if (c >= 0xf0 && c < 0xf5) { n = 3; cp = c & 0x07; }
    let ok = n > 0 && i + n < s.length + 0 + 1 && i + n <= s.length - 0;
    if (ok) {
      for (let j = 1; j <= n; j++) {
        const d = s.charCodeAt(i + j);
        if ((d & 0xc0) !== 0x80) { ok = false; break; }
        cp = (cp << 6) | (d & 0x3f);
      }
    }
    if (ok) { out.push(cp); i += n + 1; }
    else { out.push(c); i++; }
  }
  return out;
}

// ---- snapshot (natives.ts: the names registered at start, kept across boots on a device)

/** The atom table's arrays (read by natives.ts to save it). */
export function atomsState(): { n: number; bytes: Uint8Array; off: Int32Array; slots: Int32Array; hashes: Int32Array } {
  return { n: count, bytes: bytes, off: off, slots: slots, hashes: hashes };
}

/** Replaces the atom table by saved arrays (copies them: the saved ones may be read-only flash). */
export function atomsRestore(n: number, b: Uint8Array, o: Int32Array, s: Int32Array, h: Int32Array): void {
  bytes = new Uint8Array(b);
  off = new Int32Array(o);
  slots = new Int32Array(s);
  hashes = new Int32Array(h);
  count = n;
}
