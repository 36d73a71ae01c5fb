// The simulated ESP32 board: chip modes, the USB-UART's DTR/RTS auto-reset circuit, the UART (with
// its baud rate against the host's), the ROM banner, the download loader and the app.
//
// Auto-reset circuit (flash-and-hal.md section 2.3): DTR drives GPIO0 and RTS drives EN through two
// cross-coupled transistors, both active low: EN is low when RTS && !DTR, GPIO0 is low when
// DTR && !RTS; with both lines asserted (as a freshly opened port on Linux) nothing happens. On EN's
// rising edge the ROM samples GPIO0: low = UART download mode, high = boot from flash. The ROM
// talks at 115200 baud; bytes sent while host and chip bauds differ arrive garbled.
import { FlashFile } from './flash_file';
import { LoaderModel, LoaderFaults, SlipDecoder, slipEncode } from './loader';
import { bootVm } from './app';
import { Devices, DEFAULT_DEVICES } from './devices';
import type { Stimulus } from './stimulus';

export type Mode = 'off' | 'reset' | 'rom' | 'stub' | 'app';

export interface AppHandle {
  stop(): void;
  /** bytes from the host for the app's console (UART0 RX) */
  input?(bytes: Uint8Array): void;
}

export interface BoardOptions {
  /** the DTR/RTS auto-reset circuit is fitted (default true); without it the chip ignores the lines */
  autoReset?: boolean;
  /** what runs when the chip boots from flash; default: the VM (see app.ts) */
  bootApp?: (board: SimBoard) => AppHandle | null;
  faults?: BoardFaults;
  /** devices on the buses, LEDs, UART wiring (devices.ts); default DEFAULT_DEVICES */
  devices?: Devices;
  /** inputs driven on a timeline (stimulus.ts), started at the next boot of the app */
  stimulus?: Stimulus;
}

export interface BoardFaults extends LoaderFaults {
  /** the USB link drops (and the board loses power) when this many flash blocks have arrived */
  unplugAfterFlashBlocks?: number;
  /** how long the port stays away after an unplug (ms, default 300) */
  unplugForMs?: number;
}

export interface Edge {
  t: number;
  dtr: boolean;
  rts: boolean;
  enLow: boolean;
  io0Low: boolean;
}

/** The host side of the UART as the binding sees it. */
export interface HostLink {
  /** bytes from the chip */
  deliver(bytes: Uint8Array): void;
  /** the link is gone (USB unplugged) */
  lose(err: Error): void;
}

const ROM_BANNER = 'ets Jun  8 2016 00:22:57\r\n\r\n';

export class SimBoard {
  readonly file: string;
  readonly flash: FlashFile;
  opts: BoardOptions;
  mode: Mode = 'off';
  dtr = false;
  rts = false;
  chipBaud = 115200;
  hostBaud = 115200;
  host: HostLink | null = null;
  /** every change of the control lines, with the EN / GPIO0 levels they give */
  edges: Edge[] = [];
  /** boots so far, with the strap: 'download' or 'flash' */
  boots: ('download' | 'flash')[] = [];
  /** protocol and event log */
  trace: string[] = [];
  /** everything the chip sent on its UART, as sent (before any baud garbling) */
  uart = '';
  /** the host's baud changes */
  bauds: number[] = [];
  unpluggedUntil = 0;
  /** the reset cause of the last boot (ROM name: POWERON_RESET, SW_CPU_RESET, DEEPSLEEP_RESET) */
  resetReason = 'POWERON_RESET';
  /** why the chip left deep sleep at the last boot: 'sleep_wakeup_timer' or 'undefined' */
  wakeupCause = 'undefined';
  /** levels driven on pins from outside (stimulus, tests): pin -> 0 / 1 */
  ext: { [pin: number]: number } = {};
  /** told when an external level changes (the running app's GPIO) */
  pinWatchers: ((pin: number) => void)[] = [];
  /** told about every byte string the chip sends on UART0 (stimulus `wait`) */
  uartWatchers: ((s: string) => void)[] = [];
  /** bytes arriving on UART1/UART2 RX from outside: uart number -> receiver of the running app */
  uartRx: { [n: number]: (bytes: Uint8Array) => void } = {};
  /** peripheral events as shown on the console, e.g. "[gpio] pin 2 -> high" */
  events: string[] = [];
  private loader: LoaderModel | null = null;
  private slip: SlipDecoder;
  private app: AppHandle | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private flashBlocks = 0;
  private epoch = 0;

  constructor(file: string, opts: BoardOptions = {}) {
    this.file = file;
    this.opts = opts;
    this.flash = FlashFile.open(file);
    this.slip = new SlipDecoder((f) => {
      if (this.loader) this.loader.handle(f);
    });
  }

  get enLow(): boolean {
    return this.opts.autoReset !== false && this.rts && !this.dtr;
  }
  get io0Low(): boolean {
    return this.opts.autoReset !== false && this.dtr && !this.rts;
  }

  log(s: string): void {
    this.trace.push(s);
    if (this.trace.length > 20000) this.trace.splice(0, 10000);
  }

  private later(ms: number, f: () => void): void {
    const epoch = this.epoch;
    const t = setTimeout(() => {
      this.timers = this.timers.filter((x) => x !== t);
      if (epoch === this.epoch) f();
    }, ms);
    if (typeof (t as any).unref === 'function') (t as any).unref();
    this.timers.push(t);
  }

  /** Stops whatever runs (reset held, power lost). */
  private halt(mode: Mode): void {
    this.epoch++;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    if (this.app) {
      const a = this.app;
      this.app = null;
      try {
        a.stop();
      } catch (_) {
        // stopping never fails the board
      }
    }
    this.loader = null;
    this.slip.reset();
    this.mode = mode;
    this.chipBaud = 115200;
  }

  /** USB power comes up: the chip boots as the straps say. */
  powerOn(): void {
    if (this.mode !== 'off') return;
    this.log('power on');
    this.mode = 'reset';
    if (!this.enLow) this.boot('POWERON_RESET', 0x1);
  }

  powerOff(): void {
    this.log('power off');
    this.halt('off');
  }

  /** The host sets DTR/RTS. */
  setLines(dtr: boolean, rts: boolean): void {
    const wasEnLow = this.enLow;
    this.dtr = dtr;
    this.rts = rts;
    this.edges.push({ t: Date.now(), dtr, rts, enLow: this.enLow, io0Low: this.io0Low });
    if (this.mode === 'off') return;
    if (this.enLow && !wasEnLow) {
      this.log('EN low: reset');
      this.halt('reset');
    } else if (!this.enLow && wasEnLow) this.boot('POWERON_RESET', 0x1);
  }

  /** The ROM starts: download mode or flash boot, by GPIO0. */
  private boot(reason: string, code: number, strap?: 'download' | 'flash'): void {
    const download = strap ? strap === 'download' : this.io0Low;
    this.halt('reset');
    this.resetReason = reason;
    this.wakeupCause = reason === 'DEEPSLEEP_RESET' ? 'sleep_wakeup_timer' : 'undefined';
    this.boots.push(download ? 'download' : 'flash');
    this.log(`boot ${download ? 'download' : 'flash'} (${reason})`);
    this.later(5, () => {
      const hex = '0x' + code.toString(16);
      if (download) {
        this.uartWrite(`${ROM_BANNER}rst:${hex} (${reason}),boot:0x3 (DOWNLOAD_BOOT(UART0/UART1/SDIO_REI_REO_V2))\r\nwaiting for download\r\n`);
        this.mode = 'rom';
        this.loader = new LoaderModel(this.loaderHost(), false);
      } else {
        this.uartWrite(`${ROM_BANNER}rst:${hex} (${reason}),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n`);
        this.startApp();
      }
    });
  }

  private startApp(): void {
    this.mode = 'app';
    this.loader = null;
    const st = this.opts.stimulus;
    if (st && !st.started) st.start(this);
    const run = this.opts.bootApp || bootVm;
    try {
      this.app = run(this);
    } catch (e) {
      this.uartWrite(`E (sim) boot failed: ${(e as Error).message}\r\n`);
    }
  }

  private loaderHost() {
    const board = this;
    const faults: LoaderFaults = Object.assign({}, this.opts.faults || {});
    const unplugAt = this.opts.faults ? this.opts.faults.unplugAfterFlashBlocks : undefined;
    const userHook = faults.onFlashBlock;
    faults.onFlashBlock = (seq: number) => {
      board.flashBlocks++;
      if (unplugAt !== undefined && board.flashBlocks >= unplugAt && board.opts.faults) {
        delete board.opts.faults.unplugAfterFlashBlocks; // once
        board.unplug(board.opts.faults.unplugForMs === undefined ? 300 : board.opts.faults.unplugForMs);
        return false;
      }
      return userHook ? userHook(seq) : true;
    };
    return {
      flash: this.flash,
      get chipBaud() {
        return board.chipBaud;
      },
      set chipBaud(b: number) {
        board.chipBaud = b;
      },
      send: (payload: Uint8Array) => this.toHost(slipEncode(payload)),
      setChipBaud: (b: number) => {
        this.log(`chip baud ${b}`);
        this.chipBaud = b;
      },
      enterStub: () => {
        this.later(2, () => {
          this.mode = 'stub';
          if (this.loader) this.loader.stub = true;
          this.log('stub running');
          this.toHost(slipEncode(Uint8Array.from([0x4f, 0x48, 0x41, 0x49]))); // "OHAI"
        });
      },
      runApp: () => {
        this.later(1, () => this.boot('SW_CPU_RESET', 0xc, 'flash'));
      },
      log: (s: string) => this.log(s),
      faults,
    };
  }

  /** Bytes the chip sends on UART0 TX. */
  uartWrite(s: string): void {
    this.toHost(Buffer.from(s, 'latin1'));
    for (const w of this.uartWatchers.slice()) w(s);
  }

  /** A peripheral event, shown on the console as a line of its own ("[gpio] pin 2 -> high"). */
  note(line: string): void {
    this.events.push(line);
    if (this.events.length > 10000) this.events.splice(0, 5000);
    this.uartWrite(line + '\r\n');
  }

  /** The devices, LEDs and UART wiring of this board. */
  get devices(): Devices {
    return this.opts.devices || DEFAULT_DEVICES;
  }

  /** Drives a pin from outside (a button, a sensor line): 0, 1, or null to let it float. */
  drivePin(pin: number, level: number | null): void {
    if (level === null) delete this.ext[pin];
    else this.ext[pin] = level ? 1 : 0;
    this.log(`pin ${pin} driven ${level === null ? 'floating' : level ? 'high' : 'low'}`);
    for (const w of this.pinWatchers.slice()) w(pin);
  }

  /** Bytes arriving on UART1 or UART2 from outside; false when the app has no such UART open. */
  uartInput(n: number, bytes: Uint8Array): boolean {
    const r = this.uartRx[n];
    if (!r) return false;
    r(bytes);
    return true;
  }

  /** esp:restart/0: a software reset, then the boot from flash. */
  restart(): void {
    this.log('software restart');
    this.halt('reset');
    this.later(20, () => this.boot('SW_CPU_RESET', 0xc, 'flash'));
  }

  /** esp:deep_sleep/1: everything stops, and the timer wakes the chip after ms (a boot from flash). */
  deepSleep(ms: number): void {
    this.log(`deep sleep for ${ms} ms`);
    this.halt('reset');
    this.later(Math.max(1, ms), () => this.boot('DEEPSLEEP_RESET', 0x5, 'flash'));
  }

  private toHost(bytes: Uint8Array): void {
    this.uart += Buffer.from(bytes).toString('latin1');
    if (this.uart.length > 1 << 20) this.uart = this.uart.slice(-(1 << 19));
    if (!this.host) return; // nobody listening
    let b = bytes;
    if (this.chipBaud !== this.hostBaud) {
      // framing errors: what arrives is noise
      b = Uint8Array.from(bytes, (c) => 0xf0 | (c & 0x0f));
    }
    this.host.deliver(b);
  }

  /** Bytes from the host on UART0 RX. */
  fromHost(bytes: Uint8Array): void {
    if (this.chipBaud !== this.hostBaud) return; // garbled: the loader sees no frames
    if (this.mode === 'rom' || this.mode === 'stub') this.slip.push(bytes);
    else if (this.mode === 'app' && this.app && this.app.input) this.app.input(bytes);
  }

  setHostBaud(b: number): void {
    this.hostBaud = b;
    this.bauds.push(b);
  }

  /** The USB cable is pulled for ms: the port vanishes, the board loses power, then comes back. */
  unplug(ms: number): void {
    this.log(`unplugged for ${ms} ms`);
    this.unpluggedUntil = Date.now() + ms;
    const h = this.host;
    this.host = null;
    if (h) h.lose(new Error('device disconnected (USB link lost)'));
    this.powerOff();
    const t = setTimeout(() => {
      this.unpluggedUntil = 0;
      this.dtr = false;
      this.rts = false;
      this.powerOn();
    }, ms);
    if (typeof (t as any).unref === 'function') (t as any).unref();
  }

  /** Everything stops (tests, process end). */
  shutdown(): void {
    if (this.opts.stimulus) this.opts.stimulus.stop();
    this.halt('off');
    this.flash.close();
  }
}
