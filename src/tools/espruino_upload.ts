// Uploads a file into Espruino's Storage over its REPL (the console UART), the way Espruino's
// own tools do it for big files (flash-and-hal.md section 4.8): wait for the `>` prompt (Ctrl-C
// to get one), turn echo off, then send the data in chunks as
//   \x10require("Storage").write(NAME, CHUNK, 0, TOTAL)     (the first one creates the file)
//   \x10require("Storage").write(NAME, CHUNK, OFFSET)
// each on its own line (DLE: no echo), and wait after each line until Espruino has executed it
// (our own marker comes back) before the next one goes out: that is the flow control, besides
// honouring XOFF/XON from the console. Then the file's size is read back and compared, and the
// board is reset (DTR/RTS EN pulse, or E.reboot()) so it runs the new boot code.
//
// Chunks are JS string literals with every byte outside printable ASCII (and \ " ') escaped as
// \xHH, so binary data survives the console.
import { WebSerialAdapter } from './serial/webserial';
import { portInfo } from './serial/ports';

export interface UploadRun {
  port: string;
  baud?: number;
  /** Storage file name (default .bootcde: Espruino runs it at power-on) */
  name?: string;
  data: Uint8Array;
  /** bytes of data per chunk (default 1024) */
  chunk?: number;
  /** how long to wait for each answer, ms (default 5000) */
  timeoutMs?: number;
  /** how long to wait for the first prompt, ms (the board may be booting; default timeoutMs) */
  firstPromptMs?: number;
  /** reset the board afterwards (default true) */
  reset?: boolean;
  out?: (line: string) => void;
  /** what the adapter applied, for tests */
  adapter?: (a: WebSerialAdapter) => void;
  /** a Web-Serial-shaped port to use instead of opening `port` (tests) */
  device?: WebSerialAdapter;
}

export class UploadError extends Error {}

/** The JS string literal of bytes (ASCII printable kept, the rest as \xHH). */
export function jsLiteral(b: Uint8Array): string {
  let s = '"';
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c && c !== 0x27) s += String.fromCharCode(c);
    else s += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
  }
  return s + '"';
}

/** The REPL lines that write data into Storage file `name`, `chunk` bytes each. */
export function uploadLines(name: string, data: Uint8Array, chunk: number): string[] {
  const lines: string[] = [];
  const n = JSON.stringify(name);
  if (data.length === 0) return [`require("Storage").write(${n},"")`];
  for (let o = 0; o < data.length; o += chunk) {
    const lit = jsLiteral(data.subarray(o, Math.min(data.length, o + chunk)));
    lines.push(o === 0 ? `require("Storage").write(${n},${lit},0,${data.length})` : `require("Storage").write(${n},${lit},${o})`);
  }
  return lines;
}

const DLE = '\x10';

/** Connects to the REPL, writes the file in chunks with flow control, verifies its size, resets. */
export async function uploadToStorage(run: UploadRun): Promise<void> {
  const out = run.out || ((s: string) => console.log(s));
  const name = run.name || '.bootcde';
  const timeout = run.timeoutMs || 5000;
  const dev = run.device || new WebSerialAdapter(run.port, await portInfo(run.port));
  if (run.adapter) run.adapter(dev);
  let text = ''; // what the board sent and we have not consumed yet
  let paused = false;
  const sig: { wake: (() => void) | null; xon: (() => void) | null } = { wake: null, xon: null };
  let reading = true;
  const lostBox: { e: Error | null } = { e: null };
  const what = () => `uploading ${name} to Espruino on ${run.port}`;
  try {
    await dev.open({ baudRate: run.baud || 115200 });
  } catch (e) {
    throw new UploadError((e as Error).message);
  }
  const reader = (async () => {
    while (reading) {
      const rs = dev.readable;
      if (!rs) break;
      const r = rs.getReader();
      try {
        for (;;) {
          const { value, done } = await r.read();
          if (done || !value) break;
          for (const c of value) {
            if (c === 0x13) paused = true;
            else if (c === 0x11) {
              paused = false;
              if (sig.xon) sig.xon();
            } else text += String.fromCharCode(c);
          }
          if (sig.wake) sig.wake();
        }
      } catch (e) {
        lostBox.e = dev.lost || (e as Error);
        if (sig.wake) sig.wake();
        if (sig.xon) sig.xon();
        break;
      } finally {
        try {
          r.releaseLock();
        } catch (_) {
          /* released */
        }
      }
      if (!dev.isOpen) break;
    }
  })();
  dev.onLost = (e) => {
    lostBox.e = e;
    if (sig.wake) sig.wake();
    if (sig.xon) sig.xon();
  };
  const lost = () => lostBox.e || dev.lost;
  /** Waits until `re` matches the received text; consumes up to the match's end. */
  const expect = async (re: RegExp, ms: number, doing: string): Promise<RegExpExecArray> => {
    const until = Date.now() + ms;
    for (;;) {
      const m = re.exec(text);
      if (m) {
        text = text.slice(m.index + m[0].length);
        return m;
      }
      if (lost()) throw new UploadError(`the connection to ${run.port} was lost while ${doing}; run the command again`);
      const left = until - Date.now();
      if (left <= 0) throw new UploadError(`no answer from Espruino on ${run.port} while ${doing} (waited ${ms} ms); is Espruino running on the board at this baud rate?`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => ((sig.wake = null), resolve()), Math.min(left, 200));
        sig.wake = () => {
          clearTimeout(t);
          sig.wake = null;
          resolve();
        };
      });
    }
  };
  const send = async (s: string, doing: string): Promise<void> => {
    // XOFF from the console: hold back until XON (at most the timeout)
    if (paused) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, timeout);
        sig.xon = () => {
          clearTimeout(t);
          sig.xon = null;
          resolve();
        };
      });
      if (paused && !lost()) throw new UploadError(`Espruino on ${run.port} paused the transfer (XOFF) and did not resume while ${doing}`);
    }
    const w = dev.writable;
    if (!w || lost()) throw new UploadError(`the connection to ${run.port} was lost while ${doing}; run the command again`);
    const wr = w.getWriter();
    try {
      await wr.write(Buffer.from(s, 'latin1'));
    } catch (_) {
      throw new UploadError(`the connection to ${run.port} was lost while ${doing}; run the command again`);
    } finally {
      wr.releaseLock();
    }
  };
  try {
    // a prompt: interrupt whatever runs, clear the line, ask for one (again each second while the
    // board boots)
    const promptUntil = Date.now() + (run.firstPromptMs || timeout);
    for (;;) {
      await send('\x03\r\n', 'connecting');
      try {
        await expect(/>/, Math.max(1, Math.min(1000, promptUntil - Date.now())), 'waiting for the REPL prompt');
        break;
      } catch (e) {
        if (lost() || Date.now() >= promptUntil) throw e;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
    text = '';
    await send(DLE + 'echo(0)\r\n', 'turning echo off');
    const lines = uploadLines(name, run.data, run.chunk || 1024);
    let sent = 0;
    for (let i = 0; i < lines.length; i++) {
      const tag = `#u${i}#`;
      const doing = `${what()} (chunk ${i + 1} of ${lines.length})`;
      await send(`${DLE}${lines[i]};print("${tag}"+"ok")\r\n`, doing);
      const m = await expect(new RegExp(`${tag}ok|Uncaught[^\\n]*|ERROR[^\\n]*`), timeout, doing);
      if (m[0] !== tag + 'ok') throw new UploadError(`Espruino refused chunk ${i + 1} of ${name}: ${m[0].trim()} (is Storage full? try require("Storage").compact())`);
      sent = Math.min(run.data.length, (i + 1) * (run.chunk || 1024));
      if (i % 16 === 15 || i === lines.length - 1) out(`${name}: ${sent} of ${run.data.length} bytes`);
    }
    await send(`${DLE}print("#size#"+require("Storage").read(${JSON.stringify(name)}).length+"#")\r\n`, 'verifying the size');
    const m = await expect(/#size#(\d+|undefined)#/, timeout, 'verifying the size');
    if (m[1] !== String(run.data.length)) throw new UploadError(`${name} on the board holds ${m[1]} bytes, not ${run.data.length}: run the command again`);
    out(`${name}: ${run.data.length} bytes written and verified`);
    if (run.reset !== false) {
      await send(`${DLE}echo(1)\r\n`, 'resetting');
      await dev.setSignals({ dataTerminalReady: false, requestToSend: true });
      await new Promise((r) => setTimeout(r, 100));
      await dev.setSignals({ dataTerminalReady: false, requestToSend: false });
      out('Hard resetting via RTS pin...');
    } else await send(`${DLE}echo(1)\r\n`, 'finishing');
  } finally {
    reading = false;
    await dev.close().catch(() => undefined);
    await Promise.race([reader, new Promise((r) => setTimeout(r, 500))]);
  }
}
