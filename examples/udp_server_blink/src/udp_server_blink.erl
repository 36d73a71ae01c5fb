%% UDP server that blinks (the user guide's example, our own rewrite): joins
%% the WiFi network in STA mode, opens UDP port 44404 and toggles the LED on
%% pin 2 for every datagram that arrives.
-module(udp_server_blink).
-export([start/0]).

-define(PORT, 44404).
-define(LED, 2).
-define(STA_CONFIG, [{ssid, "myssid"}, {psk, "mypsk"}]).

start() ->
    {ok, {Address, _, _}} = network:wait_for_sta(?STA_CONFIG, 30000),
    gpio:set_pin_mode(?LED, output),
    gpio:digital_write(?LED, low),
    {ok, Socket} = gen_udp:open(?PORT, [binary, {active, true}]),
    io:format("Listening for UDP packets on ~s:~p.~n", [inet:ntoa(Address), ?PORT]),
    loop(Socket, low).

loop(Socket, Level) ->
    receive
        {udp, Socket, Address, Port, Packet} ->
            io:format("Received ~p from ~s:~p~n", [Packet, inet:ntoa(Address), Port]),
            Next = toggle(Level),
            gpio:digital_write(?LED, Next),
            loop(Socket, Next)
    end.

toggle(low) -> high;
toggle(high) -> low.
