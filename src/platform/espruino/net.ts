// Network services of the Espruino backend, with the names and message shapes of the simulated
// board (src/tools/sim/net.ts) and the host (src/platform/node/sockets.ts), so lib.avm's network,
// gen_tcp, gen_udp and inet modules run unchanged:
//
// WiFi over require('Wifi') (private services avm_wifi:*, under src/erlang/network.erl):
//   open(Pid)   events go to Pid as {'$avm_wifi', Event}
//   start(Cfg)  ok | {error, badarg}: Cfg [{sta, [{ssid, S}, {psk, P}]}, {ap, [{ssid, S}, {psk, P},
//               {max_connections, N}]}, {sntp, [{host, H}]}] (network.erl has already taken missing
//               credentials from NVS and removed the callbacks)
//   stop()      ok: Wifi disconnected, AP stopped, no more events
// Espruino's Wifi events become: associated -> sta_connected, connected {ip, netmask, gw} ->
// {sta_got_ip, {Ip, Netmask, Gateway}}, disconnected -> sta_disconnected, startAP's callback ->
// ap_started, sta_joined / sta_left {mac} -> {ap_sta_connected, Mac} / {ap_sta_disconnected, Mac}.
// SNTP: Wifi.setSNTP(Host, 0) after the address; Espruino has no sync event, so the clock is
// polled once a second and {sntp_sync, {Secs, Micros}} is sent when it is past 2020.
// Espruino has no AP address-assignment event: {ap_sta_ip_assigned, Ip} is never sent. A wrong
// password gives sta_disconnected (Espruino's ESP32 port does its own reconnecting).
// Passwords are never printed.
//
// TCP and UDP over require('net') and require('dgram') (private services avm_net:*, the list and
// semantics in src/platform/node/sockets.ts's header): a socket is a port; blocking calls answer
// `wait` and the result comes as {'$avm_net', S, Op, Result}; active sockets send {tcp, S, Data},
// {tcp_closed, S}, {udp, S, {A,B,C,D}, Port, Data} to their owner. Espruino's socket data are byte
// strings. Differences from the host: Espruino sockets cannot be paused (data is buffered), the
// local address is not known (sockname answers {0,0,0,0} and the port given at open), the `ip`
// option is ignored, and errors carry a message rather than a code (mapped by reason()).
import { PFn, PVal, PTuple, PlatformError, vmPost, iodataBytes, pString, pGet, isList } from '../../vm/platform';
import { processById } from '../../vm/scheduler';
import { EspState, NetState, tup, bytesToStr, toBytes } from './util';

function ipTuple(s: any): PVal {
  var m = typeof s === 'string' ? s.split('.') : [];
  if (m.length !== 4) return tup(0, 0, 0, 0);
  return tup(parseInt(m[0], 10) | 0, parseInt(m[1], 10) | 0, parseInt(m[2], 10) | 0, parseInt(m[3], 10) | 0);
}

/** "aa:bb:cc:dd:ee:ff" -> 6 bytes */
function macBytes(s: any): Uint8Array {
  var p = typeof s === 'string' ? s.split(':') : [];
  var out = new Uint8Array(p.length === 6 ? 6 : 0);
  for (var i = 0; i < out.length; i++) out[i] = parseInt(p[i], 16) & 255;
  return out;
}

/** An Espruino error (an object with a message, a string) as an inet error reason. */
function reason(e: any, dflt: string): string {
  var c = e && e.code;
  if (typeof c === 'string' && /^E[A-Z0-9]+$/.test(c)) return c.toLowerCase();
  var m = String((e && e.message) || e || '').toLowerCase();
  if (m.indexOf('refused') >= 0) return 'econnrefused';
  if (m.indexOf('not found') >= 0 || m.indexOf('dns') >= 0 || m.indexOf('resolve') >= 0) return 'nxdomain';
  if (m.indexOf('timeout') >= 0 || m.indexOf('timed out') >= 0) return 'etimedout';
  if (m.indexOf('in use') >= 0) return 'eaddrinuse';
  if (m.indexOf('reset') >= 0) return 'econnreset';
  return dflt;
}

function alive(pid: number): boolean {
  return processById(pid) !== null;
}

/** Closes a socket; its waiting callers get {error, closed}. (Outside the group: pending() calls it.) */
function destroy(n: NetState, s: any, graceful: boolean): void {
  if (s.closed) return;
  s.closed = true;
  delete n.socks['s' + s.id];
  var w: any[] = [];
  if (s.recvWait !== 0) w.push([s.recvWait, 'recv']);
  if (s.openWait !== 0) w.push([s.openWait, 'open']);
  for (var i = 0; i < s.acceptWait.length; i++) w.push([s.acceptWait[i], 'accept']);
  s.recvWait = s.openWait = 0;
  s.acceptWait = [];
  try {
    if (s.kind === 'tcp' && s.h !== null) {
      if (graceful && !s.eof) s.h.end();
      else if (typeof s.h.destroy === 'function') s.h.destroy();
      else s.h.end();
    } else if (s.h !== null) s.h.close();
  } catch (e) {
    // already gone
  }
  for (var j = 0; j < s.conns.length; j++) s.conns[j].end();
  s.conns = [];
  for (var k = 0; k < w.length; k++) vmPost(w[k][0], tup('$avm_net', { port: s.id }, w[k][1], tup('error', 'closed')));
}

/**
 * The net part of the platform's pending(): true while a socket or the WiFi can post an event to a
 * live process; closes sockets of dead owners. Reads st.net only, so it works before (and without)
 * a run of netServices.
 */
export function netPending(st: EspState): boolean {
  var n = st.net;
  if (n === undefined) return false;
  var any = n.W !== null && n.target !== 0 && alive(n.target);
  var socks = n.socks;
  for (var k in socks) {
    if (!socks.hasOwnProperty(k)) continue;
    var s = socks[k];
    if (!alive(s.owner)) {
      destroy(n, s, false);
      continue;
    }
    if (s.recvWait !== 0 && !alive(s.recvWait)) s.recvWait = 0;
    if (s.openWait !== 0 && !alive(s.openWait)) s.openWait = 0;
    var keep: number[] = [];
    for (var i = 0; i < s.acceptWait.length; i++) if (alive(s.acceptWait[i])) keep.push(s.acceptWait[i]);
    s.acceptWait = keep;
    if (s.openWait !== 0 || s.recvWait !== 0 || s.acceptWait.length > 0) any = true;
    else if (s.kind !== 'listen' && s.active !== 'false' && !(s.kind === 'tcp' && s.closedSent)) any = true;
    else if (s.kind === 'tcp' && !s.ready) any = true;
  }
  return any;
}

/** Registers the avm_wifi and avm_net services. */
export function netServices(st: EspState, sv: { [k: string]: PFn }): void {
  var api = st.api;
  // all state on st.net: the group may run again (lazy natives), and the Wifi handlers and socket
  // callbacks of an earlier run must see what a later one does
  var n = st.net || (st.net = { target: 0, W: null, sntpTimer: null, sntpHost: null, socks: {}, nextId: 1 });

  // ---- WiFi ----
  var post = function (e: PVal): void {
    if (n.target !== 0) vmPost(n.target, tup('$avm_wifi', e));
  };
  var stopSntp = function (): void {
    if (n.sntpTimer !== null) api.clearInterval(n.sntpTimer);
    n.sntpTimer = null;
  };
  var startSntp = function (): void {
    if (n.sntpHost === null || n.sntpTimer !== null) return;
    if (typeof n.W.setSNTP === 'function') n.W.setSNTP(n.sntpHost, 0);
    var check = function (): void {
      var now = Date.now();
      if (now < 1577836800000) return; // 2020-01-01: the clock is not set yet
      stopSntp();
      post(tup('sntp_sync', tup(Math.floor(now / 1000), (now % 1000) * 1000)));
    };
    n.sntpTimer = api.setInterval(check, 1000);
  };
  var listen = function (W: any): void {
    W.on('associated', function () { post('sta_connected'); });
    W.on('connected', function (d: any) {
      var give = function (x: any): void {
        post(tup('sta_got_ip', tup(ipTuple(x && x.ip), ipTuple(x && x.netmask), ipTuple(x && x.gw))));
        startSntp();
      };
      if (d && typeof d.ip === 'string') give(d);
      else W.getIP(function (e: any, x: any) { give(x || e); });
    });
    W.on('disconnected', function () { post('sta_disconnected'); });
    W.on('sta_joined', function (d: any) { post(tup('ap_sta_connected', macBytes(d && d.mac))); });
    W.on('sta_left', function (d: any) { post(tup('ap_sta_disconnected', macBytes(d && d.mac))); });
  };
  var badCfg = tup('error', 'badarg');
  sv['avm_wifi:open/1'] = function (a) {
    var p = a[0] as any;
    if (p === null || typeof p !== 'object' || typeof p.pid !== 'number') throw new PlatformError();
    n.target = p.pid;
    return 'ok';
  };
  sv['avm_wifi:start/1'] = function (a) {
    var cfg = a[0];
    if (!isList(cfg)) return badCfg;
    var sta = pGet(cfg, 'sta');
    var ap = pGet(cfg, 'ap');
    var sn = pGet(cfg, 'sntp');
    if (sta === undefined && ap === undefined) return badCfg;
    var ssid: string | null = null;
    var psk: string | null = '';
    if (sta !== undefined) {
      ssid = pString(pGet(sta, 'ssid') || []);
      psk = pGet(sta, 'psk') === undefined ? '' : pString(pGet(sta, 'psk') as PVal);
      if (ssid === null || ssid === '' || psk === null) return badCfg;
    }
    var assid: string | null = null;
    var apsk: string | null = '';
    if (ap !== undefined) {
      assid = pGet(ap, 'ssid') === undefined ? 'atomvm-esp32' : pString(pGet(ap, 'ssid') as PVal);
      apsk = pGet(ap, 'psk') === undefined ? '' : pString(pGet(ap, 'psk') as PVal);
      var max = pGet(ap, 'max_connections') || pGet(ap, 'ap_max_connections') || 4;
      if (assid === null || apsk === null || (apsk !== '' && apsk.length < 8) || typeof max !== 'number') return badCfg;
    }
    var host = sn === undefined ? null : pString(pGet(sn, 'host') || []);
    n.sntpHost = host === null || host === '' ? null : host;
    stopSntp();
    if (n.W === null) {
      n.W = api.require('Wifi');
      listen(n.W);
    }
    var W = n.W;
    if (assid !== null) {
      W.startAP(assid, apsk ? { password: apsk, authMode: 'wpa2' } : { authMode: 'open' }, function (e: any) {
        if (!e) post('ap_started');
      });
    }
    if (ssid !== null) {
      W.connect(ssid, psk ? { password: psk } : {}, function (e: any) {
        if (e) post('sta_disconnected');
      });
    }
    return 'ok';
  };
  sv['avm_wifi:stop/0'] = function () {
    stopSntp();
    n.target = 0;
    var W = n.W;
    if (W !== null) {
      if (typeof W.removeAllListeners === 'function') W.removeAllListeners();
      W.disconnect();
      if (typeof W.stopAP === 'function') W.stopAP();
      n.W = null;
    }
    return 'ok';
  };

  // ---- sockets ----
  // a socket: kind udp | listen | tcp; owner pid; active 'true' | 'false' | 'once'; bin; buf (tcp
  // byte string) or dgrams ([addr, port, bytes string]); conns (listen); waiters
  var socks = n.socks;
  var get = function (v: PVal): any {
    var id = v !== null && typeof v === 'object' ? (v as any).port : undefined;
    if (typeof id !== 'number') throw new PlatformError();
    var s = socks['s' + id];
    if (s !== undefined) return s;
    if (id > 0 && id < n.nextId) return { closed: true, kind: 'gone' }; // closed earlier: {error, closed}
    throw new PlatformError();
  };
  var P = function (s: any): PVal {
    return { port: s.id };
  };
  var ok = function (x: PVal): PTuple {
    return tup('ok', x);
  };
  var err = function (r: string): PTuple {
    return tup('error', r);
  };
  var data = function (s: any, str: string): PVal {
    var b = toBytes(str);
    if (s.bin) return b;
    var l: PVal[] = [];
    for (var i = 0; i < b.length; i++) l.push(b[i]);
    return l;
  };
  var reply = function (s: any, pid: number, op: string, r: PVal): void {
    vmPost(pid, tup('$avm_net', P(s), op, r));
  };
  var make = function (kind: string, owner: number, active: string, bin: boolean): any {
    var s: any = {
      id: n.nextId++, kind: kind, owner: owner, active: active, bin: bin, closed: false, eof: false,
      closedSent: false, ready: false, h: null, buf: '', dgrams: [], conns: [], port: 0,
      openWait: 0, recvWait: 0, recvLen: 0, acceptWait: [],
    };
    socks['s' + s.id] = s;
    return s;
  };
  var toOwner = function (s: any, msg: PVal): void {
    if (!vmPost(s.owner, msg)) destroy(n, s, false);
  };
  // tcp: buffered data and the end of stream go to the owner (active) or the waiting recv
  var pump = function (s: any): void {
    for (;;) {
      if (s.closed || !s.ready) return;
      if (s.active !== 'false' && s.buf.length > 0) {
        var b = s.buf;
        s.buf = '';
        if (s.active === 'once') s.active = 'false';
        toOwner(s, tup('tcp', P(s), data(s, b)));
        continue;
      }
      if (s.recvWait !== 0 && s.buf.length > 0 && (s.recvLen === 0 || s.buf.length >= s.recvLen || s.eof)) {
        var n = s.recvLen === 0 || s.recvLen > s.buf.length ? s.buf.length : s.recvLen;
        var part = s.buf.substr(0, n);
        s.buf = s.buf.substr(n);
        var wr = s.recvWait;
        s.recvWait = 0;
        reply(s, wr, 'recv', ok(data(s, part)));
        continue;
      }
      if (s.eof && s.buf.length === 0) {
        if (s.recvWait !== 0) {
          var we = s.recvWait;
          s.recvWait = 0;
          reply(s, we, 'recv', err('closed'));
        }
        if (s.active !== 'false' && !s.closedSent) {
          s.closedSent = true;
          toOwner(s, tup('tcp_closed', P(s)));
        }
      }
      return;
    }
  };
  var attach = function (s: any, c: any): void {
    s.h = c;
    c.on('data', function (d: any) {
      s.buf += typeof d === 'string' ? d : bytesToStr(toBytes(d));
      pump(s);
    });
    var end = function (): void {
      if (s.eof) return;
      s.eof = true;
      pump(s);
    };
    c.on('end', end);
    c.on('close', end);
  };
  var udpDeliver = function (s: any, item: any[]): void {
    if (s.active !== 'false') {
      if (s.active === 'once') s.active = 'false';
      toOwner(s, tup('udp', P(s), ipTuple(item[0]), item[1], data(s, item[2])));
    } else if (s.recvWait !== 0) {
      var w = s.recvWait;
      s.recvWait = 0;
      reply(s, w, 'recv', ok(tup(ipTuple(item[0]), item[1], data(s, item[2]))));
    } else if (s.dgrams.length < 64) s.dgrams.push(item);
  };
  var opened = function (s: any, r: PVal): void {
    var w = s.openWait;
    s.openWait = 0;
    if (w !== 0) reply(s, w, 'open', r);
  };
  /** the outcome of an open that Espruino decides at once still arrives as a message */
  var later = function (s: any, r: PVal): void {
    api.setTimeout(function () {
      if (r === 'ok') s.ready = true;
      opened(s, r);
      if (r !== 'ok') destroy(n, s, false);
      else if (s.kind === 'tcp') pump(s);
    }, 0);
  };
  var activeOpt = function (v: PVal | undefined): string {
    if (v === undefined) return 'true';
    if (v === 'true' || v === 'false' || v === 'once') return v as string;
    throw new PlatformError();
  };
  var portOpt = function (v: PVal | undefined): number {
    if (v === undefined) return 0;
    if (typeof v !== 'number' || v < 0 || v > 65535 || v !== Math.floor(v)) throw new PlatformError();
    return v;
  };
  var adopt = function (l: any, c: any, owner: number): any {
    var s = make('tcp', owner, l.active, l.bin);
    attach(s, c);
    s.ready = true;
    s.port = l.port;
    // reading starts on the next turn: the acceptor learns the socket first
    api.setTimeout(function () { pump(s); }, 0);
    return s;
  };

  sv['avm_net:open/2'] = function (a, call) {
    var kind = a[0];
    var o = a[1];
    if (!isList(o)) throw new PlatformError();
    var active = activeOpt(pGet(o, 'active'));
    var bin = pGet(o, 'binary') === 'true';
    var port = portOpt(pGet(o, 'port'));
    var s: any;
    if (kind === 'udp') {
      s = make('udp', call.pid, active, bin);
      s.openWait = call.pid;
      s.port = port;
      try {
        var u = api.require('dgram').createSocket('udp4');
        s.h = u;
        u.on('message', function (msg: any, rinfo: any) {
          if (!s.closed) udpDeliver(s, [rinfo && rinfo.address, (rinfo && rinfo.port) | 0, typeof msg === 'string' ? msg : bytesToStr(toBytes(msg))]);
        });
        if (port > 0) u.bind(port);
        later(s, 'ok');
      } catch (e) {
        later(s, err(reason(e, 'einval')));
      }
      return P(s);
    }
    if (kind === 'listen') {
      s = make('listen', call.pid, active, bin);
      s.openWait = call.pid;
      s.port = port;
      try {
        s.h = api.require('net').createServer(function (c: any) {
          if (s.closed) return c.end();
          if (s.acceptWait.length > 0) {
            var w = s.acceptWait.shift();
            reply(s, w, 'accept', ok(P(adopt(s, c, w))));
          } else if (s.conns.length < 8) s.conns.push(c);
          else c.end();
        });
        s.h.listen(port);
        later(s, 'ok');
      } catch (e) {
        later(s, err(reason(e, 'eaddrinuse')));
      }
      return P(s);
    }
    if (kind === 'connect') {
      var host = pString(pGet(o, 'address') as PVal);
      if (host === null) throw new PlatformError();
      s = make('tcp', call.pid, active, bin);
      s.openWait = call.pid;
      s.port = port;
      try {
        var c = api.require('net').connect({ host: host, port: port }, function () {
          if (s.closed || s.ready) return;
          s.ready = true;
          opened(s, 'ok');
          pump(s);
        });
        attach(s, c);
        c.on('error', function (e: any) {
          if (s.ready || s.closed) return;
          opened(s, err(reason(e, 'econnrefused')));
          destroy(n, s, false);
        });
      } catch (e) {
        later(s, err(reason(e, 'econnrefused')));
      }
      return P(s);
    }
    throw new PlatformError();
  };
  sv['avm_net:send/2'] = function (a) {
    var s = get(a[0]);
    var b = iodataBytes(a[1]);
    if (b === null) throw new PlatformError();
    if (s.closed || s.eof || s.kind !== 'tcp' || !s.ready) return err('closed');
    s.h.write(bytesToStr(b));
    return 'ok';
  };
  sv['avm_net:sendto/4'] = function (a) {
    var s = get(a[0]);
    var h = pString(a[1]);
    var p = a[2];
    var b = iodataBytes(a[3]);
    if (h === null || b === null || typeof p !== 'number' || p < 0 || p > 65535) throw new PlatformError();
    if (s.closed || s.kind !== 'udp') return err('closed');
    try {
      var d = bytesToStr(b);
      s.h.send(d, 0, d.length, p, h);
    } catch (e) {
      return err(reason(e, 'einval'));
    }
    return 'ok';
  };
  sv['avm_net:recv/2'] = function (a, call) {
    var s = get(a[0]);
    var len = a[1];
    if (typeof len !== 'number' || len < 0) throw new PlatformError();
    if (s.closed) return err('closed');
    if (s.kind === 'listen') return err('enotconn');
    if (s.active !== 'false') return err('einval');
    if (s.recvWait !== 0) return err('ealready');
    if (s.kind === 'udp') {
      if (s.dgrams.length > 0) {
        var it = s.dgrams.shift();
        return ok(tup(ipTuple(it[0]), it[1], data(s, it[2])));
      }
    } else if (s.buf.length > 0 && (len === 0 || s.buf.length >= len)) {
      var n = len === 0 ? s.buf.length : len;
      var part = s.buf.substr(0, n);
      s.buf = s.buf.substr(n);
      return ok(data(s, part));
    } else if (s.eof && s.buf.length === 0) return err('closed');
    s.recvWait = call.pid;
    s.recvLen = len;
    if (s.kind === 'tcp') pump(s);
    return 'wait';
  };
  sv['avm_net:accept/1'] = function (a, call) {
    var s = get(a[0]);
    if (s.closed) return err('closed');
    if (s.kind !== 'listen') return err('einval');
    if (s.conns.length > 0) return ok(P(adopt(s, s.conns.shift(), call.pid)));
    s.acceptWait.push(call.pid);
    return 'wait';
  };
  sv['avm_net:cancel/2'] = function (a, call) {
    var id = a[0] !== null && typeof a[0] === 'object' ? (a[0] as any).port : undefined;
    if (typeof id !== 'number') throw new PlatformError();
    var s = socks['s' + id];
    if (s === undefined) return 'sent';
    if (a[1] === 'recv' && s.recvWait === call.pid) {
      s.recvWait = 0;
      return 'ok';
    }
    var i = s.acceptWait.indexOf(call.pid);
    if (a[1] === 'accept' && i >= 0) {
      s.acceptWait.splice(i, 1);
      return 'ok';
    }
    if (a[1] === 'open' && s.openWait === call.pid) {
      s.openWait = 0;
      destroy(n, s, false);
      return 'ok';
    }
    return 'sent';
  };
  sv['avm_net:close/1'] = function (a) {
    var id = a[0] !== null && typeof a[0] === 'object' ? (a[0] as any).port : undefined;
    if (typeof id !== 'number') throw new PlatformError();
    var s = socks['s' + id];
    if (s !== undefined) destroy(n, s, true);
    return 'ok';
  };
  sv['avm_net:controlling_process/2'] = function (a, call) {
    var id = a[0] !== null && typeof a[0] === 'object' ? (a[0] as any).port : undefined;
    var to = a[1] as any;
    if (typeof id !== 'number' || to === null || typeof to !== 'object' || typeof to.pid !== 'number') throw new PlatformError();
    var s = socks['s' + id];
    if (s === undefined) return err('closed');
    if (s.owner !== call.pid) return err('not_owner');
    s.owner = to.pid;
    var was = s.active;
    s.active = 'false';
    return ok(was);
  };
  sv['avm_net:setopts/2'] = function (a) {
    var s = get(a[0]);
    var o = a[1];
    if (!isList(o)) throw new PlatformError();
    if (s.closed) return err('closed');
    var act = pGet(o, 'active');
    var bin = pGet(o, 'binary');
    if (act !== undefined && act !== 'true' && act !== 'false' && act !== 'once') return err('einval');
    if (act !== undefined) s.active = act;
    if (bin !== undefined) s.bin = bin === 'true';
    if (s.kind === 'udp') while (s.dgrams.length > 0 && s.active !== 'false' && !s.closed) udpDeliver(s, s.dgrams.shift());
    else if (s.kind === 'tcp') pump(s);
    return 'ok';
  };
  sv['avm_net:sockname/1'] = function (a) {
    var s = get(a[0]);
    if (s.closed) return err('closed');
    return ok(tup(tup(0, 0, 0, 0), s.port));
  };
  sv['avm_net:peername/1'] = function (a) {
    var s = get(a[0]);
    if (s.closed) return err('closed');
    var c = s.h;
    if (s.kind !== 'tcp' || !s.ready || !c || typeof c.remoteAddress !== 'string') return err('enotconn');
    return ok(tup(ipTuple(c.remoteAddress), c.remotePort | 0));
  };
}
