// `partitions`: the ESP32 partition table, as ESP-IDF's gen_esp32part writes and reads it.
//
// Format (ESP-IDF partition-tables guide; gen_esp32part 1.4/1.5 behaviour, reproduced byte for byte):
// - Binary: 32-byte entries `AA 50, type u8, subtype u8, offset u32le, size u32le, name[16]
//   (UTF-8, NUL-padded, truncated at 16 bytes), flags u32le` (bit 0 encrypted, bit 1 readonly), in
//   CSV order; then the MD5 entry `EB EB`, 14 x FF, MD5 of all preceding entry bytes; then 0xFF up
//   to 0xC00 bytes (the last 1 KB of the 4 KB sector is left for a signature). The table sits at
//   0x8000, so partitions start at 0x9000 or later.
// - CSV: `Name, Type, SubType, Offset, Size, Flags`; `#` comments; missing trailing fields allowed;
//   $VAR / ${VAR} expanded from the environment; numbers as Python's int(x, 0) with K/M suffixes
//   (x1024, x1024^2, either case); a negative size means "up to that end address"; a blank offset is
//   the previous end rounded up to the type's alignment (app 0x10000, everything else 0x1000); a
//   blank data subtype means `undefined` (0x06).
// - Checks (verify): offsets aligned (app 0x10000, others 0x1000), app sizes 4 KB-aligned, unique
//   names, no overlaps, nothing below table offset + 0x1000, one otadata of 0x2000, ota/coredump data
//   never read-only, read-write NVS at least 0x3000.
//
// Errors are plain Errors with a one-line message (the CLI adds the file name).
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { writeFileAtomic } from './pack';

export const TABLE_OFFSET = 0x8000;
export const TABLE_SECTOR = 0x1000;
export const TABLE_MAX = 0xc00;

export const TYPES: { [k: string]: number } = { bootloader: 0x02, partition_table: 0x03, app: 0x00, data: 0x01 };

const SUBTYPES: { [t: number]: { [k: string]: number } } = {
  0x00: { factory: 0x00, test: 0x20 },
  0x01: {
    ota: 0x00,
    phy: 0x01,
    nvs: 0x02,
    coredump: 0x03,
    nvs_keys: 0x04,
    efuse: 0x05,
    undefined: 0x06,
    esphttpd: 0x80,
    fat: 0x81,
    spiffs: 0x82,
    littlefs: 0x83,
    tee_ota: 0x90,
    tee_sec_stg: 0x91,
  },
  0x02: { primary: 0x00, ota: 0x01, recovery: 0x02 },
  0x03: { primary: 0x00, ota: 0x01 },
};
for (let i = 0; i < 16; i++) SUBTYPES[0][`ota_${i}`] = 0x10 + i;
for (let i = 0; i < 2; i++) SUBTYPES[0][`tee_${i}`] = 0x30 + i;

const FLAGS: { [k: string]: number } = { encrypted: 0, readonly: 1 };

export interface Partition {
  name: string;
  type: number;
  subtype: number;
  offset: number;
  size: number;
  encrypted: boolean;
  readonly: boolean;
  /** CSV line number (0 when read from binary) */
  line: number;
}

export interface CsvOptions {
  /** partition table offset (default 0x8000) */
  tableOffset?: number;
  /** environment for $VAR expansion (default process.env) */
  env?: { [k: string]: string | undefined };
  /** primary / recovery bootloader offsets, needed only by `bootloader` type entries */
  bootloaderOffset?: number;
  recoveryBootloaderOffset?: number;
}

function alignmentOf(type: number): number {
  return type === 0x00 ? 0x10000 : 0x1000;
}

/** Python int(s, 0): optional sign, 0x/0o/0b prefixes, underscores between digits, no leading zeros. */
function pyInt(s: string): number | null {
  const t = s.trim();
  const m = /^([+-]?)(?:0[xX]((?:_?[0-9a-fA-F])+)|0[oO]((?:_?[0-7])+)|0[bB]((?:_?[01])+)|([1-9](?:_?[0-9])*|0(?:_?0)*))$/.exec(t);
  if (!m) return null;
  let v: number;
  if (m[2] !== undefined) v = parseInt(m[2].replace(/_/g, ''), 16);
  else if (m[3] !== undefined) v = parseInt(m[3].replace(/_/g, ''), 8);
  else if (m[4] !== undefined) v = parseInt(m[4].replace(/_/g, ''), 2);
  else v = parseInt(m[5].replace(/_/g, ''), 10);
  return m[1] === '-' ? -v : v;
}

/** gen_esp32part's parse_int: K/M suffixes (recursively), int(x, 0), then keywords (lower case). */
function parseIntField(v: string, keywords: { [k: string]: number } = {}): number {
  const lower = v.toLowerCase();
  if (lower.endsWith('k')) return parseIntField(v.slice(0, -1), keywords) * 1024;
  if (lower.endsWith('m')) return parseIntField(v.slice(0, -1), keywords) * 1024 * 1024;
  const n = pyInt(v);
  if (n !== null) return n;
  const names = Object.keys(keywords);
  if (names.length === 0) throw new Error(`Invalid field value ${v}`);
  if (Object.prototype.hasOwnProperty.call(keywords, lower)) return keywords[lower];
  throw new Error(`Value '${v}' is not valid. Known keywords: ${names.join(', ')}`);
}

function expandVars(line: string, env: { [k: string]: string | undefined }): string {
  const out = line.replace(/\$(?:\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (all, braced: string | undefined, bare: string | undefined) => {
    const name = braced !== undefined ? braced : (bare as string);
    const val = env[name];
    return val === undefined ? all : val;
  });
  const m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(out);
  if (m) throw new Error(`unknown variable '${m[1]}'`);
  return out;
}

/** Parses partition CSV text (no verification; see verifyTable). */
export function parseCsv(text: string, opts: CsvOptions = {}): Partition[] {
  const tableOffset = opts.tableOffset === undefined ? TABLE_OFFSET : opts.tableOffset;
  const env = opts.env || process.env;
  const lines = text.split(/\r\n|\r|\n/);
  const res: Partition[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line: string;
    try {
      line = expandVars(lines[i], env).trim();
    } catch (e) {
      throw new Error(`line ${i + 1}: ${(e as Error).message}`);
    }
    if (line.startsWith('#') || line.length === 0) continue;
    try {
      res.push(parseLine(line, i + 1, tableOffset, opts));
    } catch (e) {
      throw new Error(`line ${i + 1}: ${(e as Error).message}`);
    }
  }
  // missing offsets and negative sizes
  let lastEnd = tableOffset + TABLE_SECTOR;
  for (let i = 0; i < res.length; i++) {
    const e = res[i];
    const fixed = (e.type === 0x02 || e.type === 0x03) && e.subtype === 0x00;
    if (fixed) continue;
    if (!isNaN(e.offset) && e.offset < lastEnd) {
      if (i === 0)
        throw new Error(
          `line ${e.line}: partitions overlap: offset 0x${hex(e.offset)} is inside the partition table sector at 0x${hex(tableOffset)} (use 0x${hex(lastEnd)} or higher)`,
        );
      throw new Error(`line ${e.line}: partitions overlap: offset 0x${hex(e.offset)} is below the previous partition's end 0x${hex(lastEnd)}`);
    }
    if (isNaN(e.offset)) {
      const pad = alignmentOf(e.type);
      if (lastEnd % pad !== 0) lastEnd += pad - (lastEnd % pad);
      e.offset = lastEnd;
    }
    if (e.size < 0) e.size = -e.size - e.offset;
    lastEnd = e.offset + e.size;
  }
  return res;
}

function parseLine(line: string, lineNo: number, tableOffset: number, opts: CsvOptions): Partition {
  const fields = (line + ',,,,').split(',').map((f) => f.trim());
  const name = fields[0];
  if (fields[1] === '') throw new Error("the type field can't be empty");
  const type = parseIntField(fields[1], TYPES);
  let subtype: number;
  if (fields[2] === '') {
    if (type === 0x00) throw new Error('an app partition cannot have an empty subtype');
    subtype = SUBTYPES[1].undefined;
  } else subtype = parseIntField(fields[2], SUBTYPES[type] || {});
  let offset = NaN;
  let size = NaN;
  if (type === 0x02) {
    if (opts.bootloaderOffset === undefined) throw new Error('a bootloader entry needs the primary bootloader offset');
    if (subtype === 0x00) offset = opts.bootloaderOffset;
    else if (subtype === 0x02) {
      if (opts.recoveryBootloaderOffset === undefined) throw new Error('a recovery bootloader entry needs the recovery bootloader offset');
      offset = opts.recoveryBootloaderOffset;
    } else if (fields[3] !== '') offset = parseIntField(fields[3]);
    size = tableOffset - opts.bootloaderOffset;
  } else if (type === 0x03) {
    offset = subtype === 0x00 ? tableOffset : fields[3] === '' ? NaN : parseIntField(fields[3]);
    size = TABLE_SECTOR;
  } else {
    if (fields[3] !== '') offset = parseIntField(fields[3]);
    if (fields[4] === '') throw new Error("the size field can't be empty");
    size = parseIntField(fields[4]);
  }
  let encrypted = false;
  let readonly = false;
  for (const flag of fields[5].split(':')) {
    if (Object.prototype.hasOwnProperty.call(FLAGS, flag)) {
      if (flag === 'encrypted') encrypted = true;
      else readonly = true;
    } else if (flag.length > 0) throw new Error(`unknown flag '${flag}' (known: encrypted, readonly)`);
  }
  return { name, type, subtype, offset, size, encrypted, readonly, line: lineNo };
}

function hex(n: number): string {
  return n.toString(16);
}

function where(p: Partition): string {
  return p.line ? `line ${p.line}: partition ${p.name}` : `partition ${p.name}`;
}

/** gen_esp32part's verify(): throws on the first problem. */
export function verifyTable(parts: Partition[], tableOffset: number = TABLE_OFFSET): void {
  for (const p of parts) {
    const align = alignmentOf(p.type);
    if (p.type < 0 || p.type > 0xff) throw new Error(`${where(p)}: type ${p.type} is not a byte`);
    if (p.subtype < 0 || p.subtype > 0xff) throw new Error(`${where(p)}: subtype ${p.subtype} is not a byte`);
    if (p.offset < 0 || p.offset > 0xffffffff || p.size < 0 || p.size > 0xffffffff)
      throw new Error(`${where(p)}: offset or size out of range`);
    if (p.offset % align) throw new Error(`${where(p)}: offset 0x${hex(p.offset)} is not aligned to 0x${hex(align)}`);
    if (p.type === 0x00 && p.size % 0x1000) throw new Error(`${where(p)}: size 0x${hex(p.size)} is not aligned to 0x1000`);
    if (p.type === 0x01 && (p.subtype === 0x00 || p.subtype === 0x03) && p.readonly)
      throw new Error(`${where(p)}: ota and coredump data partitions are always read-write and cannot be readonly`);
    if (p.type === 0x01 && p.subtype === 0x02 && p.size < 0x3000 && !p.readonly)
      throw new Error(`${where(p)}: a read/write NVS partition must be at least 0x3000 bytes (size 0x${hex(p.size)}); flag it readonly or make it larger`);
  }
  const seen: { [k: string]: boolean } = {};
  for (const p of parts) {
    if (seen['$' + p.name]) throw new Error(`partition names must be unique: ${p.name} is used twice`);
    seen['$' + p.name] = true;
  }
  const sorted = parts.slice().sort((a, b) => a.offset - b.offset);
  let last: Partition | null = null;
  for (const p of sorted) {
    const fixed = (p.type === 0x02 || p.type === 0x03) && p.subtype === 0x00;
    if (p.offset < tableOffset + TABLE_SECTOR && !fixed)
      throw new Error(`${where(p)}: offset 0x${hex(p.offset)} is below 0x${hex(tableOffset + TABLE_SECTOR)} (the partition table ends there)`);
    if (last !== null && p.offset < last.offset + last.size)
      throw new Error(`${where(p)}: partition at 0x${hex(p.offset)} overlaps ${last.name} at 0x${hex(last.offset)}-0x${hex(last.offset + last.size - 1)}`);
    last = p;
  }
  for (const sub of [0x00, 0x90]) {
    const ota = parts.filter((p) => p.type === 0x01 && p.subtype === sub);
    const what = sub === 0 ? 'otadata' : 'TEE otadata';
    if (ota.length > 1) throw new Error(`found multiple ${what} partitions; only one is allowed`);
    if (ota.length === 1 && ota[0].size !== 0x2000) throw new Error(`${where(ota[0])}: ${what} partition must have size 0x2000`);
  }
}

/** The binary table: entries, MD5 entry, 0xFF padding to 0xC00 bytes. */
export function tableToBinary(parts: Partition[]): Uint8Array {
  const n = parts.length * 32;
  if (n + 32 >= TABLE_MAX) throw new Error(`too many partitions (${parts.length}): the binary table would be ${n + 32} bytes, the most is ${TABLE_MAX - 1}`);
  const out = new Uint8Array(TABLE_MAX);
  out.fill(0xff);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const o = i * 32;
    if (p.type < 0 || p.type > 0xff || p.subtype < 0 || p.subtype > 0xff) throw new Error(`partition ${p.name}: type/subtype must be bytes`);
    if (p.offset < 0 || p.offset > 0xffffffff || p.size < 0 || p.size > 0xffffffff) throw new Error(`partition ${p.name}: offset or size out of range`);
    out[o] = 0xaa;
    out[o + 1] = 0x50;
    out[o + 2] = p.type;
    out[o + 3] = p.subtype;
    dv.setUint32(o + 4, p.offset, true);
    dv.setUint32(o + 8, p.size, true);
    const name = Buffer.from(p.name, 'utf8');
    for (let j = 0; j < 16; j++) out[o + 12 + j] = j < name.length ? name[j] : 0;
    dv.setUint32(o + 28, (p.encrypted ? 1 : 0) | (p.readonly ? 2 : 0), true);
  }
  const md5 = crypto.createHash('md5').update(out.subarray(0, n)).digest();
  out[n] = 0xeb;
  out[n + 1] = 0xeb;
  out.set(md5, n + 16);
  return out;
}

/** Reads a binary table (checks magic and MD5; stops at the all-0xFF end marker). */
export function tableFromBinary(b: Uint8Array): Partition[] {
  const res: Partition[] = [];
  const md5 = crypto.createHash('md5');
  for (let o = 0; o < b.length; o += 32) {
    if (o + 32 > b.length) throw new Error('partition table length must be a multiple of 32 bytes');
    const e = b.subarray(o, o + 32);
    let allFF = true;
    for (let i = 0; i < 32; i++) if (e[i] !== 0xff) allFF = false;
    if (allFF) return res;
    if (e[0] === 0xeb && e[1] === 0xeb) {
      const want = md5.copy().digest();
      if (Buffer.compare(Buffer.from(e.subarray(16, 32)), want) !== 0)
        throw new Error(`MD5 checksums don't match (computed ${want.toString('hex')}, stored ${Buffer.from(e.subarray(16, 32)).toString('hex')})`);
      continue;
    }
    md5.update(e);
    if (e[0] !== 0xaa || e[1] !== 0x50) throw new Error(`invalid magic bytes ${hex2(e[0])} ${hex2(e[1])} in entry ${o / 32} (not a partition table?)`);
    const dv = new DataView(e.buffer, e.byteOffset, 32);
    let nameEnd = 12;
    while (nameEnd < 28 && e[nameEnd] !== 0) nameEnd++;
    const flags = dv.getUint32(28, true);
    res.push({
      name: Buffer.from(e.subarray(12, nameEnd)).toString('utf8'),
      type: e[2],
      subtype: e[3],
      offset: dv.getUint32(4, true),
      size: dv.getUint32(8, true),
      encrypted: (flags & 1) !== 0,
      readonly: (flags & 2) !== 0,
      line: 0,
    });
  }
  throw new Error('partition table is missing an end-of-table marker');
}

function hex2(n: number): string {
  return (n < 16 ? '0' : '') + n.toString(16);
}

/** gen_esp32part's CSV output (binary -> CSV): keywords for known types, sizes with K/M. */
export function tableToCsv(parts: Partition[]): string {
  const keyword = (v: number, kw: { [k: string]: number }) => {
    for (const k of Object.keys(kw)) if (kw[k] === v) return k;
    return String(v);
  };
  const size = (a: number) => {
    if (a % 0x100000 === 0) return `${a / 0x100000}M`;
    if (a % 0x400 === 0) return `${a / 0x400}K`;
    return '0x' + hex(a);
  };
  const rows = ['# ESP-IDF Partition Table', '# Name, Type, SubType, Offset, Size, Flags'];
  for (const p of parts) {
    const flags = [p.encrypted ? 'encrypted' : '', p.readonly ? 'readonly' : ''].filter((f) => f).join(':');
    rows.push([p.name, keyword(p.type, TYPES), keyword(p.subtype, SUBTYPES[p.type] || {}), '0x' + hex(p.offset), size(p.size), flags].join(','));
  }
  return rows.join('\n') + '\n';
}

/** CSV text -> verified table. */
export function compileCsv(text: string, opts: CsvOptions = {}): Partition[] {
  const parts = parseCsv(text, opts);
  verifyTable(parts, opts.tableOffset === undefined ? TABLE_OFFSET : opts.tableOffset);
  return parts;
}

/** The partitions.csv to use: the given file, else ./partitions.csv, else the one shipped with the tools. */
export function findPartitionsCsv(given?: string): string {
  if (given) return given;
  if (fs.existsSync('partitions.csv')) return 'partitions.csv';
  for (const dir of [path.join(__dirname, '..'), path.join(__dirname, '..', '..')]) {
    const p = path.join(dir, 'partitions.csv');
    if (fs.existsSync(p)) return p;
  }
  return 'partitions.csv';
}

/** Reads and verifies a partitions CSV file; errors name the file. */
export function loadPartitionsCsv(file: string, opts: CsvOptions = {}): Partition[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  try {
    return compileCsv(text, opts);
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

export function findPartition(parts: Partition[], name: string): Partition | null {
  for (const p of parts) if (p.name === name) return p;
  return null;
}

export const PARTITIONS_HELP = `Usage: atomvm-js partitions [PARTITIONS.csv] -o PARTITIONS.bin [--offset A] [--flash-size 4MB]
       atomvm-js partitions -l PARTITIONS.bin

Compiles an ESP-IDF partition table CSV (default: partitions.csv) into the binary table that goes
at 0x8000 in flash, byte for byte what ESP-IDF's gen_esp32part.py writes (32-byte entries, an MD5
entry, 0xFF padding to 0xC00 bytes), or lists a binary table back as CSV (-l).

CSV columns: Name, Type, SubType, Offset, Size, Flags. Type: app, data or a number; SubType: a
keyword (factory, ota_0..ota_15, test, nvs, phy, ota, coredump, fat, spiffs, littlefs, undefined,
...) or a number; Offset/Size: numbers (0x.., decimal) with K or M suffixes, a blank offset follows
the previous partition (aligned to 0x10000 for apps, 0x1000 otherwise); Flags: encrypted, readonly
(colon-separated).

Options:
  -o FILE          output file (written whole or not at all)
  -l FILE          list a binary partition table (or a flash image: its table at --offset)
  --offset A       partition table offset (default 0x8000)
  --flash-size S   also check that the partitions fit a flash of S (1MB, 2MB, 4MB, ... 128MB)
  -h, --help       this help

Examples:
  atomvm-js partitions partitions.csv -o build/partitions.bin
  atomvm-js partitions -l build/partitions.bin`;

/** The `partitions` command. */
export function partitionsCommand(args: string[]): Promise<number> {
  let input: string | undefined;
  let output: string | undefined;
  let list: string | undefined;
  let tableOffset = TABLE_OFFSET;
  let flashSize = 0;
  try {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const next = () => {
        if (i + 1 >= args.length) throw new Error(`${a} needs a value`);
        return args[++i];
      };
      if (a === '-h' || a === '--help') {
        console.log(PARTITIONS_HELP);
        return Promise.resolve(0);
      } else if (a === '-o' || a === '--output') output = next();
      else if (a === '-l' || a === '--list') list = next();
      else if (a === '--offset') {
        const v = pyInt(next());
        if (v === null || v < 0) throw new Error(`--offset: not a number: ${args[i]}`);
        tableOffset = v;
      } else if (a === '--flash-size') {
        const m = /^(1|2|4|8|16|32|64|128)MB$/.exec(next());
        if (!m) throw new Error(`--flash-size: expected 1MB, 2MB, 4MB, 8MB, 16MB, 32MB, 64MB or 128MB, got ${args[i]}`);
        flashSize = parseInt(m[1], 10) * 1024 * 1024;
      } else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option ${a} (see partitions --help)`);
      else if (input === undefined) input = a;
      else throw new Error(`unexpected argument ${a} (see partitions --help)`);
    }
    if (list !== undefined) {
      let b: Buffer;
      try {
        b = fs.readFileSync(list);
      } catch (e) {
        throw new Error(`${list}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      }
      // a whole flash image: the table is at the offset
      let bytes = new Uint8Array(b.buffer, b.byteOffset, b.length);
      if (!(bytes[0] === 0xaa && bytes[1] === 0x50) && bytes.length >= tableOffset + TABLE_MAX) bytes = bytes.subarray(tableOffset, tableOffset + TABLE_MAX);
      let parts: Partition[];
      try {
        parts = tableFromBinary(bytes);
      } catch (e) {
        throw new Error(`${list}: ${(e as Error).message}`);
      }
      process.stdout.write(tableToCsv(parts));
      return Promise.resolve(0);
    }
    if (output === undefined) throw new Error('no output file: give -o PARTITIONS.bin (see partitions --help)');
    const file = findPartitionsCsv(input);
    const parts = loadPartitionsCsv(file, { tableOffset });
    if (flashSize) {
      let end = 0;
      for (const p of parts) end = Math.max(end, p.offset + p.size);
      if (end > flashSize) throw new Error(`${file}: the partitions end at 0x${hex(end)}, beyond the ${flashSize / 1048576}MB flash`);
    }
    const bin = tableToBinary(parts);
    if (path.dirname(output) && !fs.existsSync(path.dirname(output))) fs.mkdirSync(path.dirname(output), { recursive: true });
    writeFileAtomic(output, bin);
    return Promise.resolve(0);
  } catch (e) {
    console.error(`partitions: ${(e as Error).message}`);
    return Promise.resolve(1);
  }
}
