%% Runs on the Espruino backend's test model (test/tools/espruino_backend.test.ts): the network
%% start sequence (STA with callbacks, SNTP) over require('Wifi'), one TCP round trip over
%% require('net') and one UDP datagram over require('dgram'), through lib.avm's network,
%% gen_tcp, gen_udp and inet modules.
-module(net_demo).
-export([start/0]).

start() ->
    Me = self(),
    {ok, _} = network:start([{sta, [{ssid, "home"}, {psk, "secret"},
                                    {connected, fun() -> Me ! connected end},
                                    {got_ip, fun(Info) -> Me ! {got_ip, Info} end}]},
                             {sntp, [{endpoint, "pool.ntp.org"},
                                     {synchronized, fun(T) -> Me ! {sntp, T} end}]}]),
    receive connected -> io:format("sta connected~n") after 5000 -> io:format("no connected~n") end,
    receive
        {got_ip, {Ip, Mask, Gw}} ->
            io:format("got_ip ~s ~s ~s~n", [inet:ntoa(Ip), inet:ntoa(Mask), inet:ntoa(Gw)])
    after 5000 -> io:format("no ip~n")
    end,
    receive {sntp, {Secs, _}} when Secs > 1577836800 -> io:format("sntp synchronized~n")
    after 5000 -> io:format("no sntp~n")
    end,
    {ok, L} = gen_tcp:listen(8080, [binary, {active, false}]),
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, 8080, [binary]),
    {ok, S} = gen_tcp:accept(L, 5000),
    ok = gen_tcp:send(C, <<"ping">>),
    io:format("server got ~p~n", [gen_tcp:recv(S, 0, 5000)]),
    ok = gen_tcp:send(S, [<<"po">>, "ng"]),
    receive {tcp, C, D} -> io:format("client got ~p~n", [D]) after 5000 -> io:format("no reply~n") end,
    ok = gen_tcp:close(S),
    receive {tcp_closed, C} -> io:format("client saw close~n") after 5000 -> io:format("no close~n") end,
    io:format("refused ~p~n", [gen_tcp:connect({127, 0, 0, 1}, 9, [])]),
    {ok, U} = gen_udp:open(5000, [binary, {active, false}]),
    ok = gen_udp:send(U, {127, 0, 0, 1}, 5000, <<"dgram">>),
    {ok, {A, P, Pkt}} = gen_udp:recv(U, 0, 5000),
    io:format("udp ~s:~p ~p~n", [inet:ntoa(A), P, Pkt]),
    ok = gen_tcp:close(C),
    ok = gen_tcp:close(L),
    ok = gen_udp:close(U),
    ok = network:stop(),
    Heap = erlang:system_info(esp_free_heap_size),
    io:format("heap ~p ~p~n", [is_integer(Heap) andalso Heap > 0, erlang:system_info(esp_chip_info)]),
    done.
