// Engine test: the ES5 device bundle runs a sample of the differential programs under Duktape
// (`duk`, a real embedded-class engine) and must print exactly what OTP prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { discoverPrograms, readPending, prepareExpected, BUILD_DIR, ROOT } from './diff_lib.mjs';

const BUNDLE = path.join(ROOT, 'dist', 'atomvm-device.js');
const LIB = path.join(ROOT, 'dist', 'lib.avm');
const SAMPLE = Number(process.env.DUK_SAMPLE || 40);
const hasDuk = spawnSync('duk', ['-e', 'print(1)'], { encoding: 'utf8' }).status === 0;

function dataScript(files) {
  const arrays = files.map((f) => `new Uint8Array([${Array.from(fs.readFileSync(f)).join(',')}])`);
  return `var __AVM_BYTES = [${arrays.join(',\n')}];\n`;
}

test('device bundle under Duktape matches OTP on a sample of programs', { skip: hasDuk ? false : 'duk not installed' }, async (t) => {
  assert.ok(fs.existsSync(BUNDLE), 'run npm run build first');
  const pending = readPending();
  const candidates = discoverPrograms().filter((p) => !pending.has(p.module));
  const expected = prepareExpected(candidates.map((p) => p.module));
  // Duktape interprets ~50x slower than Node: keep programs OTP runs in under 5 ms
  const all = candidates.filter((p) => {
    const e = expected.get(p.module);
    // Duktape's print() cannot write characters outside the BMP (4-byte UTF-8): leave those out
    return e && e.err === null && e.micros !== null && e.micros < 5000 && !e.out.includes(0xf0);
  });
  // a deterministic spread over the areas
  const step = Math.max(1, Math.floor(all.length / SAMPLE));
  const sample = all.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duk-'));
  for (const p of sample) {
    await t.test(`${p.area}/${p.module}`, () => {
      const e = expected.get(p.module);
      assert.equal(e.err, null, e.err || '');
      const files = [p.module, ...p.extras].map((m) => path.join(BUILD_DIR, m + '.beam'));
      if (fs.existsSync(LIB)) files.push(LIB);
      const data = path.join(tmp, p.module + '.js');
      fs.writeFileSync(data, dataScript(files));
      const r = spawnSync('duk', [data, BUNDLE], { encoding: 'buffer', timeout: 60000, maxBuffer: 64 << 20 });
      const stdout = r.stdout.toString('utf8');
      const cut = stdout.lastIndexOf('Return value: ');
      assert.ok(cut >= 0, `no Return value line; output:\n${stdout}\n${r.stderr}`);
      // the device console also carries crash reports (the host `run` sends them to stderr)
      const console = stdout.slice(0, cut).replace(/=ERROR REPORT====\n[\s\S]*?\n\n/g, '');
      assert.equal(console, e.out.toString('utf8'));
      assert.equal(stdout.slice(cut).trimEnd(), e.ret.trimEnd());
    });
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});
