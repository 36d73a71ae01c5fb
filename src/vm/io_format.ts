// io_lib:format/2 (and so io:format/2) with OTP 25 semantics: control sequences
//   ~w ~W ~p ~P ~s ~e ~f ~g ~b ~B ~x ~X ~+ ~# ~c ~i ~n ~~
// with field width, precision, pad char, `*` arguments, left/right adjustment and the t (unicode)
// and l (no string detection) modifiers.
//
// The result is a byte string holding the UTF-8 encoding of the characters io_lib:format returns
// (what io:format writes on a UTF-8 device); null when OTP raises badarg, or when the characters
// could not be encoded (io:format would fail on them).
//
// ~p and ~P start at the column reached so far on the current line (io_lib_format counts the
// characters since the last newline, tabs to the next multiple of 8): the first line of a
// pretty-printed term is shortened by that much and continuation lines are indented to it.
import { W, U8, wordsToFloat } from './memory';
import { atomName, utf8CodePoints } from './atoms';
import { binResolve, RB_ADDR, RB_BIT, RB_BITS, byteAt } from './binary';
import { fmtE, fmtF, fmtG } from './float_fmt';
import {
  printTerm,
  writeTerm,
  cpsToUtf8,
  charsLength,
  charsLengthUtf8,
  graphemeIndex,
  integerText,
} from './printer';
import { setLength } from './arrays';

const LEFT = 0;
const RIGHT = 1;
const NONE = -1; // "none" width / precision

/** The bytes of a binary (whole bytes only) as code points, or null. */
function binaryBytes(t: number, out: number[]): boolean {
  if (!binResolve(t)) return false;
  if ((RB_BITS & 7) !== 0) return false;
  const addr = RB_ADDR;
  const bit = RB_BIT;
  const n = RB_BITS >>> 3;
  if (bit === 0) for (let i = 0; i < n; i++) out.push(U8[addr + i]);
  else for (let i = 0; i < n; i++) out.push(byteAt(addr, bit, i));
  return true;
}

/** unicode:characters_to_list/1 of a binary: its UTF-8 chars, or null when not valid UTF-8. */
function binaryUtf8(t: number, out: number[]): boolean {
  binResolve(t);
  const addr = RB_ADDR;
  const bit = RB_BIT;
  const n = RB_BITS >>> 3;
  const start = out.length;
  let i = 0;
  while (i < n) {
    const b0 = byteAt(addr, bit, i);
    if (b0 < 0x80) {
      out.push(b0);
      i++;
      continue;
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
    } else {
      setLength(out, start);
      return false;
    }
    if (i + len > n) {
      setLength(out, start);
      return false;
    }
    for (let j = 1; j < len; j++) {
      const b = byteAt(addr, bit, i + j);
      if ((b & 0xc0) !== 0x80) {
        setLength(out, start);
        return false;
      }
      cp = cp * 64 + (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      setLength(out, start);
      return false;
    }
    out.push(cp);
    i += len;
  }
  return true;
}

/**
 * The chars of ~s's argument (io_lib_format iolist_to_chars for latin1, cdata_to_chars for ~ts):
 * a deep list of chars and binaries; null when OTP fails.
 */
function stringArg(t: number, unicode: boolean, strictUtf8?: boolean): number[] | null {
  const out: number[] = [];
  const stack: number[] = [t];
  while (stack.length > 0) {
    t = stack.pop() as number;
    for (;;) {
      if (t === 0x3b) break;
      if ((t & 3) === 1) {
        const a = t >>> 2;
        const h = W[a];
        if ((h & 0xf) === 0xf) {
          const c = h >> 4;
          if (c < 0 || (!unicode && c > 255)) return null;
          out.push(c);
        } else if (h === 0x3b || (h & 3) === 1 || (h & 3) === 2) {
          // a nested list or a binary: finish it before the rest of this list
          stack.push(W[a + 1]);
          t = h;
          continue;
        } else return null;
        t = W[a + 1];
        continue;
      }
      if ((t & 3) === 2) {
        if (!binResolve(t) || (RB_BITS & 7) !== 0) return null;
        if (!unicode || !binaryUtf8(t, out)) {
          if (strictUtf8) return null;
          binaryBytes(t, out);
        }
        break;
      }
      return null;
    }
  }
  return out;
}

/** io_lib:deep_char_list/1 (the prefix of ~x / ~X) flattened, or null. */
function deepCharList(t: number): number[] | null {
  const out: number[] = [];
  const stack: number[] = [t];
  while (stack.length > 0) {
    t = stack.pop() as number;
    while ((t & 3) === 1) {
      const a = t >>> 2;
      const h = W[a];
      if ((h & 0xf) === 0xf) {
        const c = h >> 4;
        if (!((c >= 0 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff))) {
          return null;
        }
        out.push(c);
      } else if (h === 0x3b || (h & 3) === 1) {
        stack.push(W[a + 1]);
        t = h;
        continue;
      } else return null;
      t = W[a + 1];
    }
    if (t !== 0x3b) return null;
  }
  return out;
}

function isInteger(t: number): boolean {
  if ((t & 0xf) === 0xf) return true;
  if ((t & 3) !== 2) return false;
  const tag = W[t >>> 2] & 0x3f;
  return tag === 0x08 || tag === 0x0c;
}

function isFloat(t: number): boolean {
  return (t & 3) === 2 && (W[t >>> 2] & 0x3f) === 0x18;
}

function validCp(c: number): boolean {
  return c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff);
}

function repeat(c: string, n: number): string {
  let s = '';
  let p = c;
  while (n > 0) {
    if (n & 1) s += p;
    n >>= 1;
    if (n > 0) p += p;
  }
  return s;
}

function repeatCps(out: number[], c: number, n: number): void {
  for (let i = 0; i < n; i++) out.push(c);
}

function padRepeat(pad: string, n: number): string {
  if (n > 0 && padBad) encodeFailed = true;
  return repeat(pad, n);
}

/** io_lib_format term/5: text (UTF-8) in a field of f chars, stars when it does not fit. */
function termField(s: string, f: number, adj: number, p: number, pad: string): string {
  if (f === NONE && p === NONE) return s;
  if (f === NONE) f = p;
  const l = charsLengthUtf8(s);
  let q = p === NONE ? f : p < f ? p : f;
  if (l < q) q = l;
  if (l > q) {
    const st = repeat('*', q);
    const pd = padRepeat(pad, f - q);
    return adj === LEFT ? st + pd : pd + st;
  }
  const pd = padRepeat(pad, f - l);
  return adj === LEFT ? s + pd : pd + s;
}

/** io_lib_format string/6 on code points; null when OTP fails. */
function stringField(s: number[], f: number, adj: number, p: number, pad: number, unicode: boolean): number[] | null {
  if (f === NONE && p === NONE) return s;
  if (p === NONE) return fitString(s, f, adj, charsLength(s), pad, unicode);
  if (f === NONE) return fitString(s, p, LEFT, charsLength(s), pad, unicode);
  if (f < p) return null;
  const n = charsLength(s);
  if (f === p) return fitString(s, f, adj, n, pad, unicode);
  let body: number[];
  if (n > p) body = truncate(s, p, unicode);
  else if (n < p) {
    body = s.slice(0);
    repeatCps(body, pad, p - n);
  } else body = s;
  return adjustCps(body, pad, f - p, adj);
}

function fitString(s: number[], f: number, adj: number, n: number, pad: number, unicode: boolean): number[] {
  if (n > f) return truncate(s, f, unicode);
  if (n < f) return adjustCps(s, pad, f - n, adj);
  return s;
}

function truncate(s: number[], n: number, unicode: boolean): number[] {
  return s.slice(0, unicode ? graphemeIndex(s, n) : n);
}

function adjustCps(data: number[], pad: number, n: number, adj: number): number[] {
  if (n <= 0) return data;
  const out: number[] = [];
  if (adj === LEFT) {
    for (let i = 0; i < data.length; i++) out.push(data[i]);
    repeatCps(out, pad, n);
  } else {
    repeatCps(out, pad, n);
    for (let i = 0; i < data.length; i++) out.push(data[i]);
  }
  return out;
}

/** io_lib_format char/5: null when OTP fails. */
function charField(c: number, f: number, adj: number, p: number, pad: number): number[] | null {
  const out: number[] = [];
  if (f === NONE && p === NONE) {
    out.push(c);
    return out;
  }
  if (p === NONE) {
    repeatCps(out, c, f);
    return out;
  }
  if (f === NONE) {
    repeatCps(out, c, p);
    return out;
  }
  if (f < p) return null;
  repeatCps(out, c, p);
  return adjustCps(out, pad, f - p, adj);
}

/** The low byte of an integer term (A band 255). */
function lowByte(t: number): number {
  if ((t & 0xf) === 0xf) return (t >> 4) & 255;
  const a = t >>> 2;
  const lo = W[a + 1] & 255;
  if ((W[a] & 0x3f) === 0x08) return lo;
  return (256 - lo) & 255; // two's complement of a negative magnitude
}

// Output state of one ioLibFormat call.
let outParts: string[] = [];
let col = 0;
let encodeFailed = false;
let padBad = false; // the current pad char is not a valid code point

/** Appends text given as code points (advancing the column). */
function emitCps(cps: number[]): void {
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (!validCp(c)) {
      encodeFailed = true;
      return;
    }
    if (c === 10) col = 0;
    else if (c === 9) col = ((col + 8) >> 3) << 3;
    else col++;
  }
  outParts.push(cpsToUtf8(cps));
}

/** Appends text given as a UTF-8 byte string (advancing the column). */
function emitUtf8(s: string): void {
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i);
    if (b === 10) col = 0;
    else if (b === 9) col = ((col + 8) >> 3) << 3;
    else if ((b & 0xc0) !== 0x80) col++;
  }
  outParts.push(s);
}

// Nested chardata inside a format list is copied to the output as it is (io_lib_format does not
// look into it); formatChars puts its text in lits[k] and -1-k in the char array.
let lits: string[] = [];

/**
 * The format string's chars: a char list, an atom or a binary; null when it is none of them or
 * holds something that is not text.
 */
function formatChars(fmt: number): number[] | null {
  if ((fmt & 0x3f) === 0x0b) return utf8CodePoints(atomName(fmt >>> 6));
  if ((fmt & 3) === 2) {
    const out: number[] = [];
    return binaryBytes(fmt, out) ? out : null;
  }
  const out: number[] = [];
  while ((fmt & 3) === 1) {
    const a = fmt >>> 2;
    const h = W[a];
    if ((h & 0xf) === 0xf) {
      const c = h >> 4;
      if (!validCp(c)) return null;
      out.push(c);
    } else if (h === 0x3b || (h & 3) === 1 || (h & 3) === 2) {
      const cps = stringArg(h, true, true);
      if (cps === null) return null;
      out.push(-1 - lits.length);
      lits.push(cpsToUtf8(cps));
    } else return null;
    fmt = W[a + 1];
  }
  return fmt === 0x3b ? out : null;
}

/**
 * io_lib:format(Format, Args): the text as a UTF-8 byte string, or null where OTP raises badarg.
 * fmt: a flat char list, a binary or an atom; args: a proper list.
 */
export function ioLibFormat(fmt: number, args: number): string | null {
  lits = [];
  const fc = formatChars(fmt);
  if (fc === null) return null;
  const av: number[] = [];
  while ((args & 3) === 1) {
    const a = args >>> 2;
    av.push(W[a]);
    args = W[a + 1];
  }
  if (args !== 0x3b) return null;
  outParts = [];
  col = 0;
  encodeFailed = false;
  const r = run(fc, av);
  const parts = outParts;
  outParts = [];
  lits = [];
  if (!r || encodeFailed) return null;
  return parts.join('');
}

function run(fc: number[], av: number[]): boolean {
  let ai = 0;
  const n = fc.length;
  let i = 0;
  let lit: number[] = [];
  while (i < n) {
    const c0 = fc[i++];
    if (c0 !== 126) {
      if (c0 >= 0) {
        lit.push(c0);
        continue;
      }
      // nested chardata: copied as it is, and counts as one column
      if (lit.length > 0) {
        emitCps(lit);
        lit = [];
      }
      outParts.push(lits[-1 - c0]);
      col++;
      continue;
    }
    if (lit.length > 0) {
      emitCps(lit);
      lit = [];
    }
    // field width
    let f = NONE;
    let adj = RIGHT;
    let neg = false;
    if (fc[i] === 45) {
      neg = true;
      i++;
    }
    if (fc[i] === 42) {
      if (ai >= av.length || (av[ai] & 0xf) !== 0xf) return false;
      f = av[ai++] >> 4;
      i++;
    } else if (fc[i] >= 48 && fc[i] <= 57) {
      f = 0;
      while (i < n && fc[i] >= 48 && fc[i] <= 57) f = f * 10 + (fc[i++] - 48);
    } else if (neg) return false;
    if (neg) f = -f;
    if (f !== NONE && f < 0) {
      adj = LEFT;
      f = -f;
    }
    // precision
    let p = NONE;
    if (fc[i] === 46) {
      i++;
      if (fc[i] === 42) {
        if (ai >= av.length || (av[ai] & 0xf) !== 0xf) return false;
        p = av[ai++] >> 4;
        i++;
      } else if (fc[i] >= 48 && fc[i] <= 57) {
        p = 0;
        while (i < n && fc[i] >= 48 && fc[i] <= 57) p = p * 10 + (fc[i++] - 48);
      }
    }
    // a negative precision makes OTP loop forever (chars/2 never reaches 0): refuse it
    if (p !== NONE && p < 0) return false;
    // pad char
    let pad = 32;
    if (fc[i] === 46 && i + 1 < n) {
      if (fc[i + 1] === 42) {
        if (ai >= av.length || (av[ai] & 0xf) !== 0xf) return false;
        pad = av[ai++] >> 4;
      } else pad = fc[i + 1];
      i += 2;
    }
    // an invalid pad char fails only if it is used (emitCps / padRepeat check it)
    padBad = !validCp(pad);
    // modifiers
    let uni = false;
    let strings = true;
    while (i < n && (fc[i] === 116 || fc[i] === 108)) {
      if (fc[i] === 116) uni = true;
      else strings = false;
      i++;
    }
    if (i >= n) return false;
    const cc = fc[i++];
    const padS = padBad ? ' ' : cpsToUtf8([pad]);
    // arguments
    let arg = 0;
    let arg2 = 0;
    if (cc === 87 || cc === 80 || cc === 120 || cc === 88) {
      if (ai + 2 > av.length) return false;
      arg = av[ai++];
      arg2 = av[ai++];
    } else if (cc !== 126 && cc !== 110) {
      if (ai >= av.length) return false;
      arg = av[ai++];
    }
    switch (cc) {
      case 119: // ~w
      case 87: {
        // ~W
        let d = -1;
        if (cc === 87) {
          if ((arg2 & 0xf) !== 0xf) return false;
          d = arg2 >> 4;
        }
        emitUtf8(termField(writeTerm(arg, d, uni), f, adj, p, padS));
        break;
      }
      case 112: // ~p
      case 80: {
        // ~P
        let d = -1;
        if (cc === 80) {
          if ((arg2 & 0xf) !== 0xf) return false;
          d = arg2 >> 4;
        }
        if (adj === LEFT) return false;
        const s = printTerm(arg, {
          width: f === NONE ? 80 : f,
          indent: p === NONE ? col + 1 : p,
          depth: d,
          unicode: uni,
          strings: strings,
        });
        emitUtf8(s);
        break;
      }
      case 115: {
        // ~s
        let s: number[] | null;
        if ((arg & 0x3f) === 0x0b) {
          s = utf8CodePoints(atomName(arg >>> 6));
          if (!uni) for (let j = 0; j < s.length; j++) if (s[j] > 255) return false;
        } else s = stringArg(arg, uni);
        if (s === null) return false;
        const r = stringField(s, f, adj, p, pad, uni);
        if (r === null) return false;
        emitCps(r);
        break;
      }
      case 101: // ~e
      case 102: // ~f
      case 103: {
        // ~g
        if (!isFloat(arg)) return false;
        const x = wordsToFloat((arg >>> 2) + 1);
        const prec = p === NONE ? 6 : p;
        const s = cc === 101 ? fmtE(x, prec) : cc === 102 ? fmtF(x, prec) : fmtG(x, prec);
        if (s === null) return false;
        emitUtf8(f === NONE ? s : termField(s, f, adj, f, padS));
        break;
      }
      case 98: // ~b
      case 66: // ~B
      case 120: // ~x
      case 88: // ~X
      case 43: // ~+
      case 35: {
        // ~#
        if (!isInteger(arg)) return false;
        const base = p === NONE ? 10 : p;
        if (base < 2 || base > 36) return false;
        let digits = integerText(arg, base) as string;
        const negative = digits.charAt(0) === '-';
        if (negative) digits = digits.substring(1);
        if (cc === 98 || cc === 120 || cc === 43) digits = digits.toLowerCase();
        let prefix = '';
        if (cc === 120 || cc === 88) {
          if ((arg2 & 0x3f) === 0x0b) prefix = atomName(arg2 >>> 6);
          else {
            const pc = deepCharList(arg2);
            if (pc === null) return false;
            prefix = cpsToUtf8(pc);
          }
        } else if (cc === 43 || cc === 35) prefix = String(base) + '#';
        emitUtf8(termField((negative ? '-' : '') + prefix + digits, f, adj, NONE, padS));
        break;
      }
      case 99: {
        // ~c
        if (!isInteger(arg)) return false;
        let ch: number;
        if (uni) {
          if ((arg & 0xf) !== 0xf) return false;
          ch = arg >> 4;
        } else ch = lowByte(arg);
        const r = charField(ch, f, adj, p, pad);
        if (r === null) return false;
        emitCps(r);
        break;
      }
      case 126: {
        // ~~
        const r = charField(126, f, adj, p, pad);
        if (r === null) return false;
        emitCps(r);
        break;
      }
      case 110: {
        // ~n
        if (f === NONE) emitUtf8('\n');
        else if (adj === RIGHT) emitUtf8(repeat('\n', f));
        else return false;
        break;
      }
      case 105: // ~i
        break;
      default:
        return false;
    }
    if (encodeFailed) return false;
  }
  if (lit.length > 0) emitCps(lit);
  return ai === av.length;
}
