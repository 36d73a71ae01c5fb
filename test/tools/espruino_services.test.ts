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

test('Espruino backend: a service group run again shares its state with the earlier runs', () => {
  // lazy natives run a group again when another of its natives is first called (src/vm/natives.ts):
  // the functions of each run must see the pins, channels, WiFi and sockets of the others
  const calls: string[] = [];
  const W = { on() {}, connect() {}, disconnect: () => calls.push('Wifi.disconnect'), removeAllListeners() {} };
  const dgram = { createSocket: () => ({ on() {}, bind() {}, close: () => calls.push('udp.close') }) };
  let watch = 0;
  const api = {
    require: (m: string) => {
      if (m === 'Wifi') return W;
      if (m === 'dgram') return dgram;
      throw new Error('no module ' + m);
    },
    E: null,
    ESP32: null,
    pinMode: (p: number, m: string) => calls.push(`pinMode ${p} ${m}`),
    setWatch: () => ++watch,
    clearWatch: (w: number) => calls.push(`clearWatch ${w}`),
    analogWrite: (p: number, v: number, o: any) => calls.push(`analogWrite ${p} ${v} ${o.freq}`),
    setTimeout: () => 1,
  } as unknown as EspruinoApi;
  const pl = espruinoPlatform(api, () => {});
  const run = () => {
    const t: { [mfa: string]: (a: unknown[], c: { pid: number }) => unknown } = {};
    for (const g of pl.serviceGroups || []) g(t as never);
    return t;
  };
  const r1 = run();
  const r2 = run();
  const c = { pid: 5 };
  const pl2 = (kv: [string, unknown][]) => kv.map(([k, v]) => ({ tuple: [k, v] }));
  // gpio: a pull set by one run holds for the mode set by another; a watch set by one is cleared by another
  r1['gpio:set_pin_pull/2']([2, 'up'], c);
  r2['gpio:set_pin_mode/2']([2, 'input'], c);
  assert.equal(calls[calls.length - 1], 'pinMode 2 input_pullup');
  r1['gpio:nif_set_int/3']([4, 'rising', { pid: 5 }], c);
  assert.equal(pl.pending(), true);
  r2['gpio:nif_remove_int/1']([4], c);
  assert.equal(calls[calls.length - 1], 'clearWatch 1');
  assert.equal(pl.pending(), false);
  // ledc: a timer and fades installed by one run serve the channels of another
  r1['ledc:timer_config/1']([pl2([['duty_resolution', 8], ['freq_hz', 1000], ['speed_mode', 0], ['timer_num', 0]])], c);
  assert.equal(r2['ledc:channel_config/1']([pl2([['channel', 0], ['speed_mode', 0], ['gpio_num', 5], ['timer_sel', 0], ['duty', 128]])], c), 'ok');
  assert.equal(calls[calls.length - 1], 'analogWrite 5 0.5 1000');
  r2['ledc:fade_func_install/1']([0], c);
  assert.equal(r1['ledc:set_fade_with_time/4']([0, 0, 255, 100], c), 'ok');
  // net: the WiFi one run started, another stops; sockets and their ids are shared
  r1['avm_wifi:open/1']([{ pid: 5 }], c);
  assert.equal(r2['avm_wifi:start/1']([pl2([['sta', pl2([['ssid', [97]], ['psk', Array.from(Buffer.from('password'))]])]])], c), 'ok');
  r1['avm_wifi:stop/0']([], c);
  assert.equal(calls[calls.length - 1], 'Wifi.disconnect');
  const s1 = r1['avm_net:open/2'](['udp', pl2([['port', 1234]])], c);
  const s2 = r2['avm_net:open/2'](['udp', []], c);
  assert.deepEqual([s1, s2], [{ port: 1 }, { port: 2 }]);
  assert.deepEqual(r2['avm_net:sockname/1']([s1], c), { tuple: ['ok', { tuple: [{ tuple: [0, 0, 0, 0] }, 1234] }] });
  r2['avm_net:close/1']([s1], c);
  assert.deepEqual(r1['avm_net:sockname/1']([s1], c), { tuple: ['error', 'closed'] });
  // pending() reads the sockets without a run of its own: no process 5 here, so s2 is closed
  assert.equal(pl.pending(), false);
  assert.equal(calls.filter((x) => x === 'udp.close').length, 2);
});
