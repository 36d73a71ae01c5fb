// A serialport binding (@serialport/bindings-interface) for `sim:FILE` ports: the "USB-UART" of a
// simulated ESP32 whose flash lives in FILE. Used under serialport's own SerialPortStream, so the
// flasher and the monitor run the same host code as for a real port.
//
// - open: one host at a time (a lock file FILE.lock holds the pid across processes); opening
//   asserts DTR and RTS as Linux does, and powers the board up when it is off.
// - set: DTR/RTS go to the board's auto-reset circuit; update: the host baud; close: with hupcl
//   (the default) both lines drop, as on Linux.
// - read errors with `canceled` after close, and without it when the board's USB link is lost, so
//   the stream reports a disconnect.
import * as fs from 'fs';
import * as path from 'path';
import { SimBoard, BoardOptions, HostLink } from './board';

// the parts of @serialport/bindings-interface used here (its types do not resolve under our
// module settings, and it is only a dependency of serialport's)
export interface OpenOptions {
  path: string;
  baudRate: number;
  dataBits?: 5 | 6 | 7 | 8;
  lock?: boolean;
  stopBits?: 1 | 1.5 | 2;
  parity?: string;
  rtscts?: boolean;
  xon?: boolean;
  xoff?: boolean;
  xany?: boolean;
  hupcl?: boolean;
}
interface SetOptions {
  brk?: boolean;
  cts?: boolean;
  dsr?: boolean;
  dtr?: boolean;
  rts?: boolean;
}
interface PortStatus {
  cts: boolean;
  dsr: boolean;
  dcd: boolean;
}
export interface BindingPortInterface {
  readonly openOptions: Required<OpenOptions>;
  isOpen: boolean;
  close(): Promise<void>;
  read(buffer: Buffer, offset: number, length: number): Promise<{ buffer: Buffer; bytesRead: number }>;
  write(buffer: Buffer): Promise<void>;
  update(options: { baudRate: number }): Promise<void>;
  set(options: SetOptions): Promise<void>;
  get(): Promise<PortStatus>;
  getBaudRate(): Promise<{ baudRate: number }>;
  flush(): Promise<void>;
  drain(): Promise<void>;
}
export interface PortInfo {
  path: string;
  manufacturer: string | undefined;
  serialNumber: string | undefined;
  pnpId: string | undefined;
  locationId: string | undefined;
  productId: string | undefined;
  vendorId: string | undefined;
}
export interface BindingInterface<T extends BindingPortInterface = BindingPortInterface> {
  list(): Promise<PortInfo[]>;
  open(options: OpenOptions): Promise<T>;
}

export function isSimPath(p: string): boolean {
  return p === 'sim' || p.startsWith('sim:');
}

/** The flash file of a `sim:FILE` port (`sim` alone: .sim/flash.bin), absolute. */
export function simFlashFile(p: string): string {
  const f = p === 'sim' ? '.sim/flash.bin' : p.slice(4);
  if (!f) throw new Error('sim: needs a file name (sim:FILE)');
  return path.resolve(f);
}

const boards: { [file: string]: SimBoard } = {};

/** The board of a flash file in this process (created, powered off, on first use). */
export function simBoard(file: string, opts?: BoardOptions): SimBoard {
  const key = path.resolve(file);
  let b = boards['$' + key];
  if (!b) {
    b = new SimBoard(key, opts || {});
    boards['$' + key] = b;
  } else if (opts) b.opts = Object.assign({}, b.opts, opts);
  return b;
}

/** Powers off and forgets every board (tests). */
export function forgetSimBoards(): void {
  for (const k of Object.keys(boards)) {
    boards[k].shutdown();
    unlock(boards[k].file);
    delete boards[k];
  }
}

function lockFile(file: string): string {
  return file + '.lock';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lock(file: string): void {
  const lf = lockFile(file);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lf, String(process.pid), { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = parseInt(fs.readFileSync(lf, 'utf8'), 10);
      if (pid && pid !== process.pid && alive(pid)) throw new Error(`Cannot lock port: sim:${file} is busy (process ${pid} has it open)`);
      fs.unlinkSync(lf); // stale
    }
  }
}

function unlock(file: string): void {
  try {
    const lf = lockFile(file);
    if (parseInt(fs.readFileSync(lf, 'utf8'), 10) === process.pid) fs.unlinkSync(lf);
  } catch (_) {
    // not locked
  }
}

const openFiles: { [file: string]: boolean } = {};
process.on('exit', () => {
  for (const k of Object.keys(openFiles)) unlock(k.slice(1));
});

class SimPort implements BindingPortInterface, HostLink {
  readonly openOptions: Required<OpenOptions>;
  isOpen = true;
  private board: SimBoard;
  private rx: Buffer[] = [];
  private waiting: { buffer: Buffer; offset: number; length: number; resolve: (r: { buffer: Buffer; bytesRead: number }) => void; reject: (e: any) => void } | null = null;
  private lost: Error | null = null;

  constructor(board: SimBoard, options: Required<OpenOptions>) {
    this.board = board;
    this.openOptions = options;
  }

  deliver(bytes: Uint8Array): void {
    if (!this.isOpen || this.lost) return;
    this.rx.push(Buffer.from(bytes));
    this.pump();
  }

  lose(err: Error): void {
    this.lost = err;
    this.rx = [];
    this.finish();
    const w = this.waiting;
    this.waiting = null;
    if (w) setImmediate(() => w.reject(err));
  }

  private pump(): void {
    const w = this.waiting;
    if (!w || this.rx.length === 0) return;
    this.waiting = null;
    let n = 0;
    while (this.rx.length > 0 && n < w.length) {
      const b = this.rx[0];
      const k = Math.min(b.length, w.length - n);
      b.copy(w.buffer, w.offset + n, 0, k);
      n += k;
      if (k === b.length) this.rx.shift();
      else this.rx[0] = b.subarray(k);
    }
    setImmediate(() => w.resolve({ buffer: w.buffer, bytesRead: n }));
  }

  private finish(): void {
    if (openFiles['$' + this.board.file]) {
      delete openFiles['$' + this.board.file];
      unlock(this.board.file);
    }
    if (this.board.host === this) this.board.host = null;
  }

  read(buffer: Buffer, offset: number, length: number): Promise<{ buffer: Buffer; bytesRead: number }> {
    if (!this.isOpen) return Promise.reject(Object.assign(new Error('Port is not open'), { canceled: true }));
    if (this.lost) return Promise.reject(this.lost);
    return new Promise((resolve, reject) => {
      this.waiting = { buffer, offset, length, resolve, reject };
      this.pump();
    });
  }

  write(buffer: Buffer): Promise<void> {
    if (!this.isOpen) return Promise.reject(Object.assign(new Error('Port is not open'), { canceled: true }));
    if (this.lost) return Promise.reject(this.lost);
    const bytes = Uint8Array.from(buffer);
    // the bytes reach the chip a moment later, as over a wire
    return new Promise((resolve) =>
      setImmediate(() => {
        if (this.isOpen && !this.lost) this.board.fromHost(bytes);
        resolve();
      }),
    );
  }

  async update(options: { baudRate: number }): Promise<void> {
    if (!this.isOpen) throw Object.assign(new Error('Port is not open'), { canceled: true });
    if (this.lost) throw this.lost;
    this.openOptions.baudRate = options.baudRate;
    this.board.setHostBaud(options.baudRate);
  }

  async set(options: SetOptions): Promise<void> {
    if (!this.isOpen) throw Object.assign(new Error('Port is not open'), { canceled: true });
    if (this.lost) throw this.lost;
    this.board.setLines(!!options.dtr, !!options.rts);
  }

  async get(): Promise<PortStatus> {
    return { cts: false, dsr: false, dcd: false };
  }

  async getBaudRate(): Promise<{ baudRate: number }> {
    return { baudRate: this.openOptions.baudRate };
  }

  async flush(): Promise<void> {
    this.rx = [];
  }

  async drain(): Promise<void> {
    // writes are handed to the chip in write()
  }

  async close(): Promise<void> {
    if (!this.isOpen) return;
    this.isOpen = false;
    const w = this.waiting;
    this.waiting = null;
    if (w) w.reject(Object.assign(new Error('Port is closed'), { canceled: true }));
    const mine = this.board.host === this;
    this.finish();
    // HUPCL: closing drops DTR and RTS
    if (mine && !this.lost && this.openOptions.hupcl !== false) this.board.setLines(false, false);
  }
}

export const SimBinding: BindingInterface<SimPort> = {
  async list() {
    return [];
  },
  async open(options: OpenOptions): Promise<SimPort> {
    const file = simFlashFile(options.path);
    const board = simBoard(file);
    if (Date.now() < board.unpluggedUntil) throw new Error(`No such file or directory, cannot open ${options.path}`);
    if (board.host) throw new Error(`Cannot lock port: ${options.path} is busy (already open in this process)`);
    lock(file);
    openFiles['$' + file] = true;
    board.flash.refresh();
    const full: Required<OpenOptions> = Object.assign(
      { dataBits: 8, lock: true, stopBits: 1, parity: 'none', rtscts: false, xon: false, xoff: false, xany: false, hupcl: true },
      options,
    ) as Required<OpenOptions>;
    const port = new SimPort(board, full);
    board.host = port;
    board.setHostBaud(options.baudRate);
    board.setLines(true, true); // a freshly opened tty asserts DTR and RTS
    board.powerOn();
    return port;
  },
};
