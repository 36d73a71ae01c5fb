// Boot glue of AtomVM-js on stock Espruino (built into dist/atomvm-espruino.js, which
// `flash --image --board esp32-devkitc` stores as Espruino's boot code, `.bootcde`).
//
// At power-on: read the partition table at 0x8000 with require('Flash') and find the partitions
// labelled main.avm and lib.avm (DESIGN.md section 4; its offsets are the defaults when there is no
// table). Espruino memory-maps only its Storage, and copying a 170 KB lib.avm into RAM would not
// fit, so each archive is mirrored into a Storage file of the same name (copied again only when
// the partition's bytes differ) and the VM reads it from there through a flash-backed view
// (Storage.readArrayBuffer: no RAM). Then the VM starts the first module of main.avm that
// exports start/0, with the Espruino platform (src/platform/espruino).
//
// Without partitions (Espruino's Linux build, or a board flashed without them) the Storage files
// main.avm / lib.avm are used as they are, so an app can also be uploaded into Storage directly.
// The VM's code space is a Storage file too (avm.code, rewritten at each boot): an ESP32's RAM
// cannot hold the instructions of lists, io_lib, gen_server ... next to the VM itself.
// The first start of a build saves what naming the natives learns to the Storage file avm.nat;
// later starts restore it (src/vm/natives.ts snapshot), which makes them ~3x faster.
// Settings come from an optional Storage file atomvm.json: {"memoryWords": N (initial, default
// 2048), "budgetWords": N (the most it grows to, default 12288), "codeWords": N,
// "codeInFlash": false, "sliceMs": N, "trace": true}.
import { vmInit, vmAddFile, vmStart } from '../../src/vm/vm';
import { CodeStore } from '../../src/vm/code';
import { isAvm } from '../../src/vm/loader/avm';
import { espruinoGlobals, EspruinoApi } from '../../src/platform/espruino/espruino';
import { espruinoPlatform, espruinoLoop, espruinoSystemInfo } from '../../src/platform/espruino/platform';
import { setSystemInfoExtra } from '../../src/vm/bifs/system';

var TABLE = 0x8000;
var DEFAULTS: { [k: string]: number[] } = { 'main.avm': [0x210000, 0x100000], 'lib.avm': [0x1d0000, 0x40000] };

function u32le(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}

function str(api: EspruinoApi, b: Uint8Array): string {
  if (api.E && typeof api.E.toString === 'function') return api.E.toString(b);
  var s = '';
  for (var i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** {label: [offset, size]} of the data partitions in the table (empty when there is none). */
function partitions(api: EspruinoApi): { [k: string]: number[] } {
  var out: { [k: string]: number[] } = {};
  var F = api.require('Flash');
  for (var i = 0; i < 95; i++) {
    var e = F.read(32, TABLE + i * 32);
    if (!e || e.length < 32 || e[0] !== 0xaa || e[1] !== 0x50) break;
    var label = '';
    for (var j = 12; j < 28 && e[j] !== 0; j++) label += String.fromCharCode(e[j]);
    out[label] = [u32le(e, 4), u32le(e, 8)];
  }
  return out;
}

/** Length of the packbeam archive at addr (within size bytes), or -1 when there is none. */
function avmLength(api: EspruinoApi, addr: number, size: number): number {
  var F = api.require('Flash');
  if (!isAvm(F.read(24, addr))) return -1;
  var pos = 24;
  while (pos + 16 <= size) {
    var h = F.read(4, addr + pos);
    var n = ((h[0] << 24) | (h[1] << 16) | (h[2] << 8) | h[3]) >>> 0;
    if (n === 0) return pos + 16; // the "end" entry: header and "end\0"
    if (n & 3 || n > size - pos) return -1;
    pos += n;
  }
  return -1;
}

/** Mirrors the archive of a partition into the Storage file `name`; returns a log line. */
function mirror(api: EspruinoApi, name: string, part: number[] | undefined): string {
  var S = api.require('Storage');
  var F = api.require('Flash');
  if (part === undefined) return '';
  var len = avmLength(api, part[0], part[1]);
  if (len < 0) return name + ': no archive in the partition at 0x' + part[0].toString(16);
  var cur = S.read(name);
  var same = typeof cur === 'string' && cur.length === len;
  var CH = 4096;
  for (var o = 0; same && o < len; o += CH) {
    var n = Math.min(CH, len - o);
    if (str(api, F.read(n, part[0] + o)) !== S.read(name, o, n)) same = false;
  }
  if (same) return '';
  S.erase(name);
  for (var p = 0; p < len; p += CH) {
    var m = Math.min(CH, len - p);
    var chunk = str(api, F.read(m, part[0] + p));
    if (p === 0) S.write(name, chunk, 0, len);
    else S.write(name, chunk, p);
  }
  return name + ': ' + len + ' bytes copied from 0x' + part[0].toString(16) + ' to Storage';
}

var CODE_FILE = 'avm.code';
// What naming the natives at start learns (src/vm/natives.ts snapshot), saved at the first start
// of a build and restored at the next ones: naming them is most of a start on Espruino.
var NAT_FILE = 'avm.nat';
// the build's id: the Espruino build (scripts/espruino_bundle.mjs) puts a hash of the bundle here
var BUILD_ID = '@@AVM_BUILD_ID@@';

/**
 * The code space as the Storage file avm.code of `words` words, read through a flash-backed view;
 * null when Storage has no room for it. Erased first: flash is written once, from 0xFF.
 */
function flashCode(api: EspruinoApi, words: number): CodeStore | null {
  var S = api.require('Storage');
  S.erase(CODE_FILE);
  // the first write sizes the file (word 0 is never code)
  if (!S.write(CODE_FILE, '\0\0\0\0', 0, words * 4)) return null;
  return {
    words: words,
    write: function (at: number, w: Int32Array, n: number): void {
      if (!S.write(CODE_FILE, str(api, new Uint8Array(w.buffer, w.byteOffset, n * 4)), at * 4)) throw new Error('cannot write code to Storage');
    },
    view: function (): Int32Array {
      return new Int32Array(S.readArrayBuffer(CODE_FILE));
    },
  };
}

/** atomvm.json {"trace": true}: prints the RAM in use after each boot step (blocks on Espruino). */
var traceT0 = -1;
function traceMem(api: EspruinoApi, step: string): void {
  // process.memory() with a garbage collection first, so garbage is not counted
  var m = typeof process !== 'undefined' && process.memory ? process.memory() : api.memory();
  var t = api.getTime();
  if (traceT0 < 0) traceT0 = t;
  if (m) api.print('mem ' + step + ': used ' + m.usage + ' free ' + m.free + ', ' + Math.round((t - traceT0) * 1000) + ' ms');
}

/** Boots the VM; returns '' or an error line. */
export function boot(api: EspruinoApi): string {
  var S = api.require('Storage');
  var cfg: any = null;
  try {
    cfg = S.readJSON('atomvm.json', true);
  } catch (e) {
    cfg = null;
  }
  if (!cfg) cfg = {};
  var line = '';
  var flush = function (): void {
    if (line.length > 0) api.print(line);
    line = '';
  };
  var write = function (s: string): void {
    var parts = (line + s).split('\n');
    for (var i = 0; i < parts.length - 1; i++) api.print(parts[i]);
    line = parts[parts.length - 1];
  };
  var parts: { [k: string]: number[] } = {};
  try {
    parts = partitions(api);
  } catch (e) {
    parts = {};
  }
  var any = false;
  for (var k in parts) if (parts.hasOwnProperty(k)) any = true;
  var names = ['main.avm', 'lib.avm'];
  for (var i = 0; i < names.length; i++) {
    var part = any ? parts[names[i]] : undefined;
    if (!any) {
      // no table: the defaults of DESIGN.md section 4, if they hold an archive
      try {
        if (isAvm(api.require('Flash').read(24, DEFAULTS[names[i]][0]))) part = DEFAULTS[names[i]];
      } catch (e) {
        part = undefined;
      }
    }
    var msg = mirror(api, names[i], part);
    if (msg.length > 0) api.print(msg);
  }
  var main = S.readArrayBuffer('main.avm');
  if (main === undefined) return 'no app: flash one to the main.avm partition (atomvm-js flash APP.avm)';
  var loop = espruinoLoop(api, cfg.sliceMs || 50, write, function (ok: boolean, text: string) {
    flush();
    api.print('Return value: ' + text);
  });
  if (cfg.trace) traceMem(api, 'start');
  // the VM memory starts small and grows (a copy into a larger buffer) up to budgetWords: a 48 KB
  // heap from the start left too little of a 16,383-variable ESP32 build to load lists
  var words = cfg.memoryWords || 2048;
  var codeWords = cfg.codeWords || 32768;
  // {"codeInFlash": false}: a fixed code space in RAM (faster to fill, for boards with PSRAM)
  var store = cfg.codeInFlash === false ? undefined : flashCode(api, codeWords);
  if (store === null) return 'no room in Storage for the code space (' + CODE_FILE + ')';
  var natSnap = cfg.lazyNatives === false ? undefined : S.readArrayBuffer(NAT_FILE);
  vmInit({
    write: write,
    now: function () { return Math.floor(api.getTime() * 1000); },
    memoryWords: words,
    budgetWords: cfg.budgetWords || (words > 12288 ? words : 12288),
    platform: espruinoPlatform(api, loop.wake),
    lazyNatives: cfg.lazyNatives !== false,
    buildId: BUILD_ID,
    nativesSnapshot: natSnap !== undefined ? new Uint8Array(natSnap) : undefined,
    saveNativesSnapshot: function (b: Uint8Array): void {
      // (no room in Storage: the next start names the natives again)
      S.erase(NAT_FILE);
      S.write(NAT_FILE, b);
    },
    codeStore: store,
    codeWords: codeWords,
    initStep: cfg.trace ? function (step: string) { traceMem(api, step); } : undefined,
  });
  if (cfg.trace) traceMem(api, 'vmInit');
  // erlang:system_info(esp_free_heap_size | esp_chip_info | esp_idf_version)
  setSystemInfoExtra(espruinoSystemInfo(api));
  try {
    vmAddFile(new Uint8Array(main), 'main.avm', function (a: number, b: number) {
      return new Uint8Array(api.E.toArrayBuffer(S.read('main.avm', a, b - a)));
    });
    var lib = S.readArrayBuffer('lib.avm');
    // an entry's bytes as a view of its own flash-backed buffer (Storage.read maps the flash), as
    // Espruino's views cannot start more than 65535 bytes into a buffer
    if (lib !== undefined) vmAddFile(new Uint8Array(lib), 'lib.avm', function (a: number, b: number) {
      return new Uint8Array(api.E.toArrayBuffer(S.read('lib.avm', a, b - a)));
    });
    if (cfg.trace) traceMem(api, 'vmAddFile');
    vmStart();
    if (cfg.trace) traceMem(api, 'vmStart');
  } catch (e) {
    return String((e && (e as any).message) || e) + (e && (e as any).stack ? '\n' + (e as any).stack : '');
  }
  loop.start();
  return '';
}

/** Boots with Espruino's globals, printing a one-line error if that fails. */
export function start(): void {
  var err = '';
  try {
    err = boot(espruinoGlobals());
  } catch (e) {
    err = String((e && (e as any).message) || e) + (e && (e as any).stack ? '\n' + (e as any).stack : '');
  }
  if (err.length > 0) espruinoGlobals().print('AtomVM error: ' + err);
}

declare var __AVM_NOBOOT: any, process: any;
// a test or a probe can load the bundle without booting (then calls AtomVMEspruino.start())
if (typeof __AVM_NOBOOT === 'undefined') start();
