// The esp module of the simulated ESP32: NVS (nvs.ts, in the flash's nvs partition), restart,
// reset reason, deep sleep with its timer wakeup, the CPU frequency, and erlang:system_info/1's
// esp_free_heap_size, esp_chip_info and esp_idf_version. get_binary/3 (with a default of any
// type) is in src/erlang/esp.erl.
import type { SimCtx, SimGroup, SimFn } from './services';
import type { PVal } from '../../vm/platform';
import { Nvs } from './nvs';
import { isBytes, text, int } from './values';
import { bad, raise } from './values';

const RESET_REASONS: { [rom: string]: string } = {
  POWERON_RESET: 'esp_rst_poweron',
  SW_CPU_RESET: 'esp_rst_sw',
  SW_RESET: 'esp_rst_sw',
  DEEPSLEEP_RESET: 'esp_rst_deepsleep',
  RTCWDT_BROWN_OUT_RESET: 'esp_rst_brownout',
};

export function espGroup(ctx: SimCtx): SimGroup {
  const board = ctx.board;
  let nvs: Nvs | null = null;
  const store = (): Nvs => {
    if (!nvs) nvs = new Nvs(board, ctx.partition('nvs'));
    if (!nvs.available) return raise('no_nvs_partition');
    return nvs;
  };
  /** a namespace or key: an atom or binary (or charlist) of 1..15 characters */
  const name = (v: PVal): string => {
    const s = text(v);
    if (s === null || s.length === 0 || s.length > 15) return bad();
    return s;
  };
  const value = (v: PVal): Buffer => {
    if (!isBytes(v)) return bad();
    return Buffer.from(v);
  };
  const set = (ns: PVal, key: PVal, v: PVal): PVal => {
    const n = name(ns);
    const k = name(key);
    if (!store().set(n, k, value(v))) return raise('no_space');
    return 'ok';
  };
  const get = (ns: PVal, key: PVal): PVal => {
    const v = store().get(name(ns), name(key));
    return v === undefined ? 'undefined' : v;
  };
  const eraseKey = (ns: PVal, key: PVal): PVal => {
    store().eraseKey(name(ns), name(key));
    return 'ok';
  };
  const eraseAll = (ns: PVal): PVal => {
    store().eraseAll(name(ns));
    return 'ok';
  };
  const reformat = (): PVal => {
    store().reformat();
    return 'ok';
  };
  const both = (s: { [k: string]: SimFn }, k: string, f: SimFn) => {
    s['esp:' + k] = f;
    s['esp:nvs_' + k] = f;
  };
  const services: { [k: string]: SimFn } = {
    'esp:restart/0': () => {
      board.note('[esp] restart');
      board.restart(); // the VM stops here: what it still runs is not seen
      return 'ok';
    },
    'esp:reset_reason/0': () => RESET_REASONS[board.resetReason] || 'esp_rst_unknown',
    'esp:deep_sleep/1': (a) => {
      const ms = int(a[0], 0);
      board.note(`[esp] deep sleep for ${ms} ms`);
      board.deepSleep(ms);
      return 'ok';
    },
    'esp:sleep_get_wakeup_cause/0': () => board.wakeupCause,
    'esp:freq_hz/0': () => 240000000,
  };
  both(services, 'set_binary/3', (a) => set(a[0], a[1], a[2]));
  both(services, 'set_binary/2', (a) => set('atomvm', a[0], a[1]));
  both(services, 'get_binary/2', (a) => get(a[0], a[1]));
  both(services, 'get_binary/1', (a) => get('atomvm', a[0]));
  both(services, 'erase_key/2', (a) => eraseKey(a[0], a[1]));
  both(services, 'erase_key/1', (a) => eraseKey('atomvm', a[0]));
  both(services, 'erase_all/1', (a) => eraseAll(a[0]));
  both(services, 'erase_all/0', () => eraseAll('atomvm'));
  both(services, 'reformat/0', () => reformat());
  return {
    services,
    systemInfo: (key) => {
      if (key === 'esp_free_heap_size') return 180000 + Math.floor(Math.random() * 4096);
      if (key === 'esp_largest_free_block') return 110592;
      if (key === 'esp_chip_info') return { tuple: ['esp32', 0x32, 2, 3] }; // WiFi BGN, BLE, BT; 2 cores; rev 3
      if (key === 'esp_idf_version') return Array.from(Buffer.from('v4.4.6', 'latin1'));
      return undefined;
    },
  };
}
