// UARTs of the simulated ESP32 (AtomVM's uart port): UART0 is the console; UART1 and UART2 are
// wired as the devices file says (devices.ts): a loopback (TX to RX), a file or FIFO that receives
// TX, a file or FIFO that feeds RX; stimulus `uart N TEXT` lines also feed RX. uart:read/1,2 (in
// src/erlang/uart.erl) waits for data: nif_read/2 returns {ok, Bin} or `wait`, and the reader gets
// {'$uart_data', Port} when bytes arrive.
import * as fs from 'fs';
import * as path from 'path';
import type { SimCtx, SimGroup } from './services';
import type { PVal } from '../../vm/platform';
import { bad, int, oneOf, prop, text, iodata, okTup, err } from './values';

interface Uart {
  n: number;
  rx: Buffer;
  reader: number;
  closed: boolean;
  tx: fs.WriteStream | null;
  src: fs.ReadStream | null;
  loopback: boolean;
}

let nextPort = 200;

export function uartGroup(ctx: SimCtx): SimGroup {
  const board = ctx.board;
  const ports = new Map<number, Uart>();
  const open = new Map<number, number>(); // uart number -> port id
  const uartOf = (v: PVal): Uart => {
    const id = typeof v === 'object' && v !== null ? (v as { port: number }).port : undefined;
    const u = typeof id === 'number' ? ports.get(id) : undefined;
    if (!u) return bad();
    return u;
  };
  const receive = (id: number, bytes: Uint8Array) => {
    const u = ports.get(id);
    if (!u || u.closed || bytes.length === 0) return;
    u.rx = Buffer.concat([u.rx, Buffer.from(bytes)]);
    if (u.reader) {
      const pid = u.reader;
      u.reader = 0;
      ctx.post(pid, { tuple: ['$uart_data', { port: id }] });
    }
  };
  const close = (id: number) => {
    const u = ports.get(id);
    if (!u || u.closed) return;
    u.closed = true;
    if (u.tx) u.tx.end();
    if (u.src) u.src.destroy();
    if (open.get(u.n) === id) {
      open.delete(u.n);
      delete board.uartRx[u.n];
    }
    ports.delete(id);
  };
  const doOpen = (name: PVal, opts: PVal): PVal => {
    const nm = text(name);
    const m = nm === null ? null : /^UART([012])$/.exec(nm);
    if (!m) return bad();
    const n = Number(m[1]);
    if (opts !== undefined && !Array.isArray(opts) && !(typeof opts === 'object' && opts !== null && 'map' in opts)) return bad();
    const o = opts === undefined ? [] : opts;
    int(prop(o, 'speed') ?? 115200, 1, 5000000);
    int(prop(o, 'data_bits') ?? 8, 5, 8);
    int(prop(o, 'stop_bits') ?? 1, 1, 2);
    oneOf(prop(o, 'parity') ?? 'none', ['none', 'even', 'odd'] as const);
    oneOf(prop(o, 'flow_control') ?? 'none', ['none', 'hardware', 'software'] as const);
    for (const k of ['tx', 'rx', 'rts', 'cts']) {
      const v = prop(o, k);
      if (v !== undefined && v !== 'default') int(v, -1, 39);
    }
    if (open.has(n)) close(open.get(n) as number);
    const id = nextPort++;
    const wire = n === 0 ? {} : ((board.devices.uart || {})[`UART${n}`] || {});
    const dir = board.devices.dir || process.cwd();
    const u: Uart = { n, rx: Buffer.alloc(0), reader: 0, closed: false, tx: null, src: null, loopback: !!wire.loopback };
    if (wire.tx) {
      u.tx = fs.createWriteStream(path.resolve(dir, wire.tx), { flags: 'a' });
      u.tx.on('error', (e) => board.log(`UART${n} tx: ${e.message}`));
    }
    if (wire.rx) {
      u.src = fs.createReadStream(path.resolve(dir, wire.rx));
      u.src.on('data', (b) => receive(id, b as Buffer));
      u.src.on('error', (e) => board.log(`UART${n} rx: ${e.message}`));
    }
    ports.set(id, u);
    open.set(n, id);
    board.uartRx[n] = (bytes) => receive(id, bytes);
    return { port: id };
  };
  return {
    services: {
      'uart:open/2': (a) => doOpen(a[0], a[1]),
      'uart:open/1': (a) => doOpen(prop(a[0], 'peripheral') ?? 'UART1', a[0]),
      'uart:write/2': (a) => {
        const u = uartOf(a[0]);
        const b = iodata(a[1]);
        if (b === null) return bad();
        if (u.n === 0) board.uartWrite(b.toString('latin1'));
        if (u.tx) u.tx.write(b);
        if (u.loopback) {
          const id = (a[0] as { port: number }).port;
          setImmediate(() => receive(id, b)); // the bytes take a moment on the wire
        }
        board.log(`UART${u.n} tx ${b.length} bytes`);
        return 'ok';
      },
      'uart:nif_read/2': (a) => {
        const u = uartOf(a[0]);
        const pid = a[1] as { pid: number };
        if (u.rx.length > 0) {
          const b = u.rx;
          u.rx = Buffer.alloc(0);
          return okTup(b);
        }
        if (typeof pid !== 'object' || pid === null || typeof pid.pid !== 'number') return bad();
        if (u.reader && u.reader !== pid.pid) return err('ealready');
        u.reader = pid.pid;
        return 'wait';
      },
      'uart:nif_cancel_read/1': (a) => {
        uartOf(a[0]).reader = 0;
        return 'ok';
      },
      'uart:close/1': (a) => {
        const id = typeof a[0] === 'object' && a[0] !== null ? (a[0] as { port: number }).port : undefined;
        if (typeof id !== 'number') return bad();
        close(id);
        return 'ok';
      },
    },
    pending: () => {
      for (const u of ports.values()) if (u.reader) return true;
      return false;
    },
    stop: () => {
      for (const id of [...ports.keys()]) close(id);
    },
  };
}
