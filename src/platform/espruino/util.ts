// Helpers shared by the Espruino backend's service groups: backend state (handles behind port
// terms, open event sources), tuples, byte strings (Espruino's serial and socket data are strings
// of one char per byte) and argument checks that raise badarg.
import { PVal, PTuple, PlatformError } from '../../vm/platform';
import { EspruinoApi } from './espruino';

/**
 * Backend state shared by the service groups: handles (ports), the count of open event sources, and
 * each group's own state (gpio, ledc, net), made by its first run: a group may run again (lazy
 * natives), and the functions of every run must share one state.
 */
export interface EspState {
  api: EspruinoApi;
  handles: { [k: string]: any };
  next: number;
  sources: number;
  gpio?: { watches: { [k: string]: any }; pulls: { [k: string]: string }; dirs: { [k: string]: string } };
  ledc?: { timers: { [k: string]: { freq: number; bits: number } }; chans: { [k: string]: any }; faders: boolean };
  net?: NetState;
}

/** net.ts: the WiFi's owner and events, the SNTP poll, the sockets by id */
export interface NetState {
  target: number;
  W: any;
  sntpTimer: any;
  sntpHost: string | null;
  socks: { [k: string]: any };
  nextId: number;
}

export function tup(a: PVal, b?: PVal, c?: PVal, d?: PVal, e?: PVal): PTuple {
  var t: PVal[] = [a];
  if (b !== undefined) t.push(b);
  if (c !== undefined) t.push(c);
  if (d !== undefined) t.push(d);
  if (e !== undefined) t.push(e);
  return { tuple: t };
}

/** A byte string (one char per byte, as Espruino's serial/socket data) from bytes, and back. */
export function bytesToStr(b: Uint8Array): string {
  var s = '';
  for (var i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}
export function toBytes(v: any): Uint8Array {
  if (typeof v === 'string') {
    var o = new Uint8Array(v.length);
    for (var i = 0; i < v.length; i++) o[i] = v.charCodeAt(i) & 255;
    return o;
  }
  if (v === undefined || v === null) return new Uint8Array(0);
  if (typeof v === 'number') return new Uint8Array([v & 255]);
  return new Uint8Array(v);
}

export function int(v: PVal | undefined): number {
  if (typeof v !== 'number' || v !== Math.floor(v)) throw new PlatformError();
  return v;
}

/** The handle behind a port term of this kind, or badarg. */
export function handle(st: EspState, v: PVal, kind: string): any {
  var id = v !== null && typeof v === 'object' ? (v as any).port : undefined;
  var h = typeof id === 'number' ? st.handles['h' + id] : undefined;
  if (h === undefined || h.kind !== kind) throw new PlatformError();
  return h;
}
export function newHandle(st: EspState, h: any): PVal {
  var id = st.next++;
  h.id = id;
  st.handles['h' + id] = h;
  return { port: id };
}

