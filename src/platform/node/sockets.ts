// TCP and UDP sockets over Node's net and dgram, the primitives under gen_tcp, gen_udp and inet
// (src/erlang/{gen_tcp,gen_udp,inet}.erl). The host backend registers them (platform.ts) and the
// simulated ESP32 serves its board with the same code (sockets on 127.0.0.1).
//
// Private services, module `avm_net` (a socket is a port term; its owner, the controlling process,
// gets the active-mode messages):
//   open(Kind, Opts)          Kind udp | listen | connect; Opts proplist: port, ip ("a.b.c.d" | any),
//                             address (host string, connect), active (true|false|once), binary,
//                             backlog. Returns the socket at once; the outcome arrives later as
//                             {'$avm_net', S, open, ok | {error, Reason}} to the caller.
//   send(S, Data)             tcp: ok | {error, closed}
//   sendto(S, Host, Port, D)  udp: ok | {error, Reason} (Host a string)
//   recv(S, Length)           {ok, Data} (tcp) / {ok, {Addr, Port, Data}} (udp) when buffered, else
//                             wait: the result comes as {'$avm_net', S, recv, Result}
//   accept(S)                 {ok, NewS} when a connection is queued, else wait: the result comes
//                             as {'$avm_net', S, accept, {ok, NewS} | {error, closed}}
//   cancel(S, Op)             ok: the caller's pending Op (recv | accept | open; open closes the
//                             socket) is dropped and no reply follows; sent: the reply was posted
//   close(S)                  ok; waiters get {error, closed}; the owner gets no message
//   controlling_process(S, P) {ok, Active} | {error, not_owner} | {error, closed}: the socket is
//                             passive until the caller has moved its queued messages to P and set
//                             {active, Active} again
//   setopts(S, Opts)          ok | {error, einval}: active, binary
//   sockname(S) / peername(S) {ok, {{A,B,C,D}, Port}} | {error, closed | enotconn}
// Active messages: {tcp, S, Data}, {tcp_closed, S}, {udp, S, {A,B,C,D}, Port, Data}.
// Data is a binary, or a list of bytes in list mode. Node errors map to their lowercase code
// (econnrefused, eaddrinuse; a name that does not resolve: nxdomain).
import * as net from 'net';
import * as dgram from 'dgram';
import { PFn, PVal, PlatformError, iodataBytes, pGet, pString } from '../../vm/platform';

export interface NetEnv {
  /** delivers msg to the process with this id; false when it no longer exists */
  post(pid: number, msg: PVal): boolean;
  /** the process exists and is not exiting */
  alive(pid: number): boolean;
  /** the simulated board maps its own and its virtual network's addresses to the loopback */
  mapHost?(host: string): string;
}

export interface NetGroup {
  services: { [mfa: string]: PFn };
  /** true while a socket can post an event to a live process; closes sockets of dead owners */
  pending(): boolean;
  /** closes every socket (the VM ended or the board reset) */
  closeAll(): void;
}

interface Sock {
  id: number;
  kind: string; // udp | listen | tcp
  owner: number;
  active: string; // true | false | once
  binary: boolean;
  closed: boolean; // closed on our side (close/1, owner gone)
  eof: boolean; // the peer closed or the connection failed (tcp)
  closedSent: boolean;
  ready: boolean; // open finished
  tcp: net.Socket | null;
  server: net.Server | null;
  udp: dgram.Socket | null;
  buf: Buffer[];
  bufLen: number;
  dgrams: PVal[][]; // udp passive: [addr, port, data]
  conns: net.Socket[]; // listen: connections not accepted yet
  openWait: number; // pid, 0 = none
  recvWait: number;
  recvLen: number;
  acceptWait: number[];
}

const MAX_DGRAMS = 256;
const MAX_CONNS = 64;

function reason(e: any): string {
  const c = e && e.code;
  if (c === 'ENOTFOUND' || c === 'EAI_AGAIN' || c === 'EAI_NONAME') return 'nxdomain';
  if (typeof c === 'string' && /^E[A-Z0-9]+$/.test(c)) return c.toLowerCase();
  return 'einval';
}

function addrTuple(a: string | undefined): PVal {
  let s = a || '0.0.0.0';
  if (s.indexOf('::ffff:') === 0) s = s.substring(7);
  if (s === '::1' || s === '::') s = s === '::1' ? '127.0.0.1' : '0.0.0.0';
  const p = s.split('.');
  if (p.length !== 4) return { tuple: [0, 0, 0, 0] };
  return { tuple: p.map((x) => parseInt(x, 10) | 0) };
}

function isPort(v: PVal): v is { port: number } {
  return typeof v === 'object' && v !== null && typeof (v as { port: number }).port === 'number';
}

export function netServices(env: NetEnv): NetGroup {
  const socks: { [id: string]: Sock } = {};
  let nextId = 1;
  const host = (h: string) => (env.mapHost ? env.mapHost(h) : h);

  // a socket closed earlier answers {error, closed}; a port that never was a socket is badarg
  const gone: Sock = make('gone', 0, 'false', false);
  destroy(gone);
  function get(v: PVal): Sock {
    if (!isPort(v)) throw new PlatformError('badarg');
    const s = socks['s' + v.port];
    if (s !== undefined) return s;
    if (v.port > 0 && v.port < nextId) return gone;
    throw new PlatformError('badarg');
  }
  const port = (s: Sock): PVal => ({ port: s.id });
  const data = (s: Sock, b: Uint8Array): PVal => (s.binary ? new Uint8Array(b) : Array.prototype.slice.call(b));
  const reply = (s: Sock, pid: number, op: string, r: PVal) => env.post(pid, { tuple: ['$avm_net', port(s), op, r] });
  const ok = (x: PVal): PVal => ({ tuple: ['ok', x] });
  const err = (r: string): PVal => ({ tuple: ['error', r] });

  function make(kind: string, owner: number, active: string, binary: boolean): Sock {
    const s: Sock = {
      id: nextId++, kind, owner, active, binary,
      closed: false, eof: false, closedSent: false, ready: false,
      tcp: null, server: null, udp: null, buf: [], bufLen: 0, dgrams: [], conns: [],
      openWait: 0, recvWait: 0, recvLen: 0, acceptWait: [],
    };
    socks['s' + s.id] = s;
    return s;
  }

  /** Closes the socket; a waiting recv, accept or open gets {error, closed}. */
  function destroy(s: Sock, graceful?: boolean): void {
    if (s.closed) return;
    s.closed = true;
    delete socks['s' + s.id];
    const waiters: [number, string][] = [];
    if (s.recvWait !== 0) waiters.push([s.recvWait, 'recv']);
    if (s.openWait !== 0) waiters.push([s.openWait, 'open']);
    for (const w of s.acceptWait) waiters.push([w, 'accept']);
    s.recvWait = s.openWait = 0;
    s.acceptWait = [];
    try {
      if (s.tcp && graceful && s.ready && !s.eof) {
        // an orderly close: what was written still goes out
        const c = s.tcp;
        c.end();
        setTimeout(() => c.destroy(), 5000).unref();
      } else if (s.tcp) s.tcp.destroy();
      if (s.server) s.server.close();
      if (s.udp) s.udp.close();
    } catch (e) {
      /* already gone */
    }
    for (const c of s.conns) c.destroy();
    s.conns = [];
    for (const [w, op] of waiters) reply(s, w, op, err('closed'));
  }

  /** The owner is gone: the socket closes (a port dies with its connected process). */
  function toOwner(s: Sock, msg: PVal): void {
    if (!env.post(s.owner, msg)) destroy(s);
  }

  // tcp: move buffered data and the end of stream to the owner or the waiting recv
  function pump(s: Sock): void {
    for (;;) {
      if (s.closed || !s.ready) return;
      if (s.active !== 'false' && s.bufLen > 0) {
        const b = Buffer.concat(s.buf, s.bufLen);
        s.buf = [];
        s.bufLen = 0;
        if (s.active === 'once') s.active = 'false';
        toOwner(s, { tuple: ['tcp', port(s), data(s, b)] });
        continue;
      }
      if (s.recvWait !== 0 && s.bufLen > 0 && (s.recvLen === 0 || s.bufLen >= s.recvLen || s.eof)) {
        const all = Buffer.concat(s.buf, s.bufLen);
        const n = s.recvLen === 0 || s.recvLen > all.length ? all.length : s.recvLen;
        s.buf = n < all.length ? [all.subarray(n)] : [];
        s.bufLen = all.length - n;
        const w = s.recvWait;
        s.recvWait = 0;
        reply(s, w, 'recv', ok(data(s, all.subarray(0, n))));
        continue;
      }
      if (s.eof && s.bufLen === 0) {
        if (s.recvWait !== 0) {
          const w = s.recvWait;
          s.recvWait = 0;
          reply(s, w, 'recv', err('closed'));
        }
        if (s.active !== 'false' && !s.closedSent) {
          s.closedSent = true;
          toOwner(s, { tuple: ['tcp_closed', port(s)] });
        }
      }
      break;
    }
    // flow control: read from the network only while someone takes the data
    if (s.tcp && !s.eof && !s.closed) {
      if (s.active === 'false' && s.recvWait === 0) s.tcp.pause();
      else s.tcp.resume();
    }
  }

  function attachTcp(s: Sock, c: net.Socket): void {
    s.tcp = c;
    c.on('data', (b: Buffer) => {
      s.buf.push(b);
      s.bufLen += b.length;
      pump(s);
    });
    const end = () => {
      if (s.eof) return;
      s.eof = true;
      pump(s);
    };
    c.on('end', end);
    c.on('close', end);
    c.on('error', () => {
      if (!s.ready) return; // reported by open
      end();
    });
  }

  function udpDeliver(s: Sock, item: PVal[]): void {
    if (s.active !== 'false') {
      if (s.active === 'once') s.active = 'false';
      toOwner(s, { tuple: ['udp', port(s), item[0], item[1], item[2]] });
    } else if (s.recvWait !== 0) {
      const w = s.recvWait;
      s.recvWait = 0;
      reply(s, w, 'recv', ok({ tuple: item }));
    } else if (s.dgrams.length < MAX_DGRAMS) s.dgrams.push(item);
  }

  function flushUdp(s: Sock): void {
    while (s.dgrams.length > 0 && s.active !== 'false' && !s.closed) udpDeliver(s, s.dgrams.shift() as PVal[]);
  }

  function opened(s: Sock, r: PVal): void {
    const w = s.openWait;
    s.openWait = 0;
    if (w !== 0) reply(s, w, 'open', r);
  }

  function activeOpt(v: PVal | undefined, dflt: string): string {
    if (v === undefined) return dflt;
    if (v === 'true' || v === 'false' || v === 'once') return v;
    throw new PlatformError('badarg');
  }

  function portOpt(v: PVal | undefined): number {
    if (v === undefined) return 0;
    if (typeof v !== 'number' || v < 0 || v > 65535 || v !== Math.floor(v)) throw new PlatformError('badarg');
    return v;
  }

  function ipOpt(v: PVal | undefined): string | undefined {
    if (v === undefined || v === 'any') return undefined;
    const t = pString(v);
    if (t === null) throw new PlatformError('badarg');
    return host(t);
  }

  const services: { [mfa: string]: PFn } = {
    'avm_net:open/2': (a, call) => {
      const kind = a[0];
      const o = a[1];
      if (!Array.isArray(o)) throw new PlatformError('badarg');
      const active = activeOpt(pGet(o, 'active'), 'true');
      const binary = pGet(o, 'binary') === 'true';
      const p = portOpt(pGet(o, 'port'));
      const ip = ipOpt(pGet(o, 'ip'));
      if (kind === 'udp') {
        const s = make('udp', call.pid, active, binary);
        const u = dgram.createSocket('udp4');
        s.udp = u;
        s.openWait = call.pid;
        u.on('error', (e) => {
          if (!s.ready) {
            opened(s, err(reason(e)));
            destroy(s);
          }
        });
        u.on('message', (msg: Buffer, rinfo: dgram.RemoteInfo) => {
          if (!s.closed) udpDeliver(s, [addrTuple(rinfo.address), rinfo.port, data(s, msg)]);
        });
        u.bind({ port: p, address: ip || '0.0.0.0' }, () => {
          s.ready = true;
          opened(s, 'ok');
        });
        return port(s);
      }
      if (kind === 'listen') {
        const s = make('listen', call.pid, active, binary);
        const backlog = pGet(o, 'backlog');
        const srv = net.createServer({ pauseOnConnect: true });
        s.server = srv;
        s.openWait = call.pid;
        srv.on('error', (e) => {
          if (!s.ready) {
            opened(s, err(reason(e)));
            destroy(s);
          }
        });
        srv.on('connection', (c: net.Socket) => {
          if (s.closed) return c.destroy();
          c.on('error', () => {}); // until accepted
          if (s.acceptWait.length > 0) {
            const w = s.acceptWait.shift() as number;
            reply(s, w, 'accept', ok(port(adopt(s, c, w))));
          } else if (s.conns.length < MAX_CONNS) s.conns.push(c);
          else c.destroy();
        });
        srv.listen({ port: p, host: ip || '0.0.0.0', backlog: typeof backlog === 'number' ? backlog : 5 }, () => {
          s.ready = true;
          opened(s, 'ok');
        });
        return port(s);
      }
      if (kind === 'connect') {
        const h = pString(pGet(o, 'address') as PVal);
        if (h === null) throw new PlatformError('badarg');
        const s = make('tcp', call.pid, active, binary);
        s.openWait = call.pid;
        const c = net.connect({ host: host(h), port: p, localAddress: ip, family: 4 });
        c.pause();
        attachTcp(s, c);
        c.on('error', (e) => {
          if (!s.ready) {
            opened(s, err(reason(e)));
            destroy(s);
          }
        });
        c.on('connect', () => {
          s.ready = true;
          opened(s, 'ok');
          pump(s);
        });
        return port(s);
      }
      throw new PlatformError('badarg');
    },

    'avm_net:send/2': (a) => {
      const s = get(a[0]);
      const b = iodataBytes(a[1]);
      if (b === null) throw new PlatformError('badarg');
      if (s.closed || s.eof || !s.tcp || !s.ready) return err('closed');
      s.tcp.write(Buffer.from(b));
      return 'ok';
    },

    'avm_net:sendto/4': (a) => {
      const s = get(a[0]);
      const h = pString(a[1]);
      const p = a[2];
      const b = iodataBytes(a[3]);
      if (h === null || b === null || typeof p !== 'number' || p < 0 || p > 65535) throw new PlatformError('badarg');
      if (s.closed || !s.udp) return err('closed');
      try {
        s.udp.send(Buffer.from(b), p, host(h));
      } catch (e) {
        return err(reason(e));
      }
      return 'ok';
    },

    'avm_net:recv/2': (a, call) => {
      const s = get(a[0]);
      const len = a[1];
      if (typeof len !== 'number' || len < 0) throw new PlatformError('badarg');
      if (s.closed) return err('closed');
      if (s.kind === 'listen') return err('enotconn');
      if (s.active !== 'false') return err('einval');
      if (s.recvWait !== 0) return err('ealready');
      if (s.kind === 'udp') {
        if (s.dgrams.length > 0) return ok({ tuple: s.dgrams.shift() as PVal[] });
      } else if (s.bufLen > 0 && (len === 0 || s.bufLen >= len)) {
        const all = Buffer.concat(s.buf, s.bufLen);
        const n = len === 0 ? all.length : len;
        s.buf = n < all.length ? [all.subarray(n)] : [];
        s.bufLen = all.length - n;
        return ok(data(s, all.subarray(0, n)));
      } else if (s.eof && s.bufLen === 0) return err('closed');
      s.recvWait = call.pid;
      s.recvLen = len;
      if (s.kind === 'tcp') pump(s);
      return 'wait';
    },

    'avm_net:accept/1': (a, call) => {
      const s = get(a[0]);
      if (s.closed) return err('closed');
      if (s.kind !== 'listen') return err('einval');
      const c = s.conns.shift();
      if (c !== undefined) return ok(port(adopt(s, c, call.pid)));
      s.acceptWait.push(call.pid);
      return 'wait';
    },

    'avm_net:cancel/2': (a, call) => {
      // ok: the caller's wait is dropped, no reply follows; sent: its reply is already on its way
      if (!isPort(a[0])) throw new PlatformError('badarg');
      const s = socks['s' + a[0].port];
      if (s === undefined) return 'sent';
      if (a[1] === 'recv' && s.recvWait === call.pid) {
        s.recvWait = 0;
        if (s.tcp) pump(s);
        return 'ok';
      }
      if (a[1] === 'accept' && s.acceptWait.indexOf(call.pid) >= 0) {
        s.acceptWait = s.acceptWait.filter((p) => p !== call.pid);
        return 'ok';
      }
      if (a[1] === 'open' && s.openWait === call.pid) {
        s.openWait = 0;
        destroy(s);
        return 'ok';
      }
      return 'sent';
    },

    'avm_net:close/1': (a) => {
      if (!isPort(a[0])) throw new PlatformError('badarg');
      const s = socks['s' + a[0].port];
      if (s !== undefined) destroy(s, true);
      return 'ok';
    },

    'avm_net:controlling_process/2': (a, call) => {
      if (!isPort(a[0]) || typeof a[1] !== 'object' || a[1] === null || typeof (a[1] as { pid: number }).pid !== 'number') {
        throw new PlatformError('badarg');
      }
      const s = socks['s' + a[0].port];
      if (s === undefined) return err('closed');
      if (s.owner !== call.pid) return err('not_owner');
      // delivery pauses while the caller moves the messages already sent to it (then setopts)
      s.owner = (a[1] as { pid: number }).pid;
      const was = s.active;
      s.active = 'false';
      if (s.tcp) pump(s);
      return ok(was);
    },

    'avm_net:setopts/2': (a) => {
      const s = get(a[0]);
      const o = a[1];
      if (!Array.isArray(o)) throw new PlatformError('badarg');
      if (s.closed) return err('closed');
      const act = pGet(o, 'active');
      const bin = pGet(o, 'binary');
      if (act !== undefined && act !== 'true' && act !== 'false' && act !== 'once') return err('einval');
      if (act !== undefined) s.active = act as string;
      if (bin !== undefined) s.binary = bin === 'true';
      if (s.kind === 'udp') flushUdp(s);
      else if (s.kind === 'tcp') pump(s);
      return 'ok';
    },

    'avm_net:sockname/1': (a) => {
      const s = get(a[0]);
      if (s.closed) return err('closed');
      let ad: { address?: string; port?: number } | string | null | undefined = null;
      try {
        ad = s.udp ? s.udp.address() : s.server ? s.server.address() : s.tcp ? { address: s.tcp.localAddress, port: s.tcp.localPort } : null;
      } catch (e) {
        ad = null;
      }
      if (ad === null || typeof ad !== 'object' || ad.port === undefined) return err('einval');
      return ok({ tuple: [addrTuple(ad.address), ad.port] });
    },

    'avm_net:peername/1': (a) => {
      const s = get(a[0]);
      if (s.closed) return err('closed');
      if (!s.tcp || !s.ready || s.tcp.remotePort === undefined) return err('enotconn');
      return ok({ tuple: [addrTuple(s.tcp.remoteAddress), s.tcp.remotePort] });
    },
  };

  function adopt(l: Sock, c: net.Socket, owner: number): Sock {
    const s = make('tcp', owner, l.active, l.binary);
    c.removeAllListeners('error');
    attachTcp(s, c);
    s.ready = true;
    // start reading on the next turn: the acceptor learns the socket first
    setImmediate(() => pump(s));
    return s;
  }

  function pending(): boolean {
    let any = false;
    for (const k in socks) {
      const s = socks[k];
      if (!env.alive(s.owner)) {
        destroy(s);
        continue;
      }
      if (s.recvWait !== 0 && !env.alive(s.recvWait)) s.recvWait = 0;
      if (s.openWait !== 0 && !env.alive(s.openWait)) s.openWait = 0;
      if (s.acceptWait.length > 0) s.acceptWait = s.acceptWait.filter(env.alive);
      if (s.openWait !== 0 || s.recvWait !== 0 || s.acceptWait.length > 0) any = true;
      else if (s.kind !== 'listen' && s.active !== 'false' && !(s.kind === 'tcp' && s.closedSent)) any = true;
      else if (s.kind === 'tcp' && !s.ready) any = true;
    }
    return any;
  }

  function closeAll(): void {
    for (const k in socks) destroy(socks[k]);
  }

  return { services, pending, closeAll };
}
