// Serial ports on the host: opening a `serialport` stream for a path (a real port through
// serialport's native binding, or `sim:FILE` through the simulated ESP32's binding), listing
// and detecting ports, and one-line descriptions of open errors.
import * as fs from 'fs';
import * as path from 'path';
import { SerialPortStream } from '@serialport/stream';
import { SimBinding, isSimPath, simFlashFile, BindingInterface, PortInfo } from '../sim/binding';

export { isSimPath, simFlashFile };

/** USB-UART bridges found on ESP32 boards (vendor ids, lower-case hex as serialport reports them). */
const ESP_BRIDGES: { [vid: string]: string } = {
  '10c4': 'Silicon Labs CP210x',
  '1a86': 'WCH CH340/CH9102',
  '0403': 'FTDI',
  '303a': 'Espressif USB',
  '067b': 'Prolific PL2303',
};

function nativeBinding(): BindingInterface {
  // loaded on demand: the simulator and --help never need the native module
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { SerialPort } = require('serialport');
  return SerialPort.binding as BindingInterface;
}

export function bindingFor(portPath: string): BindingInterface {
  return isSimPath(portPath) ? SimBinding : nativeBinding();
}

/** A closed serialport stream for the path (open it with openStream). */
export function makeStream(portPath: string, baudRate: number): SerialPortStream {
  return new SerialPortStream({ binding: bindingFor(portPath), path: portPath, baudRate, autoOpen: false, hupcl: true, lock: true } as any);
}

/** Opens the stream; rejects with a one-line error naming the port. */
export function openStream(stream: SerialPortStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.open((err) => (err ? reject(new Error(describeOpenError(stream.path, err))) : resolve()));
  });
}

/** One line for an error opening a port: missing, busy, no permission, or the raw message. */
export function describeOpenError(portPath: string, err: unknown): string {
  const msg = err && (err as Error).message ? (err as Error).message : String(err);
  if (/No such file|ENOENT|cannot find|not found|File not found/i.test(msg))
    return `cannot open ${portPath}: no such port (is the board plugged in? ${LIST_HINT})`;
  if (/lock|busy|EBUSY|Resource temporarily unavailable|Access denied/i.test(msg))
    return `cannot open ${portPath}: the port is busy (another program, e.g. a serial monitor, has it open)`;
  if (/Permission denied|EACCES/i.test(msg))
    return `cannot open ${portPath}: permission denied (on Linux add yourself to the dialout group: sudo usermod -aG dialout $USER)`;
  return `cannot open ${portPath}: ${msg.split('\n')[0]}`;
}

export const LIST_HINT = 'list ports with `atomvm-js flash --list-ports`';

export interface FoundPort {
  path: string;
  description: string;
  vendorId?: number;
  productId?: number;
  likelyEsp: boolean;
}

/** Ports the OS reports (serialport's list), or a scan of /dev when that fails (no udevadm). */
export async function listPorts(): Promise<FoundPort[]> {
  let infos: PortInfo[] | null = null;
  try {
    infos = await nativeBinding().list();
  } catch (_) {
    infos = null;
  }
  const out: FoundPort[] = [];
  if (infos) {
    for (const p of infos) {
      const vid = p.vendorId ? p.vendorId.toLowerCase() : '';
      const desc = [p.manufacturer, vid ? `${vid}:${(p.productId || '').toLowerCase()}` : '', ESP_BRIDGES[vid] || ''].filter((s) => s).join(' ');
      out.push({
        path: p.path,
        description: desc,
        vendorId: vid ? parseInt(vid, 16) : undefined,
        productId: p.productId ? parseInt(p.productId, 16) : undefined,
        likelyEsp: !!ESP_BRIDGES[vid],
      });
    }
    return out;
  }
  if (process.platform !== 'win32') {
    let names: string[] = [];
    try {
      names = fs.readdirSync('/dev');
    } catch (_) {
      names = [];
    }
    for (const n of names.sort()) {
      if (/^tty(USB|ACM)\d+$/.test(n) || /^cu\.(usbserial|SLAB_USBtoUART|wchusbserial|usbmodem)/.test(n))
        out.push({ path: path.join('/dev', n), description: 'USB serial', likelyEsp: true });
    }
  }
  return out;
}

/** USB ids of a real port (for esptool-js's reset choice); {} when unknown. */
export async function portInfo(portPath: string): Promise<{ usbVendorId?: number; usbProductId?: number }> {
  if (isSimPath(portPath)) return { usbVendorId: 0x10c4, usbProductId: 0xea60 };
  try {
    for (const p of await listPorts()) if (p.path === portPath) return { usbVendorId: p.vendorId, usbProductId: p.productId };
  } catch (_) {
    // unknown
  }
  return {};
}

/**
 * The port to use: --port, else the environment variable, else the one USB-UART port found.
 * Throws a one-line error saying how to list ports when there is none or more than one.
 */
export async function choosePort(cmd: string, given: string | undefined, envName: string): Promise<string> {
  if (given) return given;
  const env = process.env[envName];
  if (env) return env;
  const ports = (await listPorts()).filter((p) => p.likelyEsp);
  if (ports.length === 1) return ports[0].path;
  if (ports.length === 0)
    throw new Error(`no serial port found: connect the board and give --port PORT (or set ${envName}), or --port sim for the simulated board; ${LIST_HINT}`);
  throw new Error(`several serial ports found (${ports.map((p) => p.path).join(', ')}): choose one with --port PORT (or set ${envName})`);
}

/** Prints the port list (for --list-ports). */
export async function printPorts(): Promise<void> {
  const ports = await listPorts();
  if (ports.length === 0) console.log('no serial ports found (the simulated board is always available as --port sim:FILE)');
  for (const p of ports) console.log(`${p.path}${p.description ? '  ' + p.description : ''}`);
}

/** `sim` alone means the default simulated board file. */
export function normalizePort(p: string): string {
  return p === 'sim' ? 'sim:.sim/flash.bin' : p;
}
