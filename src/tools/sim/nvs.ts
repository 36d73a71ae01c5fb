// The NVS store of the simulated ESP32, kept in the flash's `nvs` partition in a format of our own
// (not ESP-IDF's): a log of records after an 8-byte header "SIMNVS1\0", appended in erased flash
// (NOR: programming only clears bits) and compacted (erase, rewrite the live entries) when full.
//   record: op (1 set, 2 erase key, 3 erase namespace), u8 namespace length, namespace,
//           u8 key length, key, u32 LE value length, value (set only)
// The first 0xFF op byte ends the log. Loaded at every boot, so values survive restarts and runs.
import type { SimBoard } from './board';

const MAGIC = Buffer.from('SIMNVS1\0', 'latin1');

export class Nvs {
  private board: SimBoard;
  private offset = 0;
  private size = 0;
  private end = 0;
  /** "ns\0key" -> value */
  private data = new Map<string, Buffer>();

  constructor(board: SimBoard, region: { offset: number; size: number } | null) {
    this.board = board;
    const r = region;
    if (!r) return;
    this.offset = r.offset;
    this.size = r.size;
    this.load();
  }

  get available(): boolean {
    return this.size > 0;
  }

  private load(): void {
    const img = Buffer.from(this.board.flash.read(this.offset, this.size));
    if (!img.subarray(0, 8).equals(MAGIC)) {
      this.end = 0; // blank or foreign: formatted on the first write
      return;
    }
    let p = 8;
    while (p < img.length && img[p] !== 0xff) {
      const op = img[p];
      const nl = img[p + 1];
      const ns = img.toString('latin1', p + 2, p + 2 + nl);
      const kl = img[p + 2 + nl];
      const key = img.toString('latin1', p + 3 + nl, p + 3 + nl + kl);
      p += 3 + nl + kl;
      if (op === 1) {
        const len = img.readUInt32LE(p);
        if (p + 4 + len > img.length) break; // torn write: ignore the tail
        this.data.set(ns + '\0' + key, Buffer.from(img.subarray(p + 4, p + 4 + len)));
        p += 4 + len;
      } else if (op === 2) this.data.delete(ns + '\0' + key);
      else if (op === 3) {
        for (const k of [...this.data.keys()]) if (k.startsWith(ns + '\0')) this.data.delete(k);
      } else break;
    }
    this.end = p;
  }

  private record(op: number, ns: string, key: string, value?: Buffer): Buffer {
    const head = Buffer.concat([Buffer.from([op, ns.length]), Buffer.from(ns, 'latin1'), Buffer.from([key.length]), Buffer.from(key, 'latin1')]);
    if (op !== 1 || !value) return head;
    const len = Buffer.alloc(4);
    len.writeUInt32LE(value.length);
    return Buffer.concat([head, len, value]);
  }

  /** Rewrites the partition with the live entries. */
  private compact(): void {
    const parts: Buffer[] = [MAGIC];
    for (const [k, v] of this.data) {
      const i = k.indexOf('\0');
      parts.push(this.record(1, k.slice(0, i), k.slice(i + 1), v));
    }
    const img = Buffer.concat(parts);
    if (img.length >= this.size) throw new Error('NVS full');
    this.board.flash.erase(this.offset, this.size);
    this.board.flash.program(this.offset, img);
    this.end = img.length;
  }

  private append(rec: Buffer): void {
    if (this.end === 0) {
      this.board.flash.erase(this.offset, this.size);
      this.board.flash.program(this.offset, MAGIC);
      this.end = MAGIC.length;
    }
    if (this.end + rec.length >= this.size) {
      this.compact();
      return;
    }
    this.board.flash.program(this.offset + this.end, rec);
    this.end += rec.length;
  }

  get(ns: string, key: string): Buffer | undefined {
    return this.data.get(ns + '\0' + key);
  }

  /** false when it does not fit */
  set(ns: string, key: string, value: Buffer): boolean {
    const k = ns + '\0' + key;
    const old = this.data.get(k);
    if (old && old.equals(value)) return true;
    this.data.set(k, Buffer.from(value));
    try {
      this.append(this.record(1, ns, key, value));
    } catch (_) {
      if (old) this.data.set(k, old);
      else this.data.delete(k);
      return false;
    }
    return true;
  }

  eraseKey(ns: string, key: string): void {
    if (!this.data.delete(ns + '\0' + key)) return;
    this.append(this.record(2, ns, key));
  }

  eraseAll(ns: string): void {
    let any = false;
    for (const k of [...this.data.keys()])
      if (k.startsWith(ns + '\0')) {
        this.data.delete(k);
        any = true;
      }
    if (any) this.append(this.record(3, ns, ''));
  }

  reformat(): void {
    this.data.clear();
    if (this.size === 0) return;
    this.board.flash.erase(this.offset, this.size);
    this.end = 0;
  }
}
