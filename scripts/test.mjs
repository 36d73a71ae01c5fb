#!/usr/bin/env node
// Runs every test file with Node's test runner (TypeScript unit tests through tsx).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'erlang' && name !== 'vectors') walk(p, out);
    } else if (/\.test\.(ts|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

const only = process.argv.slice(2);
const files = only.length ? only : walk('test', []).sort();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
