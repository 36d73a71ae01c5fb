// What is wired to the simulated ESP32 beside the chip, from a JSON file (`monitor --devices FILE`,
// default: the "devices" of boards/sim.json, else DEFAULT_DEVICES):
//
//   {
//     "leds": [2],                                   pins whose changes are shown: "[gpio] pin 2 -> high"
//     "i2c": [ { "name": "tmp102", "address": 72,   7-bit bus address (number or "0x48")
//                "registers": { "0x00": [25, 0] } } ],
//     "spi": [ { "name": "lis3dh", "cs": 5,          chip-select pin of the device
//                "registers": { "0x0F": 51 } } ],
//     "uart": { "UART1": { "loopback": true },       TX wired back to RX
//               "UART2": { "tx": "out.bin", "rx": "in.fifo" } }   a file (appended) / a file or FIFO read
//   }
//
// Register maps: "REG": byte or [bytes at REG, REG+1, ...]; registers not listed read 0. An I2C write
// sets the register pointer from its first byte (or the register argument) and stores the rest from
// there; a read returns bytes from the pointer on, auto-incrementing. An SPI device is addressed by its
// chip-select pin; "address_mask" (default 0x7F) strips the read/write flag bit of the address; with
// "loopback": true it returns the bytes it was sent (MISO wired to MOSI).
import * as fs from 'fs';
import * as path from 'path';

export interface RegDevice {
  name?: string;
  /** I2C: 7-bit address */
  address?: number | string;
  /** SPI: chip-select pin */
  cs?: number;
  registers?: { [reg: string]: number | number[] };
  address_mask?: number;
  loopback?: boolean;
}

export interface UartWire {
  loopback?: boolean;
  /** a file that receives what the chip sends (appended; a FIFO works) */
  tx?: string;
  /** a file or FIFO whose bytes the chip receives */
  rx?: string;
}

export interface Devices {
  leds?: number[];
  i2c?: RegDevice[];
  spi?: RegDevice[];
  uart?: { [name: string]: UartWire };
  /** where relative file names are resolved (the JSON file's directory) */
  dir?: string;
}

export const DEFAULT_DEVICES: Devices = {
  leds: [2],
  i2c: [
    { name: 'tmp102', address: 0x48, registers: { '0x00': [0x19, 0x00] } },
    { name: 'bme280', address: 0x76, registers: { '0xD0': 0x60 } },
  ],
  spi: [{ name: 'lis3dh', cs: 5, registers: { '0x0F': 0x33 } }],
  uart: { UART1: { loopback: true } },
};

function num(v: unknown, what: string): number {
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new Error(`${what}: not a non-negative integer: ${JSON.stringify(v)}`);
  return n;
}

/** A register map as reg -> byte. */
export function registerMap(d: RegDevice, what: string): Map<number, number> {
  const m = new Map<number, number>();
  const regs = d.registers || {};
  if (typeof regs !== 'object' || Array.isArray(regs)) throw new Error(`${what}: "registers" must be an object`);
  for (const k of Object.keys(regs)) {
    const at = num(k, `${what} register`);
    const v = regs[k];
    const bytes = Array.isArray(v) ? v : [v];
    bytes.forEach((b, i) => {
      const x = num(b, `${what} register ${k}`);
      if (x > 255) throw new Error(`${what} register ${k}: ${x} is not a byte`);
      m.set((at + i) & 0xff, x);
    });
  }
  return m;
}

/** Checks a devices description (throws with the reason). */
export function checkDevices(d: Devices, source = 'devices'): Devices {
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw new Error(`${source}: not a JSON object`);
  for (const l of d.leds || []) num(l, `${source}: leds`);
  (d.i2c || []).forEach((x, i) => {
    const a = num(x.address, `${source}: i2c[${i}].address`);
    if (a > 127) throw new Error(`${source}: i2c[${i}].address: ${a} is not a 7-bit address`);
    registerMap(x, `${source}: i2c[${i}]`);
  });
  (d.spi || []).forEach((x, i) => {
    num(x.cs, `${source}: spi[${i}].cs`);
    registerMap(x, `${source}: spi[${i}]`);
  });
  for (const k of Object.keys(d.uart || {})) if (!/^UART[12]$/.test(k)) throw new Error(`${source}: uart: ${k} is not UART1 or UART2`);
  return d;
}

/** Reads a devices file. */
export function loadDevices(file: string): Devices {
  let d: Devices;
  try {
    d = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  checkDevices(d, file);
  return Object.assign({}, d, { dir: path.dirname(path.resolve(file)) });
}
