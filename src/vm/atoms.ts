// The global atom table. Atom names are stored as byte strings: each JS char is one byte of the
// name's UTF-8 encoding (engines such as Espruino keep only 8 bits per char).
import { FIXED_ATOMS, mkAtom } from './term';

let names: string[] = [];
let index: { [k: string]: number } = {};

export const MAX_ATOM_BYTES = 255 * 4;

export function atomsInit(): void {
  names = [];
  index = {};
  for (let i = 0; i < FIXED_ATOMS.length; i++) atomIntern(FIXED_ATOMS[i]);
}

/** Index of the atom with this UTF-8 byte-string name, creating it if needed. */
export function atomIntern(name: string): number {
  const k = '$' + name;
  if (index.hasOwnProperty(k)) return index[k];
  const i = names.length;
  names.push(name);
  index[k] = i;
  return i;
}

/** Atom term for a name (UTF-8 byte string). */
export function atomTerm(name: string): number {
  return mkAtom(atomIntern(name));
}

/** Index of an existing atom, or -1. */
export function atomLookup(name: string): number {
  const k = '$' + name;
  return index.hasOwnProperty(k) ? index[k] : -1;
}

export function atomName(i: number): string {
  return names[i];
}

export function atomCount(): number {
  return names.length;
}

/** Encodes a JS string of code points (as produced by String.fromCharCode on chars < 256 or UTF-16) to a UTF-8 byte string. */
export function utf8Encode(s: string): string {
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
