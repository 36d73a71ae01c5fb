%% UDP server (the user guide's UDP example, our own rewrite): joins the WiFi
%% network in STA mode (on esp32; the host has its own network), opens UDP
%% port 44404 in active mode and prints every datagram that arrives.
-module(udp_server).
-export([start/0]).

-define(PORT, 44404).
%% edit for your network (or leave them out and store them with set_network_config)
-define(STA_CONFIG, [{ssid, "myssid"}, {psk, "mypsk"}]).

start() ->
    ok = network_up(),
    case gen_udp:open(?PORT, [binary, {active, true}]) of
        {ok, Socket} ->
            {ok, {_, Port}} = inet:sockname(Socket),
            io:format("Opened UDP socket on port ~p.~n", [Port]),
            loop(Socket);
        Error ->
            io:format("An error occurred opening UDP socket: ~p~n", [Error])
    end.

loop(Socket) ->
    receive
        {udp, Socket, Address, Port, Packet} ->
            io:format("Received UDP packet ~p from ~s:~p~n", [Packet, inet:ntoa(Address), Port]),
            loop(Socket)
    end.

network_up() ->
    case atomvm:platform() of
        esp32 ->
            case network:wait_for_sta(?STA_CONFIG, 30000) of
                {ok, {Address, _Netmask, _Gateway}} ->
                    io:format("Acquired IP address: ~s~n", [inet:ntoa(Address)]);
                {error, Reason} ->
                    io:format("Network initialization failed: ~p~n", [Reason]),
                    error(Reason)
            end;
        _ ->
            ok
    end.
