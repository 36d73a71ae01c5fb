%% TCP echo server that blinks (the user guide's example, our own rewrite):
%% joins the WiFi network in STA mode, listens on port 44405, echoes what
%% clients send and toggles the LED on pin 2 for every packet.
-module(tcp_server_blink).
-export([start/0]).

-define(PORT, 44405).
-define(LED, 2).
-define(STA_CONFIG, [{ssid, "myssid"}, {psk, "mypsk"}]).

start() ->
    {ok, {Address, _, _}} = network:wait_for_sta(?STA_CONFIG, 30000),
    gpio:set_pin_mode(?LED, output),
    gpio:digital_write(?LED, low),
    Blinker = spawn(fun() -> blinker(low) end),
    {ok, ListenSocket} = gen_tcp:listen(?PORT, [binary]),
    io:format("Listening for connections on ~s:~p.~n", [inet:ntoa(Address), ?PORT]),
    accept(ListenSocket, Blinker).

accept(ListenSocket, Blinker) ->
    {ok, Socket} = gen_tcp:accept(ListenSocket),
    {ok, Peer} = inet:peername(Socket),
    io:format("Accepted connection from ~p.~n", [Peer]),
    Pid = spawn(fun() -> receive go -> echo(Socket, Blinker) end end),
    ok = gen_tcp:controlling_process(Socket, Pid),
    Pid ! go,
    accept(ListenSocket, Blinker).

echo(Socket, Blinker) ->
    receive
        {tcp, Socket, Packet} ->
            io:format("Received ~p. Echoing back...~n", [Packet]),
            Blinker ! toggle,
            ok = gen_tcp:send(Socket, Packet),
            echo(Socket, Blinker);
        {tcp_closed, Socket} ->
            io:format("Connection closed.~n")
    end.

blinker(Level) ->
    receive
        toggle ->
            Next = case Level of low -> high; high -> low end,
            gpio:digital_write(?LED, Next),
            blinker(Next)
    end.
