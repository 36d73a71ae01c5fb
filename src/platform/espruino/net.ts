// Network services of the Espruino backend: WiFi over require('Wifi'), UDP over require('dgram'),
// TCP over require('net').
//
// Calls that block in AtomVM are primitives that either answer at once or return {wait, Handle};
// the caller then gets {io_reply, Handle, Result} once, Result being what the blocking call
// returns (the Erlang side: `case P of {wait, H} -> receive {io_reply, H, R} -> R end; R -> R end`):
//   gen_tcp:connect_or_wait/3, gen_tcp:accept_or_wait/1, gen_tcp:recv_or_wait/2,
//   gen_udp:recv_or_wait/2, uart:read_or_wait/1 (platform.ts).
// Active sockets send {udp, S, Ip, Port, Data}, {tcp, S, Data}, {tcp_closed, S} to their owner.
//
// network:platform_start/1 takes network:start/1's config without the callback funs (sta, ap
// proplists; ssid/psk missing -> NVS namespace atomvm keys sta_ssid, sta_psk, ap_ssid, ap_psk) and
// sends the caller {network_event, E}: connected, disconnected, {got_ip, {Ip, Mask, Gw}},
// ap_started, {sta_connected, Mac}, {sta_disconnected, Mac}, {sta_ip_assigned, Ip}.
// Passwords are never printed.
import { PFn, PVal, PTuple, PlatformError, vmPost, iodataBytes, pString, pGet, isBytes, isList } from '../../vm/platform';
import { EspState, tup, int, handle, newHandle, bytesToStr, toBytes } from './util';

function ipTuple(s: any): PVal {
  var m = typeof s === 'string' ? s.split('.') : [];
  if (m.length !== 4) return 'undefined';
  return tup(+m[0], +m[1], +m[2], +m[3]);
}
/** An address argument: {A,B,C,D}, a hostname string/charlist/atom (localhost, loopback). */
function ipString(v: PVal): string {
  var t = v !== null && typeof v === 'object' ? (v as PTuple).tuple : undefined;
  if (t && t.length === 4) return int(t[0]) + '.' + int(t[1]) + '.' + int(t[2]) + '.' + int(t[3]);
  if (v === 'localhost' || v === 'loopback') return '127.0.0.1';
  var s = typeof v === 'string' ? null : pString(v);
  if (s === null || s.length === 0) throw new PlatformError();
  return s;
}

function nvsString(st: EspState, key: string): string | null {
  var s = st.api.require('Storage').read('nvs.atomvm');
  if (typeof s !== 'string') return null;
  var i = 0;
  while (i < s.length) {
    var kl = s.charCodeAt(i);
    if (kl === 0 || kl === 255) break;
    var k = s.substr(i + 1, kl);
    i += 1 + kl;
    var vl = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
    if (k === key) return s.substr(i + 3, vl);
    i += 3 + vl;
  }
  return null;
}

export function netServices(st: EspState, sv: { [k: string]: PFn }): void {
  var api = st.api;

  // ---- WiFi ----
  var netPid = -1;
  var ev = function (e: PVal): void {
    if (netPid >= 0) vmPost(netPid, tup('network_event', e));
  };
  var wifiOn = false;
  sv['network:platform_start/1'] = function (a, call) {
    var cfg = a[0];
    var W = api.require('Wifi');
    netPid = call.pid;
    if (!wifiOn) {
      wifiOn = true;
      st.sources++;
      W.on('connected', function () { ev('connected'); W.getIP(function (e: any, ip: any) { if (ip) ev(tup('got_ip', tup(ipTuple(ip.ip), ipTuple(ip.netmask), ipTuple(ip.gw)))); }); });
      W.on('disconnected', function () { ev('disconnected'); });
      W.on('sta_joined', function (d: any) { ev(tup('sta_connected', toBytes(d && d.mac ? String(d.mac) : ''))); });
      W.on('sta_left', function (d: any) { ev(tup('sta_disconnected', toBytes(d && d.mac ? String(d.mac) : ''))); });
    }
    var sta = pGet(cfg, 'sta');
    var ap = pGet(cfg, 'ap');
    if (sta !== undefined) {
      var ssid = pGet(sta, 'ssid') !== undefined ? pString(pGet(sta, 'ssid') as PVal) : nvsString(st, 'sta_ssid');
      var psk = pGet(sta, 'psk') !== undefined ? pString(pGet(sta, 'psk') as PVal) : nvsString(st, 'sta_psk');
      if (ssid === null) throw new PlatformError(tup('error', 'no_sta_ssid'));
      W.connect(ssid, psk ? { password: psk } : {}, function (e: any) {
        if (e) ev(tup('connect_failed', toBytes(String(e))));
      });
    }
    if (ap !== undefined) {
      var assid = pGet(ap, 'ssid') !== undefined ? pString(pGet(ap, 'ssid') as PVal) : nvsString(st, 'ap_ssid');
      var apsk = pGet(ap, 'psk') !== undefined ? pString(pGet(ap, 'psk') as PVal) : nvsString(st, 'ap_psk');
      if (assid === null) throw new PlatformError(tup('error', 'no_ap_ssid'));
      W.startAP(assid, apsk ? { password: apsk, authMode: 'wpa2' } : { authMode: 'open' }, function (e: any) {
        if (e) ev(tup('ap_failed', toBytes(String(e))));
        else {
          ev('ap_started');
          W.getAPIP(function (e2: any, ip: any) { if (ip) ev(tup('ap_ip', ipTuple(ip.ip))); });
        }
      });
    }
    return 'ok';
  };
  sv['network:platform_stop/0'] = function () {
    var W = api.require('Wifi');
    W.disconnect();
    if (typeof W.stopAP === 'function') W.stopAP();
    if (wifiOn) {
      wifiOn = false;
      st.sources--;
      if (typeof W.removeAllListeners === 'function') W.removeAllListeners();
    }
    netPid = -1;
    return 'ok';
  };
  sv['network:sta_rssi/0'] = function () {
    var s = api.require('Wifi').getStatus();
    return s && typeof s.rssi === 'number' ? tup('ok', s.rssi) : tup('error', 'not_connected');
  };

  // ---- sockets ----
  var opts = function (o: PVal): { bin: boolean; active: PVal } {
    var l = isList(o) ? (o as PVal[]) : [];
    var bin = false;
    for (var i = 0; i < l.length; i++) if (l[i] === 'binary') bin = true;
    var act = pGet(o, 'active');
    return { bin: bin, active: act === undefined ? 'true' : act };
  };
  var data = function (h: any, s: string): PVal {
    var b = toBytes(s);
    if (h.bin) return b;
    var l: PVal[] = [];
    for (var i = 0; i < b.length; i++) l.push(b[i]);
    return l;
  };
  // one incoming item (a UDP packet [ip, port, bytes] or TCP bytes) to the owner or the waiter
  var arrive = function (h: any, item: any): void {
    if (h.closed) return;
    if (h.waiter >= 0) {
      var w = h.waiter;
      h.waiter = -1;
      st.sources--;
      vmPost(w, tup('io_reply', { port: h.id }, h.kind === 'udp' ? tup('ok', tup(ipTuple(item[0]), item[1], data(h, item[2]))) : tup('ok', data(h, item))));
      return;
    }
    if (h.active === 'false') {
      if (h.kind === 'tcp' && h.queue.length > 0) h.queue[0] += item;
      else h.queue.push(item);
      return;
    }
    if (h.active === 'once') h.active = 'false';
    if (h.kind === 'udp') vmPost(h.owner, tup('udp', { port: h.id }, ipTuple(item[0]), item[1], data(h, item[2])));
    else vmPost(h.owner, tup('tcp', { port: h.id }, data(h, item)));
  };
  var closeH = function (h: any): void {
    if (h.closed) return;
    h.closed = true;
    st.sources--;
    if (h.waiter >= 0) {
      st.sources--;
      vmPost(h.waiter, tup('io_reply', { port: h.id }, tup('error', 'closed')));
      h.waiter = -1;
    }
  };
  var take = function (h: any, call: any): PVal {
    if (h.queue.length > 0) {
      var it = h.queue.shift();
      return h.kind === 'udp' ? tup('ok', tup(ipTuple(it[0]), it[1], data(h, it[2]))) : tup('ok', data(h, it));
    }
    if (h.closed || h.peerClosed) return tup('error', 'closed');
    if (h.waiter < 0) st.sources++;
    h.waiter = call.pid;
    return tup('wait', { port: h.id });
  };
  var cancel = function (h: any): PVal {
    if (h.waiter >= 0) st.sources--;
    h.waiter = -1;
    return 'ok';
  };

  var udpOpen = function (port: number, o: PVal, pid: number): PVal {
    var op = opts(o);
    var sock = api.require('dgram').createSocket('udp4');
    var h: any = { kind: 'udp', sock: sock, owner: pid, bin: op.bin, active: op.active, queue: [], waiter: -1, closed: false, port: port };
    var p = newHandle(st, h);
    st.sources++;
    sock.on('message', function (msg: any, rinfo: any) {
      arrive(h, [rinfo.address, rinfo.port, msg]);
    });
    if (port > 0) sock.bind(port);
    return tup('ok', p);
  };
  sv['gen_udp:open/1'] = function (a, c) { return udpOpen(int(a[0]), [], c.pid); };
  sv['gen_udp:open/2'] = function (a, c) { return udpOpen(int(a[0]), a[1], c.pid); };
  sv['gen_udp:send/4'] = function (a) {
    var h = handle(st, a[0], 'udp');
    if (h.closed) return tup('error', 'closed');
    var b = iodataBytes(a[3]);
    if (b === null) throw new PlatformError();
    var s = bytesToStr(b);
    h.sock.send(s, 0, s.length, int(a[2]), ipString(a[1]));
    return 'ok';
  };
  sv['gen_udp:recv_or_wait/2'] = function (a, c) { return take(handle(st, a[0], 'udp'), c); };
  sv['gen_udp:cancel_recv/1'] = function (a) { return cancel(handle(st, a[0], 'udp')); };
  sv['gen_udp:close/1'] = function (a) {
    var h = handle(st, a[0], 'udp');
    if (!h.closed) h.sock.close();
    closeH(h);
    return 'ok';
  };

  var tcpConn = function (conn: any, pid: number, op: { bin: boolean; active: PVal }): any {
    var h: any = { kind: 'tcp', conn: conn, owner: pid, bin: op.bin, active: op.active, queue: [], waiter: -1, closed: false, peerClosed: false };
    newHandle(st, h);
    st.sources++;
    conn.on('data', function (d: string) { arrive(h, d); });
    conn.on('close', function () {
      if (h.closed) return;
      h.peerClosed = true;
      if (h.waiter >= 0 || h.active !== 'false' || h.queue.length === 0) {
        if (h.waiter < 0 && h.active !== 'false') vmPost(h.owner, tup('tcp_closed', { port: h.id }));
        closeH(h);
      }
    });
    conn.on('error', function (e: any) {
      if (h.active !== 'false' && !h.closed) vmPost(h.owner, tup('tcp_error', { port: h.id }, toBytes(String((e && e.message) || e))));
    });
    return h;
  };
  sv['gen_tcp:listen/2'] = function (a, c) {
    var port = int(a[0]);
    var op = opts(a[1]);
    var h: any = { kind: 'tcp_listen', owner: c.pid, queue: [], waiter: -1, closed: false, port: port, server: null };
    var p = newHandle(st, h);
    st.sources++;
    h.server = api.require('net').createServer(function (conn: any) {
      if (h.closed) return conn.end();
      if (h.waiter >= 0) {
        var w = h.waiter;
        h.waiter = -1;
        st.sources--;
        vmPost(w, tup('io_reply', p, tup('ok', { port: tcpConn(conn, w, op).id })));
      } else h.queue.push(conn);
    });
    h.server.listen(port);
    h.op = op;
    return tup('ok', p);
  };
  sv['gen_tcp:accept_or_wait/1'] = function (a, c) {
    var h = handle(st, a[0], 'tcp_listen');
    if (h.closed) return tup('error', 'closed');
    if (h.queue.length > 0) return tup('ok', { port: tcpConn(h.queue.shift(), c.pid, h.op).id });
    if (h.waiter < 0) st.sources++;
    h.waiter = c.pid;
    return tup('wait', a[0]);
  };
  sv['gen_tcp:cancel_accept/1'] = function (a) { return cancel(handle(st, a[0], 'tcp_listen')); };
  sv['gen_tcp:connect_or_wait/3'] = function (a, c) {
    var op = opts(a[2]);
    var conn = api.require('net').connect({ host: ipString(a[0]), port: int(a[1]) }, function () {
      if (h.waiter >= 0) {
        h.waiter = -1;
        st.sources--;
        vmPost(c.pid, tup('io_reply', { port: h.id }, tup('ok', { port: h.id })));
      }
    });
    var h = tcpConn(conn, c.pid, op);
    h.waiter = c.pid;
    st.sources++;
    conn.on('error', function () {
      if (h.waiter >= 0) {
        h.waiter = -1;
        st.sources--;
        closeH(h);
        vmPost(c.pid, tup('io_reply', { port: h.id }, tup('error', 'econnrefused')));
      }
    });
    return tup('wait', { port: h.id });
  };
  sv['gen_tcp:send/2'] = function (a) {
    var h = handle(st, a[0], 'tcp');
    if (h.closed || h.peerClosed) return tup('error', 'closed');
    var b = iodataBytes(a[1]);
    if (b === null) throw new PlatformError();
    h.conn.write(bytesToStr(b));
    return 'ok';
  };
  sv['gen_tcp:recv_or_wait/2'] = function (a, c) { return take(handle(st, a[0], 'tcp'), c); };
  sv['gen_tcp:cancel_recv/1'] = function (a) { return cancel(handle(st, a[0], 'tcp')); };
  sv['gen_tcp:close/1'] = function (a) {
    var id = a[0] !== null && typeof a[0] === 'object' ? (a[0] as any).port : -1;
    var h = st.handles['h' + id];
    if (h === undefined || (h.kind !== 'tcp' && h.kind !== 'tcp_listen')) throw new PlatformError();
    if (!h.closed) {
      if (h.kind === 'tcp') h.conn.end();
      else h.server.close();
    }
    closeH(h);
    return 'ok';
  };
  sv['gen_tcp:controlling_process/2'] = function (a, c) {
    var id = a[0] !== null && typeof a[0] === 'object' ? (a[0] as any).port : -1;
    var h = st.handles['h' + id];
    var to = a[1] as any;
    if (h === undefined || to === null || typeof to !== 'object' || typeof to.pid !== 'number') throw new PlatformError();
    if (h.owner !== c.pid) return tup('error', 'not_owner');
    h.owner = to.pid;
    return 'ok';
  };
  var sockH = function (v: PVal): any {
    var id = v !== null && typeof v === 'object' ? (v as any).port : -1;
    var h = st.handles['h' + id];
    if (h === undefined || (h.kind !== 'tcp' && h.kind !== 'tcp_listen' && h.kind !== 'udp')) throw new PlatformError();
    return h;
  };
  sv['inet:setopts/2'] = function (a) {
    var h = sockH(a[0]);
    var act = pGet(a[1], 'active');
    if (act !== undefined) {
      h.active = act;
      // queued data goes out now that the socket is active
      while (h.active !== 'false' && h.queue && h.queue.length > 0 && h.kind !== 'tcp_listen') {
        var it = h.queue.shift();
        arrive(h, it);
      }
    }
    var l = isList(a[1]) ? (a[1] as PVal[]) : [];
    for (var i = 0; i < l.length; i++) {
      if (l[i] === 'binary') h.bin = true;
      if (l[i] === 'list') h.bin = false;
    }
    return 'ok';
  };
  sv['inet:port/1'] = function (a) {
    var h = sockH(a[0]);
    return typeof h.port === 'number' ? tup('ok', h.port) : tup('error', 'einval');
  };
  sv['inet:sockname/1'] = function (a) {
    var h = sockH(a[0]);
    return tup('ok', tup(tup(0, 0, 0, 0), typeof h.port === 'number' ? h.port : 0));
  };
  sv['inet:peername/1'] = function (a) {
    var h = sockH(a[0]);
    if (h.kind !== 'tcp' || !h.conn || typeof h.conn.remoteAddress !== 'string') return tup('error', 'enotconn');
    return tup('ok', tup(ipTuple(h.conn.remoteAddress), h.conn.remotePort || 0));
  };
  sv['inet:close/1'] = function (a) {
    var h = sockH(a[0]);
    return h.kind === 'udp' ? sv['gen_udp:close/1'](a, { pid: 0 }) : sv['gen_tcp:close/1'](a, { pid: 0 });
  };
  void isBytes;
}
