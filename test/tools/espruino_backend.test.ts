// The Espruino bundle (dist/atomvm-espruino.js) in a model of stock Espruino's API, written from
// its documented behaviour (flash-and-hal.md section 4): pinMode/digitalWrite/digitalRead/setWatch,
// analogWrite, I2C1, require('Flash') over a 4 MB flash image holding our partition table and the
// archives, require('Storage') (named files, chunked writes, flash-backed readArrayBuffer), E,
// getTime and timers. The bundle boots as Espruino's .bootcde would: it finds main.avm and lib.avm
// in the table, mirrors them into Storage and runs the app; the test asserts the calls it made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import { tableToBinary, compileCsv } from '../../src/tools/partitions';

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'atomvm-espruino.js');

function build(dir: string, name: string): Uint8Array {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'espruino-'));
  const avm = path.join(out, name + '.avm');
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'build', dir, '-o', avm], { stdio: 'pipe' });
  return new Uint8Array(fs.readFileSync(avm));
}

interface Model {
  ctx: vm.Context;
  calls: string[];
  lines: string[];
  storage: { [k: string]: string };
  watches: { fn: (e: unknown) => void; pin: number; opts: any }[];
  reboots: number;
}

function model(flash: Uint8Array, storage: { [k: string]: string }): Model {
  const m: Model = { ctx: {} as vm.Context, calls: [], lines: [], storage, watches: [], reboots: 0 };
  const rec = (s: string) => m.calls.push(s);
  const levels: { [p: number]: number } = { 0: 1 };
  const str = (d: any): string => (typeof d === 'string' ? d : Array.prototype.map.call(d, (c: number) => String.fromCharCode(c & 255)).join(''));
  const Storage = {
    read(name: string, off?: number, len?: number) {
      const s = storage[name];
      if (s === undefined) return undefined;
      return s.substr(off || 0, len === undefined ? s.length : len);
    },
    readJSON(name: string) {
      const s = storage[name];
      return s === undefined ? undefined : JSON.parse(s);
    },
    readArrayBuffer(name: string) {
      const s = storage[name];
      if (s === undefined) return undefined;
      const b = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
      return b.buffer;
    },
    write(name: string, data: any, off?: number, size?: number) {
      const d = str(data);
      if (off === undefined) storage[name] = d;
      else {
        if (size !== undefined) storage[name] = '\xff'.repeat(size);
        const cur = storage[name];
        if (cur === undefined || off + d.length > cur.length) throw new Error('Storage: write outside the file');
        // flash: bits only go from 1 to 0 without an erase
        for (let i = 0; i < d.length; i++) {
          const o = cur.charCodeAt(off + i);
          if (o !== 0xff && o !== d.charCodeAt(i)) throw new Error('Storage: ' + name + ' written twice at ' + (off + i));
        }
        storage[name] = cur.substr(0, off) + d + cur.substr(off + d.length);
      }
      return true;
    },
    erase(name: string) {
      delete storage[name];
    },
    list(re?: RegExp) {
      return Object.keys(storage).filter((k) => !re || re.test(k));
    },
  };
  const Flash = {
    read(len: number, addr: number) {
      return new Uint8Array(flash.subarray(addr, addr + len));
    },
  };
  const I2C1 = {
    setup(o: any) { rec(`I2C1.setup(${JSON.stringify(o)})`); },
    writeTo(a: any, ...d: any[]) { rec(`I2C1.writeTo(${JSON.stringify(a)},${d.map((x) => JSON.stringify(typeof x === 'number' ? x : Array.from(x))).join(',')})`); },
    readFrom(a: number, n: number) { rec(`I2C1.readFrom(${a},${n})`); return new Uint8Array([0x60]); },
  };
  // require('net') / require('dgram') as Espruino's: events by name, data as byte strings; one
  // in-memory network where a connection reaches the server listening on its port
  const later = (f: () => void) => setTimeout(f, 1);
  const emitter = () => {
    const on: { [e: string]: ((...a: any[]) => void)[] } = {};
    return {
      on(e: string, f: (...a: any[]) => void) { (on[e] = on[e] || []).push(f); },
      emit(e: string, ...a: any[]) { for (const f of on[e] || []) f(...a); },
      removeAllListeners() { for (const k of Object.keys(on)) delete on[k]; },
    };
  };
  const servers: { [port: number]: (c: any) => void } = {};
  const conn = () => {
    const c: any = Object.assign(emitter(), { peer: null, ended: false });
    c.write = (d: string) => { assert.equal(typeof d, 'string'); later(() => c.peer && c.peer.emit('data', d)); };
    c.end = () => {
      if (c.ended) return;
      c.ended = true;
      later(() => { if (c.peer) { c.peer.emit('end'); c.peer.emit('close'); } c.emit('close'); });
    };
    return c;
  };
  const net = {
    createServer(cb: (c: any) => void) {
      return { listen(port: number) { rec(`net.listen(${port})`); servers[port] = cb; }, close() { rec('net.server.close()'); } };
    },
    connect(o: { host: string; port: number }, cb: () => void) {
      rec(`net.connect(${o.host},${o.port})`);
      const c = conn();
      later(() => {
        const srv = servers[o.port];
        if (!srv) return c.emit('error', { message: 'Connection refused' });
        const s = conn();
        c.peer = s;
        s.peer = c;
        srv(s);
        cb();
      });
      return c;
    },
  };
  const udp: { [port: number]: any } = {};
  const dgram = {
    createSocket(type: string) {
      const u: any = Object.assign(emitter(), { port: 0 });
      u.bind = (port: number) => { rec(`dgram.bind(${port})`); u.port = port; udp[port] = u; };
      u.send = (d: string, off: number, len: number, port: number, addr: string) => {
        rec(`dgram.send(${JSON.stringify(d.substr(off, len))},${port},${addr})`);
        later(() => udp[port] && udp[port].emit('message', d.substr(off, len), { address: '127.0.0.1', port: u.port || 40000, size: len }));
      };
      u.close = () => { rec('dgram.close()'); delete udp[u.port]; };
      assert.equal(type, 'udp4');
      return u;
    },
  };
  // require('Wifi') as Espruino's ESP32 port: associated, then connected with the address
  const Wifi: any = Object.assign(emitter(), {
    connect(ssid: string, o: { password?: string }, cb: (e: any) => void) {
      rec(`Wifi.connect(${ssid},${o.password === 'secret' ? 'password ok' : 'wrong password'})`);
      later(() => {
        Wifi.emit('associated', { ssid, mac: '24:0a:c4:00:00:01', channel: 6 });
        later(() => {
          Wifi.emit('connected', { ip: '192.168.1.50', netmask: '255.255.255.0', gw: '192.168.1.1' });
          cb(null);
        });
      });
    },
    setSNTP(host: string, tz: number) { rec(`Wifi.setSNTP(${host},${tz})`); },
    getIP(cb: (e: any, x: any) => void) { cb(null, { ip: '192.168.1.50', netmask: '255.255.255.0', gw: '192.168.1.1' }); },
    disconnect() { rec('Wifi.disconnect()'); },
    stopAP() { rec('Wifi.stopAP()'); },
  });
  const g: any = {
    pinMode: (p: number, mode: string) => rec(`pinMode(${p},${mode})`),
    digitalWrite: (p: number, v: number) => rec(`digitalWrite(${p},${v})`),
    digitalRead: (p: number) => (rec(`digitalRead(${p})`), levels[p] || 0),
    setWatch: (fn: any, p: number, opts: any) => {
      rec(`setWatch(${p},${JSON.stringify(opts)})`);
      m.watches.push({ fn, pin: p, opts });
      return m.watches.length;
    },
    clearWatch: (id: number) => rec(`clearWatch(${id})`),
    analogWrite: (p: number, v: number, o: any) => rec(`analogWrite(${p},${v},${JSON.stringify(o)})`),
    getTime: () => Date.now() / 1000,
    setTimeout, clearTimeout, setInterval, clearInterval,
    require: (n: string) => {
      if (n === 'Storage') return Storage;
      if (n === 'Flash') return Flash;
      if (n === 'net') return net;
      if (n === 'dgram') return dgram;
      if (n === 'Wifi') return Wifi;
      throw new Error(`Module ${n} not found`);
    },
    E: {
      hwRand: () => 0x12345678,
      reboot: () => m.reboots++,
      toString: str,
      // a string's bytes as an ArrayBuffer (on a device: a view of flash-mapped Storage, no copy)
      toArrayBuffer: (s: string) => {
        const b = new Uint8Array(s.length);
        for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 255;
        return b.buffer;
      },
    },
    I2C1,
    print: (s: string) => m.lines.push(String(s)),
    process: { memory: (gc: boolean) => (assert.equal(gc, false), { free: 4000, total: 16383, blocksize: 14 }) },
  };
  g.global = g;
  m.ctx = vm.createContext(g);
  return m;
}

function flashImage(app: Uint8Array, lib: Uint8Array): Uint8Array {
  const f = new Uint8Array(4 * 1024 * 1024).fill(0xff);
  f.set(tableToBinary(compileCsv(fs.readFileSync(path.join(ROOT, 'partitions-espruino.csv'), 'utf8'))), 0x8000);
  f.set(lib, 0x1d0000);
  f.set(app, 0x210000);
  return f;
}

async function until(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function boot(m: Model): void {
  vm.runInContext(fs.readFileSync(BUNDLE, 'utf8'), m.ctx, { filename: 'atomvm-espruino.js' });
}

test('Espruino bundle: hello_world from the main.avm partition, archives mirrored into Storage', async () => {
  const app = build(path.join(ROOT, 'examples', 'hello_world'), 'hello_world');
  const lib = new Uint8Array(fs.readFileSync(path.join(ROOT, 'dist', 'lib.avm')));
  const storage: { [k: string]: string } = {};
  const m = model(flashImage(app, lib), storage);
  boot(m);
  await until(() => m.lines.some((l) => l.startsWith('Return value')), 60000);
  assert.ok(m.lines.includes('Hello World'), m.lines.join('\n'));
  assert.equal(m.lines[m.lines.length - 1], 'Return value: ok');
  assert.ok(m.lines.some((l) => /^main\.avm: \d+ bytes copied from 0x210000 to Storage$/.test(l)), m.lines.join('\n'));
  assert.equal(storage['main.avm'].length, app.length);
  assert.ok(storage['lib.avm'].length > 1000 && storage['lib.avm'].length <= lib.length);
  // a second boot finds the mirrors up to date: nothing is copied
  const m2 = model(flashImage(app, lib), storage);
  boot(m2);
  await until(() => m2.lines.some((l) => l.startsWith('Return value')), 60000);
  assert.ok(!m2.lines.some((l) => /copied/.test(l)), m2.lines.join('\n'));
});

test('Espruino bundle: GPIO, interrupts, NVS in Storage, ledc and I2C map onto Espruino built-ins', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esp-demo-'));
  fs.copyFileSync(path.join(ROOT, 'test', 'vectors', 'espruino', 'esp_demo.erl'), path.join(dir, 'esp_demo.erl'));
  const app = build(dir, 'esp_demo');
  const lib = new Uint8Array(fs.readFileSync(path.join(ROOT, 'dist', 'lib.avm')));
  const storage: { [k: string]: string } = {};
  for (let run = 1; run <= 2; run++) {
    const m = model(flashImage(app, lib), storage);
    boot(m);
    await until(() => m.watches.length > 0 || m.lines.some((l) => l.startsWith('Return value')), 60000);
    assert.equal(m.watches.length, 1, m.lines.join('\n'));
    assert.equal(m.watches[0].pin, 0);
    assert.equal(JSON.stringify(m.watches[0].opts), '{"repeat":true,"edge":"falling","debounce":0}');
    m.watches[0].fn({ state: false, time: 1, lastTime: 0 });
    await until(() => m.lines.some((l) => l.startsWith('Return value')), 60000);
    assert.deepEqual(
      m.lines.filter((l) => !/copied/.test(l)),
      ['platform esp32', 'pin 0 high', 'interrupt 0', `nvs <<${run - 1}>> -> <<${run}>>`, 'i2c {ok,<<"`">>}', 'Return value: done'],
    );
    assert.deepEqual(m.calls, [
      'pinMode(2,output)',
      'digitalWrite(2,1)',
      'digitalWrite(2,0)',
      'pinMode(0,input)',
      'pinMode(0,input_pullup)',
      'digitalRead(0)',
      'setWatch(0,{"repeat":true,"edge":"falling","debounce":0})',
      'clearWatch(1)',
      'analogWrite(4,0,{"freq":5000})',
      'analogWrite(4,0.5,{"freq":5000})',
      'I2C1.setup({"scl":22,"sda":21,"bitrate":100000})',
      'I2C1.writeTo(118,[208])',
      'I2C1.writeTo({"address":118,"stop":false},208)',
      'I2C1.readFrom(118,1)',
    ]);
  }
  // NVS lives in the Storage file of its namespace
  assert.ok(storage['nvs.demo'].indexOf('count') >= 0);
});

test('Espruino bundle: network start sequence, a TCP round trip and a UDP datagram through lib.avm', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esp-net-'));
  fs.copyFileSync(path.join(ROOT, 'test', 'vectors', 'espruino', 'net_demo.erl'), path.join(dir, 'net_demo.erl'));
  const app = build(dir, 'net_demo');
  const lib = new Uint8Array(fs.readFileSync(path.join(ROOT, 'dist', 'lib.avm')));
  const m = model(flashImage(app, lib), {});
  boot(m);
  await until(() => m.lines.some((l) => l.startsWith('Return value') || l.startsWith('AtomVM error')), 60000);
  assert.deepEqual(m.lines.filter((l) => !/copied/.test(l)), [
    'sta connected',
    'got_ip 192.168.1.50 255.255.255.0 192.168.1.1',
    'sntp synchronized',
    'server got {ok,<<"ping">>}',
    'client got <<"pong">>',
    'client saw close',
    'refused {error,econnrefused}',
    'udp 127.0.0.1:5000 <<"dgram">>',
    'heap true {esp32,50,2,0}',
    'Return value: done',
  ]);
  assert.deepEqual(m.calls, [
    'Wifi.connect(home,password ok)',
    'Wifi.setSNTP(pool.ntp.org,0)',
    'net.listen(8080)',
    'net.connect(127.0.0.1,8080)',
    'net.connect(127.0.0.1,9)',
    'dgram.bind(5000)',
    'dgram.send("dgram",5000,127.0.0.1)',
    'net.server.close()',
    'dgram.close()',
    'Wifi.disconnect()',
    'Wifi.stopAP()',
  ]);
});
