// build: erlc an app directory and pack it, start module first, priv files as APP/priv/...
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildCommand } from '../../src/tools/build';
import { listAvm, stripBeam } from '../../src/tools/packbeam';
import { parseAvm } from '../../src/vm/loader/avm';
import { parseBeam } from '../../src/vm/loader/beam';

const HAS_ERLC = !spawnSync('erlc', [], { encoding: 'utf8' }).error;
const needErlc = { skip: HAS_ERLC ? false : 'erlc not installed' };

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const ow = process.stdout.write;
  const ew = process.stderr.write;
  process.stdout.write = ((c: string | Uint8Array) => {
    out += typeof c === 'string' ? c : Buffer.from(c).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => {
    err += typeof c === 'string' ? c : Buffer.from(c).toString('utf8');
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await fn(), out, err };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}

function write(file: string, text: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** A fresh app directory named `name` (inside its own temp dir). */
function appDir(name: string, files: { [rel: string]: string | Buffer }): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-')), name);
  for (const rel of Object.keys(files)) write(path.join(dir, rel), files[rel]);
  return dir;
}

function rm(dir: string): void {
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
}

function read(p: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(p));
}

function chunkIds(beam: Uint8Array): string[] {
  const b = Buffer.from(beam);
  const ids: string[] = [];
  for (let pos = 12; pos + 8 <= b.length; pos += 8 + ((b.readUInt32BE(pos + 4) + 3) & ~3)) {
    ids.push(b.toString('latin1', pos, pos + 4));
  }
  return ids;
}

/** The loader wants an IFF-sized FOR1 header (see pack.test.ts). */
function iffSized(beam: Uint8Array): Uint8Array {
  const b = Buffer.from(beam);
  if (b.readUInt32BE(4) === b.length) b.writeUInt32BE(b.length - 8, 4);
  return new Uint8Array(b);
}

const APP = {
  'src/zeta.erl': '-module(zeta).\n-include("myapp.hrl").\n-export([start/0]).\nstart() -> alpha:hi(?GREETING).\n',
  'src/alpha.erl': '-module(alpha).\n-export([hi/1]).\nhi(X) -> erlang:display(X), ok.\n',
  'src/sub/beta.erl': '-module(beta).\n-export([b/0]).\nb() -> [1, 2, 3].\n',
  'include/myapp.hrl': '-define(GREETING, <<"hello">>).\n',
  'priv/config.txt': 'key=value\n',
  'priv/data/blob.bin': Buffer.from([0, 1, 2, 3, 4]),
  'priv/data/deeper/x': '',
  'README.md': 'not packed\n',
};

test('build: modules compiled into _build, start module first, priv files as APP/priv/...', needErlc, async () => {
  const dir = appDir('myapp', APP);
  const r = await capture(() => buildCommand([dir]));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^build: wrote .*myapp\.avm \(\d+ bytes\): 3 modules, start module zeta, 3 priv files\n$/);
  const out = path.join(dir, 'myapp.avm');
  const bytes = read(out);
  assert.deepEqual(listAvm(bytes).map((e) => [e.name, e.flags]), [
    ['zeta.beam', 3],
    ['alpha.beam', 2],
    ['beta.beam', 2],
    ['myapp/priv/config.txt', 4],
    ['myapp/priv/data/blob.bin', 4],
    ['myapp/priv/data/deeper/x', 4],
  ]);
  const entries = parseAvm(bytes, out);
  assert.equal(Buffer.from(entries[3].data).toString(), 'key=value\n');
  assert.deepEqual(Buffer.from(entries[4].data), Buffer.from([0, 1, 2, 3, 4]));
  assert.equal(entries[5].data.length, 0);
  for (const e of entries.slice(0, 3)) {
    // Exactly what pack makes of the compiled file, Line chunk kept (build's default).
    const compiled = read(path.join(dir, '_build', e.name));
    assert.deepEqual(Buffer.from(e.data), Buffer.from(stripBeam(compiled, e.name, true)));
    assert.ok(chunkIds(e.data).includes('Line'));
    const m = parseBeam(iffSized(e.data), e.name);
    assert.equal(m.atoms[1] + '.beam', e.name);
  }
  // Rebuilding over an existing archive works and gives the same bytes.
  const again = await capture(() => buildCommand([dir]));
  assert.equal(again.code, 0, again.err);
  assert.deepEqual(read(out), bytes);
  rm(dir);
});

test('build: -o, --strip-lines, DIR defaults to the current directory, flat layout without src/', needErlc, async () => {
  const dir = appDir('flat_app', {
    'main.erl': '-module(main).\n-export([start/0]).\nstart() -> ok.\n',
    'util.erl': '-module(util).\n-export([u/0]).\nu() -> ok.\n',
  });
  const out = path.join(path.dirname(dir), 'custom.avm');
  const cwd = process.cwd();
  process.chdir(dir);
  let r;
  try {
    r = await capture(() => buildCommand(['-o', out, '--strip-lines']));
  } finally {
    process.chdir(cwd);
  }
  assert.equal(r.code, 0, r.err);
  const entries = parseAvm(read(out), out);
  assert.deepEqual(entries.map((e) => e.name), ['main.beam', 'util.beam']);
  for (const e of entries) assert.ok(!chunkIds(e.data).includes('Line'));
  assert.ok(!fs.existsSync(path.join(dir, 'flat_app.avm')));
  assert.ok(fs.existsSync(path.join(dir, '_build', 'main.beam')));
  rm(dir);
});

test('build: choosing the start module', needErlc, async () => {
  const dir = appDir('two', {
    'src/a.erl': '-module(a).\n-export([start/0]).\nstart() -> ok.\n',
    'src/b.erl': '-module(b).\n-export([start/0]).\nstart() -> ok.\n',
    'src/c.erl': '-module(c).\n-export([start/1]).\nstart(_) -> ok.\n',
  });
  let r = await capture(() => buildCommand([dir]));
  assert.equal(r.code, 1);
  assert.equal(r.err, 'build: several modules export start/0 (a, b): choose one with --start\n');
  r = await capture(() => buildCommand([dir, '--start', 'b']));
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(listAvm(read(path.join(dir, 'two.avm'))).map((e) => [e.name, e.flags]), [
    ['b.beam', 3], ['a.beam', 3], ['c.beam', 2],
  ]);
  r = await capture(() => buildCommand([dir, '--start', 'c']));
  assert.equal(r.code, 1);
  assert.equal(r.err, 'build: start module c does not export start/0\n');
  r = await capture(() => buildCommand([dir, '--start', 'nope']));
  assert.equal(r.code, 1);
  assert.match(r.err, /^build: start module nope is not among the compiled modules \(a, b, c\)\n$/);
  rm(dir);
  const lib = appDir('lib', { 'src/l.erl': '-module(l).\n-export([f/0]).\nf() -> ok.\n' });
  r = await capture(() => buildCommand([lib]));
  assert.equal(r.code, 1);
  assert.match(r.err, /^build: no module exports start\/0/);
  assert.ok(!fs.existsSync(path.join(lib, 'lib.avm')));
  rm(lib);
});

test('build: compile errors leave no archive (and keep the old one)', needErlc, async () => {
  const dir = appDir('broken', {
    'src/broken.erl': '-module(broken).\n-export([start/0]).\nstart() -> ok.\n',
  });
  let r = await capture(() => buildCommand([dir]));
  assert.equal(r.code, 0, r.err);
  const out = path.join(dir, 'broken.avm');
  const before = fs.readFileSync(out);
  write(path.join(dir, 'src/broken.erl'), '-module(broken).\n-export([start/0]).\nstart() -> syntax error here\n');
  r = await capture(() => buildCommand([dir]));
  assert.equal(r.code, 1);
  assert.match(r.err, /broken\.erl:3/); // erlc's own diagnostics are passed through
  assert.match(r.err, /build: erlc failed \(exit status 1\)\n$/);
  assert.deepEqual(fs.readFileSync(out), before);
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp-')), []);
  rm(dir);
});

test('build: erlc missing, no sources, bad arguments, --help', async () => {
  const dir = appDir('app', { 'src/app.erl': '-module(app).\n-export([start/0]).\nstart() -> ok.\n' });
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-erlc-'));
  const oldPath = process.env.PATH;
  process.env.PATH = empty;
  let r;
  try {
    r = await capture(() => buildCommand([dir]));
  } finally {
    process.env.PATH = oldPath;
  }
  assert.equal(r.code, 1);
  assert.equal(r.err, 'build: erlc not found: install Erlang/OTP (apt-get install erlang-base)\n');
  assert.ok(!fs.existsSync(path.join(dir, 'app.avm')));
  fs.rmSync(empty, { recursive: true });

  const none = appDir('none', { 'src/readme.txt': 'x' });
  r = await capture(() => buildCommand([none]));
  assert.equal(r.code, 1);
  assert.match(r.err, /^build: .*none: no \.erl files in its src directory\n$/);
  rm(none);

  r = await capture(() => buildCommand([path.join(dir, 'missing')]));
  assert.equal(r.code, 1);
  assert.match(r.err, /^build: .*missing: not a directory\n$/);
  r = await capture(() => buildCommand([dir, '--bogus']));
  assert.equal(r.code, 2);
  assert.equal(r.err, 'build: unknown option --bogus (see build --help)\n');
  r = await capture(() => buildCommand([dir, '-o']));
  assert.equal(r.code, 2);
  r = await capture(() => buildCommand(['--help']));
  assert.equal(r.code, 0);
  assert.match(r.out, /Usage: .*build \[DIR\] \[-o OUT\.avm\] \[--start MOD\]/);
  assert.match(r.out, /Example/);
  rm(dir);
});
