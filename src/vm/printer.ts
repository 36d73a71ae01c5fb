// Term printing with OTP 25 semantics: io_lib:write (~w) and io_lib_pretty (~p).
//
// Output is a byte string: each JS char is one byte of the UTF-8 encoding of the text (engines
// such as Espruino keep only 8 bits per char). Lengths used by the line-breaking algorithm are
// counted in characters the way OTP's io_lib:chars_length/1 does (code points while every char is
// below 256, grapheme clusters otherwise; see graphemeCount for the approximation used).
//
// Nothing here recurses on the term's depth. ~w walks the term with an explicit task stack.
// ~p follows io_lib_pretty: (1) build an intermediate tree of nodes (text or children, length in
// chars) with a work list, computing lengths bottom-up in reverse creation order; (2) choose the
// indentation for tagged tuples (cind: try -1, then 4, else 1) with a work list; (3) emit text with
// a task stack. Every layout decision of io_lib_pretty depends only on the lengths of the children,
// never on their printed text, so a node can be expanded into its sequence of pieces (text,
// "write this child flat", "lay out this child") before any child is laid out.
//
// Records are unknown at run time, so tuples always print as tuples. chars_limit is not supported.
import { W, wordsToFloat } from './memory';
import { atomName, utf8CodePoints } from './atoms';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, byteAt } from './binary';
import { bigFromWords32, bigToString } from './bignum';
import { formatShort } from './float_fmt';
import { closureInfo } from './compare';
import { setLength } from './arrays';

// ---- hooks filled in by other parts of the VM ---------------------------------------------

/**
 * Text of a closure (box tag 0x14) from its fun index, e.g. "#Fun<mod.3.12345>"; null = unknown.
 * Without it (or when it returns null) the fun entry from compare.ts's funInfoHook names it.
 */
export let funNameHook: ((funIndex: number) => string | null) | null = null;
/**
 * Enumerates a large (HAMT) map: pushes key, value, key, value... onto `out` in the order the
 * map should print (OTP's iteration order).
 */
export let mapIterHook: ((map: number, out: number[]) => void) | null = null;

export function setFunNameHook(f: ((funIndex: number) => string | null) | null): void {
  funNameHook = f;
}
export function setMapIterHook(f: ((map: number, out: number[]) => void) | null): void {
  mapIterHook = f;
}

/**
 * io:printable_range(): false = latin1 (OTP's default), true = unicode (erl +pc unicode).
 * It decides which lists ~tp shows as strings (and which binaries as UTF-8 text).
 */
export let printableUnicode = false;
export function setPrintableRange(unicode: boolean): void {
  printableUnicode = unicode;
}

// ---- characters ---------------------------------------------------------------------------

const fromCharCode = String.fromCharCode;

/** UTF-8 byte string of the code points cps[from..to) (whole array by default). */
export function cpsToUtf8(cps: number[], from?: number, to?: number): string {
  const a = from === undefined ? 0 : from;
  const b = to === undefined ? cps.length : to;
  let s = '';
  const buf: number[] = [];
  for (let i = a; i < b; i++) {
    const c = cps[i];
    if (c < 0x80) buf.push(c);
    else if (c < 0x800) buf.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) buf.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else buf.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    if (buf.length >= 240) {
      s += fromCharCode.apply(null, buf);
      setLength(buf, 0);
    }
  }
  if (buf.length > 0) s += fromCharCode.apply(null, buf);
  return s;
}

/** Number of characters (code points) in a UTF-8 byte string: bytes that are not continuations. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xc0) !== 0x80) n++;
  return n;
}

// Grapheme cluster boundaries, approximating Unicode UAX #29 as used by OTP's string module:
// CR LF, controls, combining marks and other extenders (a table of the common ranges), ZWJ emoji
// sequences, regional-indicator pairs and Hangul syllable sequences.
const EXTEND_RANGES = [
  0x0300, 0x036f, 0x0483, 0x0489, 0x0591, 0x05bd, 0x05bf, 0x05bf, 0x05c1, 0x05c2, 0x05c4, 0x05c5,
  0x05c7, 0x05c7, 0x0610, 0x061a, 0x064b, 0x065f, 0x0670, 0x0670, 0x06d6, 0x06dc, 0x06df, 0x06e4,
  0x06e7, 0x06e8, 0x06ea, 0x06ed, 0x0711, 0x0711, 0x0730, 0x074a, 0x07a6, 0x07b0, 0x07eb, 0x07f3,
  0x0900, 0x0903, 0x093a, 0x093c, 0x093e, 0x094f, 0x0951, 0x0957, 0x0962, 0x0963, 0x0981, 0x0983,
  0x09bc, 0x09bc, 0x09be, 0x09cd, 0x0e31, 0x0e31, 0x0e34, 0x0e3a, 0x0e47, 0x0e4e, 0x1ab0, 0x1aff,
  0x1dc0, 0x1dff, 0x200c, 0x200d, 0x20d0, 0x20ff, 0x302a, 0x302f, 0x3099, 0x309a, 0xfe00, 0xfe0f,
  0xfe20, 0xfe2f, 0x1f3fb, 0x1f3ff, 0xe0020, 0xe007f, 0xe0100, 0xe01ef,
];

function isExtend(c: number): boolean {
  if (c < 0x300) return false;
  const r = EXTEND_RANGES;
  for (let i = 0; i < r.length; i += 2) {
    if (c < r[i]) return false;
    if (c <= r[i + 1]) return true;
  }
  return false;
}

function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0x2028 || c === 0x2029;
}

function isPictographic(c: number): boolean {
  return (c >= 0x1f000 && c <= 0x1faff) || (c >= 0x2600 && c <= 0x27bf) || c === 0x2764;
}

/** Hangul syllable type: 1 L, 2 V, 3 T, 4 LV, 5 LVT, 0 other. */
function hangul(c: number): number {
  if ((c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c)) return 1;
  if ((c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6)) return 2;
  if ((c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb)) return 3;
  if (c >= 0xac00 && c <= 0xd7a3) return (c - 0xac00) % 28 === 0 ? 4 : 5;
  return 0;
}

/** True when there is a grapheme cluster boundary between cps[i-1] and cps[i] (i >= 1). */
function graphemeBreak(cps: number[], i: number, riCount: number): boolean {
  const p = cps[i - 1];
  const c = cps[i];
  if (p === 13 && c === 10) return false;
  if (isControl(p) || isControl(c)) return true;
  const hp = hangul(p);
  const hc = hangul(c);
  if (hp === 1 && (hc === 1 || hc === 2 || hc === 4 || hc === 5)) return false;
  if ((hp === 2 || hp === 4) && (hc === 2 || hc === 3)) return false;
  if ((hp === 3 || hp === 5) && hc === 3) return false;
  if (isExtend(c)) return false;
  if (p === 0x200d && isPictographic(c)) return false;
  if (p >= 0x1f1e6 && p <= 0x1f1ff && c >= 0x1f1e6 && c <= 0x1f1ff) return (riCount & 1) === 0;
  return true;
}

/** Index in cps where the grapheme cluster number `n` starts (cps.length if there are fewer). */
export function graphemeIndex(cps: number[], n: number): number {
  if (n <= 0 || cps.length === 0) return 0;
  let count = 1;
  let ri = cps[0] >= 0x1f1e6 && cps[0] <= 0x1f1ff ? 1 : 0;
  for (let i = 1; i < cps.length; i++) {
    if (graphemeBreak(cps, i, ri)) {
      if (count === n) return i;
      count++;
    }
    const c = cps[i];
    if (c >= 0x1f1e6 && c <= 0x1f1ff) ri++;
    else ri = 0;
  }
  return cps.length;
}

/** Number of grapheme clusters (string:length/1). */
export function graphemeCount(cps: number[]): number {
  if (cps.length === 0) return 0;
  let count = 1;
  let ri = cps[0] >= 0x1f1e6 && cps[0] <= 0x1f1ff ? 1 : 0;
  for (let i = 1; i < cps.length; i++) {
    if (graphemeBreak(cps, i, ri)) count++;
    const c = cps[i];
    if (c >= 0x1f1e6 && c <= 0x1f1ff) ri++;
    else ri = 0;
  }
  return count;
}

/** io_lib:chars_length/1 of a flat list of chars. */
export function charsLength(cps: number[]): number {
  for (let i = 0; i < cps.length; i++) if (cps[i] > 255) return graphemeCount(cps);
  return cps.length;
}

/** io_lib:chars_length/1 of text given as a UTF-8 byte string. */
export function charsLengthUtf8(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i);
    // a lead byte of 0xc4 or more starts a char above 255
    if (b >= 0xc4 && b < 0xf8) return graphemeCount(utf8CodePoints(s));
  }
  return utf8Length(s);
}

// Escape modes of io_lib:write_string/2 and friends.
const ESC_LATIN1 = 0; // write_latin1_string: 160..255 as themselves
const ESC_UNICODE = 1; // write_string (unicode_as_unicode): 160.. as themselves
const ESC_AS_LATIN1 = 2; // write_string_as_latin1: above 255 as \x{HEX}

/** Appends the quoted form of char c (io_lib string_char) to out. */
function escChar(out: number[], c: number, q: number, mode: number): void {
  if (c === q) {
    out.push(92, q);
    return;
  }
  if (c === 92) {
    out.push(92, 92);
    return;
  }
  if (c >= 32 && c <= 126) {
    out.push(c);
    return;
  }
  if (c >= 160) {
    if (c <= 255 || mode !== ESC_AS_LATIN1) {
      out.push(c);
      return;
    }
    const h = c.toString(16).toUpperCase();
    out.push(92, 120, 123);
    for (let i = 0; i < h.length; i++) out.push(h.charCodeAt(i));
    out.push(125);
    return;
  }
  let e = 0;
  switch (c) {
    case 10: e = 110; break; // \n
    case 13: e = 114; break; // \r
    case 9: e = 116; break; // \t
    case 11: e = 118; break; // \v
    case 8: e = 98; break; // \b
    case 12: e = 102; break; // \f
    case 27: e = 101; break; // \e
    case 127: e = 100; break; // \d
  }
  if (e !== 0) {
    out.push(92, e);
    return;
  }
  out.push(92, (c >> 6) + 48, ((c >> 3) & 7) + 48, (c & 7) + 48);
}

// erl_scan:reserved_word/1 in OTP 25 (maybe/else are not reserved without the feature enabled).
const RESERVED: { [k: string]: boolean } = {
  $after: true, $and: true, $andalso: true, $band: true, $begin: true, $bnot: true, $bor: true,
  $bsl: true, $bsr: true, $bxor: true, $case: true, $catch: true, $cond: true, $div: true,
  $end: true, $fun: true, $if: true, $let: true, $not: true, $of: true, $or: true, $orelse: true,
  $receive: true, $rem: true, $try: true, $when: true, $xor: true,
};

function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 64 ||
    (c >= 223 && c <= 255 && c !== 247) ||
    (c >= 192 && c <= 222 && c !== 215)
  );
}

/** io_lib:quote_atom/2 on the atom's code points. */
function atomNeedsQuotes(name: string, cps: number[]): boolean {
  if (RESERVED.hasOwnProperty('$' + name)) return true;
  if (cps.length === 0) return true;
  const c = cps[0];
  if (!((c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247))) return true;
  for (let i = 1; i < cps.length; i++) if (!isNameChar(cps[i])) return true;
  return false;
}

// Cache of written atoms per atom index: [latin1 form, unicode form], validated by name.
const atomCacheName: string[] = [];
const atomCacheText: string[] = [];
const atomCacheLen: number[] = [];

/**
 * The written form of atom `idx` as a UTF-8 byte string (quoted when needed); `unicode` selects
 * io_lib:write_atom/1 (chars above 255 as themselves) over write_atom_as_latin1/1 (\x{...}).
 * ATOM_LEN receives its length in chars (chars_length).
 */
export let ATOM_LEN = 0;
export function atomText(idx: number, unicode: boolean): string {
  const name = atomName(idx);
  const slot = idx * 2 + (unicode ? 1 : 0);
  if (atomCacheName[slot] === name) {
    ATOM_LEN = atomCacheLen[slot];
    return atomCacheText[slot];
  }
  const cps = utf8CodePoints(name);
  let out: number[];
  if (atomNeedsQuotes(name, cps)) {
    out = [39];
    const mode = unicode ? ESC_UNICODE : ESC_AS_LATIN1;
    for (let i = 0; i < cps.length; i++) escChar(out, cps[i], 39, mode);
    out.push(39);
  } else out = cps;
  const s = cpsToUtf8(out);
  ATOM_LEN = charsLength(out);
  atomCacheName[slot] = name;
  atomCacheText[slot] = s;
  atomCacheLen[slot] = ATOM_LEN;
  return s;
}

/** An atom as erlang:fun_to_list/1 writes it (reserved words are not quoted). */
function funAtom(idx: number, unicode: boolean): string {
  const name = atomName(idx);
  if (RESERVED.hasOwnProperty('$' + name) && utf8CodePoints(name)[0] >= 97) return name;
  return atomText(idx, unicode);
}

/** io_lib:write_string(Cps, Q) as code points (mode: one of the ESC_ constants). */
function quoteCps(cps: number[], q: number, mode: number): number[] {
  const out: number[] = [q];
  for (let i = 0; i < cps.length; i++) escChar(out, cps[i], q, mode);
  out.push(q);
  return out;
}

/** io_lib:write_string/1: a double-quoted, escaped string (UTF-8 byte string). */
export function writeString(cps: number[], unicode: boolean): string {
  return cpsToUtf8(quoteCps(cps, 34, unicode ? ESC_UNICODE : ESC_AS_LATIN1));
}

// ---- atomic terms -------------------------------------------------------------------------

function bigText(a: number, h: number): string {
  const n = h >>> 6;
  return bigToString(bigFromWords32(W, a + 1, n, (h & 0x3f) === 0x0c), 10);
}

/** Text of an integer term (small or big), or null. */
export function integerText(t: number, base: number): string | null {
  if ((t & 0xf) === 0xf) {
    const v = t >> 4;
    return v < 0 ? '-' + (-v).toString(base).toUpperCase() : v.toString(base).toUpperCase();
  }
  if ((t & 3) !== 2) return null;
  const a = t >>> 2;
  const h = W[a];
  const tag = h & 0x3f;
  if (tag !== 0x08 && tag !== 0x0c) return null;
  return bigToString(bigFromWords32(W, a + 1, h >>> 6, tag === 0x0c), base);
}

function funText(a: number, h: number, unicode: boolean): string {
  if ((h & 0x3f) === 0x1c) {
    // erlang:fun_to_list/1 quotes by the characters only: fun and:or/1
    const m = funAtom(W[a + 1] >>> 6, unicode);
    const f = funAtom(W[a + 2] >>> 6, unicode);
    return 'fun ' + m + ':' + f + '/' + (W[a + 3] >> 4);
  }
  const idx = W[a + 1] >> 4;
  const s = funNameHook !== null ? funNameHook(idx) : null;
  if (s !== null) return s;
  const fi = closureInfo(a);
  if (fi === null) return '#Fun<?.' + idx + '.0>';
  const oi = fi.oldIndex === undefined ? fi.index : fi.oldIndex;
  return '#Fun<' + atomText(fi.module, unicode) + '.' + oi + '.' + (fi.uniq >>> 0) + '>';
}

/**
 * io_lib:write/1 of a term that is neither a list, tuple, map nor bitstring (integers, floats,
 * atoms, pids, ports, refs, funs); null for the others.
 */
function atomicText(t: number, unicode: boolean): string | null {
  const tag4 = t & 0xf;
  if (tag4 === 0xf) return String(t >> 4);
  if ((t & 0x3f) === 0x0b) return atomText(t >>> 6, unicode);
  if (tag4 === 0x3) return '<0.' + (t >>> 4) + '.0>';
  if (tag4 === 0x7) return '#Port<0.' + (t >>> 4) + '>';
  if ((t & 3) !== 2) return null;
  const a = t >>> 2;
  const h = W[a];
  switch (h & 0x3f) {
    case 0x08:
    case 0x0c:
      return bigText(a, h);
    case 0x18:
      return formatShort(wordsToFloat(a + 1));
    case 0x10:
      return '#Ref<0.0.' + (W[a + 1] >>> 0) + '.' + (W[a + 2] >>> 0) + '>';
    case 0x14:
    case 0x1c:
      return funText(a, h, unicode);
  }
  return null;
}

// ---- binaries -----------------------------------------------------------------------------

/**
 * io_lib:write_binary(B, D) as its pieces: ["1", ",", "2", ",", "3"], [..., "5", ":", "3"] for
 * trailing bits, [..., "..."] when the depth runs out. Returns null when t is not a bitstring.
 */
function binaryPieces(t: number, d: number): string[] | null {
  if (!binResolve(t)) return null;
  const addr = RB_ADDR;
  const bit = RB_BIT;
  const bits = RB_BITS;
  const nbytes = bits >>> 3;
  const rest = bits & 7;
  const p: string[] = [];
  let i = 0;
  for (;;) {
    if (i === nbytes && rest === 0) break;
    if (d === 1) {
      p.push('...');
      break;
    }
    if (i < nbytes) {
      p.push(String(byteAt(addr, bit, i)));
      i++;
      if (i < nbytes || rest !== 0) p.push(',');
      d--;
      continue;
    }
    p.push(String(byteAt(addr, bit, i) >> (8 - rest)), ':', String(rest));
    break;
  }
  return p;
}

function isPrintableLatin1(c: number): boolean {
  return (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || (c >= 8 && c <= 13) || c === 27;
}

function isPrintableUnicode(c: number): boolean {
  return (
    (c >= 32 && c <= 126) ||
    (c >= 160 && c < 0xd800) ||
    (c > 0xdfff && c < 0xfffe) ||
    (c > 0xffff && c <= 0x10ffff) ||
    (c >= 8 && c <= 13) ||
    c === 27
  );
}

// UTF-8 decoding of a resolved binary region, as Erlang's <<C/utf8>> matching does.
let U8_CP = 0;
/** Decodes one UTF-8 char at byte i (of n); returns its byte length (U8_CP = the char) or 0. */
function utf8At(addr: number, bit: number, i: number, n: number): number {
  const b0 = byteAt(addr, bit, i);
  if (b0 < 0x80) {
    U8_CP = b0;
    return 1;
  }
  let len: number;
  let cp: number;
  let min: number;
  if (b0 >= 0xc2 && b0 < 0xe0) {
    len = 2;
    cp = b0 & 0x1f;
    min = 0x80;
  } else if (b0 >= 0xe0 && b0 < 0xf0) {
    len = 3;
    cp = b0 & 0x0f;
    min = 0x800;
  } else if (b0 >= 0xf0 && b0 < 0xf5) {
    len = 4;
    cp = b0 & 0x07;
    min = 0x10000;
  } else return 0;
  if (i + len > n) return 0;
  for (let j = 1; j < len; j++) {
    const b = byteAt(addr, bit, i + j);
    if ((b & 0xc0) !== 0x80) return 0;
    cp = cp * 64 + (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  U8_CP = cp;
  return len;
}

/**
 * The pretty printer's node for a bitstring (print_length of io_lib_pretty for binaries): its
 * text as a leaf, or a BIN node (the byte list) when it is not shown as a string.
 */
function binaryNode(t: number, d: number, unicode: boolean, str: boolean): PN {
  binResolve(t);
  const addr = RB_ADDR;
  const bit = RB_BIT;
  const bits = RB_BITS;
  const size = bits >>> 3;
  if (bits === 0) return '<<>>';
  if (d === 1) return '<<...>>';
  const d1 = d - 1;
  // kind: 0 no, 1 {true,L}, 2 {false,L} (utf8), 3 {true,true,L}, 4 {false,true,L}
  let kind = 0;
  let cps: number[] = [];
  if (str && (bits & 7) === 0) {
    const len = d1 >= 0 ? (4 * d1 < size ? 4 * d1 : size) : size;
    if (len > 0) {
      let done = false;
      if (unicode) {
        // valid_utf8(Bin, Len)
        let pos = 0;
        let k = len;
        let valid = true;
        while (pos < size && k > 0) {
          const l = utf8At(addr, bit, pos, size);
          if (l === 0) {
            valid = false;
            break;
          }
          pos += l;
          k--;
        }
        if (valid) {
          done = true;
          pos = 0;
          k = len;
          while (k > 0 && pos < size) {
            const l = utf8At(addr, bit, pos, size);
            if (l === 0) break;
            const c = U8_CP;
            if (!(printableUnicode ? isPrintableUnicode(c) : isPrintableLatin1(c))) break;
            cps.push(c);
            pos += l;
            k--;
          }
          if (pos === size) kind = size === cps.length ? 1 : 2;
          else if (d1 > 0 && len - k >= d1) kind = pos === cps.length ? 3 : 4;
        }
      }
      if (!done) {
        const nn = len < 20 ? len : 20;
        let j = 0;
        while (j < nn && isPrintableLatin1(byteAt(addr, bit, j))) j++;
        let cut = -1;
        if (j === nn) {
          if (nn === size) {
            kind = 1;
            cut = nn;
          } else if (nn === len) {
            kind = 3;
            cut = nn;
          } else {
            let k = nn;
            while (k < len && isPrintableLatin1(byteAt(addr, bit, k))) k++;
            if (k === len && size === len) {
              kind = 1;
              cut = size;
            } else if (d1 > 0 && k >= d1) {
              kind = 3;
              cut = k;
            }
          }
        } else if (d1 > 0 && j >= d1) {
          kind = 3;
          cut = j;
        }
        for (let i = 0; i < cut; i++) cps.push(byteAt(addr, bit, i));
      }
    }
  }
  if (kind !== 0) {
    const q = quoteCps(cps, 34, ESC_UNICODE);
    const s = cpsToUtf8(q);
    if (kind === 1) return '<<' + s + '>>';
    if (kind === 2) return '<<' + s + '/utf8>>';
    if (kind === 3) return '<<' + s + '...>>';
    return '<<' + s + '/utf8...>>';
  }
  const p = binaryPieces(t, d) as string[];
  const n = mkNode(K_BIN);
  n.s = p.join('');
  n.len = n.s.length + 4;
  return n;
}

// ---- lists --------------------------------------------------------------------------------

/** Printable-list check (io_lib:printable_latin1_list/1 or printable_unicode_list/1). */
function printableList(t: number, unicode: boolean): boolean {
  while ((t & 3) === 1) {
    const a = t >>> 2;
    const h = W[a];
    if ((h & 0xf) !== 0xf) return false;
    const c = h >> 4;
    if (!(unicode ? isPrintableUnicode(c) : isPrintableLatin1(c))) return false;
    t = W[a + 1];
  }
  return t === 0x3b;
}

function listCps(t: number): number[] {
  const out: number[] = [];
  while ((t & 3) === 1) {
    const a = t >>> 2;
    out.push(W[a] >> 4);
    t = W[a + 1];
  }
  return out;
}

// ---- io_lib:write (~w) --------------------------------------------------------------------

// Task kinds of the ~w writer.
const WT_TERM = 0; // write term v at depth d
const WT_STR = 1; // emit WSTR[v]
const WT_TAIL = 2; // write_tail(v, d)
const WSTR = [',', ' => ', ']', '}', ',...}'];

/**
 * io_lib:write(Term, Depth) (~w / ~W); unicode selects ~tw (atoms with chars above 255 as
 * themselves). depth -1 = unlimited. Returns a UTF-8 byte string.
 */
export function writeTerm(t: number, depth?: number, unicode?: boolean): string {
  const uni = unicode === true;
  const out: string[] = [];
  const tk: number[] = [WT_TERM];
  const tv: number[] = [t];
  const td: number[] = [depth === undefined ? -1 : depth];
  const tmp: number[] = [];
  while (tk.length > 0) {
    const k = tk.pop() as number;
    const v = tv.pop() as number;
    const d = td.pop() as number;
    if (k === WT_STR) {
      out.push(WSTR[v]);
      continue;
    }
    if (k === WT_TAIL) {
      // write_tail(T, D): [] -> ""; D = 1 -> "|..."; [H|T] -> ",H" ...; other -> "|Other"
      if (v === 0x3b) continue;
      if (d === 1) {
        out.push('|...');
        continue;
      }
      if ((v & 3) === 1) {
        const a = v >>> 2;
        out.push(',');
        tk.push(WT_TAIL, WT_TERM);
        tv.push(W[a + 1], W[a]);
        td.push(d - 1, d - 1);
        continue;
      }
      out.push('|');
      tk.push(WT_TERM);
      tv.push(v);
      td.push(d - 1);
      continue;
    }
    if (d === 0) {
      out.push('...');
      continue;
    }
    if (v === 0x3b) {
      out.push('[]');
      continue;
    }
    if ((v & 3) === 1) {
      if (d === 1) {
        out.push('[...]');
        continue;
      }
      const a = v >>> 2;
      out.push('[');
      tk.push(WT_STR, WT_TAIL, WT_TERM);
      tv.push(2, W[a + 1], W[a]);
      td.push(0, d - 1, d - 1);
      continue;
    }
    if ((v & 3) === 2) {
      const a = v >>> 2;
      const h = W[a];
      const tag = h & 0x3f;
      if (tag === 0x00) {
        const n = h >>> 6;
        if (n === 0) {
          out.push('{}');
          continue;
        }
        if (d === 1) {
          out.push('{...}');
          continue;
        }
        // element 1 at d-1; element i >= 2 at d-i, replaced by ",..." when d-i+1 = 1
        let cut = n + 1;
        for (let i = 2; i <= n; i++) {
          if (d - i + 1 === 1) {
            cut = i;
            break;
          }
        }
        out.push('{');
        tk.push(WT_STR);
        tv.push(cut <= n ? 4 : 3);
        td.push(0);
        for (let i = cut - 1; i >= 2; i--) {
          tk.push(WT_TERM, WT_STR);
          tv.push(W[a + i], 0);
          td.push(d - i, 0);
        }
        tk.push(WT_TERM);
        tv.push(W[a + 1]);
        td.push(d - 1);
        continue;
      }
      if (tag === 0x2c || tag === 0x30) {
        if (d === 1) {
          out.push('#{}');
          continue;
        }
        setLength(tmp, 0);
        mapPairs(v, tmp);
        const np = tmp.length >> 1;
        if (np === 0) {
          out.push('#{}');
          continue;
        }
        const d0 = d - 1;
        // write_map_body checks the depth (d0 - (j-1) = 1 -> ",...") before each pair j >= 1,
        // even after the last pair
        let cut = np;
        let dots = false;
        for (let j = 1; j <= np; j++) {
          if (d0 - (j - 1) === 1) {
            cut = j;
            dots = true;
            break;
          }
        }
        out.push('#{');
        tk.push(WT_STR);
        tv.push(dots ? 4 : 3);
        td.push(0);
        for (let j = cut - 1; j >= 0; j--) {
          tk.push(WT_TERM, WT_STR, WT_TERM);
          tv.push(tmp[2 * j + 1], 1, tmp[2 * j]);
          td.push(d0, 0, d0);
          if (j > 0) {
            tk.push(WT_STR);
            tv.push(0);
            td.push(0);
          }
        }
        continue;
      }
      if (tag === 0x24 || tag === 0x20 || tag === 0x28) {
        const p = binaryPieces(v, d) as string[];
        out.push('<<' + p.join('') + '>>');
        continue;
      }
    }
    const s = atomicText(v, uni);
    out.push(s !== null ? s : '?');
  }
  return out.join('');
}

/** Enumerates a map's pairs onto out (key, value, ...) in print order. */
function mapPairs(m: number, out: number[]): void {
  const a = m >>> 2;
  const h = W[a];
  if ((h & 0x3f) === 0x2c) {
    const n = (h >>> 6) - 1;
    const kp = W[a + 1] >>> 2;
    for (let i = 0; i < n; i++) out.push(W[kp + 1 + i], W[a + 2 + i]);
    return;
  }
  if (mapIterHook !== null) mapIterHook(m, out);
}

// ---- io_lib_pretty (~p) -------------------------------------------------------------------

// Nodes of the intermediate tree. A leaf (io_lib_pretty's {Chars, Len, 0, no_more}) is just its
// text, a UTF-8 byte string, whose length in chars is lenOf(text) (leaves are the most numerous
// nodes, and a string costs far less memory than an object on small engines).
const K_LIST = 1; // a = elements, tl = improper tail / dots
const K_TUPLE = 2; // a = elements, tl = dots, tag = tagged tuple
const K_MAP = 3; // a = pairs, tl = dots
const K_PAIR = 4; // a = [key, value]
const K_BIN = 5; // s = the byte list of write_binary, "1,2,3" ({bin, S} of io_lib_pretty)
const K_DOTS = 6; // "..." (the {dots, ...} of io_lib_pretty)

interface PNode {
  k: number;
  s: string;
  len: number;
  a: PN[] | null;
  tl: PN | null;
  tag: boolean;
}

type PN = PNode | string;

function mkNode(k: number): PNode {
  return { k: k, s: '', len: 0, a: null, tl: null, tag: false };
}

function lenOf(n: PN): number {
  return typeof n === 'string' ? charsLengthUtf8(n) : n.len;
}

const DOTS: PNode = { k: K_DOTS, s: '...', len: 3, a: null, tl: null, tag: false };

/** print_length of io_lib_pretty: the intermediate tree of term t at depth d. */
function buildTree(t: number, d: number, uni: boolean, str: boolean): PN {
  // work list: term, depth, and the slot to fill (parent node, index in its a; -1 = its tl)
  const holder = mkNode(K_PAIR);
  holder.a = [''];
  const wt: number[] = [t];
  const wd: number[] = [d];
  const wp: PNode[] = [holder];
  const wi: number[] = [0];
  const comps: PNode[] = [];
  const tmp: number[] = [];
  const strUni = uni && printableUnicode;
  while (wt.length > 0) {
    t = wt.pop() as number;
    d = wd.pop() as number;
    const parent = wp.pop() as PNode;
    const slot = wi.pop() as number;
    let r: PN;
    if (t === 0x3b) r = '[]';
    else if ((t & 3) === 1) {
      if (str && d !== 1 && printableList(t, strUni)) {
        r = cpsToUtf8(quoteCps(listCps(t), 34, uni ? ESC_UNICODE : ESC_LATIN1));
      } else {
        const n = mkNode(K_LIST);
        const a: PN[] = [];
        n.a = a;
        comps.push(n);
        let dc = d;
        for (;;) {
          if (t === 0x3b) break;
          if (dc === 1) {
            n.tl = DOTS;
            break;
          }
          if ((t & 3) === 1) {
            const p = t >>> 2;
            wt.push(W[p]);
            wd.push(dc - 1);
            wp.push(n);
            wi.push(a.length);
            a.push('');
            t = W[p + 1];
            dc--;
            continue;
          }
          wt.push(t);
          wd.push(dc - 1);
          wp.push(n);
          wi.push(-1);
          break;
        }
        r = n;
      }
    } else if ((t & 3) === 2 && (W[t >>> 2] & 0x3f) === 0x00) {
      const b = t >>> 2;
      const size = W[b] >>> 6;
      if (size === 0) r = '{}';
      else if (d === 1) r = '{...}';
      else {
        const n = mkNode(K_TUPLE);
        const a: PN[] = [];
        n.a = a;
        n.tag = size > 1 && (W[b + 1] & 0x3f) === 0x0b;
        comps.push(n);
        for (let i = 1; i <= size; i++) {
          const dc = d - (i - 1);
          if (dc === 1) {
            n.tl = DOTS;
            break;
          }
          wt.push(W[b + i]);
          wd.push(dc - 1);
          wp.push(n);
          wi.push(a.length);
          a.push('');
        }
        r = n;
      }
    } else if ((t & 3) === 2 && ((W[t >>> 2] & 0x3f) === 0x2c || (W[t >>> 2] & 0x3f) === 0x30)) {
      setLength(tmp, 0);
      mapPairs(t, tmp);
      const np = tmp.length >> 1;
      if (np === 0) r = '#{}';
      else if (d === 1) r = '#{...}';
      else {
        const n = mkNode(K_MAP);
        const a: PN[] = [];
        n.a = a;
        comps.push(n);
        for (let j = 0; j < np; j++) {
          if (d - j === 1) {
            n.tl = DOTS;
            break;
          }
          const pn = mkNode(K_PAIR);
          pn.a = ['', ''];
          a.push(pn);
          comps.push(pn);
          wt.push(tmp[2 * j], tmp[2 * j + 1]);
          wd.push(d - 1, d - 1);
          wp.push(pn, pn);
          wi.push(0, 1);
        }
        r = n;
      }
    } else if ((t & 0x3f) === 0x0b) r = atomText(t >>> 6, uni);
    else {
      const bs = binaryTag(t);
      if (bs) r = binaryNode(t, d, uni, str);
      else {
        const s = atomicText(t, false);
        r = s !== null ? s : '?';
      }
    }
    if (slot >= 0) (parent.a as PN[])[slot] = r;
    else parent.tl = r;
  }
  // lengths bottom-up: children were created after their parents
  for (let i = comps.length - 1; i >= 0; i--) {
    const n = comps[i];
    const a = n.a as PN[];
    if (n.k === K_PAIR) {
      n.len = lenOf(a[0]) + 4 + lenOf(a[1]);
      continue;
    }
    let len = n.k === K_MAP ? 3 : 2;
    for (let j = 0; j < a.length; j++) len += lenOf(a[j]);
    if (a.length > 1) len += a.length - 1;
    if (n.tl !== null) len += lenOf(n.tl) + (a.length > 0 ? 1 : 0);
    n.len = len;
  }
  return (holder.a as PN[])[0];
}

function binaryTag(t: number): boolean {
  if ((t & 3) !== 2) return false;
  const tag = W[t >>> 2] & 0x3f;
  return tag === 0x24 || tag === 0x20 || tag === 0x28;
}

/** io_lib_pretty:write/1 of a node: its one-line text, appended to out. */
function writeNode(root: PN, out: string[]): void {
  const st: PN[] = [root];
  while (st.length > 0) {
    const x = st.pop() as PN;
    if (typeof x === 'string') {
      out.push(x);
      continue;
    }
    const n = x;
    switch (n.k) {
      case K_DOTS:
        out.push(n.s);
        break;
      case K_BIN:
        out.push('<<' + n.s + '>>');
        break;
      case K_PAIR: {
        const a = n.a as PN[];
        st.push(a[1], ' => ', a[0]);
        break;
      }
      default: {
        const a = n.a as PN[];
        const open = n.k === K_LIST ? '[' : n.k === K_TUPLE ? '{' : '#{';
        const close = n.k === K_LIST ? ']' : '}';
        st.push(close);
        if (n.tl !== null) {
          st.push(n.tl);
          // a list alone made of dots prints "[...]"
          if (a.length > 0) st.push(n.k === K_LIST ? '|' : ',');
        }
        for (let j = a.length - 1; j >= 0; j--) {
          st.push(a[j]);
          if (j > 0) st.push(',');
        }
        out.push(open);
      }
    }
  }
}

/** A string of n spaces. */
let spaceCache = '                                                                ';
function spaces(n: number): string {
  while (spaceCache.length < n) spaceCache += spaceCache;
  return spaceCache.substring(0, n);
}

// Layout parameters of one ~p call (io_lib_pretty's Ll, M, TInd).
let LL = 80;
let MM = 0;
let TIND = 1;

function fits(len: number, col: number, ld: number, w: number): boolean {
  return len < LL - col - ld && len + w + ld <= MM;
}

/** pp_tail / cind_tail: an improper tail that is a leaf stays on the current line. */
function tailLeafFits(len: number, col: number, ld: number, w: number): boolean {
  return len + 1 < LL - col - (ld + 1) && len + 1 + w + (ld + 1) <= MM;
}

/** The condition under which pp_tail/pp_pairs_tail write an element on the current line. */
function tailFits(elen: number, col: number, ld1: number, w: number): boolean {
  if (ld1 === 0) return elen + 1 < LL - col && w + elen + 1 <= MM;
  return elen < LL - col - ld1 && w + elen + ld1 <= MM;
}

function isLeaf(n: PN): boolean {
  return typeof n === 'string';
}

function isDots(n: PN): boolean {
  return typeof n !== 'string' && n.k === K_DOTS;
}

function pairIsLeaf(p: PNode): boolean {
  const a = p.a as PN[];
  return typeof a[0] === 'string' && typeof a[1] === 'string';
}

// ---- cind: can the tagged-tuple indentation `ind` be used? ---------------------------------

// Work list of cind tasks: node, col, ld, w.
const cN: PN[] = [];
const cC: number[] = [];
const cL: number[] = [];
const cW: number[] = [];

function cindPush(n: PN, col: number, ld: number, w: number): void {
  cN.push(n);
  cC.push(col);
  cL.push(ld);
  cW.push(w);
}

/** cind_element: returns the width the element takes (pushing a check when laid out). */
function cindElement(e: PN, col: number, ld: number, w: number): number {
  if (isLeaf(e)) {
    const len = lenOf(e);
    if (fits(len, col, ld, w)) return len;
  }
  cindPush(e, col, ld, w);
  return LL;
}

/** cind_list / cind_tail from element i of a (col0 = the list's column). */
function cindList(n: PNode, i: number, col0: number, col: number, ld: number, w: number, first: boolean): void {
  const a = n.a as PN[];
  if (first) {
    if (i >= a.length) return; // only dots
    const we = cindElement(a[i], col0, i + 1 < a.length ? 0 : ld + 1, w);
    col = col0 + we;
    w = w + we;
    i++;
  }
  for (; i < a.length; i++) {
    const e = a[i];
    const ld1 = i + 1 < a.length ? 0 : ld + 1;
    const elen = 1 + lenOf(e);
    if (isLeaf(e) && tailFits(elen, col, ld1, w)) {
      col += elen;
      w += elen;
    } else {
      const we = cindElement(e, col0, ld1, 0);
      col = col0 + we;
      w = we;
    }
  }
  const tl = n.tl;
  if (tl === null || isDots(tl)) return;
  if (isLeaf(tl) && tailLeafFits(lenOf(tl), col, ld, w)) return;
  cindPush(tl, col, ld + 1, 0);
}

function cindPair(p: PNode, col: number, ld: number, w: number, ind: number): number {
  if (fits(p.len, col, ld, w)) return pairIsLeaf(p) ? p.len : LL;
  const a = p.a as PN[];
  cindPush(a[0], col, ld, w);
  cindPush(a[1], col + (ind > 0 ? ind : 4), ld, 0);
  return LL;
}

/** cind/7: true when indentation `ind` works for every tagged tuple that must be broken. */
function cindOk(root: PN, col: number, ind: number): boolean {
  setLength(cN, 0);
  setLength(cC, 0);
  setLength(cL, 0);
  setLength(cW, 0);
  cindPush(root, col, 0, 0);
  const half = Math.floor(LL / 2);
  while (cN.length > 0) {
    const x = cN.pop() as PN;
    col = cC.pop() as number;
    const ld = cL.pop() as number;
    let w = cW.pop() as number;
    if (typeof x === 'string') continue; // cind of a leaf: fine
    const n = x;
    if (fits(n.len, col, ld, w)) continue;
    if (n.k === K_LIST || (n.k === K_TUPLE && !n.tag)) {
      cindList(n, 0, col + 1, 0, ld, w + 1, true);
    } else if (n.k === K_TUPLE) {
      const a = n.a as PN[];
      w = w + 1;
      const tlen = lenOf(a[0]);
      const tagInd = tlen + 2;
      const tcol = col + tagInd;
      if (ind > 0 && tagInd > ind) {
        const col1 = col + ind;
        if (!(MM + col1 <= LL || col1 <= half)) return false;
        cindList(n, 1, col1, tcol, ld, w + tlen, false);
      } else if (MM + tcol < LL || tcol < half) {
        cindList(n, 1, tcol, 0, ld, w + tlen + 1, true);
      } else return false;
    } else if (n.k === K_MAP) {
      const a = n.a as PNode[];
      if (a.length === 0) continue;
      const c0 = col + 2;
      w = w + 2;
      const pw = cindPair(a[0], c0, a.length > 1 ? 0 : ld + 1, w, ind);
      let c = c0 + pw;
      w = w + pw;
      for (let i = 1; i < a.length; i++) {
        const p = a[i];
        const ld1 = i + 1 < a.length ? 0 : ld + 1;
        const elen = 1 + p.len;
        if (pairIsLeaf(p) && tailFits(elen, c, ld1, w)) {
          c += elen;
          w += elen;
        } else {
          const pw2 = cindPair(p, c0, ld1, 0, ind);
          c = c0 + pw2;
          w = pw2;
        }
      }
    }
  }
  return true;
}

// ---- pp: the layout proper ------------------------------------------------------------------

// Task stack of the layout: a string to emit, a node to write flat, or a node to lay out.
const PT_STR = 0;
const PT_WRITE = 1;
const PT_PP = 2;

interface PTask {
  k: number;
  s: string;
  n: PN | null;
  col: number;
  ind: number;
  ld: number;
  w: number;
}

let seq: PTask[] = [];

function emitStr(s: string): void {
  seq.push({ k: PT_STR, s: s, n: null, col: 0, ind: 0, ld: 0, w: 0 });
}
function emitWrite(n: PN): void {
  seq.push({ k: PT_WRITE, s: '', n: n, col: 0, ind: 0, ld: 0, w: 0 });
}
function emitPP(n: PN, col: number, ind: number, ld: number, w: number): void {
  seq.push({ k: PT_PP, s: '', n: n, col: col, ind: ind, ld: ld, w: w });
}

/** pp_element: returns the width taken. */
function ppElement(e: PN, col: number, ind: number, ld: number, w: number): number {
  if (isLeaf(e)) {
    const len = lenOf(e);
    if (fits(len, col, ld, w)) {
      emitWrite(e);
      return len;
    }
  }
  emitPP(e, col, ind, ld, w);
  return LL;
}

/** pp_list (first = true) or pp_tail from element i of n's elements. */
function ppList(
  n: PNode, i: number, col0: number, col: number, ind: number, ld: number, sep: string, w: number,
  first: boolean,
): void {
  const a = n.a as PN[];
  if (first) {
    if (i >= a.length) {
      emitStr('...');
      return;
    }
    const we = ppElement(a[i], col0, ind, i + 1 < a.length ? 0 : ld + 1, w);
    col = col0 + we;
    w = w + we;
    i++;
  }
  for (; i < a.length; i++) {
    const e = a[i];
    const ld1 = i + 1 < a.length ? 0 : ld + 1;
    const elen = 1 + lenOf(e);
    if (isLeaf(e) && tailFits(elen, col, ld1, w)) {
      emitStr(',');
      emitWrite(e);
      col += elen;
      w += elen;
    } else {
      emitStr(',\n' + spaces(ind));
      const we = ppElement(e, col0, ind, ld1, 0);
      col = col0 + we;
      w = we;
    }
  }
  const tl = n.tl;
  if (tl === null) return;
  if (isDots(tl)) {
    emitStr(sep + '...');
    return;
  }
  if (isLeaf(tl) && tailLeafFits(lenOf(tl), col, ld, w)) {
    emitStr(sep);
    emitWrite(tl);
    return;
  }
  emitStr(sep + '\n' + spaces(ind));
  emitPP(tl, col0, ind, ld + 1, 0);
}

function ppPair(p: PNode, col: number, ind: number, ld: number, w: number): number {
  if (fits(p.len, col, ld, w)) {
    emitWrite(p);
    return pairIsLeaf(p) ? p.len : LL;
  }
  const a = p.a as PN[];
  const i = TIND > 0 ? TIND : 4;
  emitPP(a[0], col, ind, ld, w);
  emitStr(' =>\n' + spaces(ind + i));
  emitPP(a[1], col + i, ind + i, ld, 0);
  return LL;
}

/** pp_binary: breaks the byte list of a binary across lines. */
function ppBinary(n: PNode, col: number, ind: number, ld: number, w: number): void {
  // the items of n.s are separated by ",": bytes, then maybe "X:Size" or "..."
  const p = n.s.split(',');
  let lim = LL - col < MM - 4 - w ? LL - col : MM - 4 - w;
  lim -= ld;
  const n0 = lim > 8 ? lim : 8;
  let nn = n0;
  const pad = '\n' + spaces(ind);
  let s = '<<';
  const last = p.length - 1;
  for (let i = 0; i < last; i++) {
    const len = p[i].length + 1;
    if (nn - len < 0) {
      s += pad + p[i] + ',';
      nn = n0 - len;
    } else {
      s += p[i] + ',';
      nn -= len;
    }
  }
  s += p[last].length > nn ? pad + p[last] : p[last];
  emitStr(s + '>>');
}

/** pp/8 of one node: appends its pieces to seq. */
function ppNode(x: PN, col: number, ind: number, ld: number, w: number): void {
  if (typeof x === 'string') {
    emitWrite(x);
    return;
  }
  const n = x;
  if (fits(n.len, col, ld, w)) {
    emitWrite(n);
    return;
  }
  switch (n.k) {
    case K_LIST:
      emitStr('[');
      ppList(n, 0, col + 1, 0, ind + 1, ld, '|', w + 1, true);
      emitStr(']');
      return;
    case K_TUPLE:
      emitStr('{');
      if (!n.tag) {
        ppList(n, 0, col + 1, 0, ind + 1, ld, ',', w + 1, true);
      } else {
        const a = n.a as PN[];
        const tag = a[0] as string;
        const tlen = lenOf(tag);
        const tagInd = tlen + 2;
        const tcol = col + tagInd;
        w = w + 1;
        if (TIND > 0 && tagInd > TIND) {
          emitStr(tag);
          ppList(n, 1, col + TIND, tcol, ind + TIND, ld, ',', w + tlen, false);
        } else {
          emitStr(tag + ',');
          ppList(n, 1, tcol, 0, ind + tagInd, ld, ',', w + tlen + 1, true);
        }
      }
      emitStr('}');
      return;
    case K_MAP: {
      emitStr('#{');
      const a = n.a as PNode[];
      if (a.length === 0) {
        if (n.tl !== null) emitStr('...');
      } else {
        const c0 = col + 2;
        const ind2 = ind + 2;
        const pw = ppPair(a[0], c0, ind2, a.length > 1 ? 0 : ld + 1, w + 1);
        let c = c0 + pw;
        let ww = pw;
        for (let i = 1; i < a.length; i++) {
          const p = a[i];
          const ld1 = i + 1 < a.length ? 0 : ld + 1;
          const elen = 1 + p.len;
          if (pairIsLeaf(p) && tailFits(elen, c, ld1, ww)) {
            emitStr(',');
            emitWrite(p);
            c += elen;
            ww += elen;
          } else {
            emitStr(',\n' + spaces(ind2));
            const pw2 = ppPair(p, c0, ind2, ld1, 0);
            c = c0 + pw2;
            ww = pw2;
          }
        }
        if (n.tl !== null) emitStr(',...');
      }
      emitStr('}');
      return;
    }
    case K_BIN:
      ppBinary(n, col + 2, ind + 2, ld, w);
      return;
    default:
      emitWrite(n);
  }
}

function ppRun(root: PN, col: number, out: string[]): void {
  const stack: PTask[] = [{ k: PT_PP, s: '', n: root, col: col, ind: col - 1, ld: 0, w: 0 }];
  while (stack.length > 0) {
    const x = stack.pop() as PTask;
    if (x.k === PT_STR) {
      out.push(x.s);
      continue;
    }
    if (x.k === PT_WRITE) {
      writeNode(x.n as PN, out);
      continue;
    }
    seq = [];
    ppNode(x.n as PN, x.col, x.ind, x.ld, x.w);
    const s = seq;
    seq = [];
    for (let i = s.length - 1; i >= 0; i--) stack.push(s[i]);
  }
}

export interface PrintOptions {
  /** Line length (the ~p field width); default 80. 0 = everything on one line. */
  width?: number;
  /** Column where the text starts (1 = first column, as io_lib:print/1); default 1. */
  indent?: number;
  /** Depth limit (~P); -1 = unlimited (default). */
  depth?: number;
  /** ~tp: atoms and strings may contain chars above 255. */
  unicode?: boolean;
  /** false for ~lp: lists and binaries are never shown as strings. Default true. */
  strings?: boolean;
}

/** io_lib_pretty:print/2 (~p, ~P, ~tp, ~lp): the text as a UTF-8 byte string. */
export function printTerm(t: number, opts?: PrintOptions): string {
  const o = opts || {};
  let col = o.indent === undefined ? 1 : o.indent;
  const ll = o.width === undefined ? 80 : o.width;
  const d = o.depth === undefined ? -1 : o.depth;
  const uni = o.unicode === true;
  const str = o.strings !== false;
  if (d === 0) return '...';
  if (col <= 0) col = 1;
  if ((t & 0x3f) === 0x0b) return atomText(t >>> 6, uni);
  let composite = t === 0x3b || (t & 3) === 1;
  if ((t & 3) === 2) {
    const tag = W[t >>> 2] & 0x3f;
    composite =
      tag === 0x00 || tag === 0x2c || tag === 0x30 || tag === 0x24 || tag === 0x20 || tag === 0x28;
  }
  if (!composite) return writeTerm(t, -1, false);
  const root = buildTree(t, d, uni, str);
  const out: string[] = [];
  const saveLL = LL;
  const saveM = MM;
  const saveT = TIND;
  LL = ll;
  MM = lenOf(root);
  if (ll === 0 || MM < ll - col) {
    writeNode(root, out);
  } else {
    TIND = cindOk(root, col, -1) ? -1 : cindOk(root, col, 4) ? 4 : 1;
    ppRun(root, col, out);
  }
  LL = saveLL;
  MM = saveM;
  TIND = saveT;
  return out.join('');
}
