// `pack`: AtomVM's PackBEAM on the command line: create a packbeam (.avm) archive from BEAM
// files, other archives and plain files, or list an archive (-l). Same flags and output as
// PackBEAM (see packbeam.ts for the format and the few documented differences).
import * as fs from 'fs';
import * as path from 'path';
import { packAvm, listAvm, formatListing, PackInput } from './packbeam';
import { isAvm } from '../vm/loader/avm';

export const PACK_HELP = `Usage: atomvm-js pack [-a] [-i] OUT.avm IN.beam|IN.avm|FILE ...
       atomvm-js pack -l X.avm

Creates the packbeam archive OUT.avm (AtomVM's PackBEAM format, byte for byte what PackBEAM
writes), or lists an archive.

  IN.beam   stored with only the chunks AtomVM needs (AtU8 Code ExpT LocT ImpT LitU FunT StrT,
            literals uncompressed), named by its base name; flagged as a start module when it
            exports start/0 (the VM starts the first such module)
  IN.avm    its entries are copied as they are
  FILE      any other file, stored under the name given (e.g. myapp/priv/config.txt, which
            atomvm:read_priv(myapp, "config.txt") reads)

Options:
  -a            archive (library): no start flag on the modules packed here
  -i, --keep-lines
                keep the Line chunk (file and line numbers in stack traces); PackBEAM drops it
                unless -i
  -l X.avm      list the entries of X.avm, one per line, "*" after start modules
  -h, --help    this help

OUT.avm is written whole or not at all; an existing OUT that is not an archive is never
overwritten.

Examples:
  atomvm-js pack hello.avm hello.beam util.beam
  atomvm-js pack -a mylib.avm a.beam b.beam
  atomvm-js pack app.avm app.beam mylib.avm app/priv/config.txt
  atomvm-js pack -l app.avm`;

/** Writes a file through a temporary file in the same directory and a rename. */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch (_) {
      // not created
    }
    throw new Error(`cannot write ${file}: ${errText(e)}`);
  }
}

function errText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return 'no such file or directory';
  if (err && err.code === 'EACCES') return 'permission denied';
  if (err && err.code === 'EISDIR') return 'is a directory';
  return err && err.message ? err.message : String(e);
}

/** Reads an input file; one-line errors for missing files and directories. */
export function readInput(file: string): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw new Error(`${file}: ${errText(e)}`);
  }
  if (st.isDirectory()) throw new Error(`${file}: is a directory`);
  try {
    const b = fs.readFileSync(file);
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  } catch (e) {
    throw new Error(`${file}: ${errText(e)}`);
  }
}

/** The archive name of a plain file given on the command line: the path as given, with '/'. */
function plainName(file: string): string {
  let n = file.replace(/\\/g, '/');
  while (n.startsWith('./')) n = n.slice(2);
  return n;
}

/** Refuses to replace something that is not an archive (PackBEAM does the same). */
export function checkOutput(out: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(out);
  } catch (_) {
    return; // does not exist yet
  }
  if (st.isDirectory()) throw new Error(`${out}: is a directory`);
  const b = readInput(out);
  if (!isAvm(b)) throw new Error(`${out}: exists and is not a packbeam archive; not overwriting it`);
}

class UsageError extends Error {}

export async function packCommand(args: string[]): Promise<number> {
  let archive = false;
  let keepLines = false;
  let list = false;
  const files: string[] = [];
  try {
    let opts = true;
    for (const a of args) {
      if (opts && a === '--') opts = false;
      else if (opts && (a === '--help' || a === '-h')) {
        console.log(PACK_HELP);
        return 0;
      } else if (opts && a === '--keep-lines') keepLines = true;
      else if (opts && a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
      else if (opts && a.startsWith('-') && a.length > 1) {
        for (const c of a.slice(1)) {
          if (c === 'a') archive = true;
          else if (c === 'i') keepLines = true;
          else if (c === 'l') list = true;
          else if (c === 'h') {
            console.log(PACK_HELP);
            return 0;
          } else throw new UsageError(`unknown option -${c}`);
        }
      } else files.push(a);
    }
    if (list) {
      if (files.length !== 1) throw new UsageError(files.length ? 'give exactly one archive to -l' : '-l needs an archive');
      const bytes = readInput(files[0]);
      process.stdout.write(formatListing(listAvm(bytes, files[0])));
      return 0;
    }
    if (files.length < 2) {
      throw new UsageError(files.length ? `no input files for ${files[0]}` : 'missing output file and input files');
    }
    const [out, ...ins] = files;
    checkOutput(out);
    const inputs: PackInput[] = ins.map((f) => ({ name: plainName(f), data: readInput(f) }));
    writeFileAtomic(out, packAvm(inputs, { archive, keepLines }));
    return 0;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (e instanceof UsageError) {
      console.error(`pack: ${msg} (see pack --help)`);
      return 2;
    }
    console.error(`pack: ${msg.split('\n')[0]}`);
    return 1;
  }
}
