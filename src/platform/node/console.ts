// Node console backend: writes VM console bytes (one char per byte) to stdout.
export function nodeWrite(s: string): void {
  process.stdout.write(Buffer.from(s, 'latin1'));
}
