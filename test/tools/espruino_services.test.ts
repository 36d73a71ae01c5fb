// The Espruino backend offers the services of the simulated board, by the same names: the lib.avm
// modules (gpio, spi, uart, esp, network, gen_tcp, gen_udp, inet) call the sim's private
// primitives, so a name missing or spelled differently on Espruino would only show as `undef` on
// a device. The sim's names come from its service groups as every boot starts them
// (src/tools/sim/services.ts), the Espruino ones from espruinoPlatform() over an empty API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startServices } from '../../src/tools/sim/services';
import { espruinoPlatform, espruinoSystemInfo } from '../../src/platform/espruino/platform';
import type { EspruinoApi } from '../../src/platform/espruino/espruino';

const ROOT = path.join(__dirname, '..', '..');

/**
 * Services of the simulated board that Espruino cannot offer, each with the reason. Empty today:
 * add a name here (with a comment) only when stock Espruino has no way to provide it.
 */
const ESPRUINO_CANNOT: { [mfa: string]: string } = {};

function simNames(): string[] {
  // a board with no devices: the groups only read its devices file, watchers and console
  const board: any = { devices: {}, pinWatchers: [], ext: {}, uartRx: {}, note() {}, log() {}, uartWrite() {} };
  const ctx: any = { board, post() {}, millis: () => 0, partition: () => null };
  const rt = startServices(board, ctx);
  try {
    return rt.names.slice().sort();
  } finally {
    rt.stop();
  }
}

function espruinoNames(): string[] {
  const api = { require: () => { throw new Error('no modules'); }, E: null, ESP32: null } as unknown as EspruinoApi;
  // eager services, plus the groups the VM registers lazily (each group fills a table when run)
  const pl = espruinoPlatform(api, () => {});
  const all: { [mfa: string]: unknown } = Object.assign({}, pl.services);
  for (const g of pl.serviceGroups || []) g(all as never);
  return Object.keys(all).sort();
}

/** name/arity of every function the Erlang module src/erlang/MOD.erl exports ([] when there is none) */
function erlangExports(mod: string): string[] {
  const f = path.join(ROOT, 'src', 'erlang', mod + '.erl');
  if (!fs.existsSync(f)) return [];
  const src = fs.readFileSync(f, 'utf8').replace(/%.*$/gm, '');
  const out: string[] = [];
  const re = /-export\(\[([^\]]*)\]\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) for (const x of m[1].split(',')) if (x.trim()) out.push(x.trim());
  return out;
}

test('Espruino backend: every service of the simulated board, by the same name', () => {
  const sim = simNames();
  const esp = espruinoNames();
  assert.ok(sim.length > 80, `only ${sim.length} sim services found`);
  for (const k of Object.keys(ESPRUINO_CANNOT)) assert.ok(sim.includes(k), `${k} is listed as missing on Espruino but the sim has no such service`);
  const missing = sim.filter((n) => !esp.includes(n) && !ESPRUINO_CANNOT.hasOwnProperty(n));
  assert.deepEqual(missing, [], 'services of the sim the Espruino backend lacks');
  // no natives of its own either: a name only Espruino has is a spelling the Erlang side does not call
  const extra = esp.filter((n) => !sim.includes(n));
  assert.deepEqual(extra, [], 'services only the Espruino backend has');
  // the groups the lib.avm modules build on are all there
  for (const n of ['avm_net:open/2', 'avm_net:recv/2', 'avm_wifi:start/1', 'spi:nif_write_read/3', 'uart:nif_read/2', 'i2c:qwrite_bytes/4', 'gpio:nif_set_int/3'])
    assert.ok(esp.includes(n), n);
});

test('Espruino backend: no service is shadowed by an export of its lib.avm module', () => {
  // module exports win over natives (src/vm/linker.ts): such a native would never be called
  for (const n of espruinoNames()) {
    const m = /^([^:]+):(.+)$/.exec(n) as RegExpExecArray;
    assert.ok(!erlangExports(m[1]).includes(m[2]), `${n} is exported by src/erlang/${m[1]}.erl`);
  }
});

test('Espruino backend: system_info esp_free_heap_size, esp_chip_info, esp_idf_version', () => {
  const api = {
    memory: () => ({ free: 5000, total: 16383, blocksize: 14 }),
    ESP32: { getState: () => ({ sdkVersion: 'v4.4.8', freeHeap: 90000 }) },
  } as unknown as EspruinoApi;
  const info = espruinoSystemInfo(api);
  assert.equal(info('esp_free_heap_size'), 70000);
  assert.deepEqual(info('esp_chip_info'), { tuple: ['esp32', 0x32, 2, 0] });
  assert.deepEqual(info('esp_idf_version'), Array.from(Buffer.from('v4.4.8')));
  assert.equal(info('esp_largest_free_block'), undefined);
  assert.equal(info('wordsize'), undefined);
  // the Linux build has no ESP32 object
  const linux = espruinoSystemInfo({ memory: () => ({ free: 100, blocksize: 18 }), ESP32: null } as unknown as EspruinoApi);
  assert.equal(linux('esp_free_heap_size'), 1800);
  assert.deepEqual(linux('esp_idf_version'), Array.from(Buffer.from('unknown')));
});
