// Elixir samples: every test/elixir/<name>.ex is compiled by elixirc, run under
// Elixir (the oracle) and under our VM with dist/exlib.avm (our Elixir
// library); stdout and the `Return value:` line (start/0's result printed with
// Erlang's ~p) must match exactly.
//
//   npm run build && node scripts/build-exlib.mjs && node --test test/elixir.test.mjs
//
// Conventions: <name>.ex defines Sample.<Name> (name in CamelCase: foo_bar.ex ->
// Sample.FooBar) exporting start/0, plus any helper modules. A line
// `# needs: gen_server supervisor` skips the sample while src/erlang/ lacks
// those modules.
//
// Environment:
//   EX_ONLY=regex   run only samples whose name matches
//   EX_TIMEOUT_MS=n per-run timeout (default 20000)
//   EX_OTP=1        run our library (build/exlib/*.beam) on OTP's erl instead of
//                   our VM: tells a library bug from a VM bug
//
// Logger is silenced on every side (its reports carry timestamps): Elixir by
// Logger.configure, OTP and our VM by logger:set_primary_config (on our VM in a
// generated ExBoot module that then calls the sample); only stdout and the
// return value are compared.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'test', 'elixir');
const BUILD = path.join(ROOT, 'build', 'test-elixir');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXLIB = path.join(ROOT, 'dist', 'exlib.avm');
const TIMEOUT = Number(process.env.EX_TIMEOUT_MS) || 20000;
const JOBS = 3;
const ON_OTP = process.env.EX_OTP === '1';
const EXLIB_BEAMS = path.join(ROOT, 'build', 'exlib');

function camel(name) {
  return name
    .split('_')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** Runs a command; resolves {code, stdout, stderr} (stdout/stderr as Buffers). */
function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd || ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
  });
}

/** Runs async jobs with at most n at a time. */
function limiter(n) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= n || queue.length === 0) return;
    active++;
    const { fn, resolve, reject } = queue.shift();
    fn().then(resolve, reject).finally(() => {
      active--;
      next();
    });
  };
  return (fn) =>
    new Promise((resolve, reject) => {
      queue.push({ fn, resolve, reject });
      next();
    });
}

function returnLine(stderr) {
  const text = stderr.toString('utf8');
  const i = text.lastIndexOf('Return value: ');
  return i < 0 ? null : text.slice(i).trimEnd();
}

const hasElixir = spawnSync('elixirc', ['--version'], { stdio: 'ignore' }).status === 0;
const only = process.env.EX_ONLY ? new RegExp(process.env.EX_ONLY) : null;
const samples = fs
  .readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.ex'))
  .sort()
  .map((f) => {
    const name = f.slice(0, -3);
    const src = path.join(SAMPLES, f);
    const needs = [];
    const m = /^\s*#\s*needs:\s*(.*)$/m.exec(fs.readFileSync(src, 'utf8'));
    if (m) needs.push(...m[1].trim().split(/[\s,]+/).filter(Boolean));
    return { name, src, module: `Sample.${camel(name)}`, dir: path.join(BUILD, name), needs };
  })
  .filter((s) => !only || only.test(s.name));

test('elixir: at least 10 samples', () => {
  if (!only) assert.ok(samples.length >= 10, `only ${samples.length} samples in test/elixir/`);
});

let setupError = null;
if (!hasElixir) setupError = 'elixirc not found (apt-get install elixir)';
else if (!fs.existsSync(CLI)) setupError = 'dist/cli.js not found: run `npm run build` first';
else {
  // exlib.avm is rebuilt whenever a source is newer than it.
  const srcDir = path.join(ROOT, 'src', 'elixir');
  const newest = Math.max(...fs.readdirSync(srcDir).map((f) => fs.statSync(path.join(srcDir, f)).mtimeMs));
  if (!fs.existsSync(EXLIB) || fs.statSync(EXLIB).mtimeMs < newest) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-exlib.mjs')], { encoding: 'utf8' });
    if (r.status !== 0) setupError = `scripts/build-exlib.mjs failed:\n${r.stdout}${r.stderr}`;
  }
}

const limit = limiter(JOBS);
const results = new Map();
function prepare(s) {
  if (!results.has(s.name)) {
    results.set(
      s.name,
      limit(async () => {
        fs.rmSync(s.dir, { recursive: true, force: true });
        fs.mkdirSync(s.dir, { recursive: true });
        // Our VM runs start/0 of the first module given: ExBoot silences the
        // logger (as the oracle's Logger.configure does) and calls the sample.
        const boot = path.join(s.dir, 'ex_boot.ex');
        fs.writeFileSync(
          boot,
          `defmodule ExBoot do\n  def start do\n    try do\n      :logger.set_primary_config(:level, :none)\n    catch\n      _, _ -> :ok\n    end\n\n    ${s.module}.start()\n  end\nend\n`,
        );
        const c = await run('elixirc', ['--warnings-as-errors', '-o', s.dir, s.src, boot]);
        if (c.code !== 0) return { error: `elixirc failed:\n${c.stderr}${c.stdout}` };
        const main = path.join(s.dir, `Elixir.${s.module}.beam`);
        if (!fs.existsSync(main)) return { error: `${path.relative(ROOT, s.src)} does not define ${s.module}` };
        const first = path.join(s.dir, 'Elixir.ExBoot.beam');
        const others = fs
          .readdirSync(s.dir)
          .filter((f) => f.endsWith('.beam') && path.join(s.dir, f) !== first)
          .sort()
          .map((f) => path.join(s.dir, f));
        const expr = `Logger.configure(level: :none); r = ${s.module}.start(); :io.format(:standard_error, "Return value: ~p~n", [r])`;
        const otpExpr =
          `io:setopts([{encoding, unicode}]), logger:set_primary_config(level, none), R = '${'Elixir.' + s.module}':start(), ` +
          `io:format(standard_error, "Return value: ~p~n", [R]), halt().`;
        const [ex, ours] = await Promise.all([
          // in the sample's build directory: a crash dump lands there
          run('elixir', ['-pa', s.dir, '-e', expr], { cwd: s.dir }),
          ON_OTP
            ? run('erl', ['-noshell', '-pa', EXLIB_BEAMS, '-pa', s.dir, '-eval', otpExpr], { cwd: s.dir })
            : run(process.execPath, [CLI, 'run', first, ...others, EXLIB]),
        ]);
        return { ex, ours };
      }),
    );
  }
  return results.get(s.name);
}

for (const s of samples) {
  const missing = s.needs.filter((m) => !fs.existsSync(path.join(ROOT, 'src', 'erlang', `${m}.erl`)));
  const skip = setupError || ON_OTP ? false : missing.length ? `needs ${missing.join(', ')} in src/erlang/` : false;
  test(`elixir: ${s.name}`, { skip }, async () => {
    if (setupError) assert.fail(setupError);
    const r = await prepare(s);
    if (r.error) assert.fail(r.error);
    const { ex, ours } = r;
    assert.equal(ex.timedOut, false, 'elixir timed out');
    assert.equal(ex.code, 0, `elixir failed:\n${ex.stderr}`);
    const want = returnLine(ex.stderr);
    assert.ok(want, `no return value from elixir:\n${ex.stderr}`);
    assert.equal(ours.timedOut, false, `our VM timed out; stdout so far:\n${ours.stdout}`);
    assert.equal(ours.stdout.toString('utf8'), ex.stdout.toString('utf8'), `stdout differs (stderr:\n${ours.stderr})`);
    assert.equal(returnLine(ours.stderr), want, `return value differs (stderr:\n${ours.stderr})`);
  });
}
