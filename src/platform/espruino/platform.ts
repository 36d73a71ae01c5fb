// The Espruino backend: AtomVM's ESP32 APIs (platform esp32) over stock Espruino's built-ins
// (flash-and-hal.md section 4.6), for the VM bundle that runs as Espruino's boot code.
//
//   AtomVM                         Espruino
//   gpio (pins, pulls, levels)     pinMode / digitalWrite / digitalRead
//   gpio:set_int, remove_int       setWatch / clearWatch -> {gpio_interrupt, Pin}
//   ledc (timers, channels, fades) analogWrite(pin, duty / 2^resolution, {freq})
//   i2c                            I2C1/I2C2 .setup / writeTo / readFrom
//   spi                            SPI1/SPI2 .setup / send (+ digitalWrite on the CS pin)
//   uart                           Serial2/Serial3 .setup / write / on('data')
//   esp:nvs_*                      require('Storage'): one file "nvs.<namespace>" per namespace
//   esp:restart, deep_sleep ...    E.reboot, ESP32.deepSleep, ESP32.getWakeupCause
//   network, gen_udp, gen_tcp      require('Wifi'), require('dgram'), require('net') (net.ts)
//
// Services that would block in AtomVM (uart:read, gen_tcp:recv ...) come as private primitives
// that answer with a message, for the Erlang side to receive (see net.ts, PRIMITIVES in the
// report of issue 6). The event loop lives in espruinoLoop(): slices of the VM run from
// setTimeout; while every process waits for I/O no timer is set and Espruino idles until an
// event (a watch, a packet) posts a message and wake() schedules the next slice.
import { Platform, PFn, PVal, PTuple, PlatformError, vmPost, iodataBytes, pString, pGet, isBytes, isList } from '../../vm/platform';
import { vmRunSlice, vmNextWake, result } from '../../vm/vm';
import { SliceResult, WAIT_IO } from '../../vm/scheduler';
import { EspruinoApi } from './espruino';
import { EspState, tup, bytesToStr, toBytes, int, handle, newHandle } from './util';
import { netServices } from './net';

// ---- NVS in Storage ------------------------------------------------------------------------------
// A namespace is one Storage file "nvs.<ns>": records [key length][key][value length, 3 bytes][value].

function nvsName(ns: PVal): string {
  if (typeof ns !== 'string' || ns.length === 0 || ns.length > 15) throw new PlatformError();
  return 'nvs.' + ns;
}
function nvsKey(k: PVal): string {
  if (typeof k !== 'string' || k.length === 0 || k.length > 15) throw new PlatformError();
  return k;
}
function nvsLoad(st: EspState, file: string): { [k: string]: string } {
  var s = st.api.require('Storage').read(file);
  var out: { [k: string]: string } = {};
  if (typeof s !== 'string') return out;
  var i = 0;
  while (i < s.length) {
    var kl = s.charCodeAt(i);
    if (kl === 0 || kl === 255) break;
    var k = s.substr(i + 1, kl);
    i += 1 + kl;
    var vl = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
    out['k' + k] = s.substr(i + 3, vl);
    i += 3 + vl;
  }
  return out;
}
function nvsSave(st: EspState, file: string, kv: { [k: string]: string }): void {
  var s = '';
  for (var k in kv) {
    if (!kv.hasOwnProperty(k)) continue;
    var v = kv[k];
    s += String.fromCharCode(k.length - 1) + k.substr(1) + String.fromCharCode((v.length >> 16) & 255, (v.length >> 8) & 255, v.length & 255) + v;
  }
  var S = st.api.require('Storage');
  if (s.length === 0) S.erase(file);
  else S.write(file, s);
}

function espServices(st: EspState, sv: { [k: string]: PFn }): void {
  var api = st.api;
  var get = function (a: PVal[]): PVal | undefined {
    var kv = nvsLoad(st, nvsName(a[0]));
    var k = 'k' + nvsKey(a[1]);
    return kv.hasOwnProperty(k) ? toBytes(kv[k]) : undefined;
  };
  var set = function (a: PVal[]): PVal {
    var file = nvsName(a[0]);
    var key = nvsKey(a[1]);
    if (!isBytes(a[2])) throw new PlatformError();
    var kv = nvsLoad(st, file);
    kv['k' + key] = bytesToStr(a[2] as Uint8Array);
    nvsSave(st, file, kv);
    return 'ok';
  };
  var erase = function (a: PVal[]): PVal {
    var file = nvsName(a[0]);
    var kv = nvsLoad(st, file);
    delete kv['k' + nvsKey(a[1])];
    nvsSave(st, file, kv);
    return 'ok';
  };
  var eraseAll = function (a: PVal[]): PVal {
    api.require('Storage').erase(nvsName(a[0]));
    return 'ok';
  };
  var reformat = function (): PVal {
    var S = api.require('Storage');
    var l = S.list(/^nvs\./);
    for (var i = 0; i < l.length; i++) S.erase(l[i]);
    return 'ok';
  };
  var d = function (a: PVal[]): PVal[] {
    return ['atomvm'].concat(a as any) as PVal[];
  };
  sv['esp:nvs_get_binary/2'] = function (a) { var v = get(a); return v === undefined ? 'undefined' : v; };
  sv['esp:nvs_get_binary/1'] = function (a) { var v = get(d(a)); return v === undefined ? 'undefined' : v; };
  sv['esp:nvs_get_binary/3'] = function (a) { var v = get(a); return v === undefined ? a[2] : v; };
  sv['esp:nvs_fetch_binary/2'] = function (a) { var v = get(a); return v === undefined ? tup('error', 'not_found') : tup('ok', v); };
  sv['esp:nvs_set_binary/3'] = set;
  sv['esp:nvs_put_binary/3'] = set;
  sv['esp:nvs_set_binary/2'] = function (a) { return set(d(a)); };
  sv['esp:nvs_erase_key/2'] = erase;
  sv['esp:nvs_delete_key/2'] = erase;
  sv['esp:nvs_erase_key/1'] = function (a) { return erase(d(a)); };
  sv['esp:nvs_erase_all/1'] = eraseAll;
  sv['esp:nvs_delete_all/1'] = eraseAll;
  sv['esp:nvs_erase_all/0'] = function () { return eraseAll(['atomvm']); };
  sv['esp:nvs_reformat/0'] = reformat;
  // the short spellings of the issue
  sv['esp:get_binary/2'] = sv['esp:nvs_get_binary/2'];
  sv['esp:get_binary/3'] = sv['esp:nvs_get_binary/3'];
  sv['esp:set_binary/3'] = set;
  sv['esp:erase_key/2'] = erase;
  sv['esp:erase_all/1'] = eraseAll;
  sv['esp:reformat/0'] = reformat;

  // restart: a marker file tells the next boot that the reset was ours (esp_rst_sw)
  sv['esp:restart/0'] = function () {
    api.require('Storage').write('.avmrst', 'sw');
    if (api.E && typeof api.E.reboot === 'function') api.E.reboot();
    else if (api.ESP32 && typeof api.ESP32.reboot === 'function') api.ESP32.reboot();
    return 'ok';
  };
  sv['esp:reset_reason/0'] = function () {
    return st.handles.resetReason || 'esp_rst_poweron';
  };
  sv['esp:deep_sleep/1'] = function (a) {
    var ms = int(a[0]);
    if (ms < 0 || !api.ESP32) throw new PlatformError();
    api.ESP32.deepSleep(ms * 1000);
    return 'ok';
  };
  sv['esp:sleep_get_wakeup_cause/0'] = function () {
    var c = api.ESP32 && typeof api.ESP32.getWakeupCause === 'function' ? api.ESP32.getWakeupCause() : 0;
    // ESP-IDF's esp_sleep_source_t numbers
    var names = ['undefined', 'sleep_wakeup_all', 'sleep_wakeup_ext0', 'sleep_wakeup_ext1', 'sleep_wakeup_timer', 'sleep_wakeup_touchpad', 'sleep_wakeup_ulp', 'sleep_wakeup_gpio', 'sleep_wakeup_uart'];
    return typeof c === 'number' && c >= 0 && c < names.length ? names[c] : 'undefined';
  };
  sv['esp:freq_hz/0'] = function () { return 240000000; };
  sv['esp:get_default_mac/0'] = function () {
    return tup('error', 'unsupported');
  };
}

// ---- GPIO and interrupts ---------------------------------------------------------------------------

function pin(v: PVal): number {
  if (typeof v !== 'number' || v !== Math.floor(v) || v < 0 || v > 39) throw new PlatformError();
  return v;
}
function level(v: PVal): number {
  if (v === 'high' || v === 1) return 1;
  if (v === 'low' || v === 0) return 0;
  throw new PlatformError();
}

function gpioServices(st: EspState, sv: { [k: string]: PFn }): void {
  var api = st.api;
  var watches: { [k: string]: any } = {};
  var pulls: { [k: string]: string } = {};
  var dirs: { [k: string]: string } = {};
  var mode = function (p: number, dir: PVal): PVal {
    var m: string;
    if (dir === 'input') m = pulls['p' + p] || 'input';
    else if (dir === 'output') m = 'output';
    else if (dir === 'output_od') m = 'opendrain';
    else throw new PlatformError();
    dirs['p' + p] = m;
    api.pinMode(p, m);
    return 'ok';
  };
  var pull = function (p: number, pl: PVal): PVal {
    var m: string;
    if (pl === 'up') m = 'input_pullup';
    else if (pl === 'down') m = 'input_pulldown';
    else if (pl === 'floating' || pl === 'up_down') m = 'input';
    else throw new PlatformError();
    pulls['p' + p] = m;
    var d = dirs['p' + p];
    if (d === undefined || d.substr(0, 5) === 'input') {
      dirs['p' + p] = m;
      api.pinMode(p, m);
    }
    return 'ok';
  };
  var removeInt = function (p: number): PVal {
    var k = 'p' + p;
    if (watches.hasOwnProperty(k) && watches[k] !== null) {
      api.clearWatch(watches[k]);
      watches[k] = null;
      st.sources--;
    }
    return 'ok';
  };
  var setInt = function (p: number, trig: PVal, pid: number): PVal {
    var edge: string;
    // Espruino watches edges only: a level trigger fires on the edge into that level
    if (trig === 'rising' || trig === 'high') edge = 'rising';
    else if (trig === 'falling' || trig === 'low') edge = 'falling';
    else if (trig === 'both') edge = 'both';
    else if (trig === 'none') return removeInt(p);
    else throw new PlatformError();
    removeInt(p);
    watches['p' + p] = api.setWatch(
      function () {
        vmPost(pid, tup('gpio_interrupt', p));
      },
      p,
      { repeat: true, edge: edge, debounce: 0 },
    );
    st.sources++;
    return 'ok';
  };
  var gpioPort: PVal | null = null;
  var open = function (): PVal {
    if (gpioPort === null) gpioPort = newHandle(st, { kind: 'gpio' });
    return gpioPort;
  };
  sv['gpio:open/0'] = open;
  sv['gpio:start/0'] = open;
  sv['gpio:close/1'] = function (a) { handle(st, a[0], 'gpio'); for (var k in watches) if (watches.hasOwnProperty(k)) removeInt(+k.substr(1)); return 'ok'; };
  sv['gpio:stop/0'] = function () { if (gpioPort !== null) sv['gpio:close/1']([gpioPort], { pid: 0 }); return 'ok'; };
  sv['gpio:set_pin_mode/2'] = function (a) { return mode(pin(a[0]), a[1]); };
  sv['gpio:set_direction/2'] = sv['gpio:set_pin_mode/2'];
  sv['gpio:set_direction/3'] = function (a) { handle(st, a[0], 'gpio'); return mode(pin(a[1]), a[2]); };
  sv['gpio:set_pin_pull/2'] = function (a) { return pull(pin(a[0]), a[1]); };
  sv['gpio:digital_write/2'] = function (a) { api.digitalWrite(pin(a[0]), level(a[1])); return 'ok'; };
  sv['gpio:set_level/3'] = function (a) { handle(st, a[0], 'gpio'); api.digitalWrite(pin(a[1]), level(a[2])); return 'ok'; };
  sv['gpio:digital_read/1'] = function (a) { return api.digitalRead(pin(a[0])) ? 'high' : 'low'; };
  sv['gpio:read/2'] = function (a) { handle(st, a[0], 'gpio'); return api.digitalRead(pin(a[1])) ? 'high' : 'low'; };
  sv['gpio:set_int/3'] = function (a, c) { handle(st, a[0], 'gpio'); return setInt(pin(a[1]), a[2], c.pid); };
  sv['gpio:set_int/4'] = function (a) {
    handle(st, a[0], 'gpio');
    var to = a[3] as any;
    if (to === null || typeof to !== 'object' || typeof to.pid !== 'number') throw new PlatformError();
    return setInt(pin(a[1]), a[2], to.pid);
  };
  sv['gpio:remove_int/2'] = function (a) { handle(st, a[0], 'gpio'); return removeInt(pin(a[1])); };
  sv['gpio:attach_interrupt/2'] = function (a, c) { return setInt(pin(a[0]), a[1], c.pid); };
  sv['gpio:detach_interrupt/1'] = function (a) { return removeInt(pin(a[0])); };
  // the private primitives of src/erlang/gpio.erl (its exports win over the natives above)
  sv['gpio:nif_open/0'] = open;
  sv['gpio:nif_set_int/3'] = function (a) {
    var to = a[2] as any;
    if (to === null || typeof to !== 'object' || typeof to.pid !== 'number') throw new PlatformError();
    return setInt(pin(a[0]), a[1], to.pid);
  };
  sv['gpio:nif_remove_int/1'] = sv['gpio:detach_interrupt/1'];
  sv['gpio:hold_en/1'] = function (a) { pin(a[0]); return 'ok'; };
  sv['gpio:hold_dis/1'] = sv['gpio:hold_en/1'];
}

// ---- LEDC (PWM) --------------------------------------------------------------------------------------

function ledcServices(st: EspState, sv: { [k: string]: PFn }): void {
  var api = st.api;
  var timers: { [k: string]: { freq: number; bits: number } } = {};
  var chans: { [k: string]: { pin: number; timer: number; duty: number; shown: number; fade: any; target: number; ms: number } } = {};
  var cfg = function (v: PVal, k: string, dflt?: number): number {
    var x = pGet(v, k);
    if (x === undefined) {
      if (dflt === undefined) throw new PlatformError();
      return dflt;
    }
    return int(x);
  };
  var chan = function (mode: PVal, ch: PVal): any {
    var c = chans['c' + int(ch)];
    if (c === undefined || (mode !== 0 && mode !== 1 && mode !== 'high_speed' && mode !== 'low_speed')) throw new PlatformError();
    return c;
  };
  var show = function (c: any): void {
    var t = timers['t' + c.timer] || { freq: 5000, bits: 10 };
    var max = Math.pow(2, t.bits);
    c.shown = c.duty;
    api.analogWrite(c.pin, c.duty >= max ? 1 : c.duty / max, { freq: t.freq });
  };
  var stopFade = function (c: any): void {
    if (c.fade !== null) {
      api.clearInterval(c.fade);
      c.fade = null;
    }
  };
  sv['ledc:timer_config/1'] = function (a) {
    var bits = cfg(a[0], 'duty_resolution');
    var freq = cfg(a[0], 'freq_hz');
    if (bits < 1 || bits > 20 || freq <= 0) throw new PlatformError();
    timers['t' + cfg(a[0], 'timer_num', 0)] = { freq: freq, bits: bits };
    return 'ok';
  };
  sv['ledc:channel_config/1'] = function (a) {
    var c = { pin: pin(cfg(a[0], 'gpio_num')), timer: cfg(a[0], 'timer_sel', 0), duty: cfg(a[0], 'duty', 0), shown: -1, fade: null, target: 0, ms: 0 };
    var old = chans['c' + cfg(a[0], 'channel')];
    if (old) stopFade(old);
    chans['c' + cfg(a[0], 'channel')] = c;
    show(c);
    return 'ok';
  };
  sv['ledc:set_duty/3'] = function (a) { chan(a[0], a[1]).duty = int(a[2]); return 'ok'; };
  sv['ledc:get_duty/2'] = function (a) { return chan(a[0], a[1]).shown; };
  sv['ledc:update_duty/2'] = function (a) { var c = chan(a[0], a[1]); stopFade(c); show(c); return 'ok'; };
  sv['ledc:set_duty_and_update/4'] = function (a) { var c = chan(a[0], a[1]); stopFade(c); c.duty = int(a[2]); show(c); return 'ok'; };
  sv['ledc:set_freq/3'] = function (a) {
    var t = timers['t' + int(a[1])];
    if (t === undefined) throw new PlatformError();
    t.freq = int(a[2]);
    for (var k in chans) if (chans.hasOwnProperty(k) && chans[k].timer === int(a[1])) show(chans[k]);
    return 'ok';
  };
  sv['ledc:get_freq/2'] = function (a) { var t = timers['t' + int(a[1])]; return t ? t.freq : 0; };
  sv['ledc:fade_func_install/1'] = function () { return 'ok'; };
  sv['ledc:fade_func_uninstall/0'] = function () { return 'ok'; };
  sv['ledc:set_fade_with_time/4'] = function (a) { var c = chan(a[0], a[1]); c.target = int(a[2]); c.ms = int(a[3]); return 'ok'; };
  sv['ledc:set_fade_with_step/5'] = function (a) {
    var c = chan(a[0], a[1]);
    c.target = int(a[2]);
    var steps = Math.abs(c.target - c.shown) / Math.max(1, int(a[3]));
    c.ms = Math.round(steps * int(a[4]) * 1000 / ((timers['t' + c.timer] || { freq: 5000 }).freq));
    return 'ok';
  };
  sv['ledc:fade_start/3'] = function (a, call) {
    var c = chan(a[0], a[1]);
    stopFade(c);
    var from = c.shown < 0 ? c.duty : c.shown;
    var t0 = api.getTime();
    var total = Math.max(1, c.ms);
    if (a[2] === 'fade_wait_done' || a[2] === 1) {
      c.duty = c.target;
      show(c);
      return 'ok';
    }
    st.sources++;
    c.fade = api.setInterval(function () {
      var f = ((api.getTime() - t0) * 1000) / total;
      if (f >= 1) {
        stopFade(c);
        st.sources--;
        c.duty = c.target;
        show(c);
        vmPost(call.pid, tup('ledc_fade_end', int(a[1])));
        return;
      }
      c.duty = Math.round(from + (c.target - from) * f);
      show(c);
    }, 20);
    return 'ok';
  };
  sv['ledc:set_fade_time_and_start/5'] = function (a, call) {
    sv['ledc:set_fade_with_time/4']([a[0], a[1], a[2], a[3]], call);
    return sv['ledc:fade_start/3']([a[0], a[1], a[4]], call);
  };
  sv['ledc:stop/3'] = function (a) {
    var c = chan(a[0], a[1]);
    stopFade(c);
    c.shown = 0;
    api.digitalWrite(c.pin, level(a[2]));
    return 'ok';
  };
}

// ---- I2C, SPI, UART ---------------------------------------------------------------------------------

function busServices(st: EspState, sv: { [k: string]: PFn }): void {
  var api = st.api;
  var err = function (e: any): PVal {
    var m = String((e && e.message) || e);
    return tup('error', /timeout/i.test(m) ? 'timeout' : /nack|ack/i.test(m) ? 'ack_error' : 'i2c_error');
  };
  sv['i2c:open/1'] = function (a) {
    var per = pString(pGet(a[0], 'peripheral') || [105, 50, 99, 48]);
    var bus = api.periph(per === 'i2c1' ? 'I2C2' : 'I2C1');
    if (bus === null) throw new PlatformError();
    bus.setup({ scl: pin(pGet(a[0], 'scl') as PVal), sda: pin(pGet(a[0], 'sda') as PVal), bitrate: int(pGet(a[0], 'clock_speed_hz') || 100000) });
    return newHandle(st, { kind: 'i2c', bus: bus, addr: -1, buf: [] });
  };
  sv['i2c:close/1'] = function (a) { var h = handle(st, a[0], 'i2c'); delete st.handles['h' + h.id]; return 'ok'; };
  sv['i2c:begin_transmission/2'] = function (a) {
    var h = handle(st, a[0], 'i2c');
    h.addr = int(a[1]);
    h.buf = [];
    return 'ok';
  };
  var add = function (a: PVal[]): PVal {
    var h = handle(st, a[0], 'i2c');
    if (h.addr < 0) return tup('error', 'not_started');
    var b = typeof a[1] === 'number' ? new Uint8Array([int(a[1]) & 255]) : iodataBytes(a[1]);
    if (b === null) throw new PlatformError();
    for (var i = 0; i < b.length; i++) h.buf.push(b[i]);
    return 'ok';
  };
  sv['i2c:write_byte/2'] = add;
  sv['i2c:write_bytes/2'] = add;
  sv['i2c:qwrite_bytes/2'] = add;
  sv['i2c:end_transmission/1'] = function (a) {
    var h = handle(st, a[0], 'i2c');
    if (h.addr < 0) return tup('error', 'not_started');
    var addr = h.addr;
    h.addr = -1;
    try {
      h.bus.writeTo(addr, new Uint8Array(h.buf));
    } catch (e) {
      return err(e);
    }
    return 'ok';
  };
  var write = function (h: any, addr: number, reg: number, data: PVal): PVal {
    var b = typeof data === 'number' ? new Uint8Array([data & 255]) : iodataBytes(data);
    if (b === null) throw new PlatformError();
    var out = new Uint8Array(b.length + (reg >= 0 ? 1 : 0));
    if (reg >= 0) out[0] = reg;
    out.set(b, reg >= 0 ? 1 : 0);
    try {
      h.bus.writeTo(addr, out);
    } catch (e) {
      return err(e);
    }
    return 'ok';
  };
  sv['i2c:write_bytes/3'] = function (a) { return write(handle(st, a[0], 'i2c'), int(a[1]), -1, a[2]); };
  sv['i2c:write_bytes/4'] = function (a) { return write(handle(st, a[0], 'i2c'), int(a[1]), int(a[2]), a[3]); };
  var read = function (h: any, addr: number, reg: number, n: number): PVal {
    try {
      if (reg >= 0) h.bus.writeTo({ address: addr, stop: false }, reg);
      return tup('ok', toBytes(h.bus.readFrom(addr, n)));
    } catch (e) {
      return err(e);
    }
  };
  sv['i2c:read_bytes/3'] = function (a) { return read(handle(st, a[0], 'i2c'), int(a[1]), -1, int(a[2])); };
  sv['i2c:read_bytes/4'] = function (a) { return read(handle(st, a[0], 'i2c'), int(a[1]), int(a[2]), int(a[3])); };

  // SPI: bus_config (miso, mosi, sclk, peripheral "hspi"/"vspi"), devices by name with
  // clock_speed_hz, mode, cs, address_len_bits, command_len_bits
  sv['spi:open/1'] = function (a) {
    var bc = pGet(a[0], 'bus_config');
    var dc = pGet(a[0], 'device_config');
    if (bc === undefined || dc === undefined) throw new PlatformError();
    var per = pString(pGet(bc, 'peripheral') || [104, 115, 112, 105]);
    var bus = api.periph(per === 'vspi' ? 'SPI2' : 'SPI1');
    if (bus === null) throw new PlatformError();
    var devs: { [k: string]: any } = {};
    var list: PVal[] = isList(dc) ? (dc as PVal[]) : ((dc as any).map || []).map(function (kv: PVal[]) { return tup(kv[0], kv[1]); });
    for (var i = 0; i < list.length; i++) {
      var t = (list[i] as PTuple).tuple;
      if (!t || t.length !== 2 || typeof t[0] !== 'string') throw new PlatformError();
      devs['d' + t[0]] = {
        hz: int(pGet(t[1], 'clock_speed_hz') || 1000000),
        mode: int(pGet(t[1], 'mode') || 0),
        cs: pGet(t[1], 'cs') === undefined ? -1 : pin(pGet(t[1], 'cs') as PVal),
        abits: int(pGet(t[1], 'address_len_bits') || 0),
        cbits: int(pGet(t[1], 'command_len_bits') || 0),
      };
      if (devs['d' + t[0]].cs >= 0) api.digitalWrite(devs['d' + t[0]].cs, 1);
    }
    var sck = pGet(bc, 'sclk');
    var cfg = { sck: pin(sck === undefined ? (pGet(bc, 'sck') as PVal) : sck), miso: pin(pGet(bc, 'miso') as PVal), mosi: pin(pGet(bc, 'mosi') as PVal) };
    return newHandle(st, { kind: 'spi', bus: bus, cfg: cfg, devs: devs });
  };
  sv['spi:close/1'] = function (a) { var h = handle(st, a[0], 'spi'); delete st.handles['h' + h.id]; return 'ok'; };
  var xfer = function (h: any, dev: PVal, tx: number[], rxFrom: number): Uint8Array {
    var d = typeof dev === 'string' ? h.devs['d' + dev] : undefined;
    if (d === undefined) throw new PlatformError();
    h.bus.setup({ sck: h.cfg.sck, miso: h.cfg.miso, mosi: h.cfg.mosi, baud: d.hz, mode: d.mode });
    var rx = toBytes(d.cs >= 0 ? h.bus.send(new Uint8Array(tx), d.cs) : h.bus.send(new Uint8Array(tx)));
    return rx.subarray(rxFrom);
  };
  var be = function (v: number, bits: number, out: number[]): void {
    for (var b = bits - 8; b >= 0; b -= 8) out.push(Math.floor(v / Math.pow(2, b)) & 255);
  };
  var beVal = function (b: Uint8Array): number {
    var v = 0;
    for (var i = 0; i < b.length; i++) v = v * 256 + b[i];
    return v;
  };
  var head = function (h: any, dev: PVal, cmd: number, addr: number): number[] {
    var d = typeof dev === 'string' ? h.devs['d' + dev] : undefined;
    if (d === undefined) throw new PlatformError();
    var tx: number[] = [];
    if (d.cbits > 0) be(cmd, d.cbits, tx);
    if (d.abits > 0) be(addr, d.abits, tx);
    return tx;
  };
  sv['spi:read_at/4'] = function (a) {
    var h = handle(st, a[0], 'spi');
    var tx = head(h, a[1], 0, int(a[2]));
    var n = tx.length;
    for (var i = 0; i < Math.ceil(int(a[3]) / 8); i++) tx.push(0);
    return tup('ok', beVal(xfer(h, a[1], tx, n)));
  };
  sv['spi:write_at/5'] = function (a) {
    var h = handle(st, a[0], 'spi');
    var tx = head(h, a[1], 0, int(a[2]));
    var n = tx.length;
    be(int(a[4]), Math.ceil(int(a[3]) / 8) * 8, tx);
    return tup('ok', beVal(xfer(h, a[1], tx, n)));
  };
  var trans = function (a: PVal[], wantRead: boolean): PVal {
    var h = handle(st, a[0], 'spi');
    var m = a[2];
    var tx = head(h, a[1], int(pGet(m, 'command') || 0), int(pGet(m, 'address') || 0));
    var n = tx.length;
    var wd = pGet(m, 'write_data');
    var wb = wd === undefined ? new Uint8Array(0) : iodataBytes(wd);
    if (wb === null) throw new PlatformError();
    var wbits = pGet(m, 'write_bits');
    var wlen = wbits === undefined ? wb.length : Math.ceil(int(wbits) / 8);
    var rbits = pGet(m, 'read_bits');
    var rlen = rbits === undefined ? (wantRead ? wlen : 0) : Math.ceil(int(rbits) / 8);
    for (var i = 0; i < Math.max(wlen, rlen); i++) tx.push(i < wb.length ? wb[i] : 0);
    var rx = xfer(h, a[1], tx, n);
    return wantRead ? tup('ok', rx.subarray(0, rlen)) : 'ok';
  };
  sv['spi:write/3'] = function (a) { return trans(a, false); };
  sv['spi:write_read/3'] = function (a) { return trans(a, true); };

  // UART: "UART1" -> Serial2, "UART2" -> Serial3 (Serial1 is UART0, Espruino's console).
  // Data is buffered; uart:read_or_wait/1 answers {ok, Data} when there is some, else
  // {wait, Port}, and the caller gets {io_reply, Port, {ok, Data}} once data arrives.
  var uopen = function (name: PVal, o: PVal): PVal {
    var n = pString(name);
    var ser = api.periph(n === 'UART2' ? 'Serial3' : n === 'UART1' || n === null ? 'Serial2' : '');
    if (ser === null) throw new PlatformError();
    var par = pGet(o, 'parity');
    var fc = pGet(o, 'flow_control');
    var opts: any = {
      bytesize: int(pGet(o, 'data_bits') || 8),
      stopbits: int(pGet(o, 'stop_bits') || 1),
      parity: par === 'even' ? 'e' : par === 'odd' ? 'o' : null,
      flow: fc === 'software' ? 'xon' : fc === 'hardware' ? 'RTS' : null,
    };
    if (pGet(o, 'tx') !== undefined) opts.tx = pin(pGet(o, 'tx') as PVal);
    if (pGet(o, 'rx') !== undefined) opts.rx = pin(pGet(o, 'rx') as PVal);
    ser.setup(int(pGet(o, 'speed') || 115200), opts);
    var h = { kind: 'uart', ser: ser, buf: '', waiter: -1, id: 0, open: true };
    var port = newHandle(st, h);
    ser.on('data', function (d: string) {
      if (!h.open) return;
      h.buf += d;
      if (h.waiter >= 0) {
        var w = h.waiter;
        h.waiter = -1;
        st.sources--;
        var b = toBytes(h.buf);
        h.buf = '';
        vmPost(w, tup('io_reply', port, tup('ok', b)));
      }
    });
    return port;
  };
  sv['uart:open/2'] = function (a) { return uopen(a[0], a[1]); };
  sv['uart:open/1'] = function (a) { return uopen(pGet(a[0], 'peripheral') || [85, 65, 82, 84, 49], a[0]); };
  sv['uart:write/2'] = function (a) {
    var h = handle(st, a[0], 'uart');
    var b = iodataBytes(a[1]);
    if (b === null) throw new PlatformError();
    h.ser.write(bytesToStr(b));
    return 'ok';
  };
  sv['uart:read_or_wait/1'] = function (a, call) {
    var h = handle(st, a[0], 'uart');
    if (h.buf.length > 0) {
      var b = toBytes(h.buf);
      h.buf = '';
      return tup('ok', b);
    }
    if (h.waiter < 0) st.sources++;
    h.waiter = call.pid;
    return tup('wait', a[0]);
  };
  sv['uart:cancel_read/1'] = function (a) {
    var h = handle(st, a[0], 'uart');
    if (h.waiter >= 0) st.sources--;
    h.waiter = -1;
    return 'ok';
  };
  sv['uart:close/1'] = function (a) {
    var h = handle(st, a[0], 'uart');
    if (h.waiter >= 0) st.sources--;
    h.open = false;
    h.waiter = -1;
    if (typeof h.ser.removeAllListeners === 'function') h.ser.removeAllListeners('data');
    delete st.handles['h' + h.id];
    return 'ok';
  };
}

/** The Espruino platform (name esp32). `wake` runs the VM soon; see espruinoLoop. */
export function espruinoPlatform(api: EspruinoApi, wake: () => void): Platform {
  var st: EspState = { api: api, handles: {}, next: 1, sources: 0 };
  var sv: { [k: string]: PFn } = {};
  // a restart of ours left a marker (esp:reset_reason/0 says esp_rst_sw once)
  try {
    var S = api.require('Storage');
    if (S.read('.avmrst') !== undefined) {
      st.handles.resetReason = 'esp_rst_sw';
      S.erase('.avmrst');
    }
  } catch (e) {
    // no Storage: power-on
  }
  espServices(st, sv);
  gpioServices(st, sv);
  ledcServices(st, sv);
  busServices(st, sv);
  netServices(st, sv);
  var E = api.E;
  return {
    name: 'esp32',
    random:
      E && typeof E.hwRand === 'function'
        ? function () { return E.hwRand() >>> 0; }
        : function () { return Math.floor(Math.random() * 4294967296) >>> 0; },
    services: sv,
    pending: function () { return st.sources > 0; },
    wake: wake,
  };
}

/**
 * Drives the VM from Espruino's timers: a slice of `sliceMs`, then setTimeout(0) while busy, the
 * next VM timer's delay while idle, nothing while waiting for I/O (wake() restarts it). `done` is
 * called once with the return value's text.
 */
export function espruinoLoop(api: EspruinoApi, sliceMs: number, write: (s: string) => void, done: (ok: boolean, text: string) => void): { wake: () => void; start: () => void } {
  var timer: any = null;
  var due = 0; // when the pending timer fires (getTime seconds)
  var ended = false;
  var step = function (): void {
    timer = null;
    if (ended) return;
    var r: number;
    try {
      r = vmRunSlice(sliceMs);
    } catch (e) {
      ended = true;
      write('AtomVM error: ' + ((e && (e as Error).message) || e) + '\n');
      done(false, 'error');
      return;
    }
    if (r === SliceResult.DONE) {
      ended = true;
      done(result.ok, result.text);
      return;
    }
    var w = r === SliceResult.BUSY ? 0 : vmNextWake();
    if (w < 0) {
      ended = true;
      done(result.ok, result.text);
      return;
    }
    if (w === WAIT_IO) return;
    due = api.getTime() + w / 1000;
    timer = api.setTimeout(step, w);
  };
  var wake = function (): void {
    if (ended) return;
    if (timer !== null) {
      if (due <= api.getTime() + 0.001) return;
      api.clearTimeout(timer);
    }
    due = api.getTime();
    timer = api.setTimeout(step, 0);
  };
  return { wake: wake, start: wake };
}
