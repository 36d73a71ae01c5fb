// The differential suite again with garbage collection forced at (nearly) every allocation
// (`run --gc-stress`): a GC bug that the normal heap sizes hide shows up here as a difference
// from OTP. Set DIFF_GC=0 to skip it. It covers the VM's own areas (core and processes); the
// library's programs (stdlib/, beh/) exercise Erlang code more than the collector and would
// double the suite's time.
import { test } from 'node:test';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { discoverPrograms, readPending, prepareExpected, runOurs, compareRun, createLimiter, CLI } from './diff_lib.mjs';

const skip = process.env.DIFF_GC === '0' ? 'DIFF_GC=0' : !fs.existsSync(CLI) ? 'run npm run build first' : false;
const only = process.env.DIFF_ONLY ? new RegExp(process.env.DIFF_ONLY) : null;

test('differential suite with GC forced at every allocation', { skip }, async (t) => {
  const pending = readPending();
  const library = /^(stdlib|beh)\//;
  const programs = discoverPrograms().filter((p) => !pending.has(p.module) && !library.test(p.name) && (!only || only.test(p.name)));
  const expected = prepareExpected(programs.map((p) => p.module));
  const limit = createLimiter(Number(process.env.DIFF_JOBS || 2));
  const runs = new Map();
  for (const p of programs) {
    const e = expected.get(p.module);
    if (e && !e.err) runs.set(p.module, limit(() => runOurs(p, { timeoutMs: 180000, command: [process.execPath, CLI, 'run', '--gc-stress'] })));
  }
  for (const p of programs) {
    if (!runs.has(p.module)) continue;
    await t.test(`gc-stress ${p.name}`, async () => {
      const diff = compareRun(expected.get(p.module), await runs.get(p.module), 180000);
      if (diff) assert.fail(`${p.name} under --gc-stress differs from OTP:\n${diff}`);
    });
  }
});
