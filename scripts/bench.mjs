#!/usr/bin/env node
// Benchmarks (not tests): each bench/*.erl runs under OTP and under our VM on the same machine;
// prints both times, our time over OTP's, and memory figures (bundle bytes, VM words).
//   npm run bench                 all benchmarks
//   node scripts/bench.mjs fib    the ones whose name matches
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'build', 'bench');
const filter = process.argv[2] ? new RegExp(process.argv[2]) : /./;
fs.mkdirSync(OUT, { recursive: true });
const srcs = fs.readdirSync(path.join(ROOT, 'bench')).filter((f) => f.endsWith('.erl') && filter.test(f));
execFileSync('erlc', ['-o', OUT, ...srcs.map((f) => path.join(ROOT, 'bench', f))]);

function best(n, fn) {
  let b = Infinity;
  let last;
  for (let i = 0; i < n; i++) {
    last = fn();
    if (last.ms < b) b = last.ms;
  }
  return { ms: b, info: last };
}

function otp(mod) {
  const r = spawnSync('erl', ['-noshell', '-pa', OUT, '-eval',
    `T0 = erlang:monotonic_time(microsecond), R = ${mod}:start(), T1 = erlang:monotonic_time(microsecond), io:format("~p ~p~n", [T1 - T0, R]), halt().`], { encoding: 'utf8' });
  const [us, ...rest] = r.stdout.trim().split(' ');
  return { ms: Number(us) / 1000, result: rest.join(' ') };
}

function ours(mod) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'run', '--stats', path.join(OUT, mod + '.beam')], { encoding: 'utf8' });
  const m = /run: (\d+(?:\.\d+)?) ms, peak VM memory (\d+) words/.exec(r.stderr);
  const ret = /Return value: (.*)/.exec(r.stderr);
  return { ms: m ? Number(m[1]) : NaN, peak: m ? Number(m[2]) : NaN, result: ret ? ret[1] : r.stderr.trim().split('\n').pop() };
}

const bundle = fs.statSync(path.join(ROOT, 'dist', 'atomvm-device.js')).size;
const lib = fs.existsSync(path.join(ROOT, 'dist', 'lib.avm')) ? fs.statSync(path.join(ROOT, 'dist', 'lib.avm')).size : 0;
console.log(`device bundle: ${bundle} bytes, lib.avm: ${lib} bytes`);
console.log('benchmark         OTP ms   ours ms   ours/OTP   peak VM words   same result');
for (const f of srcs) {
  const mod = path.basename(f, '.erl');
  const o = best(3, () => otp(mod));
  const u = best(3, () => ours(mod));
  const same = o.info.result === u.info.result;
  console.log(`${mod.padEnd(16)} ${o.ms.toFixed(1).padStart(7)} ${u.ms.toFixed(1).padStart(9)} ${(u.ms / o.ms).toFixed(1).padStart(9)}x ${String(u.info.peak).padStart(14)}   ${same ? 'yes' : 'NO: ' + u.info.result}`);
}
