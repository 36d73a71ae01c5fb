// Console output natives: io:format/1,2,3, io:put_chars/1,2, io:nl/0,1, io_lib:format/2 and
// erlang:display/1 go straight to the platform console (there is no io server yet).
import { W } from '../memory';
import { Process } from '../process';
import { defNative, badarg, fail } from '../natives';
import { A, atom, NIL, NONE, mkSmall } from '../term';
import { ioLibFormat } from '../io_format';
import { consoleWrite, mkList } from './erlang';
import { binResolve, RB_BITS, binToString } from '../binary';
import { codePointToUtf8, atomName } from '../atoms';
import { heapAlloc } from '../heap';
import { utf8CodePoints } from '../atoms';
import { mkTuple2 } from '../exceptions';
import { hooks } from '../hooks';

/** Characters of a chardata term (unicode code points, binaries as UTF-8) as a UTF-8 byte string; null if malformed. */
export function chardataToUtf8(t: number): string | null {
  let out = '';
  const stack: number[] = [t];
  while (stack.length > 0) {
    let l = stack.pop() as number;
    if ((l & 3) === 2) {
      if (!binResolve(l) || (RB_BITS & 7) !== 0) return null;
      out += binToString(l);
      continue;
    }
    while ((l & 3) === 1) {
      const h = W[l >>> 2];
      if ((h & 0xf) === 0xf) {
        const v = h >> 4;
        if (v < 0 || v > 0x10ffff) return null;
        out += v < 128 ? String.fromCharCode(v) : codePointToUtf8(v);
      } else if ((h & 3) === 1 || (h & 3) === 2 || h === NIL) {
        stack.push(W[(l >>> 2) + 1]);
        stack.push(h);
        l = NIL;
        break;
      } else return null;
      l = W[(l >>> 2) + 1];
    }
    if (l !== NIL) {
      if ((l & 3) === 2) stack.push(l);
      else return null;
    }
  }
  return out;
}

/** Writes s to the device: standard_error goes to the error console, anything else to the console. */
function devWrite(dev: number, s: string): void {
  if ((dev & 0x3f) === 0x0b && atomName(dev >>> 6) === 'standard_error') hooks.writeErr(s);
  else consoleWrite(s);
}

function format(p: Process, dev: number, fmt: number, args: number): number {
  const s = ioLibFormat(fmt, args);
  if (s === null) return badarg(p);
  devWrite(dev, s);
  return atom(A.ok);
}

/** A UTF-8 byte string as a list of code points on p's heap. */
export function utf8ToCharList(p: Process, s: string): number {
  const cps = utf8CodePoints(s);
  const items: number[] = [];
  for (let i = 0; i < cps.length; i++) items.push(mkSmall(cps[i]));
  return mkList(p, items, NIL);
}

export function registerIoBifs(): void {
  defNative('io', 'format', 1, function (p, a) { return format(p, NIL, a[0], NIL); });
  defNative('io', 'format', 2, function (p, a) { return format(p, NIL, a[0], a[1]); });
  defNative('io', 'format', 3, function (p, a) { return format(p, a[0], a[1], a[2]); });
  defNative('io', 'fwrite', 1, function (p, a) { return format(p, NIL, a[0], NIL); });
  defNative('io', 'fwrite', 2, function (p, a) { return format(p, NIL, a[0], a[1]); });
  defNative('io', 'fwrite', 3, function (p, a) { return format(p, a[0], a[1], a[2]); });
  defNative('io', 'put_chars', 1, function (p, a) {
    const s = chardataToUtf8(a[0]);
    if (s === null) return badarg(p);
    consoleWrite(s);
    return atom(A.ok);
  });
  defNative('io', 'put_chars', 2, function (p, a) {
    const s = chardataToUtf8(a[1]);
    if (s === null) return badarg(p);
    devWrite(a[0], s);
    return atom(A.ok);
  });
  defNative('io', 'nl', 0, function () { consoleWrite('\n'); return atom(A.ok); });
  defNative('io', 'nl', 1, function () { consoleWrite('\n'); return atom(A.ok); });
  defNative('io_lib', 'format', 2, function (p, a) {
    const s = ioLibFormat(a[0], a[1]);
    if (s === null) return badarg(p);
    return utf8ToCharList(p, s);
  });
  defNative('io_lib', 'fwrite', 2, function (p, a) {
    const s = ioLibFormat(a[0], a[1]);
    if (s === null) return badarg(p);
    return utf8ToCharList(p, s);
  });
}
