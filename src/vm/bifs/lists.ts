// Natives for the hot `lists` functions that are BIFs in OTP too (reverse, member, keyfind,
// keymember, keysearch): a native wins over lib.avm's Erlang version of the same function.
import { W } from '../memory';
import { Process } from '../process';
import { heapAlloc } from '../heap';
import { defNative, badarg, fail } from '../natives';
import { A, atom, NIL, Box, TRUE, FALSE } from '../term';
import { exactEq, arithEq } from '../compare';
import { mkTuple2 } from '../exceptions';
import { atomIntern } from '../atoms';

function reverse(p: Process, l: number, tail: number): number {
  let n = 0;
  let x = l;
  while ((x & 3) === 1) {
    n++;
    x = W[(x >>> 2) + 1];
  }
  if (x !== NIL) return badarg(p);
  if (n === 0) return tail;
  const h = heapAlloc(p, 2 * n);
  let r = tail;
  x = l;
  for (let i = 0; i < n; i++) {
    const c = x >>> 2;
    W[h + 2 * i] = W[c];
    W[h + 2 * i + 1] = r;
    r = ((h + 2 * i) << 2) | 1;
    x = W[c + 1];
  }
  return r;
}

/** The first tuple in list l whose element n (1-based) equals key (==), or NIL; NONE-ish -1 on a bad list. */
function keyFind(key: number, n: number, l: number): number {
  while ((l & 3) === 1) {
    const c = l >>> 2;
    const e = W[c];
    if ((e & 3) === 2) {
      const a = e >>> 2;
      const h = W[a];
      if ((h & 0x3f) === Box.TUPLE && h >>> 6 >= n) {
        const k = W[a + n];
        if (k === key || arithEq(k, key)) return e;
      }
    }
    l = W[c + 1];
  }
  return l === NIL ? NIL : -1;
}

export function registerListsBifs(): void {
  defNative('lists', 'reverse', 1, function (p, a) {
    // OTP's reverse/1 is Erlang code whose clauses take [], [_], [_,_] and [_,_|_]: anything else
    // fails with function_clause before the reverse/2 BIF can say badarg
    const l = a[0];
    if (l !== NIL && ((l & 3) !== 1 || (W[(l >>> 2) + 1] !== NIL && (W[(l >>> 2) + 1] & 3) !== 1))) return fail(p, atom(A.function_clause));
    return reverse(p, l, NIL);
  });
  defNative('lists', 'reverse', 2, function (p, a) { return reverse(p, a[0], a[1]); });
  defNative('lists', 'member', 2, function (p, a) {
    const x = a[0];
    let l = a[1];
    while ((l & 3) === 1) {
      const c = l >>> 2;
      if (W[c] === x || exactEq(W[c], x)) return TRUE;
      l = W[c + 1];
    }
    return l === NIL ? FALSE : badarg(p);
  });
  function keyArgs(a: Int32Array): number {
    return (a[1] & 0xf) === 0xf && a[1] >> 4 >= 1 ? a[1] >> 4 : -1;
  }
  defNative('lists', 'keyfind', 3, function (p, a) {
    const n = keyArgs(a);
    if (n < 0) return badarg(p);
    const r = keyFind(a[0], n, a[2]);
    return r === -1 ? badarg(p) : r === NIL ? FALSE : r;
  });
  defNative('lists', 'keymember', 3, function (p, a) {
    const n = keyArgs(a);
    if (n < 0) return badarg(p);
    const r = keyFind(a[0], n, a[2]);
    return r === -1 ? badarg(p) : r === NIL ? FALSE : TRUE;
  });
  defNative('lists', 'keysearch', 3, function (p, a) {
    const n = keyArgs(a);
    if (n < 0) return badarg(p);
    const r = keyFind(a[0], n, a[2]);
    return r === -1 ? badarg(p) : r === NIL ? FALSE : mkTuple2(p, (atomIntern('value') << 6) | 0x0b, r);
  });
}
