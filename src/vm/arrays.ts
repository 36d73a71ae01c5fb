// Resizing JS arrays without assigning to `length`: Espruino (2v29) rejects `a.length = n` with
// "Assignment to a constant". Two-argument splice, since ES5 engines differ on splice(start).

/** Makes a's length n: drops the tail, or pads with 0 (callers fill what they grow). */
export function setLength(a: any[], n: number): void {
  if (a.length > n) a.splice(n, a.length - n);
  else while (a.length < n) a.push(0);
}
