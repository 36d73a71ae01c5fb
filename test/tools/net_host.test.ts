// gen_tcp, gen_udp and inet on the host (`run`, generic_unix): Erlang programs under dist/cli.js
// run over real sockets on 127.0.0.1, in the VM alone and against Node peers; the deterministic
// program also runs under erl (same output).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as net from 'node:net';
import * as dgram from 'node:dgram';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { HAS_ERLC, HAS_ERL, compile, runVm, tmpDir, tcpPeer, wrap } from './net_lib.test';

const skip = HAS_ERLC ? false : 'erlc not installed';
const DIR = tmpDir('net-host-');

const SELF = `-module(net_self).
-export([start/0]).
%% TCP echo and UDP inside one VM, close semantics and errors (also run under erl)
start() ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}]),
    {ok, Port} = inet:port(L),
    {ok, {LA, Port}} = inet:sockname(L),
    io:format("listen ~p ~p ~p~n", [is_port(L), LA, is_integer(Port) andalso Port > 0]),
    Self = self(),
    spawn(fun() ->
        {ok, S} = gen_tcp:accept(L),
        {ok, {PA, _}} = inet:peername(S),
        Self ! {peer, PA},
        echo(S)
    end),
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, Port, [{active, false}]),
    receive {peer, PA} -> io:format("peer ~p~n", [PA]) end,
    ok = gen_tcp:send(C, ["hel", <<"lo">>, $!]),
    {ok, R1} = gen_tcp:recv(C, 6, 5000),
    io:format("list mode ~p~n", [R1]),
    ok = inet:setopts(C, [binary]),
    ok = gen_tcp:send(C, <<"abc">>),
    {ok, R2} = gen_tcp:recv(C, 3, 5000),
    io:format("binary mode ~p~n", [R2]),
    io:format("timeout ~p~n", [gen_tcp:recv(C, 0, 50)]),
    ok = gen_tcp:send(C, <<"late">>),
    {ok, R3} = gen_tcp:recv(C, 4, 5000),
    io:format("after a timeout ~p~n", [R3]),
    ok = gen_tcp:send(C, <<"quit">>),
    io:format("peer closed ~p~n", [gen_tcp:recv(C, 0, 5000)]),
    ok = gen_tcp:close(C),
    io:format("closed: send ~p recv ~p close ~p~n", [gen_tcp:send(C, <<"x">>), gen_tcp:recv(C, 0), gen_tcp:close(C)]),
    io:format("accept timeout ~p~n", [gen_tcp:accept(L, 50)]),
    ok = gen_tcp:close(L),
    io:format("accept on closed ~p~n", [gen_tcp:accept(L, 50)]),
    io:format("refused ~p~n", [gen_tcp:connect({127, 0, 0, 1}, Port, [])]),
    io:format("badarg ~p ~p~n", [catch_error(fun() -> gen_tcp:connect({1, 2, 3}, 80, []) end),
                                 catch_error(fun() -> gen_tcp:listen(70000, []) end)]),
    {ok, U1} = gen_udp:open(0, [binary, {active, false}]),
    {ok, U2} = gen_udp:open(0, [{active, true}]),
    {ok, P1} = inet:port(U1),
    {ok, P2} = inet:port(U2),
    io:format("udp timeout ~p~n", [gen_udp:recv(U1, 0, 50)]),
    ok = gen_udp:send(U2, {127, 0, 0, 1}, P1, "ping"),
    {ok, {A1, P2x, D1}} = gen_udp:recv(U1, 0, 5000),
    io:format("udp recv ~p ~p ~p~n", [A1, P2x =:= P2, D1]),
    ok = gen_udp:send(U1, {{127, 0, 0, 1}, P2}, <<"pong">>),
    receive {udp, U2, A2, P1x, D2} -> io:format("udp active ~p ~p ~p~n", [A2, P1x =:= P1, D2]) end,
    ok = gen_udp:close(U1),
    io:format("udp closed ~p~n", [gen_udp:send(U1, {127, 0, 0, 1}, P2, <<"x">>)]),
    ok = gen_udp:close(U2),
    io:format("ntoa ~p ~p~n", [inet:ntoa({10, 0, 0, 1}), inet:parse_address("192.168.4.1")]),
    ok.

echo(S) ->
    case gen_tcp:recv(S, 0) of
        {ok, <<"quit">>} -> gen_tcp:close(S);
        {ok, D} -> gen_tcp:send(S, D), echo(S);
        {error, closed} -> ok
    end.

catch_error(F) ->
    try F() of V -> {value, V} catch _:R -> {error, R} end.
`;

test('TCP and UDP inside the VM: echo, list/binary modes, timeouts, close semantics, errors (as under erl)', { skip }, async () => {
  const beam = compile(DIR, SELF);
  const r = await runVm(beam).done(60000);
  assert.equal(r.code, 0, r.err);
  const expected = [
    'listen true {0,0,0,0} true',
    'peer {127,0,0,1}',
    'list mode "hello!"',
    'binary mode <<"abc">>',
    'timeout {error,timeout}',
    'after a timeout <<"late">>',
    'peer closed {error,closed}',
    'closed: send {error,closed} recv {error,closed} close ok',
    'accept timeout {error,timeout}',
    'accept on closed {error,closed}',
    'refused {error,econnrefused}',
    'badarg {error,badarg} {error,badarg}',
    'udp timeout {error,timeout}',
    'udp recv {127,0,0,1} true <<"ping">>',
    'udp active {127,0,0,1} true "pong"',
    'udp closed {error,closed}',
    'ntoa "10.0.0.1" {ok,{192,168,4,1}}',
    '',
  ].join('\n');
  assert.equal(r.out, expected);
  assert.match(r.err, /Return value: ok/);
  if (HAS_ERL) {
    const e = spawnSync('erl', ['-noshell', '-pa', DIR, '-s', 'net_self', 'start', '-s', 'init', 'stop'], { encoding: 'utf8', timeout: 60000 });
    assert.equal(e.stdout, expected, e.stderr);
  }
});

test('a VM server against a Node client: accept, active messages, tcp_closed, owner exit closes', { skip }, async () => {
  const beam = compile(
    DIR,
    `-module(net_srv).
-export([start/0]).
start() ->
    {ok, L} = gen_tcp:listen(0, []),
    {ok, P} = inet:port(L),
    io:format("port ~p~n", [P]),
    {ok, S} = gen_tcp:accept(L),
    loop(S, L).
loop(S, L) ->
    receive
        {tcp, S, "bye" ++ _} -> io:format("bye~n"), gen_tcp:send(S, "ciao"), second(L);
        {tcp, S, Data} -> io:format("got ~s~n", [Data]), gen_tcp:send(S, [Data, "!"]), loop(S, L);
        {tcp_closed, S} -> io:format("closed~n")
    end.
second(L) ->
    {ok, S2} = gen_tcp:accept(L),
    receive {tcp_closed, S2} -> io:format("second closed~n") end,
    %% a socket whose owner ends closes with it
    {ok, S3} = gen_tcp:accept(L),
    spawn(fun() -> ok end),
    io:format("third ~p~n", [is_port(S3)]),
    done.
`,
  );
  const vm = runVm(beam);
  const port = +(await vm.waitFor(/port (\d+)/))[1];
  const c = await tcpPeer(port);
  c.sock.write('one');
  await vm.waitFor(/got one\n/);
  await c.waitData(4);
  assert.equal(c.data().toString(), 'one!');
  c.sock.write('bye');
  await c.waitData(8);
  assert.equal(c.data().toString(), 'one!ciao');
  await vm.waitFor(/bye\n/);
  const c2 = await tcpPeer(port);
  c2.sock.end();
  await vm.waitFor(/second closed\n/);
  const c3 = await tcpPeer(port);
  await vm.waitFor(/third true\n/);
  await c3.closed; // start/0 returned: its sockets closed, the VM ended
  const r = await vm.done();
  assert.equal(r.code, 1, r.err); // return value done
  assert.match(r.err, /Return value: done/);
});

test('a VM client against a Node server; active once flow control; controlling_process', { skip }, async () => {
  const server = net.createServer();
  const conns: ReturnType<typeof wrap>[] = [];
  server.on('connection', (s) => conns.push(wrap(s)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as net.AddressInfo).port;
  const beam = compile(
    DIR,
    `-module(net_cli).
-export([start/0]).
start() ->
    {ok, S} = gen_tcp:connect("127.0.0.1", ${port}, [binary, {active, once}]),
    io:format("connected~n"),
    First = receive {tcp, S, D1} -> D1 end,
    io:format("first ~p~n", [byte_size(First) > 0]),
    %% passive until setopts: nothing more arrives as a message
    Nothing = receive {tcp, S, _} -> more after 300 -> none end,
    io:format("after once ~p~n", [Nothing]),
    Rest = drain(S, First),
    io:format("total ~p~n", [byte_size(Rest)]),
    %% controlling_process: only the owner may hand the socket on; messages go to the new owner
    Parent = self(),
    Child = spawn(fun() -> child(Parent) end),
    io:format("not owner ~p~n", [other(S)]),
    ok = gen_tcp:controlling_process(S, Child),
    Child ! {sock, S},
    io:format("handed~n"),
    receive done -> ok end.
drain(_S, Acc) when byte_size(Acc) >= 30000 -> Acc;
drain(S, Acc) ->
    ok = inet:setopts(S, [{active, once}]),
    receive {tcp, S, D} -> drain(S, <<Acc/binary, D/binary>>) after 10000 -> Acc end.
other(S) ->
    Me = self(),
    spawn(fun() -> Me ! {r, gen_tcp:controlling_process(S, self())} end),
    receive {r, R} -> R end.
child(Parent) ->
    S = receive {sock, X} -> X end,
    ok = inet:setopts(S, [{active, true}]),
    receive {tcp, S, D} -> io:format("child got ~\s~n", [D]) end,
    ok = gen_tcp:send(S, <<"from child">>),
    receive {tcp_closed, S} -> io:format("child saw close~n") end,
    Parent ! done.
`,
  );
  const vm = runVm(beam);
  await vm.waitFor(/connected\n/);
  for (let i = 0; i < 60 && conns.length === 0; i++) await new Promise((r) => setImmediate(r));
  const c = conns[0];
  assert.ok(c, 'the VM connected');
  c.sock.write(Buffer.alloc(30000, 120));
  await vm.waitFor(/total 30000\n/);
  assert.match(vm.out(), /first true\nafter once none\n/);
  await vm.waitFor(/handed\n/);
  assert.match(vm.out(), /not owner \{error,not_owner\}\n/);
  c.sock.write('hi child');
  await vm.waitFor(/child got hi child\n/);
  await c.waitData(10);
  assert.equal(c.data().toString(), 'from child');
  c.sock.end();
  await vm.waitFor(/child saw close\n/);
  const r = await vm.done();
  assert.equal(r.code, 0, r.err);
  server.close();
});

test('UDP between the VM and a Node socket: passive recv with timeout, active delivery, list mode', { skip }, async () => {
  const peer = dgram.createSocket('udp4');
  const got: { msg: Buffer; port: number }[] = [];
  let onMsg = () => {};
  peer.on('message', (msg, r) => (got.push({ msg, port: r.port }), onMsg()));
  await new Promise<void>((r) => peer.bind(0, '127.0.0.1', () => r()));
  const pport = peer.address().port;
  const beam = compile(
    DIR,
    `-module(net_udp).
-export([start/0]).
start() ->
    {ok, S} = gen_udp:open(0, [binary, {active, false}]),
    {ok, P} = inet:port(S),
    io:format("port ~p~n", [P]),
    io:format("timeout ~p~n", [gen_udp:recv(S, 0, 100)]),
    io:format("ready~n"),
    {ok, {Addr, From, Data}} = gen_udp:recv(S, 0, 20000),
    io:format("from ~p ~p ~p~n", [Addr, From =:= ${pport}, Data]),
    ok = gen_udp:send(S, {127, 0, 0, 1}, From, <<"echo:", Data/binary>>),
    ok = inet:setopts(S, [{active, true}, list]),
    receive {udp, S, _, _, L} -> io:format("active ~p~n", [L]) end,
    gen_udp:close(S).
`,
  );
  const vm = runVm(beam);
  const port = +(await vm.waitFor(/port (\d+)/))[1];
  await vm.waitFor(/ready\n/);
  const arrived = new Promise<void>((r) => (onMsg = r));
  peer.send('hello', port, '127.0.0.1');
  await vm.waitFor(/from \{127,0,0,1\} true <<"hello">>\n/);
  await arrived;
  assert.equal(got[0].msg.toString(), 'echo:hello');
  assert.equal(got[0].port, port);
  peer.send('abc', port, '127.0.0.1');
  await vm.waitFor(/active "abc"\n/);
  const r = await vm.done();
  assert.equal(r.code, 0, r.err);
  assert.match(vm.out(), /timeout \{error,timeout\}\n/);
  peer.close();
});

test('the host has no network module driver: network:start/1 raises undef', { skip }, async () => {
  const beam = compile(
    DIR,
    `-module(net_nonet).
-export([start/0]).
start() ->
    try network:start([{sta, [{ssid, "x"}, {psk, "secret-pw"}]}]) of V -> V catch error:R -> R end.
`,
  );
  const r = await runVm(beam).done();
  assert.match(r.err, /Return value: undef/);
  assert.doesNotMatch(r.out + r.err, /secret-pw/);
});
