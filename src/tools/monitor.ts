// `monitor`: a serial console for the board (a real port, or `sim:FILE`, which boots the simulated
// ESP32 from its flash). Resets the board on start (EN pulse with GPIO0 high, so it boots the app)
// unless --no-reset; Ctrl+] exits, Ctrl+T then R resets; when the port vanishes (USB unplugged, a
// native-USB board resetting) it waits for it and reconnects; --timeout S exits after S seconds and
// --until-end when the app prints its final "Return value: ..." line. On sim: ports, --devices and
// --stimulus set what is wired to the simulated board and which inputs it gets.
import type { SerialPortStream } from '@serialport/stream';
import { makeStream, openStream, choosePort, normalizePort, isSimPath, printPorts } from './serial/ports';
import { loadBoard } from './flash';
import { simBoard, simFlashFile } from './sim/binding';
import { Devices, loadDevices, checkDevices } from './sim/devices';
import { Stimulus } from './sim/stimulus';

export const MONITOR_HELP = `Usage: atomvm-js monitor [--port P] [--baud B] [--no-reset] [--timeout S] [--until-end]
                         [--devices FILE] [--stimulus FILE]

Shows the board's serial console and sends what you type to it. The board is reset first (so the
output starts at boot) unless --no-reset. The port sim:FILE (or sim) is the simulated ESP32 whose
flash is FILE: it boots the app flashed there (see flash --help).

Keys: Ctrl+] exits; Ctrl+T then R resets the board, Ctrl+T then H shows the keys, Ctrl+T twice
sends Ctrl+T.

Options:
  --port P, -p P    serial port (default: $FLASH_SERIAL_PORT, the board's port, else the one
                    USB-UART port found)
  --baud B, -b B    baud rate (default 115200)
  --board NAME      board definition (its default port and console baud)
  --no-reset        do not reset the board on start
  --timeout S       exit after S seconds (status 0)
  --until-end       exit when the app prints "Return value: ..." (status 0 for ok or 0, else 1;
                    status 1 when --timeout comes first)
  --list-ports      list serial ports and exit
  --devices FILE    (sim: ports) what is wired to the simulated board, JSON: LED pins, I2C and
                    SPI devices as register maps, UART1/UART2 wiring; default: the "devices" of
                    boards/sim.json. Example:
                      {"leds": [2],
                       "i2c": [{"name": "tmp102", "address": "0x48", "registers": {"0x00": [25, 0]}}],
                       "spi": [{"name": "lis3dh", "cs": 5, "registers": {"0x0F": 51}}],
                       "uart": {"UART1": {"loopback": true}, "UART2": {"tx": "tx.bin", "rx": "rx.fifo"}}}
                    (an I2C write's first byte sets the register pointer; reads auto-increment;
                    "tx" files are appended, "rx" files or FIFOs are read; paths are relative to FILE)
  --stimulus FILE   (sim: ports) inputs on a timeline from the app's boot, one step per line:
                      [TIME] pin N high|low|float   drive GPIO N from outside (interrupts follow)
                      [TIME] uart N TEXT            bytes on UART N's RX (\\n \\r \\t \\xHH escapes)
                      [TIME] wait TEXT              wait until the console has shown TEXT
                    TIME is N (ms after boot), +N (ms after the previous step) or omitted;
                    lines starting with # are comments. Example:
                      wait armed
                      +100 pin 4 high
                      +50 pin 4 low
  -h, --help        this help

The simulated board shows its peripherals on the console: "[gpio] pin 2 -> high" when the LED
pin changes, "[ledc] channel 0 (pin 2) duty 4096/8191", "[esp] restart".

Examples:
  atomvm-js monitor --port /dev/ttyUSB0
  atomvm-js monitor --port sim:.sim/flash.bin --timeout 10`;

export interface MonitorOptions {
  port: string;
  baud: number;
  reset: boolean;
  timeoutS?: number;
  untilEnd?: boolean;
  /** keystrokes (default: stdin) */
  input?: (NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => void }) | null;
  /** console bytes (default: stdout) */
  output?: (b: Buffer) => void;
  /** status lines (default: stderr) */
  info?: (s: string) => void;
  /** \r\n -> \n (default: when stdout is not a terminal) */
  stripCr?: boolean;
  /** ms between reconnection attempts (default 500) */
  retryMs?: number;
  /** sim: ports: devices wired to the board (default: as the board already has) */
  devices?: Devices;
  /** sim: ports: inputs on a timeline, started at the next boot of the app */
  stimulus?: Stimulus;
}

const CTRL_RBRACKET = 0x1d;
const CTRL_T = 0x14;

function setLines(port: SerialPortStream, dtr: boolean, rts: boolean): Promise<void> {
  return new Promise((resolve, reject) => port.set({ dtr, rts, brk: false }, (err) => (err ? reject(err) : resolve())));
}

/** EN pulse with GPIO0 high: the board restarts and boots from flash. */
async function resetBoard(port: SerialPortStream): Promise<void> {
  await setLines(port, false, true);
  await new Promise((r) => setTimeout(r, 100));
  await setLines(port, false, false);
}

/** Runs the monitor until exit; resolves with the exit status. */
export function runMonitor(o: MonitorOptions): Promise<number> {
  const out = o.output || ((b: Buffer) => process.stdout.write(b));
  const info = o.info || ((s: string) => process.stderr.write(s + '\n'));
  const input = o.input === undefined ? process.stdin : o.input;
  const stripCr = o.stripCr === undefined ? !process.stdout.isTTY : o.stripCr;
  const retryMs = o.retryMs || 500;
  if ((o.devices || o.stimulus) && isSimPath(o.port)) {
    const b = simBoard(simFlashFile(o.port));
    if (o.devices) b.opts.devices = o.devices;
    if (o.stimulus) {
      if (b.opts.stimulus) b.opts.stimulus.stop();
      b.opts.stimulus = o.stimulus;
    }
  }
  return new Promise<number>((resolve) => {
    let port: SerialPortStream | null = null;
    let done = false;
    let pendingCr = false;
    let line = '';
    let ctrlT = false;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // keeps the process alive while the monitor runs (the simulator's own timers do not)
    const keepAlive = setInterval(() => {}, 60000);

    const finish = (code: number, why?: string) => {
      if (done) return;
      done = true;
      if (why) info(why);
      clearInterval(keepAlive);
      if (timer) clearTimeout(timer);
      if (retry) clearTimeout(retry);
      if (input) {
        input.removeListener('data', onKey);
        if (input.isTTY && input.setRawMode) input.setRawMode(false);
        input.pause();
      }
      const p = port;
      port = null;
      if (p && p.isOpen) p.close(() => resolve(code));
      else resolve(code);
    };

    const onData = (b: Buffer) => {
      let s = b.toString('latin1');
      if (stripCr) {
        if (pendingCr) s = '\r' + s;
        pendingCr = s.endsWith('\r');
        if (pendingCr) s = s.slice(0, -1);
        s = s.replace(/\r\n/g, '\n');
      }
      out(Buffer.from(s, 'latin1'));
      if (o.untilEnd) {
        line += s;
        let i: number;
        while ((i = line.search(/\r?\n/)) >= 0) {
          const l = line.slice(0, i);
          line = line.slice(i + (line[i] === '\r' ? 2 : 1));
          const m = /^Return value: (.*)$/.exec(l.replace(/\r$/, ''));
          if (m) {
            const v = m[1].trim();
            finish(v === 'ok' || v === '0' ? 0 : 1);
            return;
          }
        }
        if (line.length > 4096) line = line.slice(-4096);
      }
    };

    const connect = async (first: boolean): Promise<void> => {
      const p = makeStream(o.port, o.baud);
      try {
        await openStream(p);
      } catch (e) {
        if (first) {
          finish(1, `monitor: ${(e as Error).message}`);
          return;
        }
        retry = setTimeout(() => connect(false), retryMs);
        return;
      }
      if (done) {
        p.close();
        return;
      }
      port = p;
      p.on('data', onData);
      p.on('error', () => {
        // reported by close
      });
      p.on('close', (err: any) => {
        if (done || port !== p) return;
        port = null;
        if (err && err.disconnected) {
          info(`--- ${o.port} disconnected; waiting for it to come back (Ctrl+] exits) ---`);
          retry = setTimeout(() => connect(false), retryMs);
        } else finish(0);
      });
      if (first) info(`--- monitor on ${o.port} at ${o.baud} baud; Ctrl+] exits, Ctrl+T R resets ---`);
      else info(`--- ${o.port} is back ---`);
      if (first && o.reset) {
        try {
          await resetBoard(p);
        } catch (e) {
          info(`--- cannot reset the board: ${(e as Error).message} ---`);
        }
      }
    };

    const onKey = (chunk: Buffer | string) => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
      const send: number[] = [];
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (ctrlT) {
          ctrlT = false;
          if (c === 0x72 || c === 0x52 || c === 0x12) {
            info('--- reset ---');
            if (port) resetBoard(port).catch((e) => info(`--- cannot reset the board: ${(e as Error).message} ---`));
          } else if (c === 0x71 || c === 0x51 || c === 0x78 || c === 0x58) {
            finish(0);
            return;
          } else if (c === CTRL_T) send.push(CTRL_T);
          else info('--- keys: Ctrl+] exit, Ctrl+T R reset, Ctrl+T Ctrl+T send Ctrl+T ---');
          continue;
        }
        if (c === CTRL_RBRACKET) {
          finish(0);
          return;
        }
        if (c === CTRL_T) {
          ctrlT = true;
          continue;
        }
        send.push(c);
      }
      if (send.length && port && port.isOpen) port.write(Buffer.from(send));
    };

    if (input) {
      if (input.isTTY && input.setRawMode) input.setRawMode(true);
      input.on('data', onKey);
      input.on('error', () => {});
      input.resume();
    }
    if (o.timeoutS !== undefined)
      timer = setTimeout(() => {
        if (o.untilEnd) finish(1, `monitor: the app did not end within ${o.timeoutS} s`);
        else finish(0);
      }, o.timeoutS * 1000);
    connect(true);
  });
}

/** The `monitor` command. */
export async function monitorCommand(args: string[]): Promise<number> {
  let port: string | undefined;
  let baud: number | undefined;
  let board: string | undefined;
  let reset = true;
  let timeoutS: number | undefined;
  let untilEnd = false;
  let devicesFile: string | undefined;
  let stimulusFile: string | undefined;
  try {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const next = () => {
        if (i + 1 >= args.length) throw new Error(`${a} needs a value (see monitor --help)`);
        return args[++i];
      };
      if (a === '-h' || a === '--help') {
        console.log(MONITOR_HELP);
        return 0;
      } else if (a === '--port' || a === '-p') port = normalizePort(next());
      else if (a === '--baud' || a === '-b') {
        baud = parseInt(next(), 10);
        if (!(baud > 0)) throw new Error(`--baud: not a number: ${args[i]}`);
      } else if (a === '--board') board = next();
      else if (a === '--no-reset') reset = false;
      else if (a === '--timeout') {
        timeoutS = Number(next());
        if (!(timeoutS >= 0)) throw new Error(`--timeout: not a number of seconds: ${args[i]}`);
      } else if (a === '--until-end') untilEnd = true;
      else if (a === '--devices') devicesFile = next();
      else if (a === '--stimulus') stimulusFile = next();
      else if (a === '--list-ports') {
        await printPorts();
        return 0;
      } else throw new Error(`unexpected argument ${a} (see monitor --help)`);
    }
  } catch (e) {
    console.error(`monitor: ${(e as Error).message}`);
    return 2;
  }
  try {
    const b = board ? loadBoard(board) : port && isSimPath(port) ? loadBoard('sim') : null;
    if (!port && !process.env.FLASH_SERIAL_PORT && b && b.port) port = b.port;
    port = normalizePort(await choosePort('monitor', port, 'FLASH_SERIAL_PORT'));
    if (baud === undefined) baud = b ? b.serial.monitorBaud : 115200;
  } catch (e) {
    console.error(`monitor: ${(e as Error).message}`);
    return 1;
  }
  let devices: Devices | undefined;
  let stimulus: Stimulus | undefined;
  if ((devicesFile || stimulusFile) && !isSimPath(port)) {
    console.error('monitor: --devices and --stimulus are for the simulated board (--port sim:FILE)');
    return 2;
  }
  try {
    if (devicesFile) devices = loadDevices(devicesFile);
    else if (isSimPath(port)) {
      const d = (loadBoard('sim') as { devices?: Devices }).devices;
      if (d) devices = checkDevices(d, 'boards/sim.json');
    }
    if (stimulusFile) stimulus = Stimulus.load(stimulusFile);
  } catch (e) {
    console.error(`monitor: ${(e as Error).message}`);
    return 2;
  }
  return runMonitor({ port, baud, reset, timeoutS, untilEnd, devices, stimulus });
}
