#!/usr/bin/env node
// Builds the Elixir library archive: compiles src/elixir/*.erl (our own Elixir
// modules, written in Erlang under their Elixir names: 'Elixir.Enum' ...) with
// erlc into build/exlib/, then packs them with `dist/cli.js pack -a` into
// dist/exlib.avm. Run it after `npm run build` (it needs dist/cli.js).
//
//   node scripts/build-exlib.mjs [--out FILE]
//
// Apps compiled by elixirc run with it behind them:
//   node dist/cli.js run Elixir.MyApp.beam dist/exlib.avm
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src', 'elixir');
const BUILD = path.join(ROOT, 'build', 'exlib');
const CLI = path.join(ROOT, 'dist', 'cli.js');

let out = path.join(ROOT, 'dist', 'exlib.avm');
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--out') out = path.resolve(argv[++i]);
  else {
    console.log('Usage: node scripts/build-exlib.mjs [--out FILE]\n\nCompiles src/elixir/*.erl and packs dist/exlib.avm.');
    process.exit(argv[i] === '--help' || argv[i] === '-h' ? 0 : 2);
  }
}
if (!fs.existsSync(CLI)) {
  console.error('build-exlib: dist/cli.js not found: run `npm run build` first');
  process.exit(1);
}
const sources = fs.readdirSync(SRC).filter((f) => f.endsWith('.erl')).sort();
fs.rmSync(BUILD, { recursive: true, force: true });
fs.mkdirSync(BUILD, { recursive: true });
try {
  execFileSync('erlc', ['-o', BUILD, '-I', SRC, '+deterministic', '+warnings_as_errors', ...sources.map((f) => path.join(SRC, f))], {
    stdio: 'inherit',
  });
} catch (e) {
  console.error('build-exlib: erlc failed');
  process.exit(1);
}
const beams = sources.map((f) => path.join(BUILD, f.slice(0, -4) + '.beam'));
fs.mkdirSync(path.dirname(out), { recursive: true });
execFileSync(process.execPath, [CLI, 'pack', '-a', out, ...beams], { stdio: 'inherit' });
const size = fs.statSync(out).size;
console.log(`${path.relative(ROOT, out)}: ${size} bytes (${(size / 1024).toFixed(1)} KB), ${beams.length} modules`);
