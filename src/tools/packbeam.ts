// Host tool: write and list packbeam (.avm) archives the way AtomVM's PackBEAM does.
//
// Reference: atomvm-user-guide.txt "Packbeam Format" / "PackBEAM tool", and the behaviour of
// the C PackBEAM of AtomVM v0.6.x (tools/packbeam), which we reproduce byte for byte:
//
// - Archive: the 24-byte header "#!/usr/bin/env AtomVM\n\0\0", entries, then the end entry
//   (size 0, flags 0, reserved 0, "end\0"). Every entry: size:32 flags:32 reserved:32, the name
//   NUL-terminated and zero-padded to 4 bytes, then the data zero-padded to 4 bytes; size counts
//   the whole entry from its size field. All integers big-endian.
// - A BEAM input is rewritten: "FOR1" size "BEAM", then its chunks AtU8, Code, ExpT, LocT, ImpT,
//   LitU, FunT, StrT (each only if present; with keepLines also Line), always in that order, each
//   zero-padded to 4 bytes, and last the literal table: a compressed LitT becomes a "LitU" chunk
//   holding the inflated table; a LitT whose uncompressed-size field is 0 (OTP 28 stores literals
//   uncompressed) is copied as it is (as AtomVM's last C PackBEAM does; v0.6.x refused such
//   files). Every other chunk is dropped (the 0.7 development PackBEAM also keeps avmN and Type,
//   which only its JIT uses). When a chunk id occurs
//   twice, the later one is used. The FOR1 size field is written as the length of the whole
//   rewritten BEAM *including* the 8 bytes of "FOR1" and the size field itself (PackBEAM's
//   convention; AtomVM's loader accepts it). The entry is named after the input's base name.
// - Flags: 2 for a BEAM, plus 1 when the module exports start/0, unless `archive` (-a) is set
//   (then no entry written here gets the start flag). PackBEAM itself gives the start flag to
//   the first input file when not -a, whatever it exports; the guide documents the flag as
//   "exports start/0", which is what we do. Both agree when the start module is given first.
// - An .avm input is merged: its entries are copied byte for byte (flags kept), without its end
//   entry.
// - Any other input is a normal file (flags 4, as atomvm_packbeam writes them; PackBEAM itself
//   rejects such inputs): its data is its length as a 32-bit integer followed by its bytes, and
//   the entry keeps the given name (e.g. "myapp/priv/config.txt", read by atomvm:read_priv/2).
//
// Errors are plain Errors with a one-line message naming the input.

import * as zlib from 'zlib';
import { isAvm, AVM_FLAG_START, AVM_FLAG_BEAM, AVM_FLAG_NORMAL } from '../vm/loader/avm';

export { AVM_FLAG_START, AVM_FLAG_BEAM, AVM_FLAG_NORMAL };

export type PackInputKind = 'beam' | 'avm' | 'file';

export interface PackInput {
  /** BEAM: a path or file name (its base name names the entry); other files: the entry name */
  name: string;
  data: Uint8Array;
  /** what the input is; detected from its content (and name) when absent */
  kind?: PackInputKind;
}

export interface PackOptions {
  /** -a: an archive (library): no entry written here gets the start flag */
  archive?: boolean;
  /** -i: keep the Line chunk (file and line information for stack traces) */
  keepLines?: boolean;
}

export interface AvmListEntry {
  name: string;
  flags: number;
  /** the entry's size field: bytes the entry takes in the archive, header and padding included */
  size: number;
}

const AVM_HEADER = [
  0x23, 0x21, 0x2f, 0x75, 0x73, 0x72, 0x2f, 0x62, 0x69, 0x6e, 0x2f, 0x65,
  0x6e, 0x76, 0x20, 0x41, 0x74, 0x6f, 0x6d, 0x56, 0x4d, 0x0a, 0x00, 0x00,
];

/** Chunks PackBEAM copies, in the order it writes them (Line only when asked). */
const COPIED_CHUNKS = ['AtU8', 'Code', 'ExpT', 'LocT', 'ImpT', 'LitU', 'FunT', 'StrT'];

function u32(b: Uint8Array, pos: number): number {
  return ((b[pos] << 24) | (b[pos + 1] << 16) | (b[pos + 2] << 8) | b[pos + 3]) >>> 0;
}

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** Shows a name or chunk id with control characters escaped, for one-line messages. */
function shown(s: string): string {
  return s.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/** Growable big-endian byte writer. */
class Out {
  buf = new Uint8Array(4096);
  len = 0;
  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  u32(v: number): void {
    this.room(4);
    const p = this.len;
    this.buf[p] = (v >>> 24) & 0xff;
    this.buf[p + 1] = (v >>> 16) & 0xff;
    this.buf[p + 2] = (v >>> 8) & 0xff;
    this.buf[p + 3] = v & 0xff;
    this.len += 4;
  }
  ascii(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i) & 0xff;
  }
  /** Zero bytes up to the next multiple of 4 of the total length. */
  align(): void {
    this.room(3);
    while (this.len & 3) this.buf[this.len++] = 0;
  }
  putU32At(pos: number, v: number): void {
    this.buf[pos] = (v >>> 24) & 0xff;
    this.buf[pos + 1] = (v >>> 16) & 0xff;
    this.buf[pos + 2] = (v >>> 8) & 0xff;
    this.buf[pos + 3] = v & 0xff;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** The last path component (either separator). */
export function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  let i = parts.length - 1;
  while (i > 0 && parts[i] === '') i--; // "dir/x.beam/" -> "x.beam", as POSIX basename
  return parts[i];
}

function isBeamBytes(b: Uint8Array): boolean {
  return b.length >= 12 && latin1(b, 0, 4) === 'FOR1' && latin1(b, 8, 12) === 'BEAM';
}

/** What an input is: an archive or a BEAM by content, else by its name's extension, else a file. */
export function detectKind(name: string, data: Uint8Array): PackInputKind {
  if (isAvm(data)) return 'avm';
  if (isBeamBytes(data)) return 'beam';
  const lower = name.toLowerCase();
  if (lower.endsWith('.beam')) return 'beam'; // stripBeam reports why it is not one
  if (lower.endsWith('.avm')) return 'avm'; // avmEntries reports the bad header
  return 'file';
}

interface RawChunk {
  id: string;
  /** offset of the chunk header (id) in the BEAM */
  pos: number;
  size: number;
}

/**
 * Walks a BEAM's chunks the way AtomVM's IFF scanner does: from offset 12 while the offset is
 * below the FOR1 size field (so a BEAM written by PackBEAM, whose size field counts its own
 * header, reads the same), checking every chunk against the buffer.
 */
function scanChunks(data: Uint8Array, name: string): RawChunk[] {
  if (data.length < 12 || latin1(data, 0, 4) !== 'FOR1') {
    throw new Error(`${name}: not a BEAM file (no FOR1 header)`);
  }
  if (latin1(data, 8, 12) !== 'BEAM') throw new Error(`${name}: not a BEAM file (IFF form type is not BEAM)`);
  const formSize = u32(data, 4);
  if (formSize > data.length) {
    throw new Error(`${name}: FOR1 header claims ${formSize} bytes but the file has only ${data.length - 8} after it`);
  }
  const chunks: RawChunk[] = [];
  let pos = 12;
  while (pos < formSize) {
    if (pos + 8 > data.length) throw new Error(`${name}: truncated chunk header at offset 0x${pos.toString(16)}`);
    const id = latin1(data, pos, pos + 4);
    const size = u32(data, pos + 4);
    if (size > data.length - pos - 8) {
      throw new Error(`${name}: chunk '${shown(id)}' at offset 0x${pos.toString(16)} claims ${size} bytes but only ` +
        `${data.length - pos - 8} remain`);
    }
    chunks.push({ id, pos, size });
    pos += (size + 8 + 3) & ~3;
  }
  return chunks;
}

function lastChunk(chunks: RawChunk[], id: string): RawChunk | null {
  let found: RawChunk | null = null;
  for (const c of chunks) if (c.id === id) found = c;
  return found;
}

/**
 * A BEAM as PackBEAM stores it (see the top of this file): the kept chunks in PackBEAM's
 * order, the literal table uncompressed, and the header-inclusive FOR1 size.
 */
export function stripBeam(data: Uint8Array, name: string, keepLines = false): Uint8Array {
  const chunks = scanChunks(data, name);
  if (!lastChunk(chunks, 'AtU8')) {
    throw new Error(`${name}: no AtU8 atom chunk (compiled by an OTP older than 21?)`);
  }
  if (!lastChunk(chunks, 'Code')) throw new Error(`${name}: no Code chunk`);
  const out = new Out();
  out.ascii('FOR1');
  out.u32(0); // patched below
  out.ascii('BEAM');
  const ids = keepLines ? COPIED_CHUNKS.concat(['Line']) : COPIED_CHUNKS;
  for (const id of ids) {
    const c = lastChunk(chunks, id);
    if (!c) continue;
    out.bytes(data.subarray(c.pos, c.pos + 8 + c.size));
    out.align();
  }
  const litT = lastChunk(chunks, 'LitT');
  if (litT) {
    if (litT.size < 4) throw new Error(`${name}: chunk 'LitT' is too short (${litT.size} bytes)`);
    const body = data.subarray(litT.pos + 8, litT.pos + 8 + litT.size);
    const usize = u32(body, 0);
    if (usize === 0) {
      // Literals stored uncompressed: copied as they are.
      out.bytes(data.subarray(litT.pos, litT.pos + 8 + litT.size));
    } else {
      let raw: Uint8Array;
      try {
        raw = zlib.inflateSync(body.subarray(4));
      } catch (e) {
        throw new Error(`${name}: chunk 'LitT' does not inflate: ${(e as Error).message}`);
      }
      if (raw.length !== usize) {
        throw new Error(`${name}: chunk 'LitT' inflates to ${raw.length} bytes, not the ${usize} its header claims`);
      }
      out.ascii('LitU');
      out.u32(usize);
      out.bytes(raw);
    }
    out.align();
  }
  out.putU32At(4, out.len);
  return out.result();
}

/** Reads the atom table of a BEAM (index 1 is the module name). */
function readAtoms(data: Uint8Array, c: RawChunk, name: string): string[] {
  const a = data.subarray(c.pos + 8, c.pos + 8 + c.size);
  const bad = (): Error => new Error(`${name}: chunk 'AtU8' is malformed`);
  if (a.length < 4) throw bad();
  let count = u32(a, 0);
  let compact = false;
  if (count >= 0x80000000) {
    // OTP 28: a negative count means the lengths are compact-term encoded.
    count = 0x100000000 - count;
    compact = true;
  }
  if (count > a.length) throw bad();
  const atoms = [''];
  let pos = 4;
  for (let i = 0; i < count; i++) {
    if (pos >= a.length) throw bad();
    let len: number;
    const t = a[pos++];
    if (!compact) len = t;
    else if ((t & 0x08) === 0) len = t >> 4;
    else if ((t & 0x10) === 0) {
      if (pos >= a.length) throw bad();
      len = ((t >> 5) << 8) | a[pos++];
    } else {
      let n = (t >> 5) + 2;
      if (n > 4 || pos + n > a.length) throw bad();
      len = 0;
      while (n-- > 0) len = len * 256 + a[pos++];
    }
    if (len > a.length - pos) throw bad();
    atoms.push(utf8Decoder.decode(a.subarray(pos, pos + len)));
    pos += len;
  }
  return atoms;
}

export interface BeamInfo {
  module: string;
  exportsStart: boolean;
}

/** The module name and whether it exports start/0. */
export function beamInfo(data: Uint8Array, name: string): BeamInfo {
  const chunks = scanChunks(data, name);
  const at = lastChunk(chunks, 'AtU8');
  if (!at) throw new Error(`${name}: no AtU8 atom chunk (compiled by an OTP older than 21?)`);
  const atoms = readAtoms(data, at, name);
  if (atoms.length < 2) throw new Error(`${name}: chunk 'AtU8' has no module name`);
  let exportsStart = false;
  const ex = lastChunk(chunks, 'ExpT');
  if (ex) {
    const e = data.subarray(ex.pos + 8, ex.pos + 8 + ex.size);
    if (e.length < 4) throw new Error(`${name}: chunk 'ExpT' is malformed`);
    const n = u32(e, 0);
    if (n > (e.length - 4) / 12) throw new Error(`${name}: chunk 'ExpT' claims ${n} exports but is only ${e.length} bytes`);
    for (let i = 0; i < n; i++) {
      const fn = u32(e, 4 + i * 12);
      const arity = u32(e, 8 + i * 12);
      if (arity === 0 && fn < atoms.length && atoms[fn] === 'start') exportsStart = true;
    }
  }
  return { module: atoms[1], exportsStart };
}

interface RawEntry extends AvmListEntry {
  /** offset of the entry's size field */
  pos: number;
}

/** Checks an archive's structure and returns its entries (without the end entry). */
function avmEntries(bytes: Uint8Array, fileName: string): RawEntry[] {
  if (!isAvm(bytes)) throw new Error(`${fileName}: not a packbeam archive (bad header)`);
  const entries: RawEntry[] = [];
  let pos = 24;
  for (;;) {
    if (pos + 4 > bytes.length) {
      throw new Error(`${fileName}: missing end entry (archive ends at offset 0x${pos.toString(16)})`);
    }
    const size = u32(bytes, pos);
    if (size === 0) break;
    const at = `${fileName}: entry at offset 0x${pos.toString(16)}`;
    if (size > bytes.length - pos) throw new Error(`${at} claims ${size} bytes but only ${bytes.length - pos} remain`);
    if (size & 3) throw new Error(`${at} has size ${size}, not a multiple of 4`);
    if (size < 16) throw new Error(`${at} has size ${size}, too small for its header`);
    const flags = u32(bytes, pos + 4);
    let nul = pos + 12;
    while (nul < pos + size && bytes[nul] !== 0) nul++;
    if (nul >= pos + size) throw new Error(`${at} has no NUL-terminated name within its ${size} bytes`);
    const name = utf8Decoder.decode(bytes.subarray(pos + 12, nul));
    entries.push({ name, flags, size, pos });
    pos += size;
  }
  return entries;
}

/** The entries of an archive: name, flags, and size as stored (the end entry is not listed). */
export function listAvm(bytes: Uint8Array, fileName = 'archive'): AvmListEntry[] {
  return avmEntries(bytes, fileName).map((e) => ({ name: e.name, flags: e.flags, size: e.size }));
}

/** PackBEAM's -l output: one line per entry, "NAME *" for start entries, "NAME " otherwise. */
export function formatListing(entries: AvmListEntry[]): string {
  return entries.map((e) => `${e.name} ${e.flags & AVM_FLAG_START ? '*' : ''}\n`).join('');
}

function entryName(name: string, what: string): Uint8Array {
  if (name.length === 0) throw new Error(`${what}: empty entry name`);
  if (name.indexOf('\0') >= 0) throw new Error(`${shown(what)}: entry name contains a NUL character`);
  return utf8Encoder.encode(name);
}

/** Writes one entry: header with its size patched in, then the data, all padded to 4. */
function writeEntry(out: Out, name: Uint8Array, flags: number, parts: Uint8Array[]): void {
  const start = out.len;
  out.u32(0);
  out.u32(flags);
  out.u32(0);
  out.bytes(name);
  out.bytes(new Uint8Array(1));
  out.align();
  for (const p of parts) out.bytes(p);
  out.align();
  out.putU32At(start, out.len - start);
}

/** Builds a packbeam archive from BEAM files, archives and normal files (see the top of the file). */
export function packAvm(inputs: PackInput[], opts: PackOptions = {}): Uint8Array {
  const out = new Out();
  out.bytes(new Uint8Array(AVM_HEADER));
  for (const input of inputs) {
    const kind = input.kind || detectKind(input.name, input.data);
    if (kind === 'avm') {
      for (const e of avmEntries(input.data, input.name)) out.bytes(input.data.subarray(e.pos, e.pos + e.size));
    } else if (kind === 'beam') {
      const base = baseName(input.name);
      const nameBytes = entryName(base, input.name);
      const stripped = stripBeam(input.data, input.name, !!opts.keepLines);
      let flags = AVM_FLAG_BEAM;
      if (!opts.archive && beamInfo(input.data, input.name).exportsStart) flags |= AVM_FLAG_START;
      writeEntry(out, nameBytes, flags, [stripped]);
    } else {
      const nameBytes = entryName(input.name, input.name);
      const len = new Uint8Array(4);
      const n = input.data.length;
      len[0] = (n >>> 24) & 0xff;
      len[1] = (n >>> 16) & 0xff;
      len[2] = (n >>> 8) & 0xff;
      len[3] = n & 0xff;
      writeEntry(out, nameBytes, AVM_FLAG_NORMAL, [len, input.data]);
    }
  }
  // The end entry.
  out.u32(0);
  out.u32(0);
  out.u32(0);
  out.ascii('end\0');
  return out.result();
}
