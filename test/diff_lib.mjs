// Differential testing against OTP: shared machinery.
//
// Used by test/differential.test.mjs (our VM on Node) and meant for reuse by
// other runners (e.g. the Duktape engine test): discover the Erlang programs
// under test/erlang/, compile them with erlc, let OTP produce the expected
// stdout and return value (one erl VM for all programs, cached by the .beam's
// content hash), run our VM on a program and compare.
//
// Layout:
//   test/erlang/<area>/<area>_<name>.erl   a program: exports start/0
//   test/erlang/_lib/*.erl                 helper modules a program may call;
//                                          a program names them on a line
//                                          `%% diff-extra: mod_a mod_b`
//   test/erlang/_harness/diff_harness.erl  the OTP-side runner
//   test/erlang/PENDING                    programs the VM cannot run yet
//   build/test-erlang/*.beam               compiled programs and helpers
//   build/test-erlang/<mod>.warnings       erlc's warnings for that file
//   build/test-erlang/expected/<mod>.{out,ret,time,hash}   OTP's answers
//   build/test-erlang/expected/<mod>.err   why OTP could not run it

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ERLANG_DIR = path.join(ROOT, 'test', 'erlang');
export const LIB_DIR = path.join(ERLANG_DIR, '_lib');
export const HARNESS_SRC = path.join(ERLANG_DIR, '_harness', 'diff_harness.erl');
export const PENDING_FILE = path.join(ERLANG_DIR, 'PENDING');
export const BUILD_DIR = path.join(ROOT, 'build', 'test-erlang');
export const HARNESS_DIR = path.join(BUILD_DIR, '_harness');
export const EXPECTED_DIR = path.join(BUILD_DIR, 'expected');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Bump when the meaning of the cached expected files changes. */
const CACHE_VERSION = 'diff-expected-v1';

/** Reason shown for programs listed in test/erlang/PENDING. */
export const PENDING_REASON = 'pending: not yet supported by the VM';

function readdirSorted(dir) {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    if (e.code === 'ENOENT') return [];
    throw e;
  }
}

function parseExtras(src) {
  const text = fs.readFileSync(src, 'utf8');
  const extras = [];
  const re = /^%+\s*diff-extra:\s*(.*)$/gm;
  let m;
  while ((m = re.exec(text)) !== null) {
    for (const name of m[1].trim().split(/[\s,]+/)) if (name) extras.push(name);
  }
  return extras;
}

/**
 * Every program under test/erlang/<area>/ (areas starting with `_` hold
 * helpers, not programs), sorted by area then module.
 * @returns {{module: string, area: string, name: string, src: string, beam: string, extras: string[]}[]}
 */
export function discoverPrograms() {
  const programs = [];
  for (const areaEnt of readdirSorted(ERLANG_DIR)) {
    if (!areaEnt.isDirectory() || areaEnt.name.startsWith('_') || areaEnt.name.startsWith('.')) continue;
    const area = areaEnt.name;
    for (const ent of readdirSorted(path.join(ERLANG_DIR, area))) {
      if (!ent.isFile() || !ent.name.endsWith('.erl')) continue;
      const module = ent.name.slice(0, -4);
      const src = path.join(ERLANG_DIR, area, ent.name);
      programs.push({
        module,
        area,
        name: `${area}/${module}`,
        src,
        beam: path.join(BUILD_DIR, module + '.beam'),
        extras: parseExtras(src),
      });
    }
  }
  return programs;
}

/** Helper modules in test/erlang/_lib, by module name -> source path. */
export function discoverLibModules() {
  const libs = new Map();
  for (const ent of readdirSorted(LIB_DIR)) {
    if (ent.isFile() && ent.name.endsWith('.erl')) libs.set(ent.name.slice(0, -4), path.join(LIB_DIR, ent.name));
  }
  return libs;
}

/** Problems with the tree itself: duplicate names, missing area prefix, unknown extras. */
export function checkTree(programs = discoverPrograms()) {
  const problems = [];
  const seen = new Map();
  const libs = discoverLibModules();
  for (const p of programs) {
    if (seen.has(p.module)) problems.push(`module ${p.module} defined twice: ${seen.get(p.module)} and ${p.name}`);
    seen.set(p.module, p.name);
    if (!p.module.startsWith(p.area + '_')) problems.push(`${p.name}: module name must start with "${p.area}_"`);
    if (libs.has(p.module)) problems.push(`${p.name}: name clashes with test/erlang/_lib/${p.module}.erl`);
    for (const x of p.extras) if (!libs.has(x)) problems.push(`${p.name}: diff-extra module ${x} not found in test/erlang/_lib`);
  }
  return problems;
}

/** Module names listed in test/erlang/PENDING (one per line, `#` starts a comment). */
export function readPending(file = PENDING_FILE) {
  const set = new Set();
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e.code === 'ENOENT') return set;
    throw e;
  }
  for (const line of text.split('\n')) {
    const name = line.replace(/#.*/, '').trim();
    if (name) set.add(name);
  }
  return set;
}

/**
 * Programs selected by the environment: DIFF_ONLY=regex matches against
 * "area/module".
 */
export function selectPrograms(programs = discoverPrograms(), only = process.env.DIFF_ONLY) {
  if (!only) return programs;
  const re = new RegExp(only);
  return programs.filter((p) => re.test(p.name));
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Throws a one-line error when erl or erlc is missing. */
export function ensureErlang() {
  const missing = ['erl', 'erlc'].filter((c) => !which(c));
  if (missing.length) {
    throw new Error(
      `${missing.join(' and ')} not found on PATH: install Erlang/OTP (run scripts/ensure-erlang.sh) to run the differential tests`,
    );
  }
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** Split erlc's output into messages keyed by the module (file basename). */
function parseErlcOutput(text) {
  const byModule = new Map();
  let current = null;
  for (const line of text.split('\n')) {
    const m = /^(.*?([^/\\]+)\.erl):(\d+:)?(\d+:)? (.*)$/.exec(line);
    if (m) {
      current = m[2];
      if (!byModule.has(current)) byModule.set(current, []);
      byModule.get(current).push(line);
    } else if (current && line.trim() !== '') {
      byModule.get(current).push(line);
    } else if (line.trim() !== '') {
      current = null;
      if (!byModule.has('')) byModule.set('', []);
      byModule.get('').push(line);
    }
  }
  return byModule;
}

function runErlc(files, outDir) {
  return spawnSync('erlc', ['-o', outDir, ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/**
 * Compile .erl files with erlc into `outDir`, skipping those whose .beam is
 * newer than the source. Warnings are kept in `<outDir>/<mod>.warnings` so a
 * later run that skips compiling still knows them.
 * @param {string[]} sources paths of .erl files
 * @returns {Map<string, {ok: boolean, warnings: string, error: string}>} by module
 */
export function compileSources(sources, outDir = BUILD_DIR) {
  fs.mkdirSync(outDir, { recursive: true });
  const stale = [];
  for (const src of sources) {
    const mod = path.basename(src, '.erl');
    const beam = path.join(outDir, mod + '.beam');
    if (mtime(beam) < mtime(src)) {
      fs.rmSync(beam, { force: true });
      stale.push(src);
    }
  }
  const errors = new Map();
  const record = (text, compiled) => {
    const msgs = parseErlcOutput(text);
    for (const src of compiled) {
      const mod = path.basename(src, '.erl');
      const lines = msgs.get(mod) || [];
      const isError = lines.some((l) => /^\S+\.erl:(\d+:)?(\d+:)? (?!Warning:)/.test(l));
      if (isError || !fs.existsSync(path.join(outDir, mod + '.beam'))) {
        errors.set(mod, lines.join('\n') || text.trim() || 'erlc failed without output');
      } else {
        fs.writeFileSync(path.join(outDir, mod + '.warnings'), lines.length ? lines.join('\n') + '\n' : '');
      }
    }
  };
  if (stale.length) {
    // Fast path: one erlc for everything. erlc stops at the first file with an
    // error, so on failure compile the files it did not get to one by one.
    const r = runErlc(stale, outDir);
    if (r.error) throw new Error(`cannot run erlc: ${r.error.message}`);
    if (r.status === 0) {
      record(r.stdout + r.stderr, stale);
    } else {
      for (const src of stale) {
        const one = runErlc([src], outDir);
        record(one.stdout + one.stderr, [src]);
      }
    }
  }
  const results = new Map();
  for (const src of sources) {
    const mod = path.basename(src, '.erl');
    if (errors.has(mod)) {
      results.set(mod, { ok: false, warnings: '', error: errors.get(mod) });
      continue;
    }
    let warnings = '';
    try {
      warnings = fs.readFileSync(path.join(outDir, mod + '.warnings'), 'utf8');
    } catch {
      /* compiled by something else; no record */
    }
    results.set(mod, { ok: fs.existsSync(path.join(outDir, mod + '.beam')), warnings, error: '' });
  }
  return results;
}

/**
 * Compile the given programs and the helper modules they need.
 * @returns {Map<string, {ok: boolean, warnings: string, error: string}>}
 */
export function compilePrograms(programs) {
  const libs = discoverLibModules();
  const sources = new Set();
  for (const p of programs) {
    sources.add(p.src);
    for (const x of p.extras) if (libs.has(x)) sources.add(libs.get(x));
  }
  return compileSources([...sources]);
}

/** Environment for erl: crash dumps go to the build folder, not the repository root. */
function erlEnv() {
  return { ...process.env, ERL_CRASH_DUMP: path.join(BUILD_DIR, 'erl_crash.dump') };
}

function harnessBeam() {
  const r = compileSources([HARNESS_SRC], HARNESS_DIR).get('diff_harness');
  if (!r.ok) throw new Error(`cannot compile ${path.relative(ROOT, HARNESS_SRC)}:\n${r.error}`);
  return path.join(HARNESS_DIR, 'diff_harness.beam');
}

function cacheKey(program, harness) {
  const h = createHash('sha256');
  h.update(CACHE_VERSION);
  h.update(fs.readFileSync(harness));
  for (const mod of [program.module, ...program.extras]) {
    h.update('\0' + mod + '\0');
    h.update(fs.readFileSync(path.join(BUILD_DIR, mod + '.beam')));
  }
  return h.digest('hex');
}

function readIf(file, enc) {
  try {
    return fs.readFileSync(file, enc);
  } catch {
    return null;
  }
}

function toProgram(m, byModule) {
  if (typeof m !== 'string') return m;
  const p = byModule.get(m);
  if (!p) throw new Error(`unknown differential-test program: ${m}`);
  return p;
}

/**
 * OTP's expected results for the given programs (module names or objects
 * from discoverPrograms()). Compiles what is stale, then runs every program
 * whose cached answer does not match its .beam's hash in ONE erl VM.
 * @returns {Map<string, {out: Buffer|null, ret: string|null, err: string|null, micros: number|null, compile: object}>}
 */
export function prepareExpected(modules) {
  // test files run in parallel and share BUILD_DIR: compile and run erl one at a time
  return withBuildLock(() => prepareExpectedUnlocked(modules));
}

function withBuildLock(fn) {
  const lock = path.join(ROOT, 'build', '.test-erlang.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // a lock older than 10 minutes was left by a killed run
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 10 * 60 * 1000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function prepareExpectedUnlocked(modules) {
  ensureErlang();
  const all = discoverPrograms();
  const byModule = new Map(all.map((p) => [p.module, p]));
  const programs = modules.map((m) => toProgram(m, byModule));
  const compiled = compilePrograms(programs);
  const harness = harnessBeam();
  fs.mkdirSync(EXPECTED_DIR, { recursive: true });

  const results = new Map();
  const keys = new Map();
  const toRun = [];
  for (const p of programs) {
    const c = compiled.get(p.module);
    const extraFailed = p.extras.filter((x) => !(compiled.get(x) || {}).ok);
    if (!c.ok || extraFailed.length) {
      const err = !c.ok ? `compile error:\n${c.error}` : `helper module(s) failed to compile: ${extraFailed.join(', ')}`;
      results.set(p.module, { out: null, ret: null, err, micros: null, compile: c });
      continue;
    }
    const key = cacheKey(p, harness);
    keys.set(p.module, key);
    const base = path.join(EXPECTED_DIR, p.module);
    if (readIf(base + '.hash', 'utf8') === key && fs.existsSync(base + '.out') && fs.existsSync(base + '.ret')) continue;
    fs.rmSync(base + '.hash', { force: true });
    toRun.push(p.module);
  }

  if (toRun.length) {
    const listFile = path.join(EXPECTED_DIR, `_run.${process.pid}.list`);
    fs.writeFileSync(listFile, toRun.join('\n') + '\n');
    const r = spawnSync(
      'erl',
      ['-noshell', '-pa', BUILD_DIR, '-pa', HARNESS_DIR, '-run', 'diff_harness', 'main', EXPECTED_DIR, listFile],
      { cwd: ROOT, encoding: 'utf8', timeout: 60000 + toRun.length * 12000, maxBuffer: 64 << 20, env: erlEnv() },
    );
    fs.rmSync(listFile, { force: true });
    if (r.error) throw new Error(`cannot run erl for the expected outputs: ${r.error.message}`);
    for (const mod of toRun) {
      const base = path.join(EXPECTED_DIR, mod);
      if (fs.existsSync(base + '.out') && fs.existsSync(base + '.ret') && !fs.existsSync(base + '.err')) {
        fs.writeFileSync(base + '.hash', keys.get(mod));
      } else if (!fs.existsSync(base + '.err')) {
        fs.writeFileSync(base + '.err', `the OTP harness produced no result (erl exit ${r.status}):\n${r.stdout}${r.stderr}`);
      }
    }
  }

  for (const p of programs) {
    if (results.has(p.module)) continue;
    const base = path.join(EXPECTED_DIR, p.module);
    const err = readIf(base + '.err', 'utf8');
    const time = readIf(base + '.time', 'utf8');
    results.set(p.module, {
      out: err ? null : readIf(base + '.out'),
      ret: err ? null : readIf(base + '.ret', 'utf8'),
      err,
      micros: time === null ? null : Number(time),
      compile: compiled.get(p.module),
    });
  }
  return results;
}

/**
 * Run a program on our VM.
 * @param {string|object} mod module name or program object
 * @param {{command?: string[], timeoutMs?: number, cwd?: string}} [opts]
 *   command: argv prefix before the .beam files; default `node dist/cli.js run`
 * @returns {Promise<{stdout: Buffer, stderr: string, code: number|null, signal: string|null, timedOut: boolean, ms: number}>}
 */
export function runOurs(mod, opts = {}) {
  const program = typeof mod === 'string' ? toProgram(mod, new Map(discoverPrograms().map((p) => [p.module, p]))) : mod;
  const command = opts.command || [process.execPath, CLI, 'run'];
  const beams = [program.module, ...program.extras].map((m) => path.join(BUILD_DIR, m + '.beam'));
  return spawnCapture(command[0], [...command.slice(1), ...beams], opts.timeoutMs || 20000, opts.cwd || ROOT);
}

/** Spawn a command, collect stdout (Buffer) and stderr (string), SIGKILL it after timeoutMs. */
export function spawnCapture(cmd, args, timeoutMs, cwd = ROOT, env = process.env) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    // detached: the child leads its own process group, so a timeout can kill
    // everything it started (a wrapper script's children keep the pipes open).
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => err.push(Buffer.from(`cannot start ${cmd}: ${e.message}\n`)));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
        signal,
        timedOut,
        ms: Date.now() - t0,
      });
    });
  });
}

const RET_PREFIX = 'Return value: ';

/** The `Return value: ...` text at the end of stderr (may span lines), or null. */
export function extractReturnValue(stderr) {
  const i = stderr.lastIndexOf(RET_PREFIX);
  if (i < 0) return null;
  return stderr.slice(i).replace(/\r?\n$/, '');
}

function excerpt(s, max = 1500) {
  return s.length > max ? s.slice(0, max) + `... (${s.length - max} more chars)` : s;
}

function firstDifference(expected, actual) {
  const e = expected.toString('utf8').split('\n');
  const a = actual.toString('utf8').split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (x) => (x === undefined ? '<end of output>' : JSON.stringify(x));
      return `first difference at stdout line ${i + 1}:\n  expected: ${show(e[i])}\n  actual:   ${show(a[i])}`;
    }
  }
  return 'outputs differ in bytes that do not decode as UTF-8';
}

/**
 * Compare our run with OTP's expected result.
 * @returns {string|null} null when they match, else a readable explanation
 */
export function compareRun(expected, actual, timeoutMs = 20000) {
  if (actual.timedOut) {
    return `timed out after ${timeoutMs} ms\nstdout so far:\n${excerpt(actual.stdout.toString('utf8'))}\nstderr:\n${excerpt(actual.stderr)}`;
  }
  const problems = [];
  if (!expected.out.equals(actual.stdout)) {
    problems.push(
      firstDifference(expected.out, actual.stdout) +
        `\n--- expected stdout ---\n${excerpt(expected.out.toString('utf8'))}\n--- actual stdout ---\n${excerpt(actual.stdout.toString('utf8'))}`,
    );
  }
  const want = expected.ret.replace(/\r?\n$/, '');
  const got = extractReturnValue(actual.stderr);
  if (got === null) {
    problems.push(`no "Return value:" on stderr (exit code ${actual.code}${actual.signal ? ', signal ' + actual.signal : ''}); expected ${JSON.stringify(want)}\n--- stderr ---\n${excerpt(actual.stderr)}`);
  } else if (got !== want) {
    problems.push(`return value differs:\n  expected: ${JSON.stringify(want)}\n  actual:   ${JSON.stringify(got)}`);
  }
  return problems.length ? problems.join('\n\n') : null;
}

/**
 * Run a program under a fresh `erl -noshell` exactly as the brief describes
 * (standard_io set to unicode), to check the harness against the real thing.
 * @returns {Promise<{stdout: Buffer, stderr: string, code: number|null, timedOut: boolean}>}
 */
export function runOtpDirect(program, timeoutMs = 30000) {
  const evalStr =
    'io:setopts(standard_io, [{encoding, unicode}]), io:setopts(standard_error, [{encoding, unicode}]), ' +
    `R = ${program.module}:start(), io:format(standard_error, "Return value: ~p~n", [R]), halt().`;
  return spawnCapture('erl', ['-noshell', '-pa', BUILD_DIR, '-eval', evalStr], timeoutMs, ROOT, erlEnv());
}

/** A tiny concurrency limiter: limit(fn) runs fn when fewer than n are running. */
export function createLimiter(n) {
  let running = 0;
  const queue = [];
  const next = () => {
    if (running >= n || queue.length === 0) return;
    running++;
    const { fn, resolve, reject } = queue.shift();
    Promise.resolve()
      .then(fn)
      .then(resolve, reject)
      .finally(() => {
        running--;
        next();
      });
  };
  return (fn) =>
    new Promise((resolve, reject) => {
      queue.push({ fn, resolve, reject });
      next();
    });
}
