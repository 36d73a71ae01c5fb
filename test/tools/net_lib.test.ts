// Helpers of the networking tests (no tests of its own; named *.test.ts to stay with them): compile
// Erlang programs, run them under `dist/cli.js run` as a child process, wait for lines of their
// output (no fixed sleeps), and Node peers on 127.0.0.1.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as net from 'node:net';
import { spawn, spawnSync, ChildProcess } from 'node:child_process';

export const ROOT = path.join(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const HAS_ERLC = !spawnSync('erlc', ['-v']).error;
export const HAS_ERL = !spawnSync('erl', ['-noshell', '-eval', 'halt().']).error;

export function tmpDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

/** Compiles one module (its source names it) into dir; returns the .beam path. */
export function compile(dir: string, src: string): string {
  const mod = /-module\(([a-z_0-9]+)\)/.exec(src)![1];
  const f = path.join(dir, mod + '.erl');
  fs.writeFileSync(f, src);
  const r = spawnSync('erlc', ['-o', dir, f], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  return path.join(dir, mod + '.beam');
}

export interface Running {
  child: ChildProcess;
  out(): string;
  err(): string;
  /** resolves with the match once stdout matches re (rejects after ms or when the program ends first) */
  waitFor(re: RegExp, ms?: number): Promise<RegExpMatchArray>;
  /** resolves with the exit code, stdout and stderr */
  done(ms?: number): Promise<{ code: number | null; out: string; err: string }>;
}

/** Runs a .beam (or .avm) under the host CLI. */
export function runVm(file: string, extra: string[] = []): Running {
  const child = spawn(process.execPath, [CLI, 'run', file, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let ended = false;
  const listeners: (() => void)[] = [];
  const poke = () => listeners.slice().forEach((f) => f());
  child.stdout!.on('data', (b) => ((out += b.toString('utf8')), poke()));
  child.stderr!.on('data', (b) => ((err += b.toString('utf8')), poke()));
  const exited = new Promise<number | null>((res) => child.on('close', (c) => ((ended = true), poke(), res(c))));
  const until = <T>(check: () => T | null, ms: number, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => fin(new Error(`timed out after ${ms} ms waiting for ${what}\nstdout: ${out}\nstderr: ${err}`)), ms);
      const f = () => {
        const v = check();
        if (v !== null) return fin(null, v);
        if (ended) fin(new Error(`program ended before ${what}\nstdout: ${out}\nstderr: ${err}`));
      };
      const fin = (e: Error | null, v?: T) => {
        clearTimeout(t);
        const i = listeners.indexOf(f);
        if (i >= 0) listeners.splice(i, 1);
        if (e) reject(e);
        else resolve(v as T);
      };
      listeners.push(f);
      f();
    });
  return {
    child,
    out: () => out,
    err: () => err,
    waitFor: (re, ms = 30000) => until(() => re.exec(out), ms, String(re)),
    done: (ms = 30000) =>
      new Promise((resolve, reject) => {
        const t = setTimeout(() => {
          child.kill();
          reject(new Error(`program did not end within ${ms} ms\nstdout: ${out}\nstderr: ${err}`));
        }, ms);
        exited.then((code) => (clearTimeout(t), resolve({ code, out, err })));
      }),
  };
}

/** Connects to 127.0.0.1:port; collects what arrives. */
export function tcpPeer(port: number): Promise<{ sock: net.Socket; data(): Buffer; waitData(n: number, ms?: number): Promise<Buffer>; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host: '127.0.0.1', port }, () => resolve(wrap(sock)));
    sock.once('error', reject);
  });
}

export function wrap(sock: net.Socket) {
  let buf = Buffer.alloc(0);
  const waiters: (() => void)[] = [];
  sock.on('data', (b) => {
    buf = Buffer.concat([buf, b]);
    waiters.slice().forEach((f) => f());
  });
  sock.on('error', () => {});
  const closed = new Promise<void>((res) => sock.on('close', () => res()));
  return {
    sock,
    data: () => buf,
    closed,
    waitData: (n: number, ms = 30000) =>
      new Promise<Buffer>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`only ${buf.length} of ${n} bytes arrived: ${JSON.stringify(buf.toString())}`)), ms);
        const f = () => {
          if (buf.length >= n) {
            clearTimeout(t);
            waiters.splice(waiters.indexOf(f), 1);
            resolve(buf);
          }
        };
        waiters.push(f);
        f();
      }),
  };
}
