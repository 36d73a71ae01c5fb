// Differential tests: every Erlang program under test/erlang/ runs under OTP
// (the oracle) and under our VM; stdout and the `Return value:` line must match
// exactly. See test/erlang/README.md.
//
//   npm run build && node --test test/differential.test.mjs
//
// Environment:
//   DIFF_ONLY=regex     run only programs whose "area/module" matches
//   DIFF_ALL=1          also run programs listed in test/erlang/PENDING
//   DIFF_OTP_ONLY=1     do not run our VM: only compile and produce OTP's
//                       expected outputs, and check them (no compile warnings,
//                       no crash, under 1 s under OTP)
//   DIFF_VERIFY_DIRECT=1  with DIFF_OTP_ONLY: also run each program under its
//                       own `erl -noshell` and check the harness agrees
//   DIFF_JOBS=n         programs run in parallel on our VM (default 2)
//   DIFF_TIMEOUT_MS=n   per-program timeout on our VM (default 20000)
//   DIFF_VM="cmd args"  run this command instead of `node dist/cli.js run`
//                       (the .beam paths are appended; split on spaces)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  CLI,
  ROOT,
  PENDING_REASON,
  checkTree,
  compareRun,
  createLimiter,
  discoverPrograms,
  ensureErlang,
  prepareExpected,
  readPending,
  runOtpDirect,
  runOurs,
  selectPrograms,
} from './diff_lib.mjs';

const env = process.env;
const otpOnly = env.DIFF_OTP_ONLY === '1';
const verifyDirect = otpOnly && env.DIFF_VERIFY_DIRECT === '1';
const ignorePending = env.DIFF_ALL === '1';
const jobs = Math.max(1, Number(env.DIFF_JOBS) || 2);
const timeoutMs = Number(env.DIFF_TIMEOUT_MS) || 20000;
const vmCommand = env.DIFF_VM ? env.DIFF_VM.trim().split(/\s+/) : null;
const OTP_TIME_LIMIT_US = 1000000;

const allPrograms = discoverPrograms();
const programs = selectPrograms(allPrograms);
const pending = readPending();

test('differential: test/erlang tree is well-formed', () => {
  assert.ok(allPrograms.length > 0, 'no programs found under test/erlang/<area>/');
  const problems = checkTree(allPrograms);
  assert.deepEqual(problems, [], problems.join('\n'));
  if (env.DIFF_ONLY) assert.ok(programs.length > 0, `DIFF_ONLY=${env.DIFF_ONLY} matches no program`);
});

let setupError = null;
if (!otpOnly && !vmCommand && !fs.existsSync(CLI)) {
  setupError = `${path.relative(ROOT, CLI)} not found: run \`npm run build\` first (or DIFF_OTP_ONLY=1 to check only the OTP side)`;
}
if (!setupError) {
  try {
    ensureErlang();
  } catch (e) {
    setupError = e.message;
  }
}

if (setupError) {
  test('differential: setup', () => {
    assert.fail(setupError);
  });
} else {
  const isPending = (p) => !otpOnly && !ignorePending && pending.has(p.module);
  const active = programs.filter((p) => !isPending(p));

  // OTP's answers for every program that will run: one erl VM, cached.
  let expected = new Map();
  let expectedError = null;
  try {
    expected = prepareExpected(active);
  } catch (e) {
    expectedError = e.message;
  }

  // Start our VM runs right away, `jobs` at a time; tests await their turn.
  const limit = createLimiter(otpOnly ? 8 : jobs);
  const runs = new Map();
  if (!expectedError) {
    for (const p of active) {
      const exp = expected.get(p.module);
      if (!exp || exp.err) continue;
      if (!otpOnly) runs.set(p.module, limit(() => runOurs(p, { timeoutMs, command: vmCommand || undefined })));
      else if (verifyDirect) runs.set(p.module, limit(() => runOtpDirect(p)));
    }
  }

  const passedPending = [];
  for (const p of programs) {
    if (isPending(p)) {
      test(p.name, { skip: PENDING_REASON }, () => {});
      continue;
    }
    test(p.name, async () => {
      if (expectedError) assert.fail(`could not get OTP's expected output: ${expectedError}`);
      const exp = expected.get(p.module);
      if (exp.err) assert.fail(`OTP side failed for ${p.name}:\n${exp.err}`);
      if (otpOnly) {
        assert.equal(exp.compile.warnings, '', `erlc warnings for ${p.name}:\n${exp.compile.warnings}`);
        assert.ok(exp.micros !== null && exp.micros < OTP_TIME_LIMIT_US, `${p.name} took ${exp.micros} us under OTP (limit 1 s)`);
        if (verifyDirect) {
          const direct = await runs.get(p.module);
          const diff = compareRun(exp, direct, 30000);
          if (diff) assert.fail(`harness and a direct erl run disagree for ${p.name}:\n${diff}`);
        }
        return;
      }
      const actual = await runs.get(p.module);
      const diff = compareRun(exp, actual, timeoutMs);
      if (diff) assert.fail(`${p.name} differs from OTP:\n${diff}`);
      if (ignorePending && pending.has(p.module)) passedPending.push(p.module);
    });
  }

  if (ignorePending && !otpOnly) {
    test('differential: pending programs that now pass', (t) => {
      if (passedPending.length) {
        t.diagnostic(`these PENDING programs pass now; remove them from test/erlang/PENDING: ${passedPending.join(' ')}`);
      }
    });
  }
}
