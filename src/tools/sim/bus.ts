// I2C and SPI buses of the simulated ESP32, carrying the register-map device models of the
// board's devices file (devices.ts). Both are AtomVM ports: open returns a port, the other calls
// take it. I2C: begin_transmission / qwrite_bytes / end_transmission queue writes for one
// device; write_bytes/read_bytes with or without a register; ok / {ok, Bin} / {error, Reason}.
// SPI: read_at/write_at with an address of address_len_bits and up to 32 data bits, returning
// {ok, Value}; write_read/2 with a transaction map.
import type { SimCtx, SimGroup } from './services';
import type { PVal } from '../../vm/platform';
import { registerMap, RegDevice } from './devices';
import { int, prop, isBytes, err, okTup, isTuple } from './values';
import { bad, raise } from './values';

/** A register-map device: a pointer that auto-increments. */
class RegModel {
  regs: Map<number, number>;
  ptr = 0;
  loopback: boolean;
  mask: number;
  constructor(d: RegDevice, what: string) {
    this.regs = registerMap(d, what);
    this.loopback = !!d.loopback;
    this.mask = d.address_mask === undefined ? 0x7f : d.address_mask;
  }
  write(bytes: Uint8Array): void {
    for (const b of bytes) {
      this.regs.set(this.ptr, b);
      this.ptr = (this.ptr + 1) & 0xff;
    }
  }
  read(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) {
      out[i] = this.regs.get(this.ptr) || 0;
      this.ptr = (this.ptr + 1) & 0xff;
    }
    return out;
  }
}

let nextPort = 100;

export function i2cGroup(ctx: SimCtx): SimGroup {
  const models = new Map<number, RegModel>();
  (ctx.board.devices.i2c || []).forEach((d, i) => models.set(Number(d.address), new RegModel(d, `i2c[${i}]`)));
  const ports = new Map<number, { queue: { addr: number; bytes: Buffer }[] | null }>();
  const port = (v: PVal) => {
    const p = typeof v === 'object' && v !== null && typeof (v as { port: number }).port === 'number' ? ports.get((v as { port: number }).port) : undefined;
    if (!p) return bad();
    return p;
  };
  const addrArg = (v: PVal) => int(v, 0, 127);
  const bytesArg = (v: PVal): Buffer => {
    if (isBytes(v)) return Buffer.from(v);
    if (typeof v === 'number' && v === (v & 255)) return Buffer.from([v]);
    return bad();
  };
  /** a queued write: to the transmission's device (addr null) or a device of its own */
  const queue = (v: PVal, addr: number | null, bytes: Buffer): PVal => {
    const p = port(v);
    if (!p.queue) return err('no_transmission');
    if (addr === null) {
      if (p.queue.length === 0) return err('no_transmission');
      const last = p.queue[p.queue.length - 1];
      last.bytes = Buffer.concat([last.bytes, bytes]);
    } else p.queue.push({ addr, bytes });
    return 'ok';
  };
  const write = (addr: number, bytes: Buffer): PVal => {
    const m = models.get(addr);
    if (!m) return err('ack_error');
    if (bytes.length > 0) {
      m.ptr = bytes[0];
      m.write(bytes.subarray(1));
    }
    ctx.board.log(`i2c write 0x${addr.toString(16)} ${bytes.toString('hex')}`);
    return 'ok';
  };
  const read = (addr: number, reg: number | null, n: number): PVal => {
    const m = models.get(addr);
    if (!m) return err('ack_error');
    if (reg !== null) m.ptr = reg;
    return okTup(m.read(n));
  };
  return {
    services: {
      'i2c:open/1': (a) => {
        const o = a[0];
        const sda = prop(o, 'sda') ?? prop(o, 'sda_io_num');
        const scl = prop(o, 'scl') ?? prop(o, 'scl_io_num');
        const hz = prop(o, 'clock_speed_hz') ?? prop(o, 'i2c_clock_hz') ?? 100000;
        int(sda, 0, 39);
        int(scl, 0, 39);
        int(hz, 1, 5000000);
        const id = nextPort++;
        ports.set(id, { queue: null });
        return { port: id };
      },
      'i2c:close/1': (a) => {
        port(a[0]);
        ports.delete((a[0] as { port: number }).port);
        return 'ok';
      },
      'i2c:begin_transmission/1': (a) => {
        port(a[0]).queue = [];
        return 'ok';
      },
      'i2c:begin_transmission/2': (a) => {
        port(a[0]).queue = [{ addr: addrArg(a[1]), bytes: Buffer.alloc(0) }];
        return 'ok';
      },
      'i2c:qwrite_byte/2': (a) => queue(a[0], null, bytesArg(int(a[1], 0, 255))),
      'i2c:qwrite_bytes/2': (a) => queue(a[0], null, bytesArg(a[1])),
      'i2c:qwrite_bytes/3': (a) => queue(a[0], addrArg(a[1]), bytesArg(a[2])),
      'i2c:qwrite_bytes/4': (a) => queue(a[0], addrArg(a[1]), Buffer.concat([Buffer.from([int(a[2], 0, 255)]), bytesArg(a[3])])),
      'i2c:end_transmission/1': (a) => {
        const p = port(a[0]);
        const q = p.queue;
        p.queue = null;
        if (!q) return err('no_transmission');
        for (const e of q) {
          const r = write(e.addr, e.bytes);
          if (r !== 'ok') return r;
        }
        return 'ok';
      },
      'i2c:write_byte/3': (a) => {
        port(a[0]);
        return write(addrArg(a[1]), bytesArg(int(a[2], 0, 255)));
      },
      'i2c:write_bytes/3': (a) => {
        port(a[0]);
        return write(addrArg(a[1]), bytesArg(a[2]));
      },
      'i2c:write_bytes/4': (a) => {
        port(a[0]);
        return write(addrArg(a[1]), Buffer.concat([Buffer.from([int(a[2], 0, 255)]), bytesArg(a[3])]));
      },
      'i2c:read_bytes/3': (a) => {
        port(a[0]);
        return read(addrArg(a[1]), null, int(a[2], 0, 4096));
      },
      'i2c:read_bytes/4': (a) => {
        port(a[0]);
        return read(addrArg(a[1]), int(a[2], 0, 255), int(a[3], 0, 4096));
      },
    },
  };
}

export function spiGroup(ctx: SimCtx): SimGroup {
  const models = new Map<number, RegModel>();
  (ctx.board.devices.spi || []).forEach((d, i) => models.set(Number(d.cs), new RegModel(d, `spi[${i}]`)));
  interface Dev {
    cs: number;
    addrBits: number;
    mode: number;
  }
  const ports = new Map<number, Dev[]>();
  const devOf = (v: PVal, name?: PVal): Dev => {
    const id = typeof v === 'object' && v !== null ? (v as { port: number }).port : undefined;
    const devs = typeof id === 'number' ? ports.get(id) : undefined;
    if (!devs) return bad();
    if (name === undefined) return devs[0] || bad();
    const d = devs.find((x) => (x as Dev & { name: PVal }).name === name);
    return d || bad();
  };
  /** One transaction with the device on cs: MOSI bytes out, as many MISO bytes back. */
  const transfer = (cs: number, addr: number | null, out: Buffer, readLen: number, mode: 'read' | 'write' | 'both'): Buffer => {
    const m = models.get(cs);
    if (!m) return Buffer.alloc(readLen); // nothing on the bus: MISO idles low
    if (m.loopback) {
      const b = Buffer.alloc(readLen);
      out.copy(b, 0, 0, Math.min(readLen, out.length));
      return b;
    }
    if (addr !== null) m.ptr = addr & m.mask;
    const start = m.ptr;
    const got = mode === 'write' ? Buffer.alloc(readLen) : m.read(readLen);
    if (mode !== 'read' && out.length > 0) {
      m.ptr = start;
      m.write(out);
    }
    return got;
  };
  const toBytes = (v: number, bits: number): Buffer => {
    const n = Math.ceil(bits / 8);
    const b = Buffer.alloc(n);
    for (let i = n - 1; i >= 0; i--) {
      b[i] = v & 255;
      v = Math.floor(v / 256);
    }
    return b;
  };
  const fromBytes = (b: Buffer): number => {
    let v = 0;
    for (const x of b) v = v * 256 + x;
    return v;
  };
  return {
    services: {
      'spi:open/1': (a) => {
        const o = a[0];
        const bus = prop(o, 'bus_config');
        if (bus === undefined) return bad();
        for (const k of ['miso', 'mosi', 'sclk']) {
          const v = prop(bus, k) ?? prop(bus, k + '_io_num');
          if (v !== undefined) int(v, 0, 39);
        }
        const devs: Dev[] = [];
        const dc = prop(o, 'device_config');
        if (dc === undefined) return bad();
        // AtomVM's newer form: [{Name, DeviceConfig}, ...]; the older: one device's proplist
        const list = Array.isArray(dc) && dc.length > 0 && dc.every((e) => isTuple(e, 2) && typeof e.tuple[0] === 'string' && Array.isArray(e.tuple[1])) ? (dc as { tuple: PVal[] }[]) : [{ tuple: ['default', dc] }];
        for (const e of list) {
          const c = e.tuple[1];
          const cs = int(prop(c, 'cs') ?? prop(c, 'spi_cs_io_num'), 0, 39);
          const addrBits = int(prop(c, 'address_len_bits') ?? 8, 0, 64);
          const mode = int(prop(c, 'mode') ?? prop(c, 'spi_mode') ?? 0, 0, 3);
          int(prop(c, 'clock_speed_hz') ?? prop(c, 'spi_clock_hz') ?? 1000000, 1, 80000000);
          devs.push(Object.assign({ cs, addrBits, mode }, { name: e.tuple[0] }));
        }
        const id = nextPort++;
        ports.set(id, devs);
        return { port: id };
      },
      'spi:close/1': (a) => {
        devOf(a[0]);
        ports.delete((a[0] as { port: number }).port);
        return 'ok';
      },
      'spi:nif_read_at/4': (a) => {
        const d = a[1] === 'default' ? devOf(a[0]) : devOf(a[0], a[1]);
        const addr = int(a[2], 0, 2 ** 32 - 1);
        const bits = int(a[3], 1, 32);
        const got = transfer(d.cs, addr, Buffer.alloc(0), Math.ceil(bits / 8), 'read');
        return okTup(fromBytes(got));
      },
      'spi:nif_write_at/5': (a) => {
        const d = a[1] === 'default' ? devOf(a[0]) : devOf(a[0], a[1]);
        const addr = int(a[2], 0, 2 ** 32 - 1);
        const bits = int(a[3], 1, 32);
        const data = int(a[4], 0, 2 ** 32 - 1);
        const got = transfer(d.cs, addr, toBytes(data, bits), Math.ceil(bits / 8), 'write');
        return okTup(fromBytes(got));
      },
      'spi:nif_write_read/3': (a) => {
        const d = a[1] === 'default' ? devOf(a[0]) : devOf(a[0], a[1]);
        const t = a[2];
        const addr = prop(t, 'address');
        const wd = prop(t, 'write_data');
        const wbits = prop(t, 'write_bits');
        const rbits = int(prop(t, 'read_bits') ?? 0, 0, 8 * 4096);
        let out = wd === undefined ? Buffer.alloc(0) : isBytes(wd) ? Buffer.from(wd) : bad();
        if (wbits !== undefined) out = out.subarray(0, Math.ceil(int(wbits, 0, 8 * 4096) / 8));
        const n = Math.ceil(rbits / 8);
        const got = transfer(d.cs, addr === undefined ? null : int(addr, 0, 2 ** 32 - 1), out, Math.max(n, models.get(d.cs)?.loopback ? n : 0), 'both');
        return okTup(got.subarray(0, n));
      },
    },
  };
}

