// The Espruino backend: AtomVM's ESP32 APIs (platform esp32) over stock Espruino's built-ins
// (flash-and-hal.md section 4.6), for the VM bundle that runs as Espruino's boot code.
//
//   AtomVM                         Espruino
//   gpio (pins, pulls, levels)     pinMode / digitalWrite / digitalRead
//   gpio:nif_set_int, remove_int   setWatch / clearWatch -> {gpio_interrupt, Pin}
//   ledc (timers, channels, fades) analogWrite(pin, duty / 2^resolution, {freq})
//   i2c                            I2C1/I2C2 .setup / writeTo / readFrom
//   spi                            SPI1/SPI2 .setup / send (+ digitalWrite on the CS pin)
//   uart                           Serial2/Serial3 .setup / write / on('data')
//   esp:nvs_* (and esp:*_binary)   require('Storage'): one file "nvs.<namespace>" per namespace
//   esp:restart, deep_sleep ...    E.reboot, ESP32.deepSleep, ESP32.getWakeupCause
//   avm_wifi, avm_net              require('Wifi'), require('dgram'), require('net') (net.ts)
//   system_info esp_*              process.memory, ESP32.getState (espruinoSystemInfo)
//
// The service names and message shapes are those of the simulated board (src/tools/sim/*.ts,
// test/tools/espruino_backend.test.ts checks the lists match): the lib.avm modules gpio, spi, uart,
// esp, network, gen_tcp, gen_udp and inet call private primitives (gpio:nif_*, spi:nif_*,
// uart:nif_read/2, avm_wifi:*, avm_net:*) whose blocking forms answer `wait` and post a message.
// The event loop lives in espruinoLoop(): slices of the VM run from setTimeout; while every
// process waits for I/O no timer is set and Espruino idles until an event (a watch, a packet)
// posts a message and wake() schedules the next slice.
import { Platform, PFn, PVal, PTuple, PlatformError, vmPost, iodataBytes, pString, pGet, isBytes, isList } from '../../vm/platform';
import { vmRunSlice, vmNextWake, result } from '../../vm/vm';
import { SliceResult, WAIT_IO } from '../../vm/scheduler';
import { EspruinoApi } from './espruino';
import { EspState, tup, bytesToStr, toBytes, int, handle, newHandle } from './util';
import { netServices, netPending } from './net';

// ---- NVS in Storage ------------------------------------------------------------------------------
// A namespace is one Storage file "nvs.<ns>": records [key length][key][value length, 3 bytes][value].

/** a namespace or key: an atom, binary or charlist of 1..15 characters */
function nvsKey(k: PVal): string {
  var s = typeof k === 'string' ? k : pString(k);
  if (s === null || s.length === 0 || s.length > 15) throw new PlatformError();
  return s;
}
function nvsName(ns: PVal): string {
  return 'nvs.' + nvsKey(ns);
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
  // each as esp:X and esp:nvs_X, as on the simulated board (esp.erl adds get_binary/3 with a default)
  var both = function (k: string, f: PFn): void {
    sv['esp:' + k] = f;
    sv['esp:nvs_' + k] = f;
  };
  both('get_binary/2', function (a) { var v = get(a); return v === undefined ? 'undefined' : v; });
  both('get_binary/1', function (a) { var v = get(d(a)); return v === undefined ? 'undefined' : v; });
  both('set_binary/3', set);
  both('set_binary/2', function (a) { return set(d(a)); });
  both('erase_key/2', erase);
  both('erase_key/1', function (a) { return erase(d(a)); });
  both('erase_all/1', eraseAll);
  both('erase_all/0', function () { return eraseAll(['atomvm']); });
  both('reformat/0', reformat);

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
  // on st: a re-run (lazy natives) must see the pins and watches of the earlier ones
  var g = st.gpio || (st.gpio = { watches: {}, pulls: {}, dirs: {} });
  var watches = g.watches;
  var pulls = g.pulls;
  var dirs = g.dirs;
  var mode = function (p: number, dir: PVal): PVal {
    var m: string;
    if (dir === 'input') m = pulls['p' + p] || 'input';
    else if (dir === 'output') m = 'output';
    else if (dir === 'output_od') m = 'opendrain';
    else if (dir === 'input_output') m = 'output'; // Espruino reads an output pin's level back
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
  // the natives of the simulated board; the port forms (gpio:open/0, set_int/3 ...) are in
  // src/erlang/gpio.erl over the private nif_* primitives
  sv['gpio:set_pin_mode/2'] = function (a) { return mode(pin(a[0]), a[1]); };
  sv['gpio:set_direction/2'] = sv['gpio:set_pin_mode/2'];
  sv['gpio:set_pin_pull/2'] = function (a) { return pull(pin(a[0]), a[1]); };
  sv['gpio:digital_write/2'] = function (a) { api.digitalWrite(pin(a[0]), level(a[1])); return 'ok'; };
  sv['gpio:digital_read/1'] = function (a) { return api.digitalRead(pin(a[0])) ? 'high' : 'low'; };
  sv['gpio:nif_open/0'] = function () { return { port: 1 }; };
  sv['gpio:nif_set_int/3'] = function (a) {
    var to = a[2] as any;
    if (to === null || typeof to !== 'object' || typeof to.pid !== 'number') throw new PlatformError();
    return setInt(pin(a[0]), a[1], to.pid);
  };
  sv['gpio:nif_remove_int/1'] = function (a) { return removeInt(pin(a[0])); };
}

// ---- LEDC (PWM) --------------------------------------------------------------------------------------

function ledcServices(st: EspState, sv: { [k: string]: PFn }): void {
  var api = st.api;
  // on st: a re-run (lazy natives) must see the timers, channels and fades of the earlier ones
  var L = st.ledc || (st.ledc = { timers: {}, chans: {}, faders: false });
  var timers = L.timers;
  var chans = L.chans;
  var bad = tup('error', 'invalid_state');
  var cfg = function (v: PVal, k: string, dflt?: number): number {
    var x = pGet(v, k);
    if (x === undefined) {
      if (dflt === undefined) throw new PlatformError();
      return dflt;
    }
    return int(x);
  };
  var speed = function (m: PVal | undefined): number {
    var v = int(m);
    if (v !== 0 && v !== 1) throw new PlatformError();
    return v;
  };
  /** the channel of (speed mode, channel), null when not configured */
  var chan = function (m: PVal, ch: PVal): any {
    var n = int(ch);
    if (n < 0 || n > 7) throw new PlatformError();
    var c = chans['c' + speed(m) + '/' + n];
    return c === undefined ? null : c;
  };
  var max = function (c: any): number {
    return Math.pow(2, timers['t' + c.timer].bits) - 1;
  };
  var show = function (c: any): void {
    var t = timers['t' + c.timer];
    api.analogWrite(c.pin, c.duty / Math.pow(2, t.bits), { freq: t.freq });
  };
  var stopFade = function (c: any): void {
    if (c.fade !== null) api.clearInterval(c.fade);
    c.fade = null;
  };
  /** get_duty during a fade follows it */
  var fadeTo = function (c: any, to: number, ms: number): void {
    stopFade(c);
    var from = c.duty;
    var t0 = api.getTime();
    var total = Math.max(1, ms);
    c.fade = api.setInterval(function () {
      var f = ((api.getTime() - t0) * 1000) / total;
      c.duty = f >= 1 ? to : Math.round(from + (to - from) * f);
      c.next = c.duty;
      show(c);
      if (f >= 1) stopFade(c);
    }, 20);
  };
  sv['ledc:timer_config/1'] = function (a) {
    var bits = cfg(a[0], 'duty_resolution');
    var freq = cfg(a[0], 'freq_hz');
    speed(pGet(a[0], 'speed_mode'));
    var n = cfg(a[0], 'timer_num');
    if (bits < 1 || bits > 20 || freq < 1 || n < 0 || n > 3) throw new PlatformError();
    timers['t' + n] = { freq: freq, bits: bits };
    return 'ok';
  };
  sv['ledc:channel_config/1'] = function (a) {
    var n = cfg(a[0], 'channel');
    var m = speed(pGet(a[0], 'speed_mode'));
    var p = pin(cfg(a[0], 'gpio_num'));
    var t = cfg(a[0], 'timer_sel');
    var duty = cfg(a[0], 'duty', 0);
    cfg(a[0], 'hpoint', 0);
    if (n < 0 || n > 7 || p > 33 || duty < 0) throw new PlatformError();
    if (timers['t' + t] === undefined) return bad;
    var old = chans['c' + m + '/' + n];
    if (old) stopFade(old);
    var c = { pin: p, timer: t, duty: duty, next: duty, fade: null, pending: null };
    chans['c' + m + '/' + n] = c;
    show(c);
    return 'ok';
  };
  sv['ledc:set_duty/3'] = function (a) {
    var c = chan(a[0], a[1]);
    var d = int(a[2]);
    if (c === null) return bad;
    c.next = Math.min(d, max(c));
    return 'ok';
  };
  sv['ledc:update_duty/2'] = function (a) {
    var c = chan(a[0], a[1]);
    if (c === null) return bad;
    stopFade(c);
    c.duty = c.next;
    show(c);
    return 'ok';
  };
  sv['ledc:set_duty_and_update/4'] = function (a) {
    var c = chan(a[0], a[1]);
    var d = int(a[2]);
    int(a[3]);
    if (c === null) return bad;
    stopFade(c);
    c.duty = c.next = Math.min(d, max(c));
    show(c);
    return 'ok';
  };
  sv['ledc:get_duty/2'] = function (a) {
    var c = chan(a[0], a[1]);
    return c === null ? bad : c.duty;
  };
  sv['ledc:set_freq/3'] = function (a) {
    speed(a[0]);
    var n = int(a[1]);
    var t = timers['t' + n];
    if (t === undefined) return bad;
    t.freq = int(a[2]);
    for (var k in chans) if (chans.hasOwnProperty(k) && chans[k].timer === n) show(chans[k]);
    return 'ok';
  };
  sv['ledc:get_freq/2'] = function (a) {
    speed(a[0]);
    var t = timers['t' + int(a[1])];
    return t ? t.freq : 0;
  };
  sv['ledc:stop/3'] = function (a) {
    var c = chan(a[0], a[1]);
    var idle = int(a[2]);
    if (idle !== 0 && idle !== 1) throw new PlatformError();
    if (c === null) return bad;
    stopFade(c);
    c.duty = c.next = idle ? max(c) : 0;
    api.digitalWrite(c.pin, idle);
    return 'ok';
  };
  sv['ledc:fade_func_install/1'] = function (a) { int(a[0]); L.faders = true; return 'ok'; };
  sv['ledc:fade_func_uninstall/0'] = function () { L.faders = false; return 'ok'; };
  sv['ledc:set_fade_with_time/4'] = function (a) {
    var c = chan(a[0], a[1]);
    var to = int(a[2]);
    var ms = int(a[3]);
    if (c === null || !L.faders) return bad;
    c.pending = { to: Math.min(to, max(c)), ms: ms };
    return 'ok';
  };
  sv['ledc:set_fade_with_step/5'] = function (a) {
    var c = chan(a[0], a[1]);
    var to = int(a[2]);
    var scale = Math.max(1, int(a[3]));
    var cycles = Math.max(1, int(a[4]));
    if (c === null || !L.faders) return bad;
    var steps = Math.ceil(Math.abs(to - c.duty) / scale);
    c.pending = { to: Math.min(to, max(c)), ms: Math.round((steps * cycles * 1000) / Math.max(1, timers['t' + c.timer].freq)) };
    return 'ok';
  };
  sv['ledc:fade_start/3'] = function (a) {
    var c = chan(a[0], a[1]);
    int(a[2]);
    if (c === null || c.pending === null) return bad;
    fadeTo(c, c.pending.to, c.pending.ms);
    c.pending = null;
    return 'ok';
  };
  sv['ledc:set_fade_time_and_start/5'] = function (a) {
    var c = chan(a[0], a[1]);
    var to = int(a[2]);
    var ms = int(a[3]);
    int(a[4]);
    if (c === null || !L.faders) return bad;
    fadeTo(c, Math.min(to, max(c)), ms);
    return 'ok';
  };
}

// ---- I2C, SPI, UART ---------------------------------------------------------------------------------

function busServices(st: EspState, sv: { [k: string]: PFn }): void {
  var api = st.api;
  var opt = function (o: PVal, k1: string, k2: string): PVal | undefined {
    var v = pGet(o, k1);
    return v === undefined ? pGet(o, k2) : v;
  };

  // I2C: I2C1 (I2C2 with {peripheral, "i2c1"}). A transmission queues writes ({addr, bytes}) that
  // end_transmission sends; errors as the simulated board: {error, ack_error | no_transmission}
  var i2cErr = function (e: any): PVal {
    var m = String((e && e.message) || e);
    return tup('error', /timeout/i.test(m) ? 'timeout' : 'ack_error');
  };
  var i2cBytes = function (v: PVal): Uint8Array {
    if (typeof v === 'number') {
      if (v !== (v & 255)) throw new PlatformError();
      return new Uint8Array([v]);
    }
    var b = iodataBytes(v);
    if (b === null) throw new PlatformError();
    return b;
  };
  var i2cAddr = function (v: PVal): number {
    var n = int(v);
    if (n < 0 || n > 127) throw new PlatformError();
    return n;
  };
  var withReg = function (reg: PVal, b: Uint8Array): Uint8Array {
    var r = int(reg);
    if (r !== (r & 255)) throw new PlatformError();
    var out = new Uint8Array(b.length + 1);
    out[0] = r;
    out.set(b, 1);
    return out;
  };
  var i2cWrite = function (h: any, addr: number, b: Uint8Array): PVal {
    try {
      h.bus.writeTo(addr, b);
    } catch (e) {
      return i2cErr(e);
    }
    return 'ok';
  };
  var queue = function (v: PVal, addr: number, b: Uint8Array): PVal {
    var h = handle(st, v, 'i2c');
    if (h.queue === null) return tup('error', 'no_transmission');
    if (addr < 0) {
      if (h.queue.length === 0) return tup('error', 'no_transmission');
      var last = h.queue[h.queue.length - 1];
      for (var i = 0; i < b.length; i++) last.bytes.push(b[i]);
    } else {
      var l: number[] = [];
      for (var j = 0; j < b.length; j++) l.push(b[j]);
      h.queue.push({ addr: addr, bytes: l });
    }
    return 'ok';
  };
  sv['i2c:open/1'] = function (a) {
    var o = a[0];
    var per = pString(pGet(o, 'peripheral') || [105, 50, 99, 48]);
    var bus = api.periph(per === 'i2c1' ? 'I2C2' : 'I2C1');
    if (bus === null) throw new PlatformError();
    var hz = opt(o, 'clock_speed_hz', 'i2c_clock_hz');
    bus.setup({ scl: pin(opt(o, 'scl', 'scl_io_num') as PVal), sda: pin(opt(o, 'sda', 'sda_io_num') as PVal), bitrate: hz === undefined ? 100000 : int(hz) });
    return newHandle(st, { kind: 'i2c', bus: bus, queue: null });
  };
  sv['i2c:close/1'] = function (a) { var h = handle(st, a[0], 'i2c'); delete st.handles['h' + h.id]; return 'ok'; };
  sv['i2c:begin_transmission/1'] = function (a) { handle(st, a[0], 'i2c').queue = []; return 'ok'; };
  sv['i2c:begin_transmission/2'] = function (a) { handle(st, a[0], 'i2c').queue = [{ addr: i2cAddr(a[1]), bytes: [] }]; return 'ok'; };
  sv['i2c:qwrite_byte/2'] = function (a) { return queue(a[0], -1, i2cBytes(int(a[1]))); };
  sv['i2c:qwrite_bytes/2'] = function (a) { return queue(a[0], -1, i2cBytes(a[1])); };
  sv['i2c:qwrite_bytes/3'] = function (a) { return queue(a[0], i2cAddr(a[1]), i2cBytes(a[2])); };
  sv['i2c:qwrite_bytes/4'] = function (a) { return queue(a[0], i2cAddr(a[1]), withReg(a[2], i2cBytes(a[3]))); };
  sv['i2c:end_transmission/1'] = function (a) {
    var h = handle(st, a[0], 'i2c');
    var q = h.queue;
    h.queue = null;
    if (q === null) return tup('error', 'no_transmission');
    for (var i = 0; i < q.length; i++) {
      var r = i2cWrite(h, q[i].addr, new Uint8Array(q[i].bytes));
      if (r !== 'ok') return r;
    }
    return 'ok';
  };
  sv['i2c:write_byte/3'] = function (a) { return i2cWrite(handle(st, a[0], 'i2c'), i2cAddr(a[1]), i2cBytes(int(a[2]))); };
  sv['i2c:write_bytes/3'] = function (a) { return i2cWrite(handle(st, a[0], 'i2c'), i2cAddr(a[1]), i2cBytes(a[2])); };
  sv['i2c:write_bytes/4'] = function (a) { return i2cWrite(handle(st, a[0], 'i2c'), i2cAddr(a[1]), withReg(a[2], i2cBytes(a[3]))); };
  var i2cRead = function (h: any, addr: number, reg: number, n: number): PVal {
    try {
      if (reg >= 0) h.bus.writeTo({ address: addr, stop: false }, reg);
      return tup('ok', toBytes(h.bus.readFrom(addr, n)));
    } catch (e) {
      return i2cErr(e);
    }
  };
  sv['i2c:read_bytes/3'] = function (a) { return i2cRead(handle(st, a[0], 'i2c'), i2cAddr(a[1]), -1, int(a[2])); };
  sv['i2c:read_bytes/4'] = function (a) {
    var r = int(a[2]);
    if (r !== (r & 255)) throw new PlatformError();
    return i2cRead(handle(st, a[0], 'i2c'), i2cAddr(a[1]), r, int(a[3]));
  };

  // SPI: SPI1 (SPI2 with {peripheral, "vspi"}); bus_config miso/mosi/sclk (or *_io_num);
  // device_config [{Name, Cfg}] or one device's Cfg (named `default`): cs | spi_cs_io_num,
  // clock_speed_hz | spi_clock_hz, mode | spi_mode, address_len_bits (8), command_len_bits (0).
  // spi.erl calls nif_read_at/4, nif_write_at/5, nif_write_read/3 with a device name or `default`
  // (the first device).
  sv['spi:open/1'] = function (a) {
    var bc = pGet(a[0], 'bus_config');
    var dc = pGet(a[0], 'device_config');
    if (bc === undefined || dc === undefined) throw new PlatformError();
    var per = pString(pGet(bc, 'peripheral') || [104, 115, 112, 105]);
    var bus = api.periph(per === 'vspi' ? 'SPI2' : 'SPI1');
    if (bus === null) throw new PlatformError();
    var list: PVal[] = isList(dc) ? (dc as PVal[]) : ((dc as any).map || []).map(function (kv: PVal[]) { return tup(kv[0], kv[1]); });
    var named = list.length > 0;
    for (var i = 0; i < list.length; i++) {
      var t = list[i] !== null && typeof list[i] === 'object' ? (list[i] as PTuple).tuple : undefined;
      if (!t || t.length !== 2 || typeof t[0] !== 'string' || !isList(t[1])) named = false;
    }
    if (!named) list = [tup('default', dc)];
    var devs: any[] = [];
    for (var j = 0; j < list.length; j++) {
      var e = (list[j] as PTuple).tuple;
      var c = e[1];
      var cs = opt(c, 'cs', 'spi_cs_io_num');
      var hz = opt(c, 'clock_speed_hz', 'spi_clock_hz');
      var md = opt(c, 'mode', 'spi_mode');
      var ab = pGet(c, 'address_len_bits');
      var cb = pGet(c, 'command_len_bits');
      var d = {
        name: e[0],
        cs: pin(cs as PVal),
        hz: hz === undefined ? 1000000 : int(hz),
        mode: md === undefined ? 0 : int(md),
        abits: ab === undefined ? 8 : int(ab),
        cbits: cb === undefined ? 0 : int(cb),
      };
      if (d.mode < 0 || d.mode > 3 || d.abits < 0 || d.abits > 64 || d.hz < 1) throw new PlatformError();
      api.digitalWrite(d.cs, 1);
      devs.push(d);
    }
    var sck = opt(bc, 'sclk', 'sclk_io_num');
    var miso = opt(bc, 'miso', 'miso_io_num');
    var mosi = opt(bc, 'mosi', 'mosi_io_num');
    var pins = { sck: pin(sck === undefined ? (pGet(bc, 'sck') as PVal) : sck), miso: miso === undefined ? undefined : pin(miso), mosi: mosi === undefined ? undefined : pin(mosi) };
    return newHandle(st, { kind: 'spi', bus: bus, pins: pins, devs: devs });
  };
  sv['spi:close/1'] = function (a) { var h = handle(st, a[0], 'spi'); delete st.handles['h' + h.id]; return 'ok'; };
  var dev = function (h: any, name: PVal): any {
    for (var i = 0; i < h.devs.length; i++) if (name === 'default' || h.devs[i].name === name) return h.devs[i];
    throw new PlatformError();
  };
  var be = function (v: number, bits: number, out: number[]): void {
    for (var b = Math.ceil(bits / 8) * 8 - 8; b >= 0; b -= 8) out.push(Math.floor(v / Math.pow(2, b)) & 255);
  };
  var beVal = function (b: Uint8Array): number {
    var v = 0;
    for (var i = 0; i < b.length; i++) v = v * 256 + b[i];
    return v;
  };
  /** one transaction: [command][address] then `body`; the bytes clocked in during the body */
  var xfer = function (h: any, d: any, cmd: number, addr: number, body: number[]): Uint8Array {
    var tx: number[] = [];
    if (d.cbits > 0) be(cmd, d.cbits, tx);
    if (d.abits > 0) be(addr, d.abits, tx);
    var n = tx.length;
    for (var i = 0; i < body.length; i++) tx.push(body[i]);
    h.bus.setup({ sck: h.pins.sck, miso: h.pins.miso, mosi: h.pins.mosi, baud: d.hz, mode: d.mode });
    return toBytes(h.bus.send(new Uint8Array(tx), d.cs)).subarray(n);
  };
  var bits32 = function (v: PVal): number {
    var n = int(v);
    if (n < 1 || n > 32) throw new PlatformError();
    return n;
  };
  sv['spi:nif_read_at/4'] = function (a) {
    var h = handle(st, a[0], 'spi');
    var d = dev(h, a[1]);
    var addr = int(a[2]);
    var body: number[] = [];
    for (var i = 0; i < Math.ceil(bits32(a[3]) / 8); i++) body.push(0);
    return tup('ok', beVal(xfer(h, d, 0, addr, body)));
  };
  sv['spi:nif_write_at/5'] = function (a) {
    var h = handle(st, a[0], 'spi');
    var d = dev(h, a[1]);
    var addr = int(a[2]);
    var body: number[] = [];
    be(int(a[4]), bits32(a[3]), body);
    return tup('ok', beVal(xfer(h, d, 0, addr, body)));
  };
  sv['spi:nif_write_read/3'] = function (a) {
    var h = handle(st, a[0], 'spi');
    var d = dev(h, a[1]);
    var m = a[2];
    var wd = pGet(m, 'write_data');
    var wb = wd === undefined ? new Uint8Array(0) : iodataBytes(wd);
    if (wb === null) throw new PlatformError();
    var wbits = pGet(m, 'write_bits');
    var wlen = wbits === undefined ? wb.length : Math.min(wb.length, Math.ceil(int(wbits) / 8));
    var rbits = pGet(m, 'read_bits');
    var rlen = rbits === undefined ? 0 : Math.ceil(int(rbits) / 8);
    var body: number[] = [];
    for (var i = 0; i < Math.max(wlen, rlen); i++) body.push(i < wlen ? wb[i] : 0);
    var addr = pGet(m, 'address');
    var cmd = pGet(m, 'command');
    var save = d.abits;
    if (addr === undefined) d.abits = 0; // no address phase without an address
    try {
      var rx = xfer(h, d, cmd === undefined ? 0 : int(cmd), addr === undefined ? 0 : int(addr), body);
    } finally {
      d.abits = save;
    }
    return tup('ok', new Uint8Array(rx.subarray(0, rlen)));
  };

  // UART: "UART1" -> Serial2, "UART2" -> Serial3 (Serial1 is UART0, Espruino's console). Data is
  // buffered; uart:nif_read(Port, Pid) answers {ok, Data} when there is some, else `wait` (or
  // {error, ealready} while another process waits), and Pid gets {'$uart_data', Port} once data
  // arrives (uart.erl then reads again); nif_cancel_read/1 drops the wait.
  var uopen = function (name: PVal, o: PVal): PVal {
    var n = pString(name);
    var ser = api.periph(n === 'UART2' ? 'Serial3' : n === 'UART1' ? 'Serial2' : '');
    if (ser === null) throw new PlatformError();
    var par = pGet(o, 'parity');
    var fc = pGet(o, 'flow_control');
    var opts: any = {
      bytesize: int(pGet(o, 'data_bits') || 8),
      stopbits: int(pGet(o, 'stop_bits') || 1),
      parity: par === 'even' ? 'e' : par === 'odd' ? 'o' : null,
      flow: fc === 'software' ? 'xon' : fc === 'hardware' ? 'RTS' : null,
    };
    var tx = pGet(o, 'tx');
    var rx = pGet(o, 'rx');
    if (tx !== undefined && tx !== 'default') opts.tx = pin(tx);
    if (rx !== undefined && rx !== 'default') opts.rx = pin(rx);
    ser.setup(int(pGet(o, 'speed') || 115200), opts);
    var h = { kind: 'uart', ser: ser, buf: '', reader: 0, id: 0, open: true };
    var port = newHandle(st, h);
    ser.on('data', function (d: string) {
      if (!h.open) return;
      h.buf += d;
      if (h.reader !== 0) {
        var w = h.reader;
        h.reader = 0;
        st.sources--;
        vmPost(w, tup('$uart_data', port));
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
  sv['uart:nif_read/2'] = function (a) {
    var h = handle(st, a[0], 'uart');
    if (h.buf.length > 0) {
      var b = toBytes(h.buf);
      h.buf = '';
      return tup('ok', b);
    }
    var to = a[1] as any;
    if (to === null || typeof to !== 'object' || typeof to.pid !== 'number') throw new PlatformError();
    if (h.reader !== 0 && h.reader !== to.pid) return tup('error', 'ealready');
    if (h.reader === 0) st.sources++;
    h.reader = to.pid;
    return 'wait';
  };
  sv['uart:nif_cancel_read/1'] = function (a) {
    var h = handle(st, a[0], 'uart');
    if (h.reader !== 0) st.sources--;
    h.reader = 0;
    return 'ok';
  };
  sv['uart:close/1'] = function (a) {
    var id = a[0] !== null && typeof a[0] === 'object' ? (a[0] as any).port : undefined;
    if (typeof id !== 'number') throw new PlatformError();
    var h = st.handles['h' + id];
    if (h === undefined || h.kind !== 'uart') return 'ok';
    if (h.reader !== 0) st.sources--;
    h.open = false;
    h.reader = 0;
    if (typeof h.ser.removeAllListeners === 'function') h.ser.removeAllListeners('data');
    delete st.handles['h' + h.id];
    return 'ok';
  };
}

/** The Espruino platform (name esp32). `wake` runs the VM soon; see espruinoLoop. */
export function espruinoPlatform(api: EspruinoApi, wake: () => void): Platform {
  var st: EspState = { api: api, handles: {}, next: 1, sources: 0 };
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
  var E = api.E;
  return {
    name: 'esp32',
    random:
      E && typeof E.hwRand === 'function'
        ? function () { return E.hwRand() >>> 0; }
        : function () { return Math.floor(Math.random() * 4294967296) >>> 0; },
    // all in groups, whose functions are made only when used (a JS function costs ~7 RAM blocks on
    // Espruino); a group keeps its state on st, as it may run again (see serviceGroups)
    services: {},
    serviceGroups: [
      function (s: { [k: string]: PFn }) { gpioServices(st, s); },
      function (s: { [k: string]: PFn }) { ledcServices(st, s); },
      function (s: { [k: string]: PFn }) { netServices(st, s); },
      function (s: { [k: string]: PFn }) { espServices(st, s); },
      function (s: { [k: string]: PFn }) { busServices(st, s); },
    ],
    pending: function () { return st.sources > 0 || netPending(st); },
    wake: wake,
  };
}

/**
 * erlang:system_info/1's ESP32 keys (src/vm/bifs/system.ts setSystemInfoExtra), as the simulated
 * board answers them (src/tools/sim/esp.ts):
 *   esp_free_heap_size  the free JS memory, process.memory(false).free x blocksize bytes: every term
 *                       of the VM lives in JS variables, so this is what an app can still allocate
 *                       (`false`: no garbage collection first, so it can be slightly low)
 *   esp_chip_info       {esp32, 16#32 (WiFi BGN, BLE, BT), 2 cores, 0}: Espruino's ESP32 port runs on
 *                       the two-core ESP32 and does not expose the silicon revision (0)
 *   esp_idf_version     ESP32.getState().sdkVersion as a charlist ("unknown" without an ESP32 object)
 * Other keys: undefined (badarg). esp_largest_free_block is not answered: Espruino has no query for
 * its largest free run of blocks.
 */
export function espruinoSystemInfo(api: EspruinoApi): (key: string) => PVal | undefined {
  return function (key: string): PVal | undefined {
    if (key === 'esp_free_heap_size') {
      var m = api.memory();
      return m && typeof m.free === 'number' ? m.free * (m.blocksize || 14) : 0;
    }
    if (key === 'esp_chip_info') return tup('esp32', 0x32, 2, 0);
    if (key === 'esp_idf_version') {
      var s = 'unknown';
      try {
        var v = api.ESP32 && typeof api.ESP32.getState === 'function' ? api.ESP32.getState() : null;
        if (v && typeof v.sdkVersion === 'string') s = v.sdkVersion;
      } catch (e) {
        s = 'unknown';
      }
      var l: PVal[] = [];
      for (var i = 0; i < s.length; i++) l.push(s.charCodeAt(i) & 255);
      return l;
    }
    return undefined;
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
