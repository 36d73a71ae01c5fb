// A `serialport` stream in the shape of a Web Serial `SerialPort`, which is what esptool-js's
// Transport drives (open/close, readable/writable web streams, setSignals, getInfo), plus the
// optional setBaudRate capability so the baud switch after the stub starts happens in place
// (esptool-js otherwise closes and reopens the port, which can reset some boards).
//
// Web Serial semantics kept here (flash-and-hal.md section 1.3/1.4):
// - after reader.cancel() the next `readable` is a fresh stream; after close() it is null;
// - setSignals leaves omitted lines unchanged: serialport's set() would otherwise reassert DTR and
//   RTS for any key left out, so the last state is merged and all three lines are always passed;
// - bytes that arrive while no stream is being read are kept for the next reader.
import type { SerialPortStream } from '@serialport/stream';
import { makeStream, openStream } from './ports';

export interface SignalState {
  dataTerminalReady?: boolean;
  requestToSend?: boolean;
  break?: boolean;
}

export class WebSerialAdapter {
  readonly path: string;
  private info: { usbVendorId?: number; usbProductId?: number };
  private port: SerialPortStream | null = null;
  private rs: ReadableStream<Uint8Array> | null = null;
  private ctrl: ReadableStreamDefaultController<Uint8Array> | null = null;
  private ws: WritableStream<Uint8Array> | null = null;
  private pending: Uint8Array[] = [];
  private lines = { dtr: true, rts: true, brk: false };
  /** set when the port went away while open (USB unplugged, board lost) */
  lost: Error | null = null;
  /** called once when the port goes away while open */
  onLost: ((e: Error) => void) | null = null;
  /** every setSignals call as applied (dtr, rts), for tests and traces */
  signalLog: { dtr: boolean; rts: boolean }[] = [];

  constructor(portPath: string, info: { usbVendorId?: number; usbProductId?: number } = {}) {
    this.path = portPath;
    this.info = info;
  }

  getInfo(): { usbVendorId?: number; usbProductId?: number } {
    return this.info;
  }

  async open(options: { baudRate: number }): Promise<void> {
    if (this.port && this.port.isOpen) throw new Error(`${this.path} is already open`);
    const port = makeStream(this.path, options.baudRate);
    await openStream(port);
    this.port = port;
    this.lost = null;
    // opening a port on Linux/macOS asserts DTR and RTS
    this.lines = { dtr: true, rts: true, brk: false };
    port.on('data', (b: Buffer) => this.deliver(new Uint8Array(b.buffer, b.byteOffset, b.length).slice()));
    port.on('error', () => {
      // reported through close / failed writes
    });
    port.on('close', (err: any) => {
      if (err && err.disconnected) {
        this.lost = new Error(`${this.path} disconnected`);
        if (this.onLost) this.onLost(this.lost);
      }
      if (this.port === port) this.port = null;
      const c = this.ctrl;
      this.rs = null;
      this.ctrl = null;
      this.ws = null;
      if (c) {
        try {
          if (this.lost) {
            const e = new Error('The device has been lost.');
            e.name = 'NetworkError';
            c.error(e);
          } else c.close();
        } catch (_) {
          // already closed
        }
      }
    });
  }

  private deliver(b: Uint8Array): void {
    if (this.ctrl) this.ctrl.enqueue(b);
    else this.pending.push(b);
  }

  get readable(): ReadableStream<Uint8Array> | null {
    if (!this.port || !this.port.isOpen) return null;
    if (!this.rs) {
      const self = this;
      let mine: ReadableStreamDefaultController<Uint8Array> | null = null;
      this.rs = new ReadableStream<Uint8Array>({
        start(c) {
          mine = c;
          self.ctrl = c;
          const p = self.pending;
          self.pending = [];
          for (const b of p) c.enqueue(b);
        },
        cancel() {
          if (self.ctrl === mine) {
            self.ctrl = null;
            self.rs = null;
          }
        },
      });
    }
    return this.rs;
  }

  get writable(): WritableStream<Uint8Array> | null {
    if (!this.port || !this.port.isOpen) return null;
    if (!this.ws) {
      const self = this;
      const port = this.port;
      const ws: WritableStream<Uint8Array> = new WritableStream<Uint8Array>({
        write(chunk) {
          return new Promise<void>((resolve, reject) => {
            if (!port.isOpen) return reject(self.lost || new Error(`${self.path} is closed`));
            port.write(Buffer.from(chunk), (err) => {
              if (err) return reject(err);
              port.drain((err2) => (err2 ? reject(err2) : resolve()));
            });
          });
        },
        close() {
          if (self.ws === ws) self.ws = null;
        },
        abort() {
          if (self.ws === ws) self.ws = null;
        },
      });
      this.ws = ws;
    }
    return this.ws;
  }

  async setSignals(s: SignalState): Promise<void> {
    const port = this.port;
    if (!port || !port.isOpen) throw this.lost || new Error(`${this.path} is not open`);
    if (s.dataTerminalReady !== undefined) this.lines.dtr = !!s.dataTerminalReady;
    if (s.requestToSend !== undefined) this.lines.rts = !!s.requestToSend;
    if (s.break !== undefined) this.lines.brk = !!s.break;
    const want = { dtr: this.lines.dtr, rts: this.lines.rts, brk: this.lines.brk };
    this.signalLog.push({ dtr: want.dtr, rts: want.rts });
    await new Promise<void>((resolve, reject) => port.set(want, (err) => (err ? reject(err) : resolve())));
  }

  async setBaudRate(baudRate: number): Promise<void> {
    const port = this.port;
    if (!port || !port.isOpen) throw this.lost || new Error(`${this.path} is not open`);
    await new Promise<void>((resolve, reject) => port.update({ baudRate }, (err) => (err ? reject(err) : resolve())));
  }

  async close(): Promise<void> {
    const port = this.port;
    this.pending = [];
    if (!port || !port.isOpen) {
      this.port = null;
      return;
    }
    await new Promise<void>((resolve) => port.close(() => resolve()));
    this.port = null;
  }

  get isOpen(): boolean {
    return !!this.port && this.port.isOpen;
  }
}
