#!/usr/bin/env node
// Builds the standard library archive: compiles src/erlang/*.erl with erlc into
// build/lib/, then packs the modules into dist/lib.avm (AtomVM packbeam format).
//
//   node scripts/build-lib.mjs [--out FILE] [--build-dir DIR] [--uncompressed-literals] [--no-lines]
//
// Each BEAM keeps only the chunks the VM reads: AtU8/Atom, Code, ExpT, LocT, ImpT,
// FunT, StrT, LitT/LitU and Line (for stack traces). By default LitT stays
// zlib-compressed (the loader inflates it); --uncompressed-literals stores it as
// LitT with an uncompressed-size field of 0 followed by the raw table, which the
// loader also accepts. Fails when the archive is larger than 256 KB (the lib.avm
// partition).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src', 'erlang');
let BUILD = path.join(ROOT, 'build', 'lib');
const LIMIT = 256 * 1024;
const KEEP = new Set(['AtU8', 'Atom', 'Code', 'ExpT', 'LocT', 'ImpT', 'LitU', 'LitT', 'FunT', 'StrT', 'Line']);

function usage(code) {
  console.log(`Usage: node scripts/build-lib.mjs [--out FILE] [--build-dir DIR] [--uncompressed-literals] [--no-lines]

Compiles src/erlang/*.erl with erlc (into build/lib/) and writes the standard library
archive (default dist/lib.avm). Prints the archive size; fails above 256 KB.`);
  process.exit(code);
}

let out = path.join(ROOT, 'dist', 'lib.avm');
let uncompressedLiterals = false;
let lines = true;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--help' || a === '-h') usage(0);
  else if (a === '--out') out = path.resolve(argv[++i]);
  else if (a === '--build-dir') BUILD = path.resolve(argv[++i]);
  else if (a === '--uncompressed-literals') uncompressedLiterals = true;
  else if (a === '--no-lines') lines = false;
  else {
    console.error(`build-lib: unknown argument ${a}`);
    usage(2);
  }
}

const sources = fs.readdirSync(SRC).filter((f) => f.endsWith('.erl')).sort();
if (sources.length === 0) {
  console.error(`build-lib: no .erl files in ${path.relative(ROOT, SRC)}`);
  process.exit(1);
}
fs.rmSync(BUILD, { recursive: true, force: true });
fs.mkdirSync(BUILD, { recursive: true });
try {
  execFileSync('erlc', ['-o', BUILD, '+deterministic', '+warnings_as_errors', ...sources.map((f) => path.join(SRC, f))], {
    stdio: 'inherit',
  });
} catch (e) {
  console.error('build-lib: erlc failed');
  process.exit(1);
}

/** The chunks of a BEAM file: [{id, data}] */
function readChunks(buf, name) {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'FOR1' || buf.toString('latin1', 8, 12) !== 'BEAM') {
    throw new Error(`${name}: not a BEAM file`);
  }
  const end = Math.min(buf.length, 8 + buf.readUInt32BE(4));
  const chunks = [];
  let pos = 12;
  while (pos + 8 <= end) {
    const id = buf.toString('latin1', pos, pos + 4);
    const size = buf.readUInt32BE(pos + 4);
    if (pos + 8 + size > end) throw new Error(`${name}: chunk ${id} overruns the file`);
    chunks.push({ id, data: buf.subarray(pos + 8, pos + 8 + size) });
    pos += 8 + ((size + 3) & ~3);
  }
  return chunks;
}

function pad4(n) {
  return (n + 3) & ~3;
}

/** A BEAM file with only the chunks the VM needs. */
function stripBeam(buf, name) {
  const parts = [];
  for (const c of readChunks(buf, name)) {
    if (!KEEP.has(c.id)) continue;
    if (c.id === 'Line' && !lines) continue;
    let data = c.data;
    if (c.id === 'LitT' && uncompressedLiterals) {
      const usize = data.readUInt32BE(0);
      if (usize !== 0) {
        const raw = zlib.inflateSync(data.subarray(4));
        if (raw.length !== usize) throw new Error(`${name}: LitT inflates to ${raw.length} bytes, header says ${usize}`);
        data = Buffer.concat([Buffer.alloc(4), raw]);
      }
    }
    const head = Buffer.alloc(8);
    head.write(c.id, 0, 'latin1');
    head.writeUInt32BE(data.length, 4);
    parts.push(head, data, Buffer.alloc(pad4(data.length) - data.length));
  }
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(12);
  head.write('FOR1', 0, 'latin1');
  head.writeUInt32BE(body.length + 4, 4);
  head.write('BEAM', 8, 'latin1');
  return Buffer.concat([head, body]);
}

/** Whether the module exports start/0 (packbeam's entry-point flag). */
function exportsStart(buf, name) {
  const chunks = readChunks(buf, name);
  const atomChunk = chunks.find((c) => c.id === 'AtU8' || c.id === 'Atom');
  const expt = chunks.find((c) => c.id === 'ExpT');
  if (!atomChunk || !expt) return false;
  const d = atomChunk.data;
  const count = d.readUInt32BE(0);
  const atoms = [];
  let pos = 4;
  for (let i = 0; i < count; i++) {
    let len = d[pos++];
    if (atomChunk.id === 'AtU8' && (len & 0x08) !== 0) {
      // OTP 28 compact length encoding
      len = len & 0x10 ? ((len >> 5) << 8) | d[pos++] : len >> 4;
    }
    atoms.push(d.toString('utf8', pos, pos + len));
    pos += len;
  }
  const e = expt.data;
  const n = e.readUInt32BE(0);
  for (let i = 0; i < n; i++) {
    const f = e.readUInt32BE(4 + i * 12);
    const a = e.readUInt32BE(8 + i * 12);
    if (atoms[f - 1] === 'start' && a === 0) return true;
  }
  return false;
}

function entry(name, flags, data) {
  const nameBytes = Buffer.from(name + '\0', 'latin1');
  const headerLen = 12 + pad4(nameBytes.length);
  const size = headerLen + pad4(data.length);
  const b = Buffer.alloc(size);
  b.writeUInt32BE(size, 0);
  b.writeUInt32BE(flags, 4);
  b.writeUInt32BE(0, 8);
  nameBytes.copy(b, 12);
  data.copy(b, headerLen);
  return b;
}

const HEADER = Buffer.from('#!/usr/bin/env AtomVM\n\0\0', 'latin1');
const entries = [HEADER];
const report = [];
for (const src of sources) {
  const mod = src.slice(0, -4);
  const file = path.join(BUILD, mod + '.beam');
  const raw = fs.readFileSync(file);
  const beam = stripBeam(raw, file);
  const flags = 0x02 | (exportsStart(raw, file) ? 0x01 : 0);
  entries.push(entry(mod + '.beam', flags, beam));
  report.push([mod, beam.length]);
}
entries.push(entry('end', 0, Buffer.alloc(0)));
const avm = Buffer.concat(entries);
// The end entry's size field is 0, as packbeam writes it.
avm.writeUInt32BE(0, avm.length - 16);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, avm);

for (const [mod, size] of report) console.log(`  ${mod.padEnd(12)} ${String(size).padStart(7)} bytes`);
console.log(`${path.relative(ROOT, out)}: ${avm.length} bytes (${(avm.length / 1024).toFixed(1)} KB of ${LIMIT / 1024} KB), ${report.length} modules`);
if (avm.length > LIMIT) {
  console.error(`build-lib: ${path.relative(ROOT, out)} is larger than ${LIMIT} bytes`);
  process.exit(1);
}
