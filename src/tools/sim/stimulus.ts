// Inputs for the simulated ESP32 on a timeline (`monitor --port sim:FILE --stimulus FILE`): one
// step per line, run in order from the next boot of the app.
//
//   [TIME] COMMAND        TIME: N = N ms after the app booted, +N = N ms after the previous step,
//                         none = right after the previous step
//   pin N high|low|float  drives GPIO N from outside (a button, a sensor line); interrupts follow
//   uart N TEXT           bytes arrive on UART N's RX (\n \r \t \\ \xHH escapes)
//   wait TEXT             waits until the console has shown TEXT (since the previous wait)
//   # ...                 a comment (as are blank lines)
//
// Example: `wait armed` / `+100 pin 4 high` / `+50 pin 4 low`.
import * as fs from 'fs';
import type { SimBoard } from './board';

type Step =
  | { line: number; at: number | null; rel: number; cmd: 'pin'; pin: number; level: number | null }
  | { line: number; at: number | null; rel: number; cmd: 'uart'; n: number; bytes: Buffer }
  | { line: number; at: number | null; rel: number; cmd: 'wait'; text: string };

function unescape(s: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out.push(s.charCodeAt(i) & 255);
      continue;
    }
    const d = s[++i];
    if (d === 'n') out.push(10);
    else if (d === 'r') out.push(13);
    else if (d === 't') out.push(9);
    else if (d === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(d.charCodeAt(0) & 255);
  }
  return Buffer.from(out);
}

export class Stimulus {
  readonly steps: Step[];
  started = false;
  done = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private watcher: ((s: string) => void) | null = null;
  private board: SimBoard | null = null;

  constructor(steps: Step[]) {
    this.steps = steps;
  }

  /** Parses a stimulus script; throws "SOURCE:LINE: reason". */
  static parse(text: string, source = 'stimulus'): Stimulus {
    const steps: Step[] = [];
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = i + 1;
      const s = raw.trim();
      if (s === '' || s.startsWith('#')) return;
      const fail = (why: string): never => {
        throw new Error(`${source}:${line}: ${why}: ${s}`);
      };
      const m = /^(?:(\+)?(\d+)\s+)?(\w+)\s*(.*)$/.exec(s);
      if (!m) return fail('not TIME COMMAND');
      const at = m[2] !== undefined && !m[1] ? Number(m[2]) : null;
      const rel = m[1] ? Number(m[2]) : 0;
      const cmd = m[3];
      const rest = m[4];
      if (cmd === 'pin') {
        const p = /^(\d+)\s+(high|low|1|0|float)$/.exec(rest);
        if (!p || Number(p[1]) > 39) return fail('expected pin N high|low|float (N 0..39)');
        const level = p[2] === 'float' ? null : p[2] === 'high' || p[2] === '1' ? 1 : 0;
        steps.push({ line, at, rel, cmd: 'pin', pin: Number(p[1]), level });
      } else if (cmd === 'uart') {
        const p = /^([012])\s(.*)$/.exec(rest);
        if (!p) return fail('expected uart N TEXT (N 0..2)');
        steps.push({ line, at, rel, cmd: 'uart', n: Number(p[1]), bytes: unescape(p[2]) });
      } else if (cmd === 'wait') {
        if (!rest) return fail('wait needs a text');
        steps.push({ line, at, rel, cmd: 'wait', text: rest });
      } else fail(`unknown command ${cmd} (pin, uart, wait)`);
    });
    return new Stimulus(steps);
  }

  static load(file: string): Stimulus {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code || (e as Error).message}`);
    }
    return Stimulus.parse(text, file);
  }

  /** Runs the steps against the board (once). */
  start(board: SimBoard): void {
    if (this.started) return;
    this.started = true;
    this.board = board;
    const t0 = Date.now();
    let console = '';
    let cursor = 0;
    this.watcher = (s: string) => {
      console += s;
      if (console.length > 1 << 20) {
        const cut = console.length - (1 << 19);
        console = console.slice(cut);
        cursor = Math.max(0, cursor - cut);
      }
      if (waiting) waiting();
    };
    board.uartWatchers.push(this.watcher);
    let waiting: (() => void) | null = null;
    let i = 0;
    let last = t0;
    const next = () => {
      this.timer = null;
      if (i >= this.steps.length) {
        this.stop();
        this.done = true;
        return;
      }
      const st = this.steps[i];
      const due = st.at !== null ? t0 + st.at : last + st.rel;
      const now = Date.now();
      if (due > now) {
        this.timer = setTimeout(next, due - now);
        this.timer.unref();
        return;
      }
      i++;
      if (st.cmd === 'wait') {
        const check = () => {
          const k = console.indexOf(st.text, cursor);
          if (k < 0) return;
          cursor = k + st.text.length;
          waiting = null;
          last = Date.now();
          next();
        };
        waiting = check;
        check();
        return;
      }
      if (st.cmd === 'pin') board.drivePin(st.pin, st.level);
      else if (!board.uartInput(st.n, st.bytes)) board.log(`stimulus line ${st.line}: UART${st.n} is not open`);
      last = Date.now();
      next();
    };
    next();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.board && this.watcher) {
      const k = this.board.uartWatchers.indexOf(this.watcher);
      if (k >= 0) this.board.uartWatchers.splice(k, 1);
    }
    this.watcher = null;
  }
}
