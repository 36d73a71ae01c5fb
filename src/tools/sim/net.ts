// Networking of the simulated ESP32: WiFi that "connects" and hands out addresses, and TCP/UDP
// sockets (the host's code, src/platform/node/sockets.ts) on 127.0.0.1.
//
// WiFi (private services avm_wifi:*, under src/erlang/network.erl):
//   open(Pid)     events go to Pid as {'$avm_wifi', Event}
//   start(Cfg)    ok | {error, Reason}: Cfg [{sta, [{ssid, S}, {psk, P} ...]}, {ap, [...]}, {sntp, [{host, H}]}]
//   stop()        ok: no more events
// Events, in the order of ESP-IDF and AtomVM: sta_connected, {sta_got_ip, {Ip, Netmask, Gateway}},
// {sntp_sync, {Secs, Micros}}; sta_disconnected (then a retry every second) when the network is
// unknown or the password wrong; ap_started, then per virtual station {ap_sta_connected, Mac},
// {ap_sta_ip_assigned, {192,168,4,N}}.
//
// The world is the "wifi" entry of the devices JSON (devices.ts, `monitor --devices FILE`):
//   "wifi": { "networks": [{ "ssid": "home", "psk": "secret" }],   default: every SSID/password joins
//             "address": "127.0.0.1", "netmask": "255.0.0.0", "gateway": "127.0.0.1",   the STA lease
//             "stations": 1,                       virtual stations joining the board's AP
//             "delay_ms": 50 }                     time between events
// Sockets live on the loopback: the STA address and the AP network 192.168.4.0/24 map to 127.0.0.1.
// The console shows "[wifi] ..." lines; a password is never shown.
import type { SimCtx, SimGroup, SimFn } from './services';
import type { PVal } from '../../vm/platform';
import { pGet, pString } from '../../vm/platform';
import { netServices } from '../../platform/node/sockets';

interface WifiWorld {
  networks?: { ssid: string; psk?: string }[];
  address?: string;
  netmask?: string;
  gateway?: string;
  stations?: number;
  delay_ms?: number;
}

const MAC = [0x24, 0x0a, 0xc4, 0x5e, 0x1a, 0x70];

function ip(s: string): PVal {
  return { tuple: s.split('.').map((x) => parseInt(x, 10) | 0) };
}

export function netGroup(ctx: SimCtx): SimGroup {
  const world: WifiWorld = ((ctx.board.devices as { wifi?: WifiWorld }).wifi || {}) as WifiWorld;
  const delay = typeof world.delay_ms === 'number' ? world.delay_ms : 50;
  const staIp = world.address || '127.0.0.1';
  const mapHost = (h: string) => (h === staIp || /^192\.168\.4\.\d+$/.test(h) ? '127.0.0.1' : h);
  const sockets = netServices({ post: (pid, msg) => (ctx.post(pid, msg), true), alive: (pid) => ctx.alive(pid), mapHost });

  let target = 0;
  let timers: ReturnType<typeof setTimeout>[] = [];
  let retrying = false;
  const note = (s: string) => ctx.board.note(`[wifi] ${s}`);
  const post = (ev: PVal) => {
    if (target !== 0) ctx.post(target, { tuple: ['$avm_wifi', ev] });
  };
  const later = (ms: number, f: () => void) => {
    const t = setTimeout(() => {
      timers = timers.filter((x) => x !== t);
      f();
    }, ms);
    timers.push(t);
  };
  const stopAll = () => {
    for (const t of timers) clearTimeout(t);
    timers = [];
    retrying = false;
  };

  function joinSta(ssid: string, psk: string, sntp: string | null): void {
    const nets = world.networks;
    const known = !nets || nets.some((n) => n.ssid === ssid && (n.psk || '') === psk);
    if (!known) {
      const exists = nets && nets.some((n) => n.ssid === ssid);
      note(`sta: cannot join "${ssid}" (${exists ? 'wrong password' : 'no such network'}), retrying`);
      post('sta_disconnected');
      retrying = true;
      later(1000, () => joinSta(ssid, psk, sntp));
      return;
    }
    retrying = false;
    post('sta_connected');
    later(delay, () => {
      note(`sta: connected to "${ssid}", address ${staIp}`);
      post({ tuple: ['sta_got_ip', { tuple: [ip(staIp), ip(world.netmask || '255.0.0.0'), ip(world.gateway || '127.0.0.1')] }] });
      if (sntp !== null)
        later(delay, () => {
          const now = Date.now();
          note(`sntp: synchronized with ${sntp}`);
          post({ tuple: ['sntp_sync', { tuple: [Math.floor(now / 1000), (now % 1000) * 1000] }] });
        });
    });
  }

  function startAp(ssid: string, open: boolean, max: number): void {
    note(`ap: "${ssid}" started at 192.168.4.1${open ? ' (open network: no password)' : ''}`);
    post('ap_started');
    const n = Math.min(typeof world.stations === 'number' ? world.stations : 1, max);
    for (let i = 0; i < n; i++) {
      const mac = new Uint8Array([0x02, 0, 0, 0, 0, i + 1]);
      const addr = `192.168.4.${i + 2}`;
      later(delay * (i + 1), () => {
        post({ tuple: ['ap_sta_connected', mac] });
        later(delay, () => {
          note(`ap: station ${i + 1} joined, address ${addr}`);
          post({ tuple: ['ap_sta_ip_assigned', ip(addr)] });
        });
      });
    }
  }

  const wifi: { [mfa: string]: SimFn } = {
    'avm_wifi:open/1': (a) => {
      const p = a[0] as { pid?: number };
      if (typeof p !== 'object' || p === null || typeof p.pid !== 'number') throw { platformError: true, reason: 'badarg' };
      target = p.pid;
      return 'ok';
    },
    'avm_wifi:start/1': (a) => {
      const cfg = a[0];
      if (!Array.isArray(cfg)) return { tuple: ['error', 'badarg'] };
      const sta = pGet(cfg, 'sta');
      const ap = pGet(cfg, 'ap');
      const sn = pGet(cfg, 'sntp');
      if (sta === undefined && ap === undefined) return { tuple: ['error', 'badarg'] };
      let staArgs: [string, string] | null = null;
      if (sta !== undefined) {
        const ssid = pString(pGet(sta, 'ssid') ?? []);
        const psk = pGet(sta, 'psk') === undefined ? '' : pString(pGet(sta, 'psk') as PVal);
        if (ssid === null || ssid === '' || psk === null) return { tuple: ['error', 'badarg'] };
        staArgs = [ssid, psk];
      }
      let apArgs: [string, boolean, number] | null = null;
      if (ap !== undefined) {
        const hex = MAC.map((b) => (b < 16 ? '0' : '') + b.toString(16)).join('');
        const s = pGet(ap, 'ssid') === undefined ? `atomvm-${hex}` : pString(pGet(ap, 'ssid') as PVal);
        const psk = pGet(ap, 'psk') === undefined ? '' : pString(pGet(ap, 'psk') as PVal);
        const m = pGet(ap, 'max_connections') ?? pGet(ap, 'ap_max_connections') ?? 4;
        if (s === null || psk === null || (psk !== '' && psk.length < 8) || typeof m !== 'number') return { tuple: ['error', 'badarg'] };
        apArgs = [s, psk === '', m];
      }
      const host = sn === undefined ? null : pString(pGet(sn, 'host') ?? []);
      stopAll();
      if (apArgs) {
        const [s, open, m] = apArgs;
        later(delay, () => startAp(s, open, m));
      }
      if (staArgs) {
        const [ssid, psk] = staArgs;
        note(`sta: connecting to "${ssid}"`);
        later(delay, () => joinSta(ssid, psk, host === '' ? null : host));
      }
      return 'ok';
    },
    'avm_wifi:stop/0': () => {
      stopAll();
      target = 0;
      note('stopped');
      return 'ok';
    },
  };

  const services: { [mfa: string]: SimFn } = {};
  for (const k of Object.keys(sockets.services)) {
    const f = sockets.services[k];
    services[k] = (args, pid) => f(args, { pid });
  }
  for (const k of Object.keys(wifi)) services[k] = wifi[k];

  return {
    services,
    pending: () => timers.length > 0 || retrying || sockets.pending(),
    stop: () => {
      stopAll();
      sockets.closeAll();
    },
  };
}
