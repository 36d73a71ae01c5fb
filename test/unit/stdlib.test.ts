// scripts/build-lib.mjs: the standard library archive is well-formed packbeam, holds one BEAM
// per src/erlang/*.erl with only the chunks the VM reads, and fits the lib.avm partition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const ALLOWED = new Set(['AtU8', 'Atom', 'Code', 'ExpT', 'LocT', 'ImpT', 'LitU', 'LitT', 'FunT', 'StrT', 'Line']);

interface Entry { name: string; flags: number; data: Buffer }

function readAvm(b: Buffer): Entry[] {
  assert.equal(b.toString('latin1', 0, 24), '#!/usr/bin/env AtomVM\n\0\0');
  const out: Entry[] = [];
  let pos = 24;
  for (;;) {
    const size = b.readUInt32BE(pos);
    const flags = b.readUInt32BE(pos + 4);
    const nul = b.indexOf(0, pos + 12);
    const name = b.toString('latin1', pos + 12, nul);
    if (size === 0) {
      assert.equal(name, 'end');
      assert.equal(pos + 16, b.length, 'nothing after the end entry');
      return out;
    }
    assert.equal(size % 4, 0, `${name}: size is a multiple of 4`);
    const dataStart = pos + 12 + ((nul - (pos + 12) + 1 + 3) & ~3);
    out.push({ name, flags, data: b.subarray(dataStart, pos + size) });
    pos += size;
  }
}

function chunkIds(beam: Buffer): string[] {
  assert.equal(beam.toString('latin1', 0, 4), 'FOR1');
  assert.equal(beam.toString('latin1', 8, 12), 'BEAM');
  const end = 8 + beam.readUInt32BE(4);
  const ids: string[] = [];
  for (let p = 12; p < end; ) {
    ids.push(beam.toString('latin1', p, p + 4));
    p += 8 + ((beam.readUInt32BE(p + 4) + 3) & ~3);
  }
  return ids;
}

test('build-lib writes a packbeam archive of src/erlang', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'libavm-'));
  const out = path.join(dir, 'lib.avm');
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-lib.mjs'), '--out', out, '--build-dir', path.join(dir, 'beams')], { stdio: 'pipe' });
    const b = fs.readFileSync(out);
    assert.ok(b.length <= 256 * 1024, `lib.avm is ${b.length} bytes`);
    const entries = readAvm(b);
    const expected = fs.readdirSync(path.join(ROOT, 'src', 'erlang')).filter((f) => f.endsWith('.erl'))
      .map((f) => f.replace(/\.erl$/, '.beam')).sort();
    assert.deepEqual(entries.map((e) => e.name).sort(), expected);
    for (const e of entries) {
      assert.equal(e.flags & 2, 2, `${e.name} is flagged as BEAM`);
      const ids = chunkIds(e.data);
      for (const id of ids) assert.ok(ALLOWED.has(id), `${e.name}: unexpected chunk ${id}`);
      for (const need of ['AtU8', 'Code', 'ExpT', 'ImpT']) assert.ok(ids.includes(need), `${e.name}: no ${need}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
