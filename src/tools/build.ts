// `build`: compile an app directory's Erlang sources with erlc and pack them, start module first,
// with its priv files, into an .avm archive.
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { packAvm, beamInfo, PackInput } from './packbeam';
import { writeFileAtomic, readInput, checkOutput } from './pack';

export const BUILD_HELP = `Usage: atomvm-js build [DIR] [-o OUT.avm] [--start MOD] [--strip-lines]

Compiles DIR/src/**/*.erl (or DIR/*.erl when DIR has no src directory) with erlc into
DIR/_build, and packs the modules into one archive: the start module first, then the other
modules by name, then every file under DIR/priv as APP/priv/<path>, where APP is the base name
of DIR (atomvm:read_priv(APP, "<path>") reads them). DIR defaults to the current directory.

Options:
  -o OUT.avm      the archive to write (default DIR/APP.avm)
  --start MOD     the start module (must export start/0); by default the one module that
                  exports start/0
  --strip-lines   drop the Line chunks (file and line numbers in stack traces) as PackBEAM
                  does by default; build keeps them, like current AtomVM tooling
  -h, --help      this help

erlc is called with -I DIR/include -I DIR/src. OUT is written whole or not at all.

Example:
  atomvm-js build examples/hello_world -o hello_world.avm`;

const ERLC_MISSING = 'erlc not found: install Erlang/OTP (apt-get install erlang-base)';

class UsageError extends Error {}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch (_) {
    return false;
  }
}

/** Files under dir (recursively), as '/'-separated paths relative to dir, sorted. */
function walk(dir: string, keep: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop() as string;
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      let d = e.isDirectory();
      if (e.isSymbolicLink()) d = isDir(path.join(dir, r));
      if (d) stack.push(r);
      else if (keep(r)) out.push(r);
    }
  }
  return out.sort();
}

/** Runs erlc on the sources; returns an error message or null. */
function compile(dir: string, sources: string[], outDir: string): string | null {
  const args = ['+deterministic', '-o', outDir];
  for (const inc of ['include', 'src']) {
    if (isDir(path.join(dir, inc))) args.push('-I', path.join(dir, inc));
  }
  const r = spawnSync('erlc', args.concat(sources), { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT') return ERLC_MISSING;
    return `cannot run erlc: ${r.error.message}`;
  }
  if (r.stdout) process.stderr.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0) return `erlc failed (exit status ${r.status === null ? r.signal : r.status})`;
  return null;
}

export async function buildCommand(args: string[]): Promise<number> {
  let dirArg: string | null = null;
  let outArg: string | null = null;
  let startArg: string | null = null;
  let keepLines = true;
  try {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--help' || a === '-h') {
        console.log(BUILD_HELP);
        return 0;
      } else if (a === '-o' || a === '--out' || a === '--start') {
        if (i + 1 >= args.length) throw new UsageError(`${a} needs a value`);
        if (a === '--start') startArg = args[++i];
        else outArg = args[++i];
      } else if (a === '--strip-lines') keepLines = false;
      else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
      else if (dirArg === null) dirArg = a;
      else throw new UsageError(`unexpected argument ${a}`);
    }
    const dir = path.resolve(dirArg === null ? '.' : dirArg);
    if (!isDir(dir)) throw new Error(`${dirArg}: not a directory`);
    const app = path.basename(dir);
    const out = outArg !== null ? outArg : path.join(dir, `${app}.avm`);

    const srcDir = isDir(path.join(dir, 'src')) ? path.join(dir, 'src') : dir;
    const sources = (srcDir === dir
      ? fs.readdirSync(dir).filter((f) => f.endsWith('.erl') && !isDir(path.join(dir, f)))
      : walk(srcDir, (r) => r.endsWith('.erl'))
    ).sort().map((r) => path.join(srcDir, r));
    if (sources.length === 0) {
      throw new Error(`${dirArg === null ? dir : dirArg}: no .erl files in ${srcDir === dir ? 'it' : 'its src directory'}`);
    }
    const seen: { [k: string]: string } = {};
    for (const s of sources) {
      const m = path.basename(s, '.erl');
      if (Object.prototype.hasOwnProperty.call(seen, '$' + m)) throw new Error(`module ${m} is defined twice: ${seen['$' + m]} and ${s}`);
      seen['$' + m] = s;
    }
    checkOutput(out);

    const buildDir = path.join(dir, '_build');
    fs.mkdirSync(buildDir, { recursive: true });
    const err = compile(dir, sources, buildDir);
    if (err) throw new Error(err);

    // erlc names each .beam after the source file (a different -module name is a compile error).
    const modules = sources.map((s) => {
      const file = path.join(buildDir, path.basename(s, '.erl') + '.beam');
      const data = readInput(file);
      const info = beamInfo(data, file);
      return { file, data, module: info.module, exportsStart: info.exportsStart };
    });
    modules.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));

    let start: (typeof modules)[number] | undefined;
    if (startArg !== null) {
      start = modules.find((m) => m.module === startArg);
      if (!start) throw new Error(`start module ${startArg} is not among the compiled modules (${modules.map((m) => m.module).join(', ')})`);
      if (!start.exportsStart) throw new Error(`start module ${startArg} does not export start/0`);
    } else {
      const starts = modules.filter((m) => m.exportsStart);
      if (starts.length === 0) throw new Error('no module exports start/0 (for a library, use pack -a)');
      if (starts.length > 1) {
        throw new Error(`several modules export start/0 (${starts.map((m) => m.module).join(', ')}): choose one with --start`);
      }
      start = starts[0];
    }

    const inputs: PackInput[] = [start].concat(modules.filter((m) => m !== start)).map((m) => ({
      name: m.file,
      data: m.data,
      kind: 'beam' as const,
    }));
    const privDir = path.join(dir, 'priv');
    let privCount = 0;
    if (isDir(privDir)) {
      for (const rel of walk(privDir, () => true)) {
        inputs.push({ name: `${app}/priv/${rel}`, data: readInput(path.join(privDir, rel)), kind: 'file' });
        privCount++;
      }
    }
    const bytes = packAvm(inputs, { keepLines });
    writeFileAtomic(out, bytes);
    console.log(`build: wrote ${out} (${bytes.length} bytes): ${modules.length} module${modules.length === 1 ? '' : 's'}, ` +
      `start module ${start.module}${privCount ? `, ${privCount} priv file${privCount === 1 ? '' : 's'}` : ''}`);
    return 0;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (e instanceof UsageError) {
      console.error(`build: ${msg} (see build --help)`);
      return 2;
    }
    console.error(`build: ${msg.split('\n')[0]}`);
    return 1;
  }
}
