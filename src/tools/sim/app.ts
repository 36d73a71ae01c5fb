// What the simulated ESP32 runs when it boots from flash: the VM bundle for the simulator
// (dist/atomvm-sim.js) in a fresh context that has only the ES5 built-ins (plus typed arrays and
// DataView) and a global `board` (src/platform/sim/board.ts), fed from this board's flash: the
// partition table at 0x8000 (the default layout of DESIGN.md section 4 when it is erased), then the
// main.avm and lib.avm partitions. The VM is stepped from timers, so the simulator (and a serial
// monitor beside it) keeps running; its console goes out on the board's UART. The board's device
// services (services.ts) start with each boot: the bundle lists and calls them through `board`, and
// their events are posted into the VM between slices; when the VM waits only for such events
// (step() returns WAIT_IO) the loop sleeps until one is posted.
import * as vm from 'vm';
import * as fs from 'fs';
import * as path from 'path';
import type { SimBoard, AppHandle } from './board';
import { tableFromBinary, TABLE_OFFSET, TABLE_MAX } from '../partitions';
import { startServices, SimCtx, SimRuntime } from './services';
import type { PVal } from '../../vm/platform';

/** step() result: nothing but an event of the board can wake the VM (src/vm/scheduler.ts). */
const WAIT_IO = 2147483647;

interface Region {
  name: string;
  offset: number;
  size: number;
}

/** DESIGN.md section 4, used when the flash holds no partition table. */
export const DEFAULT_LAYOUT: Region[] = [
  { name: 'nvs', offset: 0x9000, size: 0x6000 },
  { name: 'phy_init', offset: 0xf000, size: 0x1000 },
  { name: 'factory', offset: 0x10000, size: 0x1c0000 },
  { name: 'lib.avm', offset: 0x1d0000, size: 0x40000 },
  { name: 'main.avm', offset: 0x210000, size: 0x100000 },
];

/** Built-ins newer than ES5 (and the ones DESIGN.md section 3 rules out) removed from the context. */
const GLOBALS_REMOVED = [
  'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Symbol', 'Promise', 'Proxy', 'Reflect', 'BigInt',
  'BigInt64Array', 'BigUint64Array', 'Atomics', 'SharedArrayBuffer', 'WebAssembly', 'AggregateError', 'Iterator', 'Intl',
  'globalThis', 'console', 'queueMicrotask', 'structuredClone', 'escape', 'unescape',
];
const MEMBERS_REMOVED: [string, string[]][] = [
  ['Array', ['from', 'of']],
  ['Array.prototype', ['fill', 'find', 'findIndex', 'findLast', 'findLastIndex', 'includes', 'copyWithin', 'entries', 'keys', 'values', 'flat', 'flatMap', 'at']],
  ['Object', ['assign', 'entries', 'values', 'fromEntries', 'is', 'setPrototypeOf', 'getOwnPropertySymbols', 'getOwnPropertyDescriptors', 'hasOwn']],
  ['String', ['fromCodePoint', 'raw']],
  ['String.prototype', ['startsWith', 'endsWith', 'includes', 'padStart', 'padEnd', 'repeat', 'codePointAt', 'normalize', 'at', 'trimStart', 'trimEnd', 'replaceAll', 'matchAll']],
  ['Number', ['isInteger', 'isFinite', 'isNaN', 'isSafeInteger', 'parseFloat', 'parseInt', 'EPSILON', 'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER']],
  ['Math', ['imul', 'clz32', 'fround', 'trunc', 'sign', 'log2', 'log10', 'log1p', 'expm1', 'hypot', 'cbrt', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']],
  ['ArrayBuffer', ['isView']],
  ['ArrayBuffer.prototype', ['slice', 'resize', 'transfer']],
  ['Object.getPrototypeOf(Uint8Array.prototype)', ['slice', 'fill', 'indexOf', 'lastIndexOf', 'join', 'copyWithin', 'includes', 'find', 'findIndex', 'entries', 'keys', 'values', 'at', 'toString', 'toLocaleString']],
];

const STRIP = `(function (g) {
  var names = ${JSON.stringify(GLOBALS_REMOVED)};
  for (var i = 0; i < names.length; i++) { try { delete g[names[i]]; } catch (e) {} }
  var members = ${JSON.stringify(MEMBERS_REMOVED)};
  for (var j = 0; j < members.length; j++) {
    var o = eval(members[j][0]);
    for (var k = 0; k < members[j][1].length; k++) { try { delete o[members[j][1][k]]; } catch (e) {} }
  }
})(this);`;

const BOARD = `var board = (function (h) {
  return {
    uartWrite: function (s) { h.write('' + s); },
    millis: function () { return h.millis(); },
    partition: function (label) {
      var n = h.size('' + label);
      if (n < 0) return null;
      var a = new Uint8Array(n);
      h.copy('' + label, a);
      return a;
    },
    services: function () { return h.services(); },
    call: function (name, args, pid) { return h.call('' + name, args, pid); },
    pending: function () { return h.pending(); },
    systemInfo: function (key) { return h.systemInfo('' + key); },
    random: function () { return h.random(); },
    wake: function () { h.wake(); }
  };
})(this.__host);
delete this.__host;`;

let cached: { file: string; mtime: number; script: vm.Script } | null = null;

/** The simulator bundle next to the CLI (dist/), or found from the sources (tests). */
export function simBundlePath(): string | null {
  const env = process.env.ATOMVM_SIM_BUNDLE;
  if (env) return env;
  let d = __dirname;
  for (let i = 0; i < 5; i++) {
    for (const f of [path.join(d, 'atomvm-sim.js'), path.join(d, 'dist', 'atomvm-sim.js')]) if (fs.existsSync(f)) return f;
    d = path.dirname(d);
  }
  return null;
}

function loadScript(file: string): vm.Script {
  const mtime = fs.statSync(file).mtimeMs;
  if (cached && cached.file === file && cached.mtime === mtime) return cached.script;
  const script = new vm.Script(fs.readFileSync(file, 'utf8'), { filename: path.basename(file) });
  cached = { file, mtime, script };
  return script;
}

/** The partitions of the board's flash: its table, or the default layout when it is erased. */
export function boardLayout(board: SimBoard): { regions: Region[]; note: string } {
  const raw = board.flash.read(TABLE_OFFSET, TABLE_MAX);
  if (raw[0] === 0xff && raw[1] === 0xff) return { regions: DEFAULT_LAYOUT, note: 'no partition table at 0x8000: using the default layout' };
  const parts = tableFromBinary(new Uint8Array(raw.buffer, raw.byteOffset, raw.length));
  return { regions: parts.map((p) => ({ name: p.name, offset: p.offset, size: p.size })), note: '' };
}

/** Boots the VM on the board; returns the handle that stops it (reset, power off). */
export function bootVm(board: SimBoard): AppHandle {
  const t0 = Date.now();
  const say = (s: string) => board.uartWrite(`${s}\r\n`);
  let stopped = false;
  let rt: SimRuntime | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let immediate: ReturnType<typeof setImmediate> | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
    timer = null;
    immediate = null;
  };
  const handle: AppHandle = {
    input(bytes: Uint8Array) {
      // keystrokes on UART0 reach an app that opened it (uart.ts)
      const r = board.uartRx[0];
      if (r) r(bytes);
    },
    stop() {
      stopped = true;
      cancel();
      if (rt) rt.stop();
      rt = null;
    },
  };
  let layout: { regions: Region[]; note: string };
  try {
    layout = boardLayout(board);
  } catch (e) {
    say(`E (${Date.now() - t0}) boot: invalid partition table at 0x8000: ${(e as Error).message}`);
    return handle;
  }
  if (layout.note) say(`W (${Date.now() - t0}) boot: ${layout.note}`);
  const file = simBundlePath();
  if (!file) {
    say(`E (${Date.now() - t0}) boot: the VM bundle dist/atomvm-sim.js was not found (run npm run build)`);
    return handle;
  }
  const find = (label: string) => {
    for (const r of layout.regions) if (r.name === label) return r;
    return null;
  };
  // events for processes, delivered by the loop between slices
  const queue: [number, PVal][] = [];
  let inTick = false;
  let woken = false;
  let tick: () => void = () => {};
  const schedule = (ms: number) => {
    if (stopped) return;
    cancel();
    if (ms === 0) immediate = setImmediate(tick);
    else timer = setTimeout(tick, ms);
    if (immediate) immediate.unref();
    if (timer) timer.unref();
  };
  const wakeUp = () => {
    if (inTick) woken = true;
    else schedule(0);
  };
  let sim: any = null;
  const ctx: SimCtx = {
    board,
    post(pid, msg) {
      if (stopped) return;
      queue.push([pid, msg]);
      wakeUp();
    },
    alive: (pid) => sim === null || sim.alive(pid),
    millis: () => Date.now() - t0,
    partition: (label) => find(label),
  };
  const services = () => {
    if (!rt) rt = startServices(board, ctx);
    return rt;
  };
  const host = {
    services: () => services().names,
    call: (name: string, args: PVal[], pid: number) => {
      // after a restart in the middle of a slice, the rest of the slice changes nothing
      if (stopped) throw { platformError: true, reason: 'board_stopped' };
      return services().call(name, args, pid);
    },
    pending: () => !stopped && services().pending(),
    systemInfo: (key: string) => services().systemInfo(key),
    random: () => services().random(),
    wake: wakeUp,
    write: (s: string) => {
      if (!stopped) board.uartWrite(s);
    },
    millis: () => Date.now() - t0,
    size: (label: string) => {
      const r = find(label);
      return r ? Math.max(0, Math.min(r.size, board.flash.size - r.offset)) : -1;
    },
    copy: (label: string, into: Uint8Array) => {
      const r = find(label);
      if (r) into.set(board.flash.read(r.offset, into.length));
    },
  };
  const main = find('main.avm');
  const lib = find('lib.avm');
  say(
    `I (${Date.now() - t0}) boot: AtomVM-js ${path.basename(file)}, main.avm ${main ? '0x' + main.offset.toString(16) : 'missing'}, lib.avm ${lib ? '0x' + lib.offset.toString(16) : 'missing'}`,
  );
  try {
    const ctx = vm.createContext({ __host: host });
    vm.runInContext(STRIP, ctx);
    vm.runInContext(BOARD, ctx);
    loadScript(file).runInContext(ctx);
    sim = vm.runInContext('AtomVMSim', ctx);
  } catch (e) {
    say(`E (${Date.now() - t0}) boot: cannot load ${path.basename(file)}: ${(e as Error).message}`);
    return handle;
  }
  const err = sim.boot();
  if (err) {
    say(`E (${Date.now() - t0}) AtomVM: ${err}`);
    return handle;
  }
  tick = () => {
    timer = null;
    immediate = null;
    if (stopped) return;
    let wait: number;
    inTick = true;
    try {
      while (queue.length > 0 && !stopped) {
        const [pid, msg] = queue.shift() as [number, PVal];
        sim.post(pid, msg);
      }
      wait = stopped ? -1 : sim.step(20);
    } catch (e) {
      say(`E (${Date.now() - t0}) AtomVM crashed: ${(e as Error).message}`);
      wait = -1;
    }
    inTick = false;
    if (stopped) return;
    if (wait < 0) {
      // the app ended: nothing will read events any more
      if (rt) rt.stop();
      return;
    }
    if (queue.length > 0 || woken) wait = 0;
    woken = false;
    if (wait < WAIT_IO) schedule(wait);
  };
  schedule(0);
  return handle;
}
