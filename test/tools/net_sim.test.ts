// network, gen_udp and gen_tcp on the simulated ESP32: WiFi STA and AP with callbacks in
// AtomVM's order (funs and pids), SNTP, NVS credentials, a wrong password, stop and restart, and
// UDP / TCP round trips with Node peers on 127.0.0.1. Passwords never reach the console.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as dgram from 'node:dgram';
import { appAvm, boot, skip } from '../vectors/sim/harness';
import { tcpPeer } from './net_lib.test';

const mod = (name: string, body: string) => ({ [name]: `-module(${name}).\n-export([start/0]).\n${body}\n` });

test('STA: callbacks in order (funs and a pid), SNTP, then UDP and TCP round trips with Node peers', { skip }, async () => {
  const app = appAvm(
    mod(
      'ns1',
      `start() ->
    Me = self(),
    Cfg = [{sta, [{ssid, <<"home">>}, {psk, <<"hunter2-secret">>},
                  {connected, fun() -> io:format("cb connected~n") end},
                  {got_ip, fun(Info) -> io:format("cb got_ip ~p~n", [Info]), Me ! ip end},
                  {disconnected, Me}]},
           {sntp, [{endpoint, "pool.ntp.org"}, {synchronized, Me}]}],
    {ok, Pid} = network:start(Cfg),
    Pid = whereis(network),
    {error, {already_started, Pid}} = network:start(Cfg),
    receive ip -> ok end,
    receive {synchronized, {Secs, _}} when Secs > 1600000000 -> io:format("sntp ok~n") end,
    {ok, U} = gen_udp:open(0, [binary]),
    {ok, {_, UP}} = inet:sockname(U),
    io:format("udp ~p~n", [UP]),
    receive {udp, U, Addr, From, Data} ->
        ok = gen_udp:send(U, Addr, From, <<"echo:", Data/binary>>)
    end,
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}]),
    {ok, TP} = inet:port(L),
    io:format("tcp ~p ~p~n", [TP, is_port(L)]),
    {ok, S} = gen_tcp:accept(L, 30000),
    {ok, D} = gen_tcp:recv(S, 0, 30000),
    ok = gen_tcp:send(S, [D, " back"]),
    {error, closed} = gen_tcp:recv(S, 0, 30000),
    ok = network:stop(),
    undefined = whereis(network),
    done.`,
    ),
  );
  const r = boot(app);
  const up = +(await r.until(/udp (\d+)\r\n/)).match(/udp (\d+)\r\n/)![1];
  const out1 = r.out();
  assert.match(out1, /cb connected\r\n(.*\r\n)*cb got_ip \{\{127,0,0,1\},\{255,0,0,0\},\{127,0,0,1\}\}\r\n(.*\r\n)*sntp ok\r\n/);
  assert.match(out1, /\[wifi\] sta: connecting to "home"\r\n/);
  const peer = dgram.createSocket('udp4');
  const reply = new Promise<string>((res) => peer.on('message', (m) => res(m.toString())));
  peer.send('hi', up, '127.0.0.1');
  assert.equal(await reply, 'echo:hi');
  peer.close();
  const out2 = await r.until(/tcp (\d+) true\r\n/);
  const tp = +out2.match(/tcp (\d+) true\r\n/)![1];
  const c = await tcpPeer(tp);
  c.sock.write('ping');
  await c.waitData(9);
  assert.equal(c.data().toString(), 'ping back');
  c.sock.end();
  const out = await r.until(/Return value: .*\r\n/);
  assert.match(out, /Return value: done\r\n/);
  assert.doesNotMatch(out, /hunter2/);
  r.board.shutdown();
});

test('AP: wait_for_ap, ap_started, a virtual station connects and gets 192.168.4.2; STA+AP together', { skip }, async () => {
  const app = appAvm(
    mod(
      'ns2',
      `start() ->
    Me = self(),
    Cfg = [{ap, [{ssid, "board-ap"}, {psk, "ap-password-123"},
                 {ap_started, fun() -> io:format("cb ap_started~n") end},
                 {sta_connected, fun(Mac) -> io:format("cb sta_connected ~p~n", [byte_size(Mac)]) end},
                 {sta_ip_assigned, fun(Ip) -> io:format("cb sta_ip_assigned ~p~n", [Ip]), Me ! assigned end}]},
           {sta, [{ssid, "home"}, {psk, "pw"}, {got_ip, Me}]}],
    {ok, _} = network:start(Cfg),
    receive assigned -> ok end,
    receive {got_ip, {Ip, _, _}} -> io:format("sta ~p~n", [Ip]) end,
    ok = network:stop(),
    R = network:wait_for_ap([{psk, "short"}], 5000),
    ok = network:stop(),
    {R, network:wait_for_ap([], 5000)}.`,
    ),
  );
  const r = boot(app);
  const out = await r.until(/Return value: .*\r\n/);
  assert.match(out, /cb ap_started\r\n(.*\r\n)*cb sta_connected 6\r\n(.*\r\n)*cb sta_ip_assigned \{192,168,4,2\}\r\n/);
  assert.match(out, /sta \{127,0,0,1\}\r\n/);
  assert.match(out, /\[wifi\] ap: "board-ap" started at 192\.168\.4\.1\r\n/);
  assert.match(out, /\[wifi\] ap: "atomvm-240ac45e1a70" started at 192\.168\.4\.1 \(open network: no password\)\r\n/);
  assert.match(out, /Return value: \{\{error,badarg\},ok\}\r\n/);
  assert.doesNotMatch(out, /ap-password|"pw"/);
  r.board.shutdown();
});

test('NVS credentials: wait_for_sta without ssid/psk joins the configured network; a wrong password is disconnected', { skip }, async () => {
  const app = appAvm(
    mod(
      'ns3',
      `start() ->
    ok = esp:nvs_set_binary(atomvm, sta_ssid, <<"lab">>),
    ok = esp:nvs_set_binary(atomvm, sta_psk, <<"right-password">>),
    {ok, {Ip, Mask, Gw}} = network:wait_for_sta(20000),
    io:format("joined ~p ~p ~p~n", [Ip, Mask, Gw]),
    ok = network:stop(),
    Bad = network:wait_for_sta([{psk, "wrong-password"}], 20000),
    ok = network:stop(),
    Unknown = network:wait_for_sta([{ssid, "elsewhere"}], 20000),
    ok = network:stop(),
    {Bad, Unknown}.`,
    ),
  );
  const wifi = { networks: [{ ssid: 'lab', psk: 'right-password' }], address: '10.1.2.3', netmask: '255.255.255.0', gateway: '10.1.2.1' };
  const r = boot(app, { devices: { leds: [2], wifi } as never });
  const out = await r.until(/Return value: .*\r\n/);
  assert.match(out, /joined \{10,1,2,3\} \{255,255,255,0\} \{10,1,2,1\}\r\n/);
  assert.match(out, /\[wifi\] sta: cannot join "lab" \(wrong password\), retrying\r\n/);
  assert.match(out, /\[wifi\] sta: cannot join "elsewhere" \(no such network\), retrying\r\n/);
  assert.match(out, /Return value: \{\{error,disconnected\},\{error,disconnected\}\}\r\n/);
  assert.doesNotMatch(out, /right-password|wrong-password/);
  r.board.shutdown();
});

test('a socket whose owner died is closed: a VM left waiting for nothing ends', { skip }, async () => {
  const app = appAvm(
    mod(
      'ns4',
      `start() ->
    Me = self(),
    {Pid, Ref} = spawn_monitor(fun() ->
        {ok, U} = gen_udp:open(0, [binary, {active, true}]),
        {ok, L} = gen_tcp:listen(0, [binary, {active, true}]),
        Me ! {opened, U, L}
    end),
    receive {opened, _, _} -> ok end,
    receive {'DOWN', Ref, process, Pid, normal} -> ok end,
    io:format("owner gone~n"),
    receive never -> done end.`,
    ),
  );
  const r = boot(app);
  const out = await r.until(/Return value: .*\r\n/, 20000);
  // (main never returns: the VM ends because nothing can wake it, as on the host)
  assert.match(out, /owner gone\r\nReturn value: \r\n/);
  r.board.shutdown();
});
