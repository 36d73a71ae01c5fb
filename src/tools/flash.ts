// `flash`: writes an app (and with --image the whole flash layout) to an ESP32 over its USB serial
// port with esptool-js, through our Web-Serial-shaped adapter over serialport (real ports, or
// `sim:FILE` for the simulated board).
//
// - Where: the app goes to the partition named main.avm in partitions.csv (0x210000), lib.avm to
//   lib.avm (0x1D0000), the engine to the factory app partition (0x10000), the bootloader to 0x1000,
//   the generated partition table to 0x8000. Sizes are checked against the partitions first.
// - How: esptool-js connects (classic DTR/RTS reset into download mode, SYNC, stub upload, baud
//   switch), writes compressed (FLASH_DEFL_*) unless --no-compress, verifies each file's MD5
//   ("Hash of data verified"), then resets the board with a real EN pulse (DTR low, RTS high
//   100 ms, RTS low: esptool-js 0.7's hard_reset only releases RTS and leaves classic boards in
//   the loader, flash-and-hal.md section 1.6).
// - Never a half-written file that looks good: a file larger than one 4 KB sector is written as
//   (1) its first sector erased, (2) the rest, (3) the first sector last. A write cut short leaves
//   the partition's header blank, so the VM finds no archive rather than a truncated one; the
//   error says to run the command again.
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { WebSerialAdapter } from './serial/webserial';
import { choosePort, portInfo, printPorts, normalizePort, isSimPath, LIST_HINT } from './serial/ports';
import { findPartitionsCsv, loadPartitionsCsv, findPartition, tableToBinary, Partition, TABLE_OFFSET } from './partitions';
import { isAvm, parseAvm } from '../vm/loader/avm';
import { uploadToStorage } from './espruino_upload';

export interface Board {
  name: string;
  description?: string;
  chip: string;
  engine: string;
  port?: string;
  flash: { size: string; mode?: string; freq?: string };
  serial: { flashBaud: number; monitorBaud: number; reset?: string };
  offsets?: { bootloader?: string; partitionTable?: string };
  partitions?: string;
  /** Espruino boards: the VM bundle --image uploads into Storage as the boot code (.bootcde) */
  bootCode?: string;
  images?: { bootloader?: string | null; engine?: string | null; note?: string };
  pins?: { [k: string]: unknown };
}

/** The tools' installation root (holds boards/, partitions.csv, dist/). */
export function toolRoot(): string {
  for (const d of [path.join(__dirname, '..'), path.join(__dirname, '..', '..')]) if (fs.existsSync(path.join(d, 'boards'))) return d;
  return path.join(__dirname, '..');
}

export function boardNames(): string[] {
  try {
    return fs
      .readdirSync(path.join(toolRoot(), 'boards'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
  } catch (_) {
    return [];
  }
}

/** Loads boards/NAME.json (or a path to a board JSON file). */
export function loadBoard(name: string): Board {
  const file = name.endsWith('.json') ? name : path.join(toolRoot(), 'boards', `${name}.json`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (_) {
    throw new Error(`unknown board ${name} (known: ${boardNames().join(', ')})`);
  }
  let b: Board;
  try {
    b = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  if (!b || typeof b.name !== 'string' || !b.flash || !b.serial) throw new Error(`${file}: not a board definition (needs name, flash, serial)`);
  return b;
}

export function flashSizeBytes(s: string): number {
  const m = /^(\d+)(KB|MB)$/.exec(s);
  if (!m) throw new Error(`bad flash size ${s}`);
  return parseInt(m[1], 10) * (m[2] === 'MB' ? 1024 * 1024 : 1024);
}

export interface FlashItem {
  /** what it is, for messages: main.avm, lib.avm, engine, bootloader, partition table */
  label: string;
  file: string;
  data: Uint8Array;
  address: number;
}

export interface FlashRun {
  port: string;
  baud: number;
  items: FlashItem[];
  compress?: boolean;
  /** reset into the app afterwards (default true) */
  reset?: boolean;
  /** every esptool-js line (default: the main ones) */
  verbose?: boolean;
  out?: (line: string) => void;
  /** progress lines rewrite themselves (a terminal) */
  tty?: boolean;
  /** what the adapter applied, for tests */
  adapter?: (a: WebSerialAdapter) => void;
}

export class FlashError extends Error {}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

function md5hex(b: Uint8Array): string {
  return crypto.createHash('md5').update(b).digest('hex');
}

interface Piece {
  item: number;
  data: Uint8Array;
  address: number;
  /** share of the item's bytes, for progress */
  weight: number;
  last: boolean;
}

/** Splits each item so its first sector is written last (see the header comment). */
function plan(items: FlashItem[]): Piece[] {
  const out: Piece[] = [];
  items.forEach((it, i) => {
    const d = it.data;
    if (d.length <= 0x1000 || it.address % 0x1000 !== 0) {
      out.push({ item: i, data: d, address: it.address, weight: 1, last: true });
      return;
    }
    const blank = new Uint8Array(0x1000);
    blank.fill(0xff);
    out.push({ item: i, data: blank, address: it.address, weight: 0, last: false });
    out.push({ item: i, data: d.subarray(0x1000), address: it.address + 0x1000, weight: (d.length - 0x1000) / d.length, last: false });
    out.push({ item: i, data: d.subarray(0, 0x1000), address: it.address, weight: 0x1000 / d.length, last: true });
  });
  return out;
}

function bar(frac: number): string {
  const n = 30;
  const k = Math.max(0, Math.min(n, Math.round(frac * n)));
  return '[' + '#'.repeat(k) + '.'.repeat(n - k) + ']';
}

const SHOWN = /^(Connecting|Chip is|Features|Crystal is|MAC|Uploading stub|Running stub|Stub running|Stub is already running|Changing baudrate|Flash ID|WARNING|Unable to use|The board)/;

/** Connects, writes the items, verifies and resets. Throws FlashError with one line on failure. */
export async function flashItems(run: FlashRun): Promise<void> {
  const out = run.out || ((s: string) => console.log(s));
  const { ESPLoader, Transport } = await import('esptool-js');
  const dev = new WebSerialAdapter(run.port, await portInfo(run.port));
  if (run.adapter) run.adapter(dev);
  const transport = new Transport(dev as any, false);
  if (!run.verbose) (transport as any).trace = () => {};
  // a vanished port fails the pending read at once (esptool-js would wait out its timeouts and
  // retries): reads race the loss, and the reader's polling loop is woken up
  let lostReject: (e: Error) => void = () => {};
  const lostP = new Promise<never>((_, reject) => {
    lostReject = reject;
  });
  lostP.catch(() => undefined);
  dev.onLost = (e) => {
    lostReject(e);
    (transport as any).buffer = new Uint8Array([0]);
  };
  const read = (transport as any).read.bind(transport);
  (transport as any).read = (timeout: number) => (dev.lost ? Promise.reject(dev.lost) : Promise.race([read(timeout), lostP]));
  const pieces = plan(run.items);
  let current = -1;
  const progress = (itemIdx: number, frac: number, final: boolean) => {
    const it = run.items[itemIdx];
    const line = `${it.label.padEnd(15)} ${hex(it.address).padEnd(9)} ${bar(frac)} ${String(Math.floor(frac * 100)).padStart(3)}%  ${it.data.length} bytes`;
    if (run.tty) process.stdout.write('\r' + line + (final ? '\n' : ''));
    else if (final) out(line);
  };
  let pieceDone = 0; // weight of the current item's finished pieces
  const terminal = {
    clean() {},
    writeLine(s: string) {
      if (run.verbose) out(s);
      else if (SHOWN.test(s)) out(s.trim());
    },
    write(s: string) {
      if (run.verbose) out(s);
      else if (SHOWN.test(s)) out(s.trim());
    },
  };
  const loader = new ESPLoader({ transport, baudrate: run.baud, romBaudrate: 115200, terminal } as any);
  try {
    out(`Flashing through ${run.port} at ${run.baud} baud`);
    try {
      await loader.main();
    } catch (e) {
      throw explain(e, dev, run, 'connect', null);
    }
    for (let p = 0; p < pieces.length; p++) {
      const pc = pieces[p];
      if (pc.item !== current) {
        current = pc.item;
        pieceDone = 0;
        progress(current, 0, false);
      }
      try {
        await loader.writeFlash({
          fileArray: [{ data: pc.data, address: pc.address }],
          flashMode: 'keep',
          flashFreq: 'keep',
          flashSize: 'keep',
          eraseAll: false,
          compress: run.compress !== false,
          reportProgress: (_i: number, written: number, total: number) => {
            if (pc.weight > 0) progress(pc.item, pieceDone + (total ? (written / total) * pc.weight : 0), false);
          },
          calculateMD5Hash: (image: Uint8Array) => md5hex(image),
        } as any);
      } catch (e) {
        throw explain(e, dev, run, 'write', pc);
      }
      pieceDone += pc.weight;
      if (pc.last) {
        progress(pc.item, 1, true);
        out(`${run.items[pc.item].label}: Hash of data verified.`);
      }
    }
    if (run.reset !== false) {
      out('Hard resetting via RTS pin...');
      await loader.after('custom_reset', undefined, 'D0|R1|W100|R0');
    } else out('Staying in the flasher stub (--no-reset).');
  } finally {
    await closeQuietly(transport, dev);
  }
}

async function closeQuietly(transport: any, dev: WebSerialAdapter): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    transport.disconnect().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 1500);
    }),
  ]);
  if (timer) clearTimeout(timer);
  await dev.close().catch(() => undefined);
}

const STUB_STATUS: { [k: number]: string } = {
  0xc0: 'bad data length',
  0xc1: 'bad checksum',
  0xc2: 'bad block size',
  0xc3: 'invalid command',
  0xc4: 'SPI operation failed',
  0xc5: 'SPI unlock failed',
  0xc6: 'not in flash mode',
  0xc7: 'inflate error',
  0xc8: 'not enough data',
  0xc9: 'too much data',
  0xff: 'not implemented',
};

/** One line for what went wrong, and what to do. */
function explain(e: unknown, dev: WebSerialAdapter, run: FlashRun, phase: 'connect' | 'write', pc: Piece | null): FlashError {
  const msg = e && (e as Error).message ? (e as Error).message : String(e);
  const what = pc ? `${run.items[pc.item].label} (${run.items[pc.item].file}) at ${hex(run.items[pc.item].address)}` : '';
  const blank = pc && run.items[pc.item].data.length > 0x1000 ? '; its partition is left without a valid header' : '';
  if (/^cannot open /.test(msg)) return new FlashError(msg);
  if (dev.lost) {
    if (phase === 'connect') return new FlashError(`the connection to ${run.port} was lost while connecting; plug the board in and run the command again`);
    return new FlashError(`the connection to ${run.port} was lost while writing ${what}${blank}; run the command again`);
  }
  if (phase === 'connect' && /Failed to connect/i.test(msg))
    return new FlashError(
      `no answer from an ESP32 on ${run.port} (no SYNC): the board is not in download mode; hold BOOT and press EN/RST, check the cable and the port (${LIST_HINT})`,
    );
  if (/MD5 of file does not match/.test(msg))
    return new FlashError(`MD5 mismatch after writing ${what}: the flash does not hold what was sent${blank}; run the command again (a second failure points at the flash chip)`);
  const st = /failed with status (\d+),(\d+)/.exec(msg);
  if (st) {
    const code = parseInt(st[1], 10);
    const why = STUB_STATUS[code] || `status ${hex(code)}/${hex(parseInt(st[2], 10))}`;
    return new FlashError(`the board rejected a block of ${what || 'the transfer'} (${why}) three times${blank}; try a lower --baud and run the command again`);
  }
  if (phase === 'write') return new FlashError(`writing ${what} failed: ${msg.split('\n')[0]}${blank}; run the command again`);
  return new FlashError(`connecting to ${run.port} failed: ${msg.split('\n')[0]}`);
}

export const FLASH_HELP = `Usage: atomvm-js flash APP.avm [--port P] [--baud B] [--offset A]
       atomvm-js flash --image [APP.avm] [--board NAME] [--engine FILE] [--bootloader FILE] [--lib FILE]
       atomvm-js flash --list-ports

Writes an AtomVM app to an ESP32 over its USB serial port with esptool-js: to the partition named
main.avm in partitions.csv (0x210000), compressed, verified by MD5 ("Hash of data verified"),
then resets the board so it runs the app. --image writes the whole layout: bootloader (0x1000),
partition table (0x8000, generated from partitions.csv), engine (factory partition, 0x10000),
lib.avm (0x1D0000) and the app if given.

The port sim:FILE (or just sim, for sim:.sim/flash.bin) is a simulated ESP32 whose 4 MB flash is
FILE; \`atomvm-js monitor --port sim:FILE\` boots it.

Options:
  --port P, -p P      serial port (default: $FLASH_SERIAL_PORT, the board's port, else the one
                      USB-UART port found)
  --baud B, -b B      baud rate once the flasher stub runs (default: $FLASH_BAUD_RATE, else 921600)
  --offset A          write the app at A instead of main.avm's offset
  --partitions CSV    the partition table (default: ./partitions.csv, else the one shipped)
  --board NAME        board definition in boards/ (esp32-devkitc, sim); default esp32-devkitc, or
                      sim for a sim: port
  --image             write bootloader, partition table, engine, lib.avm (and the app)
  --engine FILE       the engine firmware (the JS engine, e.g. Espruino's espruino_esp32.bin)
  --bootloader FILE   the second-stage bootloader image
  --lib FILE          the standard library archive (default: dist/lib.avm)
  --no-compress       send the data uncompressed (FLASH_DATA instead of FLASH_DEFL_DATA)
  --no-reset          stay in the flasher afterwards instead of resetting into the app
  --list-ports        list serial ports and exit
  -v, --verbose       show every esptool-js line
  -h, --help          this help

Examples:
  atomvm-js flash build/hello_world.avm --port /dev/ttyUSB0
  FLASH_SERIAL_PORT=/dev/ttyUSB0 atomvm-js flash app.avm
  atomvm-js flash --image --board esp32-devkitc --bootloader bootloader.bin --engine espruino_esp32.bin app.avm
  atomvm-js flash --image --port sim build/hello_world.avm && atomvm-js monitor --port sim`;

function readFileArg(file: string, what: string): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (_) {
    throw new FlashError(`${what} ${file}: no such file`);
  }
  if (st.isDirectory()) throw new FlashError(`${what} ${file}: is a directory`);
  const b = fs.readFileSync(file);
  if (b.length === 0) throw new FlashError(`${what} ${file}: is empty`);
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

function checkAvm(file: string, data: Uint8Array, what: string): void {
  if (!isAvm(data)) throw new FlashError(`${what} ${file} is not a packbeam archive (no AtomVM header); build one with \`atomvm-js build\` or \`atomvm-js pack\``);
  try {
    parseAvm(data, file);
  } catch (e) {
    throw new FlashError(`${what} ${file} is not a valid packbeam archive: ${(e as Error).message}`);
  }
}

function fits(item: FlashItem, part: Partition | null, fallbackName: string): void {
  if (!part) return;
  if (item.data.length > part.size)
    throw new FlashError(`${item.file} (${item.data.length} bytes) does not fit the ${fallbackName} partition (${part.size} bytes at ${hex(part.offset)})`);
}

function parseNum(s: string, what: string): number {
  const v = /^0x[0-9a-f]+$/i.test(s) ? parseInt(s, 16) : /^\d+$/.test(s) ? parseInt(s, 10) : NaN;
  if (isNaN(v)) throw new FlashError(`${what}: not a number: ${s}`);
  return v;
}

export interface FlashArgs {
  app?: string;
  port?: string;
  baud?: number;
  offset?: number;
  partitions?: string;
  board?: string;
  image?: boolean;
  engine?: string;
  bootloader?: string;
  lib?: string;
  compress: boolean;
  reset: boolean;
  verbose: boolean;
  listPorts: boolean;
  help: boolean;
}

export function parseFlashArgs(args: string[]): FlashArgs {
  const a: FlashArgs = { compress: true, reset: true, verbose: false, listPorts: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const x = args[i];
    const next = () => {
      if (i + 1 >= args.length) throw new FlashError(`${x} needs a value (see flash --help)`);
      return args[++i];
    };
    if (x === '-h' || x === '--help') a.help = true;
    else if (x === '--port' || x === '-p') a.port = next();
    else if (x === '--baud' || x === '-b') a.baud = parseNum(next(), '--baud');
    else if (x === '--offset') a.offset = parseNum(next(), '--offset');
    else if (x === '--partitions') a.partitions = next();
    else if (x === '--board') a.board = next();
    else if (x === '--image') a.image = true;
    else if (x === '--engine') a.engine = next();
    else if (x === '--bootloader') a.bootloader = next();
    else if (x === '--lib') a.lib = next();
    else if (x === '--no-compress') a.compress = false;
    else if (x === '--no-reset') a.reset = false;
    else if (x === '--list-ports') a.listPorts = true;
    else if (x === '-v' || x === '--verbose') a.verbose = true;
    else if (x.startsWith('-')) throw new FlashError(`unknown option ${x} (see flash --help)`);
    else if (a.app === undefined) a.app = x;
    else throw new FlashError(`unexpected argument ${x}: flash takes one app (see flash --help)`);
  }
  return a;
}

/** Works out what goes where; reads and checks every file before any port is opened. */
export function planFlash(a: FlashArgs, board: Board): FlashItem[] {
  const csv = findPartitionsCsv(a.partitions || (board.partitions && board.partitions !== 'partitions.csv' ? path.resolve(toolRoot(), board.partitions) : undefined));
  let parts: Partition[];
  try {
    parts = loadPartitionsCsv(csv);
  } catch (e) {
    throw new FlashError((e as Error).message);
  }
  const flashSize = flashSizeBytes(board.flash.size);
  const items: FlashItem[] = [];
  const mainPart = findPartition(parts, 'main.avm');
  if (a.image) {
    const offs = board.offsets || {};
    const blOff = offs.bootloader ? parseNum(offs.bootloader, 'bootloader offset') : 0x1000;
    const ptOff = offs.partitionTable ? parseNum(offs.partitionTable, 'partition table offset') : TABLE_OFFSET;
    const images = board.images || {};
    const bootloader = a.bootloader || (images.bootloader ? path.resolve(toolRoot(), images.bootloader) : undefined);
    const engine = a.engine || (images.engine ? path.resolve(toolRoot(), images.engine) : undefined);
    const needsFirmware = board.engine !== 'sim';
    if (needsFirmware && !bootloader)
      throw new FlashError(`--image for board ${board.name} needs the bootloader: give --bootloader FILE (the ${board.engine} firmware's bootloader.bin)`);
    if (needsFirmware && !engine)
      throw new FlashError(`--image for board ${board.name} needs the engine firmware: give --engine FILE (e.g. ${board.engine === 'espruino' ? "Espruino's espruino_esp32.bin" : 'the firmware image'})`);
    if (bootloader) {
      const d = readFileArg(bootloader, 'bootloader');
      if (needsFirmware && d[0] !== 0xe9) throw new FlashError(`bootloader ${bootloader} is not an ESP32 image (it does not start with 0xE9)`);
      if (blOff + d.length > ptOff) throw new FlashError(`bootloader ${bootloader} (${d.length} bytes) does not fit below the partition table at ${hex(ptOff)}`);
      items.push({ label: 'bootloader', file: bootloader, data: d, address: blOff });
    }
    items.push({ label: 'partition table', file: csv, data: tableToBinary(parts), address: ptOff });
    if (engine) {
      const d = readFileArg(engine, 'engine');
      if (needsFirmware && d[0] !== 0xe9) throw new FlashError(`engine ${engine} is not an ESP32 app image (it does not start with 0xE9)`);
      const factory = parts.filter((p) => p.type === 0x00)[0] || null;
      if (!factory) throw new FlashError(`${csv} has no app partition for the engine`);
      const it = { label: 'engine', file: engine, data: d, address: factory.offset };
      fits(it, factory, factory.name);
      items.push(it);
    }
    const lib = a.lib || path.join(toolRoot(), 'dist', 'lib.avm');
    const libPart = findPartition(parts, 'lib.avm');
    if (!libPart) throw new FlashError(`${csv} has no partition named lib.avm`);
    const libData = readFileArg(lib, 'lib.avm');
    checkAvm(lib, libData, 'lib.avm');
    const libItem = { label: 'lib.avm', file: lib, data: libData, address: libPart.offset };
    fits(libItem, libPart, 'lib.avm');
    items.push(libItem);
  }
  if (a.app !== undefined) {
    const data = readFileArg(a.app, 'app');
    checkAvm(a.app, data, 'app');
    let address: number;
    let part: Partition | null;
    if (a.offset !== undefined) {
      address = a.offset;
      part = parts.filter((p) => p.offset === address)[0] || null;
      if (address % 4) throw new FlashError(`--offset ${hex(address)} is not 4-byte aligned`);
    } else {
      if (!mainPart) throw new FlashError(`${csv} has no partition named main.avm (or give --offset)`);
      address = mainPart.offset;
      part = mainPart;
    }
    const it = { label: 'main.avm', file: a.app, data, address };
    fits(it, part, part ? part.name : 'main.avm');
    items.push(it);
  } else if (!a.image) throw new FlashError('no app given: flash APP.avm (build one with `atomvm-js build DIR`), or --image');
  for (const it of items)
    if (it.address + it.data.length > flashSize) throw new FlashError(`${it.file} at ${hex(it.address)} does not fit the ${board.flash.size} flash of ${board.name}`);
  return items;
}

/** The `flash` command. */
export async function flashCommand(args: string[]): Promise<number> {
  let a: FlashArgs;
  try {
    a = parseFlashArgs(args);
  } catch (e) {
    console.error(`flash: ${(e as Error).message}`);
    return 2;
  }
  if (a.help) {
    console.log(FLASH_HELP);
    return 0;
  }
  if (a.listPorts) {
    await printPorts();
    return 0;
  }
  try {
    const portArg = a.port !== undefined ? normalizePort(a.port) : undefined;
    const board = loadBoard(a.board || (portArg && isSimPath(portArg) ? 'sim' : 'esp32-devkitc'));
    const items = planFlash(a, board);
    let port = portArg;
    if (!port && !process.env.FLASH_SERIAL_PORT && board.port) port = board.port;
    port = normalizePort(await choosePort('flash', port, 'FLASH_SERIAL_PORT'));
    let baud = a.baud;
    if (baud === undefined && process.env.FLASH_BAUD_RATE) baud = parseNum(process.env.FLASH_BAUD_RATE, 'FLASH_BAUD_RATE');
    if (baud === undefined) baud = board.serial.flashBaud || 921600;
    await flashItems({ port, baud, items, compress: a.compress, reset: a.reset, verbose: a.verbose, tty: !!process.stdout.isTTY });
    if (a.image && board.engine === 'espruino' && board.bootCode && a.reset) {
      // Espruino boots from the new image; the VM bundle goes into its Storage over the REPL
      const code = readFileArg(path.resolve(toolRoot(), board.bootCode), 'boot code');
      await uploadToStorage({ port, baud: board.serial.monitorBaud || 115200, name: '.bootcde', data: code, firstPromptMs: 20000 });
    }
    return 0;
  } catch (e) {
    console.error(`flash: ${(e as Error).message}`);
    return 1;
  }
}
