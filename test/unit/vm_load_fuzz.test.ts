// Fuzzing the whole load path (archive -> BEAM chunks -> literals -> code transform -> start):
// random truncations and byte flips of real files must either load or be refused with one
// Error line naming the file; never another JS exception, never a half-loaded module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { vmInit, vmAddFile, vmStart, vmRunSlice } from '../../src/vm/vm';
import { loadModule } from '../../src/vm/module';
import { moduleFind } from '../../src/vm/code';
import { PREBUILT_DIR } from '../vectors/beam_tools';

function rng(seed: number) {
  let s = seed >>> 0;
  return function () {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function mutate(src: Uint8Array, r: () => number): Uint8Array {
  const kind = r();
  if (kind < 0.3) return src.slice(0, Math.floor(r() * src.length));
  const b = src.slice();
  const flips = 1 + Math.floor(r() * 8);
  for (let i = 0; i < flips; i++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
  return b;
}

const inputs = fs.readdirSync(PREBUILT_DIR).filter((f) => f.endsWith('.beam')).map((f) => ({ name: f, data: new Uint8Array(fs.readFileSync(path.join(PREBUILT_DIR, f))) }));

test('mutated BEAM files are loaded or refused with a one-line Error', () => {
  const r = rng(12345);
  let refused = 0;
  let loaded = 0;
  const N = 2500;
  vmInit({ write: () => {} });
  for (let i = 0; i < N; i++) {
    if (i % 200 === 0) vmInit({ write: () => {} });
    const src = inputs[i % inputs.length];
    const bytes = mutate(src.data, r);
    try {
      const m = loadModule(bytes, 'fuzz' + i + '.beam');
      loaded++;
      // loaded modules are complete: they can be found again
      assert.ok(moduleFind(m.name) !== null);
      vmInit({ write: () => {} });
    } catch (e) {
      assert.ok(e instanceof Error, `non-Error thrown: ${String(e)}`);
      const msg = (e as Error).message;
      assert.ok(!/TypeError|RangeError|undefined|is not a function|Cannot read/.test(msg), `internal error leaked: ${msg}`);
      assert.equal(msg.indexOf('\n'), -1, `multi-line message: ${msg}`);
      assert.ok(msg.indexOf('fuzz' + i + '.beam') >= 0, `message does not name the file: ${msg}`);
      refused++;
    }
  }
  assert.equal(loaded + refused, N);
});

test('a refused module leaves no trace and a good one still loads after it', () => {
  vmInit({ write: () => {} });
  const good = inputs[0];
  const bad = good.data.slice(0, good.data.length - 40);
  assert.throws(() => loadModule(bad, 'bad.beam'), /bad\.beam/);
  const m = loadModule(good.data, 'good.beam');
  assert.ok(moduleFind(m.name) !== null);
});

test('running a mutated module never escapes as a JS exception', () => {
  const r = rng(777);
  for (let i = 0; i < 300; i++) {
    const src = inputs[i % inputs.length];
    const bytes = mutate(src.data, r);
    vmInit({ write: () => {} });
    try {
      vmAddFile(bytes, 'run' + i + '.beam');
      vmStart();
    } catch (e) {
      assert.ok(e instanceof Error);
      continue;
    }
    for (let k = 0; k < 50; k++) if (vmRunSlice(5) === 2) break;
  }
});

test("every module of the installed OTP's stdlib, kernel and compiler loads into the VM", (t) => {
  const root = '/usr/lib/erlang/lib';
  if (!fs.existsSync(root)) {
    t.skip('Erlang/OTP is not installed');
    return;
  }
  const dirs = ['stdlib', 'kernel', 'compiler'].map((a) => {
    const d = fs.readdirSync(root).filter((x) => x.startsWith(a + '-'))[0];
    return path.join(root, d, 'ebin');
  });
  vmInit({ write: () => {} });
  let n = 0;
  const failures: string[] = [];
  for (const d of dirs) {
    for (const f of fs.readdirSync(d)) {
      if (!f.endsWith('.beam')) continue;
      n++;
      try {
        loadModule(new Uint8Array(fs.readFileSync(path.join(d, f))), f);
      } catch (e) {
        failures.push((e as Error).message);
      }
    }
  }
  assert.ok(n > 150, `only ${n} modules found`);
  assert.deepEqual(failures, []);
});
